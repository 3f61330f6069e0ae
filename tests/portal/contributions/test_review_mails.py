"""The e-mails of review read whole in the partner's language, and the editors' in the staff's."""

import pytest

from portal.contributions.review import (
    submission_approve,
    submission_decline,
    submission_publish,
    submission_request_changes,
    submission_submit,
)
from portal.mail.models import OutgoingMessage
from portal.models import PublicationStatus
from tests.support.contributions import partner_of
from tests.support.factories import EditorFactory, OrganisationFactory
from tests.support.submissions import complete_practice, opened

pytestmark = pytest.mark.django_db

# The first sentence of the partner's e-mail in each state, in Polish and in Czech.
FIRST_SENTENCES = {
    "pl": [
        "Otrzymaliśmy „Rowery” do sprawdzenia.",
        "Redaktor prosi o zmiany we wpisie „Rowery”, zanim będzie można go opublikować.",
        "Otrzymaliśmy „Rowery” do sprawdzenia.",
        "Redaktor zatwierdził „Rowery”.",
        "Opublikowaliśmy „Rowery”.",
    ],
    "cs": [
        "Obdrželi jsme „Kola“ ke kontrole.",
        "Redaktor vás žádá o změny záznamu „Kola“, než ho bude možné zveřejnit.",
        "Obdrželi jsme „Kola“ ke kontrole.",
        "Redaktor schválil „Kola“.",
        "Záznam „Kola“ jsme zveřejnili.",
    ],
}
LINK_WORDS = {
    "pl": ("Komentarz redaktora:", "Strona publiczna:", "Twoja strefa partnerów:"),
    "cs": ("Komentář redaktora:", "Veřejná stránka:", "Váš prostor pro partnery:"),
}


@pytest.fixture
def organisation():
    return OrganisationFactory(
        name_pl="Miasto Opole", name_cs="Statutární město Opolí", name_en="City of Opole"
    )


@pytest.fixture
def editors():
    return EditorFactory(username="ewa", email="ewa@example.org"), EditorFactory(username="jan")


@pytest.mark.parametrize("language", ["pl", "cs"])
def test_the_partner_reads_every_step_in_their_language(organisation, editors, language):
    first, second = editors
    partner = partner_of(organisation)
    practice = complete_practice(status=PublicationStatus.DRAFT, title_pl="Rowery", title_cs="Kola")
    submission = opened(practice, partner, organisation, language=language)
    submission_submit(submission=submission, by=partner)
    submission_request_changes(submission=submission, by=first, comment="Dodaj liczby.")
    submission_submit(submission=submission, by=partner)
    submission_approve(submission=submission, by=first)
    submission_publish(submission=submission, by=second)

    mails = list(OutgoingMessage.objects.filter(to=[partner.email]).order_by("pk"))
    first_lines = [mail.text.split("\n")[0] for mail in mails]
    assert [
        line.startswith(sentence)
        for line, sentence in zip(first_lines, FIRST_SENTENCES[language], strict=True)
    ] == [True] * 5
    comment_words, public_words, space_words = LINK_WORDS[language]
    assert [comment_words in mail.text for mail in mails] == [False, True, False, False, False]
    assert [public_words in mail.text for mail in mails] == [False, False, False, False, True]
    assert [space_words in mail.text for mail in mails] == [True] * 5
    assert [mail.text.count("http://testserver/") for mail in mails] == [1, 1, 1, 1, 2]


def test_a_declined_submission_tells_the_reason_in_czech(organisation, editors):
    partner = partner_of(organisation)
    submission = opened(
        complete_practice(status=PublicationStatus.DRAFT, title_cs="Kola"),
        partner,
        organisation,
        language="cs",
    )
    submission_submit(submission=submission, by=partner)
    submission_decline(submission=submission, by=editors[0], comment="Mimo téma portálu.")

    mail = OutgoingMessage.objects.filter(to=[partner.email]).latest("pk")
    assert mail.subject == "„Kola“: Zamítnuto"
    assert mail.text.startswith(
        "Redaktor zamítl „Kola“. Zdůvodnění najdete níže. Máte-li otázky, napište týmu portálu "
        "přes kontaktní formulář.\n"
    )
    assert "Komentář redaktora:\nMimo téma portálu." in mail.text


@pytest.mark.parametrize(
    ("language", "subject", "first_line"),
    [
        ("pl", "Do sprawdzenia: „Rowery”", "Miasto Opole wysyła „Rowery” do sprawdzenia."),
        ("cs", "Ke kontrole: „Kola“", "Statutární město Opolí odesílá „Kola“ ke kontrole."),
        ("en", "To review: “Bikes”", "City of Opole has submitted “Bikes” for review."),
    ],
)
def test_editors_read_the_news_in_the_staff_language(
    organisation, editors, settings, language, subject, first_line
):
    settings.ENQUIRY_STAFF_LANGUAGE = language
    partner = partner_of(organisation)
    practice = complete_practice(
        status=PublicationStatus.DRAFT, title_pl="Rowery", title_cs="Kola", title_en="Bikes"
    )
    submission = opened(practice, partner, organisation, language="en")
    submission_submit(submission=submission, by=partner)

    mail = OutgoingMessage.objects.get(to=["ewa@example.org"])
    assert (mail.language, mail.subject) == (language, subject)
    assert mail.text.split("\n")[0] == first_line
