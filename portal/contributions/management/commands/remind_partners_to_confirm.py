from django.conf import settings
from django.core.management.base import BaseCommand

from portal.contributions.freshness import REMIND_AGAIN_DAYS, partners_remind_to_confirm


def plural(count):
    return f"{count} practice" if count == 1 else f"{count} practices"


class Command(BaseCommand):
    help = (
        "E-mail the partners of published practices not reviewed for PRACTICE_CONFIRM_DAYS to "
        f"confirm or update them; once every {REMIND_AGAIN_DAYS} days at most. Run it daily."
    )

    def handle(self, *args, **options):
        def progress(partner, practices):
            if options["verbosity"] >= 1:
                self.stdout.write(f"Partner account {partner.pk}: {plural(len(practices))}.")

        reminders = partners_remind_to_confirm(progress=progress)
        partners, practices = reminders.partners, len(reminders.practices)
        self.stdout.write(
            f"{partners} partner{'' if partners == 1 else 's'} reminded of {plural(practices)} "
            f"not reviewed for {settings.PRACTICE_CONFIRM_DAYS} days."
        )
