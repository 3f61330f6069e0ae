"""Study visits, internships and the other events through which partners learn from each other."""

import zoneinfo

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Lower, Now
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.contacts.models import ContactListing
from portal.db.addresses import slug_format_constraint
from portal.db.list_indexes import list_indexes
from portal.db.rich_text import RichTextField
from portal.db.search_indexes import (
    in_every_language,
    search_indexes,
    search_title_vector_field,
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


class Allocation(models.TextChoices):
    ARRIVAL = "arrival", _("in order of arrival")
    ORGANISER = "organiser", _("chosen by the organiser")


class EventQuerySet(RevisableQuerySet):
    def for_cards(self):
        """Only what a card shows (templates/includes/event_list.html), with its city: not the
        long texts or the search document."""
        # The project too: a project's events (project.events) set it on each, reading its key.
        return self.select_related("city").only(
            "kind", "slug", "title", "start_date", "end_date", "city", "project"
        )

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
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Local time at the host city.")
    )
    end_time = models.TimeField(
        _("end time"), null=True, blank=True, help_text=_("Local time at the host city.")
    )
    # Applications: who may come, how many, until when, and how places are given.
    takes_applications = models.BooleanField(
        _("takes applications"),
        default=False,
        help_text=_("Visitors apply for a place through a form on the portal."),
    )
    who_may_apply = models.TextField(_("who may apply"), blank=True)
    places = models.PositiveIntegerField(_("number of places"), null=True, blank=True)
    application_deadline = models.DateTimeField(_("applications until"), null=True, blank=True)
    languages = ArrayField(
        models.CharField(max_length=8, choices=settings.LANGUAGES),
        verbose_name=_("languages of the event"),
        default=list,
        blank=True,
    )
    allocation = models.CharField(
        _("places are"),
        max_length=10,
        choices=Allocation.choices,
        default=Allocation.ARRIVAL,
        help_text=_(
            "In order of arrival, an applicant gets a free place at once; otherwise the organiser "
            "chooses among the applications."
        ),
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
    search_title_vector = search_title_vector_field(titles=in_every_language("title"))

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
            models.CheckConstraint(
                condition=Q(takes_applications=False)
                | Q(places__gte=1, application_deadline__isnull=False),
                name="events_event_applications_need_places_and_deadline",
                violation_error_message=_(
                    "An event that takes applications needs a number of places and a deadline."
                ),
            ),
            models.CheckConstraint(
                condition=Q(end_time__isnull=True) | Q(start_time__isnull=False),
                name="events_event_end_time_needs_start_time",
                violation_error_message=_("Give a start time with the end time."),
            ),
            models.CheckConstraint(
                condition=Q(allocation__in=Allocation.values),
                name="events_event_allocation_valid",
            ),
        ]

    def __str__(self):
        return self.title

    def page_tags(self):
        """The practices whose pages show this event (portal/operations/caching.py): those it
        presents, and those of the transfers it is a step of."""
        practices = [*self.practices.values_list("pk", flat=True)]
        for source, adopted in self.transfers.values_list("source", "adopted_practice"):
            practices += [source, adopted]
        label = GoodPractice._meta.label_lower
        return {f"{label}:{pk}" for pk in practices if pk is not None}

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def visitors_to(self):
        return self.city.country if self.visitors_from_id else None

    @property
    def time_zone(self):
        """The host country's time zone, in which the event's times are given."""
        return zoneinfo.ZoneInfo(self.city.country.time_zone)

    def applications_open(self, *, at=None):
        """Whether the form takes applications: it asks for them, and the deadline and the
        event's first day have not passed."""
        at = at or timezone.now()
        return (
            self.takes_applications
            and self.application_deadline is not None
            and at <= self.application_deadline
            and timezone.localdate(at, self.time_zone) <= self.start_date
        )


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


class ApplicationState(models.TextChoices):
    # "application" is feminine in Czech (přihláška) and neuter in Polish (zgłoszenie).
    PENDING = "pending", pgettext_lazy("application", "waiting for the organiser")
    CONFIRMED = "confirmed", pgettext_lazy("application", "confirmed")
    WAITING = "waiting", pgettext_lazy("application", "on the waiting list")
    OFFERED = "offered", pgettext_lazy("application", "offered a place")
    DECLINED = "declined", pgettext_lazy("application", "declined")
    CANCELLED = "cancelled", pgettext_lazy("application", "cancelled")


# The states that hold one of the event's places.
HOLDS_A_PLACE = [ApplicationState.CONFIRMED, ApplicationState.OFFERED]
# The states of an application still in play: one per address and event.
ACTIVE_STATES = [
    ApplicationState.PENDING,
    ApplicationState.CONFIRMED,
    ApplicationState.WAITING,
    ApplicationState.OFFERED,
]


class ApplicationQuerySet(models.QuerySet):
    def holding_places(self):
        return self.filter(state__in=HOLDS_A_PLACE)

    def active(self):
        return self.filter(state__in=ACTIVE_STATES)

    def waiting_list(self):
        """Those waiting for a place, first come first."""
        return self.filter(state=ApplicationState.WAITING).order_by("received_at", "pk")


class Application(models.Model):
    """A visitor's application for a place at an event; its e-mails are rows of the outbox.

    Personal data: kept as long as enquiries are (ENQUIRY_RETENTION_DAYS after the event ends)."""

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="applications"
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=250)
    role = models.CharField(_("role"), max_length=200, blank=True)
    motivation = models.TextField(_("motivation"))
    needs = models.TextField(
        _("needs the organiser should know about"),
        blank=True,
        help_text=_("Access, diet, interpretation..."),
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    state = models.CharField(
        _("state"), max_length=10, choices=ApplicationState.choices, db_index=True
    )
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_default=Now())
    state_changed_at = models.DateTimeField(_("state changed"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    messages = models.ManyToManyField(
        "mail.OutgoingMessage", verbose_name=_("e-mails"), blank=True, related_name="applications"
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["event", "received_at", "pk"]
        indexes = [models.Index(fields=["received_at"], name="events_application_received")]
        constraints = [
            models.CheckConstraint(
                condition=Q(state__in=ApplicationState.values),
                name="events_application_state_valid",
            ),
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=Q(state__in=ACTIVE_STATES),
                name="events_application_one_active_per_address",
                violation_error_message=_("This address has already applied for this event."),
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"
