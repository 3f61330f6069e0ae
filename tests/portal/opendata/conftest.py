"""Fixtures of the open data tests: the API read through the WSGI application, as a client would."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections


@pytest.fixture
def connection_kept():
    """The WSGI application closes the database connection after each request, as under a
    server; the test's transaction lives on it, so it stays open, as Django's test client does."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)
