"""The tasks the worker (`manage.py db_worker`) runs for outgoing e-mail."""

from django_tasks import task

from portal.mail.services import mail_deliver


@task()
def deliver_mail(message_id: int) -> str:
    """Make one attempt at an outgoing message (portal.mail.services.mail_deliver)."""
    return mail_deliver(message_id=message_id)
