"""The page cache's finer rule (portal/operations/caching.py): a change makes stale the pages that
may show it, and leaves the others kept."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse

from portal.models import PublicationStatus
from portal.operations import caching
from tests.support.factories import (
    CityFactory,
    EventFactory,
    GoodPracticeFactory,
    PageFactory,
    ThemeFactory,
    TransferFactory,
)

DRAFT = PublicationStatus.DRAFT


@pytest.fixture
def change(clock, django_capture_on_commit_callbacks):
    """Commit a change, then let the page cache read the change log again."""

    def committed(make_change):
        with django_capture_on_commit_callbacks(execute=True):
            make_change()
        clock.tick()

    return committed


def kept(client, address):
    """Whether the page at `address` was served from the page cache."""
    return client.get(address).templates == []


@pytest.fixture
def practice(db):
    """A published practice in Opole."""
    return GoodPracticeFactory(title="Zoo", city=CityFactory(name="Opole"))


def seen(client, *addresses):
    for address in addresses:
        client.get(address)


def rename(row, title):
    row.title_en = title
    row.save()


def test_a_practice_page_stays_kept_while_unrelated_content_changes(client, change, practice):
    other = GoodPracticeFactory(title="Elsewhere")
    event = EventFactory(title="Fair")
    address, listing = practice.get_absolute_url(), reverse("practices:list")
    seen(client, address, listing)

    change(lambda: rename(other, "Elsewhere, renamed"))
    after_practice = (kept(client, address), kept(client, listing))
    change(lambda: rename(event, "Fair, renamed"))

    assert after_practice == (True, False)
    assert kept(client, address) is True


def test_a_practice_page_is_made_again_when_it_changes(client, change, practice):
    address = practice.get_absolute_url()
    seen(client, address)

    change(lambda: rename(practice, "Opole zoo"))

    assert (kept(client, address), "Opole zoo" in client.get(address).content.decode()) == (
        False,
        True,
    )


def test_a_practice_that_may_become_similar_makes_the_page_stale(client, change, practice):
    mobility, energy = ThemeFactory(name="Mobility"), ThemeFactory(name="Energy")
    practice.themes.add(mobility)
    other = GoodPracticeFactory(title="Buses")
    other.themes.add(energy)
    address = practice.get_absolute_url()
    seen(client, address)

    change(lambda: rename(other, "Buses again"))
    unrelated = kept(client, address)
    change(lambda: other.themes.add(mobility))
    page = client.get(address)

    assert (unrelated, page.templates != [], "Buses again" in page.content.decode()) == (
        True,
        True,
        True,
    )


def test_publishing_a_practice_in_the_same_city_makes_the_page_stale(client, change, practice):
    draft = GoodPracticeFactory(title="Bridge", city=practice.city, status=DRAFT)
    address = practice.get_absolute_url()
    seen(client, address)

    def publish():
        draft.status = PublicationStatus.PUBLISHED
        draft.save()

    change(publish)

    assert "Bridge [en]" in client.get(address).content.decode()


def test_a_shown_similar_practice_renamed_or_unpublished_makes_the_page_stale(
    client, change, practice
):
    neighbour = GoodPracticeFactory(title="Bridge", city=practice.city)
    address = practice.get_absolute_url()
    seen(client, address)

    change(lambda: rename(neighbour, "New bridge"))
    renamed = client.get(address).content.decode()

    def unpublish():
        neighbour.status = DRAFT
        neighbour.save()

    change(unpublish)
    unpublished = client.get(address).content.decode()

    assert ("New bridge" in renamed, "New bridge" in unpublished) == (True, False)


def test_a_practice_published_across_a_transfer_makes_the_page_stale(client, change, practice):
    adopted = GoodPracticeFactory(title="Copied", status=DRAFT, city=CityFactory())
    TransferFactory(source=practice, adopted_practice=adopted)
    address = practice.get_absolute_url()
    before = client.get(address).content.decode()

    def publish():
        adopted.status = PublicationStatus.PUBLISHED
        adopted.save()

    change(publish)

    assert ("Copied [en]" in before, "Copied [en]" in client.get(address).content.decode()) == (
        False,
        True,
    )


def test_an_event_linked_to_the_practice_makes_its_page_stale(client, change, practice):
    event = EventFactory(title="Visit", status=DRAFT)
    event.practices.add(practice)
    address = practice.get_absolute_url()
    seen(client, address)

    def publish():
        event.status = PublicationStatus.PUBLISHED
        event.save()

    change(publish)

    assert "Visit [en]" in client.get(address).content.decode()


def test_a_renamed_city_shown_on_a_practice_page_makes_it_stale(client, change, practice):
    address = practice.get_absolute_url()
    seen(client, address)

    def rename_city():
        practice.city.name_en = "Oppeln"
        practice.city.save()

    change(rename_city)

    assert "Oppeln" in client.get(address).content.decode()


def test_a_page_in_the_navigation_makes_every_page_stale(client, change, practice):
    address = practice.get_absolute_url()
    seen(client, address)

    change(lambda: PageFactory(title="About us", show_in_navigation=True))

    assert "About us [en]" in client.get(address).content.decode()


def test_a_change_without_tags_makes_every_page_stale(client, change, practice):
    address = practice.get_absolute_url()
    seen(client, address)

    change(caching.pages_changed)

    assert kept(client, address) is False


def test_counts_stay_kept_while_content_they_did_not_read_changes(change, counts_kept, practice):
    made = []

    def events_counted():
        made.append(1)
        with connection.cursor() as cursor:
            cursor.execute('SELECT count(*) FROM "events_event"')
            return cursor.fetchone()[0]

    counts = [caching.kept_until_content_changes("events", events_counted)]
    change(lambda: rename(practice, "Opole zoo"))
    counts.append(caching.kept_until_content_changes("events", events_counted))
    change(lambda: EventFactory())
    counts.append(caching.kept_until_content_changes("events", events_counted))

    assert (counts, made) == ([0, 0, 1], [1, 1])


def test_the_change_log_forgets_what_no_kept_page_can_ask_for(db, settings):
    settings.PAGE_CACHE_SECONDS, settings.COUNTS_CACHE_SECONDS = 600, 60
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {caching.CHANGE_LOG} (tag, changed_at) VALUES"
            " ('old', now() - interval '661 seconds'), ('recent', now() - interval '600 seconds')"
        )
    caching.page_changes.record({"new"})

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT tag FROM {caching.CHANGE_LOG} WHERE tag <> '*' ORDER BY tag")
        tags = [tag for (tag,) in cursor.fetchall()]

    assert tags == ["new", "recent"]


def test_a_late_committed_entry_is_still_seen(db, monkeypatch):
    log = caching.ChangeLog()
    log.read()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {caching.CHANGE_LOG} (tag, changed_at) VALUES (%s, %s)",
            ["late", log.position - datetime.timedelta(seconds=1)],
        )

    log.read()

    assert "late" in log.changed
