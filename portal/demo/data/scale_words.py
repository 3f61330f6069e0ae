"""Words and sentences from which `seed_scale` composes synthetic content, in pl, cs and en.

Plain data like the other demo modules. Every entry is a (pl, cs, en) tuple saying the same
thing in each language. Slots: {city} (a town's name, always in apposition so it needs no
declension), {object} or {Object} (a noun phrase in the nominative, lower-case or capitalised:
the subject), {year}, {pct}, {count}, {towns} and {months} (numbers whose Polish and Czech plurals
take the genitive), {amount} (written as each language writes numbers).

The words "mobilność", "mobilita" and "mobility" occur only where a text is about the theme
sustainable-mobility, and "Sluňákov" only in RARE_SENTENCE: `seed_scale` relies on both to offer a
benchmark a common word and a rare one. Texts hold no characters that HTML escapes (& < > ").
"""

# The theme whose words are common: seed_scale gives it to about a third of all practices.
COMMON_THEME = "sustainable-mobility"

# What a practice can be about, per theme: singular noun phrases in the nominative.
THEME_OBJECTS = {
    "integrated-territorial-investments": [
        (
            "wspólny program inwestycji gmin",
            "společný program investic obcí",
            "joint investment programme of the municipalities",
        ),
        (
            "komitet sterujący aglomeracji",
            "řídicí výbor aglomerace",
            "agglomeration steering committee",
        ),
        (
            "system wyboru projektów ZIT",
            "systém výběru projektů ITI",
            "ITI project selection system",
        ),
    ],
    "sustainable-mobility": [
        ("węzeł przesiadkowy", "přestupní terminál", "transfer hub"),
        ("bilet aglomeracyjny", "aglomerační jízdenka", "agglomeration ticket"),
        (
            "plan zrównoważonej mobilności",
            "plán udržitelné mobility",
            "sustainable urban mobility plan",
        ),
        ("system roweru miejskiego", "systém sdílených kol", "bike-sharing scheme"),
        ("parking Parkuj i Jedź", "parkoviště P+R", "park-and-ride car park"),
    ],
    "environmental-education": [
        ("ekologiczne centrum edukacyjne", "ekocentrum", "environmental education centre"),
        ("ścieżka przyrodnicza", "naučná stezka", "nature trail"),
        (
            "szkolny program ekologiczny",
            "školní ekologický program",
            "school environmental programme",
        ),
    ],
    "road-safety": [
        ("miasteczko ruchu drogowego", "dopravní hřiště", "traffic education park"),
        (
            "program bezpiecznej drogi do szkoły",
            "program bezpečné cesty do školy",
            "safe route to school programme",
        ),
        ("strefa uspokojonego ruchu", "zóna zklidněné dopravy", "traffic-calming zone"),
    ],
    "green-economy": [
        (
            "punkt napraw i ponownego użycia",
            "centrum opětovného použití",
            "repair and reuse centre",
        ),
        ("lokalny targ rolników", "farmářský trh", "local farmers market"),
        (
            "program zielonych zamówień publicznych",
            "program zelených veřejných zakázek",
            "green public procurement programme",
        ),
    ],
    "energy-efficiency": [
        ("termomodernizacja szkół", "zateplení škol", "school insulation programme"),
        (
            "miejska elektrownia słoneczna",
            "městská fotovoltaická elektrárna",
            "municipal solar plant",
        ),
        ("inteligentne oświetlenie ulic", "chytré veřejné osvětlení", "smart street lighting"),
    ],
    "urban-biodiversity": [
        ("łąka kwietna", "květnatá louka", "wildflower meadow"),
        ("zielony dach", "zelená střecha", "green roof"),
        ("park kieszonkowy", "kapesní park", "pocket park"),
    ],
    "brownfield-revitalisation": [
        (
            "rewitalizacja dawnej cukrowni",
            "revitalizace bývalého cukrovaru",
            "regeneration of a former sugar factory",
        ),
        (
            "centrum kultury w dawnej hali fabrycznej",
            "kulturní centrum v bývalé tovární hale",
            "arts centre in a former factory hall",
        ),
        (
            "park na terenie dawnej kopalni",
            "park v areálu bývalého dolu",
            "park on a former mine site",
        ),
    ],
    "crisis-management": [
        (
            "wspólne centrum powiadamiania ratunkowego",
            "společné operační středisko",
            "joint emergency call centre",
        ),
        ("system ostrzegania przed powodzią", "povodňový varovný systém", "flood warning system"),
        (
            "program transgranicznych ćwiczeń służb ratowniczych",
            "program přeshraničních cvičení záchranných složek",
            "cross-border rescue exercise programme",
        ),
    ],
    "climate-adaptation": [
        (
            "miejski plan adaptacji do zmian klimatu",
            "městský adaptační plán",
            "urban climate adaptation plan",
        ),
        ("ogród deszczowy", "dešťová zahrada", "rain garden"),
        ("zacieniony plac miejski", "stinné náměstí", "shaded town square"),
    ],
    "rivers-and-water": [
        ("renaturyzacja potoku", "revitalizace potoka", "stream restoration"),
        ("bulwar nad rzeką", "nábřeží řeky", "riverside promenade"),
        ("szlak kajakowy", "vodácká trasa", "canoe trail"),
    ],
    "senior-policy": [
        ("klub seniora", "klub seniorů", "senior citizens club"),
        ("uniwersytet trzeciego wieku", "univerzita třetího věku", "university of the third age"),
        ("senioralna karta zniżek", "seniorská slevová karta", "senior discount card"),
    ],
    "culture-and-tourism": [
        ("transgraniczny szlak rowerowy", "přeshraniční cyklotrasa", "cross-border cycle route"),
        (
            "festiwal kultury sąsiadów",
            "festival kultury sousedů",
            "festival of neighbourly culture",
        ),
        ("wspólna karta turystyczna", "společná turistická karta", "joint tourist card"),
    ],
    "innovation-and-business": [
        ("park naukowo-technologiczny", "vědeckotechnický park", "science and technology park"),
        ("inkubator przedsiębiorczości", "podnikatelský inkubátor", "business incubator"),
        (
            "transgraniczna giełda kooperacyjna",
            "přeshraniční kooperační burza",
            "cross-border business matchmaking fair",
        ),
    ],
    "strategic-planning": [
        ("wspólna strategia rozwoju", "společná strategie rozvoje", "joint development strategy"),
        (
            "transgraniczne studium zagospodarowania",
            "přeshraniční územní studie",
            "cross-border spatial study",
        ),
        (
            "system monitorowania wskaźników",
            "systém sledování ukazatelů",
            "indicator monitoring system",
        ),
    ],
    "institutional-cooperation": [
        ("program wymiany pracowników", "program výměny zaměstnanců", "staff exchange programme"),
        ("sieć partnerskich urzędów", "síť partnerských úřadů", "network of partner town halls"),
        ("wspólny punkt informacyjny", "společné informační místo", "joint information point"),
    ],
    "smart-city": [
        ("aplikacja miejska", "městská aplikace", "city app"),
        ("portal otwartych danych", "portál otevřených dat", "open data portal"),
        ("system inteligentnego parkowania", "chytrý parkovací systém", "smart parking system"),
    ],
    "social-inclusion": [
        (
            "centrum integracji społecznej",
            "centrum sociálního začleňování",
            "social inclusion centre",
        ),
        (
            "program mieszkań wspomaganych",
            "program podporovaného bydlení",
            "supported housing programme",
        ),
        ("dzienny dom pomocy", "denní stacionář", "day care centre"),
    ],
    "education-and-skills": [
        ("dwujęzyczna szkoła letnia", "dvojjazyčná letní škola", "bilingual summer school"),
        (
            "konkurs wiedzy o sąsiednim kraju",
            "vědomostní soutěž o sousední zemi",
            "knowledge contest about the neighbouring country",
        ),
        ("kurs języka sąsiada", "kurz jazyka souseda", "neighbour language course"),
    ],
}

