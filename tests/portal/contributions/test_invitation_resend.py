"""Sending an invitation again from the admin: a new link to the same address for the same
organisations, for invitations not accepted yet; the old link keeps working until it expires."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from portal.contributions.models import Invitation
from portal.mail.models import OutgoingMessage
from tests.support.contributions import NEW_PASSWORD, invitation_of, invite, link_in
from tests.support.factories import OrganisationFactory
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

INVITEE = "petra.dvorakova@example.cz"
CHANGELIST = "admin:contributions_invitation_changelist"


def send_again(client, *invitations):
    return client.post(
        reverse(CHANGELIST),
        {
            "action": "invitation_send_again",
            "_selected_action": [invitation.pk for invitation in invitations],
        },
        follow=True,
    )


def shown_messages(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_an_editor_sends_an_invitation_again_with_a_new_link_for_the_same_organisations(
    editor_client, editor, django_capture_on_commit_callbacks, mailoutbox
):
    ostrava = OrganisationFactory(name_cs="Statutární město Ostrava", slug="ostrava")
    opole = OrganisationFactory(name_cs="Statutární město Opolí", slug="opole")
    old = invite(INVITEE, [ostrava, opole], language="cs")
    OutgoingMessage.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=True):
        response = send_again(editor_client, old)
    run_due_tasks()

    new = Invitation.objects.exclude(pk=old.pk).get()
    assert (new.email, new.language, new.invited_by, new.accepted_at) == (
        INVITEE,
        "cs",
        editor,
        None,
    )
    assert set(new.organisations.all()) == {ostrava, opole}
    assert shown_messages(response) == ["1 invitation sent again with a new link."]
    (message,) = mailoutbox
    assert message.to == [INVITEE]
    assert invitation_of(link_in(message.body), "cs") == new
    assert "Organizace: Statutární město Opolí, Statutární město Ostrava\n" in message.body


def test_the_old_link_keeps_working_after_the_invitation_is_sent_again(editor_client, client):
    old = invite(INVITEE, [OrganisationFactory()])
    old_link = link_in(OutgoingMessage.objects.get().text)

    send_again(editor_client, old)
    client.logout()
    path = old_link.removeprefix("http://testserver")
    response = client.post(path, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert (response.status_code, response["Location"]) == (302, "/en/for-partners/")
    old.refresh_from_db()
    assert old.accepted_at is not None
    new = Invitation.objects.exclude(pk=old.pk).get()
    assert new.accepted_at is None
    new_link = link_in(OutgoingMessage.objects.order_by("-pk").first().text)
    assert invitation_of(new_link) == new


def test_accepted_invitations_are_skipped_with_a_message(editor_client):
    waiting = invite("waiting@example.org", [OrganisationFactory()])
    accepted = [
        invite(f"accepted{number}@example.org", [OrganisationFactory()]) for number in (1, 2)
    ]
    Invitation.objects.filter(pk__in=[a.pk for a in accepted]).update(
        accepted_at="2026-01-05T10:00Z"
    )
    OutgoingMessage.objects.all().delete()

    response = send_again(editor_client, waiting, *accepted)

    assert shown_messages(response) == [
        "1 invitation sent again with a new link.",
        "2 invitations were already accepted: they were not sent again.",
    ]
    assert list(OutgoingMessage.objects.values_list("to", flat=True)) == [["waiting@example.org"]]
    assert Invitation.objects.count() == 4


def test_only_accepted_invitations_selected_sends_nothing(editor_client):
    accepted = invite("accepted@example.org", [OrganisationFactory()])
    Invitation.objects.filter(pk=accepted.pk).update(accepted_at="2026-01-05T10:00Z")
    OutgoingMessage.objects.all().delete()

    response = send_again(editor_client, accepted)

    assert shown_messages(response) == ["1 invitation was already accepted: it was not sent again."]
    assert (Invitation.objects.count(), OutgoingMessage.objects.count()) == (1, 0)


def test_the_action_is_listed_in_polish(editor_client):
    response = editor_client.get(reverse(CHANGELIST).replace("/en/", "/pl/", 1))

    assert ("invitation_send_again", "Wyślij ponownie wybrane zaproszenia z nowym linkiem") in [
        (name, str(label))
        for name, label in response.context["action_form"].fields["action"].choices
    ]
