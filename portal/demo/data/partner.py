"""The demo partner: an account of the city of Olomouc with practices on their way through review."""

from portal.demo.data.contacts import LENKA
from portal.demo.data.practices import _cover, _t

ORGANISATION = "statutarni-mesto-olomouc"
USERNAME = "partner.olomouc@example.org"
# Czech: the e-mails about the submissions and the editor's comment are in it.
LANGUAGE = "cs"
# The staff account that takes step one of the review in the demo; it cannot log in.
EDITOR = "demo-editor"

_DEFAULTS = {
    "city": "olomouc",
    "projects": ["razem-dla-rozwoju-aglomeracji", "razem-dla-rozwoju-aglomeracji-2020"],
    "contacts": [LENKA],
}

# Submitted by the partner, waiting for an editor.
IN_REVIEW = {
    **_DEFAULTS,
    "slug": "olomouc-opole-city-hall-internships",
    "title": _t(
        "Staże urzędników między Ołomuńcem a Aglomeracją Opolską",
        "Stáže úředníků mezi Olomoucí a Opolskou aglomerací",
        "Internships for city-hall staff between Olomouc and the Opole agglomeration",
    ),
    "summary": _t(
        """
        Pracownicy magistratu w Ołomuńcu i urzędów Aglomeracji Opolskiej spędzają tydzień lub dwa
        u sąsiadów za granicą i poznają, jak tam przygotowuje się i realizuje projekty ZIT/ITI.
        """,
        """
        Zaměstnanci Magistrátu města Olomouce a úřadů Opolské aglomerace tráví týden nebo dva u
        sousedů za hranicí a poznávají, jak se tam připravují a realizují projekty ITI/ZIT.
        """,
        """
        Staff of Olomouc city hall and of the offices of the Opole agglomeration spend one or two
        weeks with their neighbours across the border and learn how ITI/ZIT projects are prepared
        and carried out there.
        """,
    ),
    "problem": _t(
        """
        Obie aglomeracje wybierają projekty w ramach ZIT/ITI, ale ich pracownicy rzadko widzą,
        jak te same zadania rozwiązuje się w kraju sąsiada. Wizyty studyjne trwają zbyt krótko,
        by poznać codzienną pracę urzędu.
        """,
        """
        Obě aglomerace vybírají projekty v rámci ITI/ZIT, ale jejich zaměstnanci jen málokdy
        vidí, jak se stejné úkoly řeší v sousední zemi. Studijní cesty jsou na poznání každodenní
        práce úřadu příliš krátké.
        """,
        """
        Both agglomerations select projects through ITI/ZIT, but their staff rarely see how the
        same tasks are handled in the neighbouring country. Study visits are too short to learn
        an office's everyday work.
        """,
    ),
    "solution": _t(
        """
        W projektach Razem dla rozwoju aglomeracji urzędnicy wyjeżdżali na staże do partnera:
        na przykład dwie osoby z magistratu w Ołomuńcu poznawały w kwietniu 2019 roku węzeł
        przesiadkowy w Gogolinie, a pracownicy z Opola zarządzanie kryzysowe w Ołomuńcu.
        """,
        """
        V projektech Společně pro rozvoj aglomerací vyjížděli úředníci na stáže k partnerovi:
        například dva zaměstnanci olomouckého magistrátu poznávali v dubnu 2019 přestupní uzel v
        Gogolině a pracovníci z Opole krizové řízení v Olomouci.
        """,
        """
        In the Agglomerations4Borderlands projects, staff went on internships with the partner:
        for example, two Olomouc city-hall staff studied the Gogolin transfer hub in April 2019,
        and staff from Opole learnt about crisis management in Olomouc.
        """,
    ),
    "results": _t(
        """
        Staże odbyły się w latach 2018–2021 w obu kierunkach. Uczestnicy przygotowali
        sprawozdania dla swoich urzędów, a kontakty z nich ułatwiły przygotowanie kolejnych
        wizyt studyjnych.
        """,
        """
        Stáže proběhly v letech 2018–2021 oběma směry. Účastníci připravili zprávy pro své úřady
        a kontakty z nich usnadnily přípravu dalších studijních cest.
        """,
        """
        Internships took place both ways from 2018 to 2021. Participants wrote reports for their
        offices, and the contacts made eased the preparation of later study visits.
        """,
    ),
    "resources": _t(
        """
        Koszty podróży i pobytu pokrył projekt współfinansowany z EFRR; urzędy zapewniły czas
        pracowników i opiekuna stażu po stronie przyjmującej.
        """,
        """
        Náklady na cestu a pobyt hradil projekt spolufinancovaný z EFRR; úřady poskytly čas
        zaměstnanců a průvodce stáže na přijímající straně.
        """,
        """
        Travel and stay were paid by the ERDF co-financed project; the offices gave their staff's
        time and a mentor on the hosting side.
        """,
    ),
    "transferability": _t(
        """
        Każda para urzędów może to powtórzyć: wystarczy uzgodniony program stażu, opiekun u
        gospodarza i tłumaczenie najważniejszych dokumentów.
        """,
        """
        Zopakovat to může každá dvojice úřadů: stačí dohodnutý program stáže, průvodce u
        hostitele a překlad nejdůležitějších dokumentů.
        """,
        """
        Any pair of offices can repeat it: an agreed internship programme, a mentor at the host
        and a translation of the key documents are enough.
        """,
    ),
    "themes": ["institutional-cooperation", "integrated-territorial-investments"],
    "year_start": 2018,
    "year_end": 2021,
    "cover": _cover("meeting"),
}

