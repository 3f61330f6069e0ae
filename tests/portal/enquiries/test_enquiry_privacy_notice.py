"""The privacy notice states the limits on enquiries as the settings make them, and who receives
the enquiries that do not go to contact persons."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

PRIVACY_PATHS = {"pl": "/pl/prywatnosc/", "cs": "/cs/ochrana-soukromi/", "en": "/en/privacy/"}


def page_text(response):
    """The page's text without its tags, its white space collapsed."""
    assert response.status_code == 200
    html = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", unescape(html)).strip()


@pytest.mark.parametrize(
    ("language", "sentences"),
    [
        (
            "en",
            [
                "messages from each network address (IP address): 1 hour;",
                "messages from each e-mail address given in a form: 1 day;",
                "or to the portal's staff (a count without personal data): 1 day.",
                "reports of mistakes or outdated information and messages about a page that "
                "names no contact person.",
            ],
        ),
        (
            "pl",
            [
                "wiadomości z każdego adresu sieciowego (adresu IP): 1 godzina;",
                "wiadomości z każdego adresu e-mail podanego w formularzu: 1 dzień;",
                "albo do pracowników portalu (licznik bez danych osobowych): 1 dzień.",
                "a zamiast osób kontaktowych – zgłoszenia błędów lub nieaktualnych informacji",
            ],
        ),
        (
            "cs",
            [
                "zprávy z každé síťové adresy (IP adresy): 1 hodina;",
                "zprávy z každé e-mailové adresy uvedené ve formuláři: 1 den;",
                "nebo pracovníkům portálu (počítadlo bez osobních údajů): 1 den.",
                "a místo kontaktních osob hlášení chyb nebo zastaralých informací",
            ],
        ),
    ],
)
def test_the_privacy_notice_states_the_windows_of_the_enquiry_limits(client, language, sentences):
    text = page_text(client.get(PRIVACY_PATHS[language]))

    assert [sentence for sentence in sentences if sentence not in text] == []


def test_the_windows_in_the_privacy_notice_follow_the_settings(client, settings):
    settings.ENQUIRY_LIMITS = {
        "address": (5, 2 * 3600 + 30 * 60),
        "email": (5, 7 * 24 * 3600),
        "target": (30, 2 * 24 * 3600),
    }

    texts = {language: page_text(client.get(path)) for language, path in PRIVACY_PATHS.items()}

    assert "(IP address): 2 hours, 30 minutes;" in texts["en"]
    assert "given in a form: 1 week;" in texts["en"]
    assert "(a count without personal data): 2 days." in texts["en"]
    assert "(adresu IP): 2 godziny, 30 minut;" in texts["pl"]
    assert "(licznik bez danych osobowych): 2 dni." in texts["pl"]
    assert "(IP adresy): 2 hodiny, 30 minut;" in texts["cs"]
    assert "(počítadlo bez osobních údajů): 2 dny." in texts["cs"]
