"""Query plans of every public list, filter, sort and search path: `python -m bench.plans`.

A check for a seeded database (`manage.py seed_scale`, DATABASE_URL pointing at it). Each path is
fetched with Django's test client, its SQL captured as the view ran it, and each query run again
under EXPLAIN (ANALYZE, BUFFERS). Every plan is printed compactly with its time; a sequential scan
of a large table (content that grows with the portal: practices, projects, partners, events,
cities and the tables between them) is flagged, and the check exits with 1 if there is any.
Small tables (countries, themes, programmes, pages, news and the like: tens of rows, whatever
the scale) may be read whole. Times are those of a second run, with the data in memory.
"""

import argparse
import json
import os
import sys
import traceback
from dataclasses import dataclass, field

SMALL_TABLES_NOTE = "countries, themes, programmes, pages, news, users, sessions"
# Queries made by these methods of portal/content/filtering.py build the facets (choices and counts;
# count_everything() counts the results with them, once per combination of filters until content
# changes: see COUNTS_CACHE_SECONDS).
FACET_METHODS = {"__init__", "facets", "grouped_counts", "count_everything"}


@dataclass
class Checked:
    path: str
    queries: int = 0
    milliseconds: float = 0.0
    seq_scans: list[str] = field(default_factory=list)
    facet_seq_scans: list[str] = field(default_factory=list)


def made_for_facets(stack):
    return any(
        frame.filename.endswith(os.path.join("portal", "filtering.py"))
        and frame.name in FACET_METHODS
        for frame in stack
    )


def large_tables():
    """The tables of content that grows with the portal, and the tables that link them."""
    from django.apps import apps

    tables = set()
    for label in (
        "practices.GoodPractice",
        "projects.Project",
        "projects.Organisation",
        "events.Event",
        "portal.City",
    ):
        model = apps.get_model(label)
        tables.add(model._meta.db_table)
        for relation in model._meta.many_to_many:
            tables.add(relation.remote_field.through._meta.db_table)
    return tables


def sample_values():
    """Filter values that select a typical share of each list: the busiest city, and so on."""
    from django.db.models import Count, Exists, OuterRef

    from events.models import Event
    from portal.demo.scale import COMMON_WORD, RARE_WORD
    from portal.models import City, Theme
    from practices.models import GoodPractice
    from projects.models import Organisation, Programme, Project

    with_practices = Exists(GoodPractice.objects.filter(projects=OuterRef("pk")))
    return {
        "common": COMMON_WORD,
        "rare": RARE_WORD,
        "city": City.objects.annotate(n=Count("practices")).order_by("-n").first().slug,
        "city_name": City.objects.annotate(n=Count("practices")).order_by("-n").first().name_cs,
        "theme": Theme.objects.order_by("pk").first().slug,
        "programme": Programme.objects.published().order_by("pk").first().slug,
        "project": Project.objects.published().filter(with_practices).order_by("pk")[0].slug,
        "event_project": Event.objects.published()
        .exclude(project=None)
        .order_by("pk")
        .values_list("project__slug", flat=True)[0],
        "organisation": GoodPractice.objects.published()
        .exclude(organisations=None)
        .order_by("pk")
        .values_list("organisations__slug", flat=True)[0],
        "project_organisation": Organisation.objects.published()
        .exclude(projects=None)
        .order_by("pk")
        .values_list("slug", flat=True)[0],
    }


def paths(values):
    """(name, address) of every public list, filter, sort and search path, in English."""
    from django.urls import reverse
    from django.utils.http import urlencode

    def at(name, **params):
        return reverse(name) + ("?" + urlencode(params) if params else "")

    common, rare = values["common"], values["rare"]
    # A typo of the common word: a letter dropped.
    typo = common[:3] + common[4:]
    lists = {
        "practices": ("practices:list", ["city", "country", "theme", "programme", "project"]),
        "projects": ("projects:list", ["city", "country", "theme", "programme"]),
        "partners": ("partners:list", ["city", "country"]),
        "events": ("events:list", ["city", "country"]),
    }
    filters = {
        "city": values["city"],
        "country": "cz",
        "theme": values["theme"],
        "programme": values["programme"],
        "project": values["project"],
    }
    found = [("home", at("home"))]
    for kind, (url_name, facets) in lists.items():
        found += [
            (f"{kind}", at(url_name)),
            (f"{kind} sort=title", at(url_name, sort="title")),
            (f"{kind} page=50", at(url_name, page=50)),
            (f"{kind} q=common", at(url_name, q=common)),
            (f"{kind} q=rare", at(url_name, q=rare)),
            (f"{kind} q=common sort=title", at(url_name, q=common, sort="title")),
        ]
        found += [(f"{kind} {facet}", at(url_name, **{facet: filters[facet]})) for facet in facets]
    found += [
        ("practices organisation", at("practices:list", organisation=values["organisation"])),
        ("practices year", at("practices:list", year=2015)),
        ("practices city+theme", at("practices:list", city=values["city"], theme=values["theme"])),
        ("projects organisation", at("projects:list", organisation=values["project_organisation"])),
        ("projects period=running", at("projects:list", period="running")),
        ("projects year", at("projects:list", year=2018)),
        ("partners kind", at("partners:list", kind="ngo")),
        ("events kind", at("events:list", kind="study_visit")),
        ("events project", at("events:list", project=values["event_project"])),
        ("events when=upcoming", at("events:list", when="upcoming")),
        ("events when=past", at("events:list", when="past")),
        ("events dates", at("events:list", date_from="2020-01-01", date_to="2020-03-31")),
        ("search common", at("search", q=common)),
        ("search rare", at("search", q=rare)),
        ("search two words", at("search", q=f"{common} {rare}")),
        ("search typo", at("search", q=typo)),
        ("search place", at("search", q=values["city_name"])),
        ("search common page=20", at("search", q=common, page=20)),
    ]
    return found