# What follows a practice's subject in its title, after a colon.
TITLE_QUALIFIERS = [
    ("doświadczenia z pogranicza", "zkušenosti z pohraničí", "lessons from the borderland"),
    (
        "wspólnie po obu stronach granicy",
        "společně na obou stranách hranice",
        "together on both sides of the border",
    ),
    ("model dla małych gmin", "model pro malé obce", "a model for small municipalities"),
    ("od pomysłu do realizacji", "od nápadu k realizaci", "from idea to delivery"),
    (
        "partnerstwo miast i gmin",
        "partnerství měst a obcí",
        "a partnership of towns and municipalities",
    ),
    ("pilotaż w aglomeracji", "pilotní ověření v aglomeraci", "a pilot in the agglomeration"),
    ("rozwiązanie dla mieszkańców", "řešení pro obyvatele", "a solution for residents"),
    ("wspólne standardy", "společné standardy", "shared standards"),
    ("druga edycja", "druhý ročník", "second edition"),
    ("małym kosztem", "s malými náklady", "on a small budget"),
]

# The first sentence of a practice's summary.
PRACTICE_SUMMARIES = [
    (
        "Gmina {city}: {object} łączy instytucje i mieszkańców z obu stron granicy.",
        "Obec {city}: {object} spojuje instituce a obyvatele z obou stran hranice.",
        "{city}: the {object} brings together institutions and residents from both sides of the border.",
    ),
    (
        "{Object} to rozwiązanie, które gmina {city} wdraża razem z partnerami zza granicy.",
        "{Object} je řešení, které obec {city} zavádí společně s partnery ze sousední země.",
        "The {object} is a solution that {city} puts in place together with partners across the border.",
    ),
    (
        "Jak {object} w gminie {city} odpowiada na potrzeby mieszkańców i co mogą z tego przejąć inni.",
        "Jak {object} v obci {city} odpovídá na potřeby obyvatel a co z toho mohou převzít ostatní.",
        "How the {object} in {city} meets the needs of residents, and what others can take from it.",
    ),
    (
        "Opis wdrożenia: {object}, gmina {city}, z wynikami i wskazówkami dla naśladowców.",
        "Popis zavedení: {object}, obec {city}, s výsledky a doporučeními pro následovníky.",
        "How the {object} was introduced in {city}, with results and advice for those who follow.",
    ),
    (
        "Od {year} roku {object} w gminie {city} służy mieszkańcom po obu stronach granicy.",
        "Od roku {year} slouží {object} v obci {city} obyvatelům na obou stranách hranice.",
        "Since {year}, the {object} in {city} has served residents on both sides of the border.",
    ),
]

