"""Mail each due alert what is newly published for it; erase unconfirmed alerts; run daily."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.alerts.models import Alert
from portal.alerts.services import alert_send, alerts_erase_unconfirmed


class Command(BaseCommand):
    help = (
        "Mail every confirmed alert that is due by its frequency (daily: 23 hours after its last "
        "mail, weekly: 6 days 23 hours) the newly published items matching it, each once; no "
        "mail when nothing is new. Erase alerts unconfirmed for ALERTS_CONFIRM_DAYS. Run it daily."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        cutoff = now - timezone.timedelta(days=settings.ALERTS_CONFIRM_DAYS)
        erased = alerts_erase_unconfirmed(before=cutoff)
        self.stdout.write(
            f"Unconfirmed alerts made before {cutoff:%Y-%m-%d %H:%M}, erased: {erased}."
        )
        due = list(Alert.objects.due(at=now).order_by("pk"))
        self.stdout.write(f"Alerts due: {len(due)}.")
        mails = items = 0
        for position, alert in enumerate(due, start=1):
            sent = alert_send(alert=alert, site_url=settings.SITE_URL)
            mails += bool(sent)
            items += sent
            if position % 100 == 0:
                self.stdout.write(f"  {position} of {len(due)}")
        self.stdout.write(
            self.style.SUCCESS(f"Alert e-mails queued: {mails}; items in them: {items}.")
        )
