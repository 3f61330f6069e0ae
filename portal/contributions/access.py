"""Who may use the partner space, and on what: partners, on their organisations' content only."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.views.decorators.cache import never_cache

from portal.contributions.models import Submission
from projects.models import Organisation

LOGIN_URL = reverse_lazy("contributions:login")


@method_decorator(never_cache, name="dispatch")
class PartnerRequiredMixin(LoginRequiredMixin):
    """Partners only: anonymous visitors log in first; staff work in the admin (403)."""

    login_url = LOGIN_URL

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def partner_required(view):
    """PartnerRequiredMixin for a function view."""

    @wraps(view)
    def partner_view(request, *args, **kwargs):
        if request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return never_cache(login_required(partner_view, login_url=LOGIN_URL))


def partner_organisations(user):
    return Organisation.objects.filter(memberships__user=user).order_by("name")


def partner_submission(user, pk) -> Submission:
    """The submission `pk` of one of the organisations `user` acts for; 404 for any other."""
    return get_object_or_404(
        Submission.objects.for_partner(user).select_related("practice", "event", "organisation"),
        pk=pk,
    )
