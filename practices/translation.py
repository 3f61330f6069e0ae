from modeltranslation.translator import TranslationOptions, register

from portal.translation import GalleryImageTranslationOptions
from practices.models import GoodPractice, PracticeDocument, PracticeImage, PracticeLink


@register(GoodPractice)
class GoodPracticeTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "problem",
        "solution",
        "results",
        "resources",
        "transferability",
        "cover_image_alt",
    )


@register(PracticeImage)
class PracticeImageTranslationOptions(GalleryImageTranslationOptions):
    pass


@register(PracticeDocument)
class PracticeDocumentTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(PracticeLink)
class PracticeLinkTranslationOptions(TranslationOptions):
    fields = ("title",)
