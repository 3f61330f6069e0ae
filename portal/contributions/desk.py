"""What the partner's dashboard lists: each organisation's practices and events with their state,
in a constant number of queries however many there are."""

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.utils.translation import gettext_lazy as _

from events.models import Event
from portal.contributions.models import (
    EDITABLE_STATES,
    Submission,
    SubmissionState,
    SubmissionStep,
)
from practices.models import GoodPractice
from projects.models import Organisation

CHANGE_IN_REVIEW = _("Published, change in review")
CHANGE_REQUESTED = _("Published, changes requested to your proposed change")
CHANGE_DRAFT = _("Published, your proposed change is a draft")


@dataclass
class EntryRow:
    """One practice or event as the partner sees it on the dashboard."""

    kind: str
    entry: object
    status: str
    submission: Submission | None = None
    comment: str = ""
    public_url: str = ""

    @property
    def waits_for_partner(self):
        return self.submission is not None and self.submission.state in EDITABLE_STATES

    @property
    def may_propose_change(self):
        return self.submission is None and self.entry.is_published

    @property
    def may_start_editing(self):
        """A draft the staff started for the organisation, not yet in any submission."""
        return self.submission is None and not self.entry.is_published


@dataclass
class OrganisationDesk:
    organisation: Organisation
    practices: list = field(default_factory=list)
    events: list = field(default_factory=list)


def change_status(submission):
    if submission.state == SubmissionState.DRAFT:
        return CHANGE_DRAFT
    if submission.state == SubmissionState.CHANGES_REQUESTED:
        return CHANGE_REQUESTED
    return CHANGE_IN_REVIEW


def partner_desk(user):
    """The organisations `user` acts for, each with its rows of practices and events."""
    organisations = (
        Organisation.objects.filter(memberships__user=user)
        .order_by("name")
        .prefetch_related(
            Prefetch(
                "practices",
                GoodPractice.objects.originals().order_by("title", "pk"),
                to_attr="member_practices",
            ),
            Prefetch(
                "events",
                Event.objects.originals()
                .annotate(application_count=Count("applications"))
                .order_by("-start_date", "title"),
                to_attr="member_events",
            ),
        )
    )
    submissions = (
        Submission.objects.for_partner(user)
        .exclude(state=SubmissionState.PUBLISHED)
        .select_related("practice", "event")
        .prefetch_related(
            Prefetch(
                "steps",
                SubmissionStep.objects.exclude(comment="").order_by("-at", "-pk"),
                to_attr="commented_steps",
            )
        )
        .order_by("-state_changed_at", "-pk")
    )
    changes = {}
    proposals = {}
    proposed = set()
    for submission in submissions:
        proposal = submission.proposal
        comment = submission.commented_steps[0].comment if submission.commented_steps else ""
        if submission.is_change and submission.is_open:
            changes[(submission.kind, proposal.revision_of_id)] = (submission, comment)
        else:
            row = EntryRow(
                submission.kind,
                proposal,
                submission.get_state_display(),
                submission=submission,
                comment=comment,
            )
            proposals.setdefault(submission.organisation_id, []).append(row)
            proposed.add((submission.kind, proposal.pk))
    desks = []
    for organisation in organisations:
        desk = OrganisationDesk(organisation)
        for kind, entries, rows in (
            ("practice", organisation.member_practices, desk.practices),
            ("event", organisation.member_events, desk.events),
        ):
            rows.extend(row for row in proposals.get(organisation.pk, []) if row.kind == kind)
            for entry in entries:
                if (kind, entry.pk) in proposed:
                    continue
                if not entry.is_published:
                    # A draft the staff started for the organisation.
                    rows.append(EntryRow(kind, entry, entry.get_status_display()))
                    continue
                row = EntryRow(
                    kind,
                    entry,
                    SubmissionState.PUBLISHED.label,
                    public_url=entry.get_absolute_url(),
                )
                if (kind, entry.pk) in changes:
                    row.submission, row.comment = changes[(kind, entry.pk)]
                    row.status = change_status(row.submission)
                rows.append(row)
        desks.append(desk)
    return desks


def waiting_rows(desks):
    """What waits for the partner: drafts and proposals editors returned with changes to make."""
    rows = [row for desk in desks for row in (*desk.practices, *desk.events)]
    return [row for row in rows if row.waits_for_partner]
