"""Known XSS vectors in the query string stay text: no element, no attribute, no script URL.

Each vector goes into every parameter a page reads (and one it does not) on every list, news,
search and a page not found, in all three languages (on the four filtered lists, whose requests
cost most, in one language a vector, taking turns). A real HTML parser reads the page as a
browser's tokenizer would, and the words the page echoes must come back exactly as typed (less
the characters search drops): in the search boxes, the "Nothing matches" text, the active filter,
the filter error messages, the language switcher's and the pagination's links.
"""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from portal.content.filtering import shown_value
from portal.db.search_indexes import search_terms_clean
from tests.support.factories import GoodPracticeFactory, NewsItemFactory
from tests.support.query_strings import COMMON_PARAMETERS, LISTS, parameter_names, query_string
from tests.support.xss_vectors import XSS_VECTORS

pytestmark = pytest.mark.django_db

LANGUAGES = ("pl", "cs", "en")
# Attributes a browser follows as an address, and those that can hold one inside.
URL_ATTRIBUTES = {
    "action",
    "background",
    "cite",
    "data",
    "formaction",
    "href",
    "longdesc",
    "ping",
    "poster",
    "src",
    "srcset",
    "xlink:href",
}
EMBEDDING_ATTRIBUTES = {"style", "srcdoc"}
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


class PageMarkup(HTMLParser):
    """A page as a browser's tokenizer reads it: elements with their attributes, text, scripts."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, [(attribute, value), ...]) in document order
        self.text = []
        self.script_text = []
        self.comments = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_data(self, data):
        (self.script_text if self.cdata_elem else self.text).append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def unknown_decl(self, data):
        self.comments.append(data)

    def tags(self):
        return {tag for tag, _attrs in self.elements}

    def all_text(self):
        return "".join(self.text)

    def values(self, tag, attribute, **having):
        """The `attribute` of each `tag` element whose attributes include `having`."""
        return [
            dict(attrs).get(attribute)
            for name, attrs in self.elements
            if name == tag and all(dict(attrs).get(key) == value for key, value in having.items())
        ]


def runs_script(address):
    """Whether a browser would run `address` as script (it ignores controls and spaces in it)."""
    squeezed = "".join(character for character in address if character > " ").lower()
    return squeezed.startswith(SCRIPT_SCHEMES)


def assert_inert(html, vector, site_tags):
    """The vector made no element, attribute, script or script address on the page."""
    page = PageMarkup(html)
    for tag, attrs in page.elements:
        names = [name for name, _value in attrs]
        assert not [name for name in names if name.startswith("on")], (tag, attrs)
        for name, value in attrs:
            if name in URL_ATTRIBUTES and value:
                assert not runs_script(value), (tag, attrs)
            if name in EMBEDDING_ATTRIBUTES and value:
                assert "script" not in value.lower(), (tag, attrs)
        if tag == "script":
            assert dict(attrs).get("src", "").startswith("/static/"), attrs
        if tag == "meta":
            assert "http-equiv" not in names, attrs
    assert page.script_text == []
    assert [comment for comment in page.comments if "alert" in comment] == []
    for tag, attrs in PageMarkup(vector).elements:
        if tag not in site_tags:
            assert tag not in page.tags(), tag
        elif attrs:
            made = [
                (name, page_attrs)
                for name, page_attrs in page.elements
                if name == tag and set(attrs) <= set(page_attrs)
            ]
            assert made == [], made


def assert_links_keep_the_query(page, request):
    """The language switcher's links carry the query string as sent, value for value."""
    switcher = [
        dict(attrs)["href"]
        for tag, attrs in page.elements
        if tag == "a" and {"hreflang", "lang"} <= dict(attrs).keys()
    ]
    sent = dict(request.GET.lists())
    assert [parse_qs(urlsplit(href).query, keep_blank_values=True) for href in switcher] == [
        sent
    ] * len(LANGUAGES)


def faceted_list_echoes(page, response, cleaned, language):
    """On a list: the text filter's box and active filter, and the filter error messages."""
    assert page.values("input", "value", id="id_q") == [cleaned]
    assert page.values("input", "value", id="site-search-q") == [""]
    text = page.all_text()
    with translation.override(language):
        if cleaned:
            assert f"{gettext('Text')}: {cleaned}" in text
        for error in response.context["filter_errors"]:
            assert error in text
    # Every filter but the text reports the vector, and the city quotes it.
    form = response.context["filter"].form
    assert len(response.context["filter_errors"]) == len(form.fields) - 1
    if language == "en":
        shown = shown_value(response.wsgi_request.GET["city"])
        assert (
            f"City: Select a valid choice. {shown} is not one of the available choices. "
            "The filter was ignored."
        ) in response.context["filter_errors"]


