"""Uploaded pictures are shown as responsive thumbnails, which the task worker makes with
sorl-thumbnail when a picture is saved, and which pages read from the picture's row."""

from contextlib import contextmanager
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from PIL import Image
from sorl.thumbnail.base import ThumbnailBackend

from portal.content.revisions import revision_start
from portal.db import renditions
from practices.models import GoodPractice, PracticeImage
from tests.support.factories import (
    EventImageFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    OrganisationFactory,
    PracticeImageFactory,
    png_file,
)
from tests.support.tasks import run_due_tasks

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


@pytest.fixture
def worker(django_capture_on_commit_callbacks):
    """`with worker():` commits what is saved inside (its tasks are queued), then runs the queue
    with db_worker's own code, as the worker process would."""

    @contextmanager
    def saved_then_worked():
        with django_capture_on_commit_callbacks(execute=True):
            yield
        with django_capture_on_commit_callbacks(execute=True):
            run_due_tasks()

    return saved_then_worked


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` commits what is saved inside; no worker runs (it is down)."""

    @contextmanager
    def saved():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return saved


@pytest.fixture
def no_thumbnail_made_here(monkeypatch):
    """Call it to fail from then on if sorl-thumbnail is asked for a thumbnail (made or looked
    up) in this process: the requests that follow must not."""

    def refuse(*args, **kwargs):
        raise AssertionError("a thumbnail was asked for during a request")

    return lambda: monkeypatch.setattr(ThumbnailBackend, "get_thumbnail", refuse)


def thumbnail_files():
    """The names of the thumbnails in storage."""
    root = settings.MEDIA_ROOT / "cache"
    return sorted(str(path.relative_to(root)) for path in root.rglob("*.webp"))


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


def test_practice_cover_and_gallery_are_thumbnails_at_several_widths(
    client, worker, no_thumbnail_made_here
):
    with worker():
        practice = practice_with_pictures(gallery_size=2)
    no_thumbnail_made_here()

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


def test_event_photos_are_thumbnails_at_several_widths(client, worker):
    with worker():
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


def test_picture_narrower_than_the_widths_is_not_enlarged(client, worker):
    with worker():
        photo = EventImageFactory(image=png_file("small.png", size=(400, 300)))

    response = client.get(photo.event.get_absolute_url())

    (image,), _links = images_on(response)
    assert_thumbnails(image, [320, 400], ratio=4 / 3)


def test_news_cover_is_a_thumbnail_and_a_decorative_one_on_the_list(client, worker):
    with worker():
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


def test_practice_card_shows_the_cover_cut_to_sixteen_by_nine(client, worker):
    with worker():
        practice = practice_with_pictures(gallery_size=0)

    response = client.get(reverse("practices:list"))

    (card_picture,), _links = images_on(response)
    assert card_picture["alt"] == ""
    assert card_picture["loading"] == "lazy"
    assert (card_picture["width"], card_picture["height"]) == ("320", "180")
    for url, width in srcset_candidates(card_picture):
        assert stored_picture_size(url)[0] == (width, width * 9 // 16)
    assert practice.title in response.content.decode()


def test_organisation_logo_fits_its_box_and_names_the_organisation(client, worker):
    with worker():
        organisation = OrganisationFactory(
            name="Gmina Głuchołazy", logo=png_file("logo.png", size=(600, 300))
        )

    response = client.get(organisation.get_absolute_url())

    (logo,), _links = images_on(response)
    assert logo["alt"] == "Logo of Gmina Głuchołazy [en]"
    assert (logo["width"], logo["height"]) == ("128", "64")
    assert [width for _url, width in srcset_candidates(logo)] == [128, 256]


def test_missing_or_broken_picture_files_leave_the_pages_working_without_them(
    client, committed, worker
):
    with committed():
        practice = practice_with_pictures(gallery_size=1)
        photo = EventImageFactory()
    for name in (practice.cover_image.name, photo.image.name):
        default_storage.delete(name)
    broken_name = practice.images.get().image.name
    default_storage.delete(broken_name)
    assert default_storage.save(broken_name, ContentFile(b"not a picture")) == broken_name

    with worker():
        pass

    practice_page = client.get(practice.get_absolute_url())
    event_page = client.get(photo.event.get_absolute_url())
    practice_list = client.get(reverse("practices:list"))

    for response in (practice_page, event_page, practice_list):
        assert response.status_code == 200
        assert images_on(response) == ([], [])
    assert practice.title in practice_page.content.decode()
    practice.refresh_from_db()
    assert practice.cover_image_renditions == {
        "source": practice.cover_image.name,
        "unreadable": True,
    }
    assert thumbnail_files() == []


def test_practice_page_shows_a_thumbnail_of_its_cover_and_of_each_picture(client, worker):
    # What the page costs as its pictures grow is tests/test_query_counts.py ("practice").
    with worker():
        one_picture = practice_with_pictures(gallery_size=1)
        five_pictures = practice_with_pictures(gallery_size=5)

    one = client.get(one_picture.get_absolute_url())
    five = client.get(five_pictures.get_absolute_url())

    assert (len(images_on(one)[0]), len(images_on(five)[0])) == (2, 6)


def queries_of_a_view(client, address):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured)


def test_the_first_view_after_the_pictures_were_saved_costs_what_later_views_cost(
    client, worker, no_thumbnail_made_here
):
    with worker():
        practice = practice_with_pictures(gallery_size=3)
        photo = EventImageFactory(image=png_file("visit.png", size=(1500, 1000)))
        organisation = OrganisationFactory(logo=png_file("logo.png", size=(600, 300)))
        news_item = NewsItemFactory(cover_image=png_file("news.png", size=(1800, 900)))
    files = thumbnail_files()
    addresses = {
        "practice": practice.get_absolute_url(),
        "practices": reverse("practices:list"),
        "event": photo.event.get_absolute_url(),
        "partner": organisation.get_absolute_url(),
        "news item": news_item.get_absolute_url(),
        "news": reverse("news:list"),
    }
    no_thumbnail_made_here()

    first = {name: queries_of_a_view(client, address) for name, address in addresses.items()}
    later = {name: queries_of_a_view(client, address) for name, address in addresses.items()}

    assert first == later == EXPECTED_QUERIES
    assert thumbnail_files() == files


# What each page costs when made (page cache off): the same on the first view and later ones.
EXPECTED_QUERIES = {
    "practice": 13,
    "practices": 7,
    "event": 6,
    "partner": 6,
    "news item": 2,
    "news": 3,
}


def test_the_worker_records_each_kind_of_thumbnail_of_the_saved_picture(
    worker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        practice = practice_with_pictures(gallery_size=0)
    (task,) = DBTaskResult.objects.all()
    assert (task.task_path, task.args_kwargs["args"]) == (
        "portal.db.tasks.make_picture_renditions",
        ["practices.GoodPractice", practice.pk, "cover_image"],
    )
    assert practice.cover_image_renditions == {
        "source": practice.cover_image.name,
        "width": 2000,
        "height": 1000,
    }

    with worker():
        pass

    practice.refresh_from_db()
    record = practice.cover_image_renditions
    assert set(record) == {"source", "width", "height", "kinds"}
    assert (record["source"], record["width"], record["height"]) == (
        practice.cover_image.name,
        2000,
        1000,
    )
    sizes = {
        kind: [(width, height) for _name, width, height in thumbnails]
        for kind, thumbnails in record["kinds"].items()
    }
    assert sizes == {
        "cover": [(640, 320), (1120, 560), (1680, 840)],
        "card": [(320, 180), (480, 270), (640, 360)],
    }
    for thumbnails in record["kinds"].values():
        for name, width, height in thumbnails:
            assert name.startswith("cache/")
            assert stored_picture_size(settings.MEDIA_URL + name) == ((width, height), "WEBP")
    assert len(thumbnail_files()) == 6
    assert DBTaskResult.objects.get().status == TaskResultStatus.SUCCESSFUL
    assert DBTaskResult.objects.get().return_value == "made"


def test_while_the_worker_is_down_pages_show_the_stored_picture_at_its_size(
    client, committed, no_thumbnail_made_here
):
    with committed():
        practice = practice_with_pictures(gallery_size=1)
    no_thumbnail_made_here()

    first = client.get(practice.get_absolute_url())
    listing = client.get(reverse("practices:list"))

    (cover, photo), _links = images_on(first)
    assert {key: cover[key] for key in ("src", "width", "height")} == {
        "src": practice.cover_image.url,
        "width": "2000",
        "height": "1000",
    }
    assert {key: photo[key] for key in ("src", "width", "height")} == {
        "src": practice.images.get().image.url,
        "width": "1200",
        "height": "900",
    }
    assert "srcset" not in cover
    assert "srcset" not in photo
    (card,), _links = images_on(listing)
    assert (card["src"], card["width"], card["height"]) == (
        practice.cover_image.url,
        "2000",
        "1000",
    )
    assert thumbnail_files() == []
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 2


def test_a_kept_page_showing_the_stored_picture_is_made_again_once_the_thumbnails_exist(
    client, committed, worker, page_cache_on
):
    with committed():
        practice = practice_with_pictures(gallery_size=0)
    address = practice.get_absolute_url()
    (fallback,), _links = images_on(client.get(address))
    assert fallback["src"] == practice.cover_image.url
    assert images_on(client.get(address))[0] == [fallback]  # Kept while the worker is down.

    with worker():
        pass
    page_cache_on.tick()

    (cover,), _links = images_on(client.get(address))
    assert_thumbnails(cover, COVER_WIDTHS, ratio=2)


def test_a_replaced_picture_shows_none_of_the_old_thumbnails(client, worker, committed):
    with worker():
        practice = practice_with_pictures(gallery_size=0)
    (old,), _links = images_on(client.get(practice.get_absolute_url()))
    old_urls = {url for url, _width in srcset_candidates(old)}

    practice.cover_image = png_file("new.png", size=(1000, 500))
    with committed():
        practice.save()
    waiting = client.get(practice.get_absolute_url())
    with worker():
        pass
    replaced = client.get(practice.get_absolute_url())

    (cover,), _links = images_on(waiting)
    assert (cover["src"], cover["width"], cover["height"]) == (
        practice.cover_image.url,
        "1000",
        "500",
    )
    assert "srcset" not in cover
    (cover,), _links = images_on(replaced)
    assert_thumbnails(cover, [640, 1000], ratio=2)
    assert not old_urls & {url for url, _width in srcset_candidates(cover)}
    assert not any(url in waiting.content.decode() for url in old_urls)


def test_a_removed_picture_shows_nothing_and_forgets_its_thumbnails(client, worker, committed):
    with worker():
        practice = practice_with_pictures(gallery_size=0)

    practice.cover_image = ""
    with committed():
        practice.save()

    practice.refresh_from_db()
    assert practice.cover_image_renditions == {}
    assert images_on(client.get(practice.get_absolute_url())) == ([], [])
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 0


def test_a_proposed_change_keeps_the_thumbnails_of_the_pictures_it_copies(worker, committed):
    with worker():
        practice = practice_with_pictures(gallery_size=2)

    with committed():
        proposal = revision_start(entry=practice)

    assert [image.image_renditions for image in proposal.images.all()] == [
        image.image_renditions for image in practice.images.all()
    ]
    assert (
        proposal.cover_image_renditions
        == GoodPractice.objects.get(pk=practice.pk).cover_image_renditions
    )
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 0


def test_make_thumbnails_makes_what_pictures_lack_and_is_safe_to_repeat(client, committed):
    with committed():
        practice = practice_with_pictures(gallery_size=2)
    # As pictures stored before thumbnails were recorded: no record, no task.
    DBTaskResult.objects.all().delete()
    GoodPractice._base_manager.update(cover_image_renditions={})
    PracticeImage._base_manager.update(image_renditions={})
    (legacy, _photo, _other), _links = images_on(client.get(practice.get_absolute_url()))
    assert (legacy["src"], "width" in legacy, "srcset" in legacy) == (
        practice.cover_image.url,
        False,
        False,
    )

    queued, made, again, progress = StringIO(), StringIO(), StringIO(), StringIO()
    call_command("make_thumbnails", "--queue", stdout=queued, stderr=progress)
    tasks = DBTaskResult.objects.filter(status=TaskResultStatus.READY).count()
    call_command("make_thumbnails", stdout=made, stderr=progress)
    call_command("make_thumbnails", stdout=again, stderr=progress)

    assert queued.getvalue() == (
        "Pictures: 3 queued.\nThe task worker (manage.py db_worker) makes them.\n"
    )
    assert tasks == 3
    assert made.getvalue() == "Pictures: 3 made.\n"
    assert again.getvalue() == "Every picture has its thumbnails.\n"
    assert "practices.GoodPractice.cover_image: 100%" in progress.getvalue()
    assert "practices.PracticeImage.image: 100%" in progress.getvalue()
    cover, *gallery = images_on(client.get(practice.get_absolute_url()))[0]
    assert_thumbnails(cover, COVER_WIDTHS, ratio=2)
    for image in gallery:
        assert_thumbnails(image, GALLERY_WIDTHS, ratio=4 / 3)


def test_a_task_whose_picture_is_replaced_while_it_works_records_nothing(committed, monkeypatch):
    with committed():
        practice = practice_with_pictures(gallery_size=0)
    first_name = practice.cover_image.name
    make = renditions.thumbnails_make

    def replaced_while_making(picture, kinds):
        made = make(picture, kinds)
        GoodPractice._base_manager.filter(pk=practice.pk).update(cover_image="elsewhere.png")
        return made

    monkeypatch.setattr(renditions, "thumbnails_make", replaced_while_making)

    outcome = renditions.picture_renditions_make(
        model=GoodPractice, pk=practice.pk, field_name="cover_image"
    )

    practice.refresh_from_db()
    assert outcome == "replaced meanwhile"
    assert practice.cover_image_renditions == {
        "source": first_name,
        "width": 2000,
        "height": 1000,
    }


def test_a_picture_named_by_code_has_its_thumbnails_made_too(client, worker):
    # As the demo loader and the staff import do: the file is in storage, the row names it.
    name = default_storage.save("demo/logo.png", png_file("logo.png", size=(600, 300)))
    with worker():
        organisation = OrganisationFactory(logo=name)

    (logo,), _links = images_on(client.get(organisation.get_absolute_url()))
    assert (logo["width"], logo["height"]) == ("128", "64")
    assert [width for _url, width in srcset_candidates(logo)] == [128, 256]
