"""Enquiries as they are stored, made without the form, for the admin and retention tests."""

from django.utils import timezone

from portal.enquiries.models import Enquiry, Reason, TargetKind
from portal.enquiries.services import enquiry_receive


def enquiry_stored(*, item=None, days_ago=0, **fields):
    """An enquiry received `days_ago`, with its e-mails queued as the form queues them."""
    kind = TargetKind.STAFF if item is None else fields.pop("target_kind", TargetKind.PRACTICE)
    values = {
        "reason": Reason.QUESTION,
        "name": "Jana Nováková",
        "email": "jana.novakova@example.net",
        "message": "Dobrý den, jak dlouho trvala příprava projektu?",
        "language": "cs",
        "target_kind": kind,
        "target_title": str(item) if item is not None else "",
        **fields,
    }
    enquiry = Enquiry(**values)
    if item is not None:
        setattr(enquiry, kind, item)
    enquiry_receive(enquiry=enquiry, site_url="https://portal.example.org/")
    if days_ago:
        Enquiry.objects.filter(pk=enquiry.pk).update(
            received_at=timezone.now() - timezone.timedelta(days=days_ago)
        )
        enquiry.refresh_from_db()
    return enquiry
