"""Django's PostgreSQL backend, each round trip on a connection under a deadline.

Covered: every query through Django's cursors (an execute wrapper), the health check of a kept
connection (CONN_HEALTH_CHECKS runs `SELECT 1` on psycopg's own cursor, past the wrappers, so its
`is_usable()` is wrapped, with the quick deadline), a new connection's set-up (its time zone),
commit and rollback, and the fetches of a server-side cursor (`.iterator()`, the lists'
downloads), each a round trip of its own. Connecting is bounded by libpq's connect_timeout
(settings.py).
"""

from django.db.backends.postgresql import base

from portal.operations.deadlines import deadline, query_seconds, quick_database_answers


class DatabaseWrapper(base.DatabaseWrapper):
    """PostgreSQL as Django's backend has it, no round trip left to wait without limit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.execute_wrappers.append(self.within_deadline)

    def within_deadline(self, execute, sql, params, many, context):
        with deadline(self.connection, query_seconds()):
            return execute(sql, params, many, context)

    def is_usable(self):
        with quick_database_answers(), deadline(self.connection, query_seconds()):
            return super().is_usable()

    def init_connection_state(self):
        with deadline(self.connection, query_seconds()):
            super().init_connection_state()

    def _commit(self):
        with deadline(self.connection, query_seconds()):
            return super()._commit()

    def _rollback(self):
        with deadline(self.connection, query_seconds()):
            return super()._rollback()

    def create_cursor(self, name=None):
        cursor = super().create_cursor(name)
        return ServerSideFetches(cursor, self) if name else cursor


class ServerSideFetches:
    """A server-side cursor whose fetches and close, each a round trip, run under a deadline."""

    def __init__(self, cursor, wrapper):
        self.cursor = cursor
        self.wrapper = wrapper

    def __getattr__(self, attribute):
        return getattr(self.cursor, attribute)

    def __iter__(self):
        # Django reads server-side cursors with fetchmany(); plain iteration is not bounded.
        return iter(self.cursor)

    def within_deadline(self, method, *args):
        with deadline(self.wrapper.connection, query_seconds()):
            return method(*args)

    def fetchone(self):
        return self.within_deadline(self.cursor.fetchone)

    def fetchmany(self, *size):
        return self.within_deadline(self.cursor.fetchmany, *size)

    def fetchall(self):
        return self.within_deadline(self.cursor.fetchall)

    def close(self):
        return self.within_deadline(self.cursor.close)
