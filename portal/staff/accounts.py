"""Staff accounts: the admin's login, the lockout page and two-factor authentication.

django-axes counts failed logins and locks a username at one address (settings: "Staff accounts");
django-otp keeps each staff member's authenticator (a TOTP device). Two-factor authentication is
optional: staff who turn it on give their authenticator's code at every login, others log in with
their password alone.
"""

import datetime
import ipaddress
import logging
from base64 import b32encode

import django_otp
import qrcode
from axes.helpers import get_cool_off, get_failure_limit
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathFillImage

log = logging.getLogger(__name__)


def client_ip_address(request):
    """The address a login comes from, for django-axes (settings.AXES_CLIENT_IP_CALLABLE).

    REMOTE_ADDR, unless settings.TRUSTED_PROXY_COUNT reverse proxies stand in front of the portal:
    each appends the address it received the request from to X-Forwarded-For, so the visitor's is
    that many entries from the end. Whatever lies further left the visitor may have written.
    """
    remote_address = request.META.get("REMOTE_ADDR", "")
    proxy_count = settings.TRUSTED_PROXY_COUNT
    if not proxy_count:
        return remote_address
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxy_count:
        return remote_address
    try:
        return str(ipaddress.ip_address(forwarded[-proxy_count]))
    except ValueError:
        return remote_address


def lockout_response(request, original_response, credentials):
    """The page a locked-out login gets (settings.AXES_LOCKOUT_CALLABLE), with status 429."""
    cool_off = get_cool_off(request)
    # The lock lasts the cool-off from the last failure, which is this one; shown to the minute.
    retry_at = getattr(request, "axes_attempt_time", None) or timezone.now()
    retry_at += cool_off
    if retry_at.second or retry_at.microsecond:
        retry_at = retry_at.replace(second=0, microsecond=0) + datetime.timedelta(minutes=1)
    context = {
        **admin.site.each_context(request),
        "title": _("Too many failed logins"),
        "failure_limit": get_failure_limit(request, credentials),
        "cool_off_minutes": int(cool_off.total_seconds() // 60),
        "retry_at": retry_at,
    }
    # Rendered here, not as a TemplateResponse: django-axes swaps it in after the view has run. A
    # login outside the admin names its own page (request.lockout_template).
    template = getattr(request, "lockout_template", "axes/lockout.html")
    return render(request, template, context, status=429)


class AuthenticatorCodeField(forms.CharField):
    """The code an authenticator app shows; the space some apps put in the middle is ignored."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Authenticator code"))
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        return "".join(super().to_python(value).split())


def authenticator_verify(*, device, code):
    """Whether `code` is the device's current one; django-otp slows down repeated wrong codes."""
    return (
        bool(code) and django_otp.verify_token(device.user, device.persistent_id, code) is not None
    )


class AuthenticatorLoginMixin(forms.Form):
    """A login with a password, and the authenticator's code from those who have one.

    Every refusal of the credentials reads the same, whichever part was wrong: a message of its
    own for a missing or wrong code would tell a guesser that the password was right.
    """

    otp_token = AuthenticatorCodeField(
        required=False,
        help_text=_("Only if you have turned on two-factor authentication."),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "The username, password or authenticator code is not right. Enter them again: "
            "the code only if you have turned on two-factor authentication, as your app shows "
            "it now. The username and password are case-sensitive."
        ),
    }

    def clean(self):
        try:
            cleaned_data = super().clean()
        except forms.ValidationError:
            if self.user_cache is not None:
                # The password was right but the account may not log in here (not staff on
                # the admin, inactive): counted and worded as a wrong password, which tells
                # nothing.
                self.login_failed()
            raise self.get_invalid_login_error() from None
        user = self.get_user()
        devices = list(django_otp.devices_for_user(user)) if user else []
        if not devices:
            return cleaned_data
        code = cleaned_data.get("otp_token")
        device = next(
            (device for device in devices if authenticator_verify(device=device, code=code)), None
        )
        if device is None:
            # Counted as a failed login, so django-axes limits guesses at codes as at passwords.
            self.login_failed()
            raise self.get_invalid_login_error()
        # django-otp's user_logged_in receiver keeps the device in the session: it is verified.
        user.otp_device = device
        return cleaned_data

    def login_failed(self):
        """Report a failed login (django-axes counts it) and forget the user the password found."""
        self.user_cache = None
        user_login_failed.send(
            sender=__name__,
            credentials={"username": self.cleaned_data.get("username")},
            request=self.request,
        )


