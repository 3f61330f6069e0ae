"""The partner space's part on freshness: practices to confirm with a Confirm button, and the
reports of mistakes visitors sent about the partner's organisations' entries."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone, translation

from portal.enquiries.models import Enquiry, Reason, Status, TargetKind
from portal.models import PublicationStatus
from practices.models import GoodPractice
from tests.support.contributions import partner_of
from tests.support.factories import (
    EditorFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PartnershipFactory,
    ProjectFactory,
    UserFactory,
)
from tests.support.freshness import reviewed_days_ago

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/for-partners/"


@pytest.fixture
def organisations():
    return OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")


def confirm_path(practice, language="en"):
    with translation.override(language):
        return reverse("contributions:practice-confirm", args=[practice.pk])


def reviewed_day(practice):
    practice.refresh_from_db()
    return timezone.localdate(practice.reviewed_at)


def report(item, kind, *, message="The phone number changed.", reason=Reason.MISTAKE, **fields):
    values = {
        "reason": reason,
        "name": "Jana Nováková",
        "email": "jana.novakova@example.net",
        "sender_organisation": "Spolek Most",
        "message": message,
        "language": "cs",
        "target_kind": kind,
        "target_title": str(item),
        kind: item,
        **fields,
    }
    return Enquiry.objects.create(**values)


# The URL.


@pytest.mark.parametrize(
    ("language", "path"),
    [
        ("en", "/en/for-partners/practices/7/confirm/"),
        ("pl", "/pl/dla-partnerow/praktyki/7/potwierdz/"),
        ("cs", "/cs/pro-partnery/praxe/7/potvrdit/"),
    ],
)
def test_the_confirm_address_is_translated_and_resolves(language, path):
    practice = GoodPractice(pk=7)
    with translation.override(language):
        match = resolve(path)
    assert confirm_path(practice, language) == path
    assert (match.namespace, match.url_name, match.kwargs) == (
        "contributions",
        "practice-confirm",
        {"pk": 7},
    )


# Confirming.


def test_a_partner_confirms_a_practice_of_their_organisation(client, organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha, title="Bikes")
    client.force_login(partner_of(alpha))

    response = client.post(confirm_path(practice), follow=True)

    assert reviewed_day(practice) == timezone.localdate()
    assert response.redirect_chain == [(DASHBOARD, 302)]
    html = response.content.decode()
    assert '<p class="message">Thank you: “Bikes [en]” is marked as reviewed today.</p>' in html
    assert "No good practice waits for your confirmation." in html


def test_a_partner_may_confirm_a_recent_practice_too(client, organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(10, alpha)
    client.force_login(partner_of(alpha))

    response = client.post(confirm_path(practice))

    assert response.status_code == 302
    assert reviewed_day(practice) == timezone.localdate()


@pytest.mark.parametrize("who", ["other", "no organisation"])
def test_a_partner_of_another_organisation_gets_404(client, organisations, who):
    alpha, beta = organisations
    practice = reviewed_days_ago(400, alpha)
    client.force_login(partner_of(beta) if who == "other" else partner_of())

    response = client.post(confirm_path(practice))

    assert response.status_code == 404
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


def test_a_draft_cannot_be_confirmed(client, organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha, status=PublicationStatus.DRAFT)
    client.force_login(partner_of(alpha))

    response = client.post(confirm_path(practice))

    assert response.status_code == 404
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


def test_an_unknown_practice_gets_404(client, organisations):
    alpha, _beta = organisations
    client.force_login(partner_of(alpha))

    assert client.post(confirm_path(GoodPractice(pk=999999))).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha)

    response = client.post(confirm_path(practice))

    assert response.status_code == 302
    assert response["Location"] == f"/en/for-partners/log-in/?next={confirm_path(practice)}"
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


@pytest.mark.parametrize("kind", ["editor", "superuser"])
def test_staff_get_403(client, organisations, kind):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha)
    staff = (
        EditorFactory(username="ewa")
        if kind == "editor"
        else UserFactory(username="root", is_staff=True, is_superuser=True)
    )
    client.force_login(staff)

    response = client.post(confirm_path(practice))

    assert response.status_code == 403
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


def test_get_is_not_allowed_and_changes_nothing(client, organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha)
    client.force_login(partner_of(alpha))

    response = client.get(confirm_path(practice))

    assert response.status_code == 405
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


def test_the_confirmation_needs_the_csrf_token(organisations):
    alpha, _beta = organisations
    practice = reviewed_days_ago(400, alpha)
    client = Client(enforce_csrf_checks=True)
    client.force_login(partner_of(alpha))

    response = client.post(confirm_path(practice))

    assert response.status_code == 403
    assert reviewed_day(practice) < timezone.localdate() - datetime.timedelta(days=399)


# The dashboard's list of practices to confirm.


def test_the_dashboard_lists_the_old_published_practices_of_the_partners_organisations(
    client, organisations
):
    alpha, beta = organisations
    oldest = reviewed_days_ago(500, alpha, title="Oldest")
    older = reviewed_days_ago(400, alpha, beta, title="Older")
    recent = reviewed_days_ago(300, alpha, title="Recent")
    draft = reviewed_days_ago(500, alpha, title="Draft", status=PublicationStatus.DRAFT)
    beta_only = reviewed_days_ago(450, beta, title="Beta only")
    client.force_login(partner_of(alpha, beta))

    response = client.get(DASHBOARD)

    assert [practice.pk for practice in response.context["practices_to_confirm"]] == [
        oldest.pk,
        beta_only.pk,
        older.pk,
    ]
    html = response.content.decode()
    day = timezone.localdate(oldest.reviewed_at)
    assert (
        f'<a href="{oldest.get_absolute_url()}">Oldest [en]</a> –\n'
        f'          last reviewed <time datetime="{day.isoformat()}">'
    ) in html
    assert f'action="{confirm_path(oldest)}"' in html
    assert (
        '<button type="submit">Confirm it is current'
        '<span class="visually-hidden">: Oldest [en]</span></button>'
    ) in html
    assert f'action="{confirm_path(recent)}"' not in html
    assert f'action="{confirm_path(draft)}"' not in html


def test_the_dashboard_of_a_partner_with_nothing_old_says_so(client, organisations):
    alpha, _beta = organisations
    reviewed_days_ago(10, alpha)
    client.force_login(partner_of(alpha))

    html = client.get(DASHBOARD).content.decode()

    assert "No good practice waits for your confirmation." in html
    assert "Nobody has reported a mistake in your organisations' entries." in html


# Reports of mistakes.


def test_mistake_reports_about_the_partners_entries_are_shown_without_the_reporter(
    client, organisations
):
    alpha, beta = organisations
    practice = GoodPracticeFactory(title="Bikes", slug="bikes")
    practice.organisations.add(alpha)
    event = EventFactory(title="Visit", slug="visit", status=PublicationStatus.DRAFT)
    event.organisations.add(alpha)
    project = ProjectFactory(title="Bridge", slug="bridge")
    PartnershipFactory(project=project, organisation=alpha)
    PartnershipFactory(project=project, organisation=beta)
    others = GoodPracticeFactory(title="Beta's")
    others.organisations.add(beta)
    about_practice = report(practice, TargetKind.PRACTICE, message="The phone\nchanged.")
    about_event = report(event, TargetKind.EVENT, message="Wrong date.")
    about_project = report(project, TargetKind.PROJECT, message="Budget is wrong.")
    about_alpha = report(alpha, TargetKind.ORGANISATION, message="We moved.")
    Enquiry.objects.filter(pk=about_alpha.pk).update(
        status=Status.ANSWERED, answered_at=timezone.now()
    )
    report(practice, TargetKind.PRACTICE, message="May we visit?", reason=Reason.VISIT)
    report(others, TargetKind.PRACTICE, message="Not yours.")
    report(beta, TargetKind.ORGANISATION, message="Not yours either.")
    for days, enquiry in enumerate([about_practice, about_event, about_project, about_alpha]):
        Enquiry.objects.filter(pk=enquiry.pk).update(
            received_at=timezone.now() - datetime.timedelta(days=days)
        )
    client.force_login(partner_of(alpha))

    response = client.get(DASHBOARD)

    assert [enquiry.pk for enquiry in response.context["mistake_reports"]] == [
        about_practice.pk,
        about_event.pk,
        about_project.pk,
        about_alpha.pk,
    ]
    html = response.content.decode()
    assert '<a href="/en/good-practices/bikes/">Bikes [en]</a>\n            – received' in html
    assert "<blockquote>The phone<br>changed.</blockquote>" in html
    # A draft's page is not public: named, not linked.
    assert "Event:\n            Visit [en]\n            – received" in html
    assert '<a href="/en/projects/bridge/">Bridge [en]</a>' in html
    assert "We moved." in html
    assert "– answered" in html
    for hidden in ("Jana", "Nováková", "jana.novakova@example.net", "Spolek Most"):
        assert hidden not in html
    for other in ("May we visit?", "Not yours."):
        assert other not in html


def test_the_freshness_part_costs_the_same_queries_for_one_or_many(client, organisations):
    alpha, _beta = organisations
    partner = partner_of(alpha)
    client.force_login(partner)
    practice = reviewed_days_ago(400, alpha)
    report(practice, TargetKind.PRACTICE)
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    for _ in range(5):
        more = reviewed_days_ago(400, alpha)
        report(more, TargetKind.PRACTICE)
        report(alpha, TargetKind.ORGANISATION)
    with CaptureQueriesContext(connection) as many:
        response = client.get(DASHBOARD)

    assert len(response.context["mistake_reports"]) == 11
    assert len(many) == len(few)


@pytest.mark.parametrize(
    ("language", "path", "sentence"),
    [
        ("en", "/en/privacy/", "see in their partner space the text and date of the reports"),
        ("pl", "/pl/prywatnosc/", "widzą w swojej strefie partnerów treść i datę zgłoszeń"),
        ("cs", "/cs/ochrana-soukromi/", "vidí ve svém prostoru pro partnery text a datum"),
    ],
)
def test_the_privacy_notice_says_partners_see_the_text_of_mistake_reports(
    client, language, path, sentence
):
    response = client.get(path)

    assert response.status_code == 200
    assert sentence in response.content.decode()
