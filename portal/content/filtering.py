"""What every list page shares: facet filters with result counts, active filters, invalid values.

Counting is the cost of a list at scale: one GROUP BY per facet over every matching row. The counts
of one combination of filters (and the number of results) are kept until content changes
(portal/operations/caching.py, kept_until_content_changes): any change makes them stale in every
process; a list's other pages, sort orders and languages use them again. COUNTS_CACHE_SECONDS is how
long they are kept; 0 computes them on every request.

A facet that can have thousands of values (projects, partners, cities) offers only the values
that give the most results, plus the one chosen, and checks a value asked for by looking its
slug up: it never loads all its values.
"""

import hashlib
import re
import unicodedata
from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.core.validators import slug_re
from django.db.models import Case, CharField, Count, Exists, F, OuterRef, Value, When
from django.db.models.constants import LOOKUP_SEP
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.fields import ChoiceField
from django_filters.views import FilterView

from portal.content.pagination import NearestPageMixin
from portal.db.list_indexes import title_order
from portal.db.search_indexes import MAX_QUERY_LENGTH, matching, search_terms_clean
from portal.models import City, Country, PublicationStatus
from portal.operations.caching import kept_until_content_changes

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# How many values a facet of many values (TopFacetFilter) offers, besides the one chosen.
TOP_VALUES = 12
# An error message quotes a visitor's value at most this long, without control characters or
# the bidirectional overrides that would turn the rest of the message around.
SHOWN_VALUE_LENGTH = 40
UNSHOWABLE_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def in_language_order(field):
    """The field's text in the active language, sorted as `title_order` sorts it."""
    return title_order(field, translation.get_language() or settings.LANGUAGE_CODE)


def choices_of(rows):
    """Choices from a callable returning rows, by slug, labelled in the visitor's language; a
    row whose slug has no address is left out (and logged), as the pages leave it out."""
    return lambda: [(row.slug, str(row)) for row in rows().addressed()]


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

    def grouped_counts(self, queryset, name, selected):
        """(name, value, count) for each value the queryset's rows have: a GROUP BY query."""
        return (
            queryset.order_by()
            .filter(**self.via_published())
            # Both as annotations: the parts of a UNION must list their columns in one order.
            .annotate(facet_name=Value(name), facet_value=F(self.field_name))
            .values_list("facet_name", "facet_value")
            # DISTINCT sorts every group's rows: only where a row can meet a value twice.
            .annotate(count=Count("pk", distinct=self.may_repeat(queryset.model)))
        )

    def may_repeat(self, model):
        """Whether a row can reach the same value more than once (a practice reaches one
        programme through each of its projects), not only once (one theme, one project)."""
        *relations, last = self.field_name.split(LOOKUP_SEP)
        crossed = False
        for name in relations:
            if crossed:
                return True
            field = model._meta.get_field(name)
            crossed = field.many_to_many or field.one_to_many
            model = field.related_model
        return crossed and not model._meta.get_field(last).unique

    def options(self, field, rows, selected, labels):
        """The facet's options, in the order of its choices: those that give results, and the
        one chosen. `field` is the form's; `rows` are value and count pairs of `grouped_counts`."""
        from_db = {self.to_db(value): value for value, _label in field.choices if value}
        counts = {from_db.get(value, value): count for value, count in rows if value is not None}
        return [
            option(value, label, counts.get(value, 0), selected)
            for value, label in field.choices
            if value and (counts.get(value) or value == selected)
        ]


def option(value, label, count, selected):
    return {"value": value, "label": label, "count": count, "selected": value == selected}


