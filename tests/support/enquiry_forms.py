"""Addresses of the enquiry forms, and what a form page gives back, for the enquiry tests."""

import time

from django.core import signing
from django.urls import reverse
from django.utils import translation

from portal.enquiries.forms import TOKEN_SALT

NAMESPACES = {"practice": "practices", "project": "projects", "organisation": "partners"}


def enquiry_url(kind="staff", item=None, *, language="en"):
    """The address of the form about `item` (of `kind`, e.g. "event"), or of the staff's form."""
    with translation.override(language):
        if item is None:
            return reverse("enquiry")
        return reverse(f"{NAMESPACES.get(kind, kind + 's')}:enquiry", kwargs={"slug": item.slug})


def shown_values(response):
    """The values the form page shows in its fields (a dict of field name to value)."""
    form = response.context["form"]
    return {name: form[name].value() for name in form.fields}


def token_signed_ago(payload, seconds):
    """A form token of `payload` whose signature was made `seconds` ago, as an old page's is."""
    made = time.time() - seconds

    class SignerOfThen(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(made))

    return SignerOfThen(salt=TOKEN_SALT).sign_object(payload, serializer=signing.JSONSerializer)
