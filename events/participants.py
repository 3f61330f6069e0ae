"""The list of an event's participants for the organiser: CSV and XLSX, formula-safe."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

from events.models import Application, ApplicationState
from portal.content.spreadsheets import formula_escaped, xlsx_text


def participants_header() -> list[str]:
    return [
        _("Event"),
        _("Name"),
        _("Organisation"),
        _("Role"),
        _("E-mail address"),
        _("Language"),
        _("Needs"),
        _("Received"),
    ]


def participants_rows(events) -> list[list]:
    """One row per confirmed applicant of `events`, by event and arrival."""
    applications = (
        Application.objects.filter(event__in=events, state=ApplicationState.CONFIRMED)
        .select_related("event")
        .order_by("event__start_date", "event__slug", "received_at", "pk")
    )
    return [
        [
            str(application.event),
            application.name,
            application.organisation,
            application.role,
            application.email,
            application.language,
            application.needs,
            timezone.localtime(application.received_at).strftime("%Y-%m-%d %H:%M"),
        ]
        for application in applications
    ]


def participants_csv(events) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in [participants_header(), *participants_rows(events)]:
        writer.writerow([formula_escaped(value) for value in row])
    return out.getvalue()


def participants_xlsx(events) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Participants")[:31]
    for row in [participants_header(), *participants_rows(events)]:
        sheet.append([xlsx_text(formula_escaped(value)) for value in row])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
