"""What every list page shares: facet filters with result counts, active filters, invalid values."""

import re

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Exists, F, OuterRef, Value
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.views import FilterView

from portal.models import City, Country, PublicationStatus
from portal.pagination import NearestPageMixin
from portal.search_indexes import MAX_QUERY_LENGTH, matching, search_terms_clean

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# An error message quotes a visitor's value at most this long, without control characters or
# the bidirectional overrides that would turn the rest of the message around.
SHOWN_VALUE_LENGTH = 40
UNSHOWABLE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def in_language_order(field):
    """The field's text in the active language, falling back as the content does, sorted by
    that language's rules (PostgreSQL's ICU collations: in Czech "ch" comes after "h")."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    order = [language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES.get(language, ())]
    text = Coalesce(*(NullIf(f"{field}_{code}", Value("")) for code in order))
    return Collate(text, f"{language}-x-icu")


def choices_of(rows):
    """Choices from a callable returning rows, by slug, labelled in the visitor's language."""
    return lambda: [(row.slug, str(row)) for row in rows()]


SORT_CHOICES = [
    ("newest", gettext_lazy("newest")),
    ("title", gettext_lazy("title")),
    ("relevance", gettext_lazy("relevance")),
]


class SearchTermsField(forms.CharField):
    """Free text cleaned as site search cleans it (see `search_terms_clean`)."""

    def to_python(self, value):
        return search_terms_clean(super().to_python(value)).text


class SearchTermsFilter(django_filters.CharFilter):
    field_class = SearchTermsField


