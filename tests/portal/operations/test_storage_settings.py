"""The storages object_storages() builds from the object-storage settings, exactly."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.operations.storage import object_storages

FOLDERS = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "portal.operations.storage.PrivateStorage"},
    "staticfiles": {"BACKEND": "portal.operations.storage.StaticFilesStorage"},
}
STATIC_FILES = FOLDERS["staticfiles"]
PICTURES_CACHED_FOR_A_YEAR = {"CacheControl": "public, max-age=31536000, immutable"}


def test_without_a_bucket_uploads_stay_in_folders():
    assert object_storages(bucket="", max_memory_size=1024) == (FOLDERS, None)


def test_a_bucket_behind_an_endpoint_is_addressed_by_path_under_the_endpoints_origin():
    common = {
        "bucket_name": "portal-uploads",
        "endpoint_url": "https://s3.example.org:9000/",
        "region_name": "eu-central-1",
        "file_overwrite": False,
        "addressing_style": "path",
        "max_memory_size": 1024,
    }

    assert object_storages(
        bucket="portal-uploads",
        endpoint_url="https://s3.example.org:9000/",
        region="eu-central-1",
        max_memory_size=1024,
    ) == (
        {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    **common,
                    "location": "media",
                    "custom_domain": None,
                    "querystring_auth": False,
                    "object_parameters": PICTURES_CACHED_FOR_A_YEAR,
                },
            },
            "private": {
                "BACKEND": "portal.operations.storage.PrivateS3Storage",
                "OPTIONS": {**common, "location": "private"},
            },
            "staticfiles": STATIC_FILES,
        },
        "https://s3.example.org:9000",
    )


def test_pictures_behind_a_custom_domain_are_served_from_it():
    common = {
        "bucket_name": "portal-uploads",
        "endpoint_url": "https://s3.example.org",
        "region_name": None,
        "file_overwrite": False,
        "addressing_style": "path",
        "max_memory_size": 2048,
    }

    assert object_storages(
        bucket="portal-uploads",
        endpoint_url="https://s3.example.org",
        custom_domain="media.example.org",
        max_memory_size=2048,
    ) == (
        {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    **common,
                    "location": "media",
                    "custom_domain": "media.example.org",
                    "querystring_auth": False,
                    "object_parameters": PICTURES_CACHED_FOR_A_YEAR,
                },
            },
            "private": {
                "BACKEND": "portal.operations.storage.PrivateS3Storage",
                "OPTIONS": {**common, "location": "private"},
            },
            "staticfiles": STATIC_FILES,
        },
        "https://media.example.org",
    )


def test_a_bucket_alone_is_served_from_its_aws_virtual_host():
    common = {
        "bucket_name": "portal-uploads",
        "endpoint_url": None,
        "region_name": None,
        "file_overwrite": False,
        "addressing_style": None,
        "max_memory_size": 1024,
    }

    assert object_storages(
        bucket="portal-uploads",
        access_key_id="AKIAEXAMPLE",
        secret_access_key="secret",
        max_memory_size=1024,
    ) == (
        {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    **common,
                    "location": "media",
                    "custom_domain": None,
                    "querystring_auth": False,
                    "object_parameters": PICTURES_CACHED_FOR_A_YEAR,
                },
            },
            "private": {
                "BACKEND": "portal.operations.storage.PrivateS3Storage",
                "OPTIONS": {**common, "location": "private"},
            },
            "staticfiles": STATIC_FILES,
        },
        "https://portal-uploads.s3.amazonaws.com",
    )


def test_documents_go_to_the_private_bucket_when_one_is_given():
    common = {
        "endpoint_url": None,
        "region_name": "eu-central-1",
        "file_overwrite": False,
        "addressing_style": None,
        "max_memory_size": 1024,
    }

    assert object_storages(
        bucket="portal-pictures",
        private_bucket="portal-documents",
        region="eu-central-1",
        max_memory_size=1024,
    ) == (
        {
            "default": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    "bucket_name": "portal-pictures",
                    **common,
                    "location": "media",
                    "custom_domain": None,
                    "querystring_auth": False,
                    "object_parameters": PICTURES_CACHED_FOR_A_YEAR,
                },
            },
            "private": {
                "BACKEND": "portal.operations.storage.PrivateS3Storage",
                "OPTIONS": {"bucket_name": "portal-documents", **common, "location": "private"},
            },
            "staticfiles": STATIC_FILES,
        },
        "https://portal-pictures.s3.amazonaws.com",
    )


def test_object_storage_settings_without_a_bucket_are_refused_by_their_variables():
    with pytest.raises(ImproperlyConfigured) as refused:
        object_storages(
            bucket="", custom_domain="media.example.org", private_bucket="docs", max_memory_size=1
        )

    assert str(refused.value) == (
        "DJANGO_S3_CUSTOM_DOMAIN, DJANGO_S3_PRIVATE_BUCKET only apply to object storage: "
        "set DJANGO_S3_BUCKET too, or unset them to keep uploads in DJANGO_MEDIA_ROOT."
    )


@pytest.mark.parametrize(
    "credentials",
    [{"access_key_id": "AKIAEXAMPLE"}, {"secret_access_key": "secret"}],
)
def test_half_the_credentials_are_refused(credentials):
    with pytest.raises(ImproperlyConfigured) as refused:
        object_storages(bucket="portal-uploads", max_memory_size=1, **credentials)

    assert str(refused.value) == (
        "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for object storage, "
        "or neither to use the machine's role or ~/.aws configuration."
    )