def plan_lines(node, depth=0):
    """The plan tree as short lines: node, relation, index, rows and time of each."""
    parts = [node["Node Type"]]
    if "Relation Name" in node:
        parts.append(f"on {node['Relation Name']}")
    if "Index Name" in node:
        parts.append(f"using {node['Index Name']}")
    loops = node.get("Actual Loops", 1)
    parts.append(
        f"(rows={node.get('Actual Rows', 0)}"
        + (f" x{loops}" if loops != 1 else "")
        + f", {node.get('Actual Total Time', 0):.1f} ms)"
    )
    yield "  " * depth + " ".join(parts)
    for child in node.get("Plans", []):
        yield from plan_lines(child, depth + 1)


def seq_scans(node):
    if node["Node Type"] == "Seq Scan":
        yield node["Relation Name"]
    for child in node.get("Plans", []):
        yield from seq_scans(child)


def explain(cursor, sql):
    cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {sql}")
    document = cursor.fetchone()[0]
    return (json.loads(document) if isinstance(document, str) else document)[0]


def check(client, name, address, large, verbose):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    facet_queries = set()

    def note_facet_query(execute, sql, params, many, context):
        if made_for_facets(traceback.extract_stack()):
            facet_queries.add(len(connection.queries_log))
        return execute(sql, params, many, context)

    with (
        CaptureQueriesContext(connection) as captured,
        connection.execute_wrapper(note_facet_query),
    ):
        start = len(connection.queries_log)
        response = client.get(address)
    if response.status_code != 200:
        raise SystemExit(f"{name}: {address} answered {response.status_code}")
    checked = Checked(path=name)
    print(f"\n== {name}: {address}")
    with connection.cursor() as cursor:
        for number, query in enumerate(captured.captured_queries, 1):
            sql = query["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH", "(")):
                continue
            result = explain(cursor, sql)
            milliseconds = result["Planning Time"] + result["Execution Time"]
            scanned = sorted({table for table in seq_scans(result["Plan"]) if table in large})
            for_facets = start + number - 1 in facet_queries
            checked.queries += 1
            checked.milliseconds += milliseconds
            if for_facets:
                checked.facet_seq_scans += scanned
            else:
                checked.seq_scans += scanned
            flag = f"  SEQ SCAN: {', '.join(scanned)}" if scanned else ""
            role = " (facets)" if for_facets else ""
            print(f"-- query {number}{role}: {milliseconds:.1f} ms{flag}")
            if verbose or scanned:
                print("   " + sql[:300] + ("…" if len(sql) > 300 else ""))
            for line in plan_lines(result["Plan"]):
                print("   " + line)
    return checked


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="check only the paths whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="print every query's SQL")
    parser.add_argument(
        "--ignore-facets",
        action="store_true",
        help="report, but do not fail on, sequential scans in the facets' queries",
    )
    arguments = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    import django

    django.setup()
    from django.test import Client, override_settings
    from django.utils import translation

    large = large_tables()
    with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["testserver"]):
        translation.activate("en")
        checked = [
            check(Client(), name, address, large, arguments.verbose)
            for name, address in paths(sample_values())
            if not arguments.only or arguments.only in name
        ]

    print(
        "\n" + f"{'path':<34} {'queries':>7} {'ms':>9}  sequential scans of large tables "
        "(page, count, search; facets)"
    )
    for each in checked:
        scans = ", ".join(sorted(set(each.seq_scans))) or "-"
        facet_scans = ", ".join(sorted(set(each.facet_seq_scans))) or "-"
        print(
            f"{each.path:<34} {each.queries:>7} {each.milliseconds:>9.1f}  {scans}; {facet_scans}"
        )
    failed = [
        each
        for each in checked
        if each.seq_scans or (each.facet_seq_scans and not arguments.ignore_facets)
    ]
    print(
        f"\nLarge tables: {', '.join(sorted(large))}.\n"
        f"Small tables, which may be read whole: {SMALL_TABLES_NOTE}."
    )
    if failed:
        print(f"{len(failed)} of {len(checked)} paths scan a large table sequentially.")
        return 1
    print(f"None of {len(checked)} paths scans a large table sequentially.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
