"""Addresses of other sites as rows written outside the forms hold them: raw SQL, scripts."""

from django.db import connection

# Each is a script or a document to a browser, whatever case or spacing it is written in.
SCRIPT_ADDRESSES = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "JAVASCRIPT&colon;alert(1)",
]
# Schemes a browser runs or shows instead of following a link to another site.
SCRIPT_SCHEMES = ("javascript:", "data:", "vbscript:")


def write_outside_the_forms(queryset, **values):
    """QuerySet.update() past the forms' validation and the database's checks of addresses:
    a CHECK constraint on the table that names a column written is dropped first, inside the
    test's transaction, so it comes back when the test ends."""
    table = queryset.model._meta.db_table
    with connection.cursor() as cursor:
        # Rows written earlier in the transaction may have checks still pending, and a table with
        # pending checks cannot be altered.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = %s::regclass AND contype = 'c'",
            [table],
        )
        for name, definition in cursor.fetchall():
            if any(column in definition for column in values):
                cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    return queryset.update(**values)


def browser_reads(href):
    """An address as a browser reads it: without C0 controls and spaces around it, without
    tabs and line breaks anywhere, in lower case."""
    kept = "".join(character for character in href if character not in "\t\n\r")
    return kept.strip("".join(chr(code) for code in range(0x21))).lower()
