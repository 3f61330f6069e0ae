from django.conf import settings
from django.contrib.auth.forms import PasswordResetForm
from django.urls import reverse
from django.utils import translation

from portal.mail.services import mail_send_later


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's password reset for partner accounts, its e-mail sent through the outbox.

    The e-mail is in the language of the page the request came from. Staff accounts, and
    deactivated ones, get nothing, and the page reads the same for every address.
    """

    def get_users(self, email):
        return (user for user in super().get_users(email) if not user.is_staff)

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        path = reverse(
            "contributions:password-reset-confirm",
            kwargs={"uidb64": context["uid"], "token": context["token"]},
        )
        mail_send_later(
            to=[to_email],
            template="mail/contributor_password_reset",
            context={"reset_url": settings.SITE_URL.rstrip("/") + path},
            language=translation.get_language(),
            automatic=True,
        )
