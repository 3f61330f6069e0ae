"""Site search over published practices, projects, partners and events, run in PostgreSQL.

A result is published content whose weighted document (every language) matches the visitor's
words without regard to diacritics, or that is in a city any of whose names (Polish, Czech or
English) the words match. Only when nothing matches so, titles are matched by trigrams, to
forgive a typo: that walks four trigram indexes, which most searches need not pay for.
Results come in two tiers (see RankedMatches): those with the words in their titles first; at
equal relevance practices come first, then projects, events and partners.
A page of results costs three queries whatever it holds: the count (which also decides between
the words and the typo fallback; kept until content changes, like a list's counts), the ranked
page, and its titles and highlighted snippets. The SQL of the last two is compiled once a process
and run with the visitor's words bound: compiling their expressions cost more than running them.
"""

import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchVector,
)
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Page
from django.db import connection, models
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Case,
    DateTimeField,
    ExpressionWrapper,
    F,
    Func,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, NullIf, Trim
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from modeltranslation.utils import build_localized_fieldname, resolution_order

from events.models import Event
from portal.content.pagination import NearestPaginator
from portal.db.addresses import has_address
from portal.db.rich_text import RichTextField, rich_text_plain_sql
from portal.db.search_indexes import (
    SEARCH_CONFIG,
    SEARCH_TITLE_FIELD,
    full_text_matching,
    joined_text,
    search_query,
    typo_matching,
)
from portal.models import City
from portal.operations.caching import kept_until_content_changes
from practices.models import GoodPractice
from projects.models import Organisation, Project

RESULTS_PER_PAGE = 10

# Private-use characters delimit the matched words until the snippet is escaped.
MATCH_START, MATCH_STOP = "\ue000", "\ue001"
MARKED_MATCH = re.compile(f"{MATCH_START}([^{MATCH_START}{MATCH_STOP}]*){MATCH_STOP}")
# Stand for the visitor's words and a page's keys in the snippets' SQL, compiled once: compiling
# its expressions (three languages' texts and documents) took most of a rare word's page.
WORDS_PARAMETER = "\ue002words\ue003"
KEYS_PARAMETER = [-1]


@dataclass(frozen=True)
class SearchedModel:
    kind: str
    model: type[models.Model]
    title_field: str
    snippet_fields: tuple[str, ...]
    place_field: str  # The city (a foreign key) or cities (many to many) the content is in.
    # The order of the model's "newest" list index: (date, primary key), either descending.
    newest: tuple[str, str]


# In the order results of equal relevance come in.
SEARCHED_MODELS = (
    SearchedModel(
        "practice",
        GoodPractice,
        "title",
        ("summary", "problem", "solution", "results", "resources", "transferability"),
        "city",
        ("-published_at", "-id"),
    ),
    SearchedModel(
        "project",
        Project,
        "title",
        ("summary", "description", "objectives"),
        "cities",
        ("-start_date", "id"),
    ),
    SearchedModel(
        "event",
        Event,
        "title",
        ("summary", "venue", "agenda", "report"),
        "city",
        ("-start_date", "id"),
    ),
    SearchedModel(
        "organisation",
        Organisation,
        "name",
        ("description",),
        "city",
        ("-published_at", "-id"),
    ),
)


@dataclass(frozen=True)
class SearchResult:
    kind: str
    kind_label: str
    title: str
    url: str
    snippet: SafeString
    snippet_language: str


def search_site(
    *, query: str, language: str, page_number=1, per_page: int = RESULTS_PER_PAGE
) -> Page:
    """One page of published content matching `query`, best first, with highlighted snippets.

    `query` must come from `search_terms_clean`; `language` chooses the titles and snippets.
    A `page_number` that is no page gives the nearest page, with a `note` saying so.
    """
    # Counted without ranking, once for every page and language until content changes: a
    # common word matches much of the content.
    typo, count, in_titles = kept_until_content_changes(
        f"search-matches:{hashlib.sha256(query.encode()).hexdigest()}",
        lambda: _count(query),
    )
    paginator = NearestPaginator(RankedMatches(query, typo=typo, in_titles=in_titles), per_page)
    paginator.count = count
    page = paginator.get_page(page_number)
    page.object_list = _results(list(page.object_list), query, language)
    return page


class RankedMatches:
    """The matches best first, in tiers: those whose title has the words, newest first, then
    the others, ranked by their whole document. A page within the first tier reads that tier
    alone, each kind through its index of the newest, so it neither ranks the rest (the whole
    documents of tens of thousands of matches, for a common word) nor reads every title match.
    """

    def __init__(self, query, *, typo, in_titles):
        self.query, self.typo, self.in_titles = query, typo, in_titles

    def __getitem__(self, window):
        if window.stop <= window.start:
            return []
        in_title_tier = not self.typo and window.stop <= self.in_titles
        sql, params = _page_sql(self.typo, window.stop if in_title_tier else None)
        with connection.cursor() as cursor:
            cursor.execute(
                f"{sql} LIMIT %s OFFSET %s",
                [*_bound(params, words=self.query), window.stop - window.start, window.start],
            )
            return cursor.fetchall()


