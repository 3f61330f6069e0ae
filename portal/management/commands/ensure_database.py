"""Make sure the configured PostgreSQL server answers and the portal's database exists."""

import shutil
import subprocess
import time

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg import sql

LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
START_TIMEOUT_SECONDS = 30


class Command(BaseCommand):
    help = (
        "Check that PostgreSQL answers (starting a local cluster that is installed but stopped) "
        "and create the portal's database if it is missing."
    )

    def handle(self, *args, **options):
        database = settings.DATABASES["default"]
        params = {
            "host": database.get("HOST") or None,
            "port": database.get("PORT") or None,
            "user": database.get("USER") or None,
            "password": database.get("PASSWORD") or None,
            "connect_timeout": 3,
            "autocommit": True,
        }
        name = database["NAME"]
        where = f"{database.get('HOST') or 'local socket'}:{database.get('PORT') or 5432}"

        connection = self.connect(params, where)
        with connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if exists:
                self.stdout.write(f"PostgreSQL at {where}: database {name!r} is ready.")
                return
            try:
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            except psycopg.Error as error:
                raise CommandError(
                    f"Database {name!r} does not exist and could not be created ({error}): "
                    f"create it yourself or give DATABASE_URL a user allowed to create databases."
                ) from error
        self.stdout.write(self.style.SUCCESS(f"PostgreSQL at {where}: created database {name!r}."))

    def connect(self, params, where):
        """Connect to the server's maintenance database, starting a stopped local cluster once."""
        try:
            return psycopg.connect(dbname="postgres", **params)
        except psycopg.OperationalError as error:
            first_error = error
        if (params["host"] or "") in LOCAL_HOSTS and self.start_local_clusters():
            deadline = time.monotonic() + START_TIMEOUT_SECONDS
            while time.monotonic() < deadline:
                try:
                    return psycopg.connect(dbname="postgres", **params)
                except psycopg.OperationalError as error:
                    first_error = error
                    time.sleep(1)
        reason = str(first_error).strip().splitlines()[0]
        raise CommandError(
            f"Cannot reach PostgreSQL at {where} ({reason}): install and start PostgreSQL 15 "
            "or newer (on Debian: apt-get install postgresql), "
            "or set DATABASE_URL to a server you can reach."
        )

    def start_local_clusters(self):
        """Start the Debian clusters that are installed but down; say whether any was started."""
        if not shutil.which("pg_lsclusters") or not shutil.which("pg_ctlcluster"):
            return False
        listing = subprocess.run(
            ["pg_lsclusters", "--no-header"], capture_output=True, text=True, check=False
        )
        started = False
        for line in listing.stdout.splitlines():
            version, cluster, _port, status, *_ = line.split()
            if status != "down":
                continue
            self.stdout.write(f"Starting the stopped PostgreSQL cluster {version}/{cluster}...")
            result = subprocess.run(
                ["pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, "start"],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode == 0:
                started = True
            else:
                self.stderr.write(result.stderr.strip())
        return started
