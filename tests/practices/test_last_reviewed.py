"""“Last reviewed” on a practice: shown on its page, set whenever staff publish or save it."""

import datetime
import re

import pytest
from django.utils import timezone, translation

from portal.content.services import publishable_publish, publishable_unpublish
from portal.contributions.review import practice_confirm_current
from portal.models import PublicationStatus
from practices.models import GoodPractice
from tests.support.admin import admin_url, form_data, practice_form
from tests.support.factories import CityFactory, GoodPracticeFactory, UserFactory
from tests.support.imports import confirm, csv_file, job_summary, preview

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
# Noon in Warsaw (the portal's time zone): the same day everywhere the tests run.
LONG_AGO = datetime.datetime(2023, 3, 14, 11, 0, tzinfo=datetime.UTC)


def last_reviewed(response):
    """The “Last reviewed” fact of a practice page: (datetime attribute, text), or None."""
    found = re.search(
        r'<dt>([^<]*)</dt><dd><time datetime="([^"]*)">([^<]*)</time></dd>',
        response.content.decode(),
    )
    return found.groups() if found else None


def reviewed_long_ago(**fields):
    practice = GoodPracticeFactory(**fields)
    GoodPractice.objects.filter(pk=practice.pk).update(reviewed_at=LONG_AGO)
    return practice


@pytest.mark.parametrize(
    ("language", "label", "date"),
    [("en", "Last reviewed", "March 14, 2023"), ("pl", "Ostatnia weryfikacja", "14 marca 2023")],
)
def test_the_page_shows_the_day_of_the_last_review_in_its_language(client, language, label, date):
    practice = reviewed_long_ago(slug="bikes")
    with translation.override(language):
        response = client.get(practice.get_absolute_url())

    assert last_reviewed(response) == (label, "2023-03-14", date)


def test_the_czech_page_writes_the_date_the_czech_way(client):
    practice = reviewed_long_ago(slug="bikes")
    with translation.override("cs"):
        response = client.get(practice.get_absolute_url())

    assert last_reviewed(response) == ("Naposledy ověřeno", "2023-03-14", "14. března 2023")


def test_a_practice_never_reviewed_shows_no_date(client):
    practice = GoodPracticeFactory(slug="bikes")

    response = client.get(practice.get_absolute_url())

    assert practice.reviewed_at is None
    assert last_reviewed(response) is None
    assert "Last reviewed" not in response.content.decode()


def test_a_draft_never_published_shows_no_date_in_the_editors_preview(client, editor):
    practice = reviewed_long_ago(slug="draft", status=DRAFT)
    client.force_login(editor)

    response = client.get(practice.get_absolute_url())

    assert response.status_code == 200
    assert last_reviewed(response) is None


def test_the_page_stays_cached_and_cookie_free_and_shows_a_confirmation_once_stale(
    client, clock, django_capture_on_commit_callbacks
):
    practice = reviewed_long_ago(slug="bikes")
    address = practice.get_absolute_url()
    first = client.get(address)
    kept = client.get(address)
    with django_capture_on_commit_callbacks(execute=True):
        practice_confirm_current(practice=practice, by=UserFactory())
    clock.tick()
    after = client.get(address)

    today = timezone.localdate().isoformat()
    assert (first.cookies, kept.cookies, after.cookies) == ({}, {}, {})
    assert kept.templates == []
    assert "private" not in first.get("Cache-Control", "")
    assert last_reviewed(kept)[1] == "2023-03-14"
    assert last_reviewed(after)[1] == today


def test_publishing_from_the_admin_action_counts_as_a_review(editor):
    practice = reviewed_long_ago(status=DRAFT)
    other = reviewed_long_ago(status=DRAFT)

    before = timezone.now()
    publishable_publish(queryset=GoodPractice.objects.filter(pk=practice.pk), by=editor)

    practice.refresh_from_db()
    other.refresh_from_db()
    assert practice.reviewed_at >= before
    assert other.reviewed_at == LONG_AGO


def test_unpublishing_is_no_review(editor):
    practice = reviewed_long_ago()

    publishable_unpublish(queryset=GoodPractice.objects.filter(pk=practice.pk), by=editor)

    practice.refresh_from_db()
    assert (practice.status, practice.reviewed_at) == (DRAFT, LONG_AGO)


