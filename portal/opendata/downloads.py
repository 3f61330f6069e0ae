"""Every public list as a file, CSV or JSON: the page's filters and order, the visitor's language.

The long lists (practices, projects, partners, events, news, transfers) are written by
PostgreSQL: the page's queryset, with each column as an SQL expression, is compiled to one
`COPY (SELECT ...) TO STDOUT` whose rows are CSV lines, or JSON objects from
json_build_object(), and the view passes the database's bytes on in pieces. No row becomes a
Python object, so 100,000 rows take seconds and the memory does not grow with the list; the
queries are the same for ten rows as for 100,000. Names of related rows (themes, partners,
projects) come as arrays, published rows only: each relation is read once for the list's rows,
grouped per row, and joined (a WITH query: `with_related()`); a subquery per row would run
100,000 times. Rich texts come as
plain text (portal/db/rich_text.py); CSV cells that a spreadsheet would run are escaped in SQL
(portal/content/spreadsheets.py). Texts are those the page shows: the visitor's language, or its
fallbacks (MODELTRANSLATION_FALLBACK_LANGUAGES). The short lists (cities, themes, programmes,
whose counts are merged in Python) are written row by row. Downloads are streamed, so the page
cache never keeps them (portal/operations/caching.py); their address carries the language and
the filters.
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import FieldDoesNotExist
from django.db import connections, transaction
from django.db.models import (
    BooleanField,
    Case,
    ExpressionWrapper,
    F,
    Func,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Concat, NullIf, Replace, TruncDate
from django.db.models.sql.constants import LOUTER
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_cte import CTE, with_cte
from modeltranslation.utils import resolution_order

from events.filters import EventFilter
from events.models import Event, EventKind
from portal.content.filtering import in_language_order
from portal.content.spreadsheets import formula_escaped, formula_escaped_sql
from portal.db.addresses import SLUG_PATTERN, has_address
from portal.db.rich_text import rich_text_plain_sql
from portal.models import NewsItem, PublicationStatus
from portal.operations.deadlines import QUERY_GRACE_SECONDS, deadline
from portal.sitewide.maps import cities_on_map
from portal.sitewide.topics import programmes_with_counts, themes_with_counts
from portal.transfers.filters import TransferFilter
from portal.transfers.models import Transfer, TransferStage
from practices.filters import PracticeFilter
from practices.models import GoodPractice, PracticeDocument, PracticeLink, stale_age
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import (
    Organisation,
    OrganisationKind,
    PartnerRole,
    Partnership,
    Programme,
    Project,
)

PUBLISHED = PublicationStatus.PUBLISHED
# Several names in one CSV cell are separated by this.
NAME_SEPARATOR = "; "
# A slug no page has, to cut a reversed address into what comes before and after the slug.
SLUG_MARK = "slug-mark-0"


def licence():
    """The licence under which the data may be reused: {"name": ..., "url": ...}."""
    return {"name": settings.OPEN_DATA_LICENCE_NAME, "url": settings.OPEN_DATA_LICENCE_URL}


def in_language(field):
    """A translated column as the page shows it: the active language's text, else its fallbacks'."""
    codes = resolution_order(translation.get_language() or settings.LANGUAGE_CODE)
    texts = (NullIf(f"{field}_{code}", Value("")) for code in codes)
    return Coalesce(*texts, output_field=TextField())


def programme_name(prefix=""):
    """A programme's name as str() gives it: its short name, else its name."""
    return Coalesce(
        in_language(f"{prefix}short_name"), in_language(f"{prefix}name"), output_field=TextField()
    )


def project_name(prefix=""):
    """A project's name as str() gives it: its acronym, else its title."""
    return Coalesce(
        NullIf(f"{prefix}acronym", Value("")),
        in_language(f"{prefix}title"),
        output_field=TextField(),
    )


@dataclass(frozen=True)
class Related:
    """Rows related to those of a list, each with `key`, the id of the list's row it belongs to:
    their `name`s, distinct and sorted, or all of them in `order`."""

    rows: QuerySet
    key: str
    name: object
    order: tuple = ()


