from modeltranslation.translator import TranslationOptions, register

from portal.models import City, Country, Theme


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
