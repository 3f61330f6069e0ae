"""The admin of good practices: translated fields, the gallery, adding one, the public page."""

import pytest

from practices.models import GoodPractice
from tests.support import factories
from tests.support.admin import admin_url

pytestmark = pytest.mark.django_db


def test_practice_page_shows_translated_fields_in_every_language(editor_client):
    response = editor_client.get(admin_url(GoodPractice, "add"))

    form_fields = set(response.context["adminform"].form.fields)
    for field in ("title", "summary", "problem", "solution", "results", "transferability"):
        assert {f"{field}_pl", f"{field}_cs", f"{field}_en"} <= form_fields
        assert field not in form_fields
    assert response.context["adminform"].form.fields["title_pl"].required
    assert not response.context["adminform"].form.fields["title_cs"].required
    assert b"jquery-ui/jquery-ui.min.js" in response.content
    assert b"googleapis" not in response.content


def test_practice_gallery_shows_previews(editor_client):
    picture = factories.PracticeImageFactory()

    response = editor_client.get(admin_url(GoodPractice, "change", picture.practice.pk))

    assert (
        f'<img src="{picture.image.url}" alt="{picture.alt_text_en}" class="admin-preview"'
        in response.content.decode()
    )


def test_editor_creates_a_practice_through_the_admin(editor_client):
    city = factories.CityFactory()
    response = editor_client.post(
        admin_url(GoodPractice, "add"),
        {
            "title_pl": "Węzeł przesiadkowy",
            "title_cs": "Přestupní uzel",
            "title_en": "Transfer hub",
            "slug": "transfer-hub",
            "summary_pl": "Streszczenie",
            "problem_pl": "Problem",
            "solution_pl": "Rozwiązanie",
            "results_pl": "Rezultaty",
            "city": city.pk,
            "year_start": 2019,
            "status": "published",
            **{
                f"{prefix}-{key}": value
                for prefix in ("contact_listings", "images", "documents", "links")
                for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()
            },
        },
    )

    assert response.status_code == 302
    practice = GoodPractice.objects.get(slug="transfer-hub")
    assert (practice.title_pl, practice.title_cs, practice.title_en) == (
        "Węzeł przesiadkowy",
        "Přestupní uzel",
        "Transfer hub",
    )
    assert practice.is_published and practice.published_at is not None


def test_view_on_site_leads_to_the_public_page(editor_client):
    practice = factories.GoodPracticeFactory(slug="gogolin-hub")

    response = editor_client.get(admin_url(GoodPractice, "change", practice.pk))

    assert response.context["has_absolute_url"] is True
    assert practice.get_absolute_url() == "/en/good-practices/gogolin-hub/"
