"""A proposed change (a draft copy of a published entry) is reviewed as a submission only: no other
admin list, autocomplete, import or export offers it."""

from urllib.parse import urlencode

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from events.models import Event
from events.resources import EventResource
from portal.content.revisions import revision_start
from practices.models import GoodPractice
from practices.resources import GoodPracticeResource
from tests.support.factories import EventFactory, GoodPracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice():
    return GoodPracticeFactory(title="Bikes", slug="bikes")


@pytest.fixture
def proposal(practice):
    return revision_start(entry=practice)


def test_the_events_admin_practice_autocomplete_offers_no_proposed_change(
    client, superuser, practice, proposal
):
    client.force_login(superuser)
    query = {
        "app_label": "events",
        "model_name": "event",
        "field_name": "practices",
        "term": "Bikes",
    }

    response = client.get(f"{reverse('admin:autocomplete')}?{urlencode(query)}")

    assert [row["id"] for row in response.json()["results"]] == [str(practice.pk)]


def test_the_events_admin_form_accepts_no_proposed_change_as_a_practice(
    superuser, practice, proposal
):
    request = RequestFactory().get("/")
    request.user = superuser
    form_class = admin.site._registry[Event].get_form(request)

    assert list(form_class.base_fields["practices"].queryset) == [practice]


def test_the_practices_admin_lists_no_proposed_change(client, superuser, practice, proposal):
    client.force_login(superuser)

    response = client.get(reverse("admin:practices_goodpractice_changelist"))
    missing = client.get(reverse("admin:practices_goodpractice_change", args=[proposal.pk]))

    assert [row.pk for row in response.context["cl"].result_list] == [practice.pk]
    assert missing.status_code == 302  # Django's "no such item" back to the admin's index


def test_an_import_cannot_name_a_proposed_change(practice, proposal):
    widget = EventResource().fields["practices"].widget

    assert widget.clean(practice.slug) == [practice]
    with pytest.raises(ValueError, match=proposal.slug):
        widget.clean(proposal.slug)


def test_an_import_never_updates_a_proposed_change(practice, proposal):
    assert list(GoodPracticeResource().get_queryset()) == [practice]
    EventFactory()
    event_proposal = revision_start(entry=Event.objects.get())
    assert event_proposal not in EventResource().get_queryset()


def test_an_export_holds_no_proposed_change(practice, proposal):
    dataset = GoodPracticeResource().export()

    assert dataset["slug"] == ["bikes"]
    assert GoodPractice.objects.count() == 2
