"""Subscribing as a person would, and reading what the alerts mailed."""

import time
from urllib.parse import urlencode

from django.core import signing
from django.urls import reverse
from django.utils import translation

from portal.enquiries.forms import TOKEN_SALT

VISITOR = "ewa.nowak@example.net"


def subscribe_url(language="en", **query):
    with translation.override(language):
        return reverse("alerts:subscribe") + "?" + urlencode(query)


def subscribe_data(follows, query, **fields):
    """A valid submission of the subscription form for `follows` with the normalised `query`."""
    token = signing.dumps(
        {"target": f"alert:{follows}?{query}", "shown": time.time() - 60}, salt=TOKEN_SALT
    )
    return {
        "email": VISITOR,
        "frequency": "daily",
        "consent": "on",
        "website": "",
        "token": token,
        **fields,
    }
