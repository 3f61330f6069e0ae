"""What every content admin shares: list, search, add and change pages, and publishing."""

import pytest
from django.contrib import admin

from portal.models import Country, PublicationStatus
from practices.models import GoodPractice
from tests.support import factories
from tests.support.admin import CONTENT_MODELS, FACTORIES, admin_url

pytestmark = pytest.mark.django_db


def test_every_content_model_has_an_admin_and_a_factory():
    assert sorted(model.__name__ for model in CONTENT_MODELS) == sorted(
        model.__name__ for model in FACTORIES
    )


# What makes a second row of a model whose factory otherwise gives the same one again.
ANOTHER = {Country: {"code": "CZ"}}
# A country's code is two letters, found in every "[pl]" of the factories' names too.
SEARCHED_FIELD = {Country: "name_en"}


def searched_value(model, instance):
    """The value of a field the model's admin searches in (its first unless told), through
    relations."""
    value = instance
    path = SEARCHED_FIELD.get(model, admin.site._registry[model].search_fields[0])
    for name in path.split("__"):
        value = getattr(value, name)
    return str(value)


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
def test_editor_can_open_list_add_and_change_pages(editor_client, model):
    instance = FACTORIES[model]()

    changelist = editor_client.get(admin_url(model, "changelist"))
    add = editor_client.get(admin_url(model, "add"))
    change = editor_client.get(admin_url(model, "change", instance.pk))

    assert (changelist.status_code, add.status_code, change.status_code) == (200, 200, 200)
    assert list(changelist.context["cl"].result_list) == [instance]
    assert change.context["original"] == instance


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda model: model.__name__)
def test_admin_search_finds_the_searched_object_and_no_other(editor_client, model):
    searched = FACTORIES[model]()
    other = FACTORIES[model](**ANOTHER.get(model, {}))
    # Quoted, the value is one phrase rather than words each found anywhere.
    query = f'"{searched_value(model, searched)}"'

    changelist = editor_client.get(admin_url(model, "changelist"), {"q": query})

    assert list(changelist.context["cl"].result_list) == [searched]
    assert searched_value(model, other) != searched_value(model, searched)


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
