"""The city picker of the partner space's forms: a native <select> grouped by country, which
static/js/city-picker.js turns into an accessible combobox that asks `city_suggestions` for
matches (exact first, then prefix, then the rest; blind to case and diacritics)."""

from itertools import groupby

from django import forms
from django.conf import settings
from django.db.models import Case, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Lower
from django.forms.models import ModelChoiceIterator
from django.forms.widgets import Script
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.utils import get_language

from portal.contributions.access import partner_required
from portal.db.list_indexes import title_order
from portal.models import City

# The most suggestions the combobox shows: enough to scan, few enough to read out.
SUGGESTIONS = 20
# The longest query looked at: a city's name is shorter (max_length=150).
QUERY_LENGTH = 150
LANGUAGES = [code for code, _name in settings.LANGUAGES]
EXACT, PREFIX, OTHER = 0, 1, 2


def unaccented(expression):
    """The expression lower-cased and without diacritics, as the database's search compares."""
    return Func(Lower(expression), function="portal_unaccent", output_field=TextField())


def city_order(language=None):
    """Alphabetical by name in the language, by that language's collation, its country's next."""
    language = language or get_language()
    return [title_order("name", language), title_order("country__name", language), "pk"]


def city_label(city):
    return f"{city.name} ({city.country.name})"


def in_any_language(lookup, typed):
    """The unaccented name in some language `lookup`s (exact, startswith, contains) `typed`."""
    return Q.create([(f"unaccented_{code}__{lookup}", typed) for code in LANGUAGES], Q.OR)


def city_suggestions(query, *, limit=SUGGESTIONS):
    """Cities whose name in any language contains the query: exact matches first, then those that
    start with it, then the others, each group alphabetical in the active language."""
    # PostgreSQL's text cannot hold NUL: an odd request's NUL is dropped rather than failing.
    query = query.replace("\x00", "").strip()[:QUERY_LENGTH]
    if not query:
        return City.objects.none()
    typed = unaccented(Value(query))
    rank = Case(
        When(in_any_language("exact", typed), then=EXACT),
        When(in_any_language("startswith", typed), then=PREFIX),
        default=Value(OTHER),
        output_field=IntegerField(),
    )
    return (
        City.objects.addressed()
        .alias(**{f"unaccented_{code}": unaccented(f"name_{code}") for code in LANGUAGES})
        .filter(in_any_language("contains", typed))
        .alias(rank=rank)
        .select_related("country")
        .order_by("rank", *city_order())[:limit]
    )


class CountryGroups(ModelChoiceIterator):
    """The cities as <optgroup>s by country, countries and cities alphabetical in the language."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        language = get_language()
        cities = self.queryset.select_related("country").order_by(
            title_order("country__name", language), title_order("name", language), "pk"
        )
        for country, in_country in groupby(cities, key=lambda city: city.country):
            yield (country.name, [self.choice(city) for city in in_country])


class CitySelect(forms.Select):
    """A <select> that works alone; with JavaScript, a combobox that suggests as one types."""

    class Media:
        css = {"all": ["css/city-picker.css"]}
        js = [Script("js/city-picker.js", defer=True)]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # Reversed at rendering time: the address carries the page's language.
        context["widget"]["attrs"].update(
            {
                "data-city-picker": "",
                "data-source": reverse("contributions:cities"),
                "data-hint": _(
                    "Type the first letters of the city's name, then choose it with the up and "
                    "down arrow keys and Enter."
                ),
                "data-failed": _("The cities could not be loaded. Try again."),
            }
        )
        return context


class CityField(forms.ModelChoiceField):
    """A city of the portal, picked by name (City.objects.addressed())."""

    iterator = CountryGroups
    widget = CitySelect
    default_error_messages = {
        "required": _("Choose a city from the list."),
        "invalid_choice": _("Choose a city from the list."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", City.objects.addressed())
        kwargs.setdefault("empty_label", _("Choose a city"))
        super().__init__(**kwargs)

    def label_from_instance(self, obj):
        return city_label(obj)


def status_text(count):
    if not count:
        return str(_("No city matches. Try fewer letters."))
    return ngettext(
        "%(count)d city found. Use the down arrow key to choose.",
        "%(count)d cities found. Use the down arrow key to choose.",
        count,
    ) % {"count": count}


@partner_required
def suggestions(request):
    """The picker's suggestions for ?q= as JSON: {results: [{id, label}], status}."""
    query = request.GET.get("q", "").replace("\x00", "").strip()
    cities = list(city_suggestions(query))
    return JsonResponse(
        {
            "results": [{"id": city.pk, "label": city_label(city)} for city in cities],
            # Nothing typed, nothing to announce.
            "status": status_text(len(cities)) if query else "",
        }
    )
