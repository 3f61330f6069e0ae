"""The outbox: every e-mail the portal sends is a row here before the mail server gets it."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MessageStatus(models.TextChoices):
    WAITING = "waiting", _("waiting")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class OutgoingMessageQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=MessageStatus.WAITING)

    def overdue(self, *, by):
        """Waiting messages whose next attempt should have been made more than `by` ago."""
        return self.waiting().filter(next_attempt_at__lt=timezone.now() - by)


class OutgoingMessage(models.Model):
    """One e-mail as it will be sent, kept with what became of it. No public page shows it."""

    to = ArrayField(models.EmailField(), verbose_name=_("recipients"))
    reply_to = ArrayField(models.EmailField(), default=list, blank=True, verbose_name=_("reply to"))
    from_email = models.CharField(_("from"), max_length=320)
    subject = models.CharField(_("subject"), max_length=300)
    text = models.TextField(_("plain text"))
    html = models.TextField(_("HTML"), blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    # Text files sent with the message (an event's calendar file): a list of
    # {"filename", "content", "mimetype"}, kept with it so that every attempt sends the same.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    # The same Message-ID on every attempt, so that a receiver can drop a second copy.
    message_id = models.CharField(_("Message-ID"), max_length=300, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=MessageStatus.choices, default=MessageStatus.WAITING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    # The queue's task that is to make the next attempt: the resend command looks for it.
    task_id = models.CharField(_("task"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    objects = OutgoingMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=Q(status=MessageStatus.WAITING),
                name="mail_waiting_next_attempt",
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=MessageStatus.WAITING, next_attempt_at__isnull=False)
                | (~Q(status=MessageStatus.WAITING) & Q(next_attempt_at__isnull=True)),
                name="mail_only_waiting_has_next_attempt",
            ),
            models.CheckConstraint(
                condition=Q(status=MessageStatus.SENT, sent_at__isnull=False)
                | (~Q(status=MessageStatus.SENT) & Q(sent_at__isnull=True)),
                name="mail_only_sent_has_sent_at",
            ),
            models.CheckConstraint(condition=~Q(to=[]), name="mail_has_a_recipient"),
        ]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"