@functools.lru_cache(maxsize=256)
def _page_sql(typo, newest):
    """The SQL and parameters of the matches (see `_matches`) best first, (kind, key) a row,
    with WORDS_PARAMETER for the words (see `_bound`); compiled once a process for each
    `newest`, a page's last position within the title tier."""
    sql, params = _matches(
        WORDS_PARAMETER, typo=typo, ranked=True, newest=newest
    ).query.sql_with_params()
    order = ", ".join(
        f'"{name.lstrip("-")}"{" DESC" if name.startswith("-") else ""}' for name in MATCH_ORDER
    )
    return f'SELECT "result_kind", "pk" FROM ({sql}) matches ORDER BY {order}', tuple(params)


# At equal relevance (the title tier: all) practices first, then the newest as each kind's index
# of the newest orders them.
MATCH_ORDER = ("tier", "-rank", "kind_order", "-recency", "tiebreak")


def search_matches(*, query: str, typo: bool = False) -> models.QuerySet:
    """(kind, pk, tier, rank, ...) of all published content matching `query`, best first.

    The words, or with `typo` the titles by trigrams; in one UNION.
    """
    return _matches(query, typo=typo, ranked=True).order_by(*MATCH_ORDER)


def _count(query):
    """(typo, count, in titles): whether only the typo fallback finds something, how many
    match, and how many of those are in the first tier (their titles have the words).

    One query: the trigram indexes are walked only when the words and places match nothing.
    """
    words_sql, words_params = _matches(query, typo=False, ranked=False).query.sql_with_params()
    try:
        typo_sql, typo_params = _matches(query, typo=True, ranked=False).query.sql_with_params()
    except EmptyResultSet:  # Too short to forgive a typo in.
        typo_sql, typo_params = "SELECT 1 WHERE false", []
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*), CASE WHEN COUNT(*) = 0 THEN (SELECT COUNT(*) FROM ({typo_sql}) t)"
            f" END, COUNT(*) FILTER (WHERE w.in_title) FROM ({words_sql}) w",
            [*typo_params, *words_params],
        )
        found, found_by_typo, in_titles = cursor.fetchone()
    return (False, found, in_titles) if found else (True, found_by_typo or 0, 0)


def _in_named_cities(searched, query):
    """Content in a city whose name in any language matches `query`, as index-friendly Q.

    The cities' keys are read first (ARRAY of a subquery, run once), so PostgreSQL compares
    with them through the city index instead of joining every match.
    """

    def any_of(column, subquery):
        return Q(
            Func(
                F(column),
                ArraySubquery(subquery),
                arg_joiner=" = ANY(",
                template="(%(expressions)s))",
                output_field=BooleanField(),
            )
        )

    cities = City.objects.filter(search_names=search_query(query)).order_by().values("pk")
    field = searched.model._meta.get_field(searched.place_field)
    if not field.many_to_many:
        return any_of(field.column, cities)
    through = field.remote_field.through
    in_cities = (
        through.objects.filter(any_of("city_id", cities))
        .order_by()
        .values(f"{field.m2m_field_name()}_id")
    )
    return any_of("pk", in_cities)


def _matches(query, *, typo, ranked, newest=None):
    """The matches of every kind in one UNION; with `newest`, only that many of the newest
    title matches of each kind (the first tier)."""
    words = search_query(query)
    in_title = Q(**{SEARCH_TITLE_FIELD: words})
    tiers = []
    for order, searched in enumerate(SEARCHED_MODELS):
        published = searched.model.objects.published()
        if typo:
            matches = typo_matching(published, query).alias(tier=Value(0), ranking=F("relevance"))
        elif newest:
            matches = published.filter(in_title).alias(tier=Value(0), ranking=Value(0.0))
        else:
            matches = full_text_matching(
                published, query, also=_in_named_cities(searched, query)
            ).alias(
                tier=Case(When(in_title, then=Value(0)), default=Value(1)),
                ranking=Case(When(in_title, then=Value(0.0)), default=F("relevance")),
            )
        if ranked:
            date, key = searched.newest
            columns = {
                "tier": F("tier"),
                "rank": F("ranking"),
                "recency": Cast(date.lstrip("-"), DateTimeField()),
                "kind_order": Value(order),
                "tiebreak": F("pk") * (-1 if key.startswith("-") else 1),
            }
        else:
            columns = {"in_title": ExpressionWrapper(in_title, output_field=BooleanField())}
        matches = (
            matches.order_by()
            .annotate(result_kind=Value(searched.kind), **columns)
            .values_list("result_kind", "pk", *columns)
        )
        if newest:
            matches = matches.order_by(*searched.newest)[:newest]
        tiers.append(matches)
    first, *others = tiers
    return first.union(*others, all=True)


