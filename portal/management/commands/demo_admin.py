"""Give the local demo portal an administrator with a fresh password, printed once."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create the superuser 'admin' for local development, or give it a new password, "
        "and print the password. Refuses to run with DEBUG off."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError(
                "demo_admin is for local development only: run it with DJANGO_DEBUG=true, "
                "or use `manage.py createsuperuser` on a real server."
            )
        password = secrets.token_urlsafe(12)
        # Created and given its password together: never an administrator without one.
        with transaction.atomic():
            user, created = get_user_model().objects.get_or_create(
                username=username, defaults={"email": f"{username}@localhost"}
            )
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
        action = "Created" if created else "Reset the password of"
        self.stdout.write(self.style.SUCCESS(f"{action} the administrator."))
        self.stdout.write(f"  user:     {username}\n  password: {password}")
