"""The portal's own pages and its news, as the public sees them."""

import datetime
import re

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from portal.models import PublicationStatus
from tests.support.factories import NewsItemFactory, PageFactory, ProjectFactory, png_file
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]


def news_list_url(**params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return reverse("news:list") + (f"?{query}" if query else "")


# Addresses


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "kwargs"),
    [("pages:detail", {"slug": "contact"}), ("news:list", {}), ("news:detail", {"slug": "x"})],
)
def test_page_and_news_addresses_resolve_in_every_language(language, name, kwargs):
    with translation.override(language):
        path = reverse(name, kwargs=kwargs)

        assert path.startswith(f"/{language}/")
        assert resolve(path).view_name == name


def test_english_addresses_of_pages_and_news():
    assert reverse("pages:detail", kwargs={"slug": "contact"}) == "/en/pages/contact/"
    assert reverse("news:list") == "/en/news/"
    assert reverse("news:detail", kwargs={"slug": "x"}) == "/en/news/x/"


# Public pages


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_answers_in_every_language_with_its_text_in_that_language(client, language):
    page = PageFactory(title="Contact", body="Plac Wolności 6\n45-018 Opole\n\nMon–Fri")

    with translation.override(language):
        response = client.get(page.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>Contact [{language}]</h1>" in html
    assert f'<html lang="{language}">' in html
    assert "This is a draft" not in html


def test_page_body_keeps_paragraphs_and_line_breaks(client):
    page = PageFactory(body_en="Plac Wolności 6\n45-018 Opole\n\nMonday to Friday")

    html = client.get(page.get_absolute_url()).content.decode()

    assert "<p>Plac Wolności 6<br>45-018 Opole</p><p>Monday to Friday</p>" in html


def test_page_summary_becomes_the_lead_and_the_meta_description(client):
    page = PageFactory(summary_en="Where to find the office.")

    html = client.get(page.get_absolute_url()).content.decode()

    assert '<p class="lead">Where to find the office.</p>' in html
    assert '<meta name="description" content="Where to find the office.">' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_list_and_item_answer_in_every_language(client, language):
    news_item = NewsItemFactory(title="Agreement signed")

    with translation.override(language):
        listing = client.get(reverse("news:list"))
        detail = client.get(news_item.get_absolute_url())

    assert (listing.status_code, detail.status_code) == (200, 200)
    assert f"Agreement signed [{language}]" in listing.content.decode()
    assert f"<h1>Agreement signed [{language}]</h1>" in detail.content.decode()


@pytest.mark.parametrize("viewer", ["client", "editor_client"])
def test_draft_news_never_appear_in_the_news_list(request, viewer):
    published = NewsItemFactory(title="Shown")
    NewsItemFactory(title="Hidden draft", status=PublicationStatus.DRAFT)

    response = request.getfixturevalue(viewer).get(reverse("news:list"))

    assert list(response.context["news_items"]) == [published]
    assert "Hidden draft" not in response.content.decode()


def test_news_list_is_newest_first_and_paginates_by_ten(client):
    first_day = datetime.date(2016, 1, 1)
    for day in range(12):
        NewsItemFactory(date=first_day + datetime.timedelta(days=day), slug=f"day-{day:02}")

    first_page = client.get(news_list_url())
    second_page = client.get(news_list_url(page=2))

    assert [item.slug for item in first_page.context["news_items"]] == [
        f"day-{day:02}" for day in range(11, 1, -1)
    ]
    assert [item.slug for item in second_page.context["news_items"]] == ["day-01", "day-00"]
    assert client.get(news_list_url(page=3)).context["page_obj"].number == 2  # the nearest


def test_news_on_the_same_day_are_ordered_by_slug(client):
    NewsItemFactory(date=datetime.date(2020, 2, 3), slug="b-second")
    NewsItemFactory(date=datetime.date(2020, 2, 3), slug="a-first")

    response = client.get(news_list_url())

    assert [item.slug for item in response.context["news_items"]] == ["a-first", "b-second"]


def test_empty_news_list_says_so(client):
    response = client.get(news_list_url())

    html = response.content.decode()
    assert "No news has been published yet." in html
    assert 'class="pagination"' not in html


def test_news_item_shows_its_cover_and_date(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news_item = NewsItemFactory(
            date=datetime.date(2016, 9, 22), cover_image=png_file(), cover_image_alt_en="Signing"
        )
    # The worker makes the thumbnails once the picture is saved.
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    html = client.get(news_item.get_absolute_url()).content.decode()

    # The cover is shown as the worker's thumbnails of the upload (tests/test_thumbnails.py has the
    # details).
    assert re.search(
        r'<img class="cover" src="/media/cache/[^"]+\.webp" srcset="[^"]+ 40w" sizes="[^"]+" '
        r'width="40" height="30" alt="Signing">',
        html,
    )
    assert '<time datetime="2016-09-22">Sept. 22, 2016</time>' in html


def test_news_item_links_its_project_only_when_published(client):
    shown = NewsItemFactory(project=ProjectFactory(title="Agglomerations4Borderlands"))
    hidden = NewsItemFactory(
        project=ProjectFactory(title="Secret project", status=PublicationStatus.DRAFT)
    )

    shown_html = client.get(shown.get_absolute_url()).content.decode()
    hidden_html = client.get(hidden.get_absolute_url()).content.decode()

    assert (
        f'<a href="{shown.project.get_absolute_url()}">Agglomerations4Borderlands [en]</a>'
        in shown_html
    )
    assert "Secret project" not in hidden_html


# Pagination include


# Models


# Admin


# Demo content
