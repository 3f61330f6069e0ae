"""Countries, cities and themes of the demo content."""


def _same(name):
    return {"pl": name, "cs": name, "en": name}


COUNTRIES = [
    {
        "code": "PL",
        "time_zone": "Europe/Warsaw",
        "name": {"pl": "Polska", "cs": "Polsko", "en": "Poland"},
    },
    {
        "code": "CZ",
        "time_zone": "Europe/Prague",
        "name": {"pl": "Czechy", "cs": "Česko", "en": "Czechia"},
    },
    {
        "code": "AT",
        "time_zone": "Europe/Vienna",
        "name": {"pl": "Austria", "cs": "Rakousko", "en": "Austria"},
    },
    {
        "code": "DE",
        "time_zone": "Europe/Berlin",
        "name": {"pl": "Niemcy", "cs": "Německo", "en": "Germany"},
    },
    {
        "code": "ES",
        "time_zone": "Europe/Madrid",
        "name": {"pl": "Hiszpania", "cs": "Španělsko", "en": "Spain"},
    },
    {
        "code": "HU",
        "time_zone": "Europe/Budapest",
        "name": {"pl": "Węgry", "cs": "Maďarsko", "en": "Hungary"},
    },
    {
        "code": "IT",
        "time_zone": "Europe/Rome",
        "name": {"pl": "Włochy", "cs": "Itálie", "en": "Italy"},
    },
    {
        "code": "LV",
        "time_zone": "Europe/Riga",
        "name": {"pl": "Łotwa", "cs": "Lotyšsko", "en": "Latvia"},
    },
    {
        "code": "NL",
        "time_zone": "Europe/Amsterdam",
        "name": {"pl": "Holandia", "cs": "Nizozemsko", "en": "Netherlands"},
    },
    {
        "code": "NO",
        "time_zone": "Europe/Oslo",
        "name": {"pl": "Norwegia", "cs": "Norsko", "en": "Norway"},
    },
    {
        "code": "RO",
        "time_zone": "Europe/Bucharest",
        "name": {"pl": "Rumunia", "cs": "Rumunsko", "en": "Romania"},
    },
    {
        "code": "US",
        "time_zone": "America/Chicago",
        "name": {"pl": "Stany Zjednoczone", "cs": "Spojené státy", "en": "United States"},
    },
]

_OPOLSKIE = {"pl": "województwo opolskie", "cs": "Opolské vojvodství", "en": "Opole Voivodeship"}
_SLASKIE = {"pl": "województwo śląskie", "cs": "Slezské vojvodství", "en": "Silesian Voivodeship"}
_POMORSKIE = {
    "pl": "województwo pomorskie",
    "cs": "Pomořské vojvodství",
    "en": "Pomeranian Voivodeship",
}
_OLOMOUCKY = {"pl": "kraj ołomuniecki", "cs": "Olomoucký kraj", "en": "Olomouc Region"}
_OPOLE_AGGLOMERATION = {
    "pl": "Aglomeracja Opolska",
    "cs": "Opolská aglomerace",
    "en": "Opole Agglomeration",
}
_OLOMOUC_AGGLOMERATION = {
    "pl": "Aglomeracja Ołomuniecka",
    "cs": "Olomoucká aglomerace",
    "en": "Olomouc Agglomeration",
}
_GZM = {
    "pl": "Górnośląsko-Zagłębiowska Metropolia",
    "cs": "Hornoslezsko-zagłębiowská metropole",
    "en": "Upper Silesian-Zagłębie Metropolis",
}
_OMGGS = {
    "pl": "Obszar Metropolitalny Gdańsk Gdynia Sopot",
    "cs": "Metropolitní oblast Gdaňsk Gdyně Sopoty",
    "en": "Gdańsk-Gdynia-Sopot Metropolitan Area",
}
_NONE = {"pl": "", "cs": "", "en": ""}


