"""Every URL of the partner space that acts on practices and events, by every kind of visitor and
method: only a partner of the organisation reaches its content; others get 404, staff 403."""

import pytest
from django.urls import reverse

from portal.contributions.models import Submission
from portal.db.publishing import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import (
    EditorFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeDocumentFactory,
    UserFactory,
)
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db

VISITORS = ["anonymous", "partner_a", "partner_b", "editor", "superuser"]
SECRET = "Alpha secret proposal"


@pytest.fixture
def alpha_and_beta():
    return OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")


@pytest.fixture
def visitors(alpha_and_beta):
    alpha, beta = alpha_and_beta
    return {
        "anonymous": None,
        "partner_a": partner_of(alpha, username="a@example.org"),
        "partner_b": partner_of(beta, username="b@example.org"),
        "editor": EditorFactory(username="editor"),
        "superuser": UserFactory(username="root", is_staff=True, is_superuser=True),
    }


@pytest.fixture
def alpha_content(alpha_and_beta, visitors):
    alpha, _beta = alpha_and_beta
    draft = GoodPracticeFactory(title=SECRET, status=PublicationStatus.DRAFT)
    draft.organisations.add(alpha)
    document = PracticeDocumentFactory(practice=draft, title="Alpha secret report")
    submission = opened(draft, visitors["partner_a"], alpha)
    published = GoodPracticeFactory(title="Alpha published practice")
    published.organisations.add(alpha)
    return {"submission": submission, "document": document, "published": published}


def url_of(name, content):
    submission = content["submission"]
    return {
        "practice-new": reverse("contributions:practice-new"),
        "event-new": reverse("contributions:event-new"),
        "submission-edit": reverse("contributions:submission-edit", args=[submission.pk]),
        "submission-preview": reverse("contributions:submission-preview", args=[submission.pk]),
        "submission-submit": reverse("contributions:submission-submit", args=[submission.pk]),
        "submission-document": reverse(
            "contributions:submission-document", args=[submission.pk, content["document"].pk]
        ),
        "entry-change": reverse(
            "contributions:entry-change", args=["practice", content["published"].pk]
        ),
    }[name]


# What the partner of the content's own organisation gets, by method.
OWN = {
    "practice-new": {"get": 200, "post": 200},
    "event-new": {"get": 200, "post": 200},
    "submission-edit": {"get": 200, "post": 200},
    "submission-preview": {"get": 200, "post": 405},
    "submission-submit": {"get": 405, "post": 200},
    "submission-document": {"get": 200, "post": 405},
    "entry-change": {"get": 405, "post": 302},
}
# The pages that show no organisation's content: any partner may use them for their own.
NOT_OBJECT_PAGES = {"practice-new", "event-new"}


def expected_status(name, method, visitor):
    if visitor == "anonymous":
        return 302
    if visitor in ("editor", "superuser"):
        return 403
    if OWN[name][method] == 405:
        # A method the URL does not take: refused before any object is looked up.
        return 405
    if visitor == "partner_b" and name not in NOT_OBJECT_PAGES:
        return 404
    return OWN[name][method]


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("name", sorted(OWN))
def test_each_partner_space_url_answers_each_visitor(
    client, visitors, alpha_content, name, method, visitor
):
    path = url_of(name, alpha_content)
    if visitors[visitor] is not None:
        client.force_login(visitors[visitor])

    response = getattr(client, method)(path)

    assert response.status_code == expected_status(name, method, visitor)
    if visitor == "anonymous":
        assert response["Location"] == f"{reverse('contributions:login')}?next={path}"
    body = b"".join(response.streaming_content) if response.streaming else response.content
    shows_secret = SECRET.encode() in body or b"%PDF" in body
    owner_sees = visitor == "partner_a" and name not in NOT_OBJECT_PAGES
    assert shows_secret == (owner_sees and response.status_code == 200 and name != "entry-change")
    if response.status_code == 200:
        assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("visitor", ["partner_b"])
def test_a_partner_of_another_organisation_opens_no_change_of_alphas_practice(
    client, visitors, alpha_content, visitor
):
    client.force_login(visitors[visitor])

    response = client.post(url_of("entry-change", alpha_content))

    assert response.status_code == 404
    assert not Submission.objects.filter(is_change=True).exists()


@pytest.mark.parametrize(
    "name", ["submission-edit", "submission-preview", "submission-submit", "submission-document"]
)
def test_guessed_ids_find_nothing(client, visitors, alpha_content, name):
    client.force_login(visitors["partner_a"])
    missing = Submission.objects.order_by("-pk").first().pk + 100
    args = [missing, alpha_content["document"].pk] if name == "submission-document" else [missing]

    response = client.post(reverse(f"contributions:{name}", args=args))
    got = client.get(reverse(f"contributions:{name}", args=args))

    assert {response.status_code, got.status_code} <= {404, 405}
    assert 404 in {response.status_code, got.status_code}


def test_a_document_of_another_submission_is_not_reached_through_ones_own(
    client, visitors, alpha_and_beta, alpha_content
):
    _alpha, beta = alpha_and_beta
    theirs = GoodPracticeFactory(title="Beta secret", status=PublicationStatus.DRAFT)
    their_document = PracticeDocumentFactory(practice=theirs)
    opened(theirs, visitors["partner_b"], beta)
    client.force_login(visitors["partner_a"])

    response = client.get(
        reverse(
            "contributions:submission-document",
            args=[alpha_content["submission"].pk, their_document.pk],
        )
    )

    assert response.status_code == 404


def test_entry_change_of_an_unknown_kind_is_not_found(client, visitors, alpha_content):
    client.force_login(visitors["partner_a"])

    response = client.post(
        reverse("contributions:entry-change", args=["page", alpha_content["published"].pk])
    )

    assert response.status_code == 404
