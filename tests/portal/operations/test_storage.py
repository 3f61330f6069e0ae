"""Uploads in object storage and sessions in Redis: what the environment turns on, and checks."""

import json
import uuid
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.support.environment import settings_of
from tests.support.factories import GoodPracticeFactory, PracticeDocumentFactory, png_file
from tests.support.files import minimal_pdf
from tests.support.object_storage import CREDENTIALS, REGION, bucket_create, bucket_keys, s3_server

S3_ENVIRONMENT = {
    "DJANGO_S3_BUCKET": "portal-uploads",
    "DJANGO_S3_ENDPOINT_URL": "https://s3.example.org:9000",
    "DJANGO_S3_REGION": "eu-central-1",
}


def test_without_s3_settings_uploads_stay_in_folders_and_sessions_in_the_database():
    assert settings_of("STORAGES", "MEDIA_ORIGIN", "SESSION_ENGINE", "SERVE_MEDIA") == {
        "STORAGES": {
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "private": {"BACKEND": "portal.operations.storage.PrivateStorage"},
            "staticfiles": {"BACKEND": "portal.operations.storage.StaticFilesStorage"},
        },
        "MEDIA_ORIGIN": None,
        "SESSION_ENGINE": "django.contrib.sessions.backends.db",
        "SERVE_MEDIA": False,
    }


def test_s3_settings_put_pictures_and_documents_in_object_storage():
    found = settings_of("STORAGES", "MEDIA_ORIGIN", "SERVE_MEDIA", **S3_ENVIRONMENT)
    common = {
        "endpoint_url": "https://s3.example.org:9000",
        "region_name": "eu-central-1",
        "file_overwrite": False,
        "addressing_style": "path",
        "max_memory_size": 2_621_440,
    }

    assert found == {
        "STORAGES": {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": "portal-uploads",
                    **common,
                    "location": "media",
                    "custom_domain": None,
                    "querystring_auth": False,
                    "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
                },
            },
            "private": {
                "BACKEND": "portal.operations.storage.PrivateS3Storage",
                "OPTIONS": {"bucket_name": "portal-uploads", **common, "location": "private"},
            },
            "staticfiles": {"BACKEND": "portal.operations.storage.StaticFilesStorage"},
        },
        "MEDIA_ORIGIN": "https://s3.example.org:9000",
        "SERVE_MEDIA": False,
    }


def test_documents_may_have_a_bucket_of_their_own_and_pictures_a_cdn():
    found = settings_of(
        "STORAGES",
        "MEDIA_ORIGIN",
        DJANGO_S3_BUCKET="portal-pictures",
        DJANGO_S3_PRIVATE_BUCKET="portal-documents",
        DJANGO_S3_CUSTOM_DOMAIN="media.example.org",
    )
    public, private = (
        found["STORAGES"]["default"]["OPTIONS"],
        found["STORAGES"]["private"]["OPTIONS"],
    )

    assert (public["bucket_name"], public["custom_domain"], public["addressing_style"]) == (
        "portal-pictures",
        "media.example.org",
        None,
    )
    assert (private["bucket_name"], private["location"]) == ("portal-documents", "private")
    assert found["MEDIA_ORIGIN"] == "https://media.example.org"


@pytest.mark.parametrize(
    ("environment", "origin"),
    [
        (S3_ENVIRONMENT, "https://s3.example.org:9000"),
        (
            {**S3_ENVIRONMENT, "DJANGO_S3_CUSTOM_DOMAIN": "cdn.example.org"},
            "https://cdn.example.org",
        ),
        ({"DJANGO_S3_BUCKET": "portal-uploads"}, "https://portal-uploads.s3.amazonaws.com"),
    ],
)
def test_pictures_in_object_storage_are_allowed_by_the_content_security_policy(environment, origin):
    found = settings_of("CONTENT_SECURITY_POLICY", **environment)

    assert found["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == [
        "'self'",
        "https://tile.openstreetmap.org",
        "data:",
        origin,
    ]


@pytest.mark.parametrize(
    ("environment", "error"),
    [
        (
            {"DJANGO_S3_ENDPOINT_URL": "http://minio:9000", "DJANGO_S3_REGION": "eu"},
            "django.core.exceptions.ImproperlyConfigured: DJANGO_S3_ENDPOINT_URL, "
            "DJANGO_S3_REGION only apply to object storage: set DJANGO_S3_BUCKET too, "
            "or unset them to keep uploads in DJANGO_MEDIA_ROOT.",
        ),
        (
            {"DJANGO_S3_BUCKET": "portal-uploads", "AWS_ACCESS_KEY_ID": "AKIA"},
            "django.core.exceptions.ImproperlyConfigured: Set both AWS_ACCESS_KEY_ID and "
            "AWS_SECRET_ACCESS_KEY for object storage, or neither to use the machine's role "
            "or ~/.aws configuration.",
        ),
        (
            {"DJANGO_S3_BUCKET": "portal-uploads", "DJANGO_SERVE_MEDIA": "true"},
            "django.core.exceptions.ImproperlyConfigured: DJANGO_SERVE_MEDIA serves "
            "DJANGO_MEDIA_ROOT, which is not used with DJANGO_S3_BUCKET: object storage serves "
            "the pictures. Unset DJANGO_SERVE_MEDIA.",
        ),
        (
            {"DJANGO_CACHE_KEY_PREFIX": "portal"},
            "django.core.exceptions.ImproperlyConfigured: DJANGO_CACHE_KEY_PREFIX only applies "
            "to a cache in Redis: set REDIS_URL too, or unset it.",
        ),
    ],
)
def test_half_given_settings_stop_the_start_with_what_to_do(environment, error):
    assert settings_of("STORAGES", **environment) == error


