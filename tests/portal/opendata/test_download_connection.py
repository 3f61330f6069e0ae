"""A download's COPY on its connection: its own statement_timeout, and the connection ready for
the next request however the download ends (sent whole, cut off at its limit, left unread)."""

import pytest
from django.db import connection
from psycopg import errors, pq

from portal.opendata.downloads import copied_lines


def statement_timeout():
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('statement_timeout')")
        return cursor.fetchone()[0]


def test_the_copy_runs_under_the_download_limit_and_the_pages_limit_is_back_after(db, settings):
    settings.OPEN_DATA_DOWNLOAD_SECONDS = 5
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = '100ms'")
    slow = "COPY (SELECT pg_sleep(0.3), current_setting('statement_timeout')) TO STDOUT"

    # Under the pages' 100 ms the server would cancel it. (The limit is the transaction's: the
    # test's own transaction keeps it; test_a_download_left_unread... shows it back after.)
    assert list(copied_lines(slow, (), "default")) == [b"\t5s\n"]


def test_a_download_past_its_limit_is_cut_off_and_the_connection_goes_on(db, settings):
    settings.OPEN_DATA_DOWNLOAD_SECONDS = 0.1
    default = statement_timeout()

    with pytest.raises(errors.QueryCanceled):
        list(copied_lines("COPY (SELECT pg_sleep(2)) TO STDOUT", (), "default"))

    assert statement_timeout() == default
    assert list(copied_lines("COPY (SELECT 'next') TO STDOUT", (), "default")) == [b"next\n"]


def test_a_download_left_unread_leaves_the_connection_ready(
    db_without_transaction, django_db_blocker, settings
):
    """As in production: no test transaction around it, so the COPY's own transaction is real."""
    with django_db_blocker.unblock():
        try:
            default = statement_timeout()
            assert not connection.in_atomic_block
            lines = copied_lines(
                "COPY (SELECT n FROM generate_series(1, 10000000) AS n) TO STDOUT", (), "default"
            )
            assert next(lines) == b"1\n"
            # The visitor went away: the response, and so the generator, is closed.
            lines.close()

            assert not connection.in_atomic_block
            assert connection.connection.info.transaction_status == pq.TransactionStatus.IDLE
            assert statement_timeout() == default
            assert list(copied_lines("COPY (SELECT 'next') TO STDOUT", (), "default")) == [
                b"next\n"
            ]
        finally:
            connection.close()
