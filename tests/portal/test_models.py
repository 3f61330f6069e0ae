from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from portal.content.services import publishable_publish, publishable_unpublish
from portal.db.uploads import upload_path
from portal.models import City, NewsItem, Page, PublicationStatus
from practices.models import GoodPractice
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    NewsItemFactory,
    PageFactory,
    ProjectFactory,
    ThemeFactory,
    png_file,
)

pytestmark = pytest.mark.django_db


def test_published_keeps_only_published_rows():
    published = GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    GoodPracticeFactory(status=PublicationStatus.DRAFT)

    assert list(GoodPractice.objects.published()) == [published]


def test_new_content_is_a_draft_until_published():
    practice = GoodPracticeFactory(status=PublicationStatus.DRAFT)

    assert practice.status == "draft"
    assert practice.published_at is None
    assert GoodPractice.objects.published().count() == 0


def test_saving_as_published_records_the_first_publication_date():
    practice = GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    first = practice.published_at

    practice.save()

    assert first is not None
    assert practice.published_at == first


def test_publishing_keeps_earlier_dates_and_unpublishing_hides(editor):
    earlier = GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    GoodPracticeFactory(status=PublicationStatus.DRAFT)
    first_date = earlier.published_at

    # Only the draft changes: the row already published is left as it is.
    assert publishable_publish(queryset=GoodPractice.objects.all(), by=editor) == 1
    assert GoodPractice.objects.published().count() == 2
    earlier.refresh_from_db()
    assert earlier.published_at == first_date

    assert publishable_unpublish(queryset=GoodPractice.objects.all(), by=editor) == 2
    assert GoodPractice.objects.published().count() == 0


def test_database_refuses_published_rows_without_a_date():
    practice = GoodPracticeFactory(status=PublicationStatus.DRAFT)

    with pytest.raises(IntegrityError, match="published_has_date"):
        GoodPractice.objects.filter(pk=practice.pk).update(status="published")


def test_database_refuses_an_unknown_status():
    practice = GoodPracticeFactory(status=PublicationStatus.PUBLISHED)

    with pytest.raises(IntegrityError, match="status_valid"):
        GoodPractice.objects.filter(pk=practice.pk).update(status="archived")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("pl", "Ołomuniec"), ("cs", "Ołomuniec"), ("en", "Ołomuniec")],
)
def test_missing_translations_fall_back_to_polish(language, expected):
    city = CityFactory(name_pl="Ołomuniec", name_cs=None, name_en=None)

    with translation.override(language):
        assert City.objects.get(pk=city.pk).name == expected


def test_czech_falls_back_to_polish_before_english():
    theme = ThemeFactory(name_pl="Mobilność", name_cs=None, name_en="Mobility")

    with translation.override("cs"):
        assert str(theme) == "Mobilność"


def test_english_falls_back_to_polish_then_czech():
    only_czech = ThemeFactory(name_pl="", name_cs="Mobilita", name_en=None)
    polish_too = ThemeFactory(name_pl="Mobilność", name_cs="Mobilita", name_en=None)

    with translation.override("en"):
        assert str(only_czech) == "Mobilita"
        assert str(polish_too) == "Mobilność"


def test_polish_falls_back_to_czech_then_english():
    theme = ThemeFactory(name_pl="", name_cs="Mobilita", name_en="Mobility")

    with translation.override("pl"):
        assert str(theme) == "Mobilita"


def test_each_language_shows_its_own_text():
    theme = ThemeFactory(name_pl="Mobilność", name_cs="Mobilita", name_en="Mobility")

    shown = {}
    for language in ("pl", "cs", "en"):
        with translation.override(language):
            shown[language] = str(theme)

    assert shown == {"pl": "Mobilność", "cs": "Mobilita", "en": "Mobility"}


def test_city_slugs_are_unique():
    CityFactory(slug="opole")

    with pytest.raises(IntegrityError, match="slug"):
        CityFactory(slug="opole")


@pytest.mark.parametrize(
    ("latitude", "longitude", "constraint"),
    [
        (Decimal("91"), Decimal("17"), "portal_city_latitude_range"),
        (Decimal("50"), Decimal("-181"), "portal_city_longitude_range"),
    ],
)
def test_city_coordinates_stay_on_the_globe(latitude, longitude, constraint):
    with pytest.raises(IntegrityError, match=constraint):
        CityFactory(latitude=latitude, longitude=longitude)


def test_country_codes_are_two_capital_letters():
    with pytest.raises(IntegrityError, match="portal_country_code_iso"):
        CountryFactory(code="pl")


def test_uploads_get_a_generated_name_under_their_model():
    practice = GoodPracticeFactory.build()

    path = upload_path(practice, "../../etc/Moje Zdjęcie.JPG")

    folder, year, month, name = path.rsplit("/", 3)
    assert folder == "practices/goodpractice"
    assert year.isdigit() and month.isdigit()
    assert name.endswith(".jpg")
    assert len(name) == len("0123456789abcdef0123456789abcdef.jpg")
    assert "Moje" not in path and ".." not in path


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