# Introduces the list of a text's themes; the theme names follow, lower-cased.
THEMES_LEAD = ("Obszary tematyczne", "Tematické oblasti", "Themes")

# The one sentence with the rare word: seed_scale puts it into one row in a thousand.
RARE_SENTENCE = (
    "Inspiracją było ekocentrum Sluňákov w Ołomuńcu.",
    "Inspirací bylo ekocentrum Sluňákov v Olomouci.",
    "It drew on the example of the Sluňákov eco-centre in Olomouc.",
)

PROBLEMS = [
    (
        "Gmina {city} nie miała własnych doświadczeń w tej dziedzinie ani partnerów za granicą.",
        "Obec {city} neměla v této oblasti vlastní zkušenosti ani partnery v zahraničí.",
        "{city} had no experience of its own in this field and no partners across the border.",
    ),
    (
        "Mieszkańcy gminy {city} zgłaszali ten problem od lat, ale żadna instytucja nie mogła go rozwiązać sama.",
        "Obyvatelé obce {city} na problém upozorňovali léta, ale žádná instituce ho nedokázala vyřešit sama.",
        "Residents of {city} had raised the problem for years, but no institution could solve it alone.",
    ),
    (
        "Granica dzieliła obszar, który w codziennym życiu stanowi jedną całość.",
        "Hranice dělila území, které v každodenním životě tvoří jeden celek.",
        "The border divided an area that is one whole in everyday life.",
    ),
    (
        "Budżet gminy {city} nie wystarczał na inwestycję, a wiedza była rozproszona między wiele urzędów.",
        "Rozpočet obce {city} na investici nestačil a znalosti byly rozptýleny mezi mnoho úřadů.",
        "The budget of {city} could not pay for the investment, and the know-how was spread over many offices.",
    ),
    (
        "Młodzi ludzie wyjeżdżali, a usługi publiczne słabły.",
        "Mladí lidé odcházeli a veřejné služby slábly.",
        "Young people were moving away and public services were weakening.",
    ),
    (
        "Dane z obu krajów były niespójne, więc trudno było planować wspólnie.",
        "Data z obou zemí si neodpovídala, a tak bylo obtížné plánovat společně.",
        "Data from the two countries did not match, so joint planning was hard.",
    ),
]

