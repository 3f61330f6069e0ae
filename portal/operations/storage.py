"""Where files live: static files for whitenoise, private documents on disk or in object storage.

Holds no domain words; the upload fields of portal/db/uploads.py store into these storages.
"""

import os

from django.conf import settings
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
