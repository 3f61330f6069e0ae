"""Proposed changes to published content: a draft copy of the entry, published onto it at once.

A partner's change to a published practice must not show before an editor approves it, so it is
made on a copy (`revision_start`): a draft row with `revision_of` set, which the public never sees
(`Revisable`'s constraint keeps it a draft). Publishing the change (`revision_merge`) writes the
copy's fields, links, gallery and documents onto the entry, which keeps its id, address and first
publication date, and deletes the copy.
"""

from django.db import models, transaction
from django.utils.crypto import get_random_string
from modeltranslation.translator import NotRegistered, translator

from portal.db.publishing import PublicationStatus

# What the entry keeps of its own whatever the proposal says.
KEPT_FIELDS = {
    "id",
    "slug",
    "status",
    "published_at",
    "created_at",
    "updated_at",
    "revision_of",
    "reviewed_at",
    "search_vector",
    "search_title_vector",
}


def translated_originals(model) -> set[str]:
    """The names modeltranslation reads in the active language (`title`, not `title_pl`)."""
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


def copied_fields(model) -> list[models.Field]:
    """The columns a proposal carries: every language's text, never the language-less original."""
    skipped = KEPT_FIELDS | translated_originals(model)
    return [field for field in model._meta.concrete_fields if field.name not in skipped]


def linked_fields(model) -> list[models.ManyToManyField]:
    """The many-to-many links a proposal carries; those through a model of rows are children."""
    return [
        field for field in model._meta.many_to_many if field.remote_field.through._meta.auto_created
    ]


def revision_slug(entry) -> str:
    """A slug of its own for the copy: it is never shown, but slugs are unique."""
    suffix = f"-proposal-{get_random_string(8).lower()}"
    return entry.slug[: entry._meta.get_field("slug").max_length - len(suffix)] + suffix


def children_of(entry):
    """Each child relation's rows of `entry`, with the name of their key to it."""
    for name in entry.revision_children:
        manager = getattr(entry, name)
        yield manager.field.name, list(manager.all())


def row_copy(row, **changes):
    """Save a copy of `row` with `changes` as a new row (Django's documented way to copy one)."""
    row.pk = None
    row._state.adding = True
    for name, value in changes.items():
        setattr(row, name, value)
    row.save()
    return row


@transaction.atomic
def revision_start(*, entry):
    """A draft copy of `entry` to propose changes on, with copies of its links and children."""
    if entry.revision_of_id:
        raise ValueError("a proposal is changed itself, not copied")
    model = type(entry)
    original = model.objects.get(pk=entry.pk)
    copy = model.objects.get(pk=entry.pk)
    row_copy(
        copy,
        slug=revision_slug(original),
        status=PublicationStatus.DRAFT,
        published_at=None,
        revision_of=original,
    )
    for field in linked_fields(model):
        getattr(copy, field.name).set(getattr(original, field.name).all())
    for key, rows in children_of(original):
        for row in rows:
            row_copy(row, **{key: copy})
    return copy


@transaction.atomic
def revision_merge(*, revision, by=None):
    """Write the proposal onto its entry, move its children there, and delete it; the entry."""
    model = type(revision)
    entry = model.objects.select_for_update().get(pk=revision.revision_of_id)
    for field in copied_fields(model):
        setattr(entry, field.attname, getattr(revision, field.attname))
    entry._history_user = by
    entry.save()
    for field in linked_fields(model):
        getattr(entry, field.name).set(getattr(revision, field.name).all())
    for _key, rows in children_of(entry):
        for row in rows:
            row._history_user = by
            row.delete()
    for key, rows in children_of(revision):
        for row in rows:
            setattr(row, key, entry)
            row._history_user = by
            row.save()
    revision.delete()
    return entry
