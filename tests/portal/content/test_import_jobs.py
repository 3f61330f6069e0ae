"""Staff imports in the task worker: a large file checked, confirmed, imported in one transaction,
with its progress and mistakes on the import's page (portal/content/import_jobs.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from portal.models import ImportJob
from portal.operations import caching
from portal.operations.storage import private_storage
from projects.models import Organisation
from tests.support.admin import admin_url
from tests.support.factories import CityFactory, CountryFactory, UserFactory
from tests.support.imports import error_lines, organisations_csv, preview
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def opole(db):
    return CityFactory(slug="opole", country=CountryFactory(code="PL"))


@pytest.fixture
def small_previews(settings):
    """Files of more than two rows count as large."""
    settings.IMPORT_PREVIEW_MAX_ROWS = 2


def rows(count, city="opole"):
    return [f"org-{number},Organizacja {number},,,ngo,{city},,,,," for number in range(count)]


def stored_files():
    _folders, files = private_storage.listdir("imports-pending")
    return files


def test_a_large_file_is_checked_by_the_worker_then_imported_on_confirmation(
    editor_client, editor, opole, small_previews
):
    sent = preview(editor_client, Organisation, organisations_csv(*rows(3)))

    job = ImportJob.objects.get()
    assert sent["Location"] == admin_url(ImportJob, "change", job.pk)
    assert (job.state, job.confirmed, job.rows_total, job.created_by, job.file_name) == (
        "queued",
        False,
        3,
        editor,
        "organisations.csv",
    )
    waiting = editor_client.get(sent["Location"])
    assert '<meta http-equiv="refresh" content="3">' in waiting.content.decode()
    assert "The file is waiting for the task worker." in waiting.content.decode()

    run_due_tasks()

    checked = editor_client.get(sent["Location"])
    job.refresh_from_db()
    assert (job.state, job.rows_done, job.summary, job.errors) == (
        "checked",
        3,
        {"new": 3, "changed": 0, "unchanged": 0},
        [],
    )
    assert not Organisation.objects.exists()
    assert Organisation.history.count() == 0
    assert "refresh" not in checked.content.decode()
    assert "3 new, 0 changed, 0 unchanged." in checked.content.decode()
    assert len(stored_files()) == 1

    confirmed = editor_client.post(admin_url(ImportJob, "confirm", job.pk))
    job.refresh_from_db()
    assert (confirmed["Location"], job.state, job.confirmed) == (sent["Location"], "queued", True)

    run_due_tasks()

    job.refresh_from_db()
    assert (job.state, job.rows_done, job.summary) == (
        "done",
        3,
        {"new": 3, "changed": 0, "unchanged": 0},
    )
    assert list(Organisation.objects.order_by("slug").values_list("slug", "status")) == [
        ("org-0", "draft"),
        ("org-1", "draft"),
        ("org-2", "draft"),
    ]
    assert {
        (version.history_user, version.history_change_reason)
        for version in Organisation.history.all()
    } == {(editor, "Imported from organisations.csv")}
    assert stored_files() == []
    assert (job.stored_name, job.finished_at is not None) == ("", True)


def test_a_large_file_with_mistakes_fails_its_check_with_each_row_named(
    editor_client, opole, small_previews
):
    preview(
        editor_client,
        Organisation,
        organisations_csv(*rows(2), "third,Trzecia,,,ngo,nowhere,,,,,", "fourth,,,,ngo,opole,,,,,"),
    )

    run_due_tasks()

    job = ImportJob.objects.get()
    page = editor_client.get(admin_url(ImportJob, "change", job.pk))
    assert job.state == "failed"
    assert error_lines(page) == [
        "Row 4, column city: City “nowhere” does not exist. Use the slug of an existing city.",
        "Row 5, columns name_pl, name_cs, name_en: Fill it in at least one language.",
    ]
    assert "Confirm import" not in page.content.decode()
    assert (Organisation.objects.count(), stored_files(), job.stored_name) == (0, [], "")


def test_a_row_failing_in_the_confirmed_import_saves_no_row(editor_client, opole, small_previews):
    preview(editor_client, Organisation, organisations_csv(*rows(3)))
    run_due_tasks()
    job = ImportJob.objects.get()
    # The file changes between the check and the import: its last row names no city.
    private_storage.delete(job.stored_name)
    changed = organisations_csv(*rows(2), "last,Ostatnia,,,ngo,nowhere,,,,,")
    private_storage.save(job.stored_name, changed)

    editor_client.post(admin_url(ImportJob, "confirm", job.pk))
    run_due_tasks()

    job.refresh_from_db()
    assert (job.state, job.errors) == (
        "failed",
        ["Row 4, column city: City “nowhere” does not exist. Use the slug of an existing city."],
    )
    assert (Organisation.objects.count(), Organisation.history.count()) == (0, 0)


def test_an_import_records_a_change_once_at_its_end_and_a_check_never(
    editor_client, opole, small_previews, monkeypatch, django_capture_on_commit_callbacks
):
    moves = []
    monkeypatch.setattr(caching.page_changes, "record", lambda tags: moves.append(tags))
    preview(editor_client, Organisation, organisations_csv(*rows(5)))

    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()
    after_check = len(moves)
    editor_client.post(admin_url(ImportJob, "confirm", ImportJob.objects.get().pk))
    with django_capture_on_commit_callbacks(execute=True):
        run_due_tasks()

    assert (after_check, len(moves), Organisation.objects.count()) == (0, 1, 5)


def test_the_page_says_when_the_worker_seems_not_to_run(editor_client, opole, small_previews):
    preview(editor_client, Organisation, organisations_csv(*rows(3)))
    job = ImportJob.objects.get()
    fresh = editor_client.get(admin_url(ImportJob, "change", job.pk)).content.decode()
    ImportJob.objects.update(created_at=timezone.now() - timedelta(hours=1))

    late = editor_client.get(admin_url(ImportJob, "change", job.pk)).content.decode()

    warning = "the task worker (manage.py db_worker) seems not to be running"
    assert (warning in fresh, warning in late) == (False, True)


def test_the_worker_writes_its_messages_in_the_editors_language(
    editor_client, opole, small_previews
):
    with translation.override("pl"):
        editor_client.post(
            admin_url(Organisation, "import").replace("/en/", "/pl/"),
            {"import_file": organisations_csv(*rows(2), "x,X,,,ngo,nowhere,,,,,"), "format": "0"},
        )

    run_due_tasks()

    assert ImportJob.objects.get().errors == [
        "Wiersz 4, kolumna city: Miasto „nowhere” nie istnieje. Użyj sluga istniejącego miasta."
    ]


def test_editors_only_look_at_imports_and_others_may_not_confirm(
    editor_client, client, opole, small_previews
):
    preview(editor_client, Organisation, organisations_csv(*rows(3)))
    run_due_tasks()
    job = ImportJob.objects.get()
    page = editor_client.get(admin_url(ImportJob, "change", job.pk))
    client.force_login(UserFactory(username="viewer", is_staff=True))

    refused = client.post(admin_url(ImportJob, "confirm", job.pk))

    assert (page.context["has_change_permission"], page.context["has_delete_permission"]) == (
        False,
        False,
    )
    assert editor_client.get(admin_url(ImportJob, "add")).status_code == 403
    assert refused.status_code == 403
    assert ImportJob.objects.get().state == "checked"
