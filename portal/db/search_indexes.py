"""The search document and indexes a searchable model declares, and how search matches them.

A searchable model stores a weighted full-text document over every language's columns in a
generated column, `search_vector`, which PostgreSQL keeps up to date and indexes; ranking reads it
instead of parsing every text again. The unaccented titles have a trigram (typo-tolerant) index.
`matching()` compares a query with exactly these, so PostgreSQL can use the indexes. Both need the
`portal_search` configuration and the `portal_unaccent()` function of migration portal 0003.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db.models import F, Func, GeneratedField, Q, TextField, Value
from django.db.models.functions import Coalesce, Concat, Lower
from django.utils.translation import gettext_lazy as _
from modeltranslation.settings import AVAILABLE_LANGUAGES
from modeltranslation.utils import build_localized_fieldname

SEARCH_CONFIG = "portal_search"
SEARCH_VECTOR_FIELD = "search_vector"
# The titles alone: a small document, inline in the row, that ranks the matches in their titles
# without reading the whole document (kilobytes, out of line) of every match.
SEARCH_TITLE_FIELD = "search_title_vector"
SEARCH_FIELDS = (SEARCH_VECTOR_FIELD, SEARCH_TITLE_FIELD)
DOCUMENT_INDEX_NAME = "%(app_label)s_%(class)s_search"
TITLE_DOCUMENT_INDEX_NAME = "%(app_label)s_%(class)s_titles"
TITLE_INDEX_NAME = "%(app_label)s_%(class)s_trgm"
MAX_QUERY_LENGTH = 200
# Control characters (NUL above all) cannot be stored or searched in PostgreSQL text.
UNSEARCHABLE_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Trigrams of one or two letters match nearly every title, and no index can narrow them down.
MIN_TYPO_QUERY_LENGTH = 3


def in_every_language(*fields):
    """The columns of translated fields in every language: title -> title_pl, title_cs, title_en."""
    return [
        build_localized_fieldname(field, code) for field in fields for code in AVAILABLE_LANGUAGES
    ]


def search_document(*, a, b=(), c=()):
    """A search vector over columns `a` (titles, weighing most), then `b`, then `c`."""
    vectors = [
        SearchVector(*columns, weight=weight, config=SEARCH_CONFIG)
        for weight, columns in (("A", a), ("B", b), ("C", c))
        if columns
    ]
    document = vectors[0]
    for vector in vectors[1:]:
        document = document + vector
    return document


def joined_text(columns):
    """The columns' text joined by spaces; a column that is NULL counts as empty."""
    if len(columns) == 1:
        return Coalesce(columns[0], Value(""), output_field=TextField())
    parts = [columns[0]]
    for column in columns[1:]:
        parts += [Value(" "), column]
    return Concat(*parts, output_field=TextField())


def search_title(columns):
    """The title columns joined, lower-cased and without diacritics, for trigram matching."""
    return Func(Lower(joined_text(columns)), function="portal_unaccent", output_field=TextField())


