from modeltranslation.translator import TranslationOptions, register

from portal.db.history import register_history
from portal.db.search_indexes import SEARCH_FIELDS
from projects.models import (
    Organisation,
    OrganisationContact,
    Partnership,
    Programme,
    Project,
    ProjectContact,
)


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
# The search document is derived from the texts, which the history keeps.
register_history(Organisation, excluded_fields=list(SEARCH_FIELDS))
register_history(Project, m2m_fields=["themes", "cities"], excluded_fields=list(SEARCH_FIELDS))
register_history(Partnership)
register_history(OrganisationContact)
register_history(ProjectContact)
