"""Uploaded pictures as responsive images: sorl-thumbnail thumbnails at a few widths."""

import logging
from dataclasses import dataclass

from django import template
from sorl.thumbnail import get_thumbnail
from sorl.thumbnail.conf import settings as thumbnail_settings

register = template.Library()
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


@dataclass(frozen=True)
class ResponsiveImage:
    src: str
    width: int
    height: int
    srcset: str
    sizes: str


@register.simple_tag
def responsive_image(image, rendition_name):
    """The thumbnails of an uploaded picture for an `<img>`; None if there is no usable picture."""
    if not image:
        return None
    rendition = RENDITIONS[rendition_name]
    options = {"crop": rendition.crop} if rendition.crop else {}
    thumbnails = []
    try:
        for geometry in rendition.geometries:
            thumbnail = get_thumbnail(image, geometry, **options)
            # sorl returns a thumbnail without a size when it cannot read the upload.
            if thumbnail.size is None:
                logger.warning("No thumbnails for %s: the picture cannot be read", image.name)
                return None
            thumbnails.append(thumbnail)
    except Exception:
        if thumbnail_settings.THUMBNAIL_DEBUG:
            raise
        logger.exception("No thumbnails for %s", image.name)
        return None
    # A picture narrower than the widths asked for gives the same width more than once.
    by_width = {thumbnail.width: thumbnail for thumbnail in reversed(thumbnails)}
    default = by_width[thumbnails[0].width]
    return ResponsiveImage(
        src=default.url,
        width=default.width,
        height=default.height,
        srcset=", ".join(f"{by_width[width].url} {width}w" for width in sorted(by_width)),
        sizes=rendition.sizes,
    )
