"""Partners' submissions never show on public output before they are published: a new practice or
event in each state of review, and a proposed change to a published one (its copy's texts,
gallery, documents and links), while the published text stays where it was."""

import pytest
from django.urls import reverse
from django.utils import translation

from events.models import Event
from portal.contributions.models import SubmissionState
from portal.contributions.review import (
    submission_approve,
    submission_decline,
    submission_request_changes,
    submission_submit,
)
from portal.models import PublicationStatus
from practices.models import GoodPractice, PracticeImage
from tests.support.contributions import partner_of
from tests.support.crawl import (
    HIDDEN,
    LANGUAGES,
    SHARED_WORD,
    event,
    hidden_texts,
    news_item,
    organisation,
    page,
    practice,
    programme,
    project,
    public_outputs,
    text_of,
)
from tests.support.factories import (
    EditorFactory,
    EventImageFactory,
    OrganisationFactory,
    PracticeDocumentFactory,
    PracticeImageFactory,
    PracticeLinkFactory,
)
from tests.support.submissions import complete_event, complete_practice, opened

pytestmark = pytest.mark.django_db

State = SubmissionState
BEFORE_PUBLICATION = [
    State.DRAFT,
    State.SUBMITTED,
    State.CHANGES_REQUESTED,
    State.APPROVED,
    State.DECLINED,
]
PRACTICE_TEXTS = ("title", "summary", "problem", "solution", "results", "cover_image_alt")
EVENT_TEXTS = ("title", "summary", "agenda", "venue")


def published_content():
    """Published items of every kind, so that every list, feed and download has rows."""
    for make in (practice, project, organisation, programme, event, news_item, page):
        make()


def moved_to(submission, state):
    """The submission taken through review to `state` (not published)."""
    partner, editor = submission.author, EditorFactory(username="ewa")
    if state == State.DRAFT:
        return submission
    submission = submission_submit(submission=submission, by=partner)
    if state == State.CHANGES_REQUESTED:
        return submission_request_changes(submission=submission, by=editor, comment="More.")
    if state == State.APPROVED:
        return submission_approve(submission=submission, by=editor)
    if state == State.DECLINED:
        return submission_decline(submission=submission, by=editor, comment="No.")
    return submission


def leaks(client):
    return sorted(
        address for address, text in public_outputs(client).items() if HIDDEN in text.lower()
    )


def answers(client, entry):
    """The status of the entry's page in each language, and of its API detail."""
    statuses = []
    for language in LANGUAGES:
        with translation.override(language):
            statuses.append(client.get(entry.get_absolute_url()).status_code)
    api_name = "practice" if isinstance(entry, GoodPractice) else "event"
    address = reverse(f"api:{api_name}-detail", kwargs={"slug": entry.slug})
    statuses.append(client.get(address).status_code)
    return statuses


def new_practice():
    return complete_practice(
        status=PublicationStatus.DRAFT,
        slug=f"{HIDDEN}-practice",
        **hidden_texts("practice", *PRACTICE_TEXTS),
    )


def new_event():
    entry = complete_event(status=PublicationStatus.DRAFT, slug=f"{HIDDEN}-event")
    Event.objects.filter(pk=entry.pk).update(**hidden_texts("event", *EVENT_TEXTS))
    return Event.objects.get(pk=entry.pk)


@pytest.fixture
def member():
    partner_organisation = OrganisationFactory(name="Statutární město Ostrava")
    return partner_of(partner_organisation), partner_organisation


@pytest.mark.slow  # reads every public output, in three languages
@pytest.mark.parametrize("state", BEFORE_PUBLICATION)
@pytest.mark.parametrize("make", [new_practice, new_event], ids=["practice", "event"])
def test_a_new_entry_shows_nowhere_in_any_state_before_publication(client, member, make, state):
    published_content()
    partner, partner_organisation = member
    entry = make()
    entry.organisations.add(partner_organisation)
    submission = moved_to(opened(entry, partner, partner_organisation), state)

    assert submission.state == state
    assert leaks(client) == []
    assert answers(client, entry) == [404, 404, 404, 404]


def propose_practice_change(practice_entry, partner, partner_organisation):
    """A change proposed to a published practice: hidden texts, a picture, a document, a link."""
    submission = opened(practice_entry, partner, partner_organisation)
    revision = submission.practice
    GoodPractice.objects.filter(pk=revision.pk).update(**hidden_texts("practice", *PRACTICE_TEXTS))
    PracticeImage.objects.filter(practice=revision).update(
        **hidden_texts("picture", "alt_text", "caption")
    )
    PracticeDocumentFactory(practice=revision, **hidden_texts("document", "title"))
    PracticeLinkFactory(
        practice=revision, url=f"https://{HIDDEN}.example.org/", **hidden_texts("link", "title")
    )
    return submission


def propose_event_change(event_entry, partner, partner_organisation):
    submission = opened(event_entry, partner, partner_organisation)
    revision = submission.event
    Event.objects.filter(pk=revision.pk).update(**hidden_texts("event", *EVENT_TEXTS))
    EventImageFactory(event=revision, **hidden_texts("picture", "alt_text", "caption"))
    return submission


@pytest.mark.slow  # reads every public output, in three languages
@pytest.mark.parametrize("state", BEFORE_PUBLICATION)
@pytest.mark.parametrize("kind", ["practice", "event"])
def test_a_proposed_change_shows_nowhere_and_the_published_text_stays(client, member, kind, state):
    published_content()
    partner, partner_organisation = member
    if kind == "practice":
        entry = complete_practice(title=f"{SHARED_WORD} bikes", slug="shared-bikes")
        PracticeImageFactory(practice=entry, alt_text="Bike station")
        submission = propose_practice_change(entry, partner, partner_organisation)
        revision = submission.practice
    else:
        entry = complete_event(title=f"{SHARED_WORD} visit", slug="shared-visit")
        submission = propose_event_change(entry, partner, partner_organisation)
        revision = submission.event
    entry.organisations.add(partner_organisation)
    submission = moved_to(submission, state)

    assert submission.state == state
    assert leaks(client) == []
    assert answers(client, revision) == [404, 404, 404, 404]
    for language in LANGUAGES:
        with translation.override(language):
            html = text_of(client.get(entry.get_absolute_url()))
        assert getattr(entry, f"title_{language}") in html
    with translation.override("en"):
        search = text_of(client.get(f"{reverse('search')}?q={SHARED_WORD}"))
    assert entry.title_en in search
