from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from projects.models import Organisation, Partnership, Programme, Project


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "description")


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "objectives")


# History (after the translations, so each language's columns are kept too).
register_history(Programme)
register_history(Organisation)
register_history(Project, m2m_fields=["themes", "cities"])
register_history(Partnership)
