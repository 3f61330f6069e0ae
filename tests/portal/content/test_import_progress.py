"""The progress of an import in the worker, read from another connection while the import's
transaction is open: a transactional test, apart from the others (they run in a transaction)."""

import pytest
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models.signals import post_save

from portal.models import ImportJob
from projects.models import Organisation
from tests.support.factories import CityFactory, CountryFactory
from tests.support.imports import organisations_csv, preview
from tests.support.tasks import run_due_tasks


@pytest.fixture
def small_previews(settings):
    settings.IMPORT_PREVIEW_MAX_ROWS = 2


def rows(count):
    return [f"org-{number},Organizacja {number},,,ngo,opole,,,,," for number in range(count)]


@pytest.fixture
def migrations_rows_back(django_db_blocker):
    """The rows the migrations made (the Editors group), written again after the flush that
    ends a transactional test, for the tests of a later run on the same database."""
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


# migrations_rows_back first: it is torn down after transactional_db's flush.
def test_progress_shows_outside_the_imports_open_transaction(
    migrations_rows_back,
    django_db_serialized_rollback,
    transactional_db,
    editor_client,
    small_previews,
):
    CityFactory(slug="opole", country=CountryFactory(code="PL"))
    preview(editor_client, Organisation, organisations_csv(*rows(3)))
    job = ImportJob.objects.get()
    ImportJob.objects.update(confirmed=True)
    onlooker = connections.create_connection(DEFAULT_DB_ALIAS)
    seen = []

    def look(sender, **kwargs):
        with onlooker.cursor() as cursor:
            cursor.execute("SELECT rows_done FROM portal_importjob WHERE id = %s", [job.pk])
            seen.append(cursor.fetchone()[0])

    post_save.connect(look, sender=Organisation)
    try:
        run_due_tasks()
    finally:
        post_save.disconnect(look, sender=Organisation)
        onlooker.close()

    assert seen == [0, 1, 2]
    assert ImportJob.objects.get().state == "done"
