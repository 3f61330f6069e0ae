"""`backup` and `restore` round trip: every row and every uploaded file comes back as it was.

The content lives in a database of its own, copied from the test database and dropped at the end,
so that the test database is never flushed; restores go into fresh, empty databases.
"""

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import override_settings
from psycopg import sql

from portal.management.commands.restore import Command as RestoreCommand
from portal.models import PublicationStatus
from tests.support import ROOT, factories
from tests.support.files import minimal_pdf
from tests.support.object_storage import (
    CREDENTIALS,
    REGION,
    bucket_create,
    bucket_keys,
    s3_client,
    s3_server,
)

pytestmark = pytest.mark.slow


def server_params():
    database = connection.settings_dict
    return {
        "host": database["HOST"] or None,
        "port": database["PORT"] or None,
        "user": database["USER"] or None,
        "password": database["PASSWORD"] or None,
    }


def maintenance(statement, *names):
    with psycopg.connect(dbname="postgres", autocommit=True, **server_params()) as server:
        server.execute(sql.SQL(statement).format(*map(sql.Identifier, names)))


@contextlib.contextmanager
def connected_to(name):
    """Django's connection on another database of the same server, then back."""
    database = connection.settings_dict
    own_name = database["NAME"]
    connection.close()
    database["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        database["NAME"] = own_name


def add_content():
    """A practice in three languages with its relations, a picture, a document and an event."""
    project = factories.ProjectFactory(title_pl="Wspólny węzeł", title_cs="Společný uzel")
    partnership = factories.PartnershipFactory(project=project, role="lead")
    practice = factories.GoodPracticeFactory(
        title_pl="Węzeł przesiadkowy",
        title_cs="Přestupní uzel",
        title_en="Transfer hub",
        status=PublicationStatus.PUBLISHED,
    )
    practice.organisations.set([partnership.organisation])
    practice.projects.set([project])
    practice.themes.set(factories.ThemeFactory.create_batch(2))
    factories.PracticeImageFactory(practice=practice, alt_text_cs="Modrý obdélník")
    factories.PracticeDocumentFactory(practice=practice)
    factories.PracticeLinkFactory(practice=practice)
    event = factories.EventFactory(project=project)
    event.practices.set([practice])
    factories.NewsItemFactory(project=project)
    factories.EditorFactory(username="editor-in-backup")


class Source:
    def __init__(self, database, files):
        self.database = database
        self.media = files / "media"
        self.private = files / "private"
        self.backups = files / "backups"
        self.output = io.StringIO()

    @property
    def backup(self):
        (folder,) = self.backups.iterdir()
        return folder


@pytest.fixture(scope="module")
def source(db_without_transaction, django_db_blocker, tmp_path_factory):
    """A database with content and files of its own, and the backup `backup` made of it."""
    source = Source(f"backup_source_{os.getpid()}", tmp_path_factory.mktemp("source"))
    with django_db_blocker.unblock():
        connection.close()
        template = connection.settings_dict["NAME"]
        # A template must have no other session. Django keeps a connection per thread and async
        # context, and the browser tests' Playwright runs an event loop in this thread: the
        # connection opened before it started is another context's, which close() cannot reach.
        with psycopg.connect(dbname="postgres", autocommit=True, **server_params()) as server:
            server.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [template],
            )
        maintenance("CREATE DATABASE {} TEMPLATE {}", source.database, template)
        try:
            with (
                connected_to(source.database),
                override_settings(MEDIA_ROOT=source.media, PRIVATE_MEDIA_ROOT=source.private),
            ):
                add_content()
                call_command("backup", "--dir", str(source.backups), stdout=source.output)
            yield source
        finally:
            maintenance("DROP DATABASE IF EXISTS {} WITH (FORCE)", source.database)


