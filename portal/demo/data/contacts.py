"""Contact persons of the demo content: fictional people, example.org addresses."""


def _t(pl, cs, en):
    return {"pl": pl, "cs": cs, "en": en}


def _contact(email, name, role, organisation, languages, *, organisation_name="", phone=""):
    return {
        "email": email,
        "name": name,
        "role": role,
        "organisation": organisation,
        "organisation_name": organisation_name,
        "languages": languages,
        "phone": phone,
    }


AGNIESZKA = "agnieszka.zielonka@example.org"
TOMASZ = "tomasz.brzozowski@example.org"
EWA = "ewa.jablonska@example.org"
PAWEL = "pawel.kaminski@example.org"
JOANNA = "joanna.pietrzak@example.org"
MICHAL = "michal.gorecki@example.org"
NATALIA = "natalia.szymanska@example.org"
LENKA = "lenka.horackova@example.org"
PETR = "petr.dvoracek@example.org"
JIRI = "jiri.sedlacek@example.org"
ONDREJ = "ondrej.kratochvil@example.org"
RADEK = "radek.vesely@example.org"
MARTA = "marta.nadodrzanska@example.org"

CONTACTS = [
    _contact(
        AGNIESZKA,
        "Agnieszka Zielonka",
        _t(
            "Koordynatorka współpracy transgranicznej",
            "Koordinátorka přeshraniční spolupráce",
            "Cross-border cooperation coordinator",
        ),
        "aglomeracja-opolska",
        ["pl", "cs", "en"],
        phone="+48 77 000 00 01",
    ),
    _contact(
        TOMASZ,
        "Tomasz Brzozowski",
        _t("Koordynator staży", "Koordinátor stáží", "Internship coordinator"),
        "miasto-opole",
        ["pl", "en"],
    ),
    _contact(
        EWA,
        "Ewa Jabłońska",
        _t("Specjalistka ds. edukacji", "Specialistka pro vzdělávání", "Education officer"),
        "zoo-opole",
        ["pl", "cs"],
    ),
    _contact(
        PAWEL,
        "Paweł Kamiński",
        _t("Opiekun inkubatora", "Správce inkubátoru", "Incubator manager"),
        "park-naukowo-technologiczny-opole",
        ["pl", "en"],
    ),
    _contact(
        JOANNA,
        "Joanna Pietrzak",
        _t(
            "Kierowniczka biura strategii", "Vedoucí kanceláře strategie", "Head of strategy office"
        ),
        "miasto-dabrowa-gornicza",
        ["pl", "en"],
    ),
    _contact(
        MICHAL,
        "Michał Górecki",
        _t(
            "Specjalista ds. współpracy międzynarodowej",
            "Specialista pro mezinárodní spolupráci",
            "International cooperation officer",
        ),
        "metropolia-gzm",
        ["pl", "en"],
    ),
    _contact(
        NATALIA,
        "Natalia Szymańska",
        _t("Bibliotekarka, dostępność", "Knihovnice, přístupnost", "Librarian, accessibility"),
        "biblioteka-gdansk",
        ["pl", "en"],
    ),
    _contact(
        LENKA,
        "Lenka Horáčková",
        _t(
            "Koordynatorka projektów zagranicznych",
            "Koordinátorka zahraničních projektů",
            "International projects coordinator",
        ),
        "statutarni-mesto-olomouc",
        ["cs", "pl", "en"],
        phone="+420 585 000 001",
    ),
    _contact(
        PETR,
        "Petr Dvořáček",
        _t("Menedżer projektów", "Projektový manažer", "Project manager"),
        "rra-stredni-morava",
        ["cs", "en"],
    ),
    _contact(
        JIRI,
        "Jiří Sedláček",
        _t("Lektor edukacji ekologicznej", "Lektor ekologické výchovy", "Environmental educator"),
        "slunakov",
        ["cs", "pl"],
    ),
    _contact(
        ONDREJ,
        "Ondřej Kratochvíl",
        _t(
            "Zoolog, wymiana hodowlana",
            "Zoolog, chovatelská spolupráce",
            "Zoologist, breeding exchange",
        ),
        "zoo-olomouc",
        ["cs", "en"],
    ),
    _contact(
        RADEK,
        "Radek Veselý",
        _t("Oficer prasowy", "Tiskový mluvčí", "Press officer"),
        "hzs-olomouckeho-kraje",
        ["cs"],
    ),
    _contact(
        MARTA,
        "Marta Nadodrzańska",
        _t("Architektka krajobrazu", "Krajinářská architektka", "Landscape architect"),
        None,
        ["pl", "cs"],
        organisation_name="Pracownia Krajobrazu Nadodrze",
    ),
]

