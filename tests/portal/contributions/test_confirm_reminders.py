"""The daily reminder to confirm practices not reviewed for a year (remind_partners_to_confirm)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.contributions.models import Invitation, PracticeReminder
from portal.mail.models import OutgoingMessage
from portal.models import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import OrganisationFactory
from tests.support.freshness import reviewed_days_ago
from tests.support.submissions import opened

pytestmark = pytest.mark.django_db


def remind(verbosity=1):
    out = io.StringIO()
    call_command("remind_partners_to_confirm", verbosity=verbosity, stdout=out)
    return out.getvalue()


def mails():
    return {
        tuple(message.to): message for message in OutgoingMessage.objects.order_by("created_at")
    }


def accepted(user, language):
    invitation = Invitation.objects.create(email=user.email, language=language)
    Invitation.objects.filter(pk=invitation.pk).update(accepted_at=timezone.now(), user=user)


@pytest.fixture
def organisations():
    return OrganisationFactory(name="Alpha"), OrganisationFactory(name="Beta")


def test_each_partner_gets_one_mail_listing_their_practices_to_confirm(organisations):
    alpha, beta = organisations
    anna = partner_of(alpha, username="anna@example.org")
    both = partner_of(alpha, beta, username="both@example.org")
    bea = partner_of(beta, username="bea@example.org")
    for partner in (anna, both, bea):
        accepted(partner, "en")
    bikes = reviewed_days_ago(400, alpha, title="Bikes", slug="bikes")
    trams = reviewed_days_ago(366, alpha, beta, title="Trams", slug="trams")
    reviewed_days_ago(364, alpha, title="Fresh", slug="fresh")
    reviewed_days_ago(800, alpha, title="Draft", slug="draft", status=PublicationStatus.DRAFT)
    # Beta's partner Bea has nothing old: only Trams, which Alpha shares.
    output = remind()

    sent = mails()
    assert sorted(sent) == [("anna@example.org",), ("bea@example.org",), ("both@example.org",)]
    anna_mail = sent[("anna@example.org",)]
    assert anna_mail.language == "en"
    assert anna_mail.subject == "Are your 2 good practices still up to date?"
    assert "- Bikes [en]: http://testserver/en/good-practices/bikes/" in anna_mail.text
    assert "- Trams [en]: http://testserver/en/good-practices/trams/" in anna_mail.text
    assert anna_mail.text.index("Bikes") < anna_mail.text.index("Trams")
    assert "Your partner space: http://testserver/en/for-partners/" in anna_mail.text
    assert "Fresh" not in anna_mail.text
    assert "Draft" not in anna_mail.text
    assert sent[("bea@example.org",)].subject == "Is your good practice still up to date?"
    assert "Trams [en]" in sent[("both@example.org",)].text
    assert output.splitlines() == [
        f"Partner account {anna.pk}: 2 practices.",
        f"Partner account {both.pk}: 2 practices.",
        f"Partner account {bea.pk}: 1 practice.",
        "3 partners reminded of 2 practices not reviewed for 365 days.",
    ]
    assert set(PracticeReminder.objects.values_list("practice", flat=True)) == {
        bikes.pk,
        trams.pk,
    }


def test_running_it_again_the_same_day_mails_nobody(organisations):
    alpha, _beta = organisations
    partner_of(alpha)
    reviewed_days_ago(400, alpha)
    remind()

    output = remind(verbosity=0)

    assert OutgoingMessage.objects.count() == 1
    assert output == "0 partners reminded of 0 practices not reviewed for 365 days.\n"


def test_partners_are_reminded_again_after_thirty_days(organisations):
    alpha, _beta = organisations
    partner_of(alpha)
    practice = reviewed_days_ago(400, alpha)
    remind()
    PracticeReminder.objects.filter(practice=practice).update(
        reminded_at=timezone.now() - datetime.timedelta(days=29)
    )
    remind()
    assert OutgoingMessage.objects.count() == 1
    PracticeReminder.objects.filter(practice=practice).update(
        reminded_at=timezone.now() - datetime.timedelta(days=31)
    )

    remind()

    assert OutgoingMessage.objects.count() == 2
    assert PracticeReminder.objects.get().reminded_at > timezone.now() - datetime.timedelta(hours=1)


def test_the_mail_is_in_the_language_of_the_invitation_the_partner_accepted(organisations):
    alpha, _beta = organisations
    jana = partner_of(alpha, username="jana@example.cz")
    accepted(jana, "cs")
    reviewed_days_ago(400, alpha, title="Kola", slug="kola")

    remind()

    (mail,) = OutgoingMessage.objects.all()
    assert mail.language == "cs"
    assert mail.subject == "Je vaše dobrá praxe stále aktuální?"
    assert "- Kola [cs]: http://testserver/cs/dobre-praxe/kola/" in mail.text
    assert "http://testserver/cs/pro-partnery/" in mail.text


def test_a_partner_without_an_invitation_gets_the_sites_language(organisations, settings):
    alpha, _beta = organisations
    partner_of(alpha)
    reviewed_days_ago(400, alpha, title="Rowery", slug="rowery")

    remind()

    (mail,) = OutgoingMessage.objects.all()
    assert mail.language == settings.LANGUAGE_CODE == "pl"
    assert "- Rowery [pl]: http://testserver/pl/dobre-praktyki/rowery/" in mail.text


def test_deactivated_accounts_staff_and_other_organisations_get_nothing(organisations):
    alpha, beta = organisations
    gone = partner_of(alpha, username="gone@example.org")
    gone.is_active = False
    gone.save()
    partner_of(beta, username="other@example.org")
    reviewed_days_ago(400, alpha)

    output = remind()

    assert OutgoingMessage.objects.count() == 0
    # Nobody was told, so the practice waits for a partner who can be.
    assert PracticeReminder.objects.count() == 0
    assert output == "0 partners reminded of 0 practices not reviewed for 365 days.\n"


def test_a_practice_with_a_change_in_review_is_left_out(organisations):
    alpha, _beta = organisations
    partner = partner_of(alpha)
    practice = reviewed_days_ago(400, alpha)
    opened(practice, partner, alpha)

    remind()

    assert OutgoingMessage.objects.count() == 0
