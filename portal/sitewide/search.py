"""Site search over published practices, projects, partners and events, run in PostgreSQL.

A result is published content whose weighted document (every language) matches the visitor's
words without regard to diacritics, or whose title matches them by trigrams despite a typo.
A page of results costs three queries whatever it holds: the count (kept until content changes,
like a list's counts), the ranked page, and its titles and highlighted snippets.
"""

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchVector,
)
from django.core.paginator import Page
from django.db import models
from django.db.models import Case, F, Q, TextField, Value, When
from django.db.models.functions import Coalesce, NullIf, Trim
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
    joined_text,
    matching,
    search_query,
)
from portal.operations.caching import kept_until_content_changes
from practices.models import GoodPractice
from projects.models import Organisation, Project

RESULTS_PER_PAGE = 10

# Private-use characters delimit the matched words until the snippet is escaped.
MATCH_START, MATCH_STOP = "\ue000", "\ue001"
MARKED_MATCH = re.compile(f"{MATCH_START}([^{MATCH_START}{MATCH_STOP}]*){MATCH_STOP}")


@dataclass(frozen=True)
class SearchedModel:
    kind: str
    model: type[models.Model]
    title_field: str
    snippet_fields: tuple[str, ...]


SEARCHED_MODELS = (
    SearchedModel(
        "practice",
        GoodPractice,
        "title",
        ("summary", "problem", "solution", "results", "resources", "transferability"),
    ),
    SearchedModel("project", Project, "title", ("summary", "description", "objectives")),
    SearchedModel("organisation", Organisation, "name", ("description",)),
    SearchedModel("event", Event, "title", ("summary", "venue", "agenda", "report")),
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
    paginator = NearestPaginator(search_matches(query=query), per_page)
    # Counted without ranking (the rank reads every match's whole search document), once for
    # every page and language until content changes: a common word matches much of the content.
    paginator.count = kept_until_content_changes(
        f"search-count:{hashlib.sha256(query.encode()).hexdigest()}",
        lambda: _matches(query, ranked=False).count(),
    )
    page = paginator.get_page(page_number)
    page.object_list = _results(list(page.object_list), search_query(query), language)
    return page


def search_matches(*, query: str) -> models.QuerySet:
    """(kind, pk, rank) of all published content matching `query`, best first, in one UNION."""
    return _matches(query, ranked=True).order_by("-rank", "result_kind", "pk")


def _matches(query, *, ranked):
    columns = ("result_kind", "pk", "rank") if ranked else ("result_kind", "pk")
    first, *others = [
        matching(searched.model.objects.published(), query)
        .order_by()
        .annotate(result_kind=Value(searched.kind), **({"rank": F("relevance")} if ranked else {}))
        .values_list(*columns)
        for searched in SEARCHED_MODELS
    ]
    return first.union(*others, all=True)


def _results(matches, words, language):
    """Titles, links and snippets of a page of matches, in one query, in the matches' order."""
    if not matches:
        return []
    pks_by_kind = defaultdict(list)
    for kind, pk, _rank in matches:
        pks_by_kind[kind].append(pk)
    first, *others = [
        _details(searched, pks_by_kind[searched.kind], words, language)
        for searched in SEARCHED_MODELS
        if searched.kind in pks_by_kind
    ]
    details = {(row[0], row[1]): row[2:] for row in first.union(*others, all=True)}
    searched_by_kind = {searched.kind: searched for searched in SEARCHED_MODELS}
    results = []
    for kind, pk, _rank in matches:
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


def _details(searched, pks, words, language):
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
        .filter(pk__in=pks)
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
        .values_list("result_kind", "pk", "slug", "display_title", "snippet", "snippet_language")
    )


def _highlighted(headline):
    """The snippet as HTML in which only the <mark> around matched words is markup."""
    marked = MARKED_MATCH.sub(r"<mark>\1</mark>", escape(headline))
    return mark_safe(marked.replace(MATCH_START, "").replace(MATCH_STOP, ""))