# Whom each item names, by slug, first the one to write to first.
PRACTICES = {
    "slunakov-passive-eco-centre": [JIRI],
    "semafor-traffic-education-centre": [LENKA],
    "opole-olomouc-zoo-cooperation": [EWA, ONDREJ],
    "opole-science-technology-park": [PAWEL],
    "gogolin-transfer-hub": [AGNIESZKA],
    "olomouc-integrated-rescue-system": [RADEK],
    "mohelnice-green-roof-terminal": [PETR],
    "prerov-sustainable-mobility-plan": [PETR, LENKA],
    "dabrowa-gornicza-strategic-positioning": [JOANNA],
    "gzm-kansas-city-building-energy-exchange": [MICHAL],
    "kultura-wlacza-accessible-library": [NATALIA],
    "turawa-lakes-recreation": [AGNIESZKA, MARTA],
}
ORGANISATIONS = {
    "aglomeracja-opolska": [AGNIESZKA],
    "statutarni-mesto-olomouc": [LENKA],
    "rra-stredni-morava": [PETR],
    "miasto-opole": [TOMASZ],
    "zoo-opole": [EWA],
    "zoo-olomouc": [ONDREJ],
    "slunakov": [JIRI],
    "park-naukowo-technologiczny-opole": [PAWEL],
    "metropolia-gzm": [MICHAL],
}
PROJECTS = {
    "wspolpraca-aglomeracji-opolskiej-i-olomunieckiej": [AGNIESZKA, LENKA],
    "razem-dla-rozwoju-aglomeracji": [AGNIESZKA, PETR],
    "razem-dla-rozwoju-aglomeracji-2020": [AGNIESZKA, PETR],
    "iurc-gzm-kansas-city": [MICHAL],
    "kultura-wlacza": [NATALIA],
}
EVENTS = {
    "cooperation-agreement-signing-2016-09": [AGNIESZKA, LENKA],
    "study-visit-olomouc-2017-12": [LENKA],
    "knowledge-contest-olomouc-agglomeration-2018": [PETR],
    "study-visit-opole-2018-06": [AGNIESZKA],
    "study-visit-olomouc-2018-10": [LENKA],
    "internship-opole-2018-10": [TOMASZ],
    "internship-olomouc-2018-11": [LENKA],
    "internship-opole-2019-04": [TOMASZ],
    "study-visit-opole-2019-06": [AGNIESZKA],
    "study-visit-olomouc-2019-09": [LENKA],
    "internship-olomouc-2019-10": [LENKA],
    "knowledge-contest-neighbour-country-2019": [PETR, AGNIESZKA],
    "study-visit-olomouc-2021-06": [LENKA],
    "internship-opole-2021-08": [TOMASZ],
    "study-visit-prerov-2021-10": [PETR],
    "internship-olomouc-2021-10": [LENKA],
    "study-visit-krapkowice-2022-04": [AGNIESZKA],
    "world-urban-forum-katowice-2022-06": [MICHAL],
    "iurc-study-visit-kansas-city-2022-10": [MICHAL],
    "workshop-iti-after-2027-olomouc-2027-04": [LENKA, PETR],
    "seminar-rivers-climate-adaptation-opole-2027-09": [AGNIESZKA, MARTA],
    # The two upcoming events taking applications: their organisers hear of each application.
    "study-visit-olomouc-crisis-management-upcoming": [LENKA],
    "internship-opole-transfer-hubs-upcoming": [TOMASZ],
}
