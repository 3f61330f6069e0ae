"""Transfers: a good practice taken up elsewhere, in URBACT's stages (understand, adapt, re-use)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Prefetch, Q
from django.utils.translation import gettext_lazy as _

from events.models import TRAVELLING_KINDS, Event
from portal.db.publishing import PublicationStatus
from portal.models import City, Publishable, PublishableQuerySet
from practices.models import PRACTICE_LONG_TEXTS, GoodPractice
from projects.models import Organisation


class TransferStage(models.TextChoices):
    LEARNING = "learning", _("learning")
    ADAPTING = "adapting", _("adapting")
    IMPLEMENTED = "implemented", _("implemented")


# Each stage and the field with the date it began.
STAGE_DATES = {
    TransferStage.LEARNING: "learning_since",
    TransferStage.ADAPTING: "adapting_since",
    TransferStage.IMPLEMENTED: "implemented_since",
}


class TransferQuerySet(PublishableQuerySet):
    def published(self):
        """Published transfers of published practices: a draft practice's never shows."""
        return (
            self.filter(
                status=PublicationStatus.PUBLISHED, source__status=PublicationStatus.PUBLISHED
            )
            # The source is read anyway, to leave out one whose slug has no address.
            .select_related("source")
            .addressed("source")
        )

    def for_display(self):
        """With what a public page shows of each: places, the published adopted practice and
        the published study visits and internships it travelled through."""
        # The practices and the organisation are links: not their long texts or search documents.
        return (
            self.select_related(
                "source__city__country", "city__country", "organisation", "adopted_practice"
            )
            .defer(
                *(
                    f"{practice}__{field}"
                    for practice in ("source", "adopted_practice")
                    for field in (*PRACTICE_LONG_TEXTS, "search_vector")
                ),
                "organisation__description",
                "organisation__search_vector",
            )
            .prefetch_related(
                Prefetch(
                    "events",
                    Event.objects.published()
                    .filter(kind__in=TRAVELLING_KINDS)
                    .only("slug", "title", "start_date")
                    .order_by("start_date"),
                )
            )
        )


class Transfer(Publishable):
    source = models.ForeignKey(
        GoodPractice,
        verbose_name=_("good practice taken up"),
        on_delete=models.CASCADE,
        related_name="transfers_out",
        help_text=_("The practice that travelled."),
    )
    city = models.ForeignKey(
        City, verbose_name=_("adopting city"), on_delete=models.PROTECT, related_name="transfers_in"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("adopting organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="transfers_in",
    )
    adopted_practice = models.ForeignKey(
        GoodPractice,
        verbose_name=_("adopted practice"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="transfers_in",
        help_text=_("The practice it became in the adopting city, if it is described here."),
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=TransferStage.choices, default=TransferStage.LEARNING
    )
    learning_since = models.DateField(_("learning since"), null=True, blank=True)
    adapting_since = models.DateField(_("adapting since"), null=True, blank=True)
    implemented_since = models.DateField(_("implemented since"), null=True, blank=True)
    events = models.ManyToManyField(
        Event,
        verbose_name=_("study visits and internships"),
        blank=True,
        related_name="transfers",
        limit_choices_to={"kind__in": TRAVELLING_KINDS},
        help_text=_("The study visits and internships through which the practice travelled."),
    )
    note = models.TextField(_("note"), blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = TransferQuerySet.as_manager()

    class Meta:
        verbose_name = _("transfer")
        verbose_name_plural = _("transfers")
        ordering = ["source", "city", "pk"]
        constraints = [
            *Publishable.Meta.constraints,
            models.CheckConstraint(
                condition=Q(adopted_practice__isnull=True) | ~Q(adopted_practice=F("source")),
                name="transfers_transfer_adopted_not_source",
                violation_error_message=_("The adopted practice cannot be the one taken up."),
            ),
            models.CheckConstraint(
                condition=Q(stage__in=TransferStage.values),
                name="transfers_transfer_stage_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(stage=TransferStage.LEARNING, learning_since__isnull=False)
                    | Q(stage=TransferStage.ADAPTING, adapting_since__isnull=False)
                    | Q(stage=TransferStage.IMPLEMENTED, implemented_since__isnull=False)
                ),
                name="transfers_transfer_stage_has_date",
                violation_error_message=_("Give the date the current stage began."),
            ),
            models.CheckConstraint(
                # A stage not reached yet has no date.
                condition=(
                    Q(stage=TransferStage.IMPLEMENTED)
                    | Q(stage=TransferStage.ADAPTING, implemented_since__isnull=True)
                    | Q(
                        stage=TransferStage.LEARNING,
                        adapting_since__isnull=True,
                        implemented_since__isnull=True,
                    )
                ),
                name="transfers_transfer_no_date_of_later_stage",
                violation_error_message=_("A stage not reached yet has no date."),
            ),
            models.CheckConstraint(
                condition=Q(learning_since__isnull=True)
                | Q(adapting_since__isnull=True)
                | Q(adapting_since__gte=F("learning_since")),
                name="transfers_transfer_adapting_after_learning",
                violation_error_message=_("Adapting cannot begin before learning."),
            ),
            models.CheckConstraint(
                condition=Q(adapting_since__isnull=True)
                | Q(implemented_since__isnull=True)
                | Q(implemented_since__gte=F("adapting_since")),
                name="transfers_transfer_implemented_after_adapting",
                violation_error_message=_("Implementation cannot begin before adapting."),
            ),
            models.CheckConstraint(
                condition=Q(learning_since__isnull=True)
                | Q(implemented_since__isnull=True)
                | Q(implemented_since__gte=F("learning_since")),
                name="transfers_transfer_implemented_after_learning",
                violation_error_message=_("Implementation cannot begin before learning."),
            ),
        ]

    def __str__(self):
        return _("%(practice)s in %(city)s") % {"practice": self.source, "city": self.city}

    def get_absolute_url(self):
        return f"{self.source.get_absolute_url()}#transfer-{self.pk}"

    def clean(self):
        super().clean()
        # Across two tables, so not a CheckConstraint: the forms and the admin check it.
        if self.source_id and self.city_id and self.source.city_id == self.city_id:
            raise ValidationError(
                {"city": _("A practice is taken up in another city than its own.")}
            )

    @property
    def stage_since(self):
        """The date the current stage began."""
        return getattr(self, STAGE_DATES[self.stage])
