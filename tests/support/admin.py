"""The content models editors manage in the admin, a factory for each, their addresses and forms."""

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
# Applications come only through the public form: tests/events/test_application_admin.py.
# Imports come only from an uploaded file: tests/portal/content/test_import_jobs.py.
NOT_ADDED_BY_EDITORS = {"events.Application", "portal.ImportJob"}
CONTENT_MODELS = [
    model
    for model in admin.site._registry
    if model._meta.app_label in CONTENT_APPS and model._meta.label not in NOT_ADDED_BY_EDITORS
]


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


def practice_form(**files):
    """An admin form for a new practice, with the uploads given (cover, gallery, document)."""
    data = {
        "title_pl": "Węzeł przesiadkowy",
        "slug": "transfer-hub",
        "summary_pl": "Streszczenie",
        "problem_pl": "Problem",
        "solution_pl": "Rozwiązanie",
        "results_pl": "Rezultaty",
        "city": factories.CityFactory().pk,
        "year_start": 2019,
        "status": "published",
        "cover_image_alt_pl": "Opis",
        **{
            f"{prefix}-{key}": value
            for prefix in ("contact_listings", "images", "documents", "links")
            for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()
        },
    }
    if "cover_image" in files:
        data["cover_image"] = files["cover_image"]
    if "gallery_image" in files:
        data.update(
            {
                "images-TOTAL_FORMS": 1,
                "images-0-image": files["gallery_image"],
                "images-0-alt_text_pl": "Zdjęcie",
                "images-0-position": 0,
            }
        )
    if "document" in files:
        data.update(
            {
                "documents-TOTAL_FORMS": 1,
                "documents-0-title_pl": "Raport",
                "documents-0-file": files["document"],
                "documents-0-position": 0,
            }
        )
    return data


def admin_add_practice(client, **files):
    return client.post(reverse("admin:practices_goodpractice_add"), practice_form(**files))


def inline_errors(response, prefix):
    (formset,) = (
        inline.formset
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == prefix
    )
    return formset.errors
