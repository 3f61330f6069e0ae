"""Filling in the enquiry forms as a person would: a form token shown a minute ago, valid fields."""

import time

from django.core import signing

from portal.enquiries.forms import TOKEN_SALT


def token_for(kind, item=None, *, seconds_ago=60):
    """The form token of the form about `item` (of `kind`, e.g. "practice"; none for the staff),
    as if the form had been shown `seconds_ago`."""
    target_key = f"{kind}:{item.pk if item is not None else ''}"
    return signing.dumps(
        {"target": target_key, "shown": time.time() - seconds_ago}, salt=TOKEN_SALT
    )


def enquiry_data(kind, item=None, **fields):
    """A valid submission of the form about `item`, with `fields` changed."""
    return {
        "reason": "question",
        "name": "Jana Nováková",
        "email": "jana.novakova@example.net",
        "sender_organisation": "Statutární město Přerov",
        "country": "CZ",
        "message": "Dobrý den, jak dlouho trvala příprava projektu?",
        "consent": "on",
        "website": "",
        "token": token_for(kind, item),
        **fields,
    }