# Returned to the partner by the demo editor with the comment below.
CHANGES_REQUESTED = {
    **_DEFAULTS,
    "slug": "olomouc-opole-neighbour-country-contest",
    "title": _t(
        "Konkurs wiedzy o kraju sąsiada dla dzieci i dorosłych",
        "Vědomostní soutěž o sousední zemi pro děti i dospělé",
        "A knowledge contest about the neighbouring country for children and adults",
    ),
    "summary": _t(
        """
        Mieszkańcy obu aglomeracji odpowiadali na pytania o historię, przyrodę i kulturę kraju
        sąsiada, a najlepsi wygrali wyjazd za granicę.
        """,
        """
        Obyvatelé obou aglomerací odpovídali na otázky o historii, přírodě a kultuře sousední
        země a nejlepší vyhráli výlet za hranice.
        """,
        """
        People of both agglomerations answered questions about the history, nature and culture of
        the neighbouring country, and the best won a trip across the border.
        """,
    ),
    "problem": _t(
        """
        Mieszkańcy Opolszczyzny i Moraw Środkowych mało wiedzą o sąsiadach, choć dzieli ich
        niewiele ponad sto kilometrów.
        """,
        """
        Obyvatelé Opolska a střední Moravy toho o svých sousedech vědí málo, přestože je dělí jen
        něco přes sto kilometrů.
        """,
        """
        People in the Opole region and in Central Moravia know little about their neighbours,
        although only a little over a hundred kilometres lie between them.
        """,
    ),
    "solution": _t(
        """
        Partnerzy przygotowali konkurs w dwóch kategoriach, dla dzieci i dla dorosłych, z
        pytaniami w obu językach i finałem połączonym ze zwiedzaniem.
        """,
        """
        Partneři připravili soutěž ve dvou kategoriích, pro děti a pro dospělé, s otázkami v obou
        jazycích a finálem spojeným s prohlídkou.
        """,
        """
        The partners ran a contest in two categories, for children and for adults, with questions
        in both languages and a final combined with a guided tour.
        """,
    ),
    "results": _t(
        """
        Konkurs odbył się kilkakrotnie w latach 2018–2020 i stał się stałym punktem współpracy
        obu aglomeracji.
        """,
        """
        Soutěž proběhla v letech 2018–2020 několikrát a stala se stálou součástí spolupráce obou
        aglomerací.
        """,
        """
        The contest was held several times from 2018 to 2020 and became a regular part of the
        two agglomerations' cooperation.
        """,
    ),
    "resources": _t(
        """
        Nagrody i wyjazdy sfinansował projekt współfinansowany z EFRR; pytania przygotowali
        pracownicy partnerów.
        """,
        """
        Ceny a výlety financoval projekt spolufinancovaný z EFRR; otázky připravili zaměstnanci
        partnerů.
        """,
        """
        Prizes and trips were paid by the ERDF co-financed project; the partners' staff wrote the
        questions.
        """,
    ),
    "transferability": _t(
        """
        Konkurs łatwo powtórzyć przy każdej granicy; warto od początku zaangażować szkoły i
        biblioteki.
        """,
        """
        Soutěž lze snadno zopakovat na každé hranici; od začátku je dobré zapojit školy a
        knihovny.
        """,
        """
        The contest is easy to repeat on any border; involve schools and libraries from the start.
        """,
    ),
    "themes": ["education-and-skills", "institutional-cooperation", "culture-and-tourism"],
    "year_start": 2018,
    "year_end": 2020,
    "cover": _cover("meeting"),
}

CHANGES_REQUESTED_COMMENT = (
    "Doplňte prosím do výsledků počet účastníků v jednotlivých ročnících soutěže a uveďte, kde "
    "byly výsledky vyhlášeny."
)

# A published practice of the organisation, with a change the partner has started (a draft).
PROPOSED_CHANGE = {
    "slug": "semafor-traffic-education-centre",
    "summary_suffix": _t(
        "Grupy z Aglomeracji Opolskiej są mile widziane: o wizytę warto zapytać osobę do kontaktu.",
        "Skupiny z Opolské aglomerace jsou vítány: na návštěvu se zeptejte kontaktní osoby.",
        "Groups from the Opole agglomeration are welcome: ask the contact person about a visit.",
    ),
}