def _results(matches, query, language):
    """Titles, links and snippets of a page of matches, in one query, in the matches' order."""
    if not matches:
        return []
    pks_by_kind = defaultdict(list)
    for kind, pk, *_ in matches:
        pks_by_kind[kind].append(pk)
    statements, params = [], []
    for searched in SEARCHED_MODELS:
        if searched.kind in pks_by_kind:
            sql, compiled_params = _details_sql(searched.kind, language)
            statements.append(sql)
            params += _bound(compiled_params, words=query, keys=pks_by_kind[searched.kind])
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(f"({sql})" for sql in statements), params)
        details = {(row[0], row[1]): row[2:] for row in cursor.fetchall()}
    searched_by_kind = {searched.kind: searched for searched in SEARCHED_MODELS}
    results = []
    for kind, pk, *_ in matches:
        if (kind, pk) not in details:  # Unpublished between the two queries.
            continue
        slug, title, snippet, snippet_language = details[kind, pk]
        model = searched_by_kind[kind].model
        if not has_address(model, pk=pk, slug=slug):
            continue
        results.append(
            SearchResult(
                kind=kind,
                kind_label=capfirst(model._meta.verbose_name),
                title=title,
                url=model(pk=pk, slug=slug).get_absolute_url(),
                snippet=_highlighted(snippet),
                snippet_language=snippet_language,
            )
        )
    return results


@functools.cache
def _details_sql(kind, language):
    """The SQL and parameters of `_details` for `kind` in `language`, with WORDS_PARAMETER and
    KEYS_PARAMETER in place of the words and keys (see `_bound`); compiled once a process."""
    searched = next(searched for searched in SEARCHED_MODELS if searched.kind == kind)
    details = _details(searched, search_query(WORDS_PARAMETER), language)
    sql, params = details.query.sql_with_params()
    # Django selects the annotations after the columns: the order values_list() names.
    columns = ", ".join(f'"{name}"' for name in DETAILS_COLUMNS)
    return f"SELECT {columns} FROM ({sql}) details", tuple(params)


DETAILS_COLUMNS = ("result_kind", "id", "slug", "display_title", "snippet", "snippet_language")


def _bound(params, *, words, keys=None):
    """Compiled parameters with the visitor's words and the page's keys in place."""
    return [
        words if param == WORDS_PARAMETER else keys if param == KEYS_PARAMETER else param
        for param in params
    ]


def _details(searched, words, language):
    """DETAILS_COLUMNS (kind, key, slug, title, snippet and its language) of the published
    rows whose keys are KEYS_PARAMETER (an array, with ANY so the SQL is the same for any page)."""
    languages = resolution_order(language)

    def columns(field_names, code):
        return [build_localized_fieldname(field, code) for field in field_names]

    def words_only(field_names, code):
        """The columns' text, rich texts without their markup (so no tag shows in a snippet)."""
        return [
            rich_text_plain_sql(F(column))
            if isinstance(searched.model._meta.get_field(field), RichTextField)
            else column
            for field, column in zip(field_names, columns(field_names, code), strict=True)
        ]

    texts = {
        f"snippet_text_{code}": Trim(joined_text(words_only(searched.snippet_fields, code)))
        for code in languages
    }
    documents = {
        f"snippet_document_{code}": SearchVector(
            *columns(searched.snippet_fields, code), config=SEARCH_CONFIG
        )
        for code in languages
    }
    # The snippet comes from the first language, in the visitor's fallback order, whose text
    # matches; failing that (a typo matched the title), from the first that has any text.
    snippet_language = Case(
        *[When(**{f"snippet_document_{code}": words}, then=Value(code)) for code in languages],
        *[When(~Q(**{f"snippet_text_{code}": ""}), then=Value(code)) for code in languages],
        default=Value(language),
    )
    snippet_text = Case(
        *[When(snippet_language=code, then=f"snippet_text_{code}") for code in languages],
        default=Value(""),
        output_field=TextField(),
    )
    title = Coalesce(
        *[
            NullIf(build_localized_fieldname(searched.title_field, code), Value(""))
            for code in languages
        ],
        Value(""),
        output_field=TextField(),
    )
    return (
        searched.model.objects.published()
        .filter(
            Func(
                F("pk"),
                Value(KEYS_PARAMETER, output_field=ArrayField(BigIntegerField())),
                arg_joiner=" = ANY(",
                template="(%(expressions)s))",
                output_field=BooleanField(),
            )
        )
        .order_by()
        .alias(**texts, **documents)
        .annotate(snippet_language=snippet_language)
        .annotate(
            result_kind=Value(searched.kind),
            display_title=title,
            snippet=SearchHeadline(
                snippet_text,
                words,
                config=SEARCH_CONFIG,
                start_sel=MATCH_START,
                stop_sel=MATCH_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .values_list(*DETAILS_COLUMNS)
    )


def _highlighted(headline):
    """The snippet as HTML in which only the <mark> around matched words is markup."""
    marked = MARKED_MATCH.sub(r"<mark>\1</mark>", escape(headline))
    return mark_safe(marked.replace(MATCH_START, "").replace(MATCH_STOP, ""))
