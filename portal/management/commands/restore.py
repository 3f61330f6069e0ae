"""Bring a backup written by `backup` back into an empty database and empty file folders."""

import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

from portal.management.commands.backup import (
    DATABASE_ARCHIVE,
    MANIFEST,
    file_summary,
    object_storage,
    object_storage_address,
    object_storage_files,
    postgres_program,
    run_postgres_program,
)


class Command(BaseCommand):
    help = (
        "Restore a backup folder written by `backup` into the database of DATABASE_URL, which "
        "must be empty, and into the folders of uploaded files (or their places in object "
        "storage), which must be empty or missing. "
        "Nothing is written unless every check passes, and the database is restored in one "
        "transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path, help="The backup's folder, e.g. backups/<stamp>.")

    def handle(self, *args, backup, **options):
        pg_restore = postgres_program("pg_restore")
        self.stdout.write(f"[1/4] Checking {backup} and the places it goes to")
        manifest = self.read_manifest(backup)
        # Each archive's destination: a folder, or a place in object storage.
        folders = {}
        for entry in manifest["files"].values():
            setting = entry["setting"]
            root = object_storage(setting) or Path(getattr(settings, setting))
            folders[root] = backup / entry["file"]
        for root in folders:
            if isinstance(root, Path):
                if root.exists() and any(root.iterdir()):
                    raise CommandError(
                        f"{root} is not empty: restore does not mix a backup's files with "
                        "others. Move its contents away, or point its setting at a new folder, "
                        "and run restore again."
                    )
            elif next(object_storage_files(root), None) is not None:
                raise CommandError(
                    f"{object_storage_address(root)} is not empty: restore does not mix a "
                    "backup's files with others. Empty it, or point DJANGO_S3_BUCKET (and "
                    "DJANGO_S3_PRIVATE_BUCKET) at new buckets, and run restore again."
                )
        database = connection.settings_dict
        self.check_database_is_empty(database["NAME"])

        self.stdout.write("[2/4] Unpacking the uploaded files")
        unpacked = {}
        try:
            for root, archive in folders.items():
                unpacked[root] = self.unpack(archive, root)
                destination = root if isinstance(root, Path) else object_storage_address(root)
                self.stdout.write(f"      {archive.name} -> {destination}")
            self.stdout.write(f"[3/4] Database {database['NAME']!r} <- {DATABASE_ARCHIVE}")
            # One transaction: when any statement fails, the database stays as empty as it was.
            run_postgres_program(
                [
                    pg_restore,
                    "--exit-on-error",
                    "--single-transaction",
                    # Everything belongs to this database's user, whoever owned it before.
                    "--no-owner",
                    "--no-privileges",
                    "--no-password",
                    f"--dbname={database['NAME']}",
                    str(backup / DATABASE_ARCHIVE),
                ],
                database,
                "pg_restore",
            )
        except BaseException:
            for folder in unpacked.values():
                shutil.rmtree(folder.parent, ignore_errors=True)
            raise
        self.stdout.write("[4/4] Putting the files in place")
        for root, folder in unpacked.items():
            if isinstance(root, Path):
                if root.exists():
                    root.rmdir()
                folder.rename(root)
                folder.parent.rmdir()
            else:
                self.upload(folder, root)
                shutil.rmtree(folder.parent)
        self.stdout.write(self.style.SUCCESS(f"Restored {backup}."))
        self.report_migrations()

    def read_manifest(self, backup):
        """The backup's manifest, once every file it lists has its recorded size and checksum."""
        try:
            manifest = json.loads((backup / MANIFEST).read_text())
            entries = [manifest["database"], *manifest["files"].values()]
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(
                f"{backup} is not a complete backup ({MANIFEST}: {error}): give the folder "
                "`backup` wrote, e.g. backups/<stamp>."
            ) from error
        for entry in entries:
            path = backup / entry["file"]
            if not path.is_file():
                raise CommandError(f"The backup is incomplete: {path} is missing.")
            found = file_summary(path)
            if (found["bytes"], found["sha256"]) != (entry["bytes"], entry["sha256"]):
                raise CommandError(
                    f"The backup is damaged: {path} does not have the size and checksum its "
                    "manifest recorded. Restore another backup."
                )
        for entry in manifest["files"].values():
            if not hasattr(settings, entry["setting"]):
                raise CommandError(
                    f"The backup has files for {entry['setting']}, a setting this portal lacks."
                )
        return manifest

    def check_database_is_empty(self, name):
        try:
            tables = connection.introspection.table_names(include_views=True)
        except DatabaseError as error:
            raise CommandError(
                f"Cannot open the database {name!r} ({error}). Create it, empty, first: "
                "`manage.py ensure_database` (or `make database`) does."
            ) from error
        if tables:
            raise CommandError(
                f"The database {name!r} is not empty: it has {len(tables)} tables "
                f"({', '.join(tables[:3])}, ...). restore only writes into an empty database, "
                "so that a backup is never mixed with other content. Point DATABASE_URL at a new "
                "database (`manage.py ensure_database` creates it), or, to replace this one, "
                f"drop and recreate it (dropdb {name} && createdb {name}) and run restore again."
            )

    def unpack(self, archive, root):
        """Extract the archive into a new folder beside `root`, to be renamed into its place;
        for object storage, into a temporary folder, to be uploaded from."""
        if isinstance(root, Path):
            root.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.restoring-", dir=root.parent))
        else:
            root = Path("files")
            staging = Path(tempfile.mkdtemp(prefix="portal-restoring-"))
        # A folder of its own inside, made like any other: mkdtemp's is private to its owner.
        folder = staging / root.name
        try:
            folder.mkdir()
            with tarfile.open(archive) as tar:
                # The "data" filter refuses absolute paths, links out of the folder and devices.
                tar.extractall(folder, filter="data")
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return folder

    def upload(self, folder, storage):
        """Store every file of the folder under its path in the folder, as it was stored."""
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                with path.open("rb") as content:
                    stored = storage.save(name, File(content))
                if stored != name:
                    raise CommandError(f"{name} was stored as {stored}: the storage is not empty.")

    def report_migrations(self):
        executor = MigrationExecutor(connection)
        unknown = sorted(set(executor.loader.applied_migrations) - set(executor.loader.graph.nodes))
        if unknown:
            app, name = unknown[0]
            self.stdout.write(
                self.style.WARNING(
                    f"The backup has {len(unknown)} migrations this code does not know "
                    f"(e.g. {app}.{name}): run it with the code it was made with."
                )
            )
        elif plan := executor.migration_plan(executor.loader.graph.leaf_nodes()):
            self.stdout.write(
                f"The code has {len(plan)} migrations newer than the backup: "
                "run `manage.py migrate` before starting the portal."
            )
        else:
            self.stdout.write("The database's migrations match the code.")
