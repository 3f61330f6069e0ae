"""The enquiry forms and their e-mails in Polish and Czech: each e-mail in its reader's language,
the form in the page's, and the forms' addresses translated."""

import re
from html import unescape

import pytest
from django.urls import resolve, reverse
from django.utils import translation

from tests.support.enquiries import enquiry_data
from tests.support.factories import (
    ContactPersonFactory,
    GoodPracticeFactory,
    PracticeContactFactory,
)
from tests.support.tasks import run_due_tasks

pytestmark = pytest.mark.django_db

VISITOR = "jana.novakova@example.net"
CONTACT = "anna.kowalska@example.org"


def enquiry_url(practice, language):
    with translation.override(language):
        return reverse("practices:enquiry", kwargs={"slug": practice.slug})


def page_text(response):
    """The page's text without its tags, its white space collapsed."""
    assert response.status_code in (200, 429)
    html = re.sub(r"<[^>]+>", " ", response.content.decode())
    return re.sub(r"\s+", " ", unescape(html)).strip()


def reason_labels(response):
    return re.findall(r'<label for="id_reason_\d">([^<]*)</label>', response.content.decode())


@pytest.fixture
def practice():
    practice = GoodPracticeFactory(
        title_en="Transfer hub", title_pl="Węzeł przesiadkowy", title_cs="Přestupní uzel"
    )
    contact = ContactPersonFactory(name="Anna Kowalska", email=CONTACT, languages=["pl", "cs"])
    PracticeContactFactory(practice=practice, contact=contact)
    return practice


def test_a_czech_visitor_writes_to_a_polish_contact_in_polish_and_is_answered_in_czech(
    client, practice, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(enquiry_url(practice, "cs"), enquiry_data("practice", practice))
    run_due_tasks()

    assert response.status_code == 302
    assert sorted(message.to[0] for message in mailoutbox) == [CONTACT, VISITOR]
    (to_contact,) = [message for message in mailoutbox if message.to == [CONTACT]]
    (acknowledgement,) = [message for message in mailoutbox if message.to == [VISITOR]]
    assert to_contact.subject == "Pytanie w sprawie „Węzeł przesiadkowy”"
    assert to_contact.body.startswith("Dzień dobry, Anna Kowalska,\n\n")
    assert (
        "Za pośrednictwem portalu otrzymali Państwo wiadomość w sprawie „Węzeł przesiadkowy” "
        f"(http://testserver/pl/dobre-praktyki/{practice.slug}/), gdzie są Państwo wskazani jako "
        "osoba kontaktowa."
    ) in to_contact.body
    assert "Powód: Zadaj pytanie\n" in to_contact.body
    assert "Język strony: czeski\n" in to_contact.body
    assert "Portal nikomu nie pokazuje Państwa adresu e-mail;" in to_contact.body
    assert acknowledgement.subject == "Vaše zpráva ohledně „Přestupní uzel“ dorazila"
    assert acknowledgement.body.startswith(
        "Dobrý den, Jana Nováková,\n\nvaše zpráva ohledně „Přestupní uzel“ "
        f"(http://testserver/cs/dobre-praxe/{practice.slug}/) dorazila na portál. "
        "Předáváme ji e-mailem (příjemci: Anna Kowalska); odpověď dostanete na tuto adresu.\n"
    )


def test_a_report_of_a_mistake_reaches_polish_staff_with_a_polish_subject(
    client, practice, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.ENQUIRY_STAFF_EMAILS = ["staff@example.org"]
    settings.ENQUIRY_STAFF_LANGUAGE = "pl"

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            enquiry_url(practice, "cs"), enquiry_data("practice", practice, reason="mistake")
        )
    run_due_tasks()

    (to_staff,) = [message for message in mailoutbox if message.to == ["staff@example.org"]]
    assert to_staff.subject == "Błąd lub nieaktualne informacje: „Węzeł przesiadkowy”"
    assert to_staff.body.startswith(
        "Osoba odwiedzająca portal napisała w sprawie „Węzeł przesiadkowy” "
        f"(http://testserver/pl/dobre-praktyki/{practice.slug}/). "
        "Zgłoszenia błędów trafiają do pracowników portalu. "
        "Odpowiedź na ten e-mail trafi do nadawcy.\n"
    )


@pytest.mark.parametrize(
    ("language", "heading", "reasons", "consent"),
    [
        (
            "pl",
            "Napisz w sprawie „Węzeł przesiadkowy”",
            [
                "Zadaj pytanie",
                "Chcielibyśmy przenieść tę praktykę do siebie",
                "Chcielibyśmy przyjechać z wizytą",
                "Zgłoś błąd lub nieaktualne informacje",
            ],
            "Wyrażam zgodę na przechowywanie przez portal treści mojej wiadomości i moich danych "
            "oraz przekazanie ich adresatom, zgodnie z zasadami opisanymi na stronie "
            '<a href="/pl/prywatnosc/">Ochrona danych osobowych</a>.',
        ),
        (
            "cs",
            "Napsat ohledně „Přestupní uzel“",
            [
                "Zeptat se",
                "Rádi bychom tuto praxi převzali",
                "Rádi bychom se přijeli podívat",
                "Nahlásit chybu nebo zastaralé informace",
            ],
            "Souhlasím s tím, aby portál uložil obsah mé zprávy a mé údaje a předal je "
            'adresátům, jak popisuje stránka <a href="/cs/ochrana-soukromi/">Ochrana osobních '
            "údajů</a>.",
        ),
    ],
)
def test_the_form_is_in_the_language_of_its_page(
    client, practice, language, heading, reasons, consent
):
    response = client.get(enquiry_url(practice, language))

    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r"<h1>\s*(.*?)\s*</h1>", html) == [heading]
    assert reason_labels(response) == reasons
    assert consent in re.sub(r"\s+", " ", html)


