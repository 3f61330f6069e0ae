"""Inviting a partner: from the admin or the command, an e-mail through the outbox in the
invitee's language, and a signed link that works once and expires."""

import time
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import User
from django.core import signing
from django.core.management import CommandError, call_command
from django.urls import reverse

from portal.contributions.models import Invitation, Membership
from portal.mail.models import OutgoingMessage
from tests.support.contributions import (
    NEW_PASSWORD,
    invitation_of,
    invitation_path,
    invite,
    link_in,
)
from tests.support.factories import OrganisationFactory, UserFactory
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

INVITEE = "petra.dvorakova@example.cz"


def set_password(client, path, password=NEW_PASSWORD, again=None):
    return client.post(
        path, {"new_password1": password, "new_password2": password if again is None else again}
    )


def test_an_editor_invites_from_the_admin_and_the_mail_is_in_the_invitees_language(
    editor_client, editor, django_capture_on_commit_callbacks, mailoutbox
):
    ostrava = OrganisationFactory(name_cs="Statutární město Ostrava", slug="ostrava")
    opole = OrganisationFactory(name_cs="Statutární město Opolí", slug="opole")

    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("admin:contributions_invitation_add"),
            {"email": INVITEE, "organisations": [ostrava.pk, opole.pk], "language": "cs"},
        )
    run_due_tasks()

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.language, invitation.invited_by) == (
        INVITEE,
        "cs",
        editor,
    )
    assert set(invitation.organisations.all()) == {ostrava, opole}
    (message,) = mailoutbox
    assert message.to == [INVITEE]
    assert (
        message.subject == "Pozvánka do prostoru pro partnery portálu přeshraničních dobrých praxí"
    )
    assert "Organizace: Statutární město Opolí, Statutární město Ostrava\n" in message.body
    assert invitation_of(link_in(message.body), "cs") == invitation
    assert link_in(message.body).startswith("http://testserver/cs/pro-partnery/")
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"
    assert OutgoingMessage.objects.get().language == "cs"


def test_the_command_invites_and_prints_the_link(capsys, mailoutbox):
    OrganisationFactory(slug="opole")
    OrganisationFactory(slug="ostrava")

    call_command(
        "invite_contributor",
        "--email",
        INVITEE,
        "--organisation",
        "opole",
        "--organisation",
        "ostrava",
        "--language",
        "pl",
    )

    invitation = Invitation.objects.get()
    output = capsys.readouterr().out
    assert output.endswith("/\n")
    assert output.count("\n") == 1
    assert invitation_of(output.strip(), "pl") == invitation
    assert sorted(invitation.organisations.values_list("slug", flat=True)) == ["opole", "ostrava"]
    assert (invitation.language, invitation.invited_by) == ("pl", None)
    assert OutgoingMessage.objects.get().to == [INVITEE]


def test_the_command_refuses_an_unknown_organisation():
    OrganisationFactory(slug="opole")

    with pytest.raises(CommandError, match=r"^No organisation has the slug: nowhere\.$"):
        call_command(
            "invite_contributor", "--email", INVITEE, "--organisation", "opole",
            "--organisation", "nowhere",
        )  # fmt: skip

    assert not Invitation.objects.exists()


def test_the_link_sets_a_password_logs_in_and_gives_the_memberships(client):
    opole = OrganisationFactory(slug="opole")
    invitation = invite(INVITEE, [opole])

    page = client.get(invitation_path(invitation))
    response = set_password(client, invitation_path(invitation))

    assert page.status_code == 200
    assert list(page.context["form"].fields) == ["new_password1", "new_password2"]
    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/")
    user = User.objects.get(username=INVITEE)
    assert (user.email, user.is_staff, user.is_active) == (INVITEE, False, True)
    assert user.check_password(NEW_PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert list(Membership.objects.values_list("user", "organisation")) == [(user.pk, opole.pk)]
    invitation.refresh_from_db()
    assert invitation.user == user
    assert invitation.accepted_at is not None


def test_the_link_works_once(client):
    invitation = invite(INVITEE, [OrganisationFactory()])
    set_password(client, invitation_path(invitation))
    client.logout()

    again = client.get(invitation_path(invitation, "pl"))
    second = set_password(client, invitation_path(invitation), password="Another-long-pass-2026")

    assert again.status_code == 410
    assert "Zaproszenie zostało już wykorzystane do ustawienia hasła." in again.content.decode()
    assert second.status_code == 410
    assert User.objects.get(username=INVITEE).check_password(NEW_PASSWORD)


def days_later(monkeypatch, days):
    """Signatures checked as if `days` had passed (signing reads the time as time.time())."""
    later = time.time() + days * 24 * 3600
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: later))


