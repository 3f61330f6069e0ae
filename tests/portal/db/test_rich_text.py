"""Rich text: the sanitiser, the field, its editor in the admin, its pages and search snippets,
and known cross-site scripting vectors through every rich text field of every model."""

import importlib
import re
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.models import Value
from django.urls import reverse
from django.utils import translation
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

from events.models import Event
from portal.db.rich_text import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    EDITOR_EXTENSIONS,
    RichTextField,
    RichTextFormField,
    rich_text_columns_convert,
    rich_text_html,
    rich_text_plain,
    rich_text_plain_sql,
)
from portal.models import Country, NewsItem, Page, Theme
from practices.models import GoodPractice
from projects.models import Organisation, Programme, Project
from tests.support import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ("pl", "cs", "en")

# Known cross-site scripting vectors, from the OWASP XSS Filter Evasion Cheat Sheet, PortSwigger's
# XSS cheat sheet, html5sec.org and the DOMPurify/ammonia mutation XSS reports: what an editor's
# pasted text or a hostile staff account could try in a rich text.
XSS_VECTORS = (
    # <script> in many spellings
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<script/src="data:text/javascript,alert(1)"></script>',
    "<<script>alert(1);//<</script>",
    "<script>alert(1)",
    "</p><script>alert(1)</script><p>",
    '<p>before</p><script type="module">import "https://xss.example/x.js"</script>',
    '<script>document.write("<img src=x onerror=alert(1)>")</script>',
    # event handler attributes
    "<img src=x onerror=alert(1)>",
    '<p onclick="alert(1)">click</p>',
    "<strong onmouseover=alert(1)>bold</strong>",
    '<a href="https://example.org/" onfocus="alert(1)" autofocus>link</a>',
    "<body onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<input onfocus=alert(1) autofocus>",
    "<video><source onerror=alert(1)></video>",
    "<marquee onstart=alert(1)>xss</marquee>",
    "<p/onclick=alert(1)>slash</p>",
    # javascript:, vbscript: and data: addresses, plain and obfuscated
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav\tascript:alert(1)">x</a>',
    '<a href="java\nscript:alert(1)">x</a>',
    '<a href=" &#14;  javascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="java\x00script:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">x</a>',
    '<img src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    "<isindex action=javascript:alert(1) type=image>",
    # SVG and MathML namespace confusion
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math><a xlink:href="javascript:alert(1)">x</a></math>',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><foreignObject><p onclick=alert(1)>x</p></foreignObject></svg>",
    # mutation XSS: markup that parses differently the second time
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<a title="</a><img src=x onerror=alert(1)>" href="https://example.org/">x</a>',
    '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
    '<textarea><p title="</textarea><img src=x onerror=alert(1)>">',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "<template><script>alert(1)</script></template>",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<?xml version="1.0"?><script>alert(1)</script>',
    # styles
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<div style="width: expression(alert(1))">x</div>',
    '<style>@import "https://xss.example/x.css";</style>',
    '<link rel="stylesheet" href="javascript:alert(1)">',
    # frames, plug-ins, forms, refresh and base
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="javascript:alert(1)"></object>',
    "<embed src=data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    # unclosed and broken markup, attribute break-outs
    "<img src=x onerror=alert(1)",
    '<a href="https://example.org/',
    "<p>unclosed <strong>bold <em>both",
    '"><img src=x onerror=alert(1)>',
    "'><script>alert(1)</script>",
    # backticks
    "<img src=`x` onerror=`alert(1)`>",
    "<a href=`javascript:alert(1)`>x</a>",
    # template syntax: must reach the page as text, never evaluated
    "{{ request.user.password }}{% debug %}",
    "<p>{% load static %}{{ settings.SECRET_KEY }}</p>",
    "{{ 7*7 }} ${7*7} <%= 7*7 %>",
    # escaped markup stays text; a link's target and rel go
    "<p>AT&amp;T &lt;script&gt;alert(1)&lt;/script&gt;</p>",
    '<a href="https://example.org/" target="_blank" rel="opener">x</a>',
)

