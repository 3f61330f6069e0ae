"""What an alert follows: a list's filters, normalised and validated by the list's own FilterSet,
described in words, and the published items that match them."""

import datetime
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _

from events.filters import EventFilter
from events.models import Event
from portal.alerts.models import TOPIC_LISTS, Alert, Follows
from portal.content.filtering import error_messages
from portal.models import City, Theme
from practices.filters import PracticeFilter
from practices.models import GoodPractice
from projects.filters import OrganisationFilter, ProjectFilter
from projects.models import Organisation, Programme, Project

FILTERSETS = {
    Follows.PRACTICES: (PracticeFilter, GoodPractice),
    Follows.PROJECTS: (ProjectFilter, Project),
    Follows.PARTNERS: (OrganisationFilter, Organisation),
    Follows.EVENTS: (EventFilter, Event),
}
# The page of each topic: the rows whose slug it may follow.
TOPICS = {
    Follows.CITY: lambda: City.objects.addressed(),
    Follows.THEME: lambda: Theme.objects.addressed(),
    Follows.PROGRAMME: lambda: Programme.objects.published(),
}


def filterset_of(item_list, query: str):
    """The list's FilterSet over its published items, bound to `query`."""
    filterset_class, model = FILTERSETS[item_list]
    return filterset_class(QueryDict(query), queryset=model.objects.published())


def shown(value) -> str:
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def query_normalise(follows: str, data) -> str:
    """The filters of `data` (a QueryDict) that `follows` takes, validated and sorted, as a query
    string; raise ValidationError with the visitor's message for anything that is not valid."""
    if follows in TOPICS:
        slug = data.get(follows, "")
        if not TOPICS[follows]().filter(slug=slug).exists():
            raise ValidationError(_("There is no such page to follow."), code="unknown_topic")
        return urlencode({follows: slug})
    if follows not in FILTERSETS:
        raise ValidationError(_("There is no such list to follow."), code="unknown_list")
    filterset_class, model = FILTERSETS[follows]
    names = [
        name
        for name in filterset_class.base_filters
        if name not in filterset_class.ordering_filters and data.get(name, "").strip()
    ]
    filterset = filterset_class(
        QueryDict(urlencode({name: data.get(name) for name in names})),
        queryset=model.objects.published(),
    )
    if not filterset.is_valid():
        raise ValidationError(
            [
                f"{filterset.filters[name].label}: {' '.join(error_messages(errors))}"
                for name, errors in filterset.form.errors.as_data().items()
            ],
            code="invalid_filter",
        )
    cleaned = filterset.form.cleaned_data
    query = urlencode(
        sorted(
            (name, shown(cleaned[name])) for name in names if cleaned.get(name) not in ("", None)
        )
    )
    if len(query) > Alert._meta.get_field("query").max_length:
        raise ValidationError(_("These filters are too long to follow."), code="too_long")
    return query


def alert_description(*, follows: str, query: str) -> str:
    """What an alert follows, in words of the active language, e.g. "Good practices — Theme:
    Mobility; Country: Czechia"."""
    label = Follows(follows).label
    data = QueryDict(query)
    if follows in TOPICS:
        row = TOPICS[follows]().filter(slug=data.get(follows, "")).first()
        return f"{label}: {row if row is not None else data.get(follows, '')}"
    filterset = filterset_of(follows, query)
    if not query or not filterset.is_valid():
        return str(label)
    parts = []
    for name, value in filterset.form.cleaned_data.items():
        if value in ("", None) or name in filterset.ordering_filters:
            continue
        choices = dict(getattr(filterset.form.fields[name], "choices", []))
        parts.append(f"{filterset.filters[name].label}: {choices.get(value, shown(value))}")
    return f"{label} — {'; '.join(parts)}" if parts else str(label)


def alert_lists(*, follows: str, query: str) -> list:
    """(list, FilterSet) of each list an alert reads; a topic's filter is its lists' filter."""
    lists = TOPIC_LISTS.get(follows, [follows])
    return [(item_list, filterset_of(item_list, query)) for item_list in lists]


def matching_items(*, alert, already_sent: set) -> list:
    """(list, item) of the items published since `alert` was confirmed that its filters match,
    by the lists' own rule, leaving out those in `already_sent` ((list, pk) pairs)."""
    found = []
    for item_list, filterset in alert_lists(follows=alert.follows, query=alert.query):
        # A filter no longer valid (its value gone) matches nothing, rather than everything.
        if not filterset.is_valid():
            continue
        rows = filterset.qs.filter(published_at__gte=alert.confirmed_at).order_by(
            "published_at", "pk"
        )
        found += [(item_list, row) for row in rows if (item_list, row.pk) not in already_sent]
    return found
