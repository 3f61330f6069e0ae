"""What a proposal changes, as the review page shows it: field by field, language by language."""

import pytest

from portal.content.revisions import revision_start
from portal.contributions.differences import (
    entry_differences,
    rich_text_lines,
    submission_differences,
    text_marked,
)
from practices.models import GoodPractice, PracticeImage
from tests.support.contributions import partner_of
from tests.support.factories import (
    CityFactory,
    ContactPersonFactory,
    EventFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeContactFactory,
    PracticeImageFactory,
    PracticeLinkFactory,
    ThemeFactory,
)
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db


def as_rows(differences):
    return [(d.label, d.language, d.before, d.after) for d in differences]


def proposed_change(practice, **columns):
    revision = revision_start(entry=practice)
    GoodPractice.objects.filter(pk=revision.pk).update(**columns)
    return GoodPractice.objects.get(pk=revision.pk)


def test_words_removed_and_added_are_marked_in_escaped_text():
    assert text_marked("Bikes for <all> people", "Bikes for all young people") == (
        "Bikes for <del>&lt;all&gt;</del><ins>all young</ins> people"
    )


def test_a_rewritten_run_of_words_reads_as_one_removal_and_one_addition():
    assert text_marked("The old solution works.", "A new idea works.") == (
        "<del>The old solution</del><ins>A new idea</ins> works."
    )


def test_unchanged_text_is_not_marked():
    assert text_marked("Same words", "Same words") == "Same words"


def test_rich_text_is_read_as_its_words_a_line_per_block_and_never_as_markup():
    value = "<h2>Goal</h2><p>Fewer <strong>cars</strong> &amp; more bikes</p><ul><li>One</li></ul>"
    assert rich_text_lines(value) == "Goal\nFewer cars & more bikes\nOne"
    assert rich_text_lines('<p onclick="x()">Hi<script>alert(1)</script></p>') == "Hi"


def test_an_unchanged_proposal_shows_no_difference():
    practice = GoodPracticeFactory()
    practice.themes.add(ThemeFactory())
    PracticeImageFactory(practice=practice)

    assert entry_differences(proposal=revision_start(entry=practice), published=practice) == []


def test_a_change_lists_only_the_changed_fields_each_language_apart_in_the_models_order():
    practice = GoodPracticeFactory(title="Bikes", solution="<p>Stations near schools.</p>")
    revision = proposed_change(
        practice,
        title_cs="Kola pro všechny",
        solution_pl="<p>Stations near schools.</p><p>And <em>depots</em>.</p>",
        solution_en="<p>Stations near stops.</p>",
        year_end=2024,
    )

    assert as_rows(entry_differences(proposal=revision, published=practice)) == [
        ("title", "cs", "Bikes [cs]", "Kola pro všechny"),
        (
            "solution",
            "pl",
            "Stations near schools.\n[pl]",
            "Stations near schools.\nAnd depots.",
        ),
        ("solution", "en", "Stations near schools.\n[en]", "Stations near stops."),
        ("until (year)", "", "", "2024"),
    ]


def test_a_changed_rich_text_is_marked_word_by_word_and_escaped():
    practice = GoodPracticeFactory(results_en="<p>Ridership up 10%.</p>")
    revision = proposed_change(practice, results_en="<p>Ridership up 20% &lt;b&gt;.</p>")

    (difference,) = entry_differences(proposal=revision, published=practice)

    assert str(difference.marked) == ("Ridership up <del>10%.</del><ins>20% &lt;b&gt;.</ins>")


def test_links_city_and_child_rows_are_compared_too():
    practice = GoodPracticeFactory(city=CityFactory(name="Opole", slug="opole"))
    practice.themes.add(ThemeFactory(name="Transport", slug="transport"))
    PracticeImageFactory(practice=practice, alt_text_pl="Stacja", caption=None)
    PracticeContactFactory(practice=practice, contact=ContactPersonFactory(name="Anna Nowak"))
    revision = revision_start(entry=practice)
    revision.city = CityFactory(name="Ostrava", slug="ostrava")
    revision.save()
    revision.themes.add(ThemeFactory(name="Water", slug="water"))
    PracticeImage.objects.filter(practice=revision).update(alt_text_pl="Stacja rowerowa")
    PracticeLinkFactory(practice=revision, title=None, title_en="Operator", url="https://a.cz/")
    PracticeContactFactory(practice=revision, contact=ContactPersonFactory(name="Jan Novák"))

    rows = as_rows(entry_differences(proposal=revision, published=practice))

    image = practice.images.get().image.name.rsplit("/", 1)[-1]
    assert rows == [
        ("city", "", "Opole [en]", "Ostrava [en]"),
        ("themes", "", "Transport [en]", "Transport [en]\nWater [en]"),
        ("gallery images", "pl", f"{image}: Stacja", f"{image}: Stacja rowerowa"),
        ("links", "", "", "https://a.cz/"),
        ("links", "en", "", "https://a.cz/: Operator"),
        ("contact persons", "", "Anna Nowak", "Anna Nowak\nJan Novák"),
    ]


def test_a_new_entry_shows_everything_it_holds():
    event = EventFactory(title="Study visit", summary=None, summary_en="Three days in Brno.")

    rows = as_rows(entry_differences(proposal=event))

    assert rows[:4] == [
        ("kind", "", "", "Study visit"),
        ("title", "pl", "", "Study visit [pl]"),
        ("title", "cs", "", "Study visit [cs]"),
        ("title", "en", "", "Study visit [en]"),
    ]
    assert ("summary", "en", "", "Three days in Brno.") in rows
    assert [row for row in rows if row[0] == "summary"] == [
        ("summary", "en", "", "Three days in Brno.")
    ]
    assert ("start date", "", "", "2018-06-27") in rows


def test_a_submission_compares_its_proposal_with_the_published_entry():
    organisation = OrganisationFactory()
    practice = GoodPracticeFactory(title="Bikes")
    submission = opened(practice, partner_of(organisation), organisation)
    GoodPractice.objects.filter(pk=submission.practice_id).update(title_en="Bicycles")
    submission.refresh_from_db()

    assert as_rows(submission_differences(submission)) == [
        ("title", "en", "Bikes [en]", "Bicycles")
    ]
