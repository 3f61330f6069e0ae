"""The partner space: accepting an invitation, logging in and out, the dashboard."""

from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import SetPasswordForm
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import TemplateView

from portal.contributions.access import PartnerRequiredMixin
from portal.contributions.desk import partner_desk, waiting_rows
from portal.contributions.forms import OutboxPasswordResetForm
from portal.contributions.freshness import dashboard_freshness
from portal.contributions.services import (
    InvitationInvalid,
    invitation_accept,
    invitation_from_token,
)
from portal.staff.accounts import AccountLoginForm
from portal.transfers.models import Transfer

DASHBOARD_URL = reverse_lazy("contributions:dashboard")


def invitation_invalid(request, reason):
    context = {"reason": reason, "staff_emails": settings.ENQUIRY_STAFF_EMAILS}
    return render(request, "contributions/invitation_invalid.html", context, status=410)


@sensitive_post_parameters("new_password1", "new_password2")
@never_cache
def invitation(request, token):
    """Set a password for the invited account; then it is logged in and sees its dashboard."""
    try:
        invitation = invitation_from_token(token)
    except InvitationInvalid as error:
        return invitation_invalid(request, error.reason)
    user_model = get_user_model()
    person = user_model.objects.filter(username__iexact=invitation.email).first() or user_model(
        username=invitation.email, email=invitation.email
    )
    if person.is_staff:
        return invitation_invalid(request, "staff")
    form = SetPasswordForm(person, request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        try:
            user = invitation_accept(
                invitation=invitation, password=form.cleaned_data["new_password1"]
            )
        except InvitationInvalid as error:
            return invitation_invalid(request, error.reason)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect(DASHBOARD_URL)
    context = {"form": form, "invitation": invitation}
    return render(request, "contributions/invitation.html", context)


class AccountLoginView(auth_views.LoginView):
    template_name = "contributions/login.html"
    authentication_form = AccountLoginForm
    next_page = DASHBOARD_URL

    def dispatch(self, request, *args, **kwargs):
        # A partner locked out by django-axes sees the lockout in the site's frame, not the admin's.
        request.lockout_template = "contributions/lockout.html"
        return super().dispatch(request, *args, **kwargs)


class AccountLogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("home")


class DashboardView(PartnerRequiredMixin, TemplateView):
    """The partner's organisations with their practices and events, and what waits for them."""

    template_name = "contributions/dashboard.html"

    def get_context_data(self, **kwargs):
        desks = partner_desk(self.request.user)
        return super().get_context_data(
            desks=desks,
            waiting=waiting_rows(desks),
            proposed_transfers=Transfer.objects.filter(proposed_by=self.request.user)
            .select_related("source", "city")
            .order_by("-created_at", "-pk"),
            **dashboard_freshness(self.request.user),
            **kwargs,
        )


# never_cache on each: their forms set the csrftoken cookie (Django's confirm view has it already).
reset_views = {
    "request": never_cache(
        auth_views.PasswordResetView.as_view(
            template_name="contributions/password_reset_form.html",
            form_class=OutboxPasswordResetForm,
            success_url=reverse_lazy("contributions:password-reset-done"),
        )
    ),
    "done": never_cache(
        auth_views.PasswordResetDoneView.as_view(
            template_name="contributions/password_reset_done.html"
        )
    ),
    "confirm": auth_views.PasswordResetConfirmView.as_view(
        template_name="contributions/password_reset_confirm.html",
        success_url=reverse_lazy("contributions:password-reset-complete"),
    ),
    "complete": never_cache(
        auth_views.PasswordResetCompleteView.as_view(
            template_name="contributions/password_reset_complete.html"
        )
    ),
}
