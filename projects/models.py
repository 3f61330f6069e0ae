"""Programmes, the projects they fund, partner organisations and their roles in projects."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.contacts.models import ContactListing
from portal.db.addresses import (
    AddressedQuerySet,
    slug_format_constraint,
    web_address_constraint,
)
from portal.db.list_indexes import list_indexes
from portal.db.rich_text import RichTextField
from portal.db.search_indexes import (
    in_every_language,
    search_indexes,
    search_title_vector_field,
    search_vector_field,
)
from portal.db.uploads import PictureField
from portal.models import City, Publishable, PublishableQuerySet, Theme, published_facet_index


class Fund(models.TextChoices):
    ERDF = "erdf", _("European Regional Development Fund (ERDF)")
    ESF = "esf", _("European Social Fund (ESF+)")
    COHESION = "cohesion", _("Cohesion Fund")
    PARTNERSHIP_INSTRUMENT = "pi", _("Partnership Instrument")
    NATIONAL = "national", _("National or regional funds")
    OTHER = "other", _("Other")


class Programme(Publishable):
    name = models.CharField(_("name"), max_length=250)
    short_name = models.CharField(_("short name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    period_start = models.PositiveSmallIntegerField(
        _("period from"), help_text=_("First year of the programming period, e.g. 2014.")
    )
    period_end = models.PositiveSmallIntegerField(
        _("period to"), help_text=_("Last year of the programming period, e.g. 2020.")
    )
    fund = models.CharField(_("fund"), max_length=20, choices=Fund.choices, default=Fund.ERDF)
    website = models.URLField(_("website"), blank=True)
    description = RichTextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-period_start", "slug"]
        constraints = [
            *Publishable.Meta.constraints,
            slug_format_constraint(),
            web_address_constraint("website", blank=True),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="projects_programme_period_ordered",
            ),
            models.CheckConstraint(
                condition=Q(fund__in=Fund.values), name="projects_programme_fund_valid"
            ),
        ]

    def __str__(self):
        return self.short_name or self.name

    def get_absolute_url(self):
        return reverse("programmes:detail", kwargs={"slug": self.slug})

    @property
    def period(self):
        return f"{self.period_start}–{self.period_end}"


class OrganisationKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    MUNICIPAL_ASSOCIATION = "association", _("Association of municipalities")
    DEVELOPMENT_AGENCY = "agency", _("Development agency")
    UNIVERSITY = "university", _("University or research body")
    NGO = "ngo", _("Non-governmental organisation")
    COMPANY = "company", _("Company")
    PUBLIC_INSTITUTION = "public", _("Public institution")
    OTHER = "other", _("Other")


# An organisation's columns a page that only links to it leaves unread; spelled out in every
# language, as querysets of untranslated models (partnerships, contact listings) do not add them.
ORGANISATION_LONG_TEXTS = ("description", *in_every_language("description"), "search_vector")


class Organisation(Publishable):
    name = models.CharField(_("name"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    city = models.ForeignKey(
        City, verbose_name=_("city"), on_delete=models.PROTECT, related_name="organisations"
    )
    website = models.URLField(_("website"), blank=True)
    logo = PictureField(
        _("logo"), blank=True, renditions_field="logo_renditions", renditions=("logo",)
    )
    logo_renditions = models.JSONField(
        _("thumbnails of the logo"), default=dict, db_default={}, blank=True, editable=False
    )
    description = RichTextField(_("description"), blank=True)
    contacts = models.ManyToManyField(
        "contacts.ContactPerson",
        through="OrganisationContact",
        verbose_name=_("contact persons"),
        blank=True,
        related_name="contact_for_organisations",
    )
    search_vector = search_vector_field(
        a=in_every_language("name"), c=in_every_language("description")
    )
    search_title_vector = search_title_vector_field(titles=in_every_language("name"))

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["slug"]
        indexes = [
            *search_indexes(titles=in_every_language("name")),
            published_facet_index("organisations_published_facets", include=["slug"]),
            *list_indexes(
                orders={"newest": ("-published_at", "-id"), "city": ("city_id",)},
                title_field="name",
            ),
        ]
        constraints = [
            *Publishable.Meta.constraints,
            slug_format_constraint(),
            web_address_constraint("website", blank=True),
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values),
                name="projects_organisation_kind_valid",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})


class ProjectQuerySet(PublishableQuerySet):
    def for_cards(self):
        """Only what a card shows (templates/includes/project_list.html), with its programme:
        not the long texts or the search document."""
        return self.select_related("programme").only(
            "slug", "title", "summary", "start_date", "end_date", "programme"
        )

    def running(self):
        """Projects under way today: started, and ending today or later."""
        today = timezone.localdate()
        return self.filter(start_date__lte=today, end_date__gte=today)

    def finished(self):
        """Projects that ended before today."""
        return self.filter(end_date__lt=timezone.localdate())


class Project(Publishable):
    title = models.CharField(_("title"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=60, blank=True)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    registration_number = models.CharField(
        _("registration number"),
        max_length=80,
        blank=True,
        help_text=_("As given by the programme, e.g. CZ.11.4.120/0.0/0.0/16_026/0001080."),
    )
    programme = models.ForeignKey(
        Programme, verbose_name=_("programme"), on_delete=models.PROTECT, related_name="projects"
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    total_budget = models.DecimalField(
        _("total budget (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    eu_cofinancing = models.DecimalField(
        _("EU co-financing (EUR)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences for lists."))
    description = RichTextField(_("description"), blank=True)
    objectives = RichTextField(_("objectives"), blank=True)
    website = models.URLField(_("website"), blank=True)
    themes = models.ManyToManyField(
        Theme, verbose_name=_("themes"), blank=True, related_name="projects"
    )
    cities = models.ManyToManyField(
        City, verbose_name=_("cities"), blank=True, related_name="projects"
    )
    partners = models.ManyToManyField(
        Organisation,
        verbose_name=_("partners"),
        through="Partnership",
        blank=True,
        related_name="projects",
    )
    contacts = models.ManyToManyField(
        "contacts.ContactPerson",
        through="ProjectContact",
        verbose_name=_("contact persons"),
        blank=True,
        related_name="contact_for_projects",
    )
    search_vector = search_vector_field(
        a=[*in_every_language("title"), "acronym"],
        b=in_every_language("summary"),
        c=in_every_language("description", "objectives"),
    )
    search_title_vector = search_title_vector_field(titles=[*in_every_language("title"), "acronym"])

    objects = ProjectQuerySet.as_manager()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["-start_date", "slug"]
        indexes = [
            *search_indexes(titles=[*in_every_language("title"), "acronym"]),
            published_facet_index("projects_published_facets", include=["slug", "programme"]),
            # Newest first by start date (Meta.ordering's tie-break by slug sorts only the ties);
            # a programme's projects (its page, the programme filter, the home page's counts).
            *list_indexes(
                orders={"newest": ("-start_date", "id"), "programme": ("programme_id",)},
                title_field="title",
            ),
        ]
        constraints = [
            *Publishable.Meta.constraints,
            slug_format_constraint(),
            web_address_constraint("website", blank=True),
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="projects_project_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(total_budget__isnull=True) | Q(total_budget__gte=0),
                name="projects_project_budget_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(eu_cofinancing__isnull=True) | Q(eu_cofinancing__gte=0),
                name="projects_project_cofinancing_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(eu_cofinancing__isnull=True)
                | Q(total_budget__isnull=False, eu_cofinancing__lte=F("total_budget")),
                name="projects_project_cofinancing_within_budget",
            ),
            models.UniqueConstraint(
                fields=["registration_number"],
                condition=~Q(registration_number=""),
                name="projects_project_registration_number_unique",
                violation_error_message=_("Another project has this registration number."),
            ),
        ]

    def __str__(self):
        return self.acronym or self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})


class PartnerRole(models.TextChoices):
    LEAD = "lead", _("Lead partner")
    PARTNER = "partner", _("Partner")
    ASSOCIATED = "associated", _("Associated partner")


class Partnership(models.Model):
    """An organisation's role in a project."""

    project = models.ForeignKey(
        Project, verbose_name=_("project"), on_delete=models.CASCADE, related_name="partnerships"
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partnerships",
    )
    role = models.CharField(
        _("role"), max_length=12, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )

    objects = AddressedQuerySet.as_manager()

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        ordering = [
            "project",
            models.Case(
                models.When(role=PartnerRole.LEAD, then=0),
                models.When(role=PartnerRole.PARTNER, then=1),
                default=2,
            ).asc(),
            "organisation__slug",
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"],
                name="projects_partnership_once_per_project",
                violation_error_message=_("This organisation is already a partner in the project."),
            ),
            models.UniqueConstraint(
                fields=["project"],
                condition=Q(role=PartnerRole.LEAD),
                name="projects_partnership_one_lead_partner",
                violation_error_message=_("A project has at most one lead partner."),
            ),
            models.CheckConstraint(
                condition=Q(role__in=PartnerRole.values), name="projects_partnership_role_valid"
            ),
        ]

    def __str__(self):
        return f"{self.organisation} – {self.get_role_display()} – {self.project}"


class OrganisationContact(ContactListing):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contact_listings",
    )

    class Meta(ContactListing.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "contact"],
                name="projects_organisationcontact_once",
                violation_error_message=_("This contact person is already named here."),
            ),
        ]

    def __str__(self):
        return f"{self.contact} – {self.organisation}"


class ProjectContact(ContactListing):
    project = models.ForeignKey(
        Project,
        verbose_name=_("project"),
        on_delete=models.CASCADE,
        related_name="contact_listings",
    )

    class Meta(ContactListing.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["project", "contact"],
                name="projects_projectcontact_once",
                violation_error_message=_("This contact person is already named here."),
            ),
        ]

    def __str__(self):
        return f"{self.contact} – {self.project}"
