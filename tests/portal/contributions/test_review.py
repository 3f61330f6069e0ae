"""Review in two steps: submitting, approving, asking for changes, declining, publishing."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.contributions.models import Submission, SubmissionState
from portal.contributions.review import (
    ReviewRefused,
    SubmissionIncomplete,
    practice_confirm_current,
    submission_approve,
    submission_decline,
    submission_publish,
    submission_request_changes,
    submission_submit,
)
from portal.mail.models import OutgoingMessage
from portal.models import PublicationStatus
from practices.models import GoodPractice, PracticeImage
from tests.support.contributions import partner_of
from tests.support.factories import (
    EditorFactory,
    GoodPracticeFactory,
    OrganisationFactory,
    PracticeImageFactory,
)
from tests.support.submissions import complete_event, complete_practice, opened

pytestmark = pytest.mark.django_db

State = SubmissionState


@pytest.fixture
def organisation():
    return OrganisationFactory()


@pytest.fixture
def partner(organisation):
    return partner_of(organisation)


@pytest.fixture
def editors():
    return (
        EditorFactory(username="ewa", email="ewa@example.org"),
        EditorFactory(username="jan", email="jan@example.org"),
    )


def test_a_change_to_a_published_practice_is_made_on_a_draft_copy(partner, organisation):
    practice = complete_practice(slug="rowery-miejskie")
    PracticeImageFactory(practice=practice, alt_text_pl="Stacja [pl]")
    submission = opened(practice, partner, organisation)
    revision = submission.practice
    assert submission.is_change is True
    assert revision.pk != practice.pk
    assert revision.revision_of == practice
    assert revision.status == PublicationStatus.DRAFT
    assert revision.slug.startswith("rowery-miejskie-proposal-")
    assert (revision.title_pl, revision.title_cs, revision.title_en) == (
        practice.title_pl,
        practice.title_cs,
        practice.title_en,
    )
    assert list(revision.themes.all()) == list(practice.themes.all())
    assert [image.alt_text_pl for image in revision.images.all()] == ["Stacja [pl]"]
    assert revision.contact_listings.get().contact == practice.contact_listings.get().contact
    assert practice.images.count() == 1
    assert opened(practice, partner, organisation) == submission


def test_a_proposal_can_never_be_published_on_its_own(partner, organisation):
    practice = complete_practice()
    revision = opened(practice, partner, organisation).practice
    with pytest.raises(IntegrityError), transaction.atomic():
        GoodPractice.objects.filter(pk=revision.pk).update(status=PublicationStatus.PUBLISHED)
    assert list(GoodPractice.objects.published()) == [practice]
    assert list(GoodPractice.objects.originals()) == [practice]


def test_a_draft_is_proposed_as_it_is(partner, organisation):
    practice = complete_practice(status=PublicationStatus.DRAFT)
    submission = opened(practice, partner, organisation)
    assert (submission.practice, submission.is_change) == (practice, False)


def test_an_incomplete_practice_is_not_submitted_and_the_list_says_what_to_do(
    partner, organisation
):
    practice = GoodPracticeFactory(
        status=PublicationStatus.DRAFT,
        resources_cs="<p>Dva lidé.</p>",
        results_pl=None,
        results_cs="",
        results_en="<p></p>",
    )
    submission = opened(practice, partner, organisation)
    with pytest.raises(SubmissionIncomplete) as refused:
        submission_submit(submission=submission, by=partner)
    assert [missing.field for missing in refused.value.missing] == [
        "results",
        "transferability",
        "contacts",
        "cover_image",
        "themes",
    ]
    submission.refresh_from_db()
    assert submission.state == State.DRAFT


def test_a_picture_without_alternative_text_is_incomplete(partner, organisation):
    practice = complete_practice(
        status=PublicationStatus.DRAFT,
        cover_image_alt_pl="",
        cover_image_alt_cs="",
        cover_image_alt_en=None,
    )
    submission = opened(practice, partner, organisation)
    with pytest.raises(SubmissionIncomplete) as refused:
        submission_submit(submission=submission, by=partner)
    assert [missing.field for missing in refused.value.missing] == ["cover_image_alt"]


def test_a_change_goes_public_only_when_a_second_editor_publishes_it(
    partner, organisation, editors
):
    first, second = editors
    practice = complete_practice(title_cs="Městská kola", results_cs="<p>Staré výsledky</p>")
    first_published = practice.published_at
    submission = opened(practice, partner, organisation, language="cs")
    revision = submission.practice
    revision.results_cs = "<p>Nové výsledky</p>"
    revision.save()
    PracticeImageFactory(practice=revision, alt_text_cs="Nová stanice")

    submission_submit(submission=submission, by=partner)
    submission_approve(submission=submission, by=first)
    with pytest.raises(ReviewRefused):
        submission_publish(submission=submission, by=first)
    practice.refresh_from_db()
    assert practice.results_cs == "<p>Staré výsledky</p>"

    submission_publish(submission=submission, by=second, comment="Díky")
    practice.refresh_from_db()
    submission.refresh_from_db()
    assert practice.results_cs == "<p>Nové výsledky</p>"
    assert practice.published_at == first_published
    assert practice.status == PublicationStatus.PUBLISHED
    assert list(practice.images.values_list("alt_text_cs", flat=True)) == ["Nová stanice"]
    assert not GoodPractice.objects.filter(pk=revision.pk).exists()
    assert PracticeImage.objects.count() == 1
    assert (submission.practice, submission.state) == (practice, State.PUBLISHED)
    assert practice.reviewed_at > timezone.now() - datetime.timedelta(minutes=1)
    assert [(step.state, step.by, step.comment) for step in submission.steps.all()] == [
        (State.DRAFT, partner, ""),
        (State.SUBMITTED, partner, ""),
        (State.APPROVED, first, ""),
        (State.PUBLISHED, second, "Díky"),
    ]


def test_the_partner_gets_an_email_at_each_transition_in_their_language(
    partner, organisation, editors
):
    first, second = editors
    submission = opened(
        complete_practice(status=PublicationStatus.DRAFT, title_cs="Kola"),
        partner,
        organisation,
        language="cs",
    )
    submission_submit(submission=submission, by=partner)
    submission_request_changes(submission=submission, by=first, comment="Doplňte čísla.")
    submission_submit(submission=submission, by=partner)
    submission_approve(submission=submission, by=first)
    submission_publish(submission=submission, by=second)
    to_partner = OutgoingMessage.objects.filter(to=[partner.email]).order_by("pk")
    assert [message.language for message in to_partner] == ["cs"] * 5
    assert [message.subject for message in to_partner] == [
        "„Kola“: Odesláno ke kontrole",
        "„Kola“: Požadovány změny",
        "„Kola“: Odesláno ke kontrole",
        "„Kola“: Schváleno, čeká na zveřejnění",
        "„Kola“: Zveřejněno",
    ]
    assert "Doplňte čísla." in to_partner[1].text


def test_editors_are_told_when_something_is_submitted(partner, organisation, editors):
    submission = opened(complete_event(status=PublicationStatus.DRAFT), partner, organisation)
    submission_submit(submission=submission, by=partner)
    to_editors = OutgoingMessage.objects.get(to=["ewa@example.org", "jan@example.org"])
    assert f"/admin/contributions/submission/{submission.pk}/change/" in to_editors.text


def test_with_four_eyes_off_one_editor_may_take_both_steps(
    partner, organisation, editors, settings
):
    settings.REVIEW_FOUR_EYES = False
    editor, _second = editors
    practice = complete_practice(status=PublicationStatus.DRAFT)
    submission = opened(practice, partner, organisation)
    submission_submit(submission=submission, by=partner)
    submission_approve(submission=submission, by=editor)
    submission_publish(submission=submission, by=editor)
    practice.refresh_from_db()
    assert practice.status == PublicationStatus.PUBLISHED


def test_asking_for_changes_or_declining_needs_a_comment(partner, organisation, editors):
    submission = opened(complete_practice(status=PublicationStatus.DRAFT), partner, organisation)
    submission_submit(submission=submission, by=partner)
    for refuse in (submission_request_changes, submission_decline):
        with pytest.raises(ReviewRefused):
            refuse(submission=submission, by=editors[0], comment="  ")
    submission.refresh_from_db()
    assert submission.state == State.SUBMITTED


def test_a_declined_change_leaves_the_published_practice_and_frees_it_for_another(
    partner, organisation, editors
):
    practice = complete_practice(results_en="<p>Old</p>")
    submission = opened(practice, partner, organisation)
    submission.practice.results_en = "<p>New</p>"
    submission.practice.save()
    submission_submit(submission=submission, by=partner)
    submission_decline(submission=submission, by=editors[0], comment="Not ours to say.")
    practice.refresh_from_db()
    assert practice.results_en == "<p>Old</p>"
    assert Submission.objects.get(pk=submission.pk).state == State.DECLINED
    assert opened(practice, partner, organisation).pk != submission.pk


def test_a_draft_cannot_be_approved_or_published(partner, organisation, editors):
    submission = opened(complete_practice(status=PublicationStatus.DRAFT), partner, organisation)
    with pytest.raises(ReviewRefused):
        submission_approve(submission=submission, by=editors[0])
    with pytest.raises(ReviewRefused):
        submission_publish(submission=submission, by=editors[0])


def test_confirming_a_practice_counts_as_a_review(partner):
    practice = complete_practice()
    GoodPractice.objects.filter(pk=practice.pk).update(
        reviewed_at=timezone.now() - datetime.timedelta(days=800)
    )
    assert list(GoodPractice.objects.stale()) == [practice]
    practice_confirm_current(practice=practice, by=partner)
    assert list(GoodPractice.objects.stale()) == []
