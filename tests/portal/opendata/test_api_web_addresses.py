"""The API's addresses of other sites are valid URIs, as its schema's `format: uri` says.

Websites and practice links are written with QuerySet.update(), past the forms, with what a
script or raw SQL may leave: spaces, letters outside ASCII, quotes, `javascript:`, nothing.
Every list and object is read through the WSGI application and validated by schemathesis
against the served schema, formats checked; and the values are exactly the expected URIs or null.
"""

import pytest

from practices.models import PracticeLink
from projects.models import Organisation, Programme, Project
from tests.support.api_schema import served_schema
from tests.support.factories import (
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeLinkFactory,
    ProgrammeFactory,
    ProjectFactory,
)
from tests.support.web_addresses import write_outside_the_forms

# What a row holds, and what the API gives for it.
ADDRESSES = {
    "spaces": (" https://example.org/a b ", "https://example.org/a%20b"),
    "letters": (
        "https://żółw.example.pl/ścieżka?q=ř",
        "https://xn--w-uga1v8h.example.pl/%C5%9Bcie%C5%BCka?q=%C5%99",
    ),
    "quotes": ("https://example.org/\"x\"'y'<z>", "https://example.org/%22x%22'y'%3Cz%3E"),
    "script": (" JaVaScRiPt:alert(1)", None),
    "data": ("data:text/html,<b>x</b>", None),
    "broken-percent": ("https://example.org/100%", "https://example.org/100%25"),
    "no-host": ("https://", None),
    "space-in-host": ("https://exa mple.org/", None),
    "mail": ("mailto:office@example.cz", "mailto:office@example.cz"),
    "empty": ("", None),
}
KINDS = {
    "programmes": (Programme, ProgrammeFactory),
    "projects": (Project, ProjectFactory),
    "organisations": (Organisation, OrganisationFactory),
}


@pytest.fixture
def hostile_addresses(db):
    """A programme, a project and an organisation for each address, slugged by its name; a
    practice with a link to each."""
    practice = GoodPracticeFactory(slug="links")
    for name, (stored, _uri) in ADDRESSES.items():
        for kind, (model, factory) in KINDS.items():
            row = factory(slug=f"{name}-{kind}")
            write_outside_the_forms(model.objects.filter(pk=row.pk), website=stored)
        link = PracticeLinkFactory(practice=practice, title=name)
        write_outside_the_forms(PracticeLink.objects.filter(pk=link.pk), url=stored)


def test_every_answer_with_hostile_addresses_conforms_to_the_schema_formats_checked(
    hostile_addresses,
    connection_kept,
):
    schema = served_schema()
    answered = []
    for result in schema.get_all_operations():
        operation = result.ok()
        kind = operation.path.split("/")[3]
        if kind not in KINDS and kind != "practices":
            continue
        if "{slug}" in operation.path:
            slugs = ["links"] if kind == "practices" else [f"{name}-{kind}" for name in ADDRESSES]
            cases = [operation.Case(path_parameters={"slug": slug}) for slug in slugs]
        else:
            cases = [operation.Case(query={"page_size": 100})]
        for case in cases:
            response = case.call_and_validate()
            answered.append((case.formatted_path, response.status_code))
    assert len(answered) == 3 * (1 + len(ADDRESSES)) + 2
    assert {status for _path, status in answered} == {200}


@pytest.mark.parametrize("kind", KINDS)
def test_websites_are_their_uris_or_null(client, hostile_addresses, kind):
    rows = client.get(f"/api/v1/{kind}/?page_size=100").json()["results"]

    # Projects bring programmes of their own; only the rows of this kind's addresses count.
    assert {row["slug"]: row["website"] for row in rows if row["slug"].endswith(kind)} == {
        f"{name}-{kind}": uri for name, (_stored, uri) in ADDRESSES.items()
    }


def test_practice_links_are_their_uris_or_null(client, hostile_addresses):
    links = client.get("/api/v1/practices/links/").json()["links"]

    assert {link["title"]["en"]: link["url"] for link in links} == {
        f"{name} [en]": uri for name, (_stored, uri) in ADDRESSES.items()
    }


def test_the_schema_says_addresses_are_uris_or_null(client):
    components = client.get("/api/v1/schema/").json()["components"]["schemas"]

    address = {"type": "string", "format": "uri", "nullable": True, "readOnly": True}
    assert [
        components[name]["properties"]["website"]
        for name in ("Programme", "Project", "Organisation")
    ] == [address] * 3
    assert components["PracticeLink"]["properties"]["url"] == address
