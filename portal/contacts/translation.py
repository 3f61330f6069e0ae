from modeltranslation.translator import TranslationOptions, register

from portal.contacts.models import ContactPerson
from portal.db.history import register_history


@register(ContactPerson)
class ContactPersonTranslationOptions(TranslationOptions):
    fields = ("role",)


# History (after the translation, so each language's role is kept too).
register_history(ContactPerson)
