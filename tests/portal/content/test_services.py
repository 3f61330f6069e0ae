"""Publishing and unpublishing: the admin's actions, its form and the import keep a version of
every row they change, signed by the editor, and keep the first publication date."""

import datetime

import pytest
import tablib

from portal.content.services import publishable_publish, publishable_unpublish
from portal.models import PublicationStatus
from portal.operations import caching
from practices.models import GoodPractice
from projects.models import Organisation, Project
from projects.resources import OrganisationResource
from tests.support.admin import admin_url, form_data
from tests.support.factories import (
    CityFactory,
    CountryFactory,
    GoodPracticeFactory,
    ProjectFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

FIRST_PUBLISHED = datetime.datetime(2019, 5, 1, 12, tzinfo=datetime.UTC)


def changelist_action(client, model, action, rows):
    url = admin_url(model, "changelist")
    response = client.post(
        url, {"action": action, "_selected_action": [row.pk for row in rows]}, follow=True
    )
    return [str(message) for message in response.context["messages"]]


def last_versions(rows):
    """The newest version of each row: its kind, its editor, its status."""
    return [
        (version.history_type, version.history_user, version.status)
        for version in (row.history.latest() for row in rows)
    ]


def once_published_now_draft():
    """A practice published on FIRST_PUBLISHED and returned to draft since."""
    practice = GoodPracticeFactory(status=PublicationStatus.DRAFT)
    GoodPractice.objects.filter(pk=practice.pk).update(published_at=FIRST_PUBLISHED)
    return practice


def test_publish_action_keeps_a_version_of_each_draft_signed_by_the_editor(editor_client, editor):
    drafts = GoodPracticeFactory.create_batch(3, status=PublicationStatus.DRAFT)

    messages = changelist_action(editor_client, GoodPractice, "publish", drafts)

    assert messages == ["3 items published."]
    assert last_versions(drafts) == [("~", editor, PublicationStatus.PUBLISHED)] * 3
    assert GoodPractice.history.filter(history_type="~").count() == 3
    assert GoodPractice.objects.published().count() == 3
    assert not GoodPractice.objects.filter(published_at=None).exists()


def test_publish_action_keeps_the_first_publication_date(editor_client):
    practice = once_published_now_draft()

    changelist_action(editor_client, GoodPractice, "publish", [practice])

    practice.refresh_from_db()
    assert (practice.status, practice.published_at) == (
        PublicationStatus.PUBLISHED,
        FIRST_PUBLISHED,
    )
    assert practice.history.latest().published_at == FIRST_PUBLISHED


def test_unpublish_action_keeps_a_version_of_each_row_signed_by_the_editor(editor_client, editor):
    published = GoodPracticeFactory.create_batch(3, status=PublicationStatus.PUBLISHED)
    first_dates = [practice.published_at for practice in published]

    messages = changelist_action(editor_client, GoodPractice, "unpublish", published)

    assert messages == ["3 items returned to draft."]
    assert last_versions(published) == [("~", editor, PublicationStatus.DRAFT)] * 3
    assert GoodPractice.history.filter(history_type="~").count() == 3
    assert list(GoodPractice.objects.order_by("pk").values_list("status", "published_at")) == [
        (PublicationStatus.DRAFT, first_date) for first_date in first_dates
    ]


def test_rows_that_already_have_the_status_are_left_alone(editor):
    practice = GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    updated_at = practice.updated_at

    changed = publishable_publish(queryset=GoodPractice.objects.all(), by=editor)

    practice.refresh_from_db()
    assert (changed, practice.updated_at, practice.history.count()) == (0, updated_at, 1)


def test_publishing_many_rows_makes_cached_pages_stale_once(
    editor, monkeypatch, django_capture_on_commit_callbacks
):
    GoodPracticeFactory.create_batch(3, status=PublicationStatus.DRAFT)
    moves = []
    monkeypatch.setattr(caching.page_changes, "record", lambda tags: moves.append(1))

    with django_capture_on_commit_callbacks(execute=True):
        publishable_publish(queryset=GoodPractice.objects.all(), by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        publishable_unpublish(queryset=GoodPractice.objects.all(), by=editor)

    assert moves == [1, 1]


def test_publishing_nothing_leaves_cached_pages_alone(
    editor, monkeypatch, django_capture_on_commit_callbacks
):
    GoodPracticeFactory(status=PublicationStatus.PUBLISHED)
    moves = []
    monkeypatch.setattr(caching.page_changes, "record", lambda tags: moves.append(1))

    with django_capture_on_commit_callbacks(execute=True):
        publishable_publish(queryset=GoodPractice.objects.all(), by=editor)

    assert moves == []


def test_a_published_version_keeps_the_projects_themes(editor):
    project = ProjectFactory(status=PublicationStatus.DRAFT)
    project.themes.set([ThemeFactory(slug="mobility"), ThemeFactory(slug="energy")])

    publishable_publish(queryset=Project.objects.all(), by=editor)

    version = project.history.latest()
    assert (version.history_type, version.history_user, version.status) == (
        "~",
        editor,
        PublicationStatus.PUBLISHED,
    )
    assert sorted(version.themes.values_list("theme__slug", flat=True)) == ["energy", "mobility"]


# The admin's form: a status changed there is saved as the actions save it.


def test_publishing_in_the_form_keeps_a_version_by_the_editor_and_the_first_date(
    editor_client, editor
):
    practice = once_published_now_draft()
    url = admin_url(GoodPractice, "change", practice.pk)

    response = editor_client.post(
        url, form_data(editor_client.get(url), status=PublicationStatus.PUBLISHED)
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert (practice.status, practice.published_at) == (
        PublicationStatus.PUBLISHED,
        FIRST_PUBLISHED,
    )
    assert last_versions([practice]) == [("~", editor, PublicationStatus.PUBLISHED)]


# The import: a row imported as published is saved with a version signed by the importer.


def test_an_import_signs_its_versions_with_the_importing_user_without_a_request(editor):
    CityFactory(slug="opole", country=CountryFactory(code="PL"))
    dataset = tablib.Dataset(
        ["new-one", "Nowa", "ngo", "opole", "published"],
        headers=["slug", "name_pl", "kind", "city", "status"],
    )

    result = OrganisationResource().import_data(
        dataset, dry_run=False, user=editor, file_name="organisations.csv"
    )

    assert not result.has_errors() and not result.has_validation_errors()
    organisation = Organisation.objects.get(slug="new-one")
    assert organisation.published_at is not None
    assert [
        (v.history_type, v.history_user, v.status, v.history_change_reason)
        for v in organisation.history.all()
    ] == [("+", editor, PublicationStatus.PUBLISHED, "Imported from organisations.csv")]