def _city(slug, country, name, lat, lon, region=_NONE, agglomeration=_NONE):
    return {
        "slug": slug,
        "country": country,
        "name": name if isinstance(name, dict) else _same(name),
        "region": region,
        "agglomeration": agglomeration,
        "latitude": lat,
        "longitude": lon,
    }


def _opole_member(slug, name, lat, lon):
    return _city(slug, "PL", name, lat, lon, _OPOLSKIE, _OPOLE_AGGLOMERATION)


def _olomouc_member(slug, name, lat, lon):
    return _city(slug, "CZ", name, lat, lon, _OLOMOUCKY, _OLOMOUC_AGGLOMERATION)


CITIES = [
    # The 21 municipalities of the Opole agglomeration.
    _opole_member("opole", {"pl": "Opole", "cs": "Opolí", "en": "Opole"}, "50.671", "17.926"),
    _opole_member("chrzastowice", "Chrząstowice", "50.664", "18.067"),
    _opole_member("dabrowa", "Dąbrowa", "50.664", "17.746"),
    _opole_member("dobrzen-wielki", "Dobrzeń Wielki", "50.764", "17.853"),
    _opole_member("gogolin", "Gogolin", "50.492", "18.022"),
    _opole_member("izbicko", "Izbicko", "50.569", "18.162"),
    _opole_member("komprachcice", "Komprachcice", "50.628", "17.834"),
    _opole_member("krapkowice", "Krapkowice", "50.475", "17.966"),
    _opole_member("lewin-brzeski", "Lewin Brzeski", "50.749", "17.616"),
    _opole_member("lubniany", "Łubniany", "50.787", "17.972"),
    _opole_member("murow", "Murów", "50.873", "17.923"),
    _opole_member("niemodlin", "Niemodlin", "50.642", "17.620"),
    _opole_member("ozimek", "Ozimek", "50.676", "18.217"),
    _opole_member("popielow", "Popielów", "50.822", "17.726"),
    _opole_member("proszkow", "Prószków", "50.577", "17.870"),
    _opole_member("strzeleczki", "Strzeleczki", "50.461", "17.866"),
    _opole_member("tarnow-opolski", "Tarnów Opolski", "50.577", "18.081"),
    _opole_member("tulowice", "Tułowice", "50.596", "17.657"),
    _opole_member("turawa", "Turawa", "50.740", "18.066"),
    _opole_member("walce", "Walce", "50.367", "17.967"),
    _opole_member("zdzieszowice", "Zdzieszowice", "50.424", "18.123"),
    # A village of Gogolin municipality visited in 2022.
    _opole_member("kamien-slaski", "Kamień Śląski", "50.548", "18.083"),
    # The Olomouc agglomeration.
    _olomouc_member(
        "olomouc", {"pl": "Ołomuniec", "cs": "Olomouc", "en": "Olomouc"}, "49.594", "17.251"
    ),
    _olomouc_member("prerov", "Přerov", "49.455", "17.451"),
    _olomouc_member("prostejov", "Prostějov", "49.472", "17.111"),
    _olomouc_member("hranice", "Hranice", "49.548", "17.735"),
    _olomouc_member("litovel", "Litovel", "49.701", "17.076"),
    _olomouc_member("mohelnice", "Mohelnice", "49.777", "16.919"),
    _olomouc_member("tovacov", "Tovačov", "49.431", "17.289"),
    # Silesia.
    _city(
        "katowice",
        "PL",
        {"pl": "Katowice", "cs": "Katovice", "en": "Katowice"},
        "50.264",
        "19.024",
        _SLASKIE,
        _GZM,
    ),
    _city("gliwice", "PL", "Gliwice", "50.294", "18.666", _SLASKIE, _GZM),
    _city("bytom", "PL", "Bytom", "50.348", "18.916", _SLASKIE, _GZM),
    _city("zabrze", "PL", "Zabrze", "50.324", "18.786", _SLASKIE, _GZM),
    _city("ruda-slaska", "PL", "Ruda Śląska", "50.256", "18.856", _SLASKIE, _GZM),
    _city("dabrowa-gornicza", "PL", "Dąbrowa Górnicza", "50.322", "19.187", _SLASKIE, _GZM),
    _city(
        "czestochowa",
        "PL",
        {"pl": "Częstochowa", "cs": "Čenstochová", "en": "Częstochowa"},
        "50.812",
        "19.120",
        _SLASKIE,
    ),
    # Pomerania.
    _city(
        "gdansk",
        "PL",
        {"pl": "Gdańsk", "cs": "Gdaňsk", "en": "Gdańsk"},
        "54.352",
        "18.646",
        _POMORSKIE,
        _OMGGS,
    ),
    _city(
        "gdynia",
        "PL",
        {"pl": "Gdynia", "cs": "Gdyně", "en": "Gdynia"},
        "54.519",
        "18.531",
        _POMORSKIE,
        _OMGGS,
    ),
    _city(
        "sopot",
        "PL",
        {"pl": "Sopot", "cs": "Sopoty", "en": "Sopot"},
        "54.442",
        "18.560",
        _POMORSKIE,
        _OMGGS,
    ),
    _city(
        "wroclaw",
        "PL",
        {"pl": "Wrocław", "cs": "Vratislav", "en": "Wrocław"},
        "51.108",
        "17.038",
        {
            "pl": "województwo dolnośląskie",
            "cs": "Dolnoslezské vojvodství",
            "en": "Lower Silesian Voivodeship",
        },
    ),
    # Partners from further away.
    _city(
        "leoben",
        "AT",
        "Leoben",
        "47.381",
        "15.094",
        {"pl": "Styria", "cs": "Štýrsko", "en": "Styria"},
    ),
    _city("rezekne", "LV", "Rēzekne", "56.510", "27.333"),
    _city("eberswalde", "DE", "Eberswalde", "52.834", "13.819"),
    _city("altena", "DE", "Altena", "51.299", "7.672"),
    _city("heerlen", "NL", "Heerlen", "50.888", "5.979"),
    _city("nagykallo", "HU", "Nagykálló", "47.876", "21.840"),
    _city("legazpi", "ES", "Legazpi", "43.054", "-2.334"),
    _city("notodden", "NO", "Notodden", "59.560", "9.259"),
    _city("ancona", "IT", {"pl": "Ankona", "cs": "Ancona", "en": "Ancona"}, "43.616", "13.519"),
    _city("medias", "RO", "Mediaș", "46.164", "24.351"),
    _city("oslo", "NO", "Oslo", "59.913", "10.752"),
    _city(
        "kansas-city",
        "US",
        "Kansas City",
        "39.100",
        "-94.579",
        {"pl": "Missouri", "cs": "Missouri", "en": "Missouri"},
    ),
]