CONTEXTS = [
    (
        "Podobne wyzwania mają gminy po obu stronach granicy.",
        "Podobné výzvy mají obce na obou stranách hranice.",
        "Municipalities on both sides of the border face similar challenges.",
    ),
    (
        "Partnerzy z Polski i Czech postanowili szukać rozwiązania razem.",
        "Partneři z Polska a Česka se rozhodli hledat řešení společně.",
        "Partners from Poland and Czechia decided to look for a solution together.",
    ),
    (
        "Pierwsze rozmowy odbyły się podczas wizyty studyjnej.",
        "První rozhovory proběhly během studijní cesty.",
        "The first talks took place during a study visit.",
    ),
    (
        "Sprawa wymagała współpracy samorządów, szkół i organizacji pozarządowych.",
        "Věc vyžadovala spolupráci samospráv, škol a neziskových organizací.",
        "It needed local governments, schools and non-governmental organisations to work together.",
    ),
    (
        "Wcześniejsze próby kończyły się na etapie planów.",
        "Dřívější pokusy skončily ve fázi plánů.",
        "Earlier attempts had not gone beyond plans.",
    ),
]

SOLUTIONS = [
    (
        "{Object} działa według założeń uzgodnionych przez partnerów z obu krajów.",
        "{Object} funguje podle zadání, na kterém se shodli partneři z obou zemí.",
        "The {object} works to a brief agreed by partners from both countries.",
    ),
    (
        "Pilotaż objął jedną dzielnicę, potem całą gminę {city}.",
        "Pilotní ověření zahrnulo jednu čtvrť, potom celou obec {city}.",
        "A pilot covered one district, then the whole of {city}.",
    ),
    (
        "Urzędnicy z obu krajów pracowali nad projektem w mieszanych zespołach.",
        "Úředníci z obou zemí pracovali na projektu ve smíšených týmech.",
        "Officials from both countries worked on it in mixed teams.",
    ),
    (
        "Mieszkańcy współdecydowali o szczegółach na otwartych spotkaniach.",
        "Obyvatelé spolurozhodovali o podrobnostech na veřejných setkáních.",
        "Residents helped decide the details at open meetings.",
    ),
    (
        "Rozwiązanie oparto na doświadczeniach partnera zza granicy, dostosowanych do lokalnych przepisów.",
        "Řešení vychází ze zkušeností partnera ze sousední země, přizpůsobených místním předpisům.",
        "The solution builds on the experience of the partner across the border, adapted to local rules.",
    ),
    (
        "Wszystkie materiały przygotowano w dwóch językach.",
        "Všechny materiály byly připraveny ve dvou jazycích.",
        "All materials were prepared in two languages.",
    ),
]

RESULTS = [
    (
        "Z rozwiązania skorzystało już {count} mieszkańców.",
        "Řešení už využilo {count} obyvatel.",
        "{count} residents have used it so far.",
    ),
    (
        "Liczba użytkowników wzrosła o {pct}% w ciągu dwóch lat.",
        "Počet uživatelů se za dva roky zvýšil o {pct} %.",
        "The number of users grew by {pct}% in two years.",
    ),
    (
        "Koszty utrzymania spadły o {pct}%.",
        "Náklady na provoz klesly o {pct} %.",
        "Running costs fell by {pct}%.",
    ),
    (
        "Od {year} roku rozwiązanie przejęło kolejnych {towns} gmin z regionu.",
        "Od roku {year} řešení převzalo dalších {towns} obcí z regionu.",
        "Since {year}, {towns} more municipalities in the region have taken it up.",
    ),
    (
        "Ewaluacja potwierdziła trwałe efekty i wysoką ocenę mieszkańców.",
        "Hodnocení potvrdilo trvalé účinky a vysokou spokojenost obyvatel.",
        "An evaluation confirmed lasting effects and high satisfaction among residents.",
    ),
    (
        "Rozwiązanie zdobyło regionalną nagrodę za współpracę transgraniczną.",
        "Řešení získalo krajské ocenění za přeshraniční spolupráci.",
        "It won a regional award for cross-border cooperation.",
    ),
]

RESOURCES = [
    (
        "Koszt wyniósł {amount} EUR, z czego 85% pokrył Europejski Fundusz Rozwoju Regionalnego.",
        "Náklady činily {amount} EUR, z toho 85 % pokryl Evropský fond pro regionální rozvoj.",
        "It cost EUR {amount}, 85% of it paid by the European Regional Development Fund.",
    ),
    (
        "Przygotowanie trwało {months} miesięcy, a zespół liczył kilku pracowników z każdej strony granicy.",
        "Příprava trvala {months} měsíců a tým tvořilo několik pracovníků z každé strany hranice.",
        "Preparation took {months} months with a team of a few staff from each side of the border.",
    ),
    (
        "Budżet wyniósł {amount} EUR ze środków gmin i programu Interreg.",
        "Rozpočet činil {amount} EUR z prostředků obcí a programu Interreg.",
        "The budget was EUR {amount} from the municipalities and the Interreg programme.",
    ),
]

