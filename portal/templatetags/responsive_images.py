"""Uploaded pictures as responsive images, from the thumbnails the worker recorded on the row."""

from dataclasses import dataclass

from django import template

from portal.db.renditions import RENDITIONS, renditions_recorded

register = template.Library()


@dataclass(frozen=True)
class ResponsiveImage:
    src: str
    # None while unknown (a picture stored before its size was recorded): no attributes then.
    width: int | None
    height: int | None
    srcset: str = ""
    sizes: str = ""


@register.simple_tag
def responsive_image(image, rendition_name):
    """The thumbnails of an uploaded picture for an `<img>`; None if there is no usable picture.

    Reads only the row's record (portal/db/renditions.py): no query, no file, no image work.
    Until the worker has made the thumbnails, the stored upload itself, at its own size.
    """
    if not image:
        return None
    rendition = RENDITIONS[rendition_name]
    record = renditions_recorded(image)
    if record.get("unreadable"):
        return None
    thumbnails = record.get("kinds", {}).get(rendition_name)
    if not thumbnails:
        return ResponsiveImage(
            src=image.url, width=record.get("width"), height=record.get("height")
        )
    url = image.storage.url
    default_name, width, height = thumbnails[0]
    return ResponsiveImage(
        src=url(default_name),
        width=width,
        height=height,
        srcset=", ".join(f"{url(name)} {width}w" for name, width, _height in thumbnails),
        sizes=rendition.sizes,
    )
