"""Uploaded pictures are shown as responsive thumbnails made by sorl-thumbnail."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from tests.support.factories import (
    EventImageFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PracticeImageFactory,
    png_file,
)

pytestmark = pytest.mark.django_db

COVER_WIDTHS = [640, 1120, 1680]
GALLERY_WIDTHS = [320, 640, 960]


class ImageCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []
        self.links = []
        self._link = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a":
            self._link = attributes.get("href")
        elif tag == "img" and attributes["src"].startswith(settings.MEDIA_URL):
            self.images.append(attributes)
            self.links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None


def images_on(response):
    """The uploaded pictures' `<img>` attributes on a page, and the link around each (or None)."""
    collector = ImageCollector()
    collector.feed(response.content.decode())
    return collector.images, collector.links


def srcset_candidates(image):
    """(url, width) pairs of an `<img>`'s srcset."""
    candidates = []
    for candidate in image["srcset"].split(","):
        url, descriptor = candidate.split()
        assert descriptor.endswith("w")
        candidates.append((url, int(descriptor.removesuffix("w"))))
    return candidates


def stored_picture_size(url):
    """Open the file behind a media URL and return its (width, height) and format."""
    assert url.startswith(settings.MEDIA_URL)
    with default_storage.open(url.removeprefix(settings.MEDIA_URL)) as stored:
        picture = Image.open(stored)
        return picture.size, picture.format


def assert_thumbnails(image, widths, ratio):
    """Each srcset candidate is a stored WebP of the width it declares, in the source's ratio."""
    candidates = srcset_candidates(image)
    assert [width for _url, width in candidates] == widths
    for url, width in candidates:
        assert url.startswith(f"{settings.MEDIA_URL}cache/")
        (stored_width, stored_height), picture_format = stored_picture_size(url)
        assert (stored_width, picture_format) == (width, "WEBP")
        assert stored_height == round(width / ratio)
    smallest_url, smallest_width = candidates[0]
    assert image["src"] == smallest_url
    assert (int(image["width"]), int(image["height"])) == (
        smallest_width,
        round(smallest_width / ratio),
    )
    assert image["sizes"]


@pytest.fixture(autouse=True)
def cold_thumbnail_cache():
    """Each test starts without thumbnails known in the cache, as a freshly started server."""
    caches[settings.THUMBNAIL_CACHE].clear()


def practice_with_pictures(gallery_size=2):
    practice = GoodPracticeFactory(
        cover_image=png_file("cover.png", size=(2000, 1000)),
        cover_image_alt="A square full of people",
    )
    for position in range(gallery_size):
        PracticeImageFactory(
            practice=practice,
            image=png_file(f"photo-{position}.png", size=(1200, 900)),
            alt_text=f"Photo number {position}",
            position=position,
        )
    return practice


def test_practice_cover_and_gallery_are_thumbnails_at_several_widths(client):
    practice = practice_with_pictures(gallery_size=2)

    response = client.get(practice.get_absolute_url())

    assert response.status_code == 200
    images, links = images_on(response)
    cover, *gallery = images
    assert cover["class"] == "cover"
    assert cover["alt"] == "A square full of people"
    assert "loading" not in cover
    assert_thumbnails(cover, COVER_WIDTHS, ratio=2)
    assert [picture["alt"] for picture in gallery] == ["Photo number 0 [en]", "Photo number 1 [en]"]
    pictures = list(practice.images.all())
    for picture, image, link in zip(pictures, gallery, links[1:], strict=True):
        assert image["loading"] == "lazy"
        assert_thumbnails(image, GALLERY_WIDTHS, ratio=4 / 3)
        assert link == picture.image.url


def test_event_photos_are_thumbnails_at_several_widths(client):
    photo = EventImageFactory(
        image=png_file("visit.png", size=(1500, 1000)), alt_text="Visitors at the town hall"
    )

    response = client.get(photo.event.get_absolute_url())

    assert response.status_code == 200
    (image,), (link,) = images_on(response)
    assert image["alt"] == "Visitors at the town hall [en]"
    assert image["loading"] == "lazy"
    assert_thumbnails(image, GALLERY_WIDTHS, ratio=1.5)
    assert link == photo.image.url


