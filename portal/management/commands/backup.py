"""Back up the portal: the database (pg_dump) and the uploaded files, into a timestamped folder."""

import hashlib
import json
import os
import posixpath
import shutil
import subprocess
import tarfile
from pathlib import Path

import django
from django.conf import settings
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from portal.operations.outage import error_summary

MANIFEST = "manifest.json"
DATABASE_ARCHIVE = "database.dump"
# The folders of uploaded files, each kept as <name>.tar: public pictures, and the documents only
# the portal's views hand out.
FILE_FOLDERS = {"media": "MEDIA_ROOT", "private": "PRIVATE_MEDIA_ROOT"}
# Where each folder's files are instead when they are in object storage (DJANGO_S3_BUCKET): the
# storage of STORAGES that holds them. The archives are the same either way.
FILE_STORAGES = {"MEDIA_ROOT": "default", "PRIVATE_MEDIA_ROOT": "private"}
POSTGRES_CLIENT_PACKAGE = "postgresql-client-15"


def postgres_program(name):
    """The path of pg_dump or pg_restore, or an error that says what to install."""
    path = shutil.which(name)
    if path is None:
        raise CommandError(
            f"{name} was not found. It comes with PostgreSQL's client programs, of the server's "
            f"major version or newer: on Debian, apt-get install {POSTGRES_CLIENT_PACKAGE}."
        )
    return path


def postgres_environment(database):
    """libpq's variables for Django's database settings, so no password shows in `ps`."""
    variables = {
        "PGHOST": database.get("HOST"),
        "PGPORT": str(database.get("PORT") or ""),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGDATABASE": database["NAME"],
        "PGSSLMODE": database.get("OPTIONS", {}).get("sslmode"),
    }
    return {**os.environ, **{name: value for name, value in variables.items() if value}}


def run_postgres_program(command, database, what):
    result = subprocess.run(
        command, env=postgres_environment(database), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise CommandError(f"{what} failed:\n{result.stderr.strip()}")
    return result.stdout


def file_summary(path):
    with path.open("rb") as archive:
        checksum = hashlib.file_digest(archive, "sha256").hexdigest()
    return {"file": path.name, "bytes": path.stat().st_size, "sha256": checksum}


def object_storage(setting):
    """The object storage that holds the files of the setting's folder; None if the folder does."""
    return storages[FILE_STORAGES[setting]] if settings.S3_BUCKET else None


def object_storage_address(storage):
    return f"s3://{storage.bucket_name}/{storage.location}/"


def object_storage_files(storage, folder=""):
    """The name of every file in the storage, folder by folder."""
    folders, files = storage.listdir(folder)
    for name in files:
        yield posixpath.join(folder, name)
    for name in folders:
        yield from object_storage_files(storage, posixpath.join(folder, name))


def human_size(size):
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.1f} KB"


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump, custom format) and the uploaded files (a tar of each "
        "folder, or of each place in object storage) into a new timestamped folder, with a "
        "manifest of sizes, checksums and the applied migrations. `restore` brings a backup back."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dir",
            dest="parent",
            type=Path,
            default=settings.BASE_DIR / "backups",
            help="The folder that receives the backup's own folder (default: backups/).",
        )

    def handle(self, *args, parent, **options):
        pg_dump = postgres_program("pg_dump")
        stamp = timezone.localtime().strftime("%Y-%m-%d_%H%M%S")
        target = parent / stamp
        if target.exists():
            raise CommandError(f"{target} exists already: wait a second and run backup again.")
        # Written under a hidden name and renamed when complete: a failed or interrupted backup
        # never looks like a usable one. Only the owner may read it: it holds every account.
        partial = parent / f".{stamp}.partial"
        partial.mkdir(mode=0o700, parents=True)
        try:
            manifest = self.write_backup(partial, pg_dump)
            (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
            partial.rename(target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
        self.stdout.write(f"Restore it into an empty database with: make restore BACKUP={target}")

    def write_backup(self, folder, pg_dump):
        database = connection.settings_dict
        steps = 2 + len(FILE_FOLDERS)
        manifest = {
            "format": 1,
            "created_at": timezone.localtime().isoformat(timespec="seconds"),
            "django": django.get_version(),
        }
        self.stdout.write(f"[1/{steps}] Database {database['NAME']!r} -> {DATABASE_ARCHIVE}")
        try:
            server_version, migrations = self.dump_database(folder / DATABASE_ARCHIVE, pg_dump)
        except DatabaseError as error:
            raise CommandError(
                f"Cannot read the database {database['NAME']!r}: {error_summary(error)}"
            ) from error
        pg_dump_version = run_postgres_program([pg_dump, "--version"], database, "pg_dump")
        manifest["database"] = {
            "name": database["NAME"],
            "server_version": server_version,
            "pg_dump": pg_dump_version.strip(),
            **file_summary(folder / DATABASE_ARCHIVE),
        }
        self.stdout.write(f"      {human_size(manifest['database']['bytes'])}")
        # The files after the database: every file a row of the dump names is already there.
        manifest["files"] = {}
        for number, (name, setting) in enumerate(FILE_FOLDERS.items(), start=2):
            archive = folder / f"{name}.tar"
            if storage := object_storage(setting):
                source = object_storage_address(storage)
                self.stdout.write(f"[{number}/{steps}] {source} -> {archive.name}")
                count = self.archive_object_storage(storage, archive)
            else:
                root = Path(getattr(settings, setting))
                self.stdout.write(f"[{number}/{steps}] {setting} {root} -> {archive.name}")
                count = self.archive_folder(root, archive)
            manifest["files"][name] = {"setting": setting, "count": count, **file_summary(archive)}
            self.stdout.write(f"      {count} files, {human_size(archive.stat().st_size)}")
        manifest["migrations"] = migrations
        self.stdout.write(f"[{steps}/{steps}] {MANIFEST}: sizes, checksums, migrations")
        return manifest

    def dump_database(self, dump, pg_dump):
        """pg_dump the database into `dump`; give the server's version and applied migrations."""
        # pg_dump reads one snapshot of the database; the migration state is read in the same
        # snapshot, so the manifest describes exactly what the dump holds.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot(), current_setting('server_version')")
            snapshot, server_version = cursor.fetchone()
            migrations = {}
            for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
                migrations.setdefault(app, []).append(name)
            run_postgres_program(
                [
                    pg_dump,
                    "--format=custom",
                    f"--snapshot={snapshot}",
                    "--no-password",
                    f"--file={dump}",
                ],
                connection.settings_dict,
                "pg_dump",
            )
        return server_version, migrations

    def archive_folder(self, root, archive):
        """Tar the folder's contents (an empty archive if it does not exist); count its files."""
        count = 0
        with tarfile.open(archive, "w") as tar:
            if root.is_dir():
                tar.add(root, arcname=".")
                count = sum(1 for member in tar.getmembers() if member.isfile())
        return count

    def archive_object_storage(self, storage, archive):
        """Tar the storage's files as archive_folder() tars a folder's; count them."""
        count = 0
        with tarfile.open(archive, "w") as tar:
            for name in sorted(object_storage_files(storage)):
                member = tarfile.TarInfo(f"./{name}")
                member.size = storage.size(name)
                member.mtime = storage.get_modified_time(name).timestamp()
                with storage.open(name) as stored:
                    tar.addfile(member, stored)
                count += 1
        return count
