"""E-mail alerts: what a visitor follows, and which items each alert has already mailed."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower, Now
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Follows(models.TextChoices):
    """A list (with its filters) or a topic page (its one filter, applied to several lists)."""

    PRACTICES = "practices", _("Good practices")
    PROJECTS = "projects", _("Projects")
    PARTNERS = "partners", _("Partners")
    EVENTS = "events", _("Events")
    CITY = "city", _("City")
    THEME = "theme", _("Theme")
    PROGRAMME = "programme", _("Programme")


# The lists a topic's alert reads, each with the topic's own filter (e.g. ?city=opole).
TOPIC_LISTS = {
    Follows.CITY: [Follows.PRACTICES, Follows.PROJECTS, Follows.EVENTS],
    Follows.THEME: [Follows.PRACTICES, Follows.PROJECTS],
    Follows.PROGRAMME: [Follows.PRACTICES, Follows.PROJECTS],
}


class Frequency(models.TextChoices):
    DAILY = "daily", _("daily")
    WEEKLY = "weekly", _("weekly")


# How long after its last mail an alert is due again: a little less than the period, so that a
# daily command run a few minutes earlier than the day before still sends.
DUE_AFTER = {
    Frequency.DAILY: timedelta(hours=23),
    Frequency.WEEKLY: timedelta(days=6, hours=23),
}


class AlertQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def of_address(self, email):
        return self.filter(email__iexact=email)

    def due(self, at=None):
        """Confirmed alerts whose frequency says they may be mailed `at` (now by default)."""
        at = at or timezone.now()
        condition = Q()
        for frequency, after in DUE_AFTER.items():
            condition |= Q(frequency=frequency) & (
                Q(last_sent_at__isnull=True) | Q(last_sent_at__lte=at - after)
            )
        return self.confirmed().filter(condition)

    def unconfirmed_before(self, moment):
        return self.filter(confirmed_at__isnull=True, created_at__lt=moment)


class Alert(models.Model):
    """An e-mail address following a list's filters or a city, theme or programme page."""

    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    follows = models.CharField(_("follows"), max_length=20, choices=Follows.choices)
    # Normalised: only the list's own filters, validated, sorted, without page or order.
    query = models.CharField(_("filters"), max_length=500, blank=True)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_default=Now())
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last mailed"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        ordering = ["email", "follows", "query", "pk"]
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "follows", "query", name="alerts_alert_once_per_address"
            ),
            models.CheckConstraint(
                condition=~Q(follows__in=list(TOPIC_LISTS)) | ~Q(query=""),
                name="alerts_alert_topic_named",
            ),
            models.CheckConstraint(
                condition=Q(last_sent_at__isnull=True) | Q(confirmed_at__isnull=False),
                name="alerts_alert_sent_once_confirmed",
            ),
        ]

    def __str__(self):
        return f"{self.get_follows_display()}: {self.query or '-'}"

    def lists(self):
        """The lists this alert reads: its own, or its topic's."""
        return TOPIC_LISTS.get(self.follows, [self.follows])


class SentItem(models.Model):
    """An item an alert has mailed: never mailed to it again."""

    alert = models.ForeignKey(
        Alert, verbose_name=_("alert"), on_delete=models.CASCADE, related_name="sent_items"
    )
    item_list = models.CharField(_("list"), max_length=20, choices=Follows.choices)
    item_id = models.BigIntegerField(_("item"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, db_default=Now())
    message = models.ForeignKey(
        "mail.OutgoingMessage",
        verbose_name=_("e-mail"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["alert", "sent_at", "pk"]
        verbose_name = _("item sent")
        verbose_name_plural = _("items sent")
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "item_list", "item_id"], name="alerts_sentitem_once"
            ),
        ]

    def __str__(self):
        return f"{self.item_list} {self.item_id}"
