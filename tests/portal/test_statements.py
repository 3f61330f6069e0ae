"""The privacy notice and the accessibility statement: in every language, with the operator's
details from the settings, linked from every page's footer, cacheable and in the sitemap."""

import re
from datetime import date
from html.parser import HTMLParser
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import translation

from portal import views
from portal.operations.security import published_contacts_check
from tests.support.factories import GoodPracticeFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["pl", "cs", "en"]
PRIVACY_PATHS = {"pl": "/pl/prywatnosc/", "cs": "/cs/ochrana-soukromi/", "en": "/en/privacy/"}
ACCESSIBILITY_PATHS = {
    "pl": "/pl/dostepnosc/",
    "cs": "/cs/pristupnost/",
    "en": "/en/accessibility/",
}
FOOTER_LINKS = {
    "pl": [
        ("Ochrona danych osobowych", PRIVACY_PATHS["pl"]),
        ("Deklaracja dostępności", ACCESSIBILITY_PATHS["pl"]),
    ],
    "cs": [
        ("Ochrana osobních údajů", PRIVACY_PATHS["cs"]),
        ("Prohlášení o přístupnosti", ACCESSIBILITY_PATHS["cs"]),
    ],
    "en": [
        ("Privacy notice", PRIVACY_PATHS["en"]),
        ("Accessibility statement", ACCESSIBILITY_PATHS["en"]),
    ],
}
PRIVACY_HEADINGS = {
    "pl": [
        ("h1", "Ochrona danych osobowych"),
        ("h2", "Administrator danych"),
        ("h2", "Jakie dane, w jakim celu i jak długo"),
        ("h3", "Wysyłane wiadomości"),
        ("h3", "Powiadomienia e-mail"),
        ("h3", "Zgłoszenia na wydarzenia"),
        ("h3", "Konta pracowników"),
        ("h3", "Konta partnerów"),
        ("h3", "Adresy sieciowe i adresy e-mail na potrzeby limitów zapytań"),
        ("h3", "Dzienniki serwera"),
        ("h3", "Pliki cookie"),
        ("h2", "Odbiorcy danych"),
        ("h2", "Państwa prawa"),
        ("h2", "Zautomatyzowane decyzje i dobrowolność podania danych"),
    ],
    "cs": [
        ("h1", "Ochrana osobních údajů"),
        ("h2", "Správce osobních údajů"),
        ("h2", "Jaké údaje, proč a jak dlouho"),
        ("h3", "Odeslané zprávy"),
        ("h3", "E-mailová upozornění"),
        ("h3", "Přihlášky na akce"),
        ("h3", "Účty pracovníků"),
        ("h3", "Účty partnerů"),
        ("h3", "Síťové a e-mailové adresy pro omezení počtu požadavků"),
        ("h3", "Záznamy serveru"),
        ("h3", "Soubory cookie"),
        ("h2", "Příjemci osobních údajů"),
        ("h2", "Vaše práva"),
        ("h2", "Automatizované rozhodování a povinnost poskytnout údaje"),
    ],
    "en": [
        ("h1", "Privacy notice"),
        ("h2", "Who the controller is"),
        ("h2", "What is collected, why and for how long"),
        ("h3", "Messages you send"),
        ("h3", "E-mail alerts"),
        ("h3", "Applications for events"),
        ("h3", "Staff accounts"),
        ("h3", "Partner accounts"),
        ("h3", "Network and e-mail addresses for limits on requests"),
        ("h3", "Server logs"),
        ("h3", "Cookies"),
        ("h2", "Who receives the data"),
        ("h2", "Your rights"),
        ("h2", "Automated decisions and whether you must give your data"),
    ],
}
ACCESSIBILITY_HEADINGS = {
    "pl": [
        ("h1", "Deklaracja dostępności"),
        ("h2", "Daty sporządzenia i przeglądu"),
        ("h2", "Status pod względem zgodności"),
        ("h2", "Treści niedostępne"),
        ("h2", "Sposób sprawdzenia dostępności"),
        ("h2", "Obsługa za pomocą klawiatury"),
        ("h2", "Informacje zwrotne i dane kontaktowe"),
        ("h2", "Procedura wnioskowo-skargowa"),
        ("h3", "W Polsce"),
        ("h3", "W Republice Czeskiej"),
    ],
    "cs": [
        ("h1", "Prohlášení o přístupnosti"),
        ("h2", "Datum vypracování a přezkoumání"),
        ("h2", "Stav souladu"),
        ("h2", "Nepřístupný obsah"),
        ("h2", "Způsob ověření přístupnosti"),
        ("h2", "Ovládání klávesnicí"),
        ("h2", "Zpětná vazba a kontaktní údaje"),
        ("h2", "Postup pro vymáhání"),
        ("h3", "V Polsku"),
        ("h3", "V České republice"),
    ],
    "en": [
        ("h1", "Accessibility statement"),
        ("h2", "Dates"),
        ("h2", "Compliance status"),
        ("h2", "Content that is not accessible"),
        ("h2", "How it was checked"),
        ("h2", "Keyboard"),
        ("h2", "Feedback and contact"),
        ("h2", "Enforcement procedure"),
        ("h3", "In Poland"),
        ("h3", "In the Czech Republic"),
    ],
}


