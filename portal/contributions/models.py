"""Partner accounts (invitations, the organisations each partner acts for) and what partners
submit for review."""

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from projects.models import Organisation


class Invitation(models.Model):
    """An invitation to set a password and act for `organisations`; its link works once."""

    email = models.EmailField(_("e-mail address"))
    organisations = models.ManyToManyField(
        Organisation, verbose_name=_("organisations"), related_name="invitations"
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The invitee's language: the e-mail and the page it leads to are in it."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_sent",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="invitations_accepted",
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="contributions_invitation_language_valid",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=True) | Q(accepted_at__isnull=False),
                name="contributions_invitation_user_only_when_accepted",
            ),
        ]

    def __str__(self):
        return self.email

    def get_absolute_url(self):
        return reverse("admin:contributions_invitation_change", args=[self.pk])


class Membership(models.Model):
    """A partner account acting for an organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["user__username", "organisation__slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="contributions_membership_once"
            )
        ]

    def __str__(self):
        return f"{self.user.get_username()} – {self.organisation}"

    def get_absolute_url(self):
        return reverse("admin:contributions_membership_change", args=[self.pk])


class PartnerAccount(User):
    """The users who are not staff: partners, listed for the staff to deactivate."""

    class Meta:
        proxy = True
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")
        ordering = ["username"]


class SubmissionState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved, waiting for publication")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")


# A submission in these states still changes: one at most per entry.
OPEN_STATES = [
    SubmissionState.DRAFT,
    SubmissionState.SUBMITTED,
    SubmissionState.CHANGES_REQUESTED,
    SubmissionState.APPROVED,
]
# The partner may edit the proposal in these; in the others it is with the editors, or done.
EDITABLE_STATES = [SubmissionState.DRAFT, SubmissionState.CHANGES_REQUESTED]
# What waits for an editor: the review queue.
WAITING_STATES = [SubmissionState.SUBMITTED, SubmissionState.APPROVED]


class SubmissionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state__in=OPEN_STATES)

    def waiting(self):
        """What waits for an editor, the longest waiting first."""
        return self.filter(state__in=WAITING_STATES).order_by("state_changed_at", "pk")

    def for_partner(self, user):
        """The submissions of the organisations `user` acts for."""
        return self.filter(organisation__memberships__user=user)


class Submission(models.Model):
    """A partner's new practice or event, or a change to a published one, on its way to review.

    `practice` or `event` is the row that holds what the partner proposes: the new entry itself
    (a draft until published), or a draft copy of a published entry (`Revisable.revision_of`).
    Once published, it is the public entry.
    """

    practice = models.ForeignKey(
        "practices.GoodPractice",
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="submissions",
    )
    event = models.ForeignKey(
        "events.Event",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="submissions",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="submissions",
        help_text=_("The organisation the partner submits for."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submissions",
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The partner's language: e-mails about the submission are written in it."),
    )
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=SubmissionState.choices,
        default=SubmissionState.DRAFT,
        db_index=True,
    )
    is_change = models.BooleanField(
        _("change to a published entry"),
        default=False,
        help_text=_("Whether it proposes a change to an entry the public already sees."),
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    state_changed_at = models.DateTimeField(_("in this state since"), default=timezone.now)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-state_changed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(practice__isnull=False, event__isnull=True)
                | Q(practice__isnull=True, event__isnull=False),
                name="contributions_submission_one_entry",
            ),
            models.CheckConstraint(
                condition=Q(state__in=SubmissionState.values),
                name="contributions_submission_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]),
                name="contributions_submission_language_valid",
            ),
            models.UniqueConstraint(
                fields=["practice"],
                condition=Q(state__in=OPEN_STATES),
                name="contributions_submission_one_open_per_practice",
            ),
            models.UniqueConstraint(
                fields=["event"],
                condition=Q(state__in=OPEN_STATES),
                name="contributions_submission_one_open_per_event",
            ),
        ]

    def __str__(self):
        return str(self.proposal)

    def get_absolute_url(self):
        return reverse("admin:contributions_submission_change", args=[self.pk])

    @property
    def proposal(self):
        """The practice or event row that holds what the partner proposes."""
        return self.practice if self.practice_id else self.event

    @property
    def kind(self):
        return "practice" if self.practice_id else "event"

    @property
    def is_open(self):
        return self.state in OPEN_STATES

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES


class SubmissionStep(models.Model):
    """One transition of a submission: who moved it to which state, when, and what they said."""

    submission = models.ForeignKey(
        Submission, verbose_name=_("submission"), on_delete=models.CASCADE, related_name="steps"
    )
    state = models.CharField(_("state"), max_length=20, choices=SubmissionState.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("when"), default=timezone.now)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("review step")
        verbose_name_plural = _("review steps")
        ordering = ["at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=SubmissionState.values),
                name="contributions_submissionstep_state_valid",
            ),
        ]

    def __str__(self):
        return f"{self.submission} – {self.get_state_display()}"


class PracticeReminder(models.Model):
    """When the partners of a practice were last asked to confirm it is current.

    One row per practice, replaced at each reminder: the daily command reminds again only once
    REMIND_AGAIN_DAYS have passed, so running it twice a day sends nothing twice."""

    practice = models.OneToOneField(
        "practices.GoodPractice",
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="confirmation_reminder",
    )
    reminded_at = models.DateTimeField(_("partners last reminded"), default=timezone.now)

    class Meta:
        verbose_name = _("reminder to confirm a practice")
        verbose_name_plural = _("reminders to confirm practices")
        ordering = ["-reminded_at", "practice"]

    def __str__(self):
        return str(self.practice)

    def get_absolute_url(self):
        return reverse("admin:practices_goodpractice_change", args=[self.practice_id])