# (vector, exactly what is stored and shown)
SANITISED = [
    ("<script>alert(1)</script>", ""),
    ('<p onclick="alert(1)">click</p>', "<p>click</p>"),
    ('<a href="&#x6A;avascript&#x3A;alert(1)">x</a>', "<a>x</a>"),
    ('<a href="jav&#x09;ascript:alert(1)">x</a>', "<a>x</a>"),
    ('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', "<a>x</a>"),
    ('<a href="vbscript:msgbox(1)">x</a>', "<a>x</a>"),
    ('<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<p>&lt;p title=""&gt;</p>'),
    (
        '<a title="</a><img src=x onerror=alert(1)>" href="https://example.org/">x</a>',
        '<a title="&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;" href="https://example.org/">x</a>',
    ),
    ('<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>', ""),
    ('<p style="background:url(javascript:alert(1))">x</p>', "<p>x</p>"),
    ('<iframe srcdoc="<script>alert(1)</script>"></iframe>', ""),
    ("<p>unclosed <strong>bold <em>both", "<p>unclosed <strong>bold <em>both</em></strong></p>"),
    ("<img src=`x` onerror=`alert(1)`>", ""),
    (
        "{{ request.user.password }}{% debug %}",
        "<p>{{ request.user.password }}{% debug %}</p>",
    ),
    (
        '<a href="https://example.org/" target="_blank" rel="opener">x</a>',
        '<a href="https://example.org/">x</a>',
    ),
]

# Every model with rich texts: the rich text fields, the factory and its title field.
RICH_TEXT_MODELS = {
    Theme: (("description",), factories.ThemeFactory, "name"),
    Page: (("body",), factories.PageFactory, "title"),
    NewsItem: (("body",), factories.NewsItemFactory, "title"),
    Programme: (("description",), factories.ProgrammeFactory, "name"),
    Organisation: (("description",), factories.OrganisationFactory, "name"),
    Project: (("description", "objectives"), factories.ProjectFactory, "title"),
    GoodPractice: (
        ("problem", "solution", "results", "resources", "transferability"),
        factories.GoodPracticeFactory,
        "title",
    ),
    Event: (("agenda", "report"), factories.EventFactory, "title"),
}
# One model of each app through its admin change form.
ADMIN_MODELS = (Page, Project, GoodPractice, Event)
MIGRATIONS = {
    "portal": "portal.migrations.0007_rich_text_html",
    "projects": "projects.migrations.0004_rich_text_html",
    "practices": "practices.migrations.0004_rich_text_html",
    "events": "events.migrations.0004_rich_text_html",
}

