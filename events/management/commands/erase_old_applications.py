"""Erase the applications to events that ended more than ENQUIRY_RETENTION_DAYS ago; run daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.applications import applications_erase
from events.models import Application

BATCH = 500


class Command(BaseCommand):
    help = (
        "Erase the applications to events that ended more than ENQUIRY_RETENTION_DAYS days ago, "
        "with the e-mails that carried them: the retention the privacy notice states. Run it "
        "daily, beside erase_old_enquiries."
    )

    def handle(self, *args, **options):
        days = settings.ENQUIRY_RETENTION_DAYS
        cutoff = timezone.localdate() - timezone.timedelta(days=days)
        pks = list(
            Application.objects.filter(event__end_date__lt=cutoff)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        total = len(pks)
        self.stdout.write(
            f"Applications to events that ended before {cutoff:%Y-%m-%d} "
            f"(more than {days} days ago): {total}."
        )
        erased = messages = 0
        for start in range(0, total, BATCH):
            batch_applications, batch_messages = applications_erase(pks=pks[start : start + BATCH])
            erased += batch_applications
            messages += batch_messages
        self.stdout.write(
            self.style.SUCCESS(
                f"Applications erased: {erased}; e-mails that carried them, erased: {messages}."
            )
        )
