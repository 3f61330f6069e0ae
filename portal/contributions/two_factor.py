"""Two-factor authentication for partners: turned on with a code from an authenticator app, off
with the password or a code. The staff's setup (portal.staff.accounts) in the site's frame."""

import logging
from base64 import b32encode

import django_otp
from django import forms
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.contributions.access import PartnerRequiredMixin
from portal.staff.accounts import (
    AuthenticatorCodeField,
    AuthenticatorForm,
    authenticator_verify,
    grouped,
    pending_authenticator,
    qr_code_svg,
)

log = logging.getLogger(__name__)

TWO_FACTOR_URL = "contributions:two-factor"


class TwoFactorOffForm(forms.Form):
    """The partner's password or a current code from the app, to turn two-factor off."""

    password = forms.CharField(
        label=_("Your password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    otp_token = AuthenticatorCodeField(
        required=False, help_text=_("Or, instead of the password, a code the app shows now.")
    )

    def __init__(self, *args, user, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = device

    def clean(self):
        cleaned_data = super().clean()
        password = cleaned_data.get("password")
        code = cleaned_data.get("otp_token")
        if password and self.user.check_password(password):
            return cleaned_data
        if code and authenticator_verify(device=self.device, code=code):
            return cleaned_data
        field = "password" if password or not code else "otp_token"
        raise forms.ValidationError(
            {
                field: _(
                    "Enter your password, or a code your authenticator app shows now: the one "
                    "you entered is not right."
                )
                if password or code
                else _("Enter your password, or a code your authenticator app shows now.")
            }
        )


@method_decorator(sensitive_post_parameters("password", "otp_token"), name="dispatch")
class TwoFactorView(PartnerRequiredMixin, View):
    """Whether two-factor authentication is on; turn it on with a code, or off."""

    template_name = "contributions/two_factor.html"

    def confirmed_device(self):
        return TOTPDevice.objects.filter(user=self.request.user, confirmed=True).first()

    def get(self, request):
        device = self.confirmed_device()
        if device is None:
            device = pending_authenticator(request.user)
            return self.render(device=device, form=AuthenticatorForm(device=device))
        return self.render(device=device, form=self.off_form(device, None))

    def post(self, request):
        device = self.confirmed_device()
        if request.POST.get("action") != ("off" if device else "on"):
            # A form sent twice, or from a page left open: show where things stand now.
            return redirect(TWO_FACTOR_URL)
        if device is not None:
            form = self.off_form(device, request.POST)
            if not form.is_valid():
                return self.render(device=device, form=form)
            TOTPDevice.objects.filter(user=request.user).delete()
            log.info("Two-factor authentication turned off for user %s.", request.user.pk)
            return redirect(TWO_FACTOR_URL)
        device = pending_authenticator(request.user)
        form = AuthenticatorForm(request.POST, device=device)
        if not form.is_valid():
            return self.render(device=device, form=form)
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # This session has just proven the code: it counts as verified, like a login with it.
        django_otp.login(request, device)
        log.info("Two-factor authentication turned on for user %s.", request.user.pk)
        return redirect(TWO_FACTOR_URL)

    def off_form(self, device, data):
        return TwoFactorOffForm(data, user=self.request.user, device=device)

    def render(self, *, device, form):
        context = {"device": device, "form": form}
        if not device.confirmed:
            context["qr_code"] = qr_code_svg(
                device.config_url, label=_("QR code of the key for your authenticator app")
            )
            context["secret"] = grouped(b32encode(device.bin_key).decode())
        return render(self.request, self.template_name, context)
