"""What every app shares: publication workflow, places, themes, gallery images; site pages, news."""

import zoneinfo
from pathlib import PurePath

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.db.addresses import AddressedQuerySet, slug_format_constraint
from portal.db.publishing import PUBLISHED, PublicationStatus
from portal.db.rich_text import RichTextField
from portal.db.search_indexes import in_every_language, search_vector_field
from portal.db.uploads import PictureField
from portal.operations.caching import pages_changed


class PublishableQuerySet(AddressedQuerySet):
    def update(self, **kwargs):
        """Update the rows, and make cached pages stale: update() sends no signal."""
        updated = super().update(**kwargs)
        pages_changed()
        return updated

    def published(self):
        """What the public sees: published rows, less any whose slug has no address."""
        return self.filter(status=PublicationStatus.PUBLISHED).addressed()

    def drafts(self):
        return self.filter(status=PublicationStatus.DRAFT)


class RevisableQuerySet(PublishableQuerySet):
    def originals(self):
        """The entries themselves, less the proposed changes to them that wait for review."""
        return self.filter(revision_of__isnull=True)


class Revisable(models.Model):
    """Content a partner may propose a change to: the proposal is a draft copy of the entry,
    which stays as it is, published or not, until an editor publishes the change onto it."""

    revision_of = models.ForeignKey(
        "self",
        verbose_name=_("proposed change to"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        editable=False,
        related_name="revisions",
    )

    # The one-to-many relations whose rows are part of the entry (its gallery, its documents):
    # a proposal gets copies of them, and publishing the proposal moves its own onto the entry.
    revision_children = ()

    class Meta:
        abstract = True
        constraints = [
            # A proposed change is never public: only publishing it onto its entry makes it so.
            models.CheckConstraint(
                condition=Q(revision_of__isnull=True) | Q(status=PublicationStatus.DRAFT),
                name="%(app_label)s_%(class)s_revision_is_draft",
            ),
        ]

    @property
    def entry(self):
        """The entry a proposal changes, or this entry itself."""
        return self.revision_of if self.revision_of_id else self


def published_facet_index(name, *, include):
    """An index of the published rows' ids with the columns that list facets count by: facet
    counts read it alone (an index-only scan) instead of the wide rows with texts in three
    languages (portal/content/filtering.py)."""
    return models.Index(fields=["id"], include=include, condition=PUBLISHED, name=name)


class Publishable(models.Model):
    """Content that the public sees only once an editor publishes it."""

    status = models.CharField(
        _("publication status"),
        max_length=10,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        db_index=True,
        help_text=_("Drafts are visible only to staff."),
    )
    published_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=PublicationStatus.values),
                name="%(app_label)s_%(class)s_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(status=PublicationStatus.DRAFT) | Q(published_at__isnull=False),
                name="%(app_label)s_%(class)s_published_has_date",
            ),
        ]

    def save(self, *args, **kwargs):
        self.stamp_publication_date()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.stamp_publication_date()

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED

    def stamp_publication_date(self):
        if self.is_published and self.published_at is None:
            self.published_at = timezone.now()


def time_zone_known(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("Give a time zone of the IANA database, for example Europe/Prague."), code="time_zone"
        )


class Country(models.Model):
    code = models.CharField(
        _("code"),
        max_length=2,
        unique=True,
        help_text=_("Two-letter ISO 3166 code, for example PL or CZ."),
    )
    name = models.CharField(_("name"), max_length=100)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="Europe/Warsaw",
        validators=[time_zone_known],
        help_text=_(
            "The time zone of the events held there, for calendars: Europe/Warsaw, Europe/Prague."
        ),
    )

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(code__regex=r"^[A-Z]{2}$"), name="portal_country_code_iso"
            ),
        ]

    def __str__(self):
        return self.name


