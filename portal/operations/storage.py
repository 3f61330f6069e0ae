"""Where files live: static files for whitenoise, uploads on disk or in object storage.

Holds no domain words; the upload fields of portal/db/uploads.py store into these storages.
portal/settings.py imports it to build STORAGES, so nothing here reads a setting on import.
"""

import os
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty
from storages.backends.s3 import S3Storage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """whitenoise's storage, except that jQuery UI's stylesheets are copied as they are.

    Only jQuery UI's script is used (modeltranslation's language tabs in the admin). Its theme
    stylesheets name icons by quoted paths that do not exist, which would stop `collectstatic`
    when it rewrites the references of each stylesheet to the hashed names.
    """

    def url_converter(self, name, hashed_files, template=None):
        if name.startswith("jquery-ui/"):
            return lambda match: match["matched"]
        return super().url_converter(name, hashed_files, template)


class NoPublicAddress:
    """A storage of private files: they have no address of their own, views hand them out."""

    def url(self, name, *args, **kwargs):
        raise ValueError("A private file has no public address; link the view that serves it.")


class PrivateStorage(NoPublicAddress, FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, which no web server publishes: views hand them out."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)


class PrivateStorageProxy(LazyObject):
    """The storage of STORAGES["private"]: a folder, or a private place in object storage."""

    def _setup(self):
        self._wrapped = storages["private"]


private_storage = PrivateStorageProxy()


@receiver(setting_changed)
def private_storage_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage._wrapped = empty


class PrivateS3Storage(NoPublicAddress, S3Storage):
    """Documents, in a bucket or prefix no policy publishes: the portal's views stream them."""


# The environment variable each argument of object_storages() is read from, for its messages.
OBJECT_STORAGE_VARIABLES = {
    "endpoint_url": "DJANGO_S3_ENDPOINT_URL",
    "region": "DJANGO_S3_REGION",
    "custom_domain": "DJANGO_S3_CUSTOM_DOMAIN",
    "private_bucket": "DJANGO_S3_PRIVATE_BUCKET",
}


def object_storages(
    *,
    bucket: str,
    private_bucket: str = "",
    endpoint_url: str = "",
    region: str = "",
    custom_domain: str = "",
    access_key_id: str = "",
    secret_access_key: str = "",
    max_memory_size: int,
) -> tuple[dict, str | None]:
    """STORAGES, and the origin pictures are served from: folders, or object storage if `bucket`.

    Called by the settings, before Django is configured: reads no setting.
    """
    storages_setting = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        # Documents: portal/db/uploads.py's private_storage.
        "private": {"BACKEND": "portal.operations.storage.PrivateStorage"},
        # `collectstatic` writes hashed, compressed copies; templates link the hashed names.
        "staticfiles": {"BACKEND": "portal.operations.storage.StaticFilesStorage"},
    }
    arguments = {
        "endpoint_url": endpoint_url,
        "region": region,
        "custom_domain": custom_domain,
        "private_bucket": private_bucket,
    }
    if not bucket:
        if given := [OBJECT_STORAGE_VARIABLES[name] for name, value in arguments.items() if value]:
            raise ImproperlyConfigured(
                f"{', '.join(given)} only apply to object storage: set DJANGO_S3_BUCKET too, "
                "or unset them to keep uploads in DJANGO_MEDIA_ROOT."
            )
        return storages_setting, None
    if bool(access_key_id) != bool(secret_access_key):
        raise ImproperlyConfigured(
            "Set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY for object storage, "
            "or neither to use the machine's role or ~/.aws configuration."
        )
    s3_options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        # Every upload has a generated name already; an existing one is never overwritten.
        "file_overwrite": False,
        # Picture URLs stay under the endpoint's origin, which img-src names.
        "addressing_style": "path" if endpoint_url else None,
        # A file read from the bucket (a document streamed, a picture thumbnailed) is held in
        # memory up to this size, like an upload, and in a temporary file beyond.
        "max_memory_size": max_memory_size,
    }
    storages_setting["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **s3_options,
            "location": "media",
            "custom_domain": custom_domain or None,
            "querystring_auth": False,
            # Names are random and never reused: browsers and CDNs may keep pictures for a year.
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    storages_setting["private"] = {
        "BACKEND": "portal.operations.storage.PrivateS3Storage",
        "OPTIONS": {**s3_options, "bucket_name": private_bucket or bucket, "location": "private"},
    }
    # As django-storages builds picture URLs: the CDN's host, the endpoint's origin (addressed by
    # path), or AWS's virtual host of the bucket.
    if custom_domain:
        media_origin = f"https://{custom_domain}"
    elif endpoint_url:
        endpoint = urlsplit(endpoint_url)
        media_origin = f"{endpoint.scheme}://{endpoint.netloc}"
    else:
        media_origin = f"https://{bucket}.s3.amazonaws.com"
    return storages_setting, media_origin
