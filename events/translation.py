from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from events.models import Event, EventImage
from portal.translation import GalleryImageTranslationOptions


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "venue", "summary", "agenda", "report")


@register(EventImage)
class EventImageTranslationOptions(GalleryImageTranslationOptions):
    pass


# History (after the translations, so each language's columns are kept too).
register_history(Event, m2m_fields=["organisations", "practices"])
register_history(EventImage)
