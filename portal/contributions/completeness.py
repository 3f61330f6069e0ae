"""What a practice or an event needs before a partner may submit it, as a list they can act on."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from portal.db.rich_text import rich_text_plain

# The texts a good practice needs, each in at least one language: the Interreg Europe and
# URBACT good-practice templates ask for these.
PRACTICE_TEXTS = {
    "problem": _("Describe the context and the problem the practice addresses."),
    "solution": _("Describe the solution: what was done, and how."),
    "results": _("Describe the results, with evidence: figures, evaluations, awards."),
    "resources": _("Say what resources it took: money, people, time and partners."),
    "transferability": _("Say what others can copy, adapt or avoid (transferability)."),
}
EVENT_TEXTS = {
    "summary": _("Write a summary of the event."),
    "agenda": _("Describe the programme of the event."),
}


@dataclass(frozen=True)
class Missing:
    """One thing the entry lacks: the form field to fix it in, and what to do."""

    field: str
    message: str | Promise


def written_in_some_language(entry, field: str) -> bool:
    return any(
        rich_text_plain(getattr(entry, f"{field}_{code}", None))
        for code, _name in settings.LANGUAGES
    )


def texts_missing(entry, texts) -> list[Missing]:
    return [
        Missing(field, message)
        for field, message in texts.items()
        if not written_in_some_language(entry, field)
    ]


def practice_missing(practice) -> list[Missing]:
    """What `practice` lacks to be submitted; an empty list when it is complete."""
    missing = texts_missing(practice, PRACTICE_TEXTS)
    if not practice.contact_listings.exists():
        missing.append(Missing("contacts", _("Name at least one contact person.")))
    if not practice.cover_image:
        missing.append(Missing("cover_image", _("Add a picture.")))
    elif not written_in_some_language(practice, "cover_image_alt"):
        missing.append(
            Missing("cover_image_alt", _("Describe the picture for people who cannot see it."))
        )
    if not practice.city_id:
        missing.append(Missing("city", _("Choose the city where the practice works.")))
    if not practice.themes.exists():
        missing.append(Missing("themes", _("Choose at least one theme.")))
    return missing


def event_missing(event) -> list[Missing]:
    """What `event` lacks to be submitted; an empty list when it is complete."""
    missing = texts_missing(event, EVENT_TEXTS)
    if not event.contact_listings.exists():
        missing.append(Missing("contacts", _("Name at least one contact person.")))
    if not event.city_id:
        missing.append(Missing("city", _("Choose the host city.")))
    return missing


def missing_for_submission(submission) -> list[Missing]:
    if submission.practice_id:
        return practice_missing(submission.practice)
    return event_missing(submission.event)
