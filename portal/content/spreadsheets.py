"""Cells that spreadsheets would run: what the downloads and the staff exports both write."""

import re

from django.db.models import Func, TextField

# What a spreadsheet takes for the start of a formula (OWASP's list: also tab and carriage
# return). Such a cell is written with an apostrophe in front, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A formula's start may follow spaces, the double quotes a careless split of a CSV leaves around a
# cell, and apostrophes: one already there gets another, so that the import can tell them apart.
STARTS_A_FORMULA = re.compile(r"""[ "']*[=+\-@\t\r]""")
# Spreadsheets set up for Polish or Czech split a CSV on semicolons, others on commas or tabs; a
# cell's text may hold any of them, or a new line, each of which can start a cell of its own.
AFTER_A_SEPARATOR = re.compile(r"""([,;\t\n\r][ "']*)(?=[=+\-@\t\r])""")
ESCAPED_AFTER_A_SEPARATOR = re.compile(r"""([,;\t\n\r][ "']*)'(?=[=+\-@\t\r])""")

# The XML of an XLSX cannot carry most control characters, and a carriage return in it is read
# as a line feed. Office Open XML writes them as _x000D_ and the like (ST_Xstring), and the
# underscore of a text that would read as such a code as _x005F_; spreadsheets decode them.
XML_UNSAFE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b-\x0d\x0e-\x1f\ufffe\uffff]")
XML_CODE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def formula_escaped(value):
    """`value`, with an apostrophe before each part that a spreadsheet would take for a formula:
    its start, and whatever follows a separator it could be split on."""
    if not isinstance(value, str):
        return value
    value = AFTER_A_SEPARATOR.sub(r"\1'", value)
    if STARTS_A_FORMULA.match(value):
        return "'" + value
    return value


def formula_unescaped(value):
    """`value` without the apostrophes that `formula_escaped()` put into it."""
    if not isinstance(value, str):
        return value
    if value.startswith("'") and STARTS_A_FORMULA.match(value, 1):
        value = value[1:]
    return ESCAPED_AFTER_A_SEPARATOR.sub(r"\1", value)


def xlsx_text(value):
    """`value` as an XLSX cell keeps it: control characters, carriage returns included, as
    _xHHHH_ codes."""
    if not isinstance(value, str):
        return value
    return XML_UNSAFE.sub(lambda match: f"_x{ord(match.group()):04X}_", value)


def xlsx_text_decoded(value):
    """The text that `xlsx_text()` (or a spreadsheet) wrote as `value`."""
    if not isinstance(value, str) or "_x" not in value:
        return value
    return XML_CODE.sub(lambda match: chr(int(match.group(1), 16)), value)


def _sql_text(text):
    return "'" + text.replace("'", "''") + "'"


# formula_escaped() in SQL, with the same patterns (PostgreSQL's regular expressions read them
# alike): an apostrophe after each separator that a formula follows, then one at the start.
FORMULA_ESCAPED_TEMPLATE = (
    "regexp_replace(regexp_replace(%(expressions)s, "
    f"{_sql_text(AFTER_A_SEPARATOR.pattern)}, {_sql_text(chr(92) + '1' + chr(39))}, 'g'), "
    f"{_sql_text('^(?=' + STARTS_A_FORMULA.pattern + ')')}, '''')"
)


def formula_escaped_sql(expression):
    """`formula_escaped()` of a text column, in the database: for rows that never reach Python."""
    return Func(expression, template=FORMULA_ESCAPED_TEMPLATE, output_field=TextField())
