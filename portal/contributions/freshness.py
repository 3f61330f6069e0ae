"""Keeping published practices current: partners are reminded to confirm them, confirm them in
their partner space, and read there what visitors report as mistakes in their entries."""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from events.models import Event
from portal.contributions.models import (
    OPEN_STATES,
    Invitation,
    Membership,
    PracticeReminder,
)
from portal.enquiries.models import Enquiry, Reason
from portal.mail.services import mail_send_later
from practices.models import GoodPractice
from projects.models import Organisation, Project

log = logging.getLogger(__name__)

# A practice's partners are reminded again only this long after the last reminder, so the daily
# command asks once a month at most, however often it runs.
REMIND_AGAIN_DAYS = 30


def organisations_of(user):
    return Organisation.objects.filter(memberships__user=user).values("pk")


def practices_of(user):
    """The ids of the practices of the organisations `user` acts for (a subquery)."""
    return GoodPractice.objects.filter(organisations__in=organisations_of(user)).values("pk")


def practices_to_confirm_of(user):
    """What `user` is asked to confirm: their organisations' practices long without a review."""
    return (
        GoodPractice.objects.to_confirm()
        .filter(pk__in=practices_of(user))
        .order_by("reviewed_at", "pk")
    )


def mistake_reports_for(user):
    """Visitors' reports of mistakes about the entries of the organisations `user` acts for,
    newest first; without the reporter's name and address, which only the staff see."""
    organisations = organisations_of(user)
    about_them = (
        Q(practice__in=GoodPractice.objects.filter(organisations__in=organisations).values("pk"))
        | Q(event__in=Event.objects.filter(organisations__in=organisations).values("pk"))
        | Q(organisation__in=organisations)
        | Q(
            project__in=Project.objects.filter(partnerships__organisation__in=organisations).values(
                "pk"
            )
        )
    )
    return (
        Enquiry.objects.filter(about_them, reason=Reason.MISTAKE)
        .select_related("practice", "event", "organisation", "project")
        .defer("name", "email", "sender_organisation", "country", "page_url", "staff_note")
        .order_by("-received_at", "-pk")
    )


def dashboard_freshness(user) -> dict:
    """The partner space's part on freshness: practices to confirm, reports of mistakes."""
    return {
        "practices_to_confirm": list(practices_to_confirm_of(user)),
        "mistake_reports": list(mistake_reports_for(user)),
        "confirm_days": settings.PRACTICE_CONFIRM_DAYS,
    }


@dataclass
class Reminders:
    """What one run of the reminders did: partners e-mailed, practices they were reminded of."""

    partners: int = 0
    practices: set = field(default_factory=set)


def practices_to_remind(now):
    """Practices to confirm whose partners were not reminded in the last REMIND_AGAIN_DAYS and
    that have no change or submission in review (publishing it counts as a review)."""
    return (
        GoodPractice.objects.to_confirm()
        .exclude(confirmation_reminder__reminded_at__gte=now - timedelta(days=REMIND_AGAIN_DAYS))
        .exclude(submissions__state__in=OPEN_STATES)
        .exclude(revisions__submissions__state__in=OPEN_STATES)
    )


def partner_languages(users) -> dict:
    """Each partner's language: that of the invitation they accepted last, else the site's."""
    languages = dict.fromkeys((user.pk for user in users), settings.LANGUAGE_CODE)
    accepted = (
        Invitation.objects.filter(user__in=users, accepted_at__isnull=False)
        .order_by("accepted_at", "pk")
        .values_list("user_id", "language")
    )
    languages.update(accepted)
    return languages


@transaction.atomic
def partners_remind_to_confirm(*, progress=None) -> Reminders:
    """E-mail each partner of practices to confirm one message listing them, in their language,
    and remember when each practice's partners were reminded."""
    now = timezone.now()
    # Locked, so that two runs at once never remind of the same practice twice.
    due = list(
        practices_to_remind(now)
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("reviewed_at", "pk")
    )
    links = GoodPractice.organisations.through.objects.filter(
        goodpractice__in=[practice.pk for practice in due]
    ).values_list("organisation_id", "goodpractice_id")
    practices_by_organisation = {}
    for organisation_id, practice_id in links:
        practices_by_organisation.setdefault(organisation_id, set()).add(practice_id)
    memberships = Membership.objects.filter(
        organisation__in=practices_by_organisation,
        user__is_active=True,
        user__is_staff=False,
    ).exclude(user__email="")
    practice_ids_by_user = {}
    for user_id, organisation_id in memberships.values_list("user_id", "organisation_id"):
        practice_ids_by_user.setdefault(user_id, set()).update(
            practices_by_organisation[organisation_id]
        )
    partners = get_user_model().objects.filter(pk__in=practice_ids_by_user).order_by("pk")
    languages = partner_languages(partners)
    reminders = Reminders()
    for partner in partners:
        practices = [
            practice for practice in due if practice.pk in practice_ids_by_user[partner.pk]
        ]
        reminder_send(partner=partner, practices=practices, language=languages[partner.pk])
        reminders.partners += 1
        reminders.practices.update(practice.pk for practice in practices)
        if progress is not None:
            progress(partner, practices)
    for practice_id in reminders.practices:
        PracticeReminder.objects.update_or_create(
            practice_id=practice_id, defaults={"reminded_at": now}
        )
    log.info(
        "%d partners reminded to confirm %d practices.",
        reminders.partners,
        len(reminders.practices),
    )
    return reminders


def reminder_send(*, partner, practices, language: str) -> None:
    site = settings.SITE_URL.rstrip("/")
    with translation.override(language):
        listed = [
            {"title": str(practice), "url": site + practice.get_absolute_url()}
            for practice in practices
        ]
        dashboard_url = site + reverse("contributions:dashboard")
    mail_send_later(
        to=[partner.email],
        template="mail/practice_confirm_reminder",
        context={
            "practices": listed,
            "dashboard_url": dashboard_url,
            "days": settings.PRACTICE_CONFIRM_DAYS,
        },
        language=language,
    )
