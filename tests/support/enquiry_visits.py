"""Visiting the enquiry forms in a browser: their addresses and words in each language, and a
visitor of one's own (network and e-mail address), so that no test reaches another's limits."""

import uuid

from django.urls import reverse
from django.utils import translation

# A little longer than ENQUIRY_FORM_MIN_SECONDS (3): a person reads the form before sending it.
READING_SECONDS = 3.5


def enquiry_path(language, practice_slug=None):
    """The form to write about the practice of `practice_slug`, or to the staff, in `language`."""
    with translation.override(language):
        if practice_slug is None:
            return reverse("enquiry")
        return reverse("practices:enquiry", kwargs={"slug": practice_slug})


def translated(language, message, plural=None, count=None, **values):
    """`message` (a msgid, with its `plural` for `count`) as the portal shows it in `language`,
    with `values` put in."""
    with translation.override(language):
        if plural is None:
            text = translation.gettext(message)
        else:
            text = translation.ngettext(message, plural, count)
    return text % values if values else text


def visitor():
    """The headers and e-mail address of a visitor nobody else is: a network address of the
    documentation range behind the portal's one trusted proxy."""
    word = uuid.uuid4().hex
    address = f"2001:db8::{word[:4]}:{word[4:8]}"
    return {"X-Forwarded-For": address}, f"visitor.{word[:12]}@example.net"