# Elements only the page's template may bring (the same ones whatever the content), elements no
# page may have, and how a browser reads an address's scheme.
TEMPLATE_ONLY_TAGS = {
    "script",
    "style",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "img",
    "video",
    "audio",
    "source",
}
# What belongs in a document's head only: content is always in the body.
HEAD_ONLY_TAGS = {"link", "meta", "style", "base", "title"}
FORBIDDEN_TAGS = {
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "svg",
    "math",
    "noscript",
    "template",
    "isindex",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "poster"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")
IGNORED_IN_URLS = re.compile(r"[\x00-\x20]")


class Elements(HTMLParser):
    """Every element of an HTML document with its attributes, as a parser reads them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.in_body = []
        self.snippets = []
        self._snippet = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        if self.in_body or tag == "body":
            self.in_body.append(tag)
        if self._snippet is not None:
            self._snippet.append(tag)
        if tag == "p" and ("class", "snippet") in attrs:
            self._snippet = []

    def handle_endtag(self, tag):
        if tag == "p" and self._snippet is not None:
            self.snippets.append(self._snippet)
            self._snippet = None

    def tagged(self, tags):
        return [(tag, attrs) for tag, attrs in self.elements if tag in tags]


def dangerous_markup(html, forbidden=FORBIDDEN_TAGS):
    """What in `html` could run script or leave the page, whatever the template: a list of it."""
    elements = Elements(html)
    found = [f"<{tag}> in the body" for tag in elements.in_body if tag in HEAD_ONLY_TAGS]
    for tag, attrs in elements.elements:
        if tag in forbidden:
            found.append(f"<{tag}>")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            found.append(f"<meta {attrs}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                found.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and IGNORED_IN_URLS.sub("", value or "").lower().startswith(
                DANGEROUS_SCHEMES
            ):
                found.append(f"<{tag} {name}={value}>")
    return found


def get_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def public_pages(obj):
    """The addresses of the public pages showing `obj`'s rich texts, in the active language."""
    pages = {type(obj).__name__: obj.get_absolute_url()}
    if isinstance(obj, Theme):
        pages["Theme list"] = reverse("themes:list")
    return pages


def create_content():
    """One published object of each model with rich texts, titled so search finds them."""
    return [
        factory(**{title_field: "Zebra crossing"})
        for _fields, factory, title_field in RICH_TEXT_MODELS.values()
    ]


def search_url():
    return reverse("search") + "?q=zebra"


def template_elements(client, content):
    """Each page's template-only elements by (page, language), while the content is benign."""
    elements = {}
    for language in LANGUAGES:
        with translation.override(language):
            pages = {name: url for obj in content for name, url in public_pages(obj).items()}
            pages["Search"] = search_url()
            for name, url in pages.items():
                elements[name, language] = Elements(get_page(client, url)).tagged(
                    TEMPLATE_ONLY_TAGS
                )
    return elements


def set_every_rich_text(obj, text):
    for field in RICH_TEXT_MODELS[type(obj)][0]:
        for language in LANGUAGES:
            setattr(obj, f"{field}_{language}", text)


def rich_text_columns(obj):
    fields = RICH_TEXT_MODELS[type(obj)][0]
    return {
        column: getattr(obj, column)
        for field in fields
        for column in (field, *(f"{field}_{language}" for language in LANGUAGES))
    }


# The sanitiser


def test_plain_text_becomes_escaped_paragraphs_with_line_breaks():
    text = "Opole & Olomouc <3\r\nsince 2014\n\n \n\n“Quotes” stay\n"

    assert rich_text_html(text) == (
        "<p>Opole &amp; Olomouc &lt;3<br>since 2014</p><p>“Quotes” stay</p>"
    )


def test_the_editors_formatting_is_kept_as_it_is():
    html = (
        "<h2>Context</h2><p>A <strong>bold</strong> and <em>italic</em> word,<br>a break.</p>"
        '<h3>Steps</h3><ol start="2"><li><p>first</p></li><li><p>second</p></li></ol>'
        "<h4>Partners</h4><ul><li><p>Opole</p></li></ul>"
        '<blockquote><p>Quote, <a href="https://example.org/a?b=1&amp;c=2" title="Site">'
        'link</a>, <a href="mailto:office@example.org">mail</a>, <a href="/en/themes/">page</a>'
        "</p></blockquote>"
    )

    assert rich_text_html(html) == html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<h1>Title</h1><p>Text</p>", "Title<p>Text</p>"),
        ("<b>bold</b>", "<p>bold</p>"),
        ('<div class="x"><span>in a box</span></div>', "<p>in a box</p>"),
        ("<p>a</p><hr><p>b</p><table><tr><td>c</td></tr></table>", "<p>a</p><p>b</p>c"),
        ('<img src="https://example.org/a.png" alt="A">', ""),
        ("<p><!-- a comment -->text</p>", "<p>text</p>"),
        ('<ol start="3" type="a" data-type="x"><li>x</li></ol>', '<ol start="3"><li>x</li></ol>'),
    ],
)
def test_markup_outside_the_allow_list_goes_and_its_text_stays(html, expected):
    assert rich_text_html(html) == expected


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://example.org/", True),
        ("http://example.org/", True),
        ("mailto:office@example.org", True),
        ("/en/good-practices/", True),
        ("#results", True),
        ("javascript:alert(1)", False),
        ("vbscript:msgbox(1)", False),
        ("data:text/html,x", False),
        ("ftp://example.org/", False),
        ("tel:+48774543311", False),
    ],
)
def test_links_keep_only_web_mail_and_relative_addresses(href, kept):
    expected = f'<a href="{href}">x</a>' if kept else "<a>x</a>"

    assert rich_text_html(f'<a href="{href}">x</a>') == expected


