"""New practices and events that partners start: a draft with its own address and a submission."""

from django.conf import settings
from django.db import transaction
from django.utils.text import slugify

from portal.contributions.models import Submission
from portal.contributions.review import submission_open

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def first_title(entry) -> str:
    """The first title given, in the order of the portal's languages."""
    return next(
        (title for code in LANGUAGE_CODES if (title := getattr(entry, f"title_{code}", None))), ""
    )


def entry_slug(entry) -> str:
    """A slug made from the first title given, with a number when another entry has it."""
    model = type(entry)
    max_length = model._meta.get_field("slug").max_length
    base = slugify(first_title(entry))[: max_length - 4].strip("-_") or model._meta.model_name
    candidate, number = base, 1
    while model.objects.filter(slug=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


@transaction.atomic
def entry_draft_create(*, form, organisation, by, language: str) -> Submission:
    """Save the entry `form` holds as a draft of `organisation` and open its submission."""
    entry = form.save(commit=False)
    entry.slug = entry_slug(entry)
    entry.save()
    form.save_m2m()
    entry.organisations.add(organisation)
    return submission_open(entry=entry, organisation=organisation, by=by, language=language)