def search_echoes(page, cleaned, language):
    """On search: both search boxes, the title and the "nothing matches" sentence."""
    assert page.values("input", "value", name="q") == [cleaned, cleaned]
    with translation.override(language):
        if cleaned:
            nothing = gettext(
                "Nothing matches “%(query)s”. Check the spelling, or try other or fewer words."
            )
            assert nothing % {"query": cleaned} in page.all_text()
            title = gettext("Search: %(query)s") % {"query": cleaned}
            assert page.values("meta", "content", property="og:title")[0].startswith(title)


@pytest.fixture
def site_tags(client):
    """The elements the portal's own pages use, read from pages without a query string."""
    tags = set()
    for address in ("/en/", reverse("practices:list"), reverse("search"), "/en/nowhere/"):
        tags |= PageMarkup(client.get(address).content.decode()).tags()
    return tags


PAGES = (*LISTS, "news:list", "search", "missing")


def vectors_for(language, page_name):
    """Every vector, or on a list (whose facet counts make a request cost ~0.2 s) every third:
    each vector goes through every list in one of the three languages."""
    if page_name not in LISTS:
        return XSS_VECTORS
    return XSS_VECTORS[LANGUAGES.index(language) :: len(LANGUAGES)]


@pytest.mark.slow
@pytest.mark.parametrize("page_name", PAGES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_xss_vectors_in_every_parameter_stay_text(client, site_tags, language, page_name):
    with translation.override(language):
        address = f"/{language}/nowhere/" if page_name == "missing" else reverse(page_name)
    with translation.override("en"):
        names = COMMON_PARAMETERS if page_name == "missing" else parameter_names(reverse(page_name))
    for vector in vectors_for(language, page_name):
        query = query_string([(name, vector) for name in [*names, "utm_source"]])

        response = client.get(f"{address}?{query}")

        html = response.content.decode()
        page = PageMarkup(html)
        assert response.status_code == (404 if page_name == "missing" else 200), vector
        assert_inert(html, vector, site_tags)
        assert_links_keep_the_query(page, response.wsgi_request)
        cleaned = search_terms_clean(vector).text
        if page_name in LISTS:
            faceted_list_echoes(page, response, cleaned, language)
        elif page_name == "search":
            search_echoes(page, cleaned, language)
        else:  # News and a page not found echo no parameter, in no search box.
            assert set(page.values("input", "value", name="q")) == {""}


@pytest.fixture
def two_pages_of_everything():
    """Two pages of practices, of news, and of search results for "zoo"."""
    GoodPracticeFactory.create_batch(13, title="Zoo")
    NewsItemFactory.create_batch(11)


LINKED_PAGES = (("practices:list", {}), ("news:list", {}), ("search", {"q": "zoo"}))


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_xss_vectors_stay_in_the_links_to_other_pages(
    client, site_tags, two_pages_of_everything, language
):
    """Every vector goes through each kind of paginated page in one of the languages."""
    offset = LANGUAGES.index(language)
    for number, vector in enumerate(XSS_VECTORS):
        url_name, params = LINKED_PAGES[(number + offset) % len(LINKED_PAGES)]
        with translation.override(language):
            address = reverse(url_name)
        pairs = [*params.items(), ("utm_source", vector), ("sort", vector), ("page", vector)]

        response = client.get(f"{address}?{query_string(pairs)}")

        html = response.content.decode()
        page = PageMarkup(html)
        assert response.status_code == 200, vector
        assert_inert(html, vector, site_tags)
        assert_links_keep_the_query(page, response.wsgi_request)
        next_pages = page.values("a", "href", rel="next")
        sent = dict(response.wsgi_request.GET.lists())
        assert [parse_qs(urlsplit(href).query) for href in next_pages] == [
            {**sent, "page": ["2"]}
        ], vector
        assert [urlsplit(href).path for href in next_pages] == [address]
        if url_name != "search":  # The search page names no canonical address (noindex).
            assert page.values("link", "href", rel="canonical") == [f"http://testserver{address}"]


# Vectors that are text to a browser unless a page turns them into markup (decoding them a second
# time, dropping the NUL or folding the wide brackets); the exact echoes checked above show that
# no page does.
TEXT_UNLESS_TRANSFORMED = {
    "%3Cscript%3Ealert(1)%3C/script%3E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<\x00script>alert(1)</script>",
}
RAW_CONTEXTS = ("<p>{}</p>", '<input value="{}">', "<input value='{}'>", '<a href="{}">x</a>')


@pytest.mark.parametrize("vector", sorted(set(XSS_VECTORS) - TEXT_UNLESS_TRANSFORMED))
def test_the_checks_catch_each_vector_left_unescaped(vector):
    caught = []
    for context in RAW_CONTEXTS:
        html = f"<!doctype html><html><body>{context.format(vector)}</body></html>"
        try:
            assert_inert(html, vector, {"html", "body", "p", "input", "a"})
        except AssertionError:
            caught.append(context)

    assert caught