def test_an_empty_editor_leaves_an_empty_text_and_a_missing_translation_stays_missing():
    assert rich_text_html("<p></p>") == ""
    assert rich_text_html("  \n ") == ""
    assert rich_text_html(None) is None


def test_control_characters_are_dropped():
    assert rich_text_html("<p>a\x00b\x01c\x7f\td</p>") == "<p>abc\td</p>"


@pytest.mark.parametrize("vector", XSS_VECTORS)
def test_cleaning_again_changes_nothing(vector):
    html = rich_text_html(vector)

    assert rich_text_html(html) == html
    assert dangerous_markup(html) == []
    assert {tag for tag, _ in Elements(html).elements} <= ALLOWED_TAGS


@pytest.mark.parametrize(("vector", "expected"), SANITISED)
def test_representative_vectors_are_cleaned_to_exactly(vector, expected):
    assert rich_text_html(vector) == expected


def test_the_editor_offers_nothing_the_sanitiser_drops():
    editor = allowlist_from_extensions(expand_extensions(EDITOR_EXTENSIONS))

    assert editor["tags"] == ALLOWED_TAGS
    # The sanitiser is stricter: no rel or target on links, no list styles.
    assert all(ALLOWED_ATTRIBUTES[tag] <= editor["attributes"][tag] for tag in ALLOWED_ATTRIBUTES)


def test_the_words_of_a_rich_text_without_markup():
    html = (
        "<h2>Head</h2><p>One <strong>bold</strong>&nbsp;word,<br>AT&amp;T &lt;3</p>"
        '<ul><li>a</li><li><a href="https://example.org/" title="T">b</a></li></ul>'
    )

    assert rich_text_plain(html) == "Head One bold\xa0word, AT&T <3 a b"
    assert rich_text_plain("<p> Spaces\n\t inside </p>") == "Spaces inside"
    assert rich_text_plain("Plain\n\ntext") == "Plain text"
    assert rich_text_plain(None) == ""


@pytest.mark.parametrize(
    "html",
    [
        *XSS_VECTORS,
        "<h2>Head</h2><p>One <strong>bold</strong>&nbsp;word,<br>AT&amp;T &lt;3 &amp;lt;</p>",
        # Tags that do not break the text between spaces, runs of whitespace of every kind, a
        # breaking tag with attributes, and spaces that are not ASCII (kept, as in Python).
        "<p> a <strong> b </strong> <em></em> c\t\n d</p><p>e\u2003f\u3000g\u00a0h</p>",
        '<ol start="3"><li>x</li></ol><blockquote>y<br><br>  z</blockquote><p>&lt;p&gt;</p>',
        '<p><a href="https://example.org/" title="a &gt; b">link</a>,<strong>=1+2</strong></p>',
    ],
)
def test_the_words_without_markup_are_the_same_in_postgresql(html):
    stored = rich_text_html(html)
    country = factories.CountryFactory()

    in_database = (
        Country.objects.filter(pk=country.pk)
        .annotate(words=rich_text_plain_sql(Value(stored)))
        .values_list("words", flat=True)
        .get()
    )

    assert in_database == rich_text_plain(stored)


# The field


def test_saving_stores_sanitised_html_in_every_language_column():
    practice = factories.GoodPracticeFactory(
        solution_pl="Pierwszy akapit.\n\nDrugi & ostatni",
        solution_cs='<p onclick="alert(1)">Řešení</p><script>alert(1)</script>',
        solution_en="<h2>Steps</h2><p>Done</p>",
    )
    stored = (
        "<p>Pierwszy akapit.</p><p>Drugi &amp; ostatni</p>",
        "<p>Řešení</p>",
        "<h2>Steps</h2><p>Done</p>",
    )

    assert (practice.solution_pl, practice.solution_cs, practice.solution_en) == stored
    practice.refresh_from_db()
    assert (practice.solution_pl, practice.solution_cs, practice.solution_en) == stored


def test_saving_in_one_language_writes_no_fallback_into_the_others():
    practice = factories.GoodPracticeFactory(resources_pl="Budżet miasta.", resources_en=None)

    with translation.override("en"):
        practice.save()
    practice.refresh_from_db()

    assert (practice.resources_pl, practice.resources_cs, practice.resources_en) == (
        "<p>Budżet miasta.</p>",
        None,
        None,
    )