@pytest.fixture
def empty_database():
    name = f"backup_target_{os.getpid()}"
    maintenance("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
    maintenance("CREATE DATABASE {}", name)
    yield name
    maintenance("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)


def database_rows(name):
    """Every row of every table, as PostgreSQL writes it out, and each sequence's position."""
    with psycopg.connect(dbname=name, **server_params()) as database:
        tables = database.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
        rows = {
            table: database.execute(
                sql.SQL("SELECT row_to_json(t)::text AS row FROM {} t ORDER BY row").format(
                    sql.Identifier(table)
                )
            ).fetchall()
            for (table,) in tables
        }
        sequences = database.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'"
            " ORDER BY sequencename"
        ).fetchall()
    return rows, sequences


def folder_files(root):
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def restore(backup, database, files, **environment):
    """`manage.py restore` as `make restore` runs it, into `database` and folders under `files`."""
    return manage("restore", str(backup), database=database, files=files, **environment)


def manage(*arguments, database, files, **environment):
    """A `manage.py` command on `database`, with folders of uploads under `files`."""
    url = connection.settings_dict.copy()
    auth = url["USER"] + (f":{url['PASSWORD']}" if url["PASSWORD"] else "")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": f"postgres://{auth}@{url['HOST']}:{url['PORT'] or 5432}/{database}",
        "DJANGO_MEDIA_ROOT": str(files / "media"),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(files / "private"),
        **environment,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_backup_writes_the_dump_the_files_and_a_manifest(source):
    manifest = json.loads((source.backup / "manifest.json").read_text())

    assert sorted(path.name for path in source.backup.iterdir()) == [
        "database.dump",
        "manifest.json",
        "media.tar",
        "private.tar",
    ]
    dump = (source.backup / "database.dump").read_bytes()
    assert dump.startswith(b"PGDMP")
    assert manifest["database"]["name"] == source.database
    assert (manifest["database"]["bytes"], manifest["database"]["sha256"]) == (
        len(dump),
        hashlib.sha256(dump).hexdigest(),
    )
    assert manifest["database"]["pg_dump"].startswith("pg_dump (PostgreSQL) ")
    # The picture (sorl-thumbnail draws no thumbnail unless a page asks) and the document.
    assert {name: entry["count"] for name, entry in manifest["files"].items()} == {
        "media": 1,
        "private": 1,
    }
    for name in ("media", "private"):
        archive = (source.backup / f"{name}.tar").read_bytes()
        assert manifest["files"][name]["sha256"] == hashlib.sha256(archive).hexdigest()
    with psycopg.connect(dbname=source.database, **server_params()) as database:
        applied = database.execute("SELECT app, name FROM django_migrations").fetchall()
    assert sorted(
        (app, name) for app, names in manifest["migrations"].items() for name in names
    ) == sorted(applied)
    # Only its owner may read a backup: it holds every account's password hash.
    assert source.backup.stat().st_mode & 0o777 == 0o700


def test_backup_reports_its_progress(source):
    lines = source.output.getvalue().splitlines()

    assert [line for line in lines if line.startswith("[")] == [
        f"[1/4] Database '{source.database}' -> database.dump",
        f"[2/4] MEDIA_ROOT {source.media} -> media.tar",
        f"[3/4] PRIVATE_MEDIA_ROOT {source.private} -> private.tar",
        "[4/4] manifest.json: sizes, checksums, migrations",
    ]
    assert lines[-2] == f"Backup written to {source.backup}"


def test_restore_brings_back_every_row_and_every_file(source, empty_database, tmp_path):
    result = restore(source.backup, empty_database, tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == [
        f"Restored {source.backup}.",
        "The database's migrations match the code.",
    ]
    restored_rows, restored_sequences = database_rows(empty_database)
    rows, sequences = database_rows(source.database)
    assert restored_rows == rows
    assert restored_sequences == sequences
    assert folder_files(tmp_path / "media") == folder_files(source.media)
    assert folder_files(tmp_path / "private") == folder_files(source.private)
    # What the comparison covers: the content, in every language, and the files.
    practices = [json.loads(row) for (row,) in restored_rows["practices_goodpractice"]]
    assert [(p["title_pl"], p["title_cs"], p["title_en"]) for p in practices] == [
        ("Węzeł przesiadkowy", "Přestupní uzel", "Transfer hub")
    ]
    assert len(restored_rows["practices_goodpractice_themes"]) == 2
    assert [Path(name).suffix for name in folder_files(tmp_path / "media")] == [".png"]
    assert list(folder_files(tmp_path / "private").values()) == [minimal_pdf()]


def archive_files(archive):
    with tarfile.open(archive) as tar:
        return {
            member.name.removeprefix("./"): tar.extractfile(member).read()
            for member in tar
            if member.isfile()
        }


def test_restore_and_backup_carry_files_into_and_out_of_object_storage(
    source, empty_database, tmp_path
):
    with s3_server() as endpoint:
        bucket_create(endpoint, "portal-restored")
        environment = {
            **CREDENTIALS,
            "DJANGO_S3_BUCKET": "portal-restored",
            "DJANGO_S3_ENDPOINT_URL": endpoint,
            "DJANGO_S3_REGION": REGION,
        }
        restored = restore(source.backup, empty_database, tmp_path, **environment)
        stored = {
            key: s3_client(endpoint).get_object(Bucket="portal-restored", Key=key)["Body"].read()
            for key in bucket_keys(endpoint, "portal-restored")
        }
        again = restore(source.backup, empty_database, tmp_path, **environment)
        backed_up = manage(
            "backup",
            "--dir",
            str(tmp_path / "backups"),
            database=empty_database,
            files=tmp_path,
            **environment,
        )

    assert restored.returncode == 0, restored.stderr
    assert "      media.tar -> s3://portal-restored/media/" in restored.stdout.splitlines()
    assert stored == {
        **{f"media/{name}": content for name, content in folder_files(source.media).items()},
        **{f"private/{name}": content for name, content in folder_files(source.private).items()},
    }
    assert again.returncode == 1
    assert again.stderr.strip().splitlines()[-1] == (
        "CommandError: s3://portal-restored/media/ is not empty: restore does not mix a "
        "backup's files with others. Empty it, or point DJANGO_S3_BUCKET (and "
        "DJANGO_S3_PRIVATE_BUCKET) at new buckets, and run restore again."
    )
    assert backed_up.returncode == 0, backed_up.stderr
    assert "[2/4] s3://portal-restored/media/ -> media.tar" in backed_up.stdout.splitlines()
    (backup,) = (tmp_path / "backups").iterdir()
    assert archive_files(backup / "media.tar") == archive_files(source.backup / "media.tar")
    assert archive_files(backup / "private.tar") == archive_files(source.backup / "private.tar")
    # Nothing was written to the folders.
    assert sorted(path.name for path in tmp_path.iterdir()) == ["backups"]


def test_a_failed_restore_leaves_the_database_and_the_folders_empty(
    source, empty_database, tmp_path
):
    # An object of the backup's already exists: pg_restore fails after its first statements.
    with psycopg.connect(dbname=empty_database, autocommit=True, **server_params()) as database:
        database.execute(
            "CREATE FUNCTION portal_unaccent(text) RETURNS text AS 'SELECT $1' LANGUAGE sql"
        )

    result = restore(source.backup, empty_database, tmp_path)

    assert result.returncode == 1
    assert "pg_restore failed:" in result.stderr
    assert 'function "portal_unaccent" already exists' in result.stderr
    with psycopg.connect(dbname=empty_database, **server_params()) as database:
        extensions = database.execute("SELECT extname FROM pg_extension ORDER BY 1").fetchall()
        tables = database.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert (extensions, tables.fetchone()) == ([("plpgsql",)], (0,))
    assert sorted(path.name for path in tmp_path.iterdir()) == []


@pytest.mark.django_db
def test_restore_refuses_a_database_that_has_tables(source, settings, tmp_path):
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = tmp_path / "media", tmp_path / "private"

    with pytest.raises(CommandError, match=r"is not empty: it has \d+ tables") as refusal:
        call_command("restore", str(source.backup), stdout=io.StringIO())

    assert "dropdb" in str(refusal.value)
    assert "ensure_database" in str(refusal.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.django_db
def test_restore_refuses_a_folder_that_has_files(source, settings, tmp_path):
    settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT = tmp_path / "media", tmp_path / "private"
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "picture.png").write_bytes(b"someone's picture")

    with pytest.raises(CommandError, match=re.escape(f"{tmp_path / 'media'} is not empty")):
        call_command("restore", str(source.backup), stdout=io.StringIO())

    assert folder_files(tmp_path) == {"media/picture.png": b"someone's picture"}


def test_restore_refuses_a_damaged_backup(source, tmp_path):
    damaged = tmp_path / "damaged"
    shutil.copytree(source.backup, damaged)
    with (damaged / "media.tar").open("r+b") as archive:
        archive.seek(600)
        archive.write(b"X")

    damage = re.escape(f"The backup is damaged: {damaged / 'media.tar'} does not have the size")
    with pytest.raises(CommandError, match=damage):
        call_command("restore", str(damaged), stdout=io.StringIO())


def test_backup_says_what_to_install_without_pg_dump(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))

    advice = "PostgreSQL's client programs, of the server's major version or newer: on Debian, "
    with pytest.raises(
        CommandError, match=re.escape(advice + "apt-get install postgresql-client-")
    ):
        call_command("backup", "--dir", str(tmp_path / "backups"))

    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("db_without_transaction")
def test_a_failed_backup_leaves_no_folder_behind(django_db_blocker, tmp_path):
    # A database that does not exist: the backup fails after its folder was made.
    with django_db_blocker.unblock(), connected_to("no_such_database_for_backup"):
        with pytest.raises(CommandError, match="Cannot read the database"):
            call_command("backup", "--dir", str(tmp_path / "backups"), stdout=io.StringIO())

    assert list((tmp_path / "backups").iterdir()) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "report"),
    [
        (
            "DELETE FROM django_migrations WHERE app = 'sessions' AND name = '0001_initial'",
            "The code has 1 migrations newer than the backup: run `manage.py migrate` before "
            "starting the portal.",
        ),
        (
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('portal', '9999_from_the_future', now())",
            "The backup has 1 migrations this code does not know (e.g. portal.9999_from_the_future)"
            ": run it with the code it was made with.",
        ),
    ],
)
def test_restore_compares_the_restored_migrations_with_the_code(change, report):
    with connection.cursor() as cursor:
        cursor.execute(change)
    output = io.StringIO()

    RestoreCommand(stdout=output).report_migrations()

    assert output.getvalue() == report + "\n"
