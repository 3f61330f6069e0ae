"""Long texts become sanitised HTML: plain text turns into paragraphs (portal/db/rich_text.py)."""

from django.db import migrations

from portal.db.rich_text import rich_text_columns_convert

# The columns of each model's rich texts: the original one and each language's.
RICH_TEXT_COLUMNS = {
    "Event": (
        "agenda",
        "agenda_pl",
        "agenda_cs",
        "agenda_en",
        "report",
        "report_pl",
        "report_cs",
        "report_en",
    ),
}


def convert_to_html(apps, schema_editor):
    for model_name, columns in RICH_TEXT_COLUMNS.items():
        rich_text_columns_convert(apps.get_model("events", model_name), columns)


class Migration(migrations.Migration):
    dependencies = [("events", "0003_history_and_upload_fields")]

    operations = [migrations.RunPython(convert_to_html, migrations.RunPython.noop)]
