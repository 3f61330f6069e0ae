"""The database refuses slugs no page address can hold and web addresses pages must not link to,
however they are written: raw SQL, the ORM's save() and update(), full_clean() (forms, the admin,
imports). The columns are found in the models, so a new slug or URL field is covered at once."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.utils import translation
from simple_history.models import HistoricalChanges

from practices.models import PracticeLink
from tests.support import factories
from tests.support.admin import FACTORIES

pytestmark = pytest.mark.django_db

CONTENT_APPS = ("portal", "projects", "practices", "events")
ROW_FACTORIES = {**FACTORIES, PracticeLink: factories.PracticeLinkFactory}

BAD_SLUGS = ["", "bad slug", "bad/slug", "zażółć", "slug\n", "slug.html", "a%20b", "..", "slug?x=1"]
BAD_WEB_ADDRESSES = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.org/",
    "//example.org/",
    "example.org",
    "https://",
    "mailto:",
    " https://example.org/",
    "https://example.org/a b",
    "https://example.org/\t",
    "https://example.org/\x07",
    'https://example.org/"onmouseover="alert(1)',
    "https://example.org/<script>",
    "https://example.org/{x}",
    "https://example.org/a\\b",
    "https://example.org/a[1]",
    "https://example.org/%zz",
    "https://example.org/#a#b",
    "https://zażółć.pl/",
    "https://example.org/ścieżka",
]
GOOD_WEB_ADDRESSES = [
    "https://example.org",
    "http://example.org/a/b?c=d&e=f;g#h",
    "HTTPS://EXAMPLE.ORG/",
    "https://xn--zaw-6sa8e3z.pl/%C5%9Bcie%C5%BCka",
    "https://user@example.org:8443/~a/(b)/*,$!'+=:@/?",
    "mailto:info@example.org?subject=Hello%20there",
]


def columns(field_class):
    """(model, field) of every column of the kind in the content models (history copies aside:
    they keep what rows were, not what pages show)."""
    return [
        (model, field)
        for model in apps.get_models()
        if model._meta.app_label in CONTENT_APPS and not issubclass(model, HistoricalChanges)
        for field in model._meta.concrete_fields
        if type(field) is field_class
    ]


SLUG_COLUMNS = columns(models.SlugField)
URL_COLUMNS = columns(models.URLField)


def column_id(column):
    model, field = column
    return f"{model._meta.label}.{field.name}"


def written_with_sql(row, field, value):
    """Whether PostgreSQL takes `value` into the row's column by a raw UPDATE."""
    table, column = row._meta.db_table, field.column
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f'UPDATE "{table}" SET "{column}" = %s WHERE id = %s', [value, row.pk])
    except IntegrityError:
        return False
    return True


def accepted(row, field, values, write):
    """The values among `values` that `write(row, field, value)` gets into the database."""
    taken = []
    for value in values:
        try:
            with transaction.atomic():
                write(row, field, value)
        except IntegrityError:
            continue
        taken.append(value)
    return taken


def saved(row, field, value):
    setattr(row, field.name, value)
    row.save()


def updated(row, field, value):
    type(row)._base_manager.filter(pk=row.pk).update(**{field.name: value})


def test_the_columns_are_those_of_the_models():
    assert sorted(map(column_id, SLUG_COLUMNS)) == [
        "events.Event.slug",
        "portal.City.slug",
        "portal.NewsItem.slug",
        "portal.Page.slug",
        "portal.Theme.slug",
        "practices.GoodPractice.slug",
        "projects.Organisation.slug",
        "projects.Programme.slug",
        "projects.Project.slug",
    ]
    assert sorted(map(column_id, URL_COLUMNS)) == [
        "practices.PracticeLink.url",
        "projects.Organisation.website",
        "projects.Programme.website",
        "projects.Project.website",
    ]


@pytest.mark.parametrize("column", SLUG_COLUMNS, ids=column_id)
def test_a_slug_no_address_can_hold_is_refused_however_it_is_written(column):
    model, field = column
    row = ROW_FACTORIES[model]()

    assert [value for value in BAD_SLUGS if written_with_sql(row, field, value)] == []
    assert accepted(row, field, BAD_SLUGS, saved) == []
    assert accepted(row, field, BAD_SLUGS, updated) == []
    assert accepted(row, field, ["a", "Slug_2-b", "0"], updated) == ["a", "Slug_2-b", "0"]


@pytest.mark.parametrize("column", URL_COLUMNS, ids=column_id)
def test_a_web_address_other_than_http_https_or_mailto_is_refused_however_it_is_written(column):
    model, field = column
    row = ROW_FACTORIES[model]()
    allowed = [*GOOD_WEB_ADDRESSES, ""] if field.blank else GOOD_WEB_ADDRESSES

    assert [value for value in BAD_WEB_ADDRESSES if written_with_sql(row, field, value)] == []
    assert accepted(row, field, BAD_WEB_ADDRESSES, saved) == []
    assert accepted(row, field, BAD_WEB_ADDRESSES, updated) == []
    assert accepted(row, field, allowed, saved) == allowed
    assert accepted(row, field, allowed, updated) == allowed


def test_a_required_web_address_may_not_be_empty():
    link = factories.PracticeLinkFactory()
    field = PracticeLink._meta.get_field("url")

    assert written_with_sql(link, field, "") is False


@pytest.mark.parametrize(
    ("language", "slug_message", "address_message"),
    [
        (
            "en",
            "The slug may contain only unaccented letters, digits, hyphens and underscores.",
            "The address must start with http://, https:// or mailto: and contain no spaces; "
            "write other characters percent-encoded.",
        ),
        (
            "pl",
            "Slug może zawierać tylko litery bez znaków diakrytycznych, cyfry, łączniki "
            "i podkreślenia.",
            "Adres musi zaczynać się od http://, https:// lub mailto: i nie może zawierać spacji; "
            "inne znaki zapisz w kodowaniu procentowym.",
        ),
        (
            "cs",
            "Slug smí obsahovat jen písmena bez diakritiky, číslice, spojovníky a podtržítka.",
            "Adresa musí začínat http://, https:// nebo mailto: a nesmí obsahovat mezery; "
            "ostatní znaky zapište procentovým kódováním.",
        ),
    ],
)
def test_full_clean_names_the_broken_rule_in_the_editors_language(
    language, slug_message, address_message
):
    organisation = factories.OrganisationFactory.build(
        city=factories.CityFactory(), slug="ok", website="https://zażółć.pl/"
    )
    with translation.override(language):
        with pytest.raises(ValidationError) as address_refused:
            organisation.full_clean()
        # The slug field's own check, the same rule, speaks first in forms; then this.
        organisation.slug, organisation.website = "bad slug", ""
        with pytest.raises(ValidationError) as slug_refused:
            organisation.validate_constraints()

        assert address_refused.value.message_dict == {"__all__": [address_message]}
        assert slug_refused.value.message_dict == {"__all__": [slug_message]}