class City(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    country = models.ForeignKey(
        Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="cities"
    )
    region = models.CharField(
        _("region"), max_length=150, blank=True, help_text=_("Voivodeship, region or state.")
    )
    agglomeration = models.CharField(
        _("agglomeration"),
        max_length=150,
        blank=True,
        help_text=_("The functional urban area or ZIT/ITI agglomeration the city belongs to."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=6,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    # Site search finds what is in a city by any of its names ("Przerów" as "Přerov"): the
    # cities are matched first, through this document's index, then the content in them.
    search_names = search_vector_field(a=in_every_language("name"))

    objects = AddressedQuerySet.as_manager()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["slug"]
        indexes = [GinIndex(fields=["search_names"], name="portal_city_search_names")]
        constraints = [
            slug_format_constraint(),
            models.CheckConstraint(
                condition=Q(latitude__gte=-90, latitude__lte=90), name="portal_city_latitude_range"
            ),
            models.CheckConstraint(
                condition=Q(longitude__gte=-180, longitude__lte=180),
                name="portal_city_longitude_range",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("cities:detail", kwargs={"slug": self.slug})


class Theme(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    description = RichTextField(_("description"), blank=True)

    objects = AddressedQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["slug"]
        constraints = [slug_format_constraint()]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("themes:detail", kwargs={"slug": self.slug})


class GalleryImage(models.Model):
    """One picture in a practice's or an event's gallery."""

    image = PictureField(_("image"), renditions_field="image_renditions", renditions=("gallery",))
    image_renditions = models.JSONField(
        _("thumbnails of the image"), default=dict, db_default={}, blank=True, editable=False
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["position", "pk"]

    def __str__(self):
        return self.alt_text or PurePath(self.image.name).name


class Page(Publishable):
    """A page of the site itself: about the portal, the history of the cooperation, contact."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for search engines and lists.")
    )
    body = RichTextField(_("text"))
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order in the site navigation: lower numbers first.")
    )
    show_in_navigation = models.BooleanField(_("show in navigation"), default=True)
    offers_staff_form = models.BooleanField(
        _("offer the form to write to the staff"),
        default=False,
        help_text=_(
            "E.g. on the Contact page: a link to the form whose messages come to the staff."
        ),
    )

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["position", "slug"]
        constraints = [*Publishable.Meta.constraints, slug_format_constraint()]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pages:detail", kwargs={"slug": self.slug})


class NewsItem(Publishable):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("The date the news is about or from.")
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for lists."))
    body = RichTextField(_("text"))
    cover_image = PictureField(
        _("cover image"),
        blank=True,
        renditions_field="cover_image_renditions",
        renditions=("cover", "card"),
    )
    cover_image_renditions = models.JSONField(
        _("thumbnails of the cover image"), default=dict, db_default={}, blank=True, editable=False
    )
    cover_image_alt = models.CharField(
        _("cover image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for people who cannot see it."),
    )
    # A string reference: portal's models never import the apps built on top of them.
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("related project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news",
    )

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        ordering = ["-date", "slug"]
        constraints = [*Publishable.Meta.constraints, slug_format_constraint()]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.cover_image and not self.cover_image_alt:
            raise ValidationError(
                {"cover_image_alt": _("Describe the cover image for people who cannot see it.")}
            )


class ImportJobState(models.TextChoices):
    QUEUED = "queued", _("waiting for the worker")
    RUNNING = "running", _("running")
    CHECKED = "checked", _("checked, waiting for confirmation")
    DONE = "done", _("imported")
    FAILED = "failed", _("not imported")


class ImportJobQuerySet(models.QuerySet):
    def unfinished(self):
        return self.filter(
            state__in=[ImportJobState.QUEUED, ImportJobState.RUNNING, ImportJobState.CHECKED]
        )


class ImportJob(models.Model):
    """A staff import of one file, checked and then saved by the task worker.

    Written with `bulk_create()` and `update()` only: a save of a portal model would make every
    cached page stale (portal/operations/caching.py), and a job is not content.
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    model = models.CharField(_("kind of content"), max_length=100)
    # The dotted path of the import-export resource that reads the file.
    resource = models.CharField(max_length=200)
    file_name = models.CharField(_("file"), max_length=255)
    # The file in private storage until the import ends; empty once removed.
    stored_name = models.CharField(max_length=255, blank=True)
    file_format = models.PositiveSmallIntegerField()
    # The editor's language: the worker writes the messages in it.
    language = models.CharField(max_length=10)
    confirmed = models.BooleanField(
        _("confirmed"), default=False, help_text=_("Unconfirmed jobs only check the file.")
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ImportJobState.choices, default=ImportJobState.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    summary = models.JSONField(_("result"), default=dict, blank=True)
    errors = models.JSONField(_("mistakes"), default=list, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rows_done__lte=models.F("rows_total")),
                name="import_job_rows_done_within_total",
            ),
        ]

    def __str__(self):
        return self.file_name

    def get_absolute_url(self):
        return reverse("admin:portal_importjob_change", args=[self.pk])

    @property
    def in_progress(self):
        return self.state in (ImportJobState.QUEUED, ImportJobState.RUNNING)
