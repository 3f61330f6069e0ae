"""Text missing in the page's language is shown in its fallback language, and marked as such."""

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.support.factories import GoodPracticeFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def render(template, **context):
    return Template("{% load fallback %}" + template).render(Context(context))


def test_text_in_the_pages_language_is_shown_as_it_is(client):
    practice = GoodPracticeFactory.build(title="Hub")

    assert render('{% translated practice "title" %}', practice=practice) == "Hub [en]"


@pytest.mark.parametrize(
    ("language", "missing", "expected"),
    [
        # Czech falls back to Polish, Polish to Czech, English to Polish.
        (
            "cs",
            ["cs"],
            '<span lang="pl">Hub [pl]</span> <small class="fallback-note">(jen polsky)</small>',
        ),
        (
            "pl",
            ["pl"],
            '<span lang="cs">Hub [cs]</span> '
            '<small class="fallback-note">(tylko po czesku)</small>',
        ),
        (
            "en",
            ["en"],
            '<span lang="pl">Hub [pl]</span> <small class="fallback-note">(only in Polish)</small>',
        ),
        (
            "en",
            ["en", "pl"],
            '<span lang="cs">Hub [cs]</span> <small class="fallback-note">(only in Czech)</small>',
        ),
    ],
)
def test_a_missing_title_is_marked_with_its_own_language(language, missing, expected):
    practice = GoodPracticeFactory.build(title="Hub", **{f"title_{code}": "" for code in missing})

    with translation.override(language):
        assert render('{% translated practice "title" %}', practice=practice) == expected


def test_a_missing_passage_gets_a_note_before_it():
    practice = GoodPracticeFactory.build(problem_en=None, problem_pl="Korki.\n\nDużo korków.")

    html = render('{% translated practice "problem" rich=True %}', practice=practice)

    assert html == (
        '<p class="fallback-note">This text is not available in your language; '
        'it is shown in Polish.</p><div lang="pl"><p>Korki.</p><p>Dużo korków.</p></div>'
    )


def test_marked_text_is_still_escaped_and_shortened():
    practice = GoodPracticeFactory.build(
        summary_en="", summary_pl="<script>alert(1)</script> jeden dwa trzy cztery"
    )

    html = render('{% translated practice "summary" words=3 %}', practice=practice)

    assert html == (
        '<span lang="pl">&lt;script&gt;alert(1)&lt;/script&gt; jeden dwa …</span> '
        '<small class="fallback-note">(only in Polish)</small>'
    )


def test_no_text_in_any_language_gives_nothing():
    practice = GoodPracticeFactory.build(resources_pl="", resources_cs=None, resources_en="")

    assert render('{% translated practice "resources" rich=True %}', practice=practice) == ""


def test_pages_mark_the_fallback_text_in_lists_and_details(client):
    practice = GoodPracticeFactory(
        slug="hub", title="Hub", title_cs="", summary_cs="", solution_cs=None
    )

    listing = client.get("/cs/dobre-praxe/").content.decode()
    detail = client.get(
        practice.get_absolute_url().replace("/en/good-practices/", "/cs/dobre-praxe/")
    )
    html = detail.content.decode()

    assert (
        '<span lang="pl">Hub [pl]</span> <small class="fallback-note">(jen polsky)</small>'
        in listing
    )
    assert (
        '<h1><span lang="pl">Hub [pl]</span> <small class="fallback-note">(jen polsky)</small></h1>'
        in html
    )
    assert (
        '<p class="fallback-note">'
        "Tento text není ve vašem jazyce k dispozici; zobrazujeme ho polsky.</p>"
        '<div lang="pl"><p>The solution. [pl]</p></div>'
    ) in html
    # What exists in Czech is not marked.
    assert "<p>The problem. [cs]</p>" in html


def test_untranslated_fields_are_shown_as_they_are():
    project = ProjectFactory.build(title="Razem")

    assert render('{% translated project "slug" %}', project=project) == project.slug