class PageParts(HTMLParser):
    """The headings of a page's <main>, its text, and the links of its footer."""

    def __init__(self):
        super().__init__()
        self.headings, self.footer_links, self.main_text = [], [], []
        self.in_main = self.in_footer = False
        self.heading = self.link = None

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main = True
        elif tag == "footer":
            self.in_footer = True
        elif self.in_main and tag in ("h1", "h2", "h3"):
            self.heading = [tag, ""]
        elif self.in_footer and tag == "a":
            self.link = ["", dict(attrs)["href"]]

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main = False
        elif tag == "footer":
            self.in_footer = False
        elif self.heading and tag == self.heading[0]:
            self.headings.append(tuple(self.heading))
            self.heading = None
        elif self.link and tag == "a":
            self.footer_links.append(tuple(self.link))
            self.link = None

    def handle_data(self, data):
        if self.heading:
            self.heading[1] += data
        if self.link:
            self.link[0] += data
        if self.in_main:
            self.main_text.append(data)

    @property
    def text(self):
        """The text of <main> with its white space collapsed."""
        return re.sub(r"\s+", " ", "".join(self.main_text)).strip()


def parts(response):
    assert response.status_code == 200
    parser = PageParts()
    parser.feed(response.content.decode())
    return parser


@pytest.fixture
def operator(settings):
    """An operator of the tests' own, so that its details can only come from the settings."""
    settings.OPERATOR_NAME = "Sdružení Testovací aglomerace"
    settings.OPERATOR_ADDRESS = "Testowa 1, 45-999 Opole, Polska"
    settings.DATA_PROTECTION_CONTACT = "privacy-officer@operator.example.org"
    settings.ACCESSIBILITY_CONTACT = "barriers@operator.example.org"
    settings.ENQUIRY_RETENTION_DAYS = 183
    settings.SERVER_LOG_RETENTION_DAYS = 21
    return settings


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pages_have_translated_addresses(language):
    with translation.override(language):
        assert reverse("privacy") == PRIVACY_PATHS[language]
        assert reverse("accessibility") == ACCESSIBILITY_PATHS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_is_structured_by_headings_in_each_language(client, language):
    page = parts(client.get(PRIVACY_PATHS[language]))

    assert page.headings == PRIVACY_HEADINGS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_is_structured_by_headings_in_each_language(client, language):
    page = parts(client.get(ACCESSIBILITY_PATHS[language]))

    assert page.headings == ACCESSIBILITY_HEADINGS[language]


