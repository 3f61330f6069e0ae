"""The staff import and export in the admin, driven as staff do: files, previews, confirmations."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.support.admin import admin_url
from tests.support.tasks import run_due_tasks

CSV_FORMAT, XLSX_FORMAT = "0", "1"
ORGANISATION_COLUMNS = (
    "slug,name_pl,name_cs,name_en,kind,city,website,description_pl,description_cs,"
    "description_en,status"
)


def csv_file(text, name="organisations.csv", encoding="utf-8"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def organisations_csv(*rows):
    return csv_file("\n".join([ORGANISATION_COLUMNS, *rows]) + "\n")


def preview(client, model, upload, file_format=CSV_FORMAT):
    return client.post(admin_url(model, "import"), {"import_file": upload, "format": file_format})


def confirm(client, model, preview_response):
    """Post the preview's confirmation form as the browser would, let the worker import the
    file, and open the import's page the confirmation leads to."""
    form = preview_response.context["confirm_form"]
    data = {name: form[name].value() for name in form.fields}
    queued = client.post(admin_url(model, "process_import"), data)
    if queued.status_code != 302:
        return queued
    run_due_tasks()
    return client.get(queued["Location"])


def job_summary(response):
    """What an import's page says of the import: its state and its counts."""
    job = response.context["original"]
    return job.state, job.summary


def error_lines(response):
    """The mistakes the import page lists, as staff read them."""
    content = response.content.decode()
    start = content.index('<ul class="errorlist">')
    items = content[start : content.index("</ul>", start)].split("<li>")[1:]
    return [item.split("</li>")[0].strip() for item in items]


def export(client, model, file_format=CSV_FORMAT, **filters):
    address = admin_url(model, "export")
    if filters:
        address += "?" + "&".join(f"{key}={value}" for key, value in filters.items())
    response = client.post(address, {"format": file_format, "resource": "0"})
    assert response.status_code == 200, response.content[:500]
    return response


def exported_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))
