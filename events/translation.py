from modeltranslation.translator import TranslationOptions, register

from events.models import Event, EventContact, EventImage
from portal.db.history import register_history
from portal.db.search_indexes import SEARCH_FIELDS
from portal.translation import GalleryImageTranslationOptions


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "venue", "who_may_apply", "summary", "agenda", "report")


@register(EventImage)
class EventImageTranslationOptions(GalleryImageTranslationOptions):
    pass


# History (after the translations, so each language's columns are kept too).
# The search document is derived from the texts, which the history keeps.
register_history(
    Event, m2m_fields=["organisations", "practices"], excluded_fields=list(SEARCH_FIELDS)
)
register_history(EventImage)
register_history(EventContact)