def test_an_expired_link_says_so_and_whom_to_ask(client, settings, monkeypatch):
    settings.CONTRIBUTOR_INVITATION_DAYS = 7
    settings.ENQUIRY_STAFF_EMAILS = ["portal@example.org"]
    invitation = invite(INVITEE, [OrganisationFactory()])

    path = invitation_path(invitation, "cs")

    days_later(monkeypatch, 7.01)
    response = client.get(path)
    posted = set_password(client, path)

    html = response.content.decode()
    assert response.status_code == 410
    assert "Platnost pozvánky vypršela." in html
    assert '<a href="mailto:portal@example.org">portal@example.org</a>' in html
    assert 'href="/cs/napiste-nam/"' in html
    assert posted.status_code == 410
    assert not User.objects.filter(username=INVITEE).exists()


def test_a_link_a_day_before_expiry_still_works(client, monkeypatch):
    invitation = invite(INVITEE, [OrganisationFactory()])
    path = invitation_path(invitation)

    days_later(monkeypatch, 6)
    response = client.get(path)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "change", [lambda path: path.replace(":", ":x", 1), lambda path: path[:-5] + "/"]
)
def test_a_tampered_link_is_refused(client, change):
    invitation = invite(INVITEE, [OrganisationFactory()])

    response = client.get(change(invitation_path(invitation)))

    assert response.status_code == 410
    assert (
        "The link is not complete or not right: copy the whole link from the e-mail."
        in response.content.decode()
    )


def test_a_password_that_breaks_the_rules_is_refused(client):
    invitation = invite(INVITEE, [OrganisationFactory()])

    short = set_password(client, invitation_path(invitation), password="short-pw1")
    mismatch = set_password(client, invitation_path(invitation), again="Something-else-2026")

    assert short.status_code == 200
    assert short.context["form"].errors == {
        "new_password2": ["This password is too short. It must contain at least 12 characters."]
    }
    assert mismatch.context["form"].errors == {
        "new_password2": ["The two password fields didn’t match."]
    }
    assert not User.objects.filter(username=INVITEE).exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_existing_partner_account_is_reused_with_its_new_organisation(client):
    partner = UserFactory(username=INVITEE, email=INVITEE, is_staff=False)
    first, second = OrganisationFactory(), OrganisationFactory()
    Membership.objects.create(user=partner, organisation=first)
    invitation = invite(INVITEE, [first, second])

    set_password(client, invitation_path(invitation))

    assert User.objects.filter(username=INVITEE).count() == 1
    assert set(Membership.objects.filter(user=partner).values_list("organisation", flat=True)) == {
        first.pk,
        second.pk,
    }


def test_a_staff_address_is_never_turned_into_a_partner_account(client):
    UserFactory(username=INVITEE, is_staff=True)
    invitation = invite(INVITEE, [OrganisationFactory()])

    page = client.get(invitation_path(invitation))
    response = set_password(client, invitation_path(invitation))

    assert (page.status_code, response.status_code) == (410, 410)
    assert (
        "This address belongs to a staff account, which logs in to the admin and cannot become "
        "a partner account." in page.content.decode()
    )
    assert not Membership.objects.exists()
    assert "_auth_user_id" not in client.session
