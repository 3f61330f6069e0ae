"""Staff import and export of content as CSV and XLSX, built on django-import-export.

A file has one row per item, identified by its slug, and one column per model field; a
translated field has one column per language (title_pl, title_cs, title_en). Related rows are
named by slug (a country by its code), several of them separated by semicolons. What an import
changes goes through the model's `full_clean()` and `save()`: the same sanitising of rich text,
the same checks and constraints, history and page-cache invalidation as an admin form.

The files themselves are read defensively (`CSV`, `XLSX`): UTF-8 only, a cap on size, rows and
columns, on the unpacked size of an XLSX, and every cell that a spreadsheet could take for a
formula is written with a leading apostrophe on export (removed again on import).
"""

import csv
import io
import re
import zipfile
from decimal import Decimal, InvalidOperation
from itertools import islice

import tablib
from diff_match_patch import diff_match_patch
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.encoding import force_str
from django.utils.html import format_html_join
from django.utils.translation import gettext, gettext_lazy
from import_export import fields as resource_fields
from import_export import resources, widgets
from import_export.formats import base_formats
from import_export.tmp_storages import MediaStorage

from portal.content.spreadsheets import (
    formula_escaped,
    formula_unescaped,
    xlsx_text,
    xlsx_text_decoded,
)
from portal.db.history import history_version_write
from portal.db.search_indexes import in_every_language
from portal.models import PublicationStatus
from portal.operations.storage import private_storage
from portal.translation import translated_fields

SEPARATORS = re.compile(r"[;,\n]")
# How many related rows a file names are read in one query.
RELATED_ROWS_PER_QUERY = 2000
# An XLSX is a zip: the sum of the sizes its entries declare, which zipfile never reads past.
XLSX_MAX_ENTRIES = 1000

NOT_UTF8 = gettext_lazy(
    "The file is not UTF-8 text. In your spreadsheet choose “Save as” and the type "
    "“CSV UTF-8”, or save it as XLSX."
)
NOT_CSV = gettext_lazy("The file is not a CSV file. Save it from your spreadsheet as CSV or XLSX.")
NOT_XLSX = gettext_lazy(
    "The file is not an XLSX workbook. Choose the format that matches the file, or save it from "
    "your spreadsheet as XLSX."
)
NO_HEADER = gettext_lazy(
    "The file has no header row. Its first row must name the columns, e.g. slug, title_pl."
)


class ImportFileError(Exception):
    """A file that cannot be read as a table, with a message for staff."""


def dataset_from_rows(rows):
    """A tablib Dataset of `rows` (the first is the header), checked against the limits."""
    max_rows = settings.IMPORT_MAX_ROWS
    rows = list(islice(rows, max_rows + 2))
    if not rows or not any(cell not in (None, "") for cell in rows[0]):
        raise ImportFileError(NO_HEADER)
    headers = ["" if cell is None else str(cell).strip() for cell in rows[0]]
    # Spreadsheets often carry empty columns and rows after the data.
    while headers and not headers[-1]:
        headers.pop()
    data = [[formula_unescaped(cell) for cell in row] for row in rows[1:]]
    while data and all(cell in (None, "") for cell in data[-1]):
        data.pop()
    if not data:
        raise ImportFileError(gettext("The file has a header row but no rows below it."))
    if len(data) > max_rows:
        raise ImportFileError(
            gettext("The file has more than %(count)d rows. Split it into several files.")
            % {"count": max_rows}
        )
    if len(headers) > settings.IMPORT_MAX_COLUMNS:
        raise ImportFileError(
            gettext("The file has more than %(count)d columns.")
            % {"count": settings.IMPORT_MAX_COLUMNS}
        )
    dataset = tablib.Dataset(headers=headers)
    width = len(headers)
    for number, row in enumerate(data, start=2):
        if any(cell not in (None, "") for cell in row[width:]):
            raise ImportFileError(
                gettext("Row %(row)d has more cells than the header row has column names.")
                % {"row": number}
            )
        dataset.append([*row[:width], *[None] * (width - len(row))])
    return dataset