def test_development_serves_uploads_itself_unless_they_are_in_object_storage():
    assert [
        settings_of("SERVE_MEDIA", DJANGO_DEBUG="true"),
        settings_of("SERVE_MEDIA", DJANGO_DEBUG="true", DJANGO_S3_BUCKET="portal-uploads"),
    ] == [{"SERVE_MEDIA": True}, {"SERVE_MEDIA": False}]


def test_redis_url_keeps_sessions_in_redis_and_in_the_database_under_the_key_prefix():
    found = settings_of(
        "CACHES",
        "SESSION_ENGINE",
        "SESSION_CACHE_ALIAS",
        REDIS_URL="redis://cache.internal:6379/1",
        DJANGO_CACHE_KEY_PREFIX="portal-a",
    )

    assert found["CACHES"]["default"] == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache.internal:6379/1",
        "KEY_PREFIX": "portal-a",
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    assert (found["SESSION_ENGINE"], found["SESSION_CACHE_ALIAS"]) == (
        "portal.operations.sessions",
        "default",
    )


# Against an S3-compatible server: the storages as the settings above make them.


@pytest.fixture(scope="module")
def s3_endpoint():
    with s3_server() as endpoint:
        yield endpoint


@pytest.fixture
def object_storage(settings, s3_endpoint):
    """Uploads in a new bucket of the local S3 server, through the storages the settings make."""
    bucket = f"portal-{uuid.uuid4().hex[:12]}"
    bucket_create(s3_endpoint, bucket)
    found = settings_of(
        "STORAGES",
        DJANGO_S3_BUCKET=bucket,
        DJANGO_S3_ENDPOINT_URL=s3_endpoint,
        DJANGO_S3_REGION=REGION,
    )
    credentials = {
        "access_key": CREDENTIALS["AWS_ACCESS_KEY_ID"],
        "secret_key": CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
    }
    for alias in ("default", "private"):
        found["STORAGES"][alias]["OPTIONS"] |= credentials
    settings.STORAGES = {**settings.STORAGES, **found["STORAGES"]}
    return bucket


def test_readiness_writes_reads_and_deletes_in_both_places_of_object_storage(
    client, db, object_storage, s3_endpoint
):
    response = client.get("/readyz")

    assert (response.status_code, json.loads(response.content)["checks"]) == (
        200,
        {"database": "ok", "cache": "ok", "storage": "ok", "documents": "ok", "tasks": "ok"},
    )
    assert bucket_keys(s3_endpoint, object_storage) == []


def test_readiness_names_the_documents_when_their_bucket_is_missing(
    client, db, object_storage, settings
):
    private = settings.STORAGES["private"]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**private, "OPTIONS": {**private["OPTIONS"], "bucket_name": "missing"}},
    }

    response = client.get("/readyz")

    assert (response.status_code, json.loads(response.content)["checks"]) == (
        503,
        {"database": "ok", "cache": "ok", "storage": "ok", "documents": "failed", "tasks": "ok"},
    )


def test_pictures_are_public_under_media_and_documents_private_under_private(
    client, db, object_storage, s3_endpoint
):
    practice = GoodPracticeFactory(cover_image=png_file())
    document = PracticeDocumentFactory(
        practice=practice, file=SimpleUploadedFile("report.pdf", minimal_pdf())
    )
    picture_url = practice.cover_image.storage.url(practice.cover_image.name)

    download = client.get(document.get_absolute_url())

    assert bucket_keys(s3_endpoint, object_storage) == [
        f"media/{practice.cover_image.name}",
        f"private/{document.file.name}",
    ]
    assert picture_url == f"{s3_endpoint}/{object_storage}/media/{practice.cover_image.name}"
    assert urlopen(picture_url).read() == practice.cover_image.open().read()
    with pytest.raises(HTTPError) as refused:
        urlopen(f"{s3_endpoint}/{object_storage}/private/{document.file.name}")
    assert refused.value.code == 403
    with pytest.raises(ValueError, match="A private file has no public address"):
        document.file.storage.url(document.file.name)
    assert (download.status_code, download["Content-Length"]) == (200, str(len(minimal_pdf())))
    assert b"".join(download.streaming_content) == minimal_pdf()
