"""Transfers of the demo content: which demo practice was taken up where, through which visit.

Plausible examples written for the demo, not records of what happened: each note says so."""

_PREFIX = {
    "pl": "Przykład demonstracyjny: ",
    "cs": "Ukázkový příklad: ",
    "en": "Demo example: ",
}


def _note(pl, cs, en):
    return {code: _PREFIX[code] + text for code, text in {"pl": pl, "cs": cs, "en": en}.items()}


def _transfer(source, city, stage, dates, note, *, organisation=None, adopted=None, events=()):
    return {
        "source": source,
        "city": city,
        "organisation": organisation,
        "adopted_practice": adopted,
        "stage": stage,
        "learning_since": dates.get("learning"),
        "adapting_since": dates.get("adapting"),
        "implemented_since": dates.get("implemented"),
        "events": list(events),
        "note": note,
    }


TRANSFERS = [
    _transfer(
        "gogolin-transfer-hub",
        "olomouc",
        "adapting",
        {"learning": "2019-04-08", "adapting": "2020-09-01"},
        _note(
            "pracownicy Urzędu Miasta Ołomuniec poznali węzeł w Gogolinie podczas stażu i "
            "przenoszą jego zasady – jeden peron dla autobusów i pociągów, skoordynowany rozkład "
            "– do planu przesiadek na przedmieściach Ołomuńca.",
            "pracovníci Magistrátu města Olomouce poznali gogolinský uzel na stáži a přenášejí "
            "jeho zásady – jedno nástupiště pro autobusy i vlaky, sladěný jízdní řád – do plánu "
            "přestupních míst na okraji Olomouce.",
            "Olomouc City Hall staff saw the Gogolin hub during their internship and are carrying "
            "its principles – one platform for buses and trains, a coordinated timetable – into "
            "a plan for interchanges on the edge of Olomouc.",
        ),
        organisation="statutarni-mesto-olomouc",
        events=["internship-opole-2019-04"],
    ),
    _transfer(
        "olomouc-integrated-rescue-system",
        "opole",
        "implemented",
        {"learning": "2018-10-01", "adapting": "2019-03-01", "implemented": "2021-11-15"},
        _note(
            "po wizycie studyjnej i stażu gminy Aglomeracji Opolskiej ćwiczą wspólne procedury "
            "służb ratowniczych według wzoru ołomunieckiego, z jednym planem łączności dla "
            "powodzi na Odrze.",
            "po studijní cestě a stáži obce Opolské aglomerace nacvičují společné postupy "
            "záchranných složek podle olomouckého vzoru, s jedním plánem spojení pro povodně "
            "na Odře.",
            "after a study visit and an internship, the municipalities of the Opole "
            "agglomeration rehearse joint procedures of the rescue services on the Olomouc "
            "model, with one communication plan for floods on the Oder.",
        ),
        organisation="aglomeracja-opolska",
        events=["study-visit-olomouc-2018-10", "internship-olomouc-2021-10"],
    ),
    _transfer(
        "semafor-traffic-education-centre",
        "opole",
        "learning",
        {"learning": "2021-06-28"},
        _note(
            "Miasto Opole poznaje program centrum SEMAFOR i sprawdza, czy miasteczko ruchu dla "
            "szkół podstawowych da się urządzić na placu przy jednej z opolskich szkół.",
            "Město Opolí se seznamuje s programem centra SEMAFOR a zjišťuje, zda by šlo "
            "dopravní hřiště pro základní školy zřídit u jedné z opolských škol.",
            "the City of Opole is studying the SEMAFOR centre's programme and checking whether "
            "a traffic playground for primary schools could be set up beside an Opole school.",
        ),
        organisation="miasto-opole",
        events=["study-visit-olomouc-2021-06"],
    ),
    _transfer(
        "slunakov-passive-eco-centre",
        "turawa",
        "adapting",
        {"learning": "2021-06-28", "adapting": "2022-04-25"},
        _note(
            "program zajęć terenowych Sluňákova posłużył za wzór ścieżki edukacyjnej nad "
            "Jeziorami Turawskimi, dostosowanej do sezonu letniego i grup turystów.",
            "program terénních lekcí Sluňákova posloužil jako vzor naučné stezky u Turawských "
            "jezer, upravené pro letní sezónu a skupiny turistů.",
            "Sluňákov's outdoor lessons served as the model for an education trail at the Turawa "
            "lakes, adapted to the summer season and to groups of visitors.",
        ),
        adopted="turawa-lakes-recreation",
        events=["study-visit-olomouc-2021-06"],
    ),
]
