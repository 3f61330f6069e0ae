"""The demo partner: an account acting for one demo organisation, with practices in review.

Run after the demo content is loaded. A rerun gives the account a new password and adds only what
is missing: a practice the demo has created is left as the people trying the demo changed it.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q

from portal.contacts.models import ContactPerson
from portal.contributions.completeness import practice_missing
from portal.contributions.models import Membership, Submission
from portal.contributions.review import (
    submission_open,
    submission_request_changes,
    submission_submit,
)
from portal.demo import images
from portal.demo.data import partner as data
from portal.demo.loader import LANGUAGES, as_stored, demo_file, translated
from portal.models import City, PublicationStatus, Theme
from portal.staff.permissions import EDITORS_GROUP
from practices.models import GoodPractice, PracticeContact
from projects.models import Organisation, Project


@dataclass
class DemoPartner:
    """What the demo partner is: its account, organisation, and what was done this time."""

    user: object
    organisation: Organisation
    created: bool
    done: list[str] = field(default_factory=list)


def demo_editor():
    """The staff member who reviews in the demo; it has no password, nobody logs in as it."""
    user, created = get_user_model().objects.get_or_create(
        username=data.EDITOR,
        defaults={"email": f"{data.EDITOR}@example.org", "is_staff": True},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def practice_create(entry, organisation):
    """A draft practice of `organisation` from the demo data, complete enough to be submitted."""
    slug = entry["slug"]
    cover = entry["cover"]
    values = as_stored(
        GoodPractice,
        translated(
            title=entry["title"],
            summary=entry["summary"],
            problem=entry["problem"],
            solution=entry["solution"],
            results=entry["results"],
            resources=entry["resources"],
            transferability=entry["transferability"],
            cover_image_alt=cover["alt"],
        ),
    )
    practice = GoodPractice(
        slug=slug,
        status=PublicationStatus.DRAFT,
        city=City.objects.get(slug=entry["city"]),
        year_start=entry["year_start"],
        year_end=entry["year_end"],
        cover_image=demo_file(
            f"demo/practices/{slug}-cover.jpg",
            lambda: images.scene(cover["motif"], slug),
        ),
        **values,
    )
    practice.full_clean()
    practice.save()
    practice.organisations.set([organisation])
    practice.projects.set(Project.objects.filter(slug__in=entry["projects"]))
    practice.themes.set(Theme.objects.filter(slug__in=entry["themes"]))
    for position, email in enumerate(entry["contacts"]):
        PracticeContact.objects.create(
            practice=practice, contact=ContactPerson.objects.get(email=email), position=position
        )
    missing = practice_missing(practice)
    if missing:
        raise RuntimeError(f"The demo practice {slug} is incomplete: {missing}")
    return practice


def ever_submitted(practice) -> bool:
    """Whether the practice, or a proposed change to it, has a submission (in any state)."""
    return Submission.objects.filter(
        Q(practice=practice) | Q(practice__revision_of=practice)
    ).exists()


@transaction.atomic
def demo_partner_load(*, password: str) -> DemoPartner:
    """Create the demo partner (or give it `password` again) and its practices in review."""
    organisation = Organisation.objects.get(slug=data.ORGANISATION)
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(
        username=data.USERNAME, defaults={"email": data.USERNAME}
    )
    if user.is_staff or user.is_superuser:
        raise RuntimeError(f"{data.USERNAME} is a staff account: it cannot be the demo partner.")
    user.is_active = True
    user.set_password(password)
    user.save()
    Membership.objects.get_or_create(user=user, organisation=organisation)
    partner = DemoPartner(user=user, organisation=organisation, created=created)
    editor = demo_editor()

    def submission_for(entry):
        return submission_open(
            entry=entry, organisation=organisation, by=user, language=data.LANGUAGE
        )

    in_review = GoodPractice.objects.filter(slug=data.IN_REVIEW["slug"]).first()
    if in_review is None:
        in_review = practice_create(data.IN_REVIEW, organisation)
    if not ever_submitted(in_review):
        submission_submit(submission=submission_for(in_review), by=user)
        partner.done.append(f"submitted for review: {in_review.slug}")

    returned = GoodPractice.objects.filter(slug=data.CHANGES_REQUESTED["slug"]).first()
    if returned is None:
        returned = practice_create(data.CHANGES_REQUESTED, organisation)
    if not ever_submitted(returned):
        submission = submission_submit(submission=submission_for(returned), by=user)
        submission_request_changes(
            submission=submission, by=editor, comment=data.CHANGES_REQUESTED_COMMENT
        )
        partner.done.append(f"changes requested: {returned.slug}")

    published = GoodPractice.objects.published().filter(slug=data.PROPOSED_CHANGE["slug"]).first()
    if published is not None and not ever_submitted(published):
        proposal = submission_for(published).practice
        suffixes = data.PROPOSED_CHANGE["summary_suffix"]
        for language in LANGUAGES:
            name = f"summary_{language}"
            setattr(proposal, name, f"{getattr(proposal, name)} {suffixes[language]}")
        proposal.save(update_fields=[f"summary_{language}" for language in LANGUAGES])
        partner.done.append(f"change proposed (draft): {published.slug}")
    return partner