def with_related(rows, **related):
    """`rows` with an array column of names for each `Related`: each relation read once, only
    for the rows of `rows`, grouped per row and joined (a WITH query), not a subquery per row."""
    # The list's own query in each relation's, rather than one WITH of the chosen ids that all
    # read: PostgreSQL materializes such a WITH, and its scan keeps the plan from running in
    # parallel (docs/performance.md, "Downloads").
    chosen = rows.order_by().values("pk")
    ctes = []
    for column, relation in related.items():
        if relation.order:
            names = ArrayAgg(relation.name, order_by=relation.order)
        else:
            names = ArrayAgg(relation.name, distinct=True, order_by=relation.name)
        grouped = CTE(
            relation.rows.filter(**{f"{relation.key}__in": chosen})
            .order_by()
            .values(relation.key)
            .annotate(names=names),
            name=f"{column}_grouped",
        )
        ctes.append(grouped)
        rows = grouped.join(rows, pk=getattr(grouped.col, relation.key), _join_type=LOUTER)
        # A row with none has no group: an empty array, as a subquery would give.
        none = Value([], output_field=ArrayField(TextField()))
        rows = rows.annotate(**{column: Coalesce(grouped.col.names, none)})
    return with_cte(*ctes, select=rows)


def literal(text):
    """A constant text in SQL (a parameter)."""
    return Value(text, output_field=TextField())


def if_published(relation, name):
    """`name` of a related row (a project, a programme) only if that row is published."""
    return Case(When(**{f"{relation}__status": PUBLISHED}, then=name), output_field=TextField())


# How a column's value is written: text (escaped in CSV), an array of names (joined in CSV), a
# number (whole when it is whole), a date (ISO 8601), yes or no, or an address on the site.
TEXT, NAMES, NUMBER, DATE, YES_NO, ADDRESS = "text", "names", "number", "date", "yes_no", "address"


@dataclass(frozen=True)
class Column:
    """One column of a download: `key` in JSON, `label` as the CSV header, `value(site)` the SQL
    expression of a row's value in the active language (`site`: the absolute address of "/"
    without its slash), written as its `kind` says."""

    key: str
    label: Promise
    value: Callable
    kind: str = TEXT


def plain(field_name):
    return lambda site: F(field_name)


def translated(field_name):
    return lambda site: in_language(field_name)


def rich_text(field_name):
    """A rich text in the active language as plain text, as excerpts show it."""
    return lambda site: rich_text_plain_sql(in_language(field_name))


def local_date(field_name):
    """The date of a moment in the portal's time zone."""
    return lambda site: TruncDate(field_name, tzinfo=timezone.get_current_timezone())


def choice_label(field_name, choices):
    """The label of a choice in the active language."""

    def value(site):
        labels = [When(**{field_name: choice}, then=Value(str(label))) for choice, label in choices]
        return Case(*labels, output_field=TextField())

    return value


def cut_address(viewname, **marks):
    """A reversed address cut at each of `marks`' values: the constant pieces around them."""
    address = reverse(viewname, kwargs=marks)
    pieces = []
    for mark in marks.values():
        before, address = address.split(str(mark), 1)
        pieces.append(before)
    return [*pieces, address]


def page_address(viewname, slug="slug", suffix=()):
    """The absolute address of a row's page: `viewname` with the row's `slug`."""

    def value(site):
        before, after = cut_address(viewname, slug=SLUG_MARK)
        return Concat(
            literal(site + before), F(slug), literal(after), *suffix, output_field=TextField()
        )

    return value


def practice_period(site):
    """GoodPractice.period: "since 2016", "2016" or "2016-2019" with an en dash."""
    start = Cast("year_start", TextField())
    since = Replace(Value(str(_("since %(year)s"))), Value("%(year)s"), start)
    return Case(
        When(year_end__isnull=True, then=since),
        When(year_end=F("year_start"), then=start),
        default=Concat(start, literal("–"), Cast("year_end", TextField())),
        output_field=TextField(),
    )


def practice_is_stale(site):
    """GoodPractice.is_stale: reviewed, but not for PRACTICE_STALE_DAYS."""
    overdue = Q(reviewed_at__isnull=False, reviewed_at__lt=timezone.now() - stale_age())
    return ExpressionWrapper(overdue, output_field=BooleanField())


