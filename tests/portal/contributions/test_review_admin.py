"""The editors' side of review in the admin: the queue, the review page and its decisions."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from portal.contributions.models import Submission, SubmissionState
from portal.contributions.review import (
    submission_approve,
    submission_decline,
    submission_request_changes,
    submission_submit,
)
from portal.models import PublicationStatus
from practices.models import GoodPractice
from tests.support.contributions import partner_of
from tests.support.factories import EditorFactory, OrganisationFactory, UserFactory
from tests.support.submissions import complete_event, complete_practice, opened

pytestmark = pytest.mark.django_db

State = SubmissionState


def queue_url():
    return reverse("admin:contributions_submission_changelist")


def review_url(submission):
    return reverse("admin:contributions_submission_change", args=[submission.pk])


def decide_url(submission):
    return reverse("admin:contributions_submission_decide", args=[submission.pk])


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Město Ostrava")


@pytest.fixture
def partner(organisation):
    return partner_of(organisation)


@pytest.fixture
def ewa():
    return EditorFactory(username="ewa", email="ewa@example.org")


@pytest.fixture
def jan():
    return EditorFactory(username="jan", email="jan@example.org")


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def submitted(entry, partner, organisation):
    submission = opened(entry, partner, organisation)
    return submission_submit(submission=submission, by=partner)


def new_practice(**fields):
    return complete_practice(status=PublicationStatus.DRAFT, **fields)


def waiting_since(submission, days):
    when = timezone.now() - datetime.timedelta(days=days, hours=1)
    Submission.objects.filter(pk=submission.pk).update(state_changed_at=when)


def listed(response):
    return [submission.pk for submission in response.context["cl"].result_list]


def said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# The queue.


@pytest.fixture
def queue(partner, organisation, ewa):
    """A submission in each state, each waiting for a different number of days."""
    draft = opened(new_practice(slug="draft"), partner, organisation)
    old = submitted(new_practice(slug="old"), partner, organisation)
    recent = submitted(new_practice(slug="recent"), partner, organisation)
    approved = submission_approve(
        submission=submitted(new_practice(slug="approved"), partner, organisation), by=ewa
    )
    declined = submission_decline(
        submission=submitted(new_practice(slug="declined"), partner, organisation),
        by=ewa,
        comment="Out of scope.",
    )
    event = submitted(complete_event(status=PublicationStatus.DRAFT), partner, organisation)
    change = submitted(complete_practice(slug="published"), partner, organisation)
    for submission, days in [
        (draft, 30),
        (old, 9),
        (recent, 1),
        (approved, 4),
        (declined, 20),
        (event, 2),
        (change, 0),
    ]:
        waiting_since(submission, days)
    return {
        "draft": draft,
        "old": old,
        "recent": recent,
        "approved": approved,
        "declined": declined,
        "event": event,
        "change": change,
    }


def pks(queue, *names):
    return [queue[name].pk for name in names]


def test_the_queue_shows_what_waits_for_an_editor_the_longest_waiting_first(queue, ewa):
    response = client_of(ewa).get(queue_url())

    assert listed(response) == pks(queue, "old", "approved", "event", "recent", "change")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("queue=all", ["old", "approved", "event", "recent", "change", "draft", "declined"]),
        ("queue=draft", ["draft"]),
        ("queue=declined", ["declined"]),
        ("queue=approved", ["approved"]),
        ("kind=event", ["event"]),
        ("queue=all&kind=practice&is_change__exact=1", ["change"]),
        ("is_change__exact=0", ["old", "approved", "event", "recent"]),
        ("queue=no-such-state", []),
    ],
)
def test_the_queue_filters_by_state_kind_and_change(queue, ewa, query, expected):
    response = client_of(ewa).get(f"{queue_url()}?{query}")

    assert response.status_code == 200
    assert listed(response) == pks(queue, *expected)


def test_the_queue_says_kind_new_or_change_organisation_author_and_how_long_it_waits(queue, ewa):
    html = client_of(ewa).get(f"{queue_url()}?queue=all").content.decode()

    rows = {name: row_of(html, str(queue[name].proposal)) for name in queue}
    assert "for 9 days" in rows["old"]
    assert "for 1 day<" in rows["recent"]
    assert "since today" in rows["change"]
    assert "Change to a published entry" in rows["change"]
    assert "New entry" in rows["old"]
    assert "Event" in rows["event"]
    assert "Good practice" in rows["old"]
    assert "Město Ostrava" in rows["old"]
    assert "partner@example.org" in rows["old"]


def row_of(html, title):
    start = html.index(title)
    return html[html.rindex("<tr", 0, start) : html.index("</tr>", start)]


def test_the_queue_offers_the_waiting_choice_chosen_by_default(queue, ewa):
    response = client_of(ewa).get(queue_url())

    (state_filter,) = [
        spec for spec in response.context["cl"].filter_specs if spec.title == "state"
    ]
    offered = [str(choice["display"]) for choice in state_filter.choices(response.context["cl"])]
    selected = [
        str(choice["display"])
        for choice in state_filter.choices(response.context["cl"])
        if choice["selected"]
    ]
    assert offered[:2] == ["Waiting for an editor", "Draft"]
    assert offered[-1] == "All"
    assert selected == ["Waiting for an editor"]


# The review page.


def test_the_review_page_of_a_change_shows_only_what_changes_marked_and_escaped(
    partner, organisation, ewa
):
    practice = complete_practice(slug="bikes", title_cs="Kola", solution_en="<p>Stations.</p>")
    submission = opened(practice, partner, organisation)
    GoodPractice.objects.filter(pk=submission.practice_id).update(
        title_cs="Kola pro <b>všechny</b>", solution_en="<p>Stations and depots.</p>"
    )
    submission_submit(submission=submission, by=partner)

    html = client_of(ewa).get(review_url(submission)).content.decode()

    table = html[
        html.index('class="review-differences"') : html.index(
            "</table>", html.index('class="review-differences"')
        )
    ]
    assert table.count("<tr>") == 3  # the head and two changes
    assert "Kola<ins> pro &lt;b&gt;všechny&lt;/b&gt;</ins>" in table
    assert "<del>Stations.</del><ins>Stations and depots.</ins>" in table
    assert practice.title_pl not in table
    assert practice.get_absolute_url() in html


def test_the_review_page_of_a_new_entry_shows_the_whole_proposal(partner, organisation, ewa):
    practice = new_practice(title="Bikes")
    submission = submitted(practice, partner, organisation)

    html = client_of(ewa).get(review_url(submission)).content.decode()

    assert "The proposed entry" in html
    for text in ("Bikes [pl]", "Bikes [cs]", "Bikes [en]", "resources [cs]", "Rowery [pl]"):
        assert text in html
    assert reverse("admin:practices_goodpractice_change", args=[practice.pk]) in html


def test_the_review_page_shows_the_history_with_who_when_and_the_comment(
    partner, organisation, ewa
):
    submission = submitted(new_practice(), partner, organisation)
    submission_request_changes(submission=submission, by=ewa, comment="Add the <costs>.")

    response = client_of(ewa).get(review_url(submission))

    assert [(step.state, step.by.username) for step in response.context["steps"]] == [
        (State.DRAFT, "partner@example.org"),
        (State.SUBMITTED, "partner@example.org"),
        (State.CHANGES_REQUESTED, "ewa"),
    ]
    assert "Add the &lt;costs&gt;." in response.content.decode()


def buttons(response):
    return [name for name, _label in response.context["actions"]]


def test_a_submitted_entry_can_be_approved_sent_back_or_declined(partner, organisation, ewa):
    submission = submitted(new_practice(), partner, organisation)

    response = client_of(ewa).get(review_url(submission))

    assert buttons(response) == ["approve", "request_changes", "decline"]
    assert 'value="approve"' in response.content.decode()
    assert 'value="publish"' not in response.content.decode()


def test_the_approver_is_not_offered_publication_with_four_eyes_on_and_sees_why(
    partner, organisation, ewa, jan
):
    submission = submitted(new_practice(), partner, organisation)
    submission_approve(submission=submission, by=ewa)

    own = client_of(ewa).get(review_url(submission))
    other = client_of(jan).get(review_url(submission))

    assert buttons(own) == ["request_changes", "decline"]
    assert "another editor publishes it" in own.content.decode()
    assert buttons(other) == ["publish", "request_changes", "decline"]
    assert "another editor publishes it" not in other.content.decode()


def test_with_four_eyes_off_the_approver_may_publish(partner, organisation, ewa, settings):
    settings.REVIEW_FOUR_EYES = False
    submission = submitted(new_practice(), partner, organisation)
    submission_approve(submission=submission, by=ewa)

    assert buttons(client_of(ewa).get(review_url(submission))) == [
        "publish",
        "request_changes",
        "decline",
    ]


@pytest.mark.parametrize("state", [State.DRAFT, State.DECLINED])
def test_no_decision_is_offered_where_none_is_possible(partner, organisation, ewa, state):
    submission = opened(new_practice(), partner, organisation)
    if state == State.DECLINED:
        submission = submitted(submission.practice, partner, organisation)
        submission_decline(submission=submission, by=ewa, comment="No.")

    response = client_of(ewa).get(review_url(submission))

    assert buttons(response) == []
    assert "<form" not in response.content.decode().split('id="content-main"')[1]


# Decisions.


def test_two_editors_approve_then_publish_and_the_public_sees_the_practice(
    partner, organisation, ewa, jan, client
):
    practice = new_practice(title="Bikes")
    submission = submitted(practice, partner, organisation)

    approved = client_of(ewa).post(decide_url(submission), {"action": "approve", "comment": ""})
    refused = client_of(ewa).post(decide_url(submission), {"action": "publish"})
    submission.refresh_from_db()
    assert submission.state == State.APPROVED
    published = client_of(jan).post(decide_url(submission), {"action": "publish"})

    submission.refresh_from_db()
    assert (approved.status_code, approved.url) == (302, review_url(submission))
    assert said(approved) == ["Approved: it can now be published."]
    assert said(refused) == [
        "Another editor publishes what you approved: four-eyes review is on (REVIEW_FOUR_EYES)."
    ]
    assert said(published) == ["Published: the public sees it now."]
    assert submission.state == State.PUBLISHED
    assert [step.by for step in submission.steps.all()] == [partner, partner, ewa, jan]
    assert "Bikes [en]" in client.get(practice.get_absolute_url()).content.decode()


@pytest.mark.parametrize("action", ["request_changes", "decline"])
def test_asking_for_changes_or_declining_needs_a_comment(partner, organisation, ewa, action):
    submission = submitted(new_practice(), partner, organisation)

    response = client_of(ewa).post(decide_url(submission), {"action": action, "comment": "  "})

    submission.refresh_from_db()
    assert submission.state == State.SUBMITTED
    assert said(response) == ["Write a comment for the partner: they see it and act on it."]


@pytest.mark.parametrize(
    ("action", "state"),
    [("request_changes", State.CHANGES_REQUESTED), ("decline", State.DECLINED)],
)
def test_the_comment_goes_with_the_decision(partner, organisation, ewa, action, state):
    submission = submitted(new_practice(), partner, organisation)

    client_of(ewa).post(decide_url(submission), {"action": action, "comment": "Add costs."})

    submission.refresh_from_db()
    assert submission.state == state
    assert submission.steps.last().comment == "Add costs."


def test_a_decision_the_state_does_not_allow_is_refused_with_a_message(partner, organisation, ewa):
    submission = opened(new_practice(), partner, organisation)

    response = client_of(ewa).post(decide_url(submission), {"action": "approve"})

    submission.refresh_from_db()
    assert submission.state == State.DRAFT
    assert said(response) == [
        "This submission is Draft; it cannot be moved from there to Approved, waiting for "
        "publication."
    ]


@pytest.mark.parametrize(
    "data",
    [{}, {"action": "delete"}, {"action": ["approve", "publish"], "comment": "x" * 5001}],
)
def test_an_odd_post_is_answered_with_a_message_not_an_error(partner, organisation, ewa, data):
    submission = submitted(new_practice(), partner, organisation)

    response = client_of(ewa).post(decide_url(submission), data)

    submission.refresh_from_db()
    assert response.status_code == 302
    assert submission.state == State.SUBMITTED
    assert [message.startswith("Nothing was decided: ") for message in said(response)] == [True]


def test_decisions_are_posted_only(partner, organisation, ewa):
    submission = submitted(new_practice(), partner, organisation)
    client = client_of(ewa)

    assert client.get(decide_url(submission)).status_code == 405
    assert client.post(review_url(submission), {"action": "approve"}).status_code == 405
    submission.refresh_from_db()
    assert submission.state == State.SUBMITTED


def test_decisions_need_the_csrf_token(partner, organisation, ewa):
    submission = submitted(new_practice(), partner, organisation)
    client = Client(enforce_csrf_checks=True)
    client.force_login(ewa)

    response = client.post(decide_url(submission), {"action": "approve"})

    submission.refresh_from_db()
    assert response.status_code == 403
    assert submission.state == State.SUBMITTED


def test_a_missing_submission_is_not_found(ewa):
    client = client_of(ewa)

    assert (
        client.get(reverse("admin:contributions_submission_change", args=[999999])).status_code
        == 404
    )
    assert (
        client.post(reverse("admin:contributions_submission_decide", args=[999999])).status_code
        == 404
    )


def test_staff_without_the_permission_and_partners_cannot_review(partner, organisation):
    submission = submitted(new_practice(), partner, organisation)
    clerk = UserFactory(username="clerk", is_staff=True)

    clerk_answers = [
        client_of(clerk).get(review_url(submission)).status_code,
        client_of(clerk).post(decide_url(submission), {"action": "approve"}).status_code,
        client_of(clerk).get(queue_url()).status_code,
    ]
    partner_answer = client_of(partner).post(decide_url(submission), {"action": "approve"})
    anonymous_answer = Client().post(decide_url(submission), {"action": "approve"})

    submission.refresh_from_db()
    assert clerk_answers == [403, 403, 403]
    assert partner_answer.status_code == 302
    assert partner_answer.url.startswith(reverse("admin:login"))
    assert anonymous_answer.url.startswith(reverse("admin:login"))
    assert submission.state == State.SUBMITTED


def test_a_superuser_reviews_too(partner, organisation, superuser):
    submission = submitted(new_practice(), partner, organisation)

    client_of(superuser).post(decide_url(submission), {"action": "approve"})

    submission.refresh_from_db()
    assert (submission.state, submission.approved_by) == (State.APPROVED, superuser)


def queue_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(queue_url()).status_code == 200
    return len(queries)


def test_the_queue_reads_as_many_rows_in_as_many_queries(partner, organisation, ewa):
    client = client_of(ewa)
    submitted(new_practice(), partner, organisation)
    submitted(complete_event(status=PublicationStatus.DRAFT), partner, organisation)
    few = queue_queries(client)
    for _ in range(4):
        submitted(new_practice(), partner, organisation)
        submitted(complete_event(status=PublicationStatus.DRAFT), partner, organisation)

    assert queue_queries(client) == few


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("pl", ["Zatwierdź (krok pierwszy)", "Poproś o zmiany", "Komentarz dla partnera"]),
        ("cs", ["Schválit (první krok)", "Požádat o změny", "Komentář pro partnera"]),
    ],
)
def test_the_review_page_speaks_the_editors_language(partner, organisation, ewa, language, words):
    submission = submitted(new_practice(), partner, organisation)
    with translation.override(language):
        address = review_url(submission)

    html = client_of(ewa).get(address).content.decode()

    assert [word in html for word in words] == [True, True, True]
