import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import resolve, reverse
from django.utils import translation

from portal.demo.data import pages as demo_pages
from portal.demo.data import projects as demo_projects
from portal.models import NewsItem, Page, PublicationStatus
from tests.factories import NewsItemFactory, PageFactory, ProjectFactory, png_file

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


@pytest.mark.parametrize("factory", [PageFactory, NewsItemFactory], ids=["page", "news"])
def test_drafts_are_not_found_by_the_public(client, factory):
    draft = factory(status=PublicationStatus.DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("factory", [PageFactory, NewsItemFactory], ids=["page", "news"])
def test_editors_preview_drafts_marked_as_such(editor_client, factory):
    draft = factory(status=PublicationStatus.DRAFT)

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert "This is a draft: only staff can see it." in response.content.decode()


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


@pytest.mark.parametrize("count", [3, 30])
def test_news_list_query_count_does_not_grow_with_the_number_of_items(
    client, django_assert_num_queries, count
):
    NewsItemFactory.create_batch(count, project=ProjectFactory())

    # One query counts the published news, one fetches the page's items, one the footer's pages.
    with django_assert_num_queries(3):
        response = client.get(news_list_url())

    assert len(response.context["news_items"]) == min(count, 10)


def test_news_item_shows_its_cover_and_date(client):
    news_item = NewsItemFactory(
        date=datetime.date(2016, 9, 22), cover_image=png_file(), cover_image_alt_en="Signing"
    )

    html = client.get(news_item.get_absolute_url()).content.decode()

    # The cover is shown as a thumbnail of the upload (tests/test_thumbnails.py has the details).
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


def render_pagination(path, number_of_pages, page_number):
    request = RequestFactory().get(path)
    paginator = Paginator(range(number_of_pages * 10), 10)
    return render_to_string(
        "includes/pagination.html", {"page_obj": paginator.page(page_number)}, request=request
    )


def test_pagination_keeps_other_query_parameters_and_drops_page_one(client):
    for _ in range(25):
        NewsItemFactory()

    html = client.get(news_list_url(theme="mobility", page=2)).content.decode()

    assert '<a href="/en/news/?theme=mobility" rel="prev">Previous page</a>' in html
    assert '<a href="/en/news/?theme=mobility&amp;page=3" rel="next">Next page</a>' in html
    assert (
        '<a href="/en/news/?theme=mobility&amp;page=2" aria-label="Page 2" aria-current="page">'
        "2</a>"
    ) in html


def test_pagination_elides_distant_pages_and_marks_the_current_one():
    html = render_pagination("/en/events/?kind=internship&page=15", 30, 15)

    links = [line.strip() for line in html.splitlines() if line.strip().startswith("<li")]
    assert links == [
        '<li><a href="/en/events/?kind=internship&amp;page=14" rel="prev">Previous page</a></li>',
        '<li><a href="/en/events/?kind=internship" aria-label="Page 1">1</a></li>',
        "<li>…</li>",
        '<li><a href="/en/events/?kind=internship&amp;page=13" aria-label="Page 13">13</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=14" aria-label="Page 14">14</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=15" aria-label="Page 15" '
        'aria-current="page">15</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=16" aria-label="Page 16">16</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=17" aria-label="Page 17">17</a></li>',
        "<li>…</li>",
        '<li><a href="/en/events/?kind=internship&amp;page=30" aria-label="Page 30">30</a></li>',
        '<li><a href="/en/events/?kind=internship&amp;page=16" rel="next">Next page</a></li>',
    ]
    assert '<nav class="pagination" aria-label="Pagination">' in html


def test_pagination_is_left_out_when_everything_fits_on_one_page():
    assert render_pagination("/en/news/", 1, 1).strip() == ""


# Models


@pytest.mark.parametrize("factory", [PageFactory, NewsItemFactory], ids=["page", "news"])
def test_slugs_are_unique(factory):
    factory(slug="contact")

    with pytest.raises(IntegrityError, match="slug"):
        factory(slug="contact")


@pytest.mark.parametrize("model", [Page, NewsItem])
def test_published_pages_and_news_need_a_publication_date(model):
    factory = {Page: PageFactory, NewsItem: NewsItemFactory}[model]
    draft = factory(status=PublicationStatus.DRAFT)

    with pytest.raises(IntegrityError, match="published_has_date"):
        model.objects.filter(pk=draft.pk).update(status=PublicationStatus.PUBLISHED)


def test_news_cover_needs_alternative_text():
    news_item = NewsItemFactory.build(cover_image=png_file(), cover_image_alt_pl="")

    with pytest.raises(ValidationError) as error:
        news_item.clean()

    assert list(error.value.message_dict) == ["cover_image_alt"]


def test_deleting_a_project_keeps_its_news():
    news_item = NewsItemFactory(project=ProjectFactory())

    news_item.project.delete()

    news_item.refresh_from_db()
    assert news_item.project is None


def test_pages_are_ordered_by_position_for_the_navigation():
    PageFactory(slug="contact", position=40)
    PageFactory(slug="about", position=10)
    PageFactory(slug="history", position=20)

    assert list(Page.objects.values_list("slug", flat=True)) == ["about", "history", "contact"]


# Admin


def admin_url(model, view, *args):
    return reverse(f"admin:portal_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize(
    ("model", "factory", "fields"),
    [
        (Page, PageFactory, ("title", "summary", "body")),
        (NewsItem, NewsItemFactory, ("title", "summary", "body", "cover_image_alt")),
    ],
    ids=["page", "news"],
)
def test_editor_opens_list_add_and_change_pages(editor_client, model, factory, fields):
    instance = factory(title="Contact")

    changelist = editor_client.get(admin_url(model, "changelist"), {"q": "Contact [cs]"})
    add = editor_client.get(admin_url(model, "add"))
    change = editor_client.get(admin_url(model, "change", instance.pk))

    assert (changelist.status_code, add.status_code, change.status_code) == (200, 200, 200)
    assert list(changelist.context["cl"].result_list) == [instance]
    form_fields = set(add.context["adminform"].form.fields)
    for field in fields:
        assert {f"{field}_pl", f"{field}_cs", f"{field}_en"} <= form_fields
    assert change.context["has_absolute_url"] is True


def test_news_admin_previews_the_cover(editor_client):
    news_item = NewsItemFactory(cover_image=png_file(), cover_image_alt_en="Signing")

    response = editor_client.get(admin_url(NewsItem, "change", news_item.pk))

    assert (
        f'<img src="{news_item.cover_image.url}" alt="Signing" class="admin-preview"'
        in response.content.decode()
    )


def test_editor_publishes_news_through_the_admin(editor_client):
    project = ProjectFactory()

    response = editor_client.post(
        admin_url(NewsItem, "add"),
        {
            "title_pl": "Porozumienie podpisane",
            "title_cs": "Dohoda podepsána",
            "title_en": "Agreement signed",
            "slug": "agreement-signed",
            "date": "2016-09-22",
            "summary_pl": "Streszczenie",
            "body_pl": "Treść",
            "project": project.pk,
            "status": "published",
        },
    )

    assert response.status_code == 302
    news_item = NewsItem.objects.get(slug="agreement-signed")
    assert (news_item.title_cs, news_item.project, news_item.date) == (
        "Dohoda podepsána",
        project,
        datetime.date(2016, 9, 22),
    )
    assert news_item.is_published and news_item.published_at is not None


def test_editors_group_may_change_pages_and_news(editor):
    assert editor.has_perms(["portal.change_page", "portal.add_newsitem", "portal.delete_newsitem"])


# Demo content


def test_demo_pages_and_news_are_written_in_all_three_languages():
    texts = {
        f"{entry['slug']}.{field}.{language}": entry[field][language]
        for entry in [*demo_pages.PAGES, *demo_pages.NEWS]
        for field in ("title", "summary", "body")
        for language in LANGUAGES
    }

    assert [key for key, text in texts.items() if not text.strip()] == []
    assert len({entry["slug"] for entry in demo_pages.PAGES}) == len(demo_pages.PAGES) == 4
    assert len({entry["slug"] for entry in demo_pages.NEWS}) == len(demo_pages.NEWS) == 6


def test_demo_contact_page_gives_the_office_address_and_hours():
    contact = next(entry for entry in demo_pages.PAGES if entry["slug"] == "contact")

    for language in LANGUAGES:
        assert "Plac Wolności 6\n45-018 Opole" in contact["body"][language]
        assert "7:30–15:30" in contact["body"][language]


def test_demo_news_dates_and_projects_are_real():
    project_slugs = {entry["slug"] for entry in demo_projects.PROJECTS}

    assert all("2016-01-01" <= entry["date"] <= "2026-12-31" for entry in demo_pages.NEWS)
    assert {entry["project"] for entry in demo_pages.NEWS} - {None} <= project_slugs
    assert "razem-dla-rozwoju-aglomeracji" in {entry["project"] for entry in demo_pages.NEWS}
