import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.urls import reverse

from portal.models import City, Country, PublicationStatus, Theme
from practices.models import GoodPractice
from projects.models import Partnership, Programme, Project
from tests import factories

pytestmark = pytest.mark.django_db

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


def test_every_content_model_has_an_admin_and_a_factory():
    assert sorted(model.__name__ for model in CONTENT_MODELS) == sorted(
        model.__name__ for model in FACTORIES
    )


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
def test_editor_can_open_list_search_add_and_change_pages(editor_client, model):
    instance = FACTORIES[model]()

    changelist = editor_client.get(admin_url(model, "changelist"), {"q": "a"})
    add = editor_client.get(admin_url(model, "add"))
    change = editor_client.get(admin_url(model, "change", instance.pk))

    assert (changelist.status_code, add.status_code, change.status_code) == (200, 200, 200)


@pytest.mark.parametrize("model", [User, Group], ids=lambda model: model.__name__)
def test_editor_cannot_manage_users_or_groups(editor_client, model):
    assert editor_client.get(admin_url(model, "changelist")).status_code == 403
    assert editor_client.get(admin_url(model, "add")).status_code == 403


def test_editor_sees_all_content_and_no_accounts_on_the_admin_index(editor_client):
    response = editor_client.get(reverse("admin:index"))

    listed = {
        (app["app_label"], model["object_name"])
        for app in response.context["app_list"]
        for model in app["models"]
    }
    assert listed == {
        ("portal", "City"),
        ("portal", "NewsItem"),
        ("portal", "Page"),
        ("portal", "Country"),
        ("portal", "Theme"),
        ("projects", "Organisation"),
        ("projects", "Partnership"),
        ("projects", "Programme"),
        ("projects", "Project"),
        ("practices", "GoodPractice"),
        ("events", "Event"),
    }


def test_editors_group_holds_exactly_the_content_permissions():
    group = Group.objects.get(name="Editors")

    labels = set(group.permissions.values_list("content_type__app_label", flat=True))
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert labels == {"portal", "projects", "practices", "events"}
    assert {"add_goodpractice", "change_event", "delete_project", "view_city"} <= codenames
    assert not {"add_user", "change_group"} & codenames


def test_bulk_publish_and_unpublish(editor_client):
    drafts = factories.GoodPracticeFactory.create_batch(2, status=PublicationStatus.DRAFT)
    url = admin_url(GoodPractice, "changelist")
    selected = [practice.pk for practice in drafts]

    response = editor_client.post(
        url, {"action": "publish", "_selected_action": selected}, follow=True
    )
    assert GoodPractice.objects.published().count() == 2
    assert [str(message) for message in response.context["messages"]] == ["2 items published."]

    editor_client.post(url, {"action": "unpublish", "_selected_action": selected[:1]})
    assert list(GoodPractice.objects.published()) == [drafts[1]]


def test_project_page_edits_partnerships_inline(editor_client):
    partnership = factories.PartnershipFactory(role="lead")

    response = editor_client.get(admin_url(Project, "change", partnership.project.pk))

    formset = response.context["inline_admin_formsets"][0].formset
    assert formset.model is Partnership
    assert [form.instance for form in formset.initial_forms] == [partnership]


def test_practice_page_shows_translated_fields_in_every_language(editor_client):
    response = editor_client.get(admin_url(GoodPractice, "add"))

    form_fields = set(response.context["adminform"].form.fields)
    for field in ("title", "summary", "problem", "solution", "results", "transferability"):
        assert {f"{field}_pl", f"{field}_cs", f"{field}_en"} <= form_fields
        assert field not in form_fields
    assert response.context["adminform"].form.fields["title_pl"].required
    assert not response.context["adminform"].form.fields["title_cs"].required
    assert b"jquery-ui/jquery-ui.min.js" in response.content
    assert b"googleapis" not in response.content


def test_practice_gallery_shows_previews(editor_client):
    picture = factories.PracticeImageFactory()

    response = editor_client.get(admin_url(GoodPractice, "change", picture.practice.pk))

    assert (
        f'<img src="{picture.image.url}" alt="{picture.alt_text_en}" class="admin-preview"'
        in response.content.decode()
    )


def test_editor_creates_a_practice_through_the_admin(editor_client):
    city = factories.CityFactory()
    response = editor_client.post(
        admin_url(GoodPractice, "add"),
        {
            "title_pl": "Węzeł przesiadkowy",
            "title_cs": "Přestupní uzel",
            "title_en": "Transfer hub",
            "slug": "transfer-hub",
            "summary_pl": "Streszczenie",
            "problem_pl": "Problem",
            "solution_pl": "Rozwiązanie",
            "results_pl": "Rezultaty",
            "city": city.pk,
            "year_start": 2019,
            "status": "published",
            **{
                f"{prefix}-{key}": value
                for prefix in ("images", "documents", "links")
                for key, value in {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0}.items()
            },
        },
    )

    assert response.status_code == 302
    practice = GoodPractice.objects.get(slug="transfer-hub")
    assert (practice.title_pl, practice.title_cs, practice.title_en) == (
        "Węzeł przesiadkowy",
        "Přestupní uzel",
        "Transfer hub",
    )
    assert practice.is_published and practice.published_at is not None


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("pl", "Dobre praktyki"),
        ("cs", "Dobré praxe"),
        ("en", "Good practices"),
    ],
)
def test_admin_follows_the_language_in_its_address(editor_client, language, heading):
    response = editor_client.get(f"/{language}/admin/")

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()
    assert heading in response.content.decode()


def test_admin_links_the_same_page_in_the_other_languages(editor_client):
    response = editor_client.get("/cs/admin/practices/goodpractice/")

    html = response.content.decode()
    assert 'href="/pl/admin/practices/goodpractice/" hreflang="pl"' in html
    assert 'href="/en/admin/practices/goodpractice/" hreflang="en"' in html


def test_view_on_site_leads_to_the_public_page(editor_client):
    practice = factories.GoodPracticeFactory(slug="gogolin-hub")

    response = editor_client.get(admin_url(GoodPractice, "change", practice.pk))

    assert response.context["has_absolute_url"] is True
    assert practice.get_absolute_url() == "/en/good-practices/gogolin-hub/"
