from modeltranslation.translator import TranslationOptions, register

from projects.models import Organisation, Programme, Project


@register(Programme)
class ProgrammeTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "description")


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "objectives")
