"""The partner's preview says only what is true for the partner: its own banner, not the
public page's notice that only staff can see a draft."""

import pytest
from django.urls import reverse

from portal.db.publishing import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import (
    EditorFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
)
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db

STAFF_NOTICE = "This is a draft: only staff can see it."
BANNER = "Preview: not public yet."


@pytest.fixture
def alpha():
    return OrganisationFactory(name="Alpha")


@pytest.fixture
def partner(alpha):
    return partner_of(alpha)


@pytest.mark.parametrize("factory", [GoodPracticeFactory, EventFactory])
def test_the_preview_shows_the_partners_banner_and_not_the_staff_notice(
    client, alpha, partner, factory
):
    entry = factory(title="Draft of Alpha", status=PublicationStatus.DRAFT)
    entry.organisations.add(alpha)
    submission = opened(entry, partner, alpha)
    client.force_login(partner)

    response = client.get(reverse("contributions:submission-preview", args=[submission.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert (html.count(BANNER), html.count(STAFF_NOTICE)) == (1, 0)
    assert html.count('class="preview-banner draft-notice"') == 1
    assert html.count('class="draft-notice"') == 0


def test_staff_still_see_the_draft_notice_on_the_public_page(client):
    practice = GoodPracticeFactory(title="Draft", slug="draft", status=PublicationStatus.DRAFT)
    client.force_login(EditorFactory())

    response = client.get(practice.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert (html.count(STAFF_NOTICE), html.count(BANNER)) == (1, 0)
