"""Study visits, internships and the other events through which partners learn from each other."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.contacts.models import ContactListing
from portal.db.addresses import slug_format_constraint
from portal.db.list_indexes import list_indexes
from portal.db.rich_text import RichTextField
from portal.db.search_indexes import (
    in_every_language,
    search_indexes,
    search_vector_field,
)
from portal.models import City, Country, GalleryImage, Publishable, Revisable, RevisableQuerySet
from practices.models import GoodPractice
from projects.models import Organisation, Project


class EventKind(models.TextChoices):
    STUDY_VISIT = "study_visit", _("Study visit")
    INTERNSHIP = "internship", _("Internship")
    CONFERENCE = "conference", _("Conference")
    SEMINAR = "seminar", _("Seminar")
    WORKSHOP = "workshop", _("Workshop")
    CONTEST = "contest", _("Contest")
    MEETING = "meeting", _("Meeting")


# Only these kinds send a group from one side of the border to the other.
TRAVELLING_KINDS = [EventKind.STUDY_VISIT, EventKind.INTERNSHIP]


class EventQuerySet(RevisableQuerySet):
    def upcoming(self):
        """Events not over yet: one ending today is still upcoming."""
        return self.filter(end_date__gte=timezone.localdate())

    def past(self):
        """Events that ended before today."""
        return self.filter(end_date__lt=timezone.localdate())


class Event(Revisable, Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    city = models.ForeignKey(
        City, verbose_name=_("host city"), on_delete=models.PROTECT, related_name="events"
    )
    venue = models.CharField(_("venue"), max_length=250, blank=True)
    visitors_from = models.ForeignKey(
        Country,
        verbose_name=_("visitors from"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "For study visits and internships: the country the participants travel from. "
            "They travel to the host city's country."
        ),
    )
    participants = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("organisations taking part"),
        blank=True,
        related_name="events",
    )
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
    )
    practices = models.ManyToManyField(
        GoodPractice,
        verbose_name=_("good practices presented"),
        blank=True,
        related_name="events",
    )
    contacts = models.ManyToManyField(
        "contacts.ContactPerson",
        through="EventContact",
        verbose_name=_("contact persons"),
        blank=True,
        related_name="contact_for_events",
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for lists."))
    agenda = RichTextField(_("programme of the event"), blank=True)
    report = RichTextField(
        _("report"), blank=True, help_text=_("What happened and what participants took home.")
    )
    search_vector = search_vector_field(
        a=in_every_language("title"),
        b=in_every_language("summary"),
        c=in_every_language("venue", "agenda", "report"),
    )

    objects = EventQuerySet.as_manager()

    revision_children = ("images", "contact_listings")

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start_date", "slug"]
        indexes = [
            *search_indexes(titles=in_every_language("title")),
            # Newest first by start date (Meta.ordering's tie-break by slug sorts only the ties);
            # upcoming and past events, and the date filters, by end date; those in a city.
            *list_indexes(
                orders={
                    "newest": ("-start_date", "id"),
                    "end": ("end_date",),
                    "city": ("city_id",),
                },
                title_field="title",
            ),
        ]
        constraints = [
            *Publishable.Meta.constraints,
            *Revisable.Meta.constraints,
            slug_format_constraint(),
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="events_event_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=EventKind.values), name="events_event_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(visitors_from__isnull=True) | Q(kind__in=TRAVELLING_KINDS),
                name="events_event_direction_only_for_visits",
                violation_error_message=_(
                    "Only study visits and internships have visitors from another country."
                ),
            ),
            models.CheckConstraint(
                condition=Q(participants__isnull=True) | Q(participants__gte=1),
                name="events_event_participants_positive",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def visitors_to(self):
        return self.city.country if self.visitors_from_id else None


class EventImage(GalleryImage):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="images"
    )

    class Meta(GalleryImage.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class EventContact(ContactListing):
    event = models.ForeignKey(
        Event,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="contact_listings",
    )

    class Meta(ContactListing.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["event", "contact"],
                name="events_eventcontact_once",
                violation_error_message=_("This contact person is already named here."),
            ),
        ]

    def __str__(self):
        return f"{self.contact} – {self.event}"
