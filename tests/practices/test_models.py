import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from tests.support.factories import GoodPracticeFactory, PracticeDocumentFactory, png_file

pytestmark = pytest.mark.django_db


def test_practice_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError, match="practices_goodpractice_years_ordered"):
        GoodPracticeFactory(year_start=2020, year_end=2019)


def test_practice_slugs_are_unique():
    GoodPracticeFactory(slug="slunakov")

    with pytest.raises(IntegrityError, match="slug"):
        GoodPracticeFactory(slug="slunakov")


def test_practice_years_stay_plausible():
    with pytest.raises(IntegrityError, match="practices_goodpractice_year_start_range"):
        GoodPracticeFactory(year_start=20)


@pytest.mark.parametrize(
    ("year_start", "year_end", "language", "expected"),
    [
        (2010, None, "en", "since 2010"),
        (2010, None, "pl", "od 2010"),
        (2010, None, "cs", "od 2010"),
        (2019, 2019, "en", "2019"),
        (2016, 2019, "en", "2016–2019"),
    ],
)
def test_practice_period_reads_naturally(year_start, year_end, language, expected):
    practice = GoodPracticeFactory.build(year_start=year_start, year_end=year_end)

    with translation.override(language):
        assert str(practice.period) == expected


def test_practice_country_is_its_citys():
    practice = GoodPracticeFactory()

    assert practice.country == practice.city.country


def test_a_cover_image_needs_alternative_text():
    practice = GoodPracticeFactory(cover_image=png_file(), cover_image_alt_pl="")

    with pytest.raises(ValidationError) as raised:
        practice.full_clean()

    assert raised.value.message_dict == {
        "cover_image_alt": ["Describe the cover image for people who cannot see it."]
    }


def test_documents_report_their_type_from_the_stored_name():
    document = PracticeDocumentFactory()

    assert document.file_type == "PDF"
    assert document.file.name.startswith("practices/practicedocument/")
    assert "report" not in document.file.name


def test_documents_of_other_types_are_refused():
    document = PracticeDocumentFactory.build(practice=GoodPracticeFactory())
    document.file.name = "practices/practicedocument/2026/11/x.exe"

    with pytest.raises(ValidationError) as raised:
        document.full_clean()

    assert list(raised.value.message_dict) == ["file"]
