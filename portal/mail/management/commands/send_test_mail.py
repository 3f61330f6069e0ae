"""Send a short test e-mail through the outbox and the worker: checks EMAIL_URL end to end."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from portal.mail.services import mail_send_later


class Command(BaseCommand):
    help = (
        "Store a test e-mail to the given address and queue it: the worker (manage.py "
        "db_worker) sends it through the mail server of EMAIL_URL."
    )

    def add_arguments(self, parser):
        parser.add_argument("address", help="Where to send the test e-mail.")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
        )

    def handle(self, *, address, language, **options):
        try:
            message = mail_send_later(
                to=[address], template="mail/test_message", context={}, language=language
            )
        except ValidationError as error:
            raise CommandError(f"{address!r} is not an e-mail address.") from error
        self.stdout.write(
            f"Stored as outgoing e-mail {message.pk} and queued: the worker sends it. "
            "Its status is in the admin, under Outgoing e-mail."
        )
