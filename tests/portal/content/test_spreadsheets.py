"""Cells a spreadsheet would run are neutralised however the spreadsheet splits the file, and
the staff import reads back exactly what was exported."""

import pytest

from portal.content.spreadsheets import FORMULA_STARTS, formula_escaped, formula_unescaped

SEPARATORS = [",", ";", "\t", "\n", "\r"]
HOSTILE = [
    '=HYPERLINK("http://evil.example","x")',
    " =1+1",
    'Raport;=HYPERLINK("http://evil.example")',
    "Opole; +48 77 000 00 00",
    "Olomouc, -10 % emissions",
    "Gogolin\n@SUM(A1)",
    "a\t=cmd|' /C calc'!A0",
    "\t=1",
    "x;\r=1",
    "x;; ;  -1",
]
HARMLESS = ["Opole; Olomouc", "2018-06-27", "Plain = text", "e-mail: ops@example.org", 12, None]


def cells(text, separator):
    return [cell.strip(" ") for cell in text.split(separator)]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("separator", SEPARATORS)
def test_no_part_of_an_escaped_value_starts_a_formula(value, separator):
    starts = [
        cell for cell in cells(formula_escaped(value), separator) if cell.startswith(FORMULA_STARTS)
    ]

    assert starts == []


@pytest.mark.parametrize(
    "value, escaped",
    [
        ("Raport;=HYPERLINK(1)", "Raport;'=HYPERLINK(1)"),
        ("Opole; +48 77", "Opole; '+48 77"),
        (" =1+1", "' =1+1"),
        ("\t=1", "'\t'=1"),
        ("=1", "'=1"),
    ],
)
def test_the_apostrophes_go_exactly_before_each_formula(value, escaped):
    assert formula_escaped(value) == escaped


@pytest.mark.parametrize("value", HARMLESS)
def test_harmless_values_are_written_as_they_are(value):
    assert formula_escaped(value) == value


@pytest.mark.parametrize("value", HOSTILE + HARMLESS)
def test_the_import_reads_back_what_the_export_wrote(value):
    assert formula_unescaped(formula_escaped(value)) == value
