from modeltranslation.translator import NotRegistered, TranslationOptions, register, translator

from portal.db.history import register_history
from portal.models import City, Country, NewsItem, Page, Theme


def translated_fields(model):
    """The names of the model's fields that have a column per language (none if it has none)."""
    try:
        return translator.get_options_for_model(model).fields
    except NotRegistered:
        return {}


@register(Country)
class CountryTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(City)
class CityTranslationOptions(TranslationOptions):
    fields = ("name", "region", "agglomeration")


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "description")


class GalleryImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption")


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body")


@register(NewsItem)
class NewsItemTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "cover_image_alt")


# History of every change staff make, registered after the translations so that each language's
# columns are kept too.
register_history(Country)
register_history(City, excluded_fields=["search_names"])  # Derived from the names.
register_history(Theme)
register_history(Page)
register_history(NewsItem)
