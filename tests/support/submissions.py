"""Partners' submissions as the tests make them: complete practices and events, open submissions."""

from django.core.files.base import ContentFile

from portal.contributions.review import submission_open
from tests.support.factories import (
    EventContactFactory,
    EventFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
    ThemeFactory,
    png_file,
)


def complete_practice(**fields):
    """A practice with everything the completeness check asks for, in all three languages."""
    texts = {
        f"{name}_{code}": f"<p>{name} [{code}]</p>"
        for name in ("resources", "transferability")
        for code in ("pl", "cs", "en")
    }
    alternative_texts = {
        "cover_image_alt_pl": "Rowery [pl]",
        "cover_image_alt_cs": "Kola [cs]",
        "cover_image_alt_en": "Bicycles [en]",
    }
    practice = GoodPracticeFactory(**{**texts, **alternative_texts, **fields})
    upload = png_file()
    practice.cover_image.save("cover.png", ContentFile(upload.read()))
    practice.themes.add(ThemeFactory())
    PracticeContactFactory(practice=practice)
    return practice


def complete_event(**fields):
    event = EventFactory(agenda_pl="<p>Program [pl]</p>", agenda_cs="<p>Program [cs]</p>", **fields)
    EventContactFactory(event=event)
    return event


def opened(entry, partner, organisation, language="en"):
    return submission_open(entry=entry, organisation=organisation, by=partner, language=language)