TRANSFERS = [
    (
        "Rozwiązanie sprawdzi się w każdej gminie, która ma partnera po drugiej stronie granicy.",
        "Řešení se osvědčí v každé obci, která má partnera na druhé straně hranice.",
        "It will work in any municipality with a partner on the other side of the border.",
    ),
    (
        "Warto zacząć od małego pilotażu i wspólnego słownika pojęć.",
        "Vyplatí se začít malým pilotním ověřením a společným slovníkem pojmů.",
        "Start with a small pilot and a shared glossary of terms.",
    ),
    (
        "Najwięcej czasu wymaga uzgodnienie przepisów obu krajów.",
        "Nejvíce času vyžaduje sladění předpisů obou zemí.",
        "Aligning the rules of the two countries takes the most time.",
    ),
    (
        "Bez zaangażowania mieszkańców efekty byłyby znacznie mniejsze.",
        "Bez zapojení obyvatel by byly výsledky mnohem menší.",
        "Without residents taking part, the results would have been much smaller.",
    ),
    (
        "Dokumentacja jest dostępna dla innych gmin na prośbę.",
        "Dokumentace je ostatním obcím k dispozici na požádání.",
        "The documentation is available to other municipalities on request.",
    ),
]

PRACTICE_LINKS = [
    ("Strona internetowa rozwiązania", "Webové stránky řešení", "Website of the solution"),
    ("Raport z ewaluacji", "Hodnoticí zpráva", "Evaluation report"),
    (
        "Prezentacja z wizyty studyjnej",
        "Prezentace ze studijní cesty",
        "Presentation from the study visit",
    ),
]

# Organisations by kind: names with the city after a dash, so the city needs no declension.
ORGANISATION_NAMES = {
    "municipality": [
        ("Gmina {city}", "Obec {city}", "{city} Municipality"),
    ],
    "association": [
        (
            "Stowarzyszenie Gmin Pogranicza – {city}",
            "Sdružení obcí pohraničí – {city}",
            "Borderland Municipalities Association, {city}",
        ),
        (
            "Stowarzyszenie Razem bez Granic – {city}",
            "Spolek Společně bez hranic – {city}",
            "Together Without Borders Association, {city}",
        ),
    ],
    "agency": [
        (
            "Agencja Rozwoju Lokalnego – {city}",
            "Agentura místního rozvoje – {city}",
            "{city} Local Development Agency",
        ),
        (
            "Agencja Rozwoju Regionalnego – {city}",
            "Regionální rozvojová agentura – {city}",
            "{city} Regional Development Agency",
        ),
    ],
    "university": [
        (
            "Instytut Badań Regionalnych – {city}",
            "Ústav regionálních studií – {city}",
            "Institute for Regional Studies, {city}",
        ),
        (
            "Wyższa Szkoła Zawodowa – {city}",
            "Vyšší odborná škola – {city}",
            "{city} College of Applied Sciences",
        ),
    ],
    "ngo": [
        (
            "Fundacja Aktywni Razem – {city}",
            "Nadace Aktivně spolu – {city}",
            "Active Together Foundation, {city}",
        ),
        (
            "Towarzystwo Przyjaciół Przyrody – {city}",
            "Spolek přátel přírody – {city}",
            "Friends of Nature Society, {city}",
        ),
        (
            "Klub Sportowy Pogranicze – {city}",
            "Sportovní klub Pohraničí – {city}",
            "Borderland Sports Club, {city}",
        ),
    ],
    "company": [
        (
            "Przedsiębiorstwo Komunikacji Miejskiej – {city}",
            "Dopravní podnik – {city}",
            "{city} Public Transport Company",
        ),
        (
            "Wodociągi i Kanalizacja – {city}",
            "Vodovody a kanalizace – {city}",
            "{city} Water and Sewerage Company",
        ),
    ],
    "public": [
        ("Centrum Kultury – {city}", "Kulturní centrum – {city}", "{city} Cultural Centre"),
        ("Biblioteka Publiczna – {city}", "Městská knihovna – {city}", "{city} Public Library"),
        (
            "Szkoła Podstawowa nr {number} – {city}",
            "Základní škola č. {number} – {city}",
            "Primary School No. {number}, {city}",
        ),
        (
            "Straż Pożarna – {city}",
            "Hasičský záchranný sbor – {city}",
            "{city} Fire and Rescue Service",
        ),
    ],
    "other": [
        (
            "Lokalna Grupa Działania – {city}",
            "Místní akční skupina – {city}",
            "{city} Local Action Group",
        ),
    ],
}

