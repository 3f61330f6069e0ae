from modeltranslation.translator import TranslationOptions, register

from portal.db.history import register_history
from portal.db.search_indexes import SEARCH_FIELDS
from portal.translation import GalleryImageTranslationOptions
from practices.models import (
    GoodPractice,
    PracticeContact,
    PracticeDocument,
    PracticeImage,
    PracticeLink,
)


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
# The search document is derived from the texts, which the history keeps.
register_history(
    GoodPractice,
    m2m_fields=["organisations", "projects", "themes"],
    excluded_fields=list(SEARCH_FIELDS),
)
register_history(PracticeImage)
register_history(PracticeDocument)
register_history(PracticeLink)
register_history(PracticeContact)
