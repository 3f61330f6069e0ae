"""A draft the staff started for a partner's organisation: the dashboard offers to edit it, and
editing opens a submission on the draft itself."""

import pytest
from django.urls import reverse

from portal.contributions.models import Submission, SubmissionState
from portal.db.publishing import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import EventFactory, GoodPracticeFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpha():
    return OrganisationFactory(name="Alpha")


@pytest.fixture
def partner(alpha):
    return partner_of(alpha)


@pytest.mark.parametrize(
    ("factory", "kind"), [(GoodPracticeFactory, "practice"), (EventFactory, "event")]
)
def test_the_dashboard_offers_to_edit_a_draft_the_staff_started(
    client, alpha, partner, factory, kind
):
    draft = factory(title="Staff draft", status=PublicationStatus.DRAFT)
    draft.organisations.add(alpha)
    client.force_login(partner)

    html = client.get(reverse("contributions:dashboard")).content.decode()

    action = reverse("contributions:entry-change", args=[kind, draft.pk])
    assert html.count(f'<form method="post" action="{action}" class="inline-form">') == 1
    assert 'Edit<span class="visually-hidden"> “Staff draft [en]”</span></button>' in html


def test_editing_a_staff_draft_opens_a_submission_on_the_draft_itself(client, alpha, partner):
    draft = GoodPracticeFactory(title="Staff draft", status=PublicationStatus.DRAFT)
    draft.organisations.add(alpha)
    client.force_login(partner)

    response = client.post(reverse("contributions:entry-change", args=["practice", draft.pk]))

    submission = Submission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("contributions:submission-edit", args=[submission.pk])
    assert (submission.practice, submission.is_change, submission.state) == (
        draft,
        False,
        SubmissionState.DRAFT,
    )
    assert (submission.organisation, submission.author) == (alpha, partner)
    edit = client.get(response["Location"])
    assert edit.status_code == 200
    dashboard = client.get(reverse("contributions:dashboard")).content.decode()
    assert reverse("contributions:submission-edit", args=[submission.pk]) in dashboard


def test_a_draft_of_another_organisation_stays_out_of_reach(client, partner):
    draft = GoodPracticeFactory(title="Beta draft", status=PublicationStatus.DRAFT)
    draft.organisations.add(OrganisationFactory(name="Beta"))
    client.force_login(partner)

    response = client.post(reverse("contributions:entry-change", args=["practice", draft.pk]))

    assert response.status_code == 404
    assert Submission.objects.count() == 0
