from modeltranslation.translator import TranslationOptions, register

from portal.db.history import register_history
from portal.transfers.models import Transfer


@register(Transfer)
class TransferTranslationOptions(TranslationOptions):
    fields = ("note",)


# History (after the translations, so each language's columns are kept too).
register_history(Transfer, m2m_fields=["events"])
