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
from portal.opendata.downloads import (
    LISTINGS,
    copied_lines,
    download_statement,
    each_row,
    licence,
    record,
    spreadsheet_cell,
)

# A streamed file is sent in pieces of about this many characters (bytes, of a file that the
# database writes), not a write per row.
PIECE_LENGTH = 64 * 1024

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8; header=present",
    "json": "application/json; charset=utf-8",
}


class Echo:
    """A file that hands back what is written to it: csv.writer's rows, one at a time."""

    def write(self, value):
        return value


def csv_header(listing, writer):
    # The byte order mark tells spreadsheets the file is UTF-8 (Polish and Czech letters).
    return "\ufeff" + writer.writerow([str(column.label) for column in listing.columns])


def csv_lines(listing, rows, absolute):
    writer = csv.writer(Echo())
    yield csv_header(listing, writer)
    for row in each_row(rows):
        values = record(listing, row, absolute)
        yield writer.writerow([spreadsheet_cell(value) for value in values.values()])


def json_opening(listing, source):
    """What the data is and under which licence, up to the opening of its rows' array."""
    about = {
        "title": str(listing.title),
        "source": source,
        "language": translation.get_language(),
        "licence": licence(),
        "attribution": _("Cross-border good practices"),
        "columns": [{"key": column.key, "label": str(column.label)} for column in listing.columns],
    }
    return json.dumps(about, ensure_ascii=False)[:-1] + ', "results": ['


JSON_CLOSING = "]}\n"


def json_chunks(listing, rows, absolute, source):
    """One JSON document: what the data is and under which licence, then its rows."""
    yield json_opening(listing, source)
    separator = ""
    for row in each_row(rows):
        yield separator + json.dumps(
            record(listing, row, absolute), ensure_ascii=False, cls=DjangoJSONEncoder
        )
        separator = ", "
    yield JSON_CLOSING


def copied_pieces(lines, *, opening, closing, separator=b""):
    """The database's lines, `separator` between them, in pieces of PIECE_LENGTH bytes or so:
    `opening` before the first line, `closing` after the last."""
    piece, length = [opening], len(opening)
    for number, line in enumerate(lines):
        if separator and number:
            piece.append(separator)
        piece.append(line)
        length += len(line)
        if length >= PIECE_LENGTH:
            yield b"".join(piece)
            piece, length = [], 0
    piece.append(closing)
    yield b"".join(piece)


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
    query = request.GET.copy()
    query.pop("page", None)
    page = reverse(listing.page) + (f"?{query.urlencode()}" if query else "")
    source = request.build_absolute_uri(page)
    language = translation.get_language()
    if listing.in_database:
        # Made now, in the visitor's language; the database writes the rows as they are sent.
        lines = copied_lines(*download_statement(listing, request, file_format))
        if file_format == "csv":
            # Lines end as PostgreSQL ends them, with a line feed; the header's too.
            header = csv_header(listing, csv.writer(Echo(), lineterminator="\n"))
            pieces = copied_pieces(lines, opening=header.encode(), closing=b"")
        else:
            opening, closing = json_opening(listing, source).encode(), JSON_CLOSING.encode()
            pieces = copied_pieces(lines, opening=opening, closing=closing, separator=b",")
    else:
        rows = listing.rows(request)
        absolute = request.build_absolute_uri
        if file_format == "csv":
            chunks = csv_lines(listing, rows, absolute)
        else:
            chunks = json_chunks(listing, rows, absolute, source)
        pieces = in_language(language, chunks)
    response = StreamingHttpResponse(pieces, content_type=CONTENT_TYPES[file_format])
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
