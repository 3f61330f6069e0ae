"""The admin as a whole (its language) and the admin of the portal's own pages and news."""

import datetime

import pytest

from portal.models import NewsItem, Page
from tests.support.admin import admin_url
from tests.support.factories import NewsItemFactory, PageFactory, ProjectFactory, png_file

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("pl", "Dobre praktyki"),
        ("cs", "Dobré praxe"),
        ("en", "Good practices"),
    ],
)
def test_admin_follows_the_language_in_its_address(editor_client, language, heading):
    response = editor_client.get(f"/{language}/admin/")

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    assert heading in response.content.decode()


def test_admin_links_the_same_page_in_the_other_languages(editor_client):
    response = editor_client.get("/cs/admin/practices/goodpractice/")

    html = response.content.decode()
    assert 'href="/pl/admin/practices/goodpractice/" hreflang="pl"' in html
    assert 'href="/en/admin/practices/goodpractice/" hreflang="en"' in html


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