def test_bulk_create_update_and_bulk_update_store_sanitised_html():
    city = factories.CityFactory()
    hostile = '<p>Text<img src=x onerror="alert(1)"></p>'
    (created,) = GoodPractice.objects.bulk_create(
        [
            GoodPractice(
                title_en="Bulk",
                slug="bulk",
                summary_en="Summary",
                problem_en=hostile,
                solution_en="Plain solution",
                results_en="Results",
                city=city,
                year_start=2020,
            )
        ]
    )
    assert GoodPractice.objects.values_list("problem_en", "solution_en").get(pk=created.pk) == (
        "<p>Text</p>",
        "<p>Plain solution</p>",
    )

    GoodPractice.objects.filter(pk=created.pk).update(results_en=hostile)
    created.transferability_en = "<script>alert(1)</script>Lessons"
    GoodPractice.objects.bulk_update([created], ["transferability_en"])

    assert GoodPractice.objects.values_list("results_en", "transferability_en").get(
        pk=created.pk
    ) == ("<p>Text</p>", "<p>Lessons</p>")


def test_a_required_text_of_nothing_but_script_is_blank():
    practice = factories.GoodPracticeFactory(problem_pl="Problem")
    practice.problem = "<script>alert(1)</script>"

    with pytest.raises(ValidationError) as error:
        practice.full_clean()

    assert error.value.message_dict == {"problem": ["This field cannot be blank."]}


def test_the_form_field_sanitises_before_it_checks_required():
    field = RichTextFormField(required=True)

    assert field.clean('<p>Fine <a href="javascript:alert(1)">link</a></p>') == (
        "<p>Fine <a>link</a></p>"
    )
    with pytest.raises(ValidationError) as error:
        field.clean("<p><script>alert(1)</script></p>")
    assert error.value.messages == ["This field is required."]


def test_every_rich_text_field_is_in_this_corpus():
    fields = {
        (model, field.name)
        for model in apps.get_models()
        if not model.__name__.startswith("Historical")
        for field in model._meta.get_fields()
        if isinstance(field, RichTextField) and not hasattr(field, "translated_field")
    }

    assert fields == {
        (model, field) for model, (names, *_) in RICH_TEXT_MODELS.items() for field in names
    }


# The data migrations


def test_each_data_migration_converts_every_rich_text_column_of_its_app():
    for app_label, module in MIGRATIONS.items():
        migration = importlib.import_module(module)
        expected = {
            model.__name__: (
                column
                for field in fields
                for column in (field, *(f"{field}_{language}" for language in LANGUAGES))
            )
            for model, (fields, *_) in RICH_TEXT_MODELS.items()
            if model._meta.app_label == app_label
        }
        assert migration.RICH_TEXT_COLUMNS == {
            name: tuple(columns) for name, columns in expected.items()
        }


def test_the_data_migration_turns_plain_rows_into_html_in_batches():
    practices = factories.GoodPracticeFactory.create_batch(5)
    untouched = factories.GoodPracticeFactory()
    with connection.cursor() as cursor:
        # Rows as they were before the editor: written around the field.
        cursor.execute(
            "UPDATE practices_goodpractice SET problem_cs = %s, results = %s WHERE id = ANY(%s)",
            ["Problém.\n\nDruhý < třetí", "Old & plain", [p.pk for p in practices]],
        )
    migration = importlib.import_module(MIGRATIONS["practices"])
    # The model as the migration sees it: without modeltranslation's descriptors.
    state = MigrationLoader(connection).project_state(("practices", "0004_rich_text_html"))
    historical = state.apps.get_model("practices", "GoodPractice")

    changed = rich_text_columns_convert(
        historical, migration.RICH_TEXT_COLUMNS["GoodPractice"], batch_size=2
    )

    assert changed == 5
    assert set(
        historical.objects.filter(pk__in=[p.pk for p in practices]).values_list(
            "problem_cs", "results"
        )
    ) == {("<p>Problém.</p><p>Druhý &lt; třetí</p>", "<p>Old &amp; plain</p>")}
    untouched_before = rich_text_columns(untouched)
    untouched.refresh_from_db()
    assert rich_text_columns(untouched) == untouched_before
    migration.convert_to_html(state.apps, None)
    assert rich_text_columns_convert(historical, ("problem_cs", "results")) == 0


