"""Applications are erased, with their e-mails, ENQUIRY_RETENTION_DAYS after their event ended."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.applications import applicant_tell
from events.models import Application
from portal.mail.models import OutgoingMessage
from tests.support.factories import ApplicationFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_applications_to_events_over_for_longer_than_the_retention_go_with_their_mails(
    settings, capsys
):
    settings.ENQUIRY_RETENTION_DAYS = 30
    today = timezone.localdate()
    old = EventFactory(
        end_date=today - datetime.timedelta(days=31), start_date=today - datetime.timedelta(days=33)
    )
    recent = EventFactory(
        end_date=today - datetime.timedelta(days=29), start_date=today - datetime.timedelta(days=30)
    )
    gone = ApplicationFactory(event=old, state="declined")
    applicant_tell(gone, site_url="https://portal.example.org/")
    kept = ApplicationFactory(event=recent)

    call_command("erase_old_applications")

    assert list(Application.objects.all()) == [kept]
    assert OutgoingMessage.objects.count() == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Applications erased: 1; e-mails that carried them, erased: 1."
    )