def test_the_admin_publish_action_stamps_the_review(editor_client):
    practice = reviewed_long_ago(status=DRAFT)

    before = timezone.now()
    response = editor_client.post(
        admin_url(GoodPractice, "changelist"),
        {"action": "publish", "_selected_action": [practice.pk]},
    )

    practice.refresh_from_db()
    assert response.status_code == 302
    assert practice.status == "published"
    assert practice.reviewed_at >= before


def test_saving_a_published_practice_in_the_admin_counts_as_a_review(editor_client):
    practice = reviewed_long_ago(slug="bikes")
    address = admin_url(GoodPractice, "change", practice.pk)

    before = timezone.now()
    response = editor_client.post(address, form_data(editor_client.get(address)))

    practice.refresh_from_db()
    assert response.status_code == 302
    assert practice.reviewed_at >= before


def test_saving_a_draft_in_the_admin_is_no_review(editor_client):
    practice = reviewed_long_ago(slug="bikes", status=DRAFT)
    address = admin_url(GoodPractice, "change", practice.pk)

    response = editor_client.post(address, form_data(editor_client.get(address)))

    practice.refresh_from_db()
    assert response.status_code == 302
    assert practice.reviewed_at == LONG_AGO


def test_adding_a_published_practice_in_the_admin_dates_its_review(editor_client, media_root):
    before = timezone.now()
    response = editor_client.post(admin_url(GoodPractice, "add"), practice_form())

    practice = GoodPractice.objects.get(slug="transfer-hub")
    assert response.status_code == 302
    assert practice.reviewed_at >= before


PRACTICE_COLUMNS = (
    "slug,title_pl,summary_pl,problem_pl,solution_pl,results_pl,city,year_start,status\n"
)


@pytest.mark.parametrize(("status", "reviewed"), [("published", True), ("draft", False)])
def test_the_staff_import_dates_the_review_of_what_it_publishes(editor_client, status, reviewed):
    CityFactory(slug="opole")
    upload = csv_file(
        PRACTICE_COLUMNS
        + f"bikes,Rowery,Krótko.,Problem.,Rozwiązanie.,Wyniki.,opole,2019,{status}\n",
        name="practices.csv",
    )

    before = timezone.now()
    confirmed = confirm(editor_client, GoodPractice, preview(editor_client, GoodPractice, upload))

    practice = GoodPractice.objects.get(slug="bikes")
    assert (confirmed.status_code, job_summary(confirmed)[0]) == (200, "done")
    assert practice.status == status
    assert (practice.reviewed_at is not None and practice.reviewed_at >= before) is reviewed


# Flags after two years (PRACTICE_STALE_DAYS) in the admin's list.


def test_the_admin_list_shows_the_last_review_and_flags_a_stale_practice(editor_client):
    stale = reviewed_long_ago(slug="old", title="Old")
    fresh = GoodPracticeFactory(slug="fresh", title="Fresh")
    GoodPractice.objects.filter(pk=fresh.pk).update(reviewed_at=timezone.now())

    response = editor_client.get(admin_url(GoodPractice, "changelist") + "?o=1")

    cells = dict(
        re.findall(
            r'<a href="[^"]*/(\d+)/change/[^"]*">[^<]*</a>.*?'
            r'<td class="field-last_reviewed">([^<]*)</td>',
            response.content.decode(),
            flags=re.S,
        )
    )
    assert cells == {
        str(stale.pk): "03/14/2023, review overdue",
        str(fresh.pk): timezone.localdate().strftime("%m/%d/%Y"),
    }


def test_the_admin_filter_keeps_only_practices_not_reviewed_for_two_years(editor_client):
    reviewed_long_ago(slug="old", title="Old")
    draft = reviewed_long_ago(slug="old-draft", title="Old draft", status=DRAFT)
    recent = GoodPracticeFactory(slug="recent", title="Recent")
    GoodPractice.objects.filter(pk=recent.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=700)
    )
    GoodPracticeFactory(slug="never", title="Never")

    response = editor_client.get(admin_url(GoodPractice, "changelist") + "?stale=yes")

    listed = sorted(practice.slug for practice in response.context["cl"].result_list)
    assert listed == sorted(["old", draft.slug])
    assert "Not reviewed for 730 days" in response.content.decode()