def test_picture_narrower_than_the_widths_is_not_enlarged(client):
    photo = EventImageFactory(image=png_file("small.png", size=(400, 300)))

    response = client.get(photo.event.get_absolute_url())

    (image,), _links = images_on(response)
    assert_thumbnails(image, [320, 400], ratio=4 / 3)


def test_news_cover_is_a_thumbnail_and_a_decorative_one_on_the_list(client):
    news_item = NewsItemFactory(
        cover_image=png_file("news.png", size=(1800, 900)), cover_image_alt="Signing the treaty"
    )

    detail = client.get(news_item.get_absolute_url())
    listing = client.get(reverse("news:list"))

    (cover,), _links = images_on(detail)
    assert cover["alt"] == "Signing the treaty"
    assert_thumbnails(cover, COVER_WIDTHS, ratio=2)
    (card_picture,), _links = images_on(listing)
    assert card_picture["class"] == "card-picture"
    assert card_picture["alt"] == ""
    assert [width for _url, width in srcset_candidates(card_picture)] == [320, 480, 640]
    assert stored_picture_size(card_picture["src"])[0] == (320, 180)


def test_practice_card_shows_the_cover_cut_to_sixteen_by_nine(client):
    practice = practice_with_pictures(gallery_size=0)

    response = client.get(reverse("practices:list"))

    (card_picture,), _links = images_on(response)
    assert card_picture["alt"] == ""
    assert card_picture["loading"] == "lazy"
    assert (card_picture["width"], card_picture["height"]) == ("320", "180")
    for url, width in srcset_candidates(card_picture):
        assert stored_picture_size(url)[0] == (width, width * 9 // 16)
    assert practice.title in response.content.decode()


def test_organisation_logo_fits_its_box_and_names_the_organisation(client):
    organisation = OrganisationFactory(
        name="Gmina Głuchołazy", logo=png_file("logo.png", size=(600, 300))
    )

    response = client.get(organisation.get_absolute_url())

    (logo,), _links = images_on(response)
    assert logo["alt"] == "Logo of Gmina Głuchołazy [en]"
    assert (logo["width"], logo["height"]) == ("128", "64")
    assert [width for _url, width in srcset_candidates(logo)] == [128, 256]


def test_missing_or_broken_picture_files_leave_the_pages_working_without_them(client):
    practice = practice_with_pictures(gallery_size=1)
    photo = EventImageFactory()
    for name in (practice.cover_image.name, photo.image.name):
        default_storage.delete(name)
    broken_name = practice.images.get().image.name
    default_storage.delete(broken_name)
    assert default_storage.save(broken_name, ContentFile(b"not a picture")) == broken_name

    practice_page = client.get(practice.get_absolute_url())
    event_page = client.get(photo.event.get_absolute_url())
    practice_list = client.get(reverse("practices:list"))

    for response in (practice_page, event_page, practice_list):
        assert response.status_code == 200
        assert images_on(response) == ([], [])
    assert practice.title in practice_page.content.decode()


def test_practice_page_shows_a_thumbnail_of_its_cover_and_of_each_picture(client):
    # What the page costs as its pictures grow is tests/test_query_counts.py ("practice").
    one_picture = practice_with_pictures(gallery_size=1)
    five_pictures = practice_with_pictures(gallery_size=5)

    one = client.get(one_picture.get_absolute_url())
    five = client.get(five_pictures.get_absolute_url())

    assert (len(images_on(one)[0]), len(images_on(five)[0])) == (2, 6)


def test_after_a_restart_each_thumbnail_costs_one_query_until_cached(
    client, django_assert_num_queries
):
    practice = practice_with_pictures(gallery_size=1)
    client.get(practice.get_absolute_url())
    with CaptureQueriesContext(connection) as warm:
        client.get(practice.get_absolute_url())

    caches[settings.THUMBNAIL_CACHE].clear()

    # After a restart the cache is empty: one query per thumbnail (two pictures, three widths).
    with django_assert_num_queries(len(warm) + 2 * 3):
        client.get(practice.get_absolute_url())