def name_order(name):
    """A name's place in a short list: letters with diacritics among the plain ones (Č with C),
    capitals with small ones."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold(), name


class LookupChoiceField(ChoiceField):
    """A choice among rows too many to list: a slug is valid when `rows()` holds a row with it.

    One query, on a unique index; the row found gives the choice its label.
    """

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.chosen = None

    def valid_value(self, value):
        # What cannot be a slug is not looked for (PostgreSQL refuses a NUL character outright).
        if not slug_re.match(value):
            return False
        self.chosen = self.rows().filter(slug=value).first()
        if self.chosen is None:
            return False
        self.choices = [(value, str(self.chosen))]
        return True


class TopFacetFilter(FacetFilter):
    """A facet of many values (projects, partners, cities): it offers the TOP_VALUES values that
    give the most results (ties by slug) and the one chosen, by name, never all of them.

    `rows` is a callable returning the rows that may be chosen; `elsewhere` names the list where
    a visitor finds any of them, for the value not offered here.
    """

    field_class = LookupChoiceField

    def __init__(self, *args, rows, elsewhere, elsewhere_label, **kwargs):
        super().__init__(*args, rows=rows, **kwargs)
        self.elsewhere = elsewhere
        self.elsewhere_label = elsewhere_label

    def grouped_counts(self, queryset, name, selected):
        """The values with most results, the chosen one first: one more than offered, to know
        whether there are others."""
        counts = super().grouped_counts(queryset, name, selected)
        chosen_first = (
            []
            if selected in ("", None)
            else [Case(When(facet_value=self.to_db(selected), then=Value(0)), default=Value(1))]
        )
        return counts.order_by(*chosen_first, "-count", "facet_value")[: TOP_VALUES + 2]

    def labels(self, values):
        """{language: {value: label}} of the values: kept with the counts, for every language."""
        rows = list(self.field.rows().filter(slug__in=values))
        labels = {}
        for code in LANGUAGES:
            with translation.override(code):
                labels[code] = {row.slug: str(row) for row in rows}
        return labels

    def options(self, field, rows, selected, labels):
        """The most frequent values and the chosen one, in the order of their names, where a
        visitor looks for a name (and a select's type-ahead finds it)."""
        top = [(value, count) for value, count in rows if value != selected][:TOP_VALUES]
        if selected:
            top.append((selected, next((count for value, count in rows if value == selected), 0)))
        shown = dict(labels.get(translation.get_language(), {}))
        if selected and field.chosen is not None:
            shown[selected] = str(field.chosen)
        options = [
            option(value, shown[value], count, selected) for value, count in top if value in shown
        ]
        return sorted(options, key=lambda option: name_order(option["label"]))

    def more(self, rows, selected):
        """Whether some values were left out."""
        return len([value for value, _count in rows if value != selected]) > TOP_VALUES


def country_facet(field_name):
    """The country filter every list has: lower-case ISO codes in the address, e.g. ?country=cz."""
    return FacetFilter(
        label=gettext_lazy("Country"),
        field_name=field_name,
        choices=lambda: [(country.code.lower(), str(country)) for country in Country.objects.all()],
        to_db=str.upper,
    )


def city_facet(field_name, content):
    """The city filter every list has, by slug (?city=opole), among the cities where some of
    the list's `content` is published: the name of City's reverse relation, e.g. "events"."""
    relation = City._meta.get_field(content)

    def cities():
        published_there = relation.related_model.objects.published().filter(
            **{relation.field.name: OuterRef("pk")}
        )
        return City.objects.addressed().filter(Exists(published_there))

    return TopFacetFilter(
        label=gettext_lazy("City"),
        field_name=field_name,
        rows=cities,
        elsewhere="cities:list",
        elsewhere_label=gettext_lazy("All cities"),
    )


class FacetedFilterSet(django_filters.FilterSet):
    """Facets with counts, free text as site search reads it, and a `sort` order applied last.

    The model must declare the search indexes of `portal.db.search_indexes`. With words to look for
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

    def cleaned(self):
        return (
            self.form.cleaned_data if self.is_bound and hasattr(self.form, "cleaned_data") else {}
        )

    def faceted(self):
        return {
            name: facet for name, facet in self.filters.items() if isinstance(facet, FacetFilter)
        }

    def tally_name(self):
        """The name of this combination of filters' counts: not of the page, order or language."""
        chosen = sorted(
            (name, repr(value))
            for name, value in self.cleaned().items()
            if value not in ("", None) and name not in self.ordering_filters
        )
        cls = type(self)
        combination = repr((f"{cls.__module__}.{cls.__qualname__}", chosen))
        return f"facets:{hashlib.sha256(combination.encode()).hexdigest()}"

    @cached_property
    def tally(self):
        """{"results": their number, "counts": {facet: [(value, count)]}, "labels": {facet:
        {language: {value: label}}} for facets of many values}, from the cache when it has them."""
        return kept_until_content_changes(self.tally_name(), self.count_everything)

    def count_everything(self):
        """The number of results, and each facet's counts with every other active filter
        applied, all in one query: a UNION ALL of one GROUP BY per facet."""
        cleaned = self.cleaned()
        faceted = self.faceted()
        grouped = []
        for name, facet in faceted.items():
            queryset = self.queryset
            for other_name, value in cleaned.items():
                if other_name != name and other_name not in self.ordering_filters:
                    queryset = self.filters[other_name].filter(queryset, value)
            grouped.append(facet.grouped_counts(queryset, name, cleaned.get(name)))
        results = (
            self.qs.order_by()
            .annotate(facet_name=Value(""), facet_value=Value(None, output_field=CharField()))
            .values_list("facet_name", "facet_value")
            .annotate(count=Count("pk"))
        )
        counts = {name: [] for name in faceted}
        total = 0
        for name, value, count in results.union(*grouped, all=True):
            if name:
                counts[name].append((value, count))
            else:
                total = count
        labels = {
            name: facet.labels([value for value, _count in counts[name]])
            for name, facet in faceted.items()
            if isinstance(facet, TopFacetFilter)
        }
        return {"results": total, "counts": counts, "labels": labels}

    def facets(self):
        """Each facet's options with counts, computed with every other active filter applied."""
        cleaned = self.cleaned()
        tally = self.tally
        facets = []
        for name, facet in self.faceted().items():
            rows = tally["counts"][name]
            selected = cleaned.get(name) or ""
            field = self.form.fields[name]
            labels = tally["labels"].get(name, {})
            entry = {
                "name": name,
                "label": facet.label,
                "options": facet.options(field, rows, selected, labels),
            }
            if isinstance(facet, TopFacetFilter):
                entry["more"] = facet.more(rows, selected)
                entry["top"] = TOP_VALUES
                entry["elsewhere"] = reverse(facet.elsewhere)
                entry["elsewhere_label"] = facet.elsewhere_label
            facets.append(entry)
        return facets

    def chosen(self):
        """(name, label, value as shown) of each valid filter in use, not the order."""
        self.form.is_valid()  # cleans the form: cleaned_data then holds the valid values only
        for name, value in self.form.cleaned_data.items():
            if value in ("", None) or name in self.ordering_filters:
                continue
            choices = dict(getattr(self.form.fields[name], "choices", []))
            yield name, self.filters[name].label, choices.get(value, value)

    def chosen_query(self, query):
        """The part of `query` that chose valid filters: what a feed of this list takes."""
        names = {name for name, _label, _shown in self.chosen()}
        return urlencode([(name, query[name]) for name in query if name in names])

    def active_filters(self, query):
        """The filters in use, each with the address of the same list without it."""
        active = []
        for name, label, shown in self.chosen():
            remaining = query.copy()
            remaining.pop(name, None)
            remaining.pop("page", None)
            active.append({"label": label, "value": shown, "remove": remaining.urlencode()})
        return active


def select_html(bound_field):
    """A plain select's HTML, as its widget renders it, without the form renderer's templates
    (a tenth of a list page's time); None for any other widget, which renders itself."""
    widget = bound_field.field.widget
    # Attributes of its own (a class, `required`) are left to the widget.
    if type(widget) is not forms.Select or widget.attrs or bound_field.field.required:
        return None
    choices = list(bound_field.field.choices)
    if any(isinstance(label, (list, tuple)) for _value, label in choices):
        return None  # option groups
    chosen = widget.format_value(bound_field.value())
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        ((value, " selected" if str(value) in chosen else "", label) for value, label in choices),
    )
    return format_html(
        '<select name="{}" id="{}">{}</select>',
        bound_field.html_name,
        bound_field.auto_id,
        options,
    )


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
    # The list's name among the downloads (portal/opendata/downloads.py), linked beside its results.
    download_name = None
    # What the list's link to e-mail alerts follows (portal/alerts), e.g. "practices".
    alert_follow = None

    def get_queryset(self):
        return super().get_queryset().published()

    def get_paginator(self, *args, **kwargs):
        """A paginator that knows the number of results: it is counted with the facets."""
        paginator = super().get_paginator(*args, **kwargs)
        paginator.count = self.filterset.tally["results"]
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        context["facets"] = self.filterset.facets()
        faceted_names = {facet["name"] for facet in context["facets"]}
        # The form's other fields (the order, a year), each with its widget's HTML.
        context["other_fields"] = [
            (field, select_html(field) or field)
            for field in self.filterset.form
            if field.name not in faceted_names and field.name != "q"
        ]
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
        context["filter_query"] = self.filterset.chosen_query(query)
        query.pop("page", None)
        context["query_without_page"] = query.urlencode()
        return context