THEMES = [
    {
        "slug": "integrated-territorial-investments",
        "name": {
            "pl": "Zintegrowane Inwestycje Terytorialne (ZIT)",
            "cs": "Integrované teritoriální investice (ITI)",
            "en": "Integrated Territorial Investments (ITI)",
        },
        "description": {
            "pl": "Jak aglomeracje same wybierają i finansują wspólne inwestycje ze środków unijnych.",
            "cs": "Jak si aglomerace samy vybírají a financují společné investice z evropských fondů.",
            "en": "How agglomerations select and fund their shared investments from EU funds themselves.",
        },
    },
    {
        "slug": "sustainable-mobility",
        "name": {
            "pl": "Zrównoważona mobilność",
            "cs": "Udržitelná mobilita",
            "en": "Sustainable mobility",
        },
        "description": {
            "pl": "Transport publiczny, węzły przesiadkowe, ruch rowerowy i planowanie mobilności.",
            "cs": "Veřejná doprava, přestupní uzly, cyklistika a plánování mobility.",
            "en": "Public transport, transfer hubs, cycling and mobility planning.",
        },
    },
    {
        "slug": "environmental-education",
        "name": {
            "pl": "Edukacja ekologiczna",
            "cs": "Environmentální výchova",
            "en": "Environmental education",
        },
        "description": {
            "pl": "Nauka o przyrodzie i klimacie dla dzieci, młodzieży i dorosłych.",
            "cs": "Výchova k přírodě a klimatu pro děti, mládež i dospělé.",
            "en": "Learning about nature and the climate for children, young people and adults.",
        },
    },
    {
        "slug": "road-safety",
        "name": {
            "pl": "Bezpieczeństwo ruchu drogowego",
            "cs": "Bezpečnost silničního provozu",
            "en": "Road safety",
        },
        "description": {
            "pl": "Wychowanie komunikacyjne i bezpieczne ulice.",
            "cs": "Dopravní výchova a bezpečné ulice.",
            "en": "Traffic education and safe streets.",
        },
    },
    {
        "slug": "green-economy",
        "name": {"pl": "Zielona gospodarka", "cs": "Zelená ekonomika", "en": "Green economy"},
        "description": {
            "pl": "Gospodarka niskoemisyjna, odnawialne źródła energii i obieg zamknięty.",
            "cs": "Nízkouhlíková ekonomika, obnovitelné zdroje energie a oběhové hospodářství.",
            "en": "A low-carbon economy, renewable energy and the circular economy.",
        },
    },
    {
        "slug": "energy-efficiency",
        "name": {
            "pl": "Efektywność energetyczna",
            "cs": "Energetická účinnost",
            "en": "Energy efficiency",
        },
        "description": {
            "pl": "Budynki pasywne, termomodernizacja i oszczędzanie energii.",
            "cs": "Pasivní budovy, zateplování a úspory energie.",
            "en": "Passive buildings, retrofitting and saving energy.",
        },
    },
    {
        "slug": "urban-biodiversity",
        "name": {
            "pl": "Przyroda w mieście",
            "cs": "Biodiverzita ve městě",
            "en": "Urban biodiversity",
        },
        "description": {
            "pl": "Zieleń miejska, ochrona gatunków, ogrody zoologiczne i zielone dachy.",
            "cs": "Městská zeleň, ochrana druhů, zoologické zahrady a zelené střechy.",
            "en": "Urban greenery, species protection, zoos and green roofs.",
        },
    },
    {
        "slug": "brownfield-revitalisation",
        "name": {
            "pl": "Rewitalizacja terenów poprzemysłowych",
            "cs": "Revitalizace brownfieldů",
            "en": "Brownfield revitalisation",
        },
        "description": {
            "pl": "Nowe życie dla opuszczonych terenów przemysłowych, kolejowych i wojskowych.",
            "cs": "Nový život pro opuštěné průmyslové, železniční a vojenské areály.",
            "en": "New life for abandoned industrial, railway and military sites.",
        },
    },
    {
        "slug": "crisis-management",
        "name": {
            "pl": "Zarządzanie kryzysowe",
            "cs": "Krizové řízení",
            "en": "Crisis management",
        },
        "description": {
            "pl": "Zapobieganie zagrożeniom, ratownictwo i powiadamianie ratunkowe.",
            "cs": "Prevence rizik, záchranný systém a tísňové volání.",
            "en": "Hazard prevention, rescue services and emergency calls.",
        },
    },
    {
        "slug": "climate-adaptation",
        "name": {
            "pl": "Adaptacja do zmian klimatu",
            "cs": "Adaptace na změnu klimatu",
            "en": "Climate adaptation",
        },
        "description": {
            "pl": "Retencja wody, ochrona przed upałem i powodzią.",
            "cs": "Zadržování vody, ochrana před horky a povodněmi.",
            "en": "Water retention, protection against heat and floods.",
        },
    },
    {
        "slug": "rivers-and-water",
        "name": {"pl": "Rzeki i woda", "cs": "Řeky a voda", "en": "Rivers and water"},
        "description": {
            "pl": "Rzeki w mieście, jeziora, rekreacja nad wodą i gospodarka wodna.",
            "cs": "Řeky ve městě, jezera, rekreace u vody a vodní hospodářství.",
            "en": "Rivers in towns, lakes, recreation by the water and water management.",
        },
    },
    {
        "slug": "senior-policy",
        "name": {"pl": "Polityka senioralna", "cs": "Seniorská politika", "en": "Senior policy"},
        "description": {
            "pl": "Usługi i aktywność dla starszych mieszkańców.",
            "cs": "Služby a aktivity pro starší obyvatele.",
            "en": "Services and activities for older residents.",
        },
    },
    {
        "slug": "culture-and-tourism",
        "name": {
            "pl": "Kultura i turystyka",
            "cs": "Kultura a cestovní ruch",
            "en": "Culture and tourism",
        },
        "description": {
            "pl": "Dziedzictwo, dostęp do kultury i turystyka po obu stronach granicy.",
            "cs": "Kulturní dědictví, přístup ke kultuře a cestovní ruch na obou stranách hranice.",
            "en": "Heritage, access to culture and tourism on both sides of the border.",
        },
    },
    {
        "slug": "innovation-and-business",
        "name": {
            "pl": "Innowacje i przedsiębiorczość",
            "cs": "Inovace a podnikání",
            "en": "Innovation and business",
        },
        "description": {
            "pl": "Parki technologiczne, inkubatory i współpraca nauki z biznesem.",
            "cs": "Technologické parky, inkubátory a spolupráce vědy s firmami.",
            "en": "Technology parks, incubators and cooperation between research and business.",
        },
    },
    {
        "slug": "strategic-planning",
        "name": {
            "pl": "Planowanie strategiczne",
            "cs": "Strategické plánování",
            "en": "Strategic planning",
        },
        "description": {
            "pl": "Strategie rozwoju miast i obszarów funkcjonalnych, zarządzanie wielopoziomowe.",
            "cs": "Strategie rozvoje měst a funkčních území, víceúrovňové řízení.",
            "en": "Development strategies for cities and functional areas, multi-level governance.",
        },
    },
    {
        "slug": "institutional-cooperation",
        "name": {
            "pl": "Współpraca instytucji",
            "cs": "Spolupráce institucí",
            "en": "Institutional cooperation",
        },
        "description": {
            "pl": "Wymiana doświadczeń między urzędami, sieci współpracy i partnerstwa.",
            "cs": "Výměna zkušeností mezi úřady, sítě spolupráce a partnerství.",
            "en": "Exchange of experience between public offices, cooperation networks and partnerships.",
        },
    },
    {
        "slug": "smart-city",
        "name": {"pl": "Inteligentne miasto", "cs": "Chytré město", "en": "Smart city"},
        "description": {
            "pl": "Cyfrowe usługi publiczne, dane i nowe technologie w zarządzaniu miastem.",
            "cs": "Digitální veřejné služby, data a nové technologie při správě města.",
            "en": "Digital public services, data and new technology in running a city.",
        },
    },
    {
        "slug": "social-inclusion",
        "name": {
            "pl": "Włączenie społeczne",
            "cs": "Sociální začleňování",
            "en": "Social inclusion",
        },
        "description": {
            "pl": "Integracja migrantów, dostępność i równe szanse.",
            "cs": "Integrace migrantů, přístupnost a rovné příležitosti.",
            "en": "Integration of migrants, accessibility and equal opportunities.",
        },
    },
    {
        "slug": "education-and-skills",
        "name": {
            "pl": "Edukacja i kompetencje",
            "cs": "Vzdělávání a dovednosti",
            "en": "Education and skills",
        },
        "description": {
            "pl": "Szkoły, uczenie się przez całe życie i przygotowanie do pracy.",
            "cs": "Školy, celoživotní učení a příprava na práci.",
            "en": "Schools, lifelong learning and preparing people for work.",
        },
    },
]
