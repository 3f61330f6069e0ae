"""Partner accounts as the tests make them: invitations, their links, members of organisations."""

import re

from django.urls import reverse
from django.utils import translation

from portal.contributions.models import Membership
from portal.contributions.services import (
    invitation_from_token,
    invitation_send,
    invitation_token,
)
from tests.support.factories import UserFactory

NEW_PASSWORD = "Kolejowa-14-Opole-2026"


def partner_of(*organisations, username="partner@example.org"):
    user = UserFactory(username=username, email=username, is_staff=False)
    for organisation in organisations:
        Membership.objects.create(user=user, organisation=organisation)
    return user


def invite(email, organisations, language="en"):
    return invitation_send(email=email, organisations=organisations, language=language)


def invitation_path(invitation, language="en"):
    with translation.override(language):
        return reverse("contributions:invitation", args=[invitation_token(invitation)])


def link_in(text):
    """The one absolute link of the portal that a mail's text holds."""
    (link,) = re.findall(r"http://testserver\S+", text)
    return link


def invitation_of(link, language="en"):
    """The invitation an absolute invitation link in `language` opens.

    Links are compared by what they open, not by their text: the token is signed with the time,
    so one made a second later differs."""
    prefix = "http://testserver" + invitation_path_prefix(language)
    assert link.startswith(prefix), link
    return invitation_from_token(link.removeprefix(prefix).rstrip("/"))


def invitation_path_prefix(language):
    with translation.override(language):
        return reverse("contributions:invitation", args=["TOKEN"]).removesuffix("TOKEN/")
