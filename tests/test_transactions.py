"""A write that fails half-way leaves nothing half-saved.

Each test makes the database itself refuse one of the rows a write path saves, with a CHECK
constraint added for the test (and rolled back with it), which no form validation sees.
"""

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import IntegrityError, connection
from django.urls import reverse

from portal.models import City, Country, PublicationStatus, Theme
from practices.models import GoodPractice, PracticeLink
from projects.models import Programme
from tests.support import factories

pytestmark = pytest.mark.django_db


def refuse(table, condition):
    """Make the database refuse new or changed rows of `table` that break `condition`."""
    with connection.cursor() as cursor:
        # A table with deferred foreign key checks still to run cannot be altered: run them.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT refused_by_test CHECK ({condition}) NOT VALID"
        )
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def practice_form(practice, links):
    """The admin's change form of `practice` as an editor sends it, with new `links` inline."""
    data = {
        "title_pl": "Nowy tytuł",
        "slug": practice.slug,
        "summary_pl": practice.summary_pl,
        "problem_pl": practice.problem_pl,
        "solution_pl": practice.solution_pl,
        "results_pl": practice.results_pl,
        "city": practice.city_id,
        "year_start": practice.year_start,
        "status": practice.status,
        "links-TOTAL_FORMS": len(links),
        "links-INITIAL_FORMS": 0,
    }
    for prefix in ("contact_listings", "images", "documents"):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    for number, (title, url) in enumerate(links):
        data |= {
            f"links-{number}-title_pl": title,
            f"links-{number}-url": url,
            f"links-{number}-position": number,
        }
    return data


def test_admin_saves_a_practice_and_its_links_together(editor_client):
    practice = factories.GoodPracticeFactory(title_pl="Stary tytuł")
    links = [("Strona projektu", "https://example.org/"), ("Raport", "https://example.org/r")]

    response = editor_client.post(
        reverse("admin:practices_goodpractice_change", args=[practice.pk]),
        practice_form(practice, links),
    )

    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.title_pl == "Nowy tytuł"
    assert list(practice.links.values_list("title_pl", "url")) == links


def test_admin_keeps_neither_the_practice_nor_its_links_when_one_link_is_refused(editor_client):
    practice = factories.GoodPracticeFactory(title_pl="Stary tytuł")
    versions = practice.history.count()
    refuse(PracticeLink._meta.db_table, "title_pl <> 'Odrzucony'")
    links = [("Strona projektu", "https://example.org/"), ("Odrzucony", "https://example.org/r")]

    with pytest.raises(IntegrityError, match="refused_by_test"):
        editor_client.post(
            reverse("admin:practices_goodpractice_change", args=[practice.pk]),
            practice_form(practice, links),
        )

    practice.refresh_from_db()
    assert practice.title_pl == "Stary tytuł"
    assert list(PracticeLink.objects.all()) == []
    assert practice.history.count() == versions


@pytest.mark.parametrize(
    ("action", "status", "condition"),
    [
        ("publish", PublicationStatus.DRAFT, "status = 'draft' OR slug <> 'b-refused'"),
        ("unpublish", PublicationStatus.PUBLISHED, "status = 'published' OR slug <> 'b-refused'"),
    ],
)
def test_bulk_publication_changes_all_selected_practices_or_none(
    editor_client, action, status, condition
):
    # Saved in the admin's order, by slug: the refused practice comes after an accepted one.
    practices = [
        factories.GoodPracticeFactory(slug=slug, status=status) for slug in ("a-fine", "b-refused")
    ]
    refuse(GoodPractice._meta.db_table, condition)

    with pytest.raises(IntegrityError, match="refused_by_test"):
        editor_client.post(
            reverse("admin:practices_goodpractice_changelist"),
            {"action": action, "_selected_action": [practice.pk for practice in practices]},
        )

    assert list(GoodPractice.objects.values_list("slug", "status")) == [
        ("a-fine", status),
        ("b-refused", status),
    ]


def test_demo_content_loads_entirely_or_not_at_all(settings):
    # Step 1 writes countries, cities and themes; step 2 is refused at its first programme.
    refuse(Programme._meta.db_table, "false")

    with pytest.raises(IntegrityError, match="refused_by_test"):
        call_command("load_demo", stdout=None)

    assert (Country.objects.count(), City.objects.count(), Theme.objects.count()) == (0, 0, 0)


def test_demo_admin_is_never_left_without_its_password(settings):
    settings.DEBUG = True
    # The account is created first, then made a superuser with a password: refuse the second.
    refuse(User._meta.db_table, "NOT is_superuser")

    with pytest.raises(IntegrityError, match="refused_by_test"):
        call_command("demo_admin")

    assert list(User.objects.filter(username="admin")) == []