# Pages, excerpts and search


def test_a_practice_page_shows_the_formatting(client):
    practice = factories.GoodPracticeFactory(
        solution_en='<h3>How</h3><p>With <strong>buses</strong> and <a href="https://example.org/">'
        "a website</a>.</p><ul><li>one</li></ul><blockquote><p>Quote</p></blockquote>"
    )

    html = get_page(client, practice.get_absolute_url())

    assert (
        "<h2>Solution</h2>\n  <h3>How</h3><p>With <strong>buses</strong> and "
        '<a href="https://example.org/">a website</a>.</p><ul><li>one</li></ul>'
        "<blockquote><p>Quote</p></blockquote>\n"
    ) in html


def test_a_row_written_around_the_field_is_sanitised_again_when_shown(client):
    practice = factories.GoodPracticeFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE practices_goodpractice SET solution_en = %s WHERE id = %s",
            ['<p onclick="alert(1)">Shown</p><script>alert(1)</script>', practice.pk],
        )

    html = get_page(client, practice.get_absolute_url())

    assert "<h2>Solution</h2>\n  <p>Shown</p>\n" in html
    assert dangerous_markup(html) == []


def test_excerpts_and_descriptions_of_rich_texts_show_only_words(client):
    theme = factories.ThemeFactory(
        slug="mobility", description_en="<h2>Mobility</h2><p>Buses &amp; <em>trams</em>.</p>"
    )
    programme = factories.ProgrammeFactory(
        description_en="<p>Cross-border <strong>funds</strong></p>"
    )

    themes = get_page(client, reverse("themes:list"))
    theme_page = get_page(client, theme.get_absolute_url())
    programme_page = get_page(client, programme.get_absolute_url())

    assert "<p>Mobility Buses &amp; trams.</p>" in themes
    assert '<meta name="description" content="Mobility Buses &amp; trams.">' in theme_page
    assert '<meta name="description" content="Cross-border funds">' in programme_page


def search_snippet(client, query):
    html = get_page(client, reverse("search") + f"?q={query}")
    return re.findall(r'<p class="snippet" lang="\w+">(.*?)</p>', html)


def test_search_snippets_show_the_words_of_rich_texts_without_markup(client):
    factories.GoodPracticeFactory(
        title="Buses",
        summary_en="Summary.",
        problem_en="<p>Traffic.</p>",
        solution_en=(
            '<h2>Plan</h2><p>Bold <strong>zebra</strong> &amp; <a href="https://example.org/" '
            'title="a &gt; b">stripes</a>&nbsp;here&lt;3</p>'
        ),
        results_en="<ul><li>Fewer cars</li></ul>",
    )

    assert search_snippet(client, "zebra") == [
        "Summary. Traffic. Plan Bold <mark>zebra</mark> &amp; stripes\xa0here&lt;3 Fewer cars"
    ]


@pytest.mark.parametrize("word", ["strong", "href", "title", "example", "https", "amp", "nbsp"])
def test_markup_is_not_searchable(client, word):
    factories.GoodPracticeFactory(
        title="Buses",
        solution_en=(
            '<p><strong>Bold</strong> <a href="https://example.org/strong" title="title">x</a>'
            " &amp; &nbsp;</p>"
        ),
    )

    assert search_snippet(client, word) == []


# The editor in the admin


