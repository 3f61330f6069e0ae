from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from portal.contacts.models import ContactPerson


@register(ContactPerson)
class ContactPersonTranslationOptions(TranslationOptions):
    fields = ("role",)


# History (after the translation, so each language's role is kept too).
register_history(ContactPerson)