def practice_documents(site):
    """The addresses of the practice's documents, in their order on its page."""
    before, middle, after = cut_address("practices:document", slug=SLUG_MARK, document_pk=987654)
    return Concat(
        literal(site + before),
        F("practice__slug"),
        literal(middle),
        Cast("pk", TextField()),
        literal(after),
        output_field=TextField(),
    )


def csv_cell(column, site):
    """The SQL of a column as CSV writes it: text only, none of it a formula."""
    value = column.value(site)
    if column.kind == NAMES:
        value = Func(value, Value(NAME_SEPARATOR), function="array_to_string")
    if column.kind in (TEXT, NAMES):
        return formula_escaped_sql(value)
    if column.kind == NUMBER:
        return Func(value, template="trim_scale((%(expressions)s)::numeric)")
    if column.kind == DATE:
        return Func(value, Value("YYYY-MM-DD"), function="to_char", output_field=TextField())
    if column.kind == YES_NO:
        # As Python writes a bool, as the downloads always have.
        return Func(value, template="CASE WHEN %(expressions)s THEN 'True' ELSE 'False' END")
    return value


def json_value(column, site):
    """The SQL of a column as JSON writes it: arrays, numbers, dates and booleans as such."""
    value = column.value(site)
    if column.kind == NUMBER:
        return Func(value, template="trim_scale((%(expressions)s)::numeric)")
    return value


def json_row(columns, site):
    """A row as one JSON object, its keys in the columns' order."""
    pairs = [part for column in columns for part in (Value(column.key), json_value(column, site))]
    return Func(*pairs, function="json_build_object", output_field=TextField())


# Each line of a COPY in CSV is a row. For JSON, the one column is a JSON object: with quote and
# delimiter characters that PostgreSQL's JSON never holds (it escapes control characters), CSV
# never quotes it, and the line is the object as written.
COPY_OPTIONS = {
    "csv": "FORMAT csv",
    "json": r"FORMAT csv, QUOTE E'\x01', DELIMITER E'\x02'",
}


def with_addresses(rows):
    """The rows whose page can be linked to; each row skipped for its slug is named in the log,
    as the pages name theirs (portal/db/addresses.py)."""
    try:
        rows.model._meta.get_field("slug")
    except FieldDoesNotExist:
        return rows
    for pk, slug in rows.exclude(slug__regex=SLUG_PATTERN).values_list("pk", "slug"):
        has_address(rows.model, pk=pk, slug=slug)
    return rows.filter(slug__regex=SLUG_PATTERN)


def download_statement(listing, request, file_format):
    """The COPY statement that writes `listing` as `file_format` (lines of CSV, or a JSON object
    a line) with the page's filters, its parameters, and the database to run it on."""
    rows = with_addresses(listing.rows(request))
    site = site_address(request)
    if file_format == "csv":
        outputs = {f"cell_{i}": csv_cell(column, site) for i, column in enumerate(listing.columns)}
    else:
        outputs = {"json_row": json_row(listing.columns, site)}
    # Django's values(): modeltranslation's would add every language's column for its fallbacks.
    selected = QuerySet.values(rows, **outputs)
    sql, params = selected.query.get_compiler(using=rows.db).as_sql()
    return f"COPY ({sql}) TO STDOUT WITH ({COPY_OPTIONS[file_format]})", tuple(params), rows.db


def copied_lines(statement, params, using):
    """The lines a COPY statement writes, as the database sends them. The parameters are bound
    here, on the client, as Django binds them for every query (which logs it in tests and with
    DEBUG on).

    The COPY runs in a transaction of its own, under OPEN_DATA_DOWNLOAD_SECONDS instead of the
    pages' statement_timeout: it is one statement for the whole file, and lasts as long as the
    file takes to send. A download left unread (the visitor went away: the response is closed,
    and so this generator) cancels the COPY, and the transaction is rolled back, so the
    connection is ready for the next request.
    """
    connection = connections[using]
    seconds = settings.OPEN_DATA_DOWNLOAD_SECONDS
    with transaction.atomic(using=using), connection.cursor() as cursor:
        # Local to the transaction: the pages' limit is back once it ends, however it ends.
        cursor.execute(
            "SELECT set_config('statement_timeout', %s, true)", [f"{round(seconds * 1000)}ms"]
        )
        # A server that stops answering mid-file cuts the connection shortly after the server's
        # own limit would have ended the COPY (portal/operations/deadlines.py).
        limit = seconds + QUERY_GRACE_SECONDS if seconds else None
        with (
            deadline(connection.connection, limit),
            cursor.copy(connection.ops.compose_sql(statement, params)) as copy,
        ):
            yield from copy