ORGANISATION_DESCRIPTIONS = [
    (
        "Od {year} roku współpracuje z partnerami zza granicy.",
        "Od roku {year} spolupracuje s partnery ze sousední země.",
        "It has worked with partners across the border since {year}.",
    ),
    (
        "Prowadzi projekty dla mieszkańców gminy {city} i okolic.",
        "Vede projekty pro obyvatele obce {city} a okolí.",
        "It runs projects for the people of {city} and the surrounding area.",
    ),
    (
        "Dzieli się doświadczeniami podczas wizyt studyjnych i staży.",
        "Sdílí zkušenosti během studijních cest a stáží.",
        "It shares its experience through study visits and internships.",
    ),
    (
        "Jest członkiem sieci współpracy aglomeracji.",
        "Je členem sítě spolupráce aglomerací.",
        "It is a member of the agglomerations' cooperation network.",
    ),
]

PROJECT_PREFIXES = [
    ("Razem ponad granicą", "Společně přes hranici", "Together across the border"),
    ("Sąsiedzi w działaniu", "Sousedé v akci", "Neighbours in action"),
    ("Wspólna aglomeracja", "Společná aglomerace", "A shared agglomeration"),
    ("Partnerstwo dla rozwoju", "Partnerství pro rozvoj", "Partnership for development"),
    ("Pogranicze bez barier", "Pohraničí bez bariér", "A borderland without barriers"),
    ("Sieć współpracy", "Síť spolupráce", "Cooperation network"),
    ("Wspólne rozwiązania", "Společná řešení", "Shared solutions"),
    ("Miasta dla ludzi", "Města pro lidi", "Cities for people"),
]

PROJECT_ACRONYMS = [
    "BORDERLINK",
    "CROSSMOVE",
    "GREENBRIDGE",
    "AGLO",
    "NEIGHBOURS",
    "CITYNET",
    "RIVERCARE",
    "SHARE",
    "TOGETHER",
    "LINK",
]

PROJECT_SUMMARIES = [
    (
        "Partnerzy z Polski i Czech rozwijają wspólnie: {object}.",
        "Partneři z Polska a Česka společně rozvíjejí: {object}.",
        "Partners from Poland and Czechia develop together: {object}.",
    ),
    (
        "Projekt łączy gminy pogranicza wokół jednego tematu: {object}.",
        "Projekt spojuje obce pohraničí kolem jednoho tématu: {object}.",
        "The project brings border municipalities together around one subject: {object}.",
    ),
    (
        "Wymiana doświadczeń, wizyty studyjne i staże; w centrum uwagi: {object}.",
        "Výměna zkušeností, studijní cesty a stáže; v centru pozornosti: {object}.",
        "Exchange of experience, study visits and internships, centred on the {object}.",
    ),
]

PROJECT_OBJECTIVES = [
    (
        "Wspólne standardy dla obu stron granicy",
        "Společné standardy pro obě strany hranice",
        "Shared standards for both sides of the border",
    ),
    (
        "Wymiana pracowników urzędów",
        "Výměna pracovníků úřadů",
        "Exchange of local government staff",
    ),
    (
        "Dwujęzyczne materiały dla mieszkańców",
        "Dvojjazyčné materiály pro obyvatele",
        "Bilingual materials for residents",
    ),
    (
        "Trwała sieć współpracy instytucji",
        "Trvalá síť spolupráce institucí",
        "A lasting network of cooperating institutions",
    ),
    (
        "Wspólne wydarzenia dla mieszkańców pogranicza",
        "Společné akce pro obyvatele pohraničí",
        "Joint events for people of the borderland",
    ),
    (
        "Katalog dobrych praktyk do przeniesienia",
        "Katalog přenositelných dobrých praxí",
        "A catalogue of transferable good practices",
    ),
]

