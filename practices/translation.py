from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

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


# History (after the translations, so each language's columns are kept too).
register_history(GoodPractice, m2m_fields=["organisations", "projects", "themes"])
register_history(PracticeImage)
register_history(PracticeDocument)
register_history(PracticeLink)
