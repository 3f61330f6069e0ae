"""Security headers Django has no setting for, and the security.txt of RFC 9116."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import timezone

# RFC 9116 recommends an Expires less than a year ahead.
SECURITY_TXT_LIFETIME = datetime.timedelta(days=364)


class CrossOriginResourcePolicyMiddleware:
    """Add Cross-Origin-Resource-Policy (settings.CROSS_ORIGIN_RESOURCE_POLICY) to every response.

    It stands before whitenoise in MIDDLEWARE, so static files carry it too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # With a CDN in front of them (settings.STATIC_ORIGIN), pages load static files from
        # another origin, which "same-origin" would forbid.
        self.cross_origin_prefix = settings.STATIC_ORIGIN and urlsplit(settings.STATIC_URL).path

    def __call__(self, request):
        response = self.get_response(request)
        policy = settings.CROSS_ORIGIN_RESOURCE_POLICY
        if self.cross_origin_prefix and request.path_info.startswith(self.cross_origin_prefix):
            policy = "cross-origin"
        response.headers.setdefault("Cross-Origin-Resource-Policy", policy)
        return response


def security_txt_expires(now):
    """The start of the day (UTC) that is SECURITY_TXT_LIFETIME after `now`, in RFC 3339."""
    today = now.astimezone(datetime.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return (today + SECURITY_TXT_LIFETIME).strftime("%Y-%m-%dT%H:%M:%SZ")


def security_txt(request):
    """/.well-known/security.txt: where to report a vulnerability (RFC 9116)."""
    # Without a configured contact, the conventional address at the portal's own domain; the
    # deploy check (security_contact_check) asks operators to set a real one.
    contact = settings.SECURITY_CONTACT or (
        f"mailto:security@{split_domain_port(request.get_host())[0]}"
    )
    lines = [
        f"Contact: {contact}",
        f"Expires: {security_txt_expires(timezone.now())}",
        "Preferred-Languages: " + ", ".join(code for code, _name in settings.LANGUAGES),
        f"Canonical: {request.build_absolute_uri(reverse('security-txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@checks.register(checks.Tags.security, deploy=True)
def security_contact_check(app_configs, **kwargs):
    """Warn a production deployment that security.txt names no contact of its operators."""
    if settings.SECURITY_CONTACT:
        return []
    return [
        checks.Warning(
            "DJANGO_SECURITY_CONTACT is not set: /.well-known/security.txt names "
            "security@<the portal's domain>, which may not exist.",
            hint="Set DJANGO_SECURITY_CONTACT to a mailto: or https: address of the operators.",
            id="portal.W001",
        )
    ]


# The domain of the demo operator's contacts, the defaults of the settings.
DEMO_CONTACT_DOMAIN = "@aglomeracja-opolska.example.org"


@checks.register(checks.Tags.security, deploy=True)
def published_contacts_check(app_configs, **kwargs):
    """Warn a production deployment whose privacy notice or accessibility statement still sends
    visitors to the demo's addresses, which nobody reads."""
    demo = {
        name: value
        for name, value in (
            ("DJANGO_DATA_PROTECTION_CONTACT", settings.DATA_PROTECTION_CONTACT),
            ("DJANGO_ACCESSIBILITY_CONTACT", settings.ACCESSIBILITY_CONTACT),
        )
        if value.lower().endswith(DEMO_CONTACT_DOMAIN)
    }
    return [
        checks.Warning(
            f"{name} is {value}, the demo's address: visitors who write to it reach nobody.",
            hint=f"Set {name} to an e-mail address the operator reads.",
            id="portal.W002",
        )
        for name, value in demo.items()
    ]
