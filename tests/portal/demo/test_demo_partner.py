"""The demo partner of `make run`: an account of the city of Olomouc with a practice in review, one
with changes requested and a proposed change to a published practice; a rerun adds nothing."""

from io import StringIO

import pytest
from django.contrib.auth import authenticate
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import RequestFactory

from portal.contributions.completeness import practice_missing
from portal.contributions.models import Membership, Submission, SubmissionState
from portal.demo.data import partner as data
from portal.models import PublicationStatus
from practices.models import GoodPractice

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

USERNAME = "partner.olomouc@example.org"


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(autouse=True)
def demo(settings, demo_media):
    settings.MEDIA_ROOT = demo_media
    settings.DEBUG = True
    call_command("load_demo", verbosity=0)


def demo_partner():
    output = StringIO()
    call_command("demo_partner", stdout=output)
    return output.getvalue()


def password_in(output):
    return output.split("password: ")[1].split("\n")[0]


def can_log_in(password):
    request = RequestFactory().post("/en/for-partners/log-in/")
    return authenticate(request, username=USERNAME, password=password) is not None


def test_the_command_prints_a_working_password_of_a_partner_of_olomouc():
    output = demo_partner()

    password = password_in(output)
    lines = output.splitlines()
    assert lines[0] == "Created the demo partner (Statutory City of Olomouc)."
    assert lines[1:4] == [
        f"  user:     {USERNAME}",
        f"  password: {password}",
        "  log in:   /en/for-partners/log-in/",
    ]
    assert lines[4:] == [
        "  submitted for review: olomouc-opole-city-hall-internships",
        "  changes requested: olomouc-opole-neighbour-country-contest",
        "  change proposed (draft): semafor-traffic-education-centre",
    ]
    assert can_log_in(password)
    user = User.objects.get(username=USERNAME)
    assert (user.email, user.is_staff, user.is_superuser, user.is_active) == (
        USERNAME,
        False,
        False,
        True,
    )
    assert list(
        Membership.objects.filter(user=user).values_list("organisation__slug", flat=True)
    ) == ["statutarni-mesto-olomouc"]


def test_the_practices_are_complete_written_in_three_languages_and_in_review():
    demo_partner()

    submissions = {
        submission.practice.slug.split("-proposal-")[0]: submission
        for submission in Submission.objects.select_related("practice", "organisation")
    }
    in_review = submissions["olomouc-opole-city-hall-internships"]
    returned = submissions["olomouc-opole-neighbour-country-contest"]
    change = submissions["semafor-traffic-education-centre"]
    assert [
        (s.state, s.is_change, s.language, s.author.username, s.organisation.slug)
        for s in (in_review, returned, change)
    ] == [
        (SubmissionState.SUBMITTED, False, "cs", USERNAME, "statutarni-mesto-olomouc"),
        (SubmissionState.CHANGES_REQUESTED, False, "cs", USERNAME, "statutarni-mesto-olomouc"),
        (SubmissionState.DRAFT, True, "cs", USERNAME, "statutarni-mesto-olomouc"),
    ]
    (last_step,) = returned.steps.filter(state=SubmissionState.CHANGES_REQUESTED)
    assert (last_step.by.username, last_step.by.is_staff, last_step.comment) == (
        "demo-editor",
        True,
        data.CHANGES_REQUESTED_COMMENT,
    )
    assert not last_step.by.has_usable_password()
    for submission in (in_review, returned, change):
        practice = submission.practice
        assert practice_missing(practice) == []
        assert practice.status == PublicationStatus.DRAFT
        for field in ("title", "summary", "problem", "solution", "results"):
            assert all(getattr(practice, f"{field}_{code}") for code in ("pl", "cs", "en"))


def test_the_public_sees_none_of_it(client):
    demo_partner()

    semafor = GoodPractice.objects.get(slug="semafor-traffic-education-centre")
    proposal = Submission.objects.get(is_change=True).practice
    assert proposal.revision_of == semafor
    assert proposal.summary_en.endswith(
        "Groups from the Opole agglomeration are welcome: ask the contact person about a visit."
    )
    assert "Groups from the Opole agglomeration" not in semafor.summary_en
    page = client.get(semafor.get_absolute_url())
    assert page.status_code == 200
    assert "Groups from the Opole agglomeration" not in page.content.decode()
    for slug in ("olomouc-opole-city-hall-internships", "olomouc-opole-neighbour-country-contest"):
        practice = GoodPractice.objects.get(slug=slug)
        assert client.get(practice.get_absolute_url()).status_code == 404
        assert not GoodPractice.objects.published().filter(pk=practice.pk).exists()


def test_a_rerun_of_make_run_gives_a_new_password_and_adds_nothing():
    first = demo_partner()
    rows = (User.objects.count(), GoodPractice.objects.count(), Submission.objects.count())
    steps = list(Submission.objects.values_list("pk", "state", "steps__state").order_by("pk"))

    demo_content = StringIO()
    call_command("load_demo", stdout=demo_content)
    again = demo_partner()

    assert (
        again.splitlines()[0]
        == "Reset the password of the demo partner (Statutory City of Olomouc)."
    )
    assert len(again.splitlines()) == 4
    assert (User.objects.count(), GoodPractice.objects.count(), Submission.objects.count()) == rows
    assert (
        list(Submission.objects.values_list("pk", "state", "steps__state").order_by("pk")) == steps
    )
    assert "Demo content was already up to date." in demo_content.getvalue()
    assert can_log_in(password_in(again))
    assert not can_log_in(password_in(first))


def test_the_command_refuses_to_run_without_debug(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="for local development only"):
        call_command("demo_partner")

    assert not User.objects.filter(username=USERNAME).exists()
