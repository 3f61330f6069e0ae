"""Addresses of other sites link only when they are http, https or mailto.

Rows are written with QuerySet.update(), as a script or raw SQL would, past the forms: a
`javascript:` (or `data:`, `vbscript:`) address, however it is spelled, is shown as text on the
public pages and never becomes a link; rich text keeps no such link either.
"""

from html import escape
from html.parser import HTMLParser

import pytest

from portal.db.rich_text import rich_text_html
from portal.db.web_addresses import web_address
from practices.models import GoodPractice, PracticeLink
from projects.models import Organisation, Programme, Project
from tests.support.factories import (
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from tests.support.web_addresses import (
    SCRIPT_ADDRESSES,
    SCRIPT_SCHEMES,
    browser_reads,
    write_outside_the_forms,
)


class Links(HTMLParser):
    """The href and src of every element of a page."""

    def __init__(self, html):
        super().__init__()
        self.addresses = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.addresses += [value for name, value in attrs if name in ("href", "src") and value]


def script_links(html):
    """The page's addresses that a browser would run as a script or show as a document."""
    addresses = Links(html).addresses
    return [href for href in addresses if browser_reads(href).startswith(SCRIPT_SCHEMES)]


def website_pages():
    """A published programme, project and organisation, each with a website, and their pages."""
    programme = ProgrammeFactory(website="https://example.org/")
    project = ProjectFactory(programme=programme, website="https://example.org/")
    organisation = OrganisationFactory(website="https://example.org/")
    return [
        (Programme.objects.filter(pk=programme.pk), programme.get_absolute_url()),
        (Project.objects.filter(pk=project.pk), project.get_absolute_url()),
        (Organisation.objects.filter(pk=organisation.pk), organisation.get_absolute_url()),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("address", SCRIPT_ADDRESSES)
def test_a_website_that_is_a_script_is_shown_as_text_not_a_link(client, address):
    for rows, path in website_pages():
        write_outside_the_forms(rows, website=address)

        html = client.get(path).content.decode()

        assert script_links(html) == []
        assert f"<dd>{escape(address)}</dd>" in html


@pytest.mark.django_db
@pytest.mark.parametrize("address", SCRIPT_ADDRESSES)
def test_a_practice_link_that_is_a_script_shows_its_title_alone(client, address):
    link = PracticeLinkFactory(title="Town hall report")
    write_outside_the_forms(PracticeLink.objects.filter(pk=link.pk), url=address)

    html = client.get(link.practice.get_absolute_url()).content.decode()

    assert script_links(html) == []
    assert "<li>Town hall report [en]</li>" in html


@pytest.mark.django_db
def test_websites_of_http_https_and_mailto_are_links_to_their_uri(client):
    for (rows, path), address, href in zip(
        website_pages(),
        ["https://żółw.example.pl/a b?q=ż", "mailto:office@example.cz", " HTTP://Example.org/x "],
        [
            "https://xn--w-uga1v8h.example.pl/a%20b?q=%C5%BC",
            "mailto:office@example.cz",
            "http://example.org/x",
        ],
        strict=True,
    ):
        write_outside_the_forms(rows, website=address)

        html = client.get(path).content.decode()

        assert f'<a href="{href}" rel="noopener">{escape(address)}</a>' in html


@pytest.mark.django_db
def test_a_practice_link_to_a_site_keeps_its_title_as_the_links_text(client):
    link = PracticeLinkFactory(title="Report", url="https://example.org/report")

    html = client.get(link.practice.get_absolute_url()).content.decode()

    assert '<li><a href="https://example.org/report" rel="noopener">Report [en]</a></li>' in html


@pytest.mark.django_db
@pytest.mark.parametrize("address", SCRIPT_ADDRESSES)
def test_rich_text_written_outside_the_editor_keeps_no_script_link(client, address):
    practice = GoodPracticeFactory()
    hostile = f'<p>See <a href="{address}">the plan</a>.</p>'
    write_outside_the_forms(GoodPractice.objects.filter(pk=practice.pk), solution_en=hostile)

    html = client.get(practice.get_absolute_url()).content.decode()

    assert script_links(html) == []
    assert "<p>See <a>the plan</a>.</p>" in html


@pytest.mark.parametrize("address", SCRIPT_ADDRESSES)
def test_the_sanitiser_drops_links_of_other_schemes_however_spelled(address):
    assert rich_text_html(f'<p><a href="{address}">x</a></p>') == "<p><a>x</a></p>"
    assert web_address(address) is None


@pytest.mark.parametrize(
    ("address", "uri"),
    [
        ("https://example.org/", "https://example.org/"),
        ("HTTPS://Example.ORG/Path", "https://example.org/Path"),
        ("\x01 https://example.org/\t\n", "https://example.org/"),
        ('https://example.org/"quoted" <tag>', "https://example.org/%22quoted%22%20%3Ctag%3E"),
        ("https://example.org/a%zz%20b", "https://example.org/a%25zz%20b"),
        ("https://example.org/[1]#a#b", "https://example.org/%5B1%5D#a%23b"),
        ("http://[::1]:8000/", "http://[::1]:8000/"),
        ("https://user:pa ss@example.org/", "https://user:pa%20ss@example.org/"),
        ("mailto:office@example.cz", "mailto:office@example.cz"),
        ("", None),
        (None, None),
        ("/en/good-practices/", None),
        ("//example.org/", None),
        ("example.org", None),
        ("ftp://example.org/", None),
        ("http:///path", None),
        ("http://exa mple.org/", None),
        ("http://example.org:99999/", None),
        ("http://[::1/", None),
        ("mailto:", None),
    ],
)
def test_web_address_is_a_uri_of_http_https_or_mailto_or_none(address, uri):
    assert web_address(address) == uri
