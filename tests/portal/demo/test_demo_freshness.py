"""The demo's practices show when they were last reviewed, and a few are due for review."""

import pytest
from django.core.management import call_command

from practices.models import GoodPractice

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", verbosity=0)


def test_every_published_demo_practice_has_a_review_date_and_drafts_have_none(demo):
    assert not GoodPractice.objects.published().filter(reviewed_at__isnull=True).exists()
    assert (
        list(GoodPractice.objects.drafts().exclude(reviewed_at=None).values_list("slug", flat=True))
        == []
    )


def test_one_demo_practice_is_flagged_and_another_is_due_for_confirmation(demo, settings):
    settings.PRACTICE_CONFIRM_DAYS = 365
    settings.PRACTICE_STALE_DAYS = 730
    assert list(GoodPractice.objects.stale().values_list("slug", flat=True)) == [
        "dabrowa-gornicza-strategic-positioning"
    ]
    assert sorted(GoodPractice.objects.to_confirm().values_list("slug", flat=True)) == [
        "dabrowa-gornicza-strategic-positioning",
        "gzm-kansas-city-building-energy-exchange",
    ]
