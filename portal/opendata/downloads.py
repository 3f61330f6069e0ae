"""Every public list as a file, CSV or JSON: the page's filters and order, the visitor's language.

A download reads its rows in one query through a server-side cursor and writes each as it reads
it, so its memory does not grow with the list and it costs the same queries for ten rows as for
100,000. Names of related rows (themes, partners, projects) come as arrays from subqueries of
that one query, published rows only. Texts are those the page shows: the visitor's language, or
its fallbacks (MODELTRANSLATION_FALLBACK_LANGUAGES). Downloads are streamed, so the page cache
never keeps them (portal/operations/caching.py); their address carries the language and the filters.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, QuerySet, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import resolution_order

from events.filters import EventFilter
from events.models import Event
from portal.content.filtering import in_language_order
from portal.content.spreadsheets import formula_escaped
from portal.models import City, Country, NewsItem, PublicationStatus, Theme
from portal.sitewide.maps import cities_on_map
from portal.sitewide.topics import programmes_with_counts, themes_with_counts
from portal.transfers.filters import TransferFilter
from portal.transfers.models import Transfer
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import Organisation, PartnerRole, Programme, Project

PUBLISHED = PublicationStatus.PUBLISHED
# Several names in one CSV cell are separated by this.
NAME_SEPARATOR = "; "


def licence():
    """The licence under which the data may be reused: {"name": ..., "url": ...}."""
    return {"name": settings.OPEN_DATA_LICENCE_NAME, "url": settings.OPEN_DATA_LICENCE_URL}


def in_language(field):
    """A translated column as the page shows it: the active language's text, else its fallbacks'."""
    codes = resolution_order(translation.get_language() or settings.LANGUAGE_CODE)
    texts = (NullIf(f"{field}_{code}", Value("")) for code in codes)
    return Coalesce(*texts, output_field=TextField())


def programme_name():
    """A programme's name as str() gives it: its short name, else its name."""
    return Coalesce(in_language("short_name"), in_language("name"), output_field=TextField())


def project_name():
    """A project's name as str() gives it: its acronym, else its title."""
    return Coalesce(NullIf("acronym", Value("")), in_language("title"), output_field=TextField())


def names(rows, name):
    """The distinct `name`s of `rows` (a queryset filtered on OuterRef("pk")), sorted, as an
    array column of the outer query."""
    return ArraySubquery(
        rows.order_by().annotate(shown=name).values("shown").distinct().order_by("shown")
    )


def published_or_none(related):
    """A related row (a project, a programme) only if it is published."""
    return related if related is not None and related.is_published else None


@dataclass(frozen=True)
class Column:
    """One column of a download: `key` in JSON, `label` as the CSV header, `value` of a row."""

    key: str
    label: Promise
    value: Callable


def field(key, label, attribute=None):
    """A column of a row's attribute (dotted for related rows: "city.name")."""
    path = (attribute or key).split(".")

    def value(row):
        for name in path:
            row = getattr(row, name) if row is not None else None
        return row

    return Column(key, label, value)


def text(value):
    return None if value is None else str(value)


def number(value):
    """A decimal as JSON and spreadsheets read a number: whole when it is whole."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def local_date(moment):
    return timezone.localtime(moment).date() if moment else None


def page_address(row):
    return row.get_absolute_url()


def url_column():
    return Column("url", _("Address"), page_address)


@dataclass(frozen=True)
class Listing:
    """A public list that can be downloaded: `rows(request)` with the page's filters."""

    name: str
    title: Promise
    page: str
    rows: Callable
    columns: list


def faceted(filterset_class, queryset, request):
    """The rows of a faceted list as its page finds and orders them; a bad value is ignored."""
    return filterset_class(request.GET, queryset=queryset, request=request).qs


def practices(request):
    rows = faceted(
        PracticeFilter, GoodPractice.objects.published().select_related("city__country"), request
    )
    return rows.annotate(
        theme_names=names(Theme.objects.filter(practices=OuterRef("pk")), in_language("name")),
        programme_names=names(
            # One filter(): the project that links the programme is published itself.
            Programme.objects.filter(
                status=PUBLISHED, projects__status=PUBLISHED, projects__practices=OuterRef("pk")
            ),
            programme_name(),
        ),
        project_names=names(
            Project.objects.published().filter(practices=OuterRef("pk")), project_name()
        ),
        organisation_names=names(
            Organisation.objects.published().filter(practices=OuterRef("pk")), in_language("name")
        ),
    )