class EscapedExport:
    """Export with every cell a spreadsheet could run as a formula made plain text."""

    def export_cell(self, value):
        return formula_escaped(value)

    def export_data(self, dataset, **kwargs):
        escaped = tablib.Dataset(headers=dataset.headers)
        for row in dataset:
            escaped.append([self.export_cell(cell) for cell in row])
        return super().export_data(escaped, **kwargs)


class CSV(EscapedExport, base_formats.CSV):
    """UTF-8 CSV (with or without a byte order mark), separated by commas or semicolons."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            try:
                in_stream = in_stream.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                raise ImportFileError(NOT_UTF8) from error
        if "\x00" in in_stream:
            raise ImportFileError(NOT_CSV)
        header_line = in_stream.split("\n", 1)[0]
        # Excel with Polish or Czech settings separates cells with semicolons.
        delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
        try:
            return dataset_from_rows(csv.reader(io.StringIO(in_stream), delimiter=delimiter))
        except csv.Error as error:
            raise ImportFileError(NOT_CSV) from error


class XLSX(EscapedExport, base_formats.XLSX):
    """The first sheet of an XLSX workbook; its values, not its formulas."""

    def export_cell(self, value):
        # Control characters as codes: a workbook keeps them so (a carriage return too), and
        # openpyxl refuses to write them raw.
        return xlsx_text(formula_escaped(value))

    def create_dataset(self, in_stream):
        import openpyxl

        try:
            with zipfile.ZipFile(io.BytesIO(in_stream)) as archive:
                entries = archive.infolist()
        except (zipfile.BadZipFile, ValueError) as error:
            raise ImportFileError(NOT_XLSX) from error
        unpacked = sum(entry.file_size for entry in entries)
        if len(entries) > XLSX_MAX_ENTRIES or unpacked > settings.IMPORT_MAX_UNPACKED_SIZE:
            raise ImportFileError(
                gettext(
                    "The workbook unpacks to more than %(size)d MB. Keep only the sheet to "
                    "import, or save it as CSV."
                )
                % {"size": settings.IMPORT_MAX_UNPACKED_SIZE // 1024 // 1024}
            )
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
        except Exception as error:
            # openpyxl raises whatever its parsers meet in a damaged or foreign file.
            raise ImportFileError(NOT_XLSX) from error
        try:
            if not workbook.worksheets:
                raise ImportFileError(NO_HEADER)
            return dataset_from_rows(
                [xlsx_text_decoded(cell) for cell in row]
                for row in workbook.worksheets[0].iter_rows(values_only=True)
            )
        except ImportFileError:
            raise
        except Exception as error:
            raise ImportFileError(NOT_XLSX) from error
        finally:
            workbook.close()


FORMATS = [CSV, XLSX]


# Widgets: what a cell holds, read and written the same way (a round trip changes nothing).


def cell_text(value):
    """A cell as text without surrounding blanks; an empty cell is ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class TextWidget(widgets.Widget):
    """Text as it is; an empty cell is an empty text (as the admin stores it)."""

    def clean(self, value, row=None, **kwargs):
        if value is None:
            return ""
        return str(value) if not isinstance(value, str) else value

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class ChoiceWidget(widgets.Widget):
    """One of a field's choices, by its code (municipality, lead, draft, ...)."""

    def __init__(self, choices, **kwargs):
        self.codes = [code for code, _label in choices]
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        code = cell_text(value).lower()
        if not code:
            return None
        if code not in self.codes:
            raise ValueError(
                gettext("“%(value)s” is not allowed here. Use one of: %(codes)s.")
                % {"value": cell_text(value), "codes": ", ".join(self.codes)}
            )
        return code

    def render(self, value, obj=None, **kwargs):
        return value or ""


