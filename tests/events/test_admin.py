"""The admin of events: filtering by kind, the fieldsets, the gallery."""

import pytest

from events.models import Event, EventKind
from tests.support import factories
from tests.support.admin import admin_url

pytestmark = pytest.mark.django_db


def test_editor_narrows_the_events_to_one_kind(editor_client):
    internship = factories.EventFactory(kind=EventKind.INTERNSHIP, title="Internship in Opole")
    factories.EventFactory(kind=EventKind.STUDY_VISIT, title="Visit to Olomouc")

    response = editor_client.get(admin_url(Event, "changelist"), {"kind": EventKind.INTERNSHIP})

    assert list(response.context["cl"].result_list) == [internship]


def test_event_form_groups_when_where_and_who_in_every_language(editor_client):
    response = editor_client.get(admin_url(Event, "add"))

    fieldsets = {
        name: options["fields"] for name, options in response.context["adminform"].fieldsets
    }
    assert fieldsets["When and where"] == [
        ("start_date", "start_time"),
        ("end_date", "end_time"),
        "city",
        "venue_pl",
        "venue_cs",
        "venue_en",
        "visitors_from",
    ]
    assert fieldsets["Who and why"] == ["participants", "organisations", "project", "practices"]
    assert fieldsets["Applications"] == [
        "takes_applications",
        "who_may_apply_pl",
        "who_may_apply_cs",
        "who_may_apply_en",
        ("places", "allocation"),
        "application_deadline",
        "languages",
        "applications_link",
    ]
    form_fields = set(response.context["adminform"].form.fields)
    assert {"title_pl", "title_cs", "title_en", "agenda_pl", "report_en"} <= form_fields


def test_event_gallery_shows_previews(editor_client):
    picture = factories.EventImageFactory()

    response = editor_client.get(admin_url(Event, "change", picture.event.pk))

    assert (
        f'<img src="{picture.image.url}" alt="{picture.alt_text_en}" class="admin-preview"'
        in response.content.decode()
    )