class FacetFilter(django_filters.ChoiceFilter):
    """A choice among values found in the database, each shown with the number of results it gives.

    `choices` is a callable run per request, so labels come in the visitor's language. Values in
    the query string are slugs or lower-case codes; `to_db` turns one into the stored value.
    `published_via` names a relation on the way to the value (e.g. "projects" for
    "projects__programme__slug") that counts only where the related row is published.
    """

    def __init__(self, *args, to_db=None, published_via=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.to_db = to_db or (lambda value: value)
        self.published_via = published_via

    def via_published(self):
        if not self.published_via:
            return {}
        return {f"{self.published_via}__status": PublicationStatus.PUBLISHED}

    def filter(self, qs, value):
        if value in ("", None):
            return qs
        # One filter() call, so that both conditions apply to the same related row.
        condition = {self.field_name: self.to_db(value), **self.via_published()}
        if not self.crosses_many(qs.model):
            return qs.filter(**condition)
        # A join would give a row once per related row that matches, and DISTINCT over whole
        # rows is slow on a long list: a semi-join (IN) gives each row once.
        return qs.filter(pk__in=qs.model._default_manager.filter(**condition).values("pk"))

    def crosses_many(self, model):
        """Whether the way to the value passes a relation that gives a row several related rows."""
        for name in self.field_name.split(LOOKUP_SEP)[:-1]:
            field = model._meta.get_field(name)
            if field.many_to_many or field.one_to_many:
                return True
            model = field.related_model
        return False

    def grouped_counts(self, queryset, name):
        """(name, value, count) for each value the queryset's rows have: a GROUP BY query."""
        return (
            queryset.order_by()
            .filter(**self.via_published())
            # Both as annotations: the parts of a UNION must list their columns in one order.
            .annotate(facet_name=Value(name), facet_value=F(self.field_name))
            .values_list("facet_name", "facet_value")
            .annotate(count=Count("pk", distinct=True))
        )

    def counts(self, rows):
        """How many rows each choice would leave, by choice, from `grouped_counts` rows."""
        from_db = {self.to_db(value): value for value, _label in self.field.choices if value}
        return {from_db.get(value, value): count for value, count in rows if value is not None}


def country_facet(field_name):
    """The country filter every list has: lower-case ISO codes in the address, e.g. ?country=cz."""
    return FacetFilter(
        label=gettext_lazy("Country"),
        field_name=field_name,
        choices=lambda: [(country.code.lower(), str(country)) for country in Country.objects.all()],
        to_db=str.upper,
    )


def city_facet(field_name, content):
    """The city filter every list has, by slug (?city=opole), offering the cities where some of
    the list's `content` is published: the name of City's reverse relation, e.g. "events"."""
    relation = City._meta.get_field(content)

    def cities():
        published_there = relation.related_model.objects.published().filter(
            **{relation.field.name: OuterRef("pk")}
        )
        return City.objects.filter(Exists(published_there))

    return FacetFilter(
        label=gettext_lazy("City"), field_name=field_name, choices=choices_of(cities)
    )


class FacetedFilterSet(django_filters.FilterSet):
    """Facets with counts, free text as site search reads it, and a `sort` order applied last.

    The model must declare the search indexes of `portal.search_indexes`. With words to look for
    and no order asked for, the best matches come first.
    """

    title_field = "title"
    newest_order = ("-published_at", "-pk")

    q = SearchTermsFilter(label=gettext_lazy("Text"), method="filter_text")
    sort = django_filters.ChoiceFilter(
        label=gettext_lazy("Sort by"), choices=SORT_CHOICES, method="keep_order", empty_label=None
    )
    ordering_filters = ("sort",)

    def __init__(self, data=None, *args, **kwargs):
        # Always bound, so the default order and the facet counts apply to the bare list too.
        data = data.copy() if data is not None else {}
        if search_terms_clean(data.get("q", "")).text and not data.get("sort"):
            data["sort"] = "relevance"
        super().__init__(data, *args, **kwargs)
        # A form field calls callable choices each time they are read (validation, facets,
        # active filters): read each facet's once per request. The filters are this instance's.
        for facet in self.filters.values():
            if isinstance(facet, FacetFilter) and callable(facet.extra.get("choices")):
                facet.extra["choices"] = list(facet.extra["choices"]())

    def filter_text(self, queryset, name, value):
        return matching(queryset, value)  # Only called with some text left after cleaning.

    def keep_order(self, queryset, name, value):
        return queryset  # applied in filter_queryset, after every other filter

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        sort = self.form.cleaned_data.get("sort")
        if sort == "title":
            return queryset.order_by(in_language_order(self.title_field), "pk")
        if sort == "relevance" and "relevance" in queryset.query.annotations:
            return queryset.order_by("-relevance", *self.newest_order)
        return queryset.order_by(*self.newest_order)

    def facets(self):
        """Each facet's options with counts, computed with every other active filter applied.

        Every facet's counts come in one query: a UNION ALL of one GROUP BY per facet.
        """
        cleaned = (
            self.form.cleaned_data if self.is_bound and hasattr(self.form, "cleaned_data") else {}
        )
        faceted = {
            name: facet for name, facet in self.filters.items() if isinstance(facet, FacetFilter)
        }
        if not faceted:
            return []
        grouped = []
        for name, facet in faceted.items():
            queryset = self.queryset
            for other_name, value in cleaned.items():
                if other_name != name and other_name not in self.ordering_filters:
                    queryset = self.filters[other_name].filter(queryset, value)
            grouped.append(facet.grouped_counts(queryset, name))
        first, *others = grouped
        rows_by_facet = {name: [] for name in faceted}
        for name, value, count in first.union(*others, all=True):
            rows_by_facet[name].append((value, count))
        facets = []
        for name, facet in faceted.items():
            counts = facet.counts(rows_by_facet[name])
            selected = cleaned.get(name) or ""
            options = [
                {
                    "value": value,
                    "label": label,
                    "count": counts.get(value, 0),
                    "selected": value == selected,
                }
                for value, label in self.form.fields[name].choices
                if value and (counts.get(value) or value == selected)
            ]
            facets.append({"name": name, "label": facet.label, "options": options})
        return facets

    def active_filters(self, query):
        """The filters in use, each with the address of the same list without it."""
        active = []
        cleaned = getattr(self.form, "cleaned_data", {})
        for name, value in cleaned.items():
            if value in ("", None) or name in self.ordering_filters:
                continue
            field = self.form.fields[name]
            choices = dict(getattr(field, "choices", []))
            shown = choices.get(value, value)
            remaining = query.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            active.append(
                {"label": self.filters[name].label, "value": shown, "remove": remaining.urlencode()}
            )
        return active


def shown_value(value):
    """A visitor's value as a message quotes it: printable, and short."""
    return Truncator(UNSHOWABLE_CHARACTERS.sub("", str(value))).chars(SHOWN_VALUE_LENGTH)


def error_messages(errors):
    """A form field's error messages, with the value they quote (if any) as `shown_value`."""
    for error in errors:
        params = dict(error.params or {})
        if "value" in params:
            params["value"] = shown_value(params["value"])
        yield str(error.message) % params if params else str(error.message)


class FacetedListView(NearestPageMixin, FilterView):
    """A list page filtered by a FacetedFilterSet; bad values are reported and ignored, and a
    page number that is no page shows the nearest page."""

    paginate_by = 12
    strict = False
    template_name_suffix = "_list"

    def get_queryset(self):
        return super().get_queryset().published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        context["facets"] = self.filterset.facets()
        context["faceted_names"] = [facet["name"] for facet in context["facets"]]
        context["active_filters"] = self.filterset.active_filters(query)
        context["filter_errors"] = [
            _("%(filter)s: %(error)s The filter was ignored.")
            % {
                "filter": self.filterset.filters[name].label,
                "error": " ".join(error_messages(errors)),
            }
            for name, errors in self.filterset.form.errors.as_data().items()
        ]
        context["text_terms"] = search_terms_clean(self.request.GET.get("q", ""))
        context["max_query_length"] = MAX_QUERY_LENGTH
        query.pop("page", None)
        context["query_without_page"] = query.urlencode()
        return context
