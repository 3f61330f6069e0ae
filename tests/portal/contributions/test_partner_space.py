"""The partner space: each partner sees their own organisations' practices and events, drafts
included, and every URL of the space answers each kind of visitor as it should."""

import pytest
from django.urls import reverse
from django.utils import translation

from portal.contributions.models import Invitation
from portal.db.publishing import PublicationStatus
from tests.support.contributions import invitation_path, invite, partner_of
from tests.support.factories import (
    EditorFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/for-partners/"


@pytest.fixture
def organisations():
    return OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")


@pytest.fixture
def content(organisations):
    alpha, beta = organisations
    published = GoodPracticeFactory(title="Alpha published practice")
    draft = GoodPracticeFactory(title="Alpha draft practice", status=PublicationStatus.DRAFT)
    secret = GoodPracticeFactory(title="Beta draft practice", status=PublicationStatus.DRAFT)
    event = EventFactory(title="Alpha draft event", status=PublicationStatus.DRAFT)
    published.organisations.add(alpha)
    draft.organisations.add(alpha)
    secret.organisations.add(beta)
    event.organisations.add(alpha)
    return {"published": published, "draft": draft, "secret": secret, "event": event}


def test_the_dashboard_lists_the_partners_organisations_with_status_and_public_links(
    client, organisations, content
):
    alpha, _beta = organisations
    client.force_login(partner_of(alpha))

    response = client.get(DASHBOARD)

    html = response.content.decode()
    assert response.status_code == 200
    assert [desk.organisation.pk for desk in response.context["desks"]] == [alpha.pk]
    (desk,) = response.context["desks"]
    assert [row.entry.title for row in desk.practices] == [
        "Alpha draft practice [en]",
        "Alpha published practice [en]",
    ]
    assert [row.entry.title for row in desk.events] == ["Alpha draft event [en]"]
    url = content["published"].get_absolute_url()
    published = f'<a href="{url}">Alpha published practice [en]</a> – <span class="status">'
    assert published + "Published</span>" in html
    assert '<li>Alpha draft practice [en] – <span class="status">Draft</span>' in html
    assert '<li>Alpha draft event [en] – <span class="status">Draft</span>' in html
    assert "Beta" not in html
    assert "no-cache" in response["Cache-Control"]


def test_a_partner_of_both_organisations_sees_both(client, organisations, content):
    client.force_login(partner_of(*organisations))

    response = client.get(DASHBOARD)

    assert [desk.organisation.name for desk in response.context["desks"]] == [
        "Alpha [en]",
        "Beta [en]",
    ]
    assert "Beta draft practice [en]" in response.content.decode()


def test_the_dashboard_is_translated(client, organisations):
    client.force_login(partner_of(organisations[0]))

    with translation.override("cs"):
        path = reverse("contributions:dashboard")
    response = client.get(path)

    assert path == "/cs/pro-partnery/"
    assert "<h1>Prostor pro partnery</h1>" in response.content.decode()


# Every URL of the space, by visitor: anonymous, a partner of Alpha, a partner of Beta, an
# Editor, a superuser. The content of Alpha never reaches anybody but Alpha's partners.
VISITORS = ["anonymous", "partner_a", "partner_b", "editor", "superuser"]


@pytest.fixture
def visitors(organisations):
    alpha, beta = organisations
    return {
        "anonymous": None,
        "partner_a": partner_of(alpha, username="a@example.org"),
        "partner_b": partner_of(beta, username="b@example.org"),
        "editor": EditorFactory(username="editor"),
        "superuser": UserFactory(username="root", is_staff=True, is_superuser=True),
    }


def as_visitor(client, visitors, visitor):
    if visitors[visitor] is not None:
        client.force_login(visitors[visitor])
    return client


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_the_dashboard_answers_each_visitor(client, visitors, content, visitor, method):
    response = getattr(as_visitor(client, visitors, visitor), method)(DASHBOARD)

    html = response.content.decode()
    expected = {
        "anonymous": 302,
        "partner_a": 200 if method == "get" else 405,
        "partner_b": 200 if method == "get" else 405,
        "editor": 403,
        "superuser": 403,
    }[visitor]
    assert response.status_code == expected
    if visitor == "anonymous":
        assert response["Location"] == f"/en/for-partners/log-in/?next={DASHBOARD}"
    assert ("Alpha draft practice" in html) == (visitor == "partner_a" and method == "get")
    assert ("Beta draft practice" in html) == (visitor == "partner_b" and method == "get")


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize(
    ("name", "get_status", "post_status"),
    [
        ("login", 200, 200),
        ("password-reset", 200, 200),
        ("password-reset-done", 200, 405),
        ("password-reset-complete", 200, 405),
    ],
)
def test_the_account_pages_show_no_organisations_content(
    client, visitors, content, visitor, name, get_status, post_status
):
    path = reverse(f"contributions:{name}")
    client = as_visitor(client, visitors, visitor)

    got = client.get(path)
    posted = client.post(path, {})

    assert (got.status_code, posted.status_code) == (get_status, post_status)
    for response in (got, posted):
        assert "draft practice" not in response.content.decode()


@pytest.mark.parametrize("visitor", VISITORS)
def test_logout_answers_each_visitor(client, visitors, visitor):
    client = as_visitor(client, visitors, visitor)

    response = client.post(reverse("contributions:logout"))

    assert (response.status_code, response["Location"]) == (302, "/en/")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("visitor", VISITORS)
def test_somebody_elses_invitation_link_gives_no_organisation_and_leaves_the_invitation_open(
    client, visitors, organisations, visitor
):
    invitation = invite("new@example.org", [organisations[0]])
    client = as_visitor(client, visitors, visitor)

    page = client.get(invitation_path(invitation))
    posted = client.post(invitation_path(invitation), {"new_password1": "x", "new_password2": "y"})

    assert (page.status_code, posted.status_code) == (200, 200)
    assert "Alpha" not in page.content.decode()
    assert Invitation.objects.get().accepted_at is None
    assert posted.context["form"].errors["new_password2"] == [
        "The two password fields didn’t match."
    ]


@pytest.mark.parametrize(
    "name", ["login", "password-reset", "password-reset-done", "password-reset-complete"]
)
def test_the_account_pages_are_never_cached(client, name):
    response = client.get(reverse(f"contributions:{name}"))

    assert response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