def search_vector_field(*, a, b=(), c=()):
    """The stored search document over columns `a` (titles), `b` and `c` (see `search_document`).

    Name each language's column (see `in_every_language`): modeltranslation's plain field
    names would hold only the default language's copy.
    """
    return GeneratedField(
        verbose_name=_("search document"),
        expression=search_document(a=a, b=b, c=c),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def search_title_vector_field(*, titles):
    """The stored search document of the `titles` columns alone (see SEARCH_TITLE_FIELD)."""
    return GeneratedField(
        verbose_name=_("search document of the title"),
        expression=search_document(a=titles),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def search_indexes(*, titles):
    """GIN indexes for site search: the stored documents (whole, and of the titles alone), and
    the trigrams of the `titles` columns.

    The titles stay an expression rather than a stored column: matching a common word then
    costs the planner what it costs PostgreSQL, and it keeps to the indexes.
    """
    return [
        GinIndex(fields=[SEARCH_VECTOR_FIELD], name=DOCUMENT_INDEX_NAME),
        GinIndex(fields=[SEARCH_TITLE_FIELD], name=TITLE_DOCUMENT_INDEX_NAME),
        GinIndex(OpClass(search_title(titles), name="gin_trgm_ops"), name=TITLE_INDEX_NAME),
    ]


def _index(model, name):
    name = name % {"app_label": model._meta.app_label, "class": model._meta.model_name}
    return next(index for index in model._meta.indexes if index.name == name)


def indexed_document(model):
    """The model's stored search document, which its document index covers."""
    model._meta.get_field(SEARCH_VECTOR_FIELD)  # Fails early for a model that is not searchable.
    return F(SEARCH_VECTOR_FIELD)


def indexed_title(model):
    """The unaccented title expression of the model's trigram index."""
    return _index(model, TITLE_INDEX_NAME).expressions[0].get_source_expressions()[0]


def search_query(query):
    """The visitor's words as a full-text query; "quoted phrases", `or` and `-word` work."""
    return SearchQuery(query, search_type="websearch", config=SEARCH_CONFIG)


def full_text_matching(queryset, query, *, also=None):
    """The rows of `queryset` whose document matches `query`, or that satisfy `also` (a Q).

    The rows get a `relevance` alias to order by: the document's rank (0 for a row that only
    `also` finds). The column is that of the model's document index, so PostgreSQL can use it.
    """
    words = search_query(query)
    condition = Q(**{SEARCH_VECTOR_FIELD: words})
    if also is not None:
        condition |= also
    relevance = SearchRank(indexed_document(queryset.model), words)
    return queryset.filter(condition).alias(relevance=relevance)


def typo_matching(queryset, query):
    """The rows of `queryset` whose title matches `query` despite a typo, by trigrams.

    The rows get a `relevance` alias to order by: the title's word similarity. The expression
    is that of the model's trigram index, so PostgreSQL can use it. Nothing matches a query
    shorter than MIN_TYPO_QUERY_LENGTH.
    """
    if len(query) < MIN_TYPO_QUERY_LENGTH:
        return queryset.none().alias(relevance=Value(0.0))
    typed = Func(Lower(Value(query)), function="portal_unaccent", output_field=TextField())
    # With pg_trgm's default thresholds, word similarity (0.6) forgives an extra or swapped
    # letter and matches the start of a word; strict word similarity (0.5) forgives a
    # missing letter in a short word.
    return (
        queryset.alias(search_title=indexed_title(queryset.model))
        .filter(
            Q(search_title__trigram_word_similar=typed)
            | Q(search_title__trigram_strict_word_similar=typed)
        )
        .alias(relevance=TrigramWordSimilarity(typed, "search_title"))
    )


def matching(queryset, query):
    """The rows of `queryset` whose document matches `query`, or whose title does despite a typo.

    The rows get a `relevance` alias to order by. The column and expression are those of the
    model's indexes, so PostgreSQL can use them.
    """
    model = queryset.model
    words = search_query(query)
    condition = Q(**{SEARCH_VECTOR_FIELD: words})
    relevance = SearchRank(indexed_document(model), words)
    if len(query) >= MIN_TYPO_QUERY_LENGTH:
        typed = Func(Lower(Value(query)), function="portal_unaccent", output_field=TextField())
        queryset = queryset.alias(search_title=indexed_title(model))
        condition |= Q(search_title__trigram_word_similar=typed) | Q(
            search_title__trigram_strict_word_similar=typed
        )
        relevance += TrigramWordSimilarity(typed, "search_title")
    return queryset.filter(condition).alias(relevance=relevance)


@dataclass(frozen=True)
class SearchTerms:
    """What the visitor typed, made safe to search for."""

    text: str
    shortened: bool = False
    characters_removed: bool = False


def search_terms_clean(raw: str) -> SearchTerms:
    """Drop control characters, collapse whitespace and cap the length of a visitor's query."""
    text = UNSEARCHABLE_CHARACTERS.sub(" ", raw)
    characters_removed = text != raw
    text = " ".join(text.split())
    shortened = len(text) > MAX_QUERY_LENGTH
    text = text[:MAX_QUERY_LENGTH].rstrip()
    return SearchTerms(text, shortened=shortened, characters_removed=characters_removed)