EVENT_TITLES = {
    "study_visit": ("Wizyta studyjna", "Studijní cesta", "Study visit"),
    "internship": ("Staż", "Stáž", "Internship"),
    "conference": ("Konferencja", "Konference", "Conference"),
    "seminar": ("Seminarium", "Seminář", "Seminar"),
    "workshop": ("Warsztaty", "Workshop", "Workshop"),
    "contest": ("Konkurs wiedzy", "Vědomostní soutěž", "Knowledge contest"),
    "meeting": ("Spotkanie zespołu projektu", "Setkání projektového týmu", "Project team meeting"),
}

EVENT_SUMMARIES = [
    (
        "Spotkanie partnerów z Polski i Czech w gminie {city}. Temat: {object}.",
        "Setkání partnerů z Polska a Česka v obci {city}. Téma: {object}.",
        "Partners from Poland and Czechia meet in {city}. Topic: the {object}.",
    ),
    (
        "Uczestnicy z obu stron granicy poznają z bliska: {object}, gmina {city}.",
        "Účastníci z obou stran hranice poznávají zblízka: {object}, obec {city}.",
        "Participants from both sides of the border see the {object} in {city} at first hand.",
    ),
    (
        "Program w gminie {city} poświęcony jest jednemu rozwiązaniu: {object}.",
        "Program v obci {city} je věnován jednomu řešení: {object}.",
        "The programme in {city} is devoted to one solution: the {object}.",
    ),
]

EVENT_VENUES = [
    ("Urząd Gminy {city}", "Obecní úřad {city}", "{city} Town Hall"),
    ("Centrum Kultury – {city}", "Kulturní centrum – {city}", "{city} Cultural Centre"),
    ("Biblioteka Publiczna – {city}", "Městská knihovna – {city}", "{city} Public Library"),
    ("Centrum Konferencyjne – {city}", "Konferenční centrum – {city}", "{city} Conference Centre"),
]

EVENT_AGENDA = [
    (
        "Powitanie i przedstawienie uczestników",
        "Přivítání a představení účastníků",
        "Welcome and introductions",
    ),
    ("Prezentacja: {object}", "Prezentace: {object}", "Presentation: the {object}"),
    (
        "Wizyta w terenie z gospodarzami",
        "Prohlídka v terénu s hostiteli",
        "Site visit with the hosts",
    ),
    (
        "Dyskusja o przeniesieniu rozwiązania",
        "Diskuse o přenesení řešení",
        "Discussion on transferring the solution",
    ),
    ("Podsumowanie i kolejne kroki", "Shrnutí a další kroky", "Summary and next steps"),
]

EVENT_REPORTS = [
    (
        "Uczestnicy poznali szczegóły rozwiązania i rozmawiali z jego autorami.",
        "Účastníci se seznámili s podrobnostmi řešení a hovořili s jeho autory.",
        "Participants learned the details of the solution and talked to the people behind it.",
    ),
    (
        "Goście zabrali do domu wzory dokumentów i kontakty do ekspertów.",
        "Hosté si odvezli vzory dokumentů a kontakty na odborníky.",
        "The visitors took home sample documents and contacts of experts.",
    ),
    (
        "Partnerzy uzgodnili kolejne wspólne działania.",
        "Partneři se dohodli na dalších společných krocích.",
        "The partners agreed on their next joint steps.",
    ),
    (
        "Dwie gminy zapowiedziały wdrożenie podobnego rozwiązania.",
        "Dvě obce oznámily, že zavedou podobné řešení.",
        "Two municipalities announced they would introduce a similar solution.",
    ),
]