@dataclass(frozen=True)
class Listing:
    """A public list that can be downloaded: `rows(request)` with the page's filters."""

    name: str
    title: Promise
    page: str
    rows: Callable
    columns: list

    @property
    def in_database(self):
        """Whether PostgreSQL writes the file (a COPY), rather than Python row by row."""
        return all(isinstance(column, Column) for column in self.columns)


def site_address(request):
    """The absolute address of "/", without its slash: what a page's path follows."""
    return request.build_absolute_uri("/").removesuffix("/")


def faceted(filterset_class, queryset, request):
    """The rows of a faceted list as its page finds and orders them; a bad value is ignored."""
    return filterset_class(request.GET, queryset=queryset, request=request).qs


def practices(request):
    rows = faceted(PracticeFilter, GoodPractice.objects.published(), request)
    links = GoodPractice.themes.through.objects
    projects = GoodPractice.projects.through.objects.filter(project__in=Project.objects.published())
    return with_related(
        rows,
        theme_names=Related(links, "goodpractice_id", in_language("theme__name")),
        programme_names=Related(
            # The programme of a published project, itself published.
            projects.filter(project__programme__in=Programme.objects.published()),
            "goodpractice_id",
            programme_name("project__programme__"),
        ),
        project_names=Related(projects, "goodpractice_id", project_name("project__")),
        organisation_names=Related(
            GoodPractice.organisations.through.objects.filter(
                organisation__in=Organisation.objects.published()
            ),
            "goodpractice_id",
            in_language("organisation__name"),
        ),
        link_urls=Related(PracticeLink.objects, "practice_id", F("url"), order=("position", "pk")),
        document_addresses=Related(
            PracticeDocument.objects,
            "practice_id",
            practice_documents(site_address(request)),
            order=("position", "pk"),
        ),
    )


def projects(request):
    rows = faceted(ProjectFilter, Project.objects.published(), request)
    cities = Project.cities.through.objects
    partners = Partnership.objects.filter(organisation__in=Organisation.objects.published())
    return with_related(
        rows,
        city_names=Related(cities, "project_id", in_language("city__name")),
        country_names=Related(cities, "project_id", in_language("city__country__name")),
        theme_names=Related(
            Project.themes.through.objects, "project_id", in_language("theme__name")
        ),
        lead_organisation_names=Related(
            partners.filter(role=PartnerRole.LEAD),
            "project_id",
            in_language("organisation__name"),
        ),
        organisation_names=Related(partners, "project_id", in_language("organisation__name")),
    )


def organisations(request):
    rows = faceted(OrganisationFilter, Organisation.objects.published(), request)
    return with_related(
        rows,
        project_names=Related(
            Partnership.objects.filter(project__in=Project.objects.published()),
            "organisation_id",
            project_name("project__"),
        ),
    )


def events(request):
    rows = faceted(EventFilter, Event.objects.published(), request)
    return with_related(
        rows,
        organisation_names=Related(
            Event.organisations.through.objects.filter(
                organisation__in=Organisation.objects.published()
            ),
            "event_id",
            in_language("organisation__name"),
        ),
        practice_names=Related(
            Event.practices.through.objects.filter(
                goodpractice__in=GoodPractice.objects.published()
            ),
            "event_id",
            in_language("goodpractice__title"),
        ),
    )


def news(request):
    return NewsItem.objects.published()


def cities(request):
    return cities_on_map(in_language_order("country__name"), in_language_order("name"), "pk")


def themes(request):
    return themes_with_counts(in_language_order("name"), "pk")


def programmes(request):
    return programmes_with_counts().order_by("-period_start", "-period_end", "slug")


