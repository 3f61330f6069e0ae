import json
import logging

import pytest
from django.urls import resolve, reverse

from portal.operations import health

NEVER_CACHE = "max-age=0, no-cache, no-store, must-revalidate, private"
ALL_OK = {"database": "ok", "cache": "ok", "storage": "ok", "documents": "ok", "tasks": "ok"}


def test_health_addresses_have_no_language_prefix():
    assert (reverse("healthz"), reverse("readyz")) == ("/healthz", "/readyz")
    assert resolve("/healthz").func is health.liveness
    assert resolve("/readyz").func is health.readiness


def test_liveness_answers_ok_without_touching_the_database(client):
    # No database access is allowed in this test: a query would fail it.
    response = client.get("/healthz", headers={"accept-language": "cs"})

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"] == "text/plain"
    assert response["Cache-Control"] == NEVER_CACHE
    assert response.cookies == {}


@pytest.mark.usefixtures("unreachable_database")
def test_liveness_answers_ok_while_the_database_is_unreachable(client):
    assert client.get("/healthz").content == b"ok"


def test_readiness_checks_database_cache_and_storage(client, db, media_root, settings):
    response = client.get("/readyz", headers={"accept-language": "cs"})

    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok", "checks": ALL_OK}
    assert response["Cache-Control"] == NEVER_CACHE
    assert response.cookies == {}
    # The probe files are gone again.
    assert list(media_root.iterdir()) == []
    assert list(settings.PRIVATE_MEDIA_ROOT.iterdir()) == []


def test_readiness_answers_head_and_refuses_post(client, db):
    assert client.head("/readyz").status_code == 200
    assert client.post("/readyz").status_code == 405


@pytest.mark.usefixtures("unreachable_database")
def test_readiness_names_the_database_when_it_is_unreachable(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "failed",
        # The task queue is in the database too.
        "checks": {**ALL_OK, "database": "failed", "tasks": "failed"},
    }
    assert [(record.name, record.levelname) for record in caplog.records] == [
        ("portal.operations.health", "ERROR")
    ]
    assert (
        caplog.records[0]
        .getMessage()
        .startswith("Not ready: database (OperationalError: connection failed")
    )


def test_readiness_names_the_storage_when_uploads_cannot_be_written(client, db, settings, tmp_path):
    # A file where the folder's parent should be: not even root can write there.
    (tmp_path / "not-a-folder").write_text("")
    settings.MEDIA_ROOT = tmp_path / "not-a-folder" / "media"

    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "failed",
        "checks": {**ALL_OK, "storage": "failed"},
    }


def test_readiness_names_the_documents_when_they_cannot_be_written(client, db, settings, tmp_path):
    (tmp_path / "not-a-folder").write_text("")
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "not-a-folder" / "private"

    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {**ALL_OK, "documents": "failed"}


def test_readiness_names_the_cache_when_it_keeps_nothing(client, db, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {**ALL_OK, "cache": "failed"}


def test_health_checks_are_not_redirected_to_https(client, db, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/en/").status_code == 301
    assert (client.get("/healthz").status_code, client.get("/readyz").status_code) == (200, 200)
