"""The publication status of content: a draft until an editor publishes it."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


# The rows the public sees: the condition of the lists' partial indexes.
PUBLISHED = Q(status=PublicationStatus.PUBLISHED)