def transfers(request):
    rows = TransferFilter(request.GET, queryset=Transfer.objects.published(), request=request).qs
    return with_related(
        rows.order_by("pk"),
        event_names=Related(
            Transfer.events.through.objects.filter(event__in=Event.objects.published()),
            "transfer_id",
            in_language("event__title"),
        ),
    )


SLUG = Column("slug", _("Identifier (slug)"), plain("slug"))
TITLE = Column("title", _("Title"), translated("title"))
NAME = Column("name", _("Name"), translated("name"))
SUMMARY = Column("summary", _("Summary"), translated("summary"))
CITY = Column("city", _("City"), translated("city__name"))
COUNTRY = Column("country", _("Country"), translated("city__country__name"))
START_DATE = Column("start_date", _("Start date"), plain("start_date"), DATE)
END_DATE = Column("end_date", _("End date"), plain("end_date"), DATE)
THEMES = Column("themes", _("Themes"), plain("theme_names"), NAMES)
WEBSITE = Column("website", _("Website"), plain("website"))


def related_project(site):
    return if_published("project", project_name("project__"))


# The short lists, written row by row in Python: their counts are merged in Python.


@dataclass(frozen=True)
class RowColumn:
    """A column of a short list: `key` in JSON, `label` as the CSV header, `value` of a row."""

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

    return RowColumn(key, label, value)


def text(value):
    return None if value is None else str(value)