def test_the_admin_form_has_an_editor_per_language_and_the_import_map_with_the_nonce(
    editor_client,
):
    practice = factories.GoodPracticeFactory(solution_en="<p>Done <strong>well</strong></p>")

    response = editor_client.get(reverse("admin:practices_goodpractice_change", args=[practice.pk]))
    html = response.content.decode()
    editors = [
        dict(attrs)
        for tag, attrs in Elements(html).elements
        if tag == "textarea" and "data-django-prose-editor-configurable" in dict(attrs)
    ]
    importmaps = [attrs for tag, attrs in Elements(html).elements if ("type", "importmap") in attrs]

    assert [editor["name"] for editor in editors] == [
        f"{field}_{language}"
        for field in ("problem", "solution", "results", "resources", "transferability")
        for language in LANGUAGES
    ]
    # modeltranslation's tabs group each field's languages by these classes.
    assert editors[5]["class"] == " mt mt-field-solution-en"
    assert "&lt;p&gt;Done &lt;strong&gt;well&lt;/strong&gt;&lt;/p&gt;</textarea>" in html
    nonce = dict(importmaps[0])["nonce"]
    assert len(importmaps) == 1
    assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
    # The import map comes before the editor's modules, which need it.
    assert html.index('<script type="importmap"') < html.index(
        '<script src="/static/django_prose_editor/configurable.js" type="module"></script>'
    )


# Known vectors through every rich text field, page and search result


@pytest.mark.slow
def test_every_vector_saved_in_every_rich_text_is_harmless_on_every_page(client):
    content = create_content()
    benign = template_elements(client, content)

    # One object of each model, rewritten with each vector in turn (each shown in one language:
    # every language's column holds the same text).
    for number, vector in enumerate(XSS_VECTORS):
        expected = rich_text_html(vector)
        for obj in content:
            set_every_rich_text(obj, vector)
            obj.save()
            obj.refresh_from_db()
            stored = rich_text_columns(obj)
            assert stored == dict.fromkeys(stored, expected), vector

        language = LANGUAGES[number % len(LANGUAGES)]
        with translation.override(language):
            pages = {name: url for obj in content for name, url in public_pages(obj).items()}
            pages["Search"] = search_url()
            shown = {name: get_page(client, url) for name, url in pages.items()}
        for name, html in shown.items():
            assert dangerous_markup(html) == [], (vector, name)
            elements = Elements(html).tagged(TEMPLATE_ONLY_TAGS)
            assert elements == benign[name, language], (vector, name)
            if name not in ("Theme list", "Search"):
                # Shown as stored: template syntax, too, stays text.
                assert expected in html, (vector, name)
        results = shown["Search"]
        assert results.count('<li class="search-result">') == 4, vector
        assert all(set(tags) <= {"mark"} for tags in Elements(results).snippets), vector


class ChangeForm(HTMLParser):
    """The values a browser would submit from the admin's change form."""

    def __init__(self, html, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self._select = self._textarea = None
        self.feed(html)

    def add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or ("name" not in attrs and tag != "option"):
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.add(attrs["name"], attrs.get("value", "on"))
            elif kind not in ("file", "submit", "button", "image", "reset"):
                self.add(attrs["name"], attrs.get("value") or "")
        elif tag == "select":
            self._select = attrs["name"]
            self.data.setdefault(self._select, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.add(self._select, attrs.get("value", ""))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.add(self._textarea, "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data.removeprefix("\n")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


@pytest.mark.slow
@pytest.mark.parametrize("model", ADMIN_MODELS, ids=lambda model: model.__name__)
def test_every_vector_submitted_through_the_admin_is_stored_sanitised(editor_client, model):
    fields, factory, _title_field = RICH_TEXT_MODELS[model]
    obj = factory()
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    form = ChangeForm(get_page(editor_client, url), f"{opts.model_name}_form").data

    for vector in XSS_VECTORS:
        expected = rich_text_html(vector)
        before = rich_text_columns(obj)
        data = form | {
            f"{field}_{language}": [vector] for field in fields for language in LANGUAGES
        }

        response = editor_client.post(url, {**data, "_save": "Save"})

        obj.refresh_from_db()
        if response.status_code == 302:
            stored = rich_text_columns(obj)
            assert stored == dict.fromkeys(stored, expected), vector
        else:
            # Nothing but markup that goes: a required text is now blank, and nothing is saved.
            assert expected == "", vector
            assert list(response.context["adminform"].form.errors) == [
                f"{field}_pl" for field in fields if not model._meta.get_field(field).blank
            ], vector
            assert rich_text_columns(obj) == before, vector
            # The admin draws its icons with inline SVG.
            html = response.content.decode()
            assert dangerous_markup(html, FORBIDDEN_TAGS - {"svg"}) == [], vector
