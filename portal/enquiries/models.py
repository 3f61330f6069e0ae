"""What visitors write through the enquiry forms, kept before anything is sent."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Now
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Reason(models.TextChoices):
    QUESTION = "question", _("Ask a question")
    ADOPT = "adopt", _("We would like to adopt this practice")
    VISIT = "visit", _("We would like to visit")
    MISTAKE = "mistake", _("Report a mistake or outdated information")


class Status(models.TextChoices):
    RECEIVED = "received", _("received")
    ANSWERED = "answered", _("answered")


class TargetKind(models.TextChoices):
    """What an enquiry is about: one of the items' foreign keys, or none (to the staff)."""

    PRACTICE = "practice", _("good practice")
    PROJECT = "project", _("project")
    ORGANISATION = "organisation", _("partner")
    EVENT = "event", _("event")
    STAFF = "staff", _("the portal's staff")


# The item foreign keys, one per kind but STAFF; at most one is set.
TARGET_FIELDS = [kind.value for kind in TargetKind if kind != TargetKind.STAFF]


def target_kind_matches():
    """Only the foreign key of the enquiry's kind may be set (it is null once the item is gone)."""

    def others_null(kind):
        return Q(*(Q(**{f"{field}__isnull": True}) for field in TARGET_FIELDS if field != kind))

    condition = Q(target_kind=TargetKind.STAFF) & others_null(None)
    for kind in TARGET_FIELDS:
        condition |= Q(target_kind=kind) & others_null(kind)
    return condition


def item_reference(model, verbose_name):
    """The item an enquiry is about; null once the item is deleted (the enquiry keeps its title)."""
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )


class EnquiryQuerySet(models.QuerySet):
    def received_before(self, moment):
        return self.filter(received_at__lt=moment)


class Enquiry(models.Model):
    """A visitor's message and what became of it; its e-mails are rows of the outbox."""

    # The items are named by label: the apps import this one for their forms, not the reverse.
    practice = item_reference("practices.GoodPractice", _("good practice"))
    project = item_reference("projects.Project", _("project"))
    organisation = item_reference("projects.Organisation", _("partner"))
    event = item_reference("events.Event", _("event"))
    target_kind = models.CharField(_("about"), max_length=20, choices=TargetKind.choices)
    # Kept as written when the enquiry came, so that it reads the same if the item goes.
    target_title = models.CharField(_("title of the page"), max_length=300, blank=True)
    page_url = models.CharField(_("page written from"), max_length=500, blank=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    sender_organisation = models.CharField(_("organisation"), max_length=250, blank=True)
    country = CountryField(_("country"), blank=True, blank_label=_("(not given)"))
    message = models.TextField(_("message"))
    language = models.CharField(_("language of the page"), max_length=8, choices=settings.LANGUAGES)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_default=Now())
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    staff_note = models.TextField(
        _("note for staff"), blank=True, help_text=_("Never sent to anyone.")
    )
    messages = models.ManyToManyField(
        "mail.OutgoingMessage",
        verbose_name=_("e-mails"),
        blank=True,
        related_name="enquiries",
    )

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")
        indexes = [models.Index(fields=["received_at"], name="enquiries_received_at")]
        constraints = [
            models.CheckConstraint(
                condition=target_kind_matches(),
                name="enquiries_enquiry_one_target",
                violation_error_message=_("An enquiry is about one item of its kind, or none."),
            ),
            models.CheckConstraint(
                condition=Q(status=Status.ANSWERED, answered_at__isnull=False)
                | (Q(status=Status.RECEIVED) & Q(answered_at__isnull=True)),
                name="enquiries_enquiry_answered_when",
            ),
        ]

    def __str__(self):
        return f"{self.name}: {self.target_title or self.get_target_kind_display()}"

    @property
    def target(self):
        """The item written about, if it still exists; None for the staff."""
        if self.target_kind == TargetKind.STAFF:
            return None
        return getattr(self, self.target_kind)
