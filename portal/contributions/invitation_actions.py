"""The admin's "send the invitation again": a new link to the same address, for the same
organisations. The old link keeps working until it expires or is used: both went to the same
mailbox, and the first one used closes only its own invitation."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.contributions.services import invitation_send


@admin.action(
    description=_("Send the selected invitations again, with a new link"), permissions=["add"]
)
def invitation_send_again(modeladmin, request, queryset):
    """A new Invitation for each selected one not accepted yet; accepted ones are skipped."""
    invitations = list(queryset.prefetch_related("organisations").order_by("pk"))
    waiting = [invitation for invitation in invitations if invitation.accepted_at is None]
    for invitation in waiting:
        invitation_send(
            email=invitation.email,
            organisations=invitation.organisations.all(),
            language=invitation.language,
            invited_by=request.user,
        )
    if waiting:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d invitation sent again with a new link.",
                "%(count)d invitations sent again with a new link.",
                len(waiting),
            )
            % {"count": len(waiting)},
            messages.SUCCESS,
        )
    accepted = len(invitations) - len(waiting)
    if accepted:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d invitation was already accepted: it was not sent again.",
                "%(count)d invitations were already accepted: they were not sent again.",
                accepted,
            )
            % {"count": accepted},
            messages.WARNING,
        )
