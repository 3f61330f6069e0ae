"""Inviting partners, accepting an invitation and deactivating an account."""

import logging
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from portal.contributions.models import Invitation, Membership
from portal.mail.services import mail_send_later
from projects.models import Organisation

log = logging.getLogger(__name__)

INVITATION_SALT = "portal.contributions.invitation"


class InvitationInvalid(Exception):
    """The link is tampered with, expired or used: the page says so."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"invitation": invitation.pk}, salt=INVITATION_SALT)


def invitation_url(invitation: Invitation) -> str:
    """The absolute link of the invitation, in the invitee's language."""
    with translation.override(invitation.language):
        path = reverse("contributions:invitation", args=[invitation_token(invitation)])
    return settings.SITE_URL.rstrip("/") + path


def invitation_max_age() -> timedelta:
    return timedelta(days=settings.CONTRIBUTOR_INVITATION_DAYS)


@transaction.atomic
def invitation_send(
    *,
    email: str,
    organisations: Iterable[Organisation],
    language: str,
    invited_by=None,
    invitation: Invitation | None = None,
) -> Invitation:
    """Create the invitation (or take one the admin has just saved) and e-mail its link."""
    if invitation is None:
        invitation = Invitation.objects.create(
            email=email, language=language, invited_by=invited_by
        )
        invitation.organisations.set(organisations)
    with translation.override(invitation.language):
        # Named and ordered in the invitee's language.
        organisations = list(invitation.organisations.order_by("name"))
    mail_send_later(
        to=[invitation.email],
        template="mail/contributor_invitation",
        context={
            "invitation_url": invitation_url(invitation),
            "organisations": organisations,
            "days": settings.CONTRIBUTOR_INVITATION_DAYS,
        },
        language=invitation.language,
        automatic=True,
    )
    log.info("Invitation %s sent to a partner.", invitation.pk)
    return invitation


def invitation_from_token(token: str) -> Invitation:
    """The open invitation the token names, or InvitationInvalid saying why not."""
    try:
        data = signing.loads(
            token, salt=INVITATION_SALT, max_age=invitation_max_age().total_seconds()
        )
    except signing.SignatureExpired:
        raise InvitationInvalid("expired") from None
    except signing.BadSignature:
        raise InvitationInvalid("invalid") from None
    invitation = Invitation.objects.filter(pk=data.get("invitation")).first()
    if invitation is None:
        raise InvitationInvalid("invalid")
    if invitation.accepted_at is not None:
        raise InvitationInvalid("used")
    return invitation


@transaction.atomic
def invitation_accept(*, invitation: Invitation, password: str):
    """Create or reuse the partner's account, give it the memberships, and close the invitation."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise InvitationInvalid("used")
    user_model = get_user_model()
    user = user_model.objects.filter(username__iexact=invitation.email, is_staff=False).first()
    if user is None:
        if user_model.objects.filter(username__iexact=invitation.email).exists():
            # A staff account of that address: never turned into a partner's.
            raise InvitationInvalid("staff")
        user = user_model(username=invitation.email, email=invitation.email, is_staff=False)
    user.is_active = True
    user.set_password(password)
    user.save()
    for organisation in invitation.organisations.all():
        Membership.objects.get_or_create(user=user, organisation=organisation)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    log.info("Invitation %s accepted.", invitation.pk)
    return user


def contributor_deactivate(*, user) -> None:
    """Stop the account from logging in or resetting its password; what it made stays."""
    user.is_active = False
    user.save(update_fields=["is_active"])
