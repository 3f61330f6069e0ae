"""Publishing and unpublishing content: the one way the admin's actions, and any command, do it.

The admin's form and the staff import change a status along with other fields, and save the row
the same way: `save()` dates a first publication and simple-history keeps a version signed by
the editor (`_history_user`: SimpleHistoryAdmin.save_model, ContentResource.before_save_instance).
"""

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from portal.models import PublicationStatus
from portal.operations.caching import pages_changed_once


def publishable_publish(*, queryset: QuerySet, by: User) -> int:
    """Publish the drafts among `queryset`, each with a version signed by `by`; how many.

    A row published before and unpublished since keeps its first publication date."""
    return publishable_status_change(queryset=queryset, status=PublicationStatus.PUBLISHED, by=by)


def publishable_unpublish(*, queryset: QuerySet, by: User) -> int:
    """Return the published rows among `queryset` to draft, each with a version signed by `by`;
    how many."""
    return publishable_status_change(queryset=queryset, status=PublicationStatus.DRAFT, by=by)


@transaction.atomic
def publishable_status_change(*, queryset: QuerySet, status: PublicationStatus, by: User) -> int:
    """Give the rows of `queryset` that have another status `status`, saved one by one."""
    # A bulk update() would write no history: each row is saved, so that simple-history keeps a
    # version of it (with its many-to-many links) as it does for the admin's form. The rows whose
    # status stays are not saved. Cached pages go stale once, not once a row.
    changing = list(queryset.exclude(status=status))
    now = timezone.now()
    with pages_changed_once():
        for publishable in changing:
            publishable.status = status
            publishable._history_user = by
            fields = ["status", "published_at", "updated_at"]
            if status == PublicationStatus.PUBLISHED and hasattr(publishable, "reviewed_at"):
                # Content that keeps a review date (practices): the editor who publishes it has
                # reviewed it.
                publishable.reviewed_at = now
                fields.append("reviewed_at")
            # save() dates a first publication (Publishable.stamp_publication_date).
            publishable.save(update_fields=fields)
    return len(changing)
