"""The content models editors manage in the admin, a factory for each, and their admin addresses."""

from django.contrib import admin
from django.db.models.fields.files import FieldFile
from django.urls import reverse

from portal.models import City, Country, Theme
from practices.models import GoodPractice
from projects.models import Partnership, Programme, Project
from tests.support import factories

FACTORIES = {
    Country: factories.CountryFactory,
    City: factories.CityFactory,
    Theme: factories.ThemeFactory,
    Programme: factories.ProgrammeFactory,
    factories.Organisation: factories.OrganisationFactory,
    Project: factories.ProjectFactory,
    Partnership: factories.PartnershipFactory,
    GoodPractice: factories.GoodPracticeFactory,
    factories.Event: factories.EventFactory,
    factories.PageFactory._meta.get_model_class(): factories.PageFactory,
    factories.NewsItemFactory._meta.get_model_class(): factories.NewsItemFactory,
}
CONTENT_APPS = ("portal", "projects", "practices", "events")
CONTENT_MODELS = [model for model in admin.site._registry if model._meta.app_label in CONTENT_APPS]


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_data(response, **changes):
    """What a browser posts back from the admin form in `response`, with `changes` made."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for field in form:
            value = field.value()
            # Unticked boxes, empty choices and kept files are not sent at all.
            if value is None or value is False or isinstance(value, FieldFile):
                continue
            data[field.html_name] = "on" if value is True else value
    return {**data, **changes}
