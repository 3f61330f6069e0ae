"""Uploads in object storage (S3 or compatible), when DJANGO_S3_BUCKET is set; see settings."""

from storages.backends.s3 import S3Storage

from portal.uploads import NoPublicAddress


class PrivateS3Storage(NoPublicAddress, S3Storage):
    """Documents, in a bucket or prefix no policy publishes: the portal's views stream them."""
