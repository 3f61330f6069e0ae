"""Long texts become sanitised HTML: plain text turns into paragraphs (portal/db/rich_text.py)."""

from django.db import migrations

from portal.db.rich_text import rich_text_columns_convert

# The columns of each model's rich texts: the original one and each language's.
RICH_TEXT_COLUMNS = {
    "GoodPractice": (
        "problem",
        "problem_pl",
        "problem_cs",
        "problem_en",
        "solution",
        "solution_pl",
        "solution_cs",
        "solution_en",
        "results",
        "results_pl",
        "results_cs",
        "results_en",
        "resources",
        "resources_pl",
        "resources_cs",
        "resources_en",
        "transferability",
        "transferability_pl",
        "transferability_cs",
        "transferability_en",
    ),
}


def convert_to_html(apps, schema_editor):
    for model_name, columns in RICH_TEXT_COLUMNS.items():
        rich_text_columns_convert(apps.get_model("practices", model_name), columns)


class Migration(migrations.Migration):
    dependencies = [("practices", "0003_history_and_upload_fields")]

    operations = [migrations.RunPython(convert_to_html, migrations.RunPython.noop)]
