"""The partner space's answer to a reminder: confirming that a published practice is current."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.contributions.access import partner_required
from portal.contributions.freshness import practices_of
from portal.contributions.review import practice_confirm_current
from practices.models import GoodPractice


@partner_required
@require_POST
def practice_confirm(request, pk):
    """Count a published practice of the partner's organisations as reviewed today."""
    practice = get_object_or_404(
        GoodPractice.objects.published().originals().filter(pk__in=practices_of(request.user)),
        pk=pk,
    )
    practice_confirm_current(practice=practice, by=request.user)
    messages.success(
        request,
        _("Thank you: “%(title)s” is marked as reviewed today.") % {"title": practice.title},
    )
    # The message shows at the top of the dashboard.
    return redirect("contributions:dashboard")
