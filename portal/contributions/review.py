"""What partners submit, on its way to the public: drafts, review in two steps, publication.

Step one: an editor approves a submission, asks for changes, or declines it. Step two: an editor
publishes it; with REVIEW_FOUR_EYES on, not the one who approved it. Every transition is a
SubmissionStep (who, when, the comment) and an e-mail to the partner in their language; editors
get an e-mail as soon as something is submitted.
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from portal.content.revisions import revision_merge, revision_start
from portal.content.services import publishable_publish
from portal.contributions.completeness import missing_for_submission
from portal.contributions.models import Submission, SubmissionState, SubmissionStep
from portal.mail.services import mail_send_later
from portal.staff.permissions import editor_addresses

log = logging.getLogger(__name__)

State = SubmissionState


class ReviewRefused(Exception):
    """The transition is not possible from where the submission is: the message says why."""


class SubmissionIncomplete(ReviewRefused):
    """The proposal lacks what a submission needs: `missing` lists it."""

    def __init__(self, missing):
        super().__init__(_("Complete the entry before you submit it."))
        self.missing = missing


def submission_of(entry):
    """The open submission that proposes `entry` or a change to it, if there is one."""
    field = submission_field(entry)
    return (
        Submission.objects.open()
        .filter(Q(**{field: entry}) | Q(**{f"{field}__revision_of": entry}))
        .select_related(field)
        .first()
    )


@transaction.atomic
def submission_open(*, entry, organisation, by, language: str) -> Submission:
    """The open submission for `entry` in which `by` proposes changes, opened if there is none.

    A published entry gets a draft copy to change (it stays as the public sees it until the copy
    is published); a draft is changed itself."""
    submission = submission_of(entry)
    if submission is not None:
        return submission
    is_change = entry.is_published
    proposal = revision_start(entry=entry) if is_change else entry
    submission = Submission.objects.create(
        **{submission_field(proposal): proposal},
        organisation=organisation,
        author=by,
        language=language,
        is_change=is_change,
    )
    SubmissionStep.objects.create(submission=submission, state=State.DRAFT, by=by)
    return submission


def submission_field(entry) -> str:
    return "practice" if entry._meta.model_name == "goodpractice" else "event"


def transition(submission, *, to, by, comment="", allowed_from):
    """Move `submission` to `to`, keep the step, and tell its author; refuse from elsewhere."""
    submission = Submission.objects.select_for_update().get(pk=submission.pk)
    if submission.state not in allowed_from:
        raise ReviewRefused(
            _("This submission is %(state)s; it cannot be moved from there to %(target)s.")
            % {"state": submission.get_state_display(), "target": State(to).label}
        )
    submission.state = to
    submission.state_changed_at = timezone.now()
    submission.save(update_fields=["state", "state_changed_at"])
    SubmissionStep.objects.create(submission=submission, state=to, by=by, comment=comment)
    return submission


def comment_required(comment: str) -> str:
    comment = comment.strip()
    if not comment:
        raise ReviewRefused(_("Write a comment for the partner: they see it and act on it."))
    return comment


@transaction.atomic
def submission_submit(*, submission: Submission, by, language: str | None = None) -> Submission:
    """Send the proposal for review once it is complete; editors are told at once."""
    missing = missing_for_submission(submission)
    if missing:
        raise SubmissionIncomplete(missing)
    submission = transition(
        submission,
        to=State.SUBMITTED,
        by=by,
        allowed_from=[State.DRAFT, State.CHANGES_REQUESTED],
    )
    if language:
        submission.language = language
        submission.save(update_fields=["language"])
    author_tell(submission)
    editors_tell(submission)
    return submission


@transaction.atomic
def submission_approve(*, submission: Submission, by, comment: str = "") -> Submission:
    """Step one passed: the submission waits for publication."""
    submission = transition(
        submission,
        to=State.APPROVED,
        by=by,
        comment=comment.strip(),
        allowed_from=[State.SUBMITTED],
    )
    submission.approved_by = by
    submission.save(update_fields=["approved_by"])
    author_tell(submission, comment=comment.strip())
    return submission


@transaction.atomic
def submission_request_changes(*, submission: Submission, by, comment: str) -> Submission:
    """Return the proposal to the partner with what to change."""
    comment = comment_required(comment)
    submission = transition(
        submission,
        to=State.CHANGES_REQUESTED,
        by=by,
        comment=comment,
        allowed_from=[State.SUBMITTED, State.APPROVED],
    )
    submission.approved_by = None
    submission.save(update_fields=["approved_by"])
    author_tell(submission, comment=comment)
    return submission


@transaction.atomic
def submission_decline(*, submission: Submission, by, comment: str) -> Submission:
    """Refuse the proposal for a reason; a published entry stays as it is."""
    comment = comment_required(comment)
    submission = transition(
        submission,
        to=State.DECLINED,
        by=by,
        comment=comment,
        allowed_from=[State.SUBMITTED, State.APPROVED],
    )
    author_tell(submission, comment=comment)
    return submission


def may_publish(submission: Submission, user) -> bool:
    """Whether `user` may take step two: with four eyes on, not the editor of step one."""
    return not (settings.REVIEW_FOUR_EYES and submission.approved_by_id == user.pk)


@transaction.atomic
def submission_publish(*, submission: Submission, by, comment: str = "") -> Submission:
    """Step two: make the proposal public, as a new entry or onto the entry it changes."""
    locked = Submission.objects.select_for_update().get(pk=submission.pk)
    if locked.state == State.APPROVED and not may_publish(locked, by):
        raise ReviewRefused(
            _(
                "Another editor publishes what you approved: four-eyes review is on "
                "(REVIEW_FOUR_EYES)."
            )
        )
    submission = transition(
        locked,
        to=State.PUBLISHED,
        by=by,
        comment=comment.strip(),
        allowed_from=[State.APPROVED],
    )
    proposal = submission.proposal
    field = submission_field(proposal)
    if proposal.revision_of_id:
        # Point at the entry before the copy is merged into it and deleted.
        setattr(submission, field, proposal.revision_of)
        submission.save(update_fields=[field])
        entry = revision_merge(revision=proposal, by=by)
    else:
        publishable_publish(queryset=type(proposal).objects.filter(pk=proposal.pk), by=by)
        entry = proposal
    if hasattr(entry, "reviewed_at"):
        type(entry).objects.filter(pk=entry.pk).update(reviewed_at=timezone.now())
    author_tell(submission, comment=comment.strip())
    return submission


def practice_confirm_current(*, practice, by) -> None:
    """The partner says the published practice is still right: that counts as a review."""
    type(practice).objects.filter(pk=practice.pk).update(reviewed_at=timezone.now())
    log.info("Practice %s confirmed current by user %s.", practice.pk, by.pk)


def site_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def author_tell(submission: Submission, *, comment: str = "") -> None:
    """E-mail the partner who opened the submission about its new state, in their language."""
    author = submission.author
    if author is None or not author.email or not author.is_active:
        return
    with translation.override(submission.language):
        dashboard_url = site_url(reverse("contributions:dashboard"))
        entry = submission.proposal.entry
        public_url = (
            site_url(entry.get_absolute_url()) if submission.state == State.PUBLISHED else ""
        )
        title = str(entry)
    mail_send_later(
        to=[author.email],
        template="mail/submission_state",
        context={
            "submission": submission,
            "state": submission.state,
            "state_label": State(submission.state).label,
            "title": title,
            "comment": comment,
            "dashboard_url": dashboard_url,
            "public_url": public_url,
        },
        language=submission.language,
    )


def editors_tell(submission: Submission) -> None:
    """E-mail the editors that a submission waits for them, with a link to the review."""
    addresses = editor_addresses() or list(settings.ENQUIRY_STAFF_EMAILS)
    language = settings.ENQUIRY_STAFF_LANGUAGE
    with translation.override(language):
        review_url = site_url(submission.get_absolute_url())
        title = str(submission.proposal.entry)
        organisation = submission.organisation.name
    mail_send_later(
        to=addresses,
        template="mail/submission_waiting",
        context={
            "submission": submission,
            "title": title,
            "organisation": organisation,
            "is_change": submission.is_change,
            "review_url": review_url,
        },
        language=language,
    )
