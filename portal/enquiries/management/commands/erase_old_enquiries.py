"""Erase the enquiries (and their e-mails) kept longer than ENQUIRY_RETENTION_DAYS; run daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.enquiries.models import Enquiry
from portal.enquiries.services import enquiries_erase

BATCH = 500


class Command(BaseCommand):
    help = (
        "Erase the enquiries received more than ENQUIRY_RETENTION_DAYS days ago, with the "
        "e-mails that carried them: the retention the privacy notice states. Run it daily "
        "(docs/deploy.md has a systemd timer)."
    )

    def handle(self, *args, **options):
        days = settings.ENQUIRY_RETENTION_DAYS
        cutoff = timezone.now() - timezone.timedelta(days=days)
        pks = list(
            Enquiry.objects.received_before(cutoff).order_by("pk").values_list("pk", flat=True)
        )
        total = len(pks)
        self.stdout.write(
            f"Enquiries received before {cutoff:%Y-%m-%d %H:%M} "
            f"(more than {days} days ago): {total}."
        )
        erased = messages = 0
        for start in range(0, total, BATCH):
            batch_enquiries, batch_messages = enquiries_erase(pks=pks[start : start + BATCH])
            erased += batch_enquiries
            messages += batch_messages
            self.stdout.write(f"  erased {erased} of {total}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Enquiries erased: {erased}; e-mails that carried them, erased: {messages}."
            )
        )
