"""Running and finished projects: one rule, on the QuerySet, that the list's filter and the API
share. A project runs from its first day to the end of its last."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from projects.models import Project
from tests.support.factories import ProjectFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


@pytest.fixture
def projects():
    today = timezone.localdate()
    return {
        slug: ProjectFactory(slug=slug, start_date=start, end_date=end)
        for slug, start, end in [
            ("ended-yesterday", today - 400 * DAY, today - DAY),
            ("ends-today", today - 400 * DAY, today),
            ("started-today", today, today + 400 * DAY),
            ("starts-tomorrow", today + DAY, today + 400 * DAY),
            ("only-today", today, today),
        ]
    }


def slugs(queryset):
    return sorted(queryset.values_list("slug", flat=True))


def test_a_project_runs_from_its_first_day_to_its_last(projects):
    assert slugs(Project.objects.running()) == ["ends-today", "only-today", "started-today"]


def test_a_project_is_finished_from_the_day_after_its_last(projects):
    assert slugs(Project.objects.finished()) == ["ended-yesterday"]


def test_a_project_not_started_yet_is_neither_running_nor_finished(projects):
    assert "starts-tomorrow" not in slugs(Project.objects.running()) + slugs(
        Project.objects.finished()
    )


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("running", ["ends-today", "only-today", "started-today"]),
        ("finished", ["ended-yesterday"]),
    ],
)
def test_the_list_and_the_api_filter_by_the_same_rule(client, projects, period, expected):
    page = client.get(reverse("projects:list"), {"period": period})
    api = client.get("/api/v1/projects/", {"period": period})

    assert sorted(project.slug for project in page.context["projects"]) == expected
    assert sorted(project["slug"] for project in api.json()["results"]) == expected
