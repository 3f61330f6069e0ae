"""Slugs and web addresses the pages can show: the database refuses others (constraints), and a
page that meets one anyway (written before the constraints, or with them dropped) skips its row.

A slug is what the URL patterns' `<slug:...>` converter accepts: a row with any other slug has
no address, so every link to it fails to reverse. A web address is an http, https or mailto URI
made only of the characters RFC 3986 allows, so that pages link only to those schemes and the
API's `format: uri` holds.
"""

import logging
import re

from django.db import models
from django.db.models import Q
from django.db.models.query import ModelIterable
from django.urls.converters import SlugConverter
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

# The same pattern in PostgreSQL (the constraints) and Python (the pages' check).
SLUG_PATTERN = rf"^{SlugConverter.regex}$"
SLUG_FORMAT = re.compile(rf"\A{SlugConverter.regex}\Z")

# An RFC 3986 character of a path, query or fragment (unreserved, sub-delims, ":", "@", "/",
# "?"), or a percent-encoded octet; no space, control character, quote, bracket or non-ASCII.
_URI_CHARACTER = r"([-A-Za-z0-9._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})"
WEB_ADDRESS_PATTERN = (
    rf"^(https?://[A-Za-z0-9]{_URI_CHARACTER}*|mailto:{_URI_CHARACTER}+)(#{_URI_CHARACTER}*)?$"
)


def slug_format_constraint(field_name="slug"):
    """Refuse a slug that no page address can hold (an empty one included)."""
    return models.CheckConstraint(
        condition=Q(**{f"{field_name}__regex": SLUG_PATTERN}),
        name=f"%(app_label)s_%(class)s_{field_name}_format",
        violation_error_message=_(
            "The slug may contain only unaccented letters, digits, hyphens and underscores."
        ),
    )


def web_address_constraint(field_name, *, blank):
    """Refuse a web address other than an http, https or mailto URI (or empty, if `blank`)."""
    condition = Q(**{f"{field_name}__iregex": WEB_ADDRESS_PATTERN})
    if blank:
        condition |= Q(**{field_name: ""})
    return models.CheckConstraint(
        condition=condition,
        name=f"%(app_label)s_%(class)s_{field_name}_web_address",
        violation_error_message=_(
            "The address must start with http://, https:// or mailto: and contain no spaces; "
            "write other characters percent-encoded."
        ),
    )


def has_address(model, *, pk, slug):
    """Whether the row's slug can be part of a page address; if not, say so in the log."""
    if isinstance(slug, str) and SLUG_FORMAT.match(slug):
        return True
    logger.warning(
        "Skipped %s %s: its slug %r cannot be part of a page address; correct it in the admin.",
        model._meta.label,
        pk,
        slug,
    )
    return False


class AddressedQuerySet(models.QuerySet):
    """A queryset that can leave out, when evaluated, the rows whose slug has no address."""

    # None: every row; "": rows whose own slug has an address; a relation's name: rows whose
    # related row (a partnership's organisation) has one.
    addressed_through = None

    def addressed(self, through=""):
        """Only rows whose pages (or `through`'s pages) can be linked to: one with a bad slug is
        skipped and logged, rather than failing the whole page that lists it."""
        clone = self._chain()
        clone.addressed_through = through
        return clone

    def _clone(self):
        clone = super()._clone()
        clone.addressed_through = self.addressed_through
        return clone

    def iterator(self, chunk_size=None):
        return self._addressed_rows(super().iterator(chunk_size=chunk_size))

    def _fetch_all(self):
        fetched = self._result_cache is not None
        super()._fetch_all()
        if not fetched:
            self._result_cache = list(self._addressed_rows(self._result_cache))

    def _addressed_rows(self, rows):
        if self.addressed_through is None or not issubclass(self._iterable_class, ModelIterable):
            yield from rows
            return
        for row in rows:
            target = getattr(row, self.addressed_through) if self.addressed_through else row
            # A slug left unread is not shown either.
            if "slug" in target.get_deferred_fields() or has_address(
                type(target), pk=target.pk, slug=target.slug
            ):
                yield row
