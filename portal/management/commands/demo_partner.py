"""Give the local demo portal a partner account with practices in review, its password printed."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from portal.demo.partner import demo_partner_load


class Command(BaseCommand):
    help = (
        "Create the demo partner account (or give it a new password) acting for a demo "
        "organisation, with a practice in review, one with changes requested and a proposed "
        "change in draft, and print the password. Run it after load_demo. Refuses to run with "
        "DEBUG off."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "demo_partner is for local development only: run it with DJANGO_DEBUG=true, "
                "or invite partners with `manage.py invite_contributor` on a real server."
            )
        password = secrets.token_urlsafe(12)
        partner = demo_partner_load(password=password)
        action = "Created" if partner.created else "Reset the password of"
        with translation.override("en"):
            login_path = reverse("contributions:login")
            organisation = partner.organisation.name
        self.stdout.write(self.style.SUCCESS(f"{action} the demo partner ({organisation})."))
        self.stdout.write(
            f"  user:     {partner.user.get_username()}\n  password: {password}\n"
            f"  log in:   {login_path}"
        )
        for line in partner.done:
            self.stdout.write(f"  {line}")