def number(value):
    """A decimal as JSON and spreadsheets read a number: whole when it is whole."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def url_column():
    return RowColumn("url", _("Address"), lambda row: row.get_absolute_url())


ROW_SLUG = field("slug", _("Identifier (slug)"))
ROW_NAME = field("name", _("Name"))
WEBSITE_FIELD = field("website", _("Website"))
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
                Column("year_start", _("Since (year)"), plain("year_start"), NUMBER),
                Column("year_end", _("Until (year)"), plain("year_end"), NUMBER),
                Column("period", _("Period"), practice_period),
                THEMES,
                Column("programmes", _("Programmes"), plain("programme_names"), NAMES),
                Column("projects", _("Projects"), plain("project_names"), NAMES),
                Column(
                    "organisations",
                    _("Implementing organisations"),
                    plain("organisation_names"),
                    NAMES,
                ),
                Column("published", _("First published"), local_date("published_at"), DATE),
                Column("last_reviewed", _("Last reviewed"), local_date("reviewed_at"), DATE),
                Column("stale", _("Review overdue"), practice_is_stale, YES_NO),
                Column("url", _("Address"), page_address("practices:detail"), ADDRESS),
                Column("problem", _("Context and problem"), rich_text("problem")),
                Column("solution", _("Solution"), rich_text("solution")),
                Column("results", _("Results"), rich_text("results")),
                Column("resources", _("Resources used"), rich_text("resources")),
                Column("transferability", _("Transferability"), rich_text("transferability")),
                Column("latitude", _("Latitude"), plain("city__latitude"), NUMBER),
                Column("longitude", _("Longitude"), plain("city__longitude"), NUMBER),
                Column("links", _("Links"), plain("link_urls"), NAMES),
                Column("documents", _("Documents"), plain("document_addresses"), NAMES),
            ],
        ),
        Listing(
            name="projects",
            title=_("Projects"),
            page="projects:list",
            rows=projects,
            columns=[
                SLUG,
                Column("acronym", _("Acronym"), plain("acronym")),
                TITLE,
                SUMMARY,
                Column(
                    "programme",
                    _("Programme"),
                    lambda site: if_published("programme", programme_name("programme__")),
                ),
                Column(
                    "registration_number", _("Registration number"), plain("registration_number")
                ),
                START_DATE,
                END_DATE,
                Column("total_budget", _("Total budget (EUR)"), plain("total_budget"), NUMBER),
                Column(
                    "eu_cofinancing", _("EU co-financing (EUR)"), plain("eu_cofinancing"), NUMBER
                ),
                Column("cities", _("Cities"), plain("city_names"), NAMES),
                Column("countries", _("Countries"), plain("country_names"), NAMES),
                THEMES,
                Column(
                    "lead_partner",
                    _("Lead partner"),
                    lambda site: Func(
                        F("lead_organisation_names"),
                        template="(%(expressions)s)[1]",
                        output_field=TextField(),
                    ),
                ),
                Column("partners", _("Partners"), plain("organisation_names"), NAMES),
                WEBSITE,
                Column("url", _("Address"), page_address("projects:detail"), ADDRESS),
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
                Column("kind", _("Kind"), choice_label("kind", OrganisationKind.choices)),
                CITY,
                COUNTRY,
                WEBSITE,
                Column("projects", _("Projects"), plain("project_names"), NAMES),
                Column("url", _("Address"), page_address("partners:detail"), ADDRESS),
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
                Column("kind", _("Kind"), choice_label("kind", EventKind.choices)),
                START_DATE,
                END_DATE,
                CITY,
                COUNTRY,
                Column("venue", _("Venue"), translated("venue")),
                Column("visitors_from", _("Visitors from"), translated("visitors_from__name")),
                Column("participants", _("Number of participants"), plain("participants"), NUMBER),
                Column("project", _("Project"), related_project),
                Column(
                    "organisations",
                    _("Organisations taking part"),
                    plain("organisation_names"),
                    NAMES,
                ),
                Column("practices", _("Good practices presented"), plain("practice_names"), NAMES),
                SUMMARY,
                Column("url", _("Address"), page_address("events:detail"), ADDRESS),
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
                Column("date", _("Date"), plain("date"), DATE),
                SUMMARY,
                Column("project", _("Project"), related_project),
                Column("url", _("Address"), page_address("news:detail"), ADDRESS),
            ],
        ),
        Listing(
            name="cities",
            title=_("Cities"),
            page="cities:list",
            rows=cities,
            columns=[
                ROW_SLUG,
                ROW_NAME,
                field("country", _("Country"), "country.name"),
                field("region", _("Region")),
                field("agglomeration", _("Agglomeration")),
                RowColumn("latitude", _("Latitude"), lambda row: number(row.latitude)),
                RowColumn("longitude", _("Longitude"), lambda row: number(row.longitude)),
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
            columns=[ROW_SLUG, ROW_NAME, PRACTICE_COUNT, PROJECT_COUNT, url_column()],
        ),
        Listing(
            name="programmes",
            title=_("Programmes"),
            page="programmes:list",
            rows=programmes,
            columns=[
                ROW_SLUG,
                ROW_NAME,
                field("short_name", _("Short name")),
                field("period_start", _("Period from")),
                field("period_end", _("Period to")),
                RowColumn("fund", _("Fund"), lambda row: text(row.get_fund_display())),
                WEBSITE_FIELD,
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
                Column("id", _("Number"), plain("pk"), NUMBER),
                Column("practice", _("Good practice taken up"), translated("source__title")),
                Column("practice_slug", _("Good practice taken up (slug)"), plain("source__slug")),
                Column(
                    "practice_city",
                    _("City of the good practice"),
                    translated("source__city__name"),
                ),
                CITY,
                COUNTRY,
                Column(
                    "organisation",
                    _("Adopting organisation"),
                    lambda site: if_published("organisation", in_language("organisation__name")),
                ),
                Column(
                    "adopted_practice",
                    _("Adopted practice"),
                    lambda site: if_published(
                        "adopted_practice", in_language("adopted_practice__title")
                    ),
                ),
                Column("stage", _("Stage"), choice_label("stage", TransferStage.choices)),
                Column("learning_since", _("Learning since"), plain("learning_since"), DATE),
                Column("adapting_since", _("Adapting since"), plain("adapting_since"), DATE),
                Column(
                    "implemented_since", _("Implemented since"), plain("implemented_since"), DATE
                ),
                Column("events", _("Study visits and internships"), plain("event_names"), NAMES),
                Column("note", _("Note"), translated("note")),
                Column(
                    "url",
                    _("Address"),
                    page_address(
                        "practices:detail",
                        slug="source__slug",
                        suffix=(literal("#transfer-"), Cast("pk", TextField())),
                    ),
                    ADDRESS,
                ),
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
    """A row of a short list as {key: value}; the page's address is absolute."""
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
    """A value as a CSV cell: dates in ISO 8601, text that a spreadsheet would run as a formula
    made plain text by a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, int | float):
        return value
    return formula_escaped(value.isoformat() if hasattr(value, "isoformat") else str(value))