def projects(request):
    rows = faceted(ProjectFilter, Project.objects.published().select_related("programme"), request)
    organisations = Organisation.objects.published().filter(partnerships__project=OuterRef("pk"))
    return rows.annotate(
        city_names=names(City.objects.filter(projects=OuterRef("pk")), in_language("name")),
        country_names=names(
            Country.objects.filter(cities__projects=OuterRef("pk")), in_language("name")
        ),
        theme_names=names(Theme.objects.filter(projects=OuterRef("pk")), in_language("name")),
        lead_organisation_names=names(
            Organisation.objects.published().filter(
                partnerships__project=OuterRef("pk"), partnerships__role=PartnerRole.LEAD
            ),
            in_language("name"),
        ),
        organisation_names=names(organisations, in_language("name")),
    )


def organisations(request):
    published = Organisation.objects.published().select_related("city__country")
    rows = faceted(OrganisationFilter, published, request)
    return rows.annotate(
        project_names=names(
            Project.objects.published().filter(partnerships__organisation=OuterRef("pk")),
            project_name(),
        )
    )


def events(request):
    rows = faceted(
        EventFilter,
        Event.objects.published().select_related("city__country", "visitors_from", "project"),
        request,
    )
    return rows.annotate(
        organisation_names=names(
            Organisation.objects.published().filter(events=OuterRef("pk")), in_language("name")
        ),
        practice_names=names(
            GoodPractice.objects.published().filter(events=OuterRef("pk")), in_language("title")
        ),
    )


def news(request):
    return NewsItem.objects.published().select_related("project")


def cities(request):
    return cities_on_map(in_language_order("country__name"), in_language_order("name"), "pk")


def themes(request):
    return themes_with_counts(in_language_order("name"), "pk")


def programmes(request):
    return programmes_with_counts().order_by("-period_start", "-period_end", "slug")


def transfers(request):
    rows = Transfer.objects.published().select_related(
        "source__city__country", "city__country", "organisation", "adopted_practice"
    )
    rows = TransferFilter(request.GET, queryset=rows, request=request).qs.order_by("pk")
    return rows.annotate(
        event_names=names(
            Event.objects.published().filter(transfers=OuterRef("pk")), in_language("title")
        )
    )


SLUG = field("slug", _("Identifier (slug)"))
TITLE = field("title", _("Title"))
NAME = field("name", _("Name"))
SUMMARY = field("summary", _("Summary"))
CITY = field("city", _("City"), "city.name")
COUNTRY = field("country", _("Country"), "city.country.name")
START_DATE = field("start_date", _("Start date"))
END_DATE = field("end_date", _("End date"))
THEMES = field("themes", _("Themes"), "theme_names")
WEBSITE = field("website", _("Website"))
PRACTICE_COUNT = field("practice_count", _("Number of good practices"))
PROJECT_COUNT = field("project_count", _("Number of projects"))

