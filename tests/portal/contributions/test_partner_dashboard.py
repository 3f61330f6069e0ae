"""The partner's dashboard: each entry's state, the editors' comments, what waits for the
partner, and the links to act; in a constant number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.contributions.models import SubmissionState
from portal.contributions.review import (
    submission_decline,
    submission_open,
    submission_request_changes,
    submission_submit,
)
from portal.db.publishing import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import EditorFactory, GoodPracticeFactory, OrganisationFactory
from tests.support.submissions import complete_practice, opened

pytestmark = pytest.mark.django_db

DASHBOARD = "/en/for-partners/"


@pytest.fixture
def alpha():
    return OrganisationFactory(name="Alpha")


@pytest.fixture
def partner(alpha):
    return partner_of(alpha)


def submitted(practice, partner, alpha):
    submission = opened(practice, partner, alpha)
    return submission_submit(submission=submission, by=partner)


def statuses(response):
    (desk,) = response.context["desks"]
    return {row.entry.title_en: str(row.status) for row in desk.practices}


def test_each_entry_shows_its_state_and_the_editors_comment(client, partner, alpha, mailoutbox):
    editor = EditorFactory()
    draft = opened(GoodPracticeFactory(title="Draft", status="draft"), partner, alpha)
    in_review = submitted(complete_practice(title="In review", status="draft"), partner, alpha)
    returned = submitted(complete_practice(title="Returned", status="draft"), partner, alpha)
    submission_request_changes(submission=returned, by=editor, comment="Add the budget.")
    declined = submitted(complete_practice(title="Declined", status="draft"), partner, alpha)
    submission_decline(submission=declined, by=editor, comment="Not a practice.")
    published = GoodPracticeFactory(title="Published")
    changed = complete_practice(title="Changed")
    for practice in (published, changed):
        practice.organisations.add(alpha)
    submitted(changed, partner, alpha)
    client.force_login(partner)

    response = client.get(DASHBOARD)

    html = response.content.decode()
    assert statuses(response) == {
        "Draft [en]": "Draft",
        "In review [en]": "Submitted for review",
        "Returned [en]": "Changes requested",
        "Declined [en]": "Declined",
        "Published [en]": "Published",
        "Changed [en]": "Published, change in review",
    }
    assert "The editors wrote: Add the budget." in html
    assert "The editors wrote: Not a practice." in html
    assert {row.submission for row in response.context["waiting"]} == {returned, draft}
    assert reverse("contributions:submission-edit", args=[draft.pk]) in html
    assert reverse("contributions:submission-preview", args=[in_review.pk]) in html
    assert f'"{reverse("contributions:submission-edit", args=[in_review.pk])}"' not in html
    assert reverse("contributions:entry-change", args=["practice", published.pk]) in html
    assert reverse("contributions:entry-change", args=["practice", changed.pk]) not in html


def test_a_proposed_change_is_not_listed_as_an_entry_of_its_own(client, partner, alpha):
    published = GoodPracticeFactory(title="Published")
    published.organisations.add(alpha)
    submission_open(entry=published, organisation=alpha, by=partner, language="en")
    client.force_login(partner)

    response = client.get(DASHBOARD)

    assert statuses(response) == {"Published [en]": "Published, your proposed change is a draft"}
    assert response.context["waiting"][0].entry == published


def entries(alpha, partner, numbers):
    for number in numbers:
        practice = GoodPracticeFactory(status=PublicationStatus.DRAFT, slug=f"d-{number}")
        opened(practice, partner, alpha)
        published = GoodPracticeFactory(slug=f"p-{number}")
        published.organisations.add(alpha)


def test_the_dashboard_reads_a_constant_number_of_queries(
    client, partner, alpha, django_assert_num_queries
):
    client.force_login(partner)
    entries(alpha, partner, range(2))
    with CaptureQueriesContext(connection) as few:
        client.get(DASHBOARD)
    entries(alpha, partner, range(2, 7))

    with django_assert_num_queries(len(few.captured_queries)):
        response = client.get(DASHBOARD)

    (desk,) = response.context["desks"]
    assert len(desk.practices) == 14
    assert SubmissionState.DRAFT in {
        row.submission.state for row in desk.practices if row.submission
    }
