"""The thumbnails of uploaded pictures, made by the task worker when a picture is saved.

A `PictureField` names a JSON field beside it (its `renditions_field`) that records, for the
stored picture, its size and the thumbnails made of it: the names in storage, widths and heights.
Pages read that record from the row they already load, so showing a picture costs no query and
no image work, on any app server, whether the thumbnails were made a second or a year ago.

The record names its source picture: one made for a picture since replaced is ignored. Until the
worker has made the thumbnails (it is down or behind), pages show the stored upload itself, which
is already re-encoded; writing the record makes cached pages stale, so they then show thumbnails.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Case, F, Q, When
from django.db.models.fields.json import KT
from sorl.thumbnail import get_thumbnail

from portal.operations.caching import pages_changed, row_tags

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rendition:
    """How one kind of picture is shown: thumbnail geometries, and its width in the layout."""

    geometries: tuple[str, ...]
    # The CSS width the picture takes (static/css/portal.css), for the browser to pick a width.
    sizes: str
    crop: str | None = None


# The first geometry is the default `src` and gives the `width`/`height` attributes.
RENDITIONS = {
    # .cover: the full width of the page's content (72rem less the padding).
    "cover": Rendition(("640", "1120", "1680"), "(min-width: 72rem) 70rem, calc(100vw - 2rem)"),
    # .gallery: a grid of 14rem-wide columns, one to four of them.
    "gallery": Rendition(
        ("320", "640", "960"),
        "(min-width: 72rem) 17rem, (min-width: 61rem) 25vw, (min-width: 46rem) 33vw, "
        "(min-width: 31rem) 50vw, 100vw",
    ),
    # .card-picture: the width of a card in a grid of 16rem-wide columns, cut to 16:9.
    "card": Rendition(
        ("320x180", "480x270", "640x360"),
        "(min-width: 35rem) 22rem, calc(100vw - 4rem)",
        crop="center",
    ),
    # .logo: within 8rem by 8rem, never cut.
    "logo": Rendition(("128x128", "256x256"), "8rem"),
}


class UnreadablePicture(Exception):
    """The stored file cannot be decoded as a picture (missing, truncated, not a picture)."""


def renditions_pending(*, source: str, size: tuple[int, int] | None) -> dict:
    """The record of a picture just stored, whose thumbnails the worker has yet to make."""
    record = {"source": source}
    if size and None not in size:
        record["width"], record["height"] = size
    return record


def renditions_recorded(picture) -> dict:
    """The record of `picture` (a PictureField's file), or {} if it is of another picture."""
    record = getattr(picture.instance, picture.field.renditions_field) or {}
    return record if record.get("source") == picture.name else {}


def renditions_complete(record: dict) -> bool:
    return "kinds" in record or record.get("unreadable", False)


def renditions_queue_on_commit(*, instance, field_name: str) -> None:
    """Queue the making of the thumbnails of `instance`'s picture once the transaction commits."""
    model_label = instance._meta.label

    def enqueue():
        from portal.db.tasks import make_picture_renditions

        make_picture_renditions.enqueue(model_label, instance.pk, field_name)

    # A queue that fails must not undo the saved picture: it shows as uploaded until
    # `manage.py make_thumbnails` catches up.
    transaction.on_commit(enqueue, robust=True)


def thumbnails_make(picture, kinds) -> dict:
    """Make (or find, made before) the thumbnails of `picture` for each kind, with sorl-thumbnail.

    Each kind is a list of [name, width, height] by width, the first the default `src`; a picture
    narrower than the widths asked for has fewer of them (it is never enlarged).
    """
    made = {}
    for kind in kinds:
        rendition = RENDITIONS[kind]
        options = {"crop": rendition.crop} if rendition.crop else {}
        thumbnails = []
        for geometry in rendition.geometries:
            thumbnail = get_thumbnail(picture, geometry, **options)
            # sorl returns a thumbnail without a size when it cannot read the upload.
            if thumbnail.size is None:
                raise UnreadablePicture(picture.name)
            thumbnails.append(thumbnail)
        by_width = {thumbnail.width: thumbnail for thumbnail in reversed(thumbnails)}
        made[kind] = [
            [by_width[width].name, width, by_width[width].height] for width in sorted(by_width)
        ]
    return made


def picture_renditions_make(*, model, pk: int, field_name: str) -> str:
    """Make the thumbnails of one row's picture and record them on the row; say what happened.

    Safe to run twice or late: a record already complete for the stored picture is kept, and one
    made for a picture replaced meanwhile is not written (the replacement queued its own task).
    """
    row = model._base_manager.filter(pk=pk).first()
    if row is None:
        return "deleted"
    picture = getattr(row, field_name)
    if not picture:
        return "no picture"
    if renditions_complete(renditions_recorded(picture)):
        return "already made"
    field = picture.field
    try:
        try:
            size = (picture.width, picture.height)
        except (OSError, ValueError) as error:
            raise UnreadablePicture(picture.name) from error
        if None in size:
            raise UnreadablePicture(picture.name)
        record = {
            **renditions_pending(source=picture.name, size=size),
            "kinds": thumbnails_make(picture, field.renditions),
        }
        outcome = "made"
    except UnreadablePicture:
        logger.warning("No thumbnails for %s: the picture cannot be read", picture.name)
        record = {"source": picture.name, "unreadable": True}
        outcome = "unreadable"
    # The base manager's update: no history entry, and the page cache is told once, below.
    updated = model._base_manager.filter(pk=pk, **{field.attname: picture.name}).update(
        **{field.renditions_field: record}
    )
    if not updated:
        return "replaced meanwhile"
    # The pages that show this row, as a save of it would tell them.
    pages_changed(*row_tags(row))
    return outcome


def picture_renditions_queryset(model, field):
    """The rows of `model` whose picture in `field` has no complete record of its thumbnails."""
    recorded = KT(f"{field.renditions_field}__source")
    complete = Q(recorded_source=F(field.attname)) & (
        Q(**{f"{field.renditions_field}__has_key": "kinds"})
        | Q(**{f"{field.renditions_field}__unreadable": True})
    )
    return (
        model._base_manager.exclude(**{field.attname: ""})
        .alias(recorded_source=recorded)
        .alias(complete=Case(When(complete, then=True), default=False))
        .filter(complete=False)
        .order_by("pk")
    )
