"""Model fields for files staff upload: pictures and documents, stored under generated names."""

import uuid
from pathlib import PurePath

from django.db import models
from django.utils import timezone


def upload_path(instance, filename):
    """Store uploads under a generated name; the uploader's file name is never used on disk."""
    extension = PurePath(filename).suffix.lower()[:10]
    folder = f"{instance._meta.app_label}/{instance._meta.model_name}"
    return f"{folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


class PictureField(models.ImageField):
    """A picture: a photo, a cover or a logo."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("upload_to", upload_path)
        super().__init__(*args, **kwargs)


class DocumentField(models.FileField):
    """A document for download: a report, a leaflet, a presentation."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("upload_to", upload_path)
        super().__init__(*args, **kwargs)