class DateWidget(widgets.Widget):
    """A date as YYYY-MM-DD in a CSV; a date cell in an XLSX."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        if hasattr(value, "date"):  # a datetime from an XLSX date cell
            return value.date()
        if hasattr(value, "isoformat"):
            return value
        try:
            return widgets.DateWidget(format="%Y-%m-%d").clean(cell_text(value))
        except ValueError:
            raise ValueError(
                gettext("“%(value)s” is not a date. Write dates as YYYY-MM-DD, e.g. 2024-03-31.")
                % {"value": cell_text(value)}
            ) from None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else value.isoformat()


class NumberWidget(widgets.Widget):
    """A whole number (a year, a count), or with `decimal`, an amount like 1250000.50."""

    def __init__(self, decimal=False, **kwargs):
        self.decimal = decimal
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        text = cell_text(value).replace("\xa0", "").replace(" ", "")
        if not text:
            return None
        try:
            number = Decimal(text.replace(",", ".") if self.decimal else text)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or (not self.decimal and number % 1):
            example = "1250000.50" if self.decimal else "2019"
            raise ValueError(
                gettext("“%(value)s” is not a number. Write it with digits only, e.g. %(example)s.")
                % {"value": cell_text(value), "example": example}
            )
        return number if self.decimal else int(number)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


def rows_named_by_imports(model):
    """The rows a file may name or update: proposed changes that wait for review are not among
    them (they are reviewed as submissions, never imported onto)."""
    queryset = model._default_manager.all()
    return queryset.originals() if hasattr(queryset, "originals") else queryset


class RelatedRowsRead:
    """The related rows a whole file names, read at its start in a few queries rather than a
    query for every cell. A name not among them (a row the file itself adds before naming it)
    is looked up when met, as before."""

    def related_keys(self, value):
        return [cell_text(value)]

    def related_rows_read(self, values):
        keys = list(dict.fromkeys(key for value in values for key in self.related_keys(value)))
        keys = [key for key in keys if key]
        self.known = {}
        for start in range(0, len(keys), RELATED_ROWS_PER_QUERY):
            chunk = keys[start : start + RELATED_ROWS_PER_QUERY]
            for related in rows_named_by_imports(self.model).filter(**{f"{self.field}__in": chunk}):
                self.known[getattr(related, self.field)] = related


class SlugWidget(RelatedRowsRead, widgets.ForeignKeyWidget):
    """A related row named by its slug (or another unique column, a country's code)."""

    def __init__(self, model, field="slug", missing=None, **kwargs):
        self.missing = missing
        self.known = {}
        super().__init__(model, field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        key = cell_text(value)
        if not key:
            return None
        if key in self.known:
            return self.known[key]
        try:
            return rows_named_by_imports(self.model).get(**{self.field: key})
        except self.model.DoesNotExist:
            raise ValueError(self.missing % {"value": key}) from None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else getattr(value, self.field)


class SlugListWidget(RelatedRowsRead, widgets.ManyToManyWidget):
    """Several related rows by slug, separated by semicolons: "water; transport"."""

    def __init__(self, model, field="slug", missing=None, **kwargs):
        self.missing = missing
        self.known = {}
        super().__init__(model, separator=";", field=field, **kwargs)

    def related_keys(self, value):
        keys = dict.fromkeys(key.strip() for key in SEPARATORS.split(cell_text(value)))
        return [key for key in keys if key]

    def clean(self, value, row=None, **kwargs):
        keys = self.related_keys(value)
        found = {key: self.known[key] for key in keys if key in self.known}
        looked_up = [key for key in keys if key not in found]
        if looked_up:
            found.update(
                (getattr(related, self.field), related)
                for related in rows_named_by_imports(self.model).filter(
                    **{f"{self.field}__in": looked_up}
                )
            )
        unknown = [key for key in keys if key not in found]
        if unknown:
            raise ValueError(" ".join(self.missing % {"value": key} for key in unknown))
        return [found[key] for key in keys]

    def render(self, value, obj=None, **kwargs):
        # An item not yet saved has none (import-export reads its many-to-many field as None).
        if value is None:
            return ""
        return self.render_cleaned(value.all())

    def render_cleaned(self, related_rows):
        return "; ".join(sorted(getattr(related, self.field) for related in related_rows))


# Related rows as a file names them (by model label): the column that names them, and what to
# say when no row has that name.
RELATED = {
    "portal.city": (
        "slug",
        gettext_lazy("City “%(value)s” does not exist. Use the slug of an existing city."),
    ),
    "portal.country": (
        "code",
        gettext_lazy(
            "Country “%(value)s” does not exist. Use the two-letter code of an existing "
            "country, e.g. PL or CZ."
        ),
    ),
    "portal.theme": (
        "slug",
        gettext_lazy("Theme “%(value)s” does not exist. Use the slug of an existing theme."),
    ),
    "projects.programme": (
        "slug",
        gettext_lazy(
            "Programme “%(value)s” does not exist. Use the slug of an existing programme."
        ),
    ),
    "projects.organisation": (
        "slug",
        gettext_lazy(
            "Organisation “%(value)s” does not exist. Use the slug of an existing organisation."
        ),
    ),
    "projects.project": (
        "slug",
        gettext_lazy("Project “%(value)s” does not exist. Use the slug of an existing project."),
    ),
    "practices.goodpractice": (
        "slug",
        gettext_lazy(
            "Good practice “%(value)s” does not exist. Use the slug of an existing good practice."
        ),
    ),
}


def related_widget(model, *, many):
    field, missing = RELATED[model._meta.label_lower]
    widget_class = SlugListWidget if many else SlugWidget
    return widget_class(model, field=field, missing=missing)


class PreviewDiff(resources.Diff):
    """What a row changes, for the preview: removed text in <del>, added in <ins>.

    import-export's own diff styles them with inline style attributes, which the
    Content-Security-Policy refuses; browsers show <del> struck through and <ins> underlined.
    """

    TAGS = {-1: "del", 0: "span", 1: "ins"}

    def __init__(self, resource, instance, new):
        self.shown = resource.html_diff
        if self.shown:
            super().__init__(resource, instance, new)
        else:
            # Nobody sees it (the worker's import): exporting each row twice is work for nothing.
            self.left, self.right, self.new = [], [], new

    def compare_with(self, resource, instance):
        if self.shown:
            super().compare_with(resource, instance)

    def as_html(self):
        if not self.shown:
            return []
        differ = diff_match_patch()
        cells = []
        for before, after in zip(self.left, self.right, strict=True):
            if before != after and self.new:
                before = ""
            changes = differ.diff_main(force_str(before), force_str(after))
            differ.diff_cleanupSemantic(changes)
            cells.append(
                format_html_join(
                    "",
                    "<{}>{}</{}>",
                    ((self.TAGS[op], text, self.TAGS[op]) for op, text in changes),
                )
            )
        return cells


class ContentResource(resources.ModelResource):
    """A row per item, found by slug; every change validated and saved one by one.

    Subclasses list their columns in `Meta.fields`, in the order of the file.
    """

    # Plain words for the model's check constraints that carry no message of their own.
    constraint_messages = {}

    class Meta:
        import_id_fields = ["slug"]
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        """A column of the portal's kind: slugs for related rows, codes for choices."""
        field_class = resource_fields.Field
        options = {}
        if isinstance(django_field, models.ManyToManyField):
            widget = related_widget(django_field.related_model, many=True)
        elif isinstance(django_field, models.ForeignKey):
            widget = related_widget(django_field.related_model, many=False)
        elif django_field.choices:
            widget = ChoiceWidget(django_field.choices)
            # An empty cell keeps what the row has (a new row: the model's default).
            options["saves_null_values"] = False
        elif isinstance(django_field, models.DateField):
            widget = DateWidget()
        elif isinstance(django_field, models.DecimalField):
            widget = NumberWidget(decimal=True)
        elif isinstance(django_field, models.IntegerField):
            widget = NumberWidget()
        else:
            widget = TextWidget()
        return field_class(
            attribute=field_name,
            column_name=field_name,
            widget=widget,
            readonly=readonly,
            **options,
        )

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.first_rows = {}
        # The worker's import: no marked-up diff of each row (nobody sees it), and a call after
        # each row with its number, for the progress the editor sees.
        self.html_diff = True
        self.row_done = None
        # Whether the row just saved is new, until its version is written (save_m2m()).
        self.version_due = None

    def get_diff_class(self):
        return PreviewDiff

    # The file as a whole.

    def required_columns(self):
        """Groups of columns of which the file must have at least one each: the slug, and each
        required field's column (a translated field's in any language)."""
        model = self._meta.model
        translated = translated_fields(model)
        groups = [["slug"]]
        for field in model._meta.concrete_fields:
            if field.blank or field.has_default() or not field.editable:
                continue
            if field.name in translated:
                groups.append(in_every_language(field.name))
            elif field.name in self.fields:
                groups.append([self.fields[field.name].column_name])
        return groups

    def before_import(self, dataset, **kwargs):
        columns = [field.column_name for field in self.get_import_fields()]
        headers = [header for header in dataset.headers if header]
        unknown = [header for header in headers if header not in columns]
        if unknown:
            raise ImportFileError(
                gettext("Unknown columns: %(unknown)s. The columns of this file are: %(columns)s.")
                % {"unknown": ", ".join(unknown), "columns": ", ".join(columns)}
            )
        missing = [
            " / ".join(group)
            for group in self.required_columns()
            if not any(column in headers for column in group)
        ]
        if missing:
            raise ImportFileError(
                gettext("The file lacks required columns: %(missing)s.")
                % {"missing": ", ".join(missing)}
            )
        repeated = [header for header in set(headers) if headers.count(header) > 1]
        if repeated:
            raise ImportFileError(
                gettext("These columns appear more than once: %(columns)s.")
                % {"columns": ", ".join(sorted(repeated))}
            )
        self.first_rows = {}
        for number, slug in enumerate(dataset["slug"], start=2):
            self.first_rows.setdefault(cell_text(slug), number)
        for field in self.get_import_fields():
            if isinstance(field.widget, RelatedRowsRead) and field.column_name in headers:
                field.widget.related_rows_read(dataset[field.column_name])

    # One row.

    def import_instance(self, instance, row, **kwargs):
        """Read every cell, including the related rows saved after the item, and collect every
        mistake of the row rather than stopping at the first."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self.related_list_fields(row):
            try:
                field.clean(row)
            except ValueError as error:
                errors[field.attribute] = ValidationError(str(error), code="invalid")
        slug = cell_text(row.get("slug"))
        first = self.first_rows.get(slug)
        # The spreadsheet's row number: the header is row 1.
        if slug and first is not None and first != kwargs["row_number"] + 1:
            errors["slug"] = ValidationError(
                gettext(
                    "“%(slug)s” is also in row %(first)d. Each slug may appear only once in a file."
                )
                % {"slug": slug, "first": first},
                code="duplicate",
            )
        if errors:
            raise ValidationError(errors)

    def import_row(self, row, instance_loader, **kwargs):
        row_result = super().import_row(row, instance_loader, **kwargs)
        if self.row_done is not None:
            self.row_done(kwargs["row_number"])
        return row_result

    def related_list_fields(self, row):
        return [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row
        ]

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as error:
            raise ValidationError(self.plain_errors(error.message_dict)) from None

    def plain_errors(self, message_dict):
        """The row's errors keyed by column, in words staff can act on."""
        translated = translated_fields(self._meta.model)
        columns = {field.attribute: field.column_name for field in self.fields.values()}
        plain = {}
        for attribute, messages in message_dict.items():
            if attribute in translated:
                # The field itself is required: no language column has a value.
                key = ", ".join(in_every_language(attribute))
                messages = [gettext("Fill it in at least one language.")]
            elif attribute == NON_FIELD_ERRORS:
                key = NON_FIELD_ERRORS
                messages = [self.constraint_message(message) for message in messages]
            else:
                key = columns.get(attribute, attribute)
            plain.setdefault(key, []).extend(messages)
        return plain

    def constraint_message(self, message):
        for name, plain in self.constraint_messages.items():
            if name in message:
                return str(plain)
        return message

    def skip_row(self, instance, original, row, import_validation_errors=None):
        """Whether the row changes nothing, by what export would write before and after."""
        if import_validation_errors or original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if isinstance(field.widget, widgets.ManyToManyWidget):
                if field.widget.render_cleaned(field.clean(row)) != field.export(original):
                    return False
            elif field.export(instance) != field.export(original):
                return False
        return True

    def before_save_instance(self, instance, row, **kwargs):
        instance._change_reason = self.change_reason(kwargs.get("file_name"))
        # The version is signed by whoever imports (the admin passes `user`), as a form's or a
        # publication's is, even where no request is being answered.
        if kwargs.get("user") is not None:
            instance._history_user = kwargs["user"]
        # One version per row, written once its many-to-many links are set (save_m2m()), not
        # one for the fields and another for each link changed.
        instance.skip_history_when_saving = True
        self.version_due = None

    def do_instance_save(self, instance, is_create):
        super().do_instance_save(instance, is_create)
        self.version_due = is_create

    def save_m2m(self, instance, row, **kwargs):
        super().save_m2m(instance, row, **kwargs)
        instance.__dict__.pop("skip_history_when_saving", None)
        if self.version_due is not None:
            history_version_write(instance=instance, created=self.version_due)
            self.version_due = None

    @staticmethod
    def change_reason(file_name):
        return gettext("Imported from %(file)s") % {"file": file_name or "?"}


class PublishableResource(ContentResource):
    """Content with a publication status: a new row is a draft unless its status says otherwise."""

    status = resource_fields.Field(
        attribute="status",
        column_name="status",
        widget=ChoiceWidget(PublicationStatus.choices),
        saves_null_values=False,
    )

    def get_queryset(self):
        return rows_named_by_imports(self._meta.model)


def row_error_sentences(invalid_row):
    """The mistakes of an imported row, each naming the spreadsheet's row and column."""
    # import-export counts the rows below the header from 1; a spreadsheet counts the header.
    row = invalid_row.number + 1
    sentences = []
    for column, messages in invalid_row.error_dict.items():
        for message in messages:
            if column == NON_FIELD_ERRORS:
                sentences.append(
                    gettext("Row %(row)d: %(message)s") % {"row": row, "message": message}
                )
            elif ", " in column:
                # A translated field, required in one language at least.
                sentences.append(
                    gettext("Row %(row)d, columns %(columns)s: %(message)s")
                    % {"row": row, "columns": column, "message": message}
                )
            else:
                sentences.append(
                    gettext("Row %(row)d, column %(column)s: %(message)s")
                    % {"row": row, "column": column, "message": message}
                )
    return sentences


def result_error_sentences(result):
    """Every mistake of an import's result, in the order of the file, as the editor reads them."""
    if result.base_errors:
        return [str(error.error) for error in result.base_errors]
    sentences = [
        gettext("Row %(row)s could not be saved: %(error)s")
        % {"row": number + 1, "error": error.error}
        for number, errors in result.row_errors()
        for error in errors
    ]
    for invalid_row in result.invalid_rows:
        sentences.extend(row_error_sentences(invalid_row))
    return sentences


class PendingImportStorage(MediaStorage):
    """An uploaded file between its preview and its confirmation, kept with the private
    documents (whichever server the confirmation reaches reads it there), under a random name."""

    NAME = re.compile(r"^[0-9a-f]{32}$")

    def __init__(self, **kwargs):
        super().__init__(MEDIA_FOLDER="imports-pending", **kwargs)

    def _configure_storage(self):
        self._storage = private_storage
