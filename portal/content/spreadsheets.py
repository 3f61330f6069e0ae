"""Cells that spreadsheets would run: what the downloads and the staff exports both write."""

import re

# What a spreadsheet takes for the start of a formula (OWASP's list: also tab and carriage
# return). Such a cell is written with an apostrophe in front, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets set up for Polish or Czech split a CSV on semicolons, others on commas or tabs; a
# cell's text may hold any of them, or a new line, each of which can start a cell of its own.
AFTER_A_SEPARATOR = re.compile(r"([,;\t\n\r] *)(?=[=+\-@\t\r])")
ESCAPED_AFTER_A_SEPARATOR = re.compile(r"([,;\t\n\r] *)'(?=[=+\-@\t\r])")


def formula_escaped(value):
    """`value`, with an apostrophe before each part that a spreadsheet would take for a formula:
    its start, and whatever follows a separator it could be split on."""
    if not isinstance(value, str):
        return value
    value = AFTER_A_SEPARATOR.sub(r"\1'", value)
    if value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def formula_unescaped(value):
    """`value` without the apostrophes that `formula_escaped()` put into it."""
    if not isinstance(value, str):
        return value
    if value.startswith("'") and value[1:].lstrip(" ").startswith(FORMULA_STARTS):
        value = value[1:]
    return ESCAPED_AFTER_A_SEPARATOR.sub(r"\1", value)