class StaffLoginForm(AuthenticatorLoginMixin, AdminAuthenticationForm):
    """The admin's login: a password, and the authenticator's code from staff who have one."""


class AccountLoginForm(AuthenticatorLoginMixin, AuthenticationForm):
    """The public site's login, for partner accounts: the admin's rules without requiring staff."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A partner's user name is the address the invitation went to.
        self.fields["username"].label = _("Your e-mail address")
        self.fields["username"].widget.attrs["autocomplete"] = "email"


class AuthenticatorForm(forms.Form):
    """A code that proves the staff member holds the authenticator."""

    otp_token = AuthenticatorCodeField()

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        code = self.cleaned_data["otp_token"]
        if not authenticator_verify(device=self.device, code=code):
            raise forms.ValidationError(
                _("This code is wrong or has expired. Enter the code the app shows now."),
                code="code_invalid",
            )
        return code


def qr_code_svg(text, *, label):
    """`text` as a QR code in inline SVG: no image to fetch, nothing for the CSP to allow."""
    image = qrcode.make(text, image_factory=SvgPathFillImage, box_size=8)
    svg = image.get_image()
    svg.set("role", "img")
    svg.set("aria-label", str(label))
    # ElementTree escapes every attribute and text it writes.
    return mark_safe(image.to_string(encoding="unicode"))


def grouped(secret, size=4):
    """A long key in groups of four characters, easier to type into an app."""
    return " ".join(secret[start : start + size] for start in range(0, len(secret), size))


def render_two_factor(request, *, device, form):
    context = {
        **admin.site.each_context(request),
        "title": _("Two-factor authentication"),
        "device": device,
        "form": form,
    }
    if not device.confirmed:
        context["qr_code"] = qr_code_svg(
            device.config_url, label=_("QR code of the key for your authenticator app")
        )
        context["secret"] = grouped(b32encode(device.bin_key).decode())
    return render(request, "admin/two_factor.html", context)


def pending_authenticator(user):
    """The user's authenticator waiting to be confirmed: the same key until it is, or a new one."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=False)


@admin.site.admin_view
def two_factor(request):
    """Show whether two-factor authentication is on; turn it on with a code from the app."""
    confirmed = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    device = confirmed or pending_authenticator(request.user)
    form = AuthenticatorForm(
        request.POST if request.method == "POST" and not confirmed else None, device=device
    )
    if form.is_bound and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        # This session has just proven the code: it counts as verified, like a login with it.
        django_otp.login(request, device)
        log.info("Two-factor authentication turned on for %s.", request.user.get_username())
        messages.success(
            request,
            _("Two-factor authentication is on: the admin will ask for a code at every login."),
        )
        return redirect("two-factor")
    return render_two_factor(request, device=device, form=form)


@admin.site.admin_view
@require_POST
def two_factor_remove(request):
    """Turn two-factor authentication off, given a current code from the app."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=True).first()
    if device is None:
        return redirect("two-factor")
    form = AuthenticatorForm(request.POST, device=device)
    if not form.is_valid():
        return render_two_factor(request, device=device, form=form)
    TOTPDevice.objects.filter(user=request.user).delete()
    log.info("Two-factor authentication turned off for %s.", request.user.get_username())
    messages.success(
        request, _("Two-factor authentication is off: you log in with your password alone.")
    )
    return redirect("two-factor")