PRIVACY_SENTENCES = {
    "pl": [
        "Administratorem Państwa danych osobowych jest Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "prosimy pisać na adres privacy-officer@operator.example.org lub pocztą",
        "Okres przechowywania: 183 dni od wysłania; następnie dane osobowe są usuwane.",
        "Okres przechowywania: 21 dni.",
        "albo po upływie 15 minut od ostatniej z nich.",
        "w Polsce do Prezesa Urzędu Ochrony Danych Osobowych (UODO, ul. Stawki 2, 00-193 Warszawa)",
        "Úřad pro ochranu osobních údajů, ÚOOÚ, Pplk. Sochora 27, 170 00 Praha 7",
    ],
    "cs": [
        "Správcem vašich osobních údajů je Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "pište na adresu privacy-officer@operator.example.org nebo poštou",
        "Doba uložení: 183 dní od odeslání; poté jsou vaše osobní údaje vymazány.",
        "Doba uložení: 21 dní.",
        "nebo 15 minut po posledním z nich.",
        "v České republice u Úřadu pro ochranu osobních údajů "
        "(ÚOOÚ, Pplk. Sochora 27, 170 00 Praha 7)",
        "(Prezes Urzędu Ochrony Danych Osobowych, UODO, ul. Stawki 2, 00-193 Varšava)",
    ],
    "en": [
        "The controller of your personal data is Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "to privacy-officer@operator.example.org, or by post",
        "Period: 183 days from sending; then your personal data are erased.",
        "Period: 21 days.",
        "or 15 minutes after the last one.",
        "(Prezes Urzędu Ochrony Danych Osobowych, UODO, ul. Stawki 2, 00-193 Warszawa)",
        "(Úřad pro ochranu osobních údajů, ÚOOÚ, Pplk. Sochora 27, 170 00 Praha 7)",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_privacy_notice_names_the_operator_and_periods_from_the_settings(
    client, operator, language
):
    response = client.get(PRIVACY_PATHS[language])
    text = parts(response).text

    assert [sentence for sentence in PRIVACY_SENTENCES[language] if sentence not in text] == []
    assert (
        response.content.decode().count('<a href="mailto:privacy-officer@operator.example.org">')
        == 1
    )


def test_a_retention_of_one_day_is_said_in_the_singular(client, operator):
    operator.ENQUIRY_RETENTION_DAYS = 1

    texts = {language: parts(client.get(PRIVACY_PATHS[language])).text for language in LANGUAGES}

    assert "Okres przechowywania: 1 dzień od wysłania;" in texts["pl"]
    assert "Doba uložení: 1 den od odeslání;" in texts["cs"]
    assert "Period: 1 day from sending;" in texts["en"]


ACCESSIBILITY_SENTENCES = {
    "pl": [
        "Sdružení Testovací aglomerace zobowiązuje się zapewnić dostępność portalu",
        "Data sporządzenia deklaracji 7 grudnia 2026",
        "Data ostatniego przeglądu 7 grudnia 2026",
        "Portal jest częściowo zgodny z wytycznymi dotyczącymi dostępności treści internetowych "
        "(WCAG) 2.1 na poziomie AA oraz ze zharmonizowaną normą EN 301 549",
        "prosimy o wiadomość na adres barriers@operator.example.org.",
        "Można również napisać pocztą na adres: Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "złożyć wniosek do Rzecznika Praw Obywatelskich (www.rpo.gov.pl).",
        "Ministerstwa Spraw Wewnętrznych Republiki Czeskiej (Ministerstvo vnitra, www.mvcr.cz)",
    ],
    "cs": [
        "Sdružení Testovací aglomerace se zavazuje zpřístupnit portál",
        "Datum vypracování prohlášení 7. prosince 2026",
        "Datum posledního přezkoumání 7. prosince 2026",
        "Portál je částečně v souladu se zásadami přístupnosti webového obsahu (WCAG) 2.1 na "
        "úrovni AA a s harmonizovanou normou EN 301 549",
        "napište na adresu barriers@operator.example.org.",
        "Můžete také napsat poštou na adresu: Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "(Rzecznik Praw Obywatelskich, www.rpo.gov.pl).",
        "Ministerstvo vnitra České republiky (www.mvcr.cz)",
    ],
    "en": [
        "Sdružení Testovací aglomerace undertakes to make the portal",
        "Statement prepared on Dec. 7, 2026",
        "Last reviewed on Dec. 7, 2026",
        "The portal is partially compliant with the Web Content Accessibility Guidelines (WCAG) "
        "2.1 at level AA and with the harmonised standard EN 301 549",
        "write to barriers@operator.example.org.",
        "You can also write by post to Sdružení Testovací aglomerace, "
        "Testowa 1, 45-999 Opole, Polska.",
        "the Commissioner for Human Rights (Rzecznik Praw Obywatelskich, www.rpo.gov.pl).",
        "the Ministry of the Interior of the Czech Republic (Ministerstvo vnitra, www.mvcr.cz)",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_names_the_operator_its_status_dates_and_procedures(
    client, operator, language
):
    response = client.get(ACCESSIBILITY_PATHS[language])
    text = parts(response).text

    assert [s for s in ACCESSIBILITY_SENTENCES[language] if s not in text] == []
    assert response.content.decode().count('<time datetime="2026-12-07">') == 2
    assert response.content.decode().count('<a href="mailto:barriers@operator.example.org">') == 1


def test_the_statements_dates_are_fixed_in_the_code_not_the_day_it_is_read():
    assert views.ACCESSIBILITY_STATEMENT_PREPARED == date(2026, 12, 7)
    assert views.ACCESSIBILITY_STATEMENT_REVIEWED == date(2026, 12, 7)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_of_every_kind_of_page_links_both_in_its_language(client, language):
    practice = GoodPracticeFactory()
    with translation.override(language):
        addresses = [
            reverse("home"),
            reverse("practices:list"),
            practice.get_absolute_url(),
            reverse("privacy"),
            reverse("accessibility"),
        ]

    footers = {address: parts(client.get(address)).footer_links[-2:] for address in addresses}

    assert footers == dict.fromkeys(addresses, FOOTER_LINKS[language])


@pytest.mark.parametrize("name", ["privacy", "accessibility"])
def test_anonymous_visitors_get_the_pages_without_cookies_and_cacheable(client, name):
    for language in LANGUAGES:
        with translation.override(language):
            response = client.get(reverse(name))

        assert response.status_code == 200
        assert response.cookies == {}
        assert "Cookie" not in response.get("Vary", "")
        assert "private" not in response.get("Cache-Control", "")
        assert "no-store" not in response.get("Cache-Control", "")


def test_the_sitemap_lists_both_pages_in_every_language(client):
    response = client.get("/sitemap-static.xml")
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {
        element.text
        for element in ElementTree.fromstring(response.content).findall("s:url/s:loc", namespace)
    }

    expected = {f"http://testserver{path}" for path in PRIVACY_PATHS.values()} | {
        f"http://testserver{path}" for path in ACCESSIBILITY_PATHS.values()
    }
    assert expected <= locations
    assert len(locations) == 13 * 3  # the 13 pages of StaticViewSitemap


def test_a_deployment_is_warned_while_the_contacts_are_the_demos(settings):
    settings.DATA_PROTECTION_CONTACT = "iod@aglomeracja-opolska.example.org"
    settings.ACCESSIBILITY_CONTACT = "barriers@operator.example.org"

    warnings = published_contacts_check(None)

    assert [(warning.id, warning.msg) for warning in warnings] == [
        (
            "portal.W002",
            "DJANGO_DATA_PROTECTION_CONTACT is iod@aglomeracja-opolska.example.org, the demo's "
            "address: visitors who write to it reach nobody.",
        )
    ]


def test_a_deployment_with_its_own_contacts_is_not_warned(settings):
    settings.DATA_PROTECTION_CONTACT = "iod@operator.example.org"
    settings.ACCESSIBILITY_CONTACT = "barriers@operator.example.org"

    assert published_contacts_check(None) == []
