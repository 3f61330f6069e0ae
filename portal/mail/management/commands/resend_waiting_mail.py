"""Queue again the outgoing e-mail whose task was lost, so that no message waits for ever."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand

from portal.mail.services import mail_resend_lost


class Command(BaseCommand):
    help = (
        "Queue again every waiting e-mail whose attempt is overdue and whose task is no longer "
        "in the queue (lost with the queue, a worker that died, a process stopped before "
        "queueing it). Meant to run every few minutes (docs/deploy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--overdue-minutes",
            type=int,
            default=int(settings.MAIL_RESEND_AFTER.total_seconds() // 60),
            help="How late an attempt must be to count as lost (default: %(default)s).",
        )

    def handle(self, *, overdue_minutes, verbosity, **options):
        resent = mail_resend_lost(overdue=timedelta(minutes=overdue_minutes))
        if verbosity:
            self.stdout.write(f"Queued again: {resent} e-mail(s).")
