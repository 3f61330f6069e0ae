"""Good practices: solutions already at work somewhere, written up for others to copy."""

from datetime import timedelta
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.contacts.models import ContactListing
from portal.db.addresses import slug_format_constraint, web_address_constraint
from portal.db.list_indexes import list_indexes
from portal.db.rich_text import RichTextField
from portal.db.search_indexes import (
    in_every_language,
    search_indexes,
    search_title_vector_field,
    search_vector_field,
)
from portal.db.uploads import DocumentField, PictureField
from portal.models import (
    City,
    GalleryImage,
    Publishable,
    Revisable,
    RevisableQuerySet,
    Theme,
    published_facet_index,
)
from projects.models import Organisation, Project

# How many of the newest practices of each theme (and of the city) similar_to() ranks.
SIMILAR_CANDIDATES = 50

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


def stale_age():
    return timedelta(days=settings.PRACTICE_STALE_DAYS)


DOCUMENT_EXTENSIONS = ["pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "doc", "xls", "ppt"]


# What a practice's own page alone shows: a page that only links to a practice leaves them unread.
PRACTICE_LONG_TEXTS = ("problem", "solution", "results", "resources", "transferability")


class GoodPracticeQuerySet(RevisableQuerySet):
    def for_cards(self):
        """Only what a card shows (templates/includes/practice_list.html), with its city: each
        text in every language for the fallbacks, but not the long texts or the search document."""
        return self.select_related("city").only(
            "slug",
            "title",
            "summary",
            "cover_image",
            "cover_image_renditions",
            "year_start",
            "year_end",
            "city",
        )

    def stale(self):
        """Practices nobody has reviewed or confirmed for PRACTICE_STALE_DAYS."""
        return self.filter(reviewed_at__lt=timezone.now() - stale_age())

    def to_confirm(self):
        """Published practices nobody has reviewed or confirmed for PRACTICE_CONFIRM_DAYS: their
        partners are asked whether they are still right."""
        age = timedelta(days=settings.PRACTICE_CONFIRM_DAYS)
        return self.published().originals().filter(reviewed_at__lt=timezone.now() - age)

    def similar_to(self, practice, *, count):
        """The `count` other practices sharing the most themes with `practice`, then those in its
        city, then the newest. A practice in another city sharing no theme is not similar at all.

        Ranked among a few candidates: for each of its themes, and for its city, the
        SIMILAR_CANDIDATES newest practices. Ranking every practice that shares a theme is slow
        at scale, as a common theme is shared by much of the content; the candidates are read
        through indexes, however many practices there are. A practice sharing several themes but
        older than the newest SIMILAR_CANDIDATES of each is passed over. Give `practice` with its
        themes prefetched, and this is one query.
        """
        others = self.exclude(pk=practice.pk)
        newest = ("-year_start", "slug")
        themes = [theme.pk for theme in practice.themes.all()]
        pools = [others.filter(themes=theme) for theme in themes]
        pools.append(others.filter(city=practice.city_id))
        first, *rest = [pool.order_by(*newest).values("pk")[:SIMILAR_CANDIDATES] for pool in pools]
        ranking = {
            "shared_themes": Count("themes", filter=Q(themes__in=themes)),
            "same_city": ExpressionWrapper(Q(city=practice.city_id), output_field=BooleanField()),
        }
        return (
            self.filter(pk__in=first.union(*rest, all=True))
            .annotate(**ranking)
            .order_by("-shared_themes", "-same_city", *newest)[:count]
        )


class GoodPractice(Revisable, Publishable):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for lists."))
    problem = RichTextField(
        _("context and problem"), help_text=_("The situation and the problem addressed.")
    )
    solution = RichTextField(_("solution"), help_text=_("What was done, and how."))
    results = RichTextField(
        _("results"), help_text=_("What changed, with evidence: figures, evaluations, awards.")
    )
    resources = RichTextField(
        _("resources used"), blank=True, help_text=_("Money, people, time and partners it took.")
    )
    transferability = RichTextField(
        _("transferability"),
        blank=True,
        help_text=_("Lessons for others: what to copy, what to adapt, what to avoid."),
    )
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="practices"
    )
    organisations = models.ManyToManyField(
        Organisation,
        verbose_name=_("implementing organisations"),
        blank=True,
        related_name="practices",
    )
    projects = models.ManyToManyField(
        Project, verbose_name=_("related projects"), blank=True, related_name="practices"
    )
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="practices"
    )
    contacts = models.ManyToManyField(
        "contacts.ContactPerson",
        through="PracticeContact",
        verbose_name=_("contact persons"),
        blank=True,
        related_name="contact_for_practices",
    )
    year_start = models.PositiveSmallIntegerField(
        _("since (year)"), validators=YEAR_VALIDATORS, help_text=_("The year it started.")
    )
    year_end = models.PositiveSmallIntegerField(
        _("until (year)"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty if it is still running."),
    )
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
    reviewed_at = models.DateTimeField(
        _("last reviewed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When an editor last published it, or its partner confirmed it is current."),
    )
    search_vector = search_vector_field(
        a=in_every_language("title"),
        b=in_every_language("summary"),
        c=in_every_language("problem", "solution", "results", "resources", "transferability"),
    )
    search_title_vector = search_title_vector_field(titles=in_every_language("title"))

    objects = GoodPracticeQuerySet.as_manager()

    revision_children = ("images", "documents", "links", "contact_listings")

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["-year_start", "slug"]
        indexes = [
            *search_indexes(titles=in_every_language("title")),
            published_facet_index("practices_published_facets", include=["city"]),
            # The lists' newest first, the home and topic pages' short lists (Meta.ordering), and
            # what is published in a city (the city filter, the map).
            *list_indexes(
                orders={
                    "newest": ("-published_at", "-id"),
                    "by_year": ("-year_start", "slug"),
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
                condition=Q(year_end__isnull=True) | Q(year_end__gte=F("year_start")),
                name="practices_goodpractice_years_ordered",
            ),
            models.CheckConstraint(
                condition=Q(year_start__gte=1990, year_start__lte=2100),
                name="practices_goodpractice_year_start_range",
            ),
        ]

    def __str__(self):
        return self.title

    def page_tags(self):
        """What places this practice on other practices' pages (portal/operations/caching.py): its
        city and themes (similar practices) and the practices it is transferred from or to."""
        label = self._meta.label_lower
        tags = {f"{label}@city:{self.city_id}"}
        tags |= {f"{label}@theme:{pk}" for pk in self.themes.values_list("pk", flat=True)}
        transferred = [
            *self.transfers_out.values_list("adopted_practice", flat=True),
            *self.transfers_in.values_list("source", flat=True),
        ]
        return tags | {f"{label}:{pk}" for pk in transferred if pk is not None}

    def similar_practices_tags(self):
        """The changes that may bring another practice among this one's similar practices."""
        label = self._meta.label_lower
        themes = {f"{label}@theme:{theme.pk}" for theme in self.themes.all()}
        return {f"{label}@city:{self.city_id}", *themes}

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.cover_image and not self.cover_image_alt:
            raise ValidationError(
                {"cover_image_alt": _("Describe the cover image for people who cannot see it.")}
            )

    @property
    def country(self):
        return self.city.country

    @property
    def is_stale(self):
        return self.reviewed_at is not None and self.reviewed_at < timezone.now() - stale_age()

    @property
    def period(self):
        if self.year_end is None:
            return _("since %(year)s") % {"year": self.year_start}
        if self.year_end == self.year_start:
            return str(self.year_start)
        return f"{self.year_start}–{self.year_end}"


class PracticeImage(GalleryImage):
    practice = models.ForeignKey(
        GoodPractice,
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="images",
    )

    class Meta(GalleryImage.Meta):
        verbose_name = _("gallery image")
        verbose_name_plural = _("gallery images")


class PracticeDocument(models.Model):
    practice = models.ForeignKey(
        GoodPractice,
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    title = models.CharField(_("title"), max_length=250)
    file = DocumentField(
        _("file"),
        validators=[FileExtensionValidator(DOCUMENT_EXTENSIONS)],
        help_text=_("PDF, OpenDocument or Microsoft Office file."),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        """The download view: documents are not published under MEDIA_URL."""
        return reverse(
            "practices:document", kwargs={"slug": self.practice.slug, "document_pk": self.pk}
        )

    @property
    def file_type(self):
        return PurePath(self.file.name).suffix.lstrip(".").upper()


class PracticeLink(models.Model):
    practice = models.ForeignKey(
        GoodPractice,
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="links",
    )
    title = models.CharField(_("title"), max_length=250)
    url = models.URLField(_("address"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("link")
        verbose_name_plural = _("links")
        ordering = ["position", "pk"]
        constraints = [web_address_constraint("url", blank=False)]

    def __str__(self):
        return self.title


class PracticeContact(ContactListing):
    practice = models.ForeignKey(
        GoodPractice,
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="contact_listings",
    )

    class Meta(ContactListing.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "contact"],
                name="practices_practicecontact_once",
                violation_error_message=_("This contact person is already named here."),
            ),
        ]

    def __str__(self):
        return f"{self.contact} – {self.practice}"
