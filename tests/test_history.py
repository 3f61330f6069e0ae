"""The history of content: every change staff make is kept with who and when, and revertible."""

import io

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime

from portal.models import PublicationStatus
from practices.models import GoodPractice, PracticeImage
from tests.support import factories
from tests.support.admin import CONTENT_MODELS, FACTORIES, admin_url, form_data

pytestmark = pytest.mark.django_db


def editor_of(version):
    return version.history_user.username if version.history_user else None


def version_summary(version):
    return (
        version.history_type,
        editor_of(version),
        version.title_pl,
        version.title_cs,
        version.title_en,
    )


def changed_fields(version):
    return [change["field"] for change in getattr(version, "history_delta_changes", [])]


@pytest.fixture
def practice():
    return factories.GoodPracticeFactory(title="Old")


def edit_titles(client, practice, **changes):
    url = admin_url(GoodPractice, "change", practice.pk)
    response = client.post(
        url,
        form_data(client.get(url), title_pl="Nowy", title_cs="Nový", title_en="New", **changes),
    )
    assert response.status_code == 302


def test_editor_changing_titles_keeps_a_version_by_that_editor(editor_client, practice):
    edit_titles(editor_client, practice)

    assert [version_summary(version) for version in practice.history.all()] == [
        ("~", "editor", "Nowy", "Nový", "New"),
        ("+", None, "Old [pl]", "Old [cs]", "Old [en]"),
    ]


def test_history_page_lists_each_version_with_its_editor_and_changed_fields(
    editor_client, practice
):
    edit_titles(editor_client, practice)

    response = editor_client.get(admin_url(GoodPractice, "history", practice.pk))

    assert response.status_code == 200
    assert [
        (editor_of(version), changed_fields(version)) for version in response.context["page_obj"]
    ] == [("editor", ["Title [cs]", "Title [en]", "Title [pl]"]), (None, [])]
    html = response.content.decode()
    assert "<td>editor</td>" in html
    assert "<li><strong>Title [pl]:</strong> Old [pl] &rarr; Nowy</li>" in html
    assert "<td>nobody (a command)</td>" in html
    assert "2 versions" in html


def test_reverting_restores_every_language_and_the_themes(editor_client, practice):
    transport, energy, culture = factories.ThemeFactory.create_batch(3)
    practice.themes.set([transport, energy])
    before = practice.history.latest()
    edit_titles(editor_client, practice, themes=[culture.pk])
    assert list(practice.themes.all()) == [culture]

    revert_url = admin_url(GoodPractice, "simple_history", practice.pk, before.history_id)
    revert_form = editor_client.get(revert_url)
    response = editor_client.post(revert_url, form_data(revert_form))

    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.title_pl, practice.title_cs, practice.title_en) == (
        "Old [pl]",
        "Old [cs]",
        "Old [en]",
    )
    assert set(practice.themes.all()) == {transport, energy}
    reverted = practice.history.latest()
    assert version_summary(reverted) == ("~", "editor", "Old [pl]", "Old [cs]", "Old [en]")
    assert set(reverted.themes.values_list("theme", flat=True)) == {transport.pk, energy.pk}
    assert reverted.history_change_reason == "Reverted to the version of " + date_format(
        localtime(before.history_date), "SHORT_DATETIME_FORMAT"
    )


def test_publish_and_unpublish_actions_keep_a_version_by_the_editor(editor_client):
    draft = factories.GoodPracticeFactory(status=PublicationStatus.DRAFT)
    published = factories.GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    url = admin_url(GoodPractice, "changelist")

    response = editor_client.post(
        url, {"action": "publish", "_selected_action": [draft.pk, published.pk]}, follow=True
    )
    editor_client.post(url, {"action": "unpublish", "_selected_action": [published.pk]})

    assert [str(message) for message in response.context["messages"]] == ["1 item published."]
    assert [
        (version.history_type, editor_of(version), version.status)
        for version in draft.history.all()
    ] == [("~", "editor", "published"), ("+", None, "draft")]
    assert draft.history.latest().published_at is not None
    assert [
        (version.history_type, editor_of(version), version.status)
        for version in published.history.all()
    ] == [("~", "editor", "draft"), ("+", None, "published")]
    history = editor_client.get(admin_url(GoodPractice, "history", draft.pk))
    assert history.context["page_obj"][0].history_delta_changes == [
        {"field": "Publication status", "old": "Draft", "new": "Published"}
    ]


def test_changing_a_picture_inline_keeps_a_picture_version(editor_client):
    picture = factories.PracticeImageFactory(alt_text="Old picture")
    practice = picture.practice
    url = admin_url(GoodPractice, "change", practice.pk)

    response = editor_client.post(
        url, form_data(editor_client.get(url), **{"images-0-alt_text_en": "Bus interchange"})
    )

    assert response.status_code == 302
    assert [
        (version.history_type, editor_of(version), version.alt_text_en)
        for version in PracticeImage.history.filter(id=picture.pk)
    ] == [("~", "editor", "Bus interchange"), ("+", None, "Old picture [en]")]
    history = editor_client.get(admin_url(GoodPractice, "history", practice.pk))
    assert [
        (str(title), [changed_fields(version) for version in versions])
        for title, versions in history.context["inline_versions"]
    ] == [("gallery images", [["Alternative text [en]"], []])]


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
def test_editor_opens_the_history_and_a_version_of_every_content_model(editor_client, model):
    instance = FACTORIES[model]()
    version = instance.history.earliest()

    history = editor_client.get(admin_url(model, "history", instance.pk))
    revert_form = editor_client.get(
        admin_url(model, "simple_history", instance.pk, version.history_id)
    )

    assert (history.status_code, revert_form.status_code) == (200, 200)
    assert list(history.context["page_obj"]) == [version]


def test_editor_cannot_see_the_history_of_users(editor_client, superuser):
    response = editor_client.get(admin_url(User, "history", superuser.pk))

    assert response.status_code == 403


def test_historical_models_have_no_admin_of_their_own():
    assert [
        model for model in admin.site._registry if model.__name__.startswith("Historical")
    ] == []


@pytest.mark.slow
def test_reloading_the_demo_adds_no_versions():
    history_models = [
        model.history.model
        for model in apps.get_models()
        if hasattr(model._meta, "simple_history_manager_attribute")
    ]

    call_command("load_demo", stdout=io.StringIO())
    first = {model.__name__: model.objects.count() for model in history_models}
    call_command("load_demo", stdout=io.StringIO())
    second = {model.__name__: model.objects.count() for model in history_models}

    assert second == first
    assert GoodPractice.history.filter(history_type="+").count() == GoodPractice.objects.count()
    assert not any(model.objects.exclude(history_user=None).exists() for model in history_models)


@pytest.mark.parametrize(
    ("language", "title", "button"),
    [
        ("pl", "Przywróć wersję: Old [pl]", "Przywróć tę wersję"),
        ("cs", "Obnovit verzi: Old [cs]", "Obnovit tuto verzi"),
        ("en", "Bring back a version of Old [en]", "Bring this version back"),
    ],
)
def test_the_version_page_speaks_the_admins_language(
    editor_client, practice, language, title, button
):
    # simple-history's own Czech is never loaded (it ships cs_CZ): every word here is the portal's.
    edit_titles(editor_client, practice)
    version = practice.history.earliest()

    with translation.override(language):
        url = admin_url(GoodPractice, "simple_history", practice.pk, version.history_id)
        response = editor_client.get(url)

    html = response.content.decode()
    assert response.context["title"] == title
    assert f'<input type="submit" value="{button}" class="default" name="_save">' in html
    assert "Revert" not in html
    assert "Press the" not in html
