"""The people visitors can reach about a practice, partner, project or event."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def languages_distinct(languages):
    repeated = sorted({code for code in languages if languages.count(code) > 1})
    if repeated:
        raise ValidationError(
            _("Name each language once: %(codes)s is repeated."),
            code="repeated",
            params={"codes": ", ".join(repeated)},
        )


class ContactPerson(models.Model):
    """Someone who answers visitors' questions; their e-mail address and phone are for staff and
    for the enquiries sent to them, never shown on a public page or in open data."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role"), max_length=200, blank=True, help_text=_("E.g. project coordinator.")
    )
    # Related by name: the projects app (above) names its contacts, so this one imports nothing.
    organisation = models.ForeignKey(
        "projects.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="people",
        help_text=_("Where they work, if it is in the portal."),
    )
    organisation_name = models.CharField(
        _("organisation not in the portal"),
        max_length=250,
        blank=True,
        help_text=_(
            "Where they work, if that organisation has no page in the portal "
            "(a consultancy, a ministry). Shown only when no published organisation is chosen."
        ),
    )
    email = models.EmailField(
        _("e-mail address"), help_text=_("Never shown to visitors; enquiries are sent here.")
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("For staff; never shown to visitors.")
    )
    languages = ArrayField(
        models.CharField(max_length=5, choices=settings.LANGUAGES),
        verbose_name=_("languages they answer in"),
        validators=[languages_distinct],
        help_text=_(
            "Language codes separated by commas, e.g. cs,pl: the first is the language "
            "e-mails to them are written in."
        ),
    )

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="contacts_contactperson_email_unique",
                violation_error_message=_("Another contact person has this e-mail address."),
            ),
            models.CheckConstraint(
                condition=Q(languages__len__gte=1) & Q(languages__contained_by=LANGUAGE_CODES),
                name="contacts_contactperson_languages_known",
                violation_error_message=_("Name at least one of the portal's languages."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def mail_language(self):
        """The language enquiries to them are written in."""
        return self.languages[0]


class ContactListing(models.Model):
    """A contact person named by a practice, partner, project or event, in the order shown."""

    contact = models.ForeignKey(
        ContactPerson,
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("The lowest is listed first.")
    )

    class Meta:
        abstract = True
        ordering = ["position", "pk"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
