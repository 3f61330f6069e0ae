from modeltranslation.translator import TranslationOptions, register

from events.models import Event, EventImage
from portal.translation import GalleryImageTranslationOptions


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "venue", "summary", "agenda", "report")


@register(EventImage)
class EventImageTranslationOptions(GalleryImageTranslationOptions):
    pass
