"""Query strings as a visitor's browser sends them, and the parameters each public page reads."""

from urllib.parse import quote

from django.urls import resolve

# What every list reads besides its own filters; pages without them ignore them.
COMMON_PARAMETERS = ("q", "sort", "page")
LISTS = ("practices:list", "projects:list", "partners:list", "events:list")


def encoded(text):
    """Percent-encoded as UTF-8; a lone surrogate becomes the bytes it would be, which are not
    UTF-8, so Django decodes them as U+FFFD as it does from any client."""
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def query_string(pairs):
    return "&".join(f"{encoded(name)}={encoded(value)}" for name, value in pairs)


def with_query(address, query):
    if not query:
        return address
    return address + ("&" if "?" in address else "?") + query


def parameter_names(address):
    """The query parameters the page at `address` reads: its list's filters, q, sort, page."""
    view = resolve(address.split("?")[0]).func
    filterset_class = getattr(getattr(view, "view_class", None), "filterset_class", None)
    declared = list(filterset_class.base_filters) if filterset_class else []
    return list(dict.fromkeys([*COMMON_PARAMETERS, *declared]))