# Town names: a stem, an ending, sometimes a qualifier that agrees with the ending's gender.
POLISH_STEMS = [
    "Dąbr", "Brzez", "Lipn", "Grab", "Kamien", "Sosn", "Jawor", "Olsz", "Buk", "Klon",
    "Wierzb", "Grodz", "Kozł", "Wilk", "Zawad", "Prus", "Łęk", "Rud", "Bor", "Głog",
    "Krzyż", "Mił", "Chełm", "Stok", "Strzel", "Korn", "Biel", "Pias", "Jabłon", "Gaj",
    "Dobr", "Goł", "Krasz", "Lesz", "Mokr", "Nowos", "Ostr", "Pot", "Radz", "Sław",
    "Trzcin", "Wol", "Zbor", "Żyr", "Łazisk", "Czarn", "Grusz", "Kobyl", "Modrz", "Świerk",
]  # fmt: skip
# (ending, gender): "p" plural, "m" masculine, "n" neuter, "f" feminine.
POLISH_ENDINGS = [
    ("owice", "p"), ("ice", "p"), ("any", "p"), ("ów", "m"), ("iec", "m"), ("in", "m"),
    ("owo", "n"), ("ewo", "n"), ("owa", "f"), ("ówka", "f"), ("ówek", "m"),
]  # fmt: skip
POLISH_QUALIFIERS = {
    "p": ["Wielkie", "Małe", "Górne", "Dolne", "Śląskie", "Opolskie"],
    "m": ["Wielki", "Mały", "Górny", "Dolny", "Śląski", "Opolski"],
    "n": ["Wielkie", "Małe", "Górne", "Dolne", "Śląskie", "Opolskie"],
    "f": ["Wielka", "Mała", "Górna", "Dolna", "Śląska", "Opolska"],
}
CZECH_STEMS = [
    "Lhot", "Dub", "Bystř", "Hor", "Bukov", "Lip", "Kamen", "Břez", "Olš", "Hrad",
    "Jav", "Krás", "Bělk", "Mal", "Nem", "Ostr", "Pas", "Radk", "Sob", "Stud",
    "Těš", "Újezd", "Vrb", "Zábř", "Dobr", "Hlub", "Slav", "Kunč", "Lešt", "Mokr",
    "Petr", "Hlin", "Skal", "Třeb", "Vel", "Zlat", "Chlum", "Drah", "Habr", "Kost",
]  # fmt: skip
CZECH_ENDINGS = ["ice", "ov", "ová", "any", "ec", "ín", "ka", "né", "ovice", "ná"]
CZECH_PREFIXES = ["Horní", "Dolní", "Střední"]
CZECH_SUFFIXES = ["nad Odrou", "u Olomouce", "pod Radhoštěm", "nad Moravou", "v Podbeskydí"]

# Regions near the border: (name, agglomeration, latitude, longitude of the middle).
POLISH_REGIONS = [
    (
        ("województwo opolskie", "Opolské vojvodství", "Opole Voivodeship"),
        ("Aglomeracja Opolska", "Opolská aglomerace", "Opole Agglomeration"),
        50.6,
        17.9,
    ),
    (
        ("województwo śląskie", "Slezské vojvodství", "Silesian Voivodeship"),
        (
            "Górnośląsko-Zagłębiowska Metropolia",
            "Hornoslezsko-zagłębiowská metropole",
            "Upper Silesian-Zagłębie Metropolis",
        ),
        50.3,
        19.0,
    ),
    (
        ("województwo dolnośląskie", "Dolnoslezské vojvodství", "Lower Silesian Voivodeship"),
        ("Aglomeracja Wrocławska", "Vratislavská aglomerace", "Wrocław Agglomeration"),
        50.9,
        16.4,
    ),
    (
        ("województwo małopolskie", "Malopolské vojvodství", "Lesser Poland Voivodeship"),
        (
            "Krakowski Obszar Metropolitalny",
            "Krakovská metropolitní oblast",
            "Kraków Metropolitan Area",
        ),
        49.9,
        20.2,
    ),
]
CZECH_REGIONS = [
    (
        ("kraj ołomuniecki", "Olomoucký kraj", "Olomouc Region"),
        ("Aglomeracja Ołomuniecka", "Olomoucká aglomerace", "Olomouc Agglomeration"),
        49.7,
        17.2,
    ),
    (
        ("kraj morawsko-śląski", "Moravskoslezský kraj", "Moravian-Silesian Region"),
        ("Aglomeracja Ostrawska", "Ostravská aglomerace", "Ostrava Agglomeration"),
        49.8,
        18.2,
    ),
    (
        ("kraj hradecki", "Královéhradecký kraj", "Hradec Králové Region"),
        (
            "Aglomeracja Hradec Králové-Pardubice",
            "Hradecko-pardubická aglomerace",
            "Hradec Králové-Pardubice Agglomeration",
        ),
        50.3,
        15.8,
    ),
    (
        ("kraj liberecki", "Liberecký kraj", "Liberec Region"),
        (
            "Aglomeracja Liberec-Jablonec",
            "Liberecko-jablonecká aglomerace",
            "Liberec-Jablonec Agglomeration",
        ),
        50.75,
        15.0,
    ),
    (
        ("kraj zliński", "Zlínský kraj", "Zlín Region"),
        ("Aglomeracja Zlińska", "Zlínská aglomerace", "Zlín Agglomeration"),
        49.2,
        17.7,
    ),
]
