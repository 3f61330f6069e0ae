"""Rows written before the slug and web-address constraints that would stop them being added.

The migrations adding the constraints first run `repair_addresses`, which prints a line for
each row it changes, so that the operator knows what to check. A slug with no address gets one
made from it (its pages never answered, so no link to them is lost); a web address other than an
http, https or mailto URI is emptied, and a practice's link, which needs one, is deleted.
"""

import sys

from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from portal.db.addresses import SLUG_PATTERN, WEB_ADDRESS_PATTERN


def repair_addresses(*model_labels):
    """A RunPython operation's function that repairs the models' slugs and web addresses."""

    def repair(apps, schema_editor):
        for label in model_labels:
            model = apps.get_model(label)
            for field in model._meta.concrete_fields:
                if isinstance(field, models.SlugField):
                    _repair_slugs(model, field)
                elif isinstance(field, models.URLField):
                    _repair_web_addresses(model, field)

    return repair


def _report(line):
    sys.stdout.write(f"\n  {line}")


def _repair_slugs(model, field):
    rows = model._base_manager.exclude(**{f"{field.name}__regex": SLUG_PATTERN})
    for row in rows.order_by("pk"):
        old = getattr(row, field.name)
        new = _free_slug(model, field, slugify(old or "")[: field.max_length], row.pk)
        setattr(row, field.name, new)
        row.save(update_fields=[field.name])
        _report(f"{model._meta.label} {row.pk}: slug {old!r} has no address, now {new!r}.")


def _free_slug(model, field, wanted, pk):
    taken = model._base_manager.filter(**{field.name: wanted}).exclude(pk=pk).exists()
    if wanted and not taken:
        return wanted
    suffix = f"-{pk}"
    return f"{(wanted or model._meta.model_name)[: field.max_length - len(suffix)]}{suffix}"


def _repair_web_addresses(model, field):
    valid = Q(**{f"{field.name}__iregex": WEB_ADDRESS_PATTERN}) | Q(**{field.name: ""})
    for row in model._base_manager.exclude(valid).order_by("pk"):
        pk, old = row.pk, getattr(row, field.name)
        if field.blank:
            setattr(row, field.name, "")
            row.save(update_fields=[field.name])
            done = "emptied"
        else:
            row.delete()
            done = "deleted"
        _report(f"{model._meta.label} {pk}: {field.name} {old!r} is no web address, {done}.")
