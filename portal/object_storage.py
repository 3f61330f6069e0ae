"""Uploads in object storage (S3 or compatible), when DJANGO_S3_BUCKET is set; see settings."""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """Documents, in a bucket or prefix no policy publishes: the portal's views stream them."""

    def url(self, name, *args, **kwargs):
        raise ValueError("A private file has no public address; link the view that serves it.")
