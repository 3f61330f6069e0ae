"""Partner accounts: invitations from the staff and the organisations each partner speaks for."""

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models
from django.db.models import Q
from django.urls import reverse
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
