"""The migrations that add the slug and web-address constraints first repair the rows that
would stop them, printing a line for each, so that an existing database upgrades."""

import pytest
from django.apps import apps
from django.db import connection

from portal.db.address_repairs import repair_addresses
from practices.models import GoodPractice, PracticeLink
from projects.models import Organisation
from tests.support.factories import (
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeLinkFactory,
)

pytestmark = pytest.mark.django_db


def without_constraints(*models):
    """The models' tables without their check constraints, as a database before the migration."""
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for model in models:
            for constraint in model._meta.constraints:
                table = model._meta.db_table
                cursor.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{constraint.name}"')


def write(row, **values):
    type(row)._base_manager.filter(pk=row.pk).update(**values)


def test_bad_slugs_and_web_addresses_are_repaired_each_with_a_line_then_the_constraints_hold(
    capsys,
):
    without_constraints(GoodPractice, Organisation, PracticeLink)
    GoodPracticeFactory(slug="taken")
    spaced, empty, accented, clashing = GoodPracticeFactory.create_batch(4)
    write(spaced, slug="bad slug/x")
    write(empty, slug="")
    write(accented, slug="zażółć")
    write(clashing, slug="Taken!")
    script, fine = OrganisationFactory.create_batch(2)
    write(script, website="javascript:alert(1)")
    write(fine, website="https://example.org/")
    kept, dropped = PracticeLinkFactory.create_batch(2, url="https://example.org/")
    write(dropped, url="https://example.org/a b")

    repair_addresses("practices.GoodPractice", "practices.PracticeLink", "projects.Organisation")(
        apps, None
    )

    slugs = dict(GoodPractice.objects.values_list("pk", "slug"))
    assert [slugs[row.pk] for row in (spaced, empty, accented, clashing)] == [
        "bad-slugx",
        f"goodpractice-{empty.pk}",
        "zazoc",
        f"taken-{clashing.pk}",
    ]
    assert list(Organisation.objects.order_by("pk").values_list("website", flat=True)) == [
        "",
        "https://example.org/",
    ]
    assert list(PracticeLink.objects.values_list("pk", flat=True)) == [kept.pk]
    assert capsys.readouterr().out.splitlines()[1:] == [
        f"  practices.GoodPractice {spaced.pk}: slug 'bad slug/x' has no address, now 'bad-slugx'.",
        f"  practices.GoodPractice {empty.pk}: slug '' has no address, "
        f"now 'goodpractice-{empty.pk}'.",
        f"  practices.GoodPractice {accented.pk}: slug 'zażółć' has no address, now 'zazoc'.",
        f"  practices.GoodPractice {clashing.pk}: slug 'Taken!' has no address, "
        f"now 'taken-{clashing.pk}'.",
        f"  practices.PracticeLink {dropped.pk}: url 'https://example.org/a b' is no web address, "
        "deleted.",
        f"  projects.Organisation {script.pk}: website 'javascript:alert(1)' is no web address, "
        "emptied.",
    ]
    with connection.schema_editor() as editor:
        for model in (GoodPractice, Organisation, PracticeLink):
            for constraint in model._meta.constraints:
                editor.add_constraint(model, constraint)
