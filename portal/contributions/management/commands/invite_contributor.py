from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from portal.contributions.services import invitation_send, invitation_url
from projects.models import Organisation


class Command(BaseCommand):
    help = "Invite a partner to act for one or more organisations; prints the invitation link."

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True)
        parser.add_argument(
            "--organisation", action="append", required=True, help="an organisation's slug"
        )
        parser.add_argument(
            "--language", default=settings.LANGUAGE_CODE, choices=dict(settings.LANGUAGES)
        )

    def handle(self, *args, email, organisation, language, **options):
        try:
            validate_email(email)
        except ValidationError:
            raise CommandError(f"{email!r} is not an e-mail address.") from None
        slugs = sorted(set(organisation))
        organisations = list(Organisation.objects.filter(slug__in=slugs))
        missing = sorted(set(slugs) - {found.slug for found in organisations})
        if missing:
            raise CommandError(f"No organisation has the slug: {', '.join(missing)}.")
        invitation = invitation_send(email=email, organisations=organisations, language=language)
        self.stdout.write(invitation_url(invitation))
