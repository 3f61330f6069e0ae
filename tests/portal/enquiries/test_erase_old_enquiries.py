"""`manage.py erase_old_enquiries`: the enquiries kept longer than ENQUIRY_RETENTION_DAYS go, with
the e-mails that carried them; newer ones and their e-mails stay."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.enquiries.management.commands import erase_old_enquiries
from portal.enquiries.models import Enquiry
from portal.mail.models import OutgoingMessage
from tests.support.enquiry_records import enquiry_stored
from tests.support.factories import (
    ContactPersonFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
)

pytestmark = pytest.mark.django_db


def erase(days):
    """Run the command: its output lines, and the cutoffs it may print (a minute may turn)."""
    before = timezone.now() - timezone.timedelta(days=days)
    output = StringIO()
    call_command("erase_old_enquiries", stdout=output)
    after = timezone.now() - timezone.timedelta(days=days)
    return output.getvalue().splitlines(), {f"{before:%Y-%m-%d %H:%M}", f"{after:%Y-%m-%d %H:%M}"}


def test_enquiries_older_than_the_retention_go_with_their_emails(settings, monkeypatch):
    settings.ENQUIRY_RETENTION_DAYS = 30
    monkeypatch.setattr(erase_old_enquiries, "BATCH", 2)
    practice = GoodPracticeFactory()
    PracticeContactFactory(practice=practice, contact=ContactPersonFactory())
    PracticeContactFactory(practice=practice, contact=ContactPersonFactory())
    old = [
        enquiry_stored(item=practice, days_ago=31),  # three e-mails: two contacts and the visitor
        enquiry_stored(days_ago=400),  # two: the staff and the visitor
        enquiry_stored(days_ago=45),  # two
    ]
    kept = [enquiry_stored(item=practice, days_ago=29), enquiry_stored()]
    kept_messages = set(
        OutgoingMessage.objects.filter(enquiries__in=kept).values_list("pk", flat=True)
    )
    assert len(kept_messages) == 5
    assert OutgoingMessage.objects.count() == 12

    lines, cutoffs = erase(30)

    (cutoff,) = [cutoff for cutoff in cutoffs if cutoff in lines[0]] or [None]
    assert lines == [
        f"Enquiries received before {cutoff} (more than 30 days ago): 3.",
        "  erased 2 of 3",
        "  erased 3 of 3",
        "Enquiries erased: 3; e-mails that carried them, erased: 7.",
    ]
    assert sorted(Enquiry.objects.values_list("pk", flat=True)) == sorted(e.pk for e in kept)
    assert set(OutgoingMessage.objects.values_list("pk", flat=True)) == kept_messages
    assert not Enquiry.objects.filter(pk__in=[enquiry.pk for enquiry in old]).exists()


def test_with_nothing_old_enough_nothing_goes(settings):
    settings.ENQUIRY_RETENTION_DAYS = 365
    enquiry_stored(days_ago=364)

    lines, cutoffs = erase(365)

    (cutoff,) = [cutoff for cutoff in cutoffs if cutoff in lines[0]] or [None]
    assert lines == [
        f"Enquiries received before {cutoff} (more than 365 days ago): 0.",
        "Enquiries erased: 0; e-mails that carried them, erased: 0.",
    ]
    assert (Enquiry.objects.count(), OutgoingMessage.objects.count()) == (1, 2)