LISTINGS = {
    listing.name: listing
    for listing in [
        Listing(
            name="practices",
            title=_("Good practices"),
            page="practices:list",
            rows=practices,
            columns=[
                SLUG,
                TITLE,
                SUMMARY,
                CITY,
                COUNTRY,
                field("year_start", _("Since (year)")),
                field("year_end", _("Until (year)")),
                Column("period", _("Period"), lambda row: text(row.period)),
                THEMES,
                field("programmes", _("Programmes"), "programme_names"),
                field("projects", _("Projects"), "project_names"),
                field("organisations", _("Implementing organisations"), "organisation_names"),
                Column("published", _("First published"), lambda row: local_date(row.published_at)),
                Column(
                    "last_reviewed", _("Last reviewed"), lambda row: local_date(row.reviewed_at)
                ),
                Column("stale", _("Review overdue"), lambda row: row.is_stale),
                url_column(),
            ],
        ),
        Listing(
            name="projects",
            title=_("Projects"),
            page="projects:list",
            rows=projects,
            columns=[
                SLUG,
                field("acronym", _("Acronym")),
                TITLE,
                SUMMARY,
                Column(
                    "programme",
                    _("Programme"),
                    lambda row: text(published_or_none(row.programme)),
                ),
                field("registration_number", _("Registration number")),
                START_DATE,
                END_DATE,
                Column("total_budget", _("Total budget (EUR)"), lambda r: number(r.total_budget)),
                Column(
                    "eu_cofinancing", _("EU co-financing (EUR)"), lambda r: number(r.eu_cofinancing)
                ),
                field("cities", _("Cities"), "city_names"),
                field("countries", _("Countries"), "country_names"),
                THEMES,
                Column(
                    "lead_partner",
                    _("Lead partner"),
                    lambda row: (
                        row.lead_organisation_names[0] if row.lead_organisation_names else None
                    ),
                ),
                field("partners", _("Partners"), "organisation_names"),
                WEBSITE,
                url_column(),
            ],
        ),
        Listing(
            name="partners",
            title=_("Partners"),
            page="partners:list",
            rows=organisations,
            columns=[
                SLUG,
                NAME,
                Column("kind", _("Kind"), lambda row: text(row.get_kind_display())),
                CITY,
                COUNTRY,
                WEBSITE,
                field("projects", _("Projects"), "project_names"),
                url_column(),
            ],
        ),
        Listing(
            name="events",
            title=_("Events"),
            page="events:list",
            rows=events,
            columns=[
                SLUG,
                TITLE,
                Column("kind", _("Kind"), lambda row: text(row.get_kind_display())),
                START_DATE,
                END_DATE,
                CITY,
                COUNTRY,
                field("venue", _("Venue")),
                field("visitors_from", _("Visitors from"), "visitors_from.name"),
                field("participants", _("Number of participants")),
                Column("project", _("Project"), lambda row: text(published_or_none(row.project))),
                field("organisations", _("Organisations taking part"), "organisation_names"),
                field("practices", _("Good practices presented"), "practice_names"),
                SUMMARY,
                url_column(),
            ],
        ),
        Listing(
            name="news",
            title=_("News"),
            page="news:list",
            rows=news,
            columns=[
                SLUG,
                TITLE,
                field("date", _("Date")),
                SUMMARY,
                Column("project", _("Project"), lambda row: text(published_or_none(row.project))),
                url_column(),
            ],
        ),
        Listing(
            name="cities",
            title=_("Cities"),
            page="cities:list",
            rows=cities,
            columns=[
                SLUG,
                NAME,
                field("country", _("Country"), "country.name"),
                field("region", _("Region")),
                field("agglomeration", _("Agglomeration")),
                Column("latitude", _("Latitude"), lambda row: number(row.latitude)),
                Column("longitude", _("Longitude"), lambda row: number(row.longitude)),
                PRACTICE_COUNT,
                PROJECT_COUNT,
                field("event_count", _("Number of events")),
                url_column(),
            ],
        ),
        Listing(
            name="themes",
            title=_("Themes"),
            page="themes:list",
            rows=themes,
            columns=[SLUG, NAME, PRACTICE_COUNT, PROJECT_COUNT, url_column()],
        ),
        Listing(
            name="programmes",
            title=_("Programmes"),
            page="programmes:list",
            rows=programmes,
            columns=[
                SLUG,
                NAME,
                field("short_name", _("Short name")),
                field("period_start", _("Period from")),
                field("period_end", _("Period to")),
                Column("fund", _("Fund"), lambda row: text(row.get_fund_display())),
                WEBSITE,
                PROJECT_COUNT,
                PRACTICE_COUNT,
                url_column(),
            ],
        ),
        Listing(
            name="transfers",
            title=_("Transfers"),
            page="practices:list",
            rows=transfers,
            columns=[
                field("id", _("Number")),
                field("practice", _("Good practice taken up"), "source.title"),
                field("practice_slug", _("Good practice taken up (slug)"), "source.slug"),
                field("practice_city", _("City of the good practice"), "source.city.name"),
                CITY,
                COUNTRY,
                Column(
                    "organisation",
                    _("Adopting organisation"),
                    lambda row: text(published_or_none(row.organisation)),
                ),
                Column(
                    "adopted_practice",
                    _("Adopted practice"),
                    lambda row: text(published_or_none(row.adopted_practice)),
                ),
                Column("stage", _("Stage"), lambda row: text(row.get_stage_display())),
                field("learning_since", _("Learning since")),
                field("adapting_since", _("Adapting since")),
                field("implemented_since", _("Implemented since")),
                field("events", _("Study visits and internships"), "event_names"),
                field("note", _("Note")),
                url_column(),
            ],
        ),
    ]
}


def each_row(rows):
    """The rows one at a time: a queryset through a server-side cursor, a chunk at a time."""
    if isinstance(rows, QuerySet):
        return rows.iterator(chunk_size=settings.OPEN_DATA_CHUNK_SIZE)
    return iter(rows)


def record(listing, row, absolute):
    """A row as {key: value}; lists stay lists, the page's address is absolute."""
    values = {}
    for column in listing.columns:
        value = column.value(row)
        if column.key == "url":
            value = absolute(value)
        elif isinstance(value, Decimal):
            value = number(value)
        elif isinstance(value, Promise):
            value = str(value)
        values[column.key] = value
    return values


def spreadsheet_cell(value):
    """A value as a CSV cell: names joined, dates in ISO 8601, text that a spreadsheet would run
    as a formula made plain text by a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = NAME_SEPARATOR.join(str(item) for item in value)
    if isinstance(value, int | float):
        return value
    return formula_escaped(value.isoformat() if hasattr(value, "isoformat") else str(value))
