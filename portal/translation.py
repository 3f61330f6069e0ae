from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from portal.models import City, Country, NewsItem, Page, Theme


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
register_history(City)
register_history(Theme)
register_history(Page)
register_history(NewsItem)