@pytest.mark.parametrize(
    ("language", "problem", "error"),
    [
        ("cs", "Zpráva nebyla odeslána", "Text zprávy: Napište alespoň 10 znaků."),
        ("pl", "Wiadomość nie została wysłana", "Treść wiadomości: Wpisz co najmniej 10 znaków."),
    ],
)
def test_a_message_too_short_is_refused_in_the_language_of_the_page(
    client, practice, mailoutbox, language, problem, error
):
    response = client.post(
        enquiry_url(practice, language), enquiry_data("practice", practice, message="Krátce")
    )

    text = page_text(response)
    assert response.status_code == 200
    assert f"{problem} {error}" in text
    assert mailoutbox == []


@pytest.mark.parametrize(
    ("name", "kwargs", "paths"),
    [
        (
            "practices:enquiry",
            {"slug": "hub"},
            {
                "en": "/en/good-practices/hub/write/",
                "pl": "/pl/dobre-praktyki/hub/napisz/",
                "cs": "/cs/dobre-praxe/hub/napiste/",
            },
        ),
        (
            "projects:enquiry",
            {"slug": "bridge"},
            {
                "en": "/en/projects/bridge/write/",
                "pl": "/pl/projekty/bridge/napisz/",
                "cs": "/cs/projekty/bridge/napiste/",
            },
        ),
        (
            "partners:enquiry",
            {"slug": "opole"},
            {
                "en": "/en/partners/opole/write/",
                "pl": "/pl/partnerzy/opole/napisz/",
                "cs": "/cs/partneri/opole/napiste/",
            },
        ),
        (
            "events:enquiry",
            {"slug": "visit"},
            {
                "en": "/en/events/visit/write/",
                "pl": "/pl/wydarzenia/visit/napisz/",
                "cs": "/cs/udalosti/visit/napiste/",
            },
        ),
        (
            "enquiry",
            {},
            {"en": "/en/write-to-us/", "pl": "/pl/napisz-do-nas/", "cs": "/cs/napiste-nam/"},
        ),
    ],
)
def test_the_forms_have_translated_addresses(name, kwargs, paths):
    for language, path in paths.items():
        with translation.override(language):
            assert reverse(name, kwargs=kwargs) == path
            match = resolve(path)
        assert (match.view_name, match.kwargs) == (name, kwargs)
