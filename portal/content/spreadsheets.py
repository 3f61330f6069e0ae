"""Cells that spreadsheets would run: what the downloads and the staff exports both write."""

# What a spreadsheet takes for the start of a formula (OWASP's list: also tab and carriage
# return). Such a cell is written with an apostrophe in front, which spreadsheets show as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_escaped(value):
    """`value`, with an apostrophe in front if a spreadsheet would take it for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def formula_unescaped(value):
    """`value` without the apostrophe that `formula_escaped()` put in front of it."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
