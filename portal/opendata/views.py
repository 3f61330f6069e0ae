"""The open data page, and the downloads of the public lists (portal/opendata/downloads.py)."""

import csv
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.opendata.api_policy import DownloadThrottle
from portal.opendata.downloads import LISTINGS, each_row, licence, record, spreadsheet_cell

# A streamed file is sent in pieces of about this many characters, not a write per row.
PIECE_LENGTH = 64 * 1024

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8; header=present",
    "json": "application/json; charset=utf-8",
}


class Echo:
    """A file that hands back what is written to it: csv.writer's rows, one at a time."""

    def write(self, value):
        return value


def csv_lines(listing, rows, absolute):
    writer = csv.writer(Echo())
    # The byte order mark tells spreadsheets the file is UTF-8 (Polish and Czech letters).
    yield "\ufeff" + writer.writerow([str(column.label) for column in listing.columns])
    for row in each_row(rows):
        values = record(listing, row, absolute)
        yield writer.writerow([spreadsheet_cell(value) for value in values.values()])


def json_chunks(listing, rows, absolute, source):
    """One JSON document: what the data is and under which licence, then its rows."""
    about = {
        "title": str(listing.title),
        "source": source,
        "language": translation.get_language(),
        "licence": licence(),
        "attribution": _("Cross-border good practices"),
        "columns": [{"key": column.key, "label": str(column.label)} for column in listing.columns],
    }
    opening = json.dumps(about, ensure_ascii=False)
    yield opening[:-1] + ', "results": ['
    separator = ""
    for row in each_row(rows):
        yield separator + json.dumps(
            record(listing, row, absolute), ensure_ascii=False, cls=DjangoJSONEncoder
        )
        separator = ", "
    yield "]}\n"


def in_language(language, chunks):
    """The chunks made in `language`, joined into pieces of PIECE_LENGTH characters or so: a
    streamed response is written after the view returns, a piece at a time."""
    with translation.override(language):
        piece, length = [], 0
        for chunk in chunks:
            piece.append(chunk)
            length += len(chunk)
            if length >= PIECE_LENGTH:
                yield "".join(piece)
                piece, length = [], 0
        if piece:
            yield "".join(piece)


def too_many_downloads(wait):
    """429, in the visitor's language, with when to try again."""
    seconds = max(1, round(wait or 1))
    response = HttpResponse(
        ngettext(
            "Too many downloads from your address. Try again in %(seconds)d second.",
            "Too many downloads from your address. Try again in %(seconds)d seconds.",
            seconds,
        )
        % {"seconds": seconds},
        content_type="text/plain; charset=utf-8",
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


def download(request, name, file_format):
    """A public list as a CSV or JSON file, with the filters and order of its page's address."""
    listing = LISTINGS.get(name)
    if listing is None:
        raise Http404(_("There is no such list to download."))
    throttle = DownloadThrottle()
    if not throttle.allow_request(request, None):
        return too_many_downloads(throttle.wait())
    rows = listing.rows(request)
    query = request.GET.copy()
    query.pop("page", None)
    page = reverse(listing.page) + (f"?{query.urlencode()}" if query else "")
    source = request.build_absolute_uri(page)
    absolute = request.build_absolute_uri
    if file_format == "csv":
        chunks = csv_lines(listing, rows, absolute)
    else:
        chunks = json_chunks(listing, rows, absolute, source)
    language = translation.get_language()
    response = StreamingHttpResponse(
        in_language(language, chunks), content_type=CONTENT_TYPES[file_format]
    )
    response["Content-Disposition"] = f'attachment; filename="{name}-{language}.{file_format}"'
    response["Link"] = ", ".join(
        [
            f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"',
            f'<{request.build_absolute_uri(reverse("opendata:page"))}>; rel="describedby"',
            f'<{source}>; rel="alternate"; type="text/html"',
        ]
    )
    return response


def open_data(request):
    """What can be downloaded and reused, how, and under which licence."""
    downloads = [
        {
            "title": listing.title,
            "csv": reverse("opendata:download", args=[listing.name, "csv"]),
            "json": reverse("opendata:download", args=[listing.name, "json"]),
        }
        for listing in LISTINGS.values()
    ]
    return render(
        request,
        "portal/open_data.html",
        {
            "downloads": downloads,
            "licence": licence(),
            "api_root": request.build_absolute_uri(reverse("api:api-root")),
            "api_schema": request.build_absolute_uri(reverse("api:schema")),
        },
    )
