"""Projects of the demo content: the Opole - Olomouc cooperation and projects of other cities."""

from decimal import ROUND_HALF_UP, Decimal

from portal.demo.data.texts import translated


def _paras(pl, cs, en):
    """A translated text of several paragraphs, given as lists."""
    return translated("\n\n".join(pl), "\n\n".join(cs), "\n\n".join(en))


def _bullets(pl, cs, en):
    """A translated list of objectives, one line each, starting with a dash."""
    return translated(*("\n".join(f"– {line}" for line in lines) for lines in (pl, cs, en)))


def _eu_share(total, rate="0.85"):
    """EU co-financing as a share of the total budget, rounded to the cent."""
    share = Decimal(total) * Decimal(rate)
    return str(share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


# The 21 member municipalities of the Opole agglomeration, by city slug.
_OPOLE_MEMBERS = [
    "opole",
    "chrzastowice",
    "dabrowa",
    "dobrzen-wielki",
    "gogolin",
    "izbicko",
    "komprachcice",
    "krapkowice",
    "lewin-brzeski",
    "lubniany",
    "murow",
    "niemodlin",
    "ozimek",
    "popielow",
    "proszkow",
    "strzeleczki",
    "tarnow-opolski",
    "tulowice",
    "turawa",
    "walce",
    "zdzieszowice",
]


def _member_organisation(city):
    return "miasto-opole" if city == "opole" else f"gmina-{city}"


_OMGGS_CITIES = ["gdansk", "gdynia", "sopot"]

# A closing paragraph shared by the URBACT II projects.
_URBACT_PL = (
    "Program URBACT II, współfinansowany z EFRR, pomagał miastom uczyć się od siebie nawzajem: "
    "partnerzy porównywali swoje podejścia na wspólnych spotkaniach, a wnioski przenosili "
    "do polityki lokalnej."
)
_URBACT_CS = (
    "Program URBACT II, spolufinancovaný z EFRR, pomáhal městům učit se navzájem: partneři "
    "porovnávali své přístupy na společných setkáních a poznatky přenášeli do místní politiky."
)
_URBACT_EN = (
    "URBACT II, co-financed by the ERDF, helped cities learn from one another: partners "
    "compared their approaches at joint meetings and took the lessons back into local policy."
)


def _urbact_description(pl, cs, en):
    return _paras([pl, _URBACT_PL], [cs, _URBACT_CS], [en, _URBACT_EN])


PROJECTS = [
    # ------------------------------------------------------------------------------------------
    # The Opole - Olomouc cooperation (Interreg V-A Czech Republic - Poland 2014-2020).
    # ------------------------------------------------------------------------------------------
    {
        "slug": "wspolpraca-aglomeracji-opolskiej-i-olomunieckiej",
        "title": translated(
            "Współpraca Aglomeracji Opolskiej i Aglomeracji Ołomunieckiej",
            "Spolupráce Opolské aglomerace a Olomoucké aglomerace",
            "Cooperation between the Opole Agglomeration and the Olomouc Agglomeration",
        ),
        "acronym": "",
        "registration_number": "",
        "programme": "cz-pl-microprojects",
        "start_date": "2017-07-01",
        "end_date": "2018-02-28",
        "total_budget": "28000.00",
        "eu_cofinancing": _eu_share("28000.00"),
        "summary": translated(
            "Pierwszy wspólny projekt obu aglomeracji po podpisaniu we wrześniu 2016 roku umowy "
            "o współpracy transgranicznej. Złożyły się na niego wizyta studyjna w Ołomuńcu "
            "w grudniu 2017 roku i konkurs wiedzy o Aglomeracji Ołomunieckiej.",
            "První společný projekt obou aglomerací po podpisu dohody o přeshraniční spolupráci "
            "v září 2016. Jeho součástí byla studijní cesta do Olomouce v prosinci 2017 "
            "a vědomostní soutěž o Olomoucké aglomeraci.",
            "The first joint project of the two agglomerations after they signed a cross-border "
            "cooperation agreement in September 2016. It consisted of a study visit to Olomouc "
            "in December 2017 and a knowledge contest about the Olomouc agglomeration.",
        ),
        "description": _paras(
            [
                "We wrześniu 2016 roku Aglomeracja Opolska i Aglomeracja Ołomuniecka podpisały "
                "umowę o współpracy transgranicznej – pierwszą taką umowę między instytucjami "
                "odpowiedzialnymi za Zintegrowane Inwestycje Terytorialne w Polsce i w Czechach. "
                "Mikroprojekt, sfinansowany z Funduszu Mikroprojektów programu Interreg V-A "
                "Republika Czeska – Polska i realizowany od lipca 2017 do lutego 2018 roku, "
                "był pierwszym krokiem od podpisanej umowy do wspólnej pracy.",
                "Najważniejszym działaniem była wizyta studyjna w Ołomuńcu w dniach "
                "11–13 grudnia 2017 roku. Przedstawiciele Aglomeracji Opolskiej poznali "
                "partnerów z Ołomuńca oraz obszar, który obejmuje około 240 gmin i liczy "
                "około 452 tysięcy mieszkańców.",
                "Wizytę uzupełnił konkurs wiedzy o Aglomeracji Ołomunieckiej, który przybliżał "
                "sąsiedni region po drugiej stronie granicy. Kolejnym etapem współpracy był "
                "większy projekt „Razem dla rozwoju aglomeracji”, rozpoczęty w lutym 2018 roku.",
            ],
            [
                "V září 2016 podepsaly Opolská a Olomoucká aglomerace dohodu o přeshraniční "
                "spolupráci – první takovou dohodu mezi institucemi odpovědnými "
                "za integrované teritoriální investice v Polsku a v Česku. Mikroprojekt "
                "financovaný z Fondu mikroprojektů programu Interreg V-A Česká republika – "
                "Polsko a realizovaný od července 2017 do února 2018 byl prvním krokem "
                "od podepsané dohody ke společné práci.",
                "Hlavní aktivitou byla studijní cesta do Olomouce ve dnech 11.–13. prosince 2017. "
                "Zástupci Opolské aglomerace se seznámili s partnery z Olomouce i s územím, "
                "které zahrnuje přibližně 240 obcí a má zhruba 452 tisíc obyvatel.",
                "Studijní cestu doplnila vědomostní soutěž o Olomoucké aglomeraci, která "
                "přiblížila sousední region na druhé straně hranice. Navazujícím krokem "
                "spolupráce byl větší projekt „Společně pro rozvoj aglomerací“, zahájený "
                "v únoru 2018.",
            ],
            [
                "In September 2016 the Opole and Olomouc agglomerations signed a cross-border "
                "cooperation agreement, the first such agreement between the bodies responsible "
                "for Integrated Territorial Investments in Poland and Czechia. This microproject, "
                "funded by the Microproject Fund of Interreg V-A Czech Republic – Poland and "
                "carried out from July 2017 to February 2018, was the first step from the signed "
                "agreement to joint work.",
                "Its main activity was a study visit to Olomouc on 11–13 December 2017. "
                "Representatives of the Opole Agglomeration met their partners from Olomouc and "
                "got to know an area of about 240 municipalities with some 452,000 inhabitants.",
                "The visit was complemented by a knowledge contest about the Olomouc "
                "agglomeration, which brought the neighbouring region across the border closer. "
                "The next step in the cooperation was a larger project, “Together for the "
                "development of agglomerations”, which started in February 2018.",
            ],
        ),
        "objectives": _bullets(
            [
                "nawiązanie bezpośrednich kontaktów między pracownikami obu aglomeracji",
                "poznanie Aglomeracji Ołomunieckiej podczas wizyty studyjnej",
                "upowszechnienie wiedzy o sąsiednim regionie w formie konkursu",
                "przygotowanie gruntu pod dalszą, szerszą współpracę",
            ],
            [
                "navázání přímých kontaktů mezi pracovníky obou aglomerací",
                "poznání Olomoucké aglomerace během studijní cesty",
                "šíření znalostí o sousedním regionu formou soutěže",
                "příprava půdy pro další, širší spolupráci",
            ],
            [
                "establishing direct contacts between the staff of both agglomerations",
                "getting to know the Olomouc agglomeration on a study visit",
                "spreading knowledge about the neighbouring region through a contest",
                "preparing the ground for further, broader cooperation",
            ],
        ),
        "website": "",
        "themes": [
            "institutional-cooperation",
            "integrated-territorial-investments",
            "education-and-skills",
        ],
        "cities": ["opole", "olomouc"],
        "partners": [
            ("aglomeracja-opolska", "lead"),
            ("statutarni-mesto-olomouc", "partner"),
        ],
    },
    {
        "slug": "razem-dla-rozwoju-aglomeracji",
        "title": translated(
            "Razem dla rozwoju aglomeracji",
            "Společně pro rozvoj aglomerací",
            "Together for the development of agglomerations",
        ),
        "acronym": "Agglomerations4Borderlands",
        "registration_number": "CZ.11.4.120/0.0/0.0/16_026/0001080",
        "programme": "interreg-cz-pl",
        "start_date": "2018-02-01",
        "end_date": "2020-12-31",
        "total_budget": "560000.00",
        "eu_cofinancing": _eu_share("560000.00"),
        "summary": translated(
            "Projekt, w którym Aglomeracja Opolska, miasto Ołomuniec i Regionalna Agencja "
            "Rozwoju Moraw Środkowych od lutego 2018 do końca 2020 roku wymieniały się "
            "doświadczeniami w rozwoju aglomeracji. Obejmował wizyty studyjne w obie strony, "
            "staże pracowników, sieć współpracy, dwujęzyczny portal dobrych praktyk oraz "
            "konkurs wiedzy o sąsiednim kraju.",
            "Projekt, v němž si Opolská aglomerace, statutární město Olomouc a Regionální "
            "agentura pro rozvoj střední Moravy od února 2018 do konce roku 2020 vyměňovaly "
            "zkušenosti s rozvojem aglomerací. Zahrnoval studijní cesty oběma směry, stáže "
            "pracovníků, síť spolupráce, dvojjazyčný portál dobré praxe a vědomostní soutěž "
            "o sousední zemi.",
            "A project in which the Opole Agglomeration, the City of Olomouc and the Regional "
            "Development Agency of Central Moravia exchanged experience in developing "
            "agglomerations from February 2018 to the end of 2020. It included study visits in "
            "both directions, staff internships, a cooperation network, a bilingual portal of "
            "good practices and a knowledge contest about the neighbouring country.",
        ),
        "description": _paras(
            [
                "Projekt „Razem dla rozwoju aglomeracji” (Agglomerations4Borderlands) "
                "kontynuował współpracę zapoczątkowaną umową z września 2016 roku "
                "i mikroprojektem z lat 2017–2018. Realizowano go w 4. osi priorytetowej "
                "programu Interreg V-A Republika Czeska – Polska, poświęconej współpracy "
                "instytucji i społeczności, ze współfinansowaniem z Europejskiego Funduszu "
                "Rozwoju Regionalnego. Partnerem wiodącym było Stowarzyszenie Aglomeracja "
                "Opolska, a partnerami – miasto Ołomuniec i Regionalna Agencja Rozwoju Moraw "
                "Środkowych.",
                "Trzonem projektu były wizyty studyjne. W czerwcu 2018 roku czescy partnerzy "
                "poznali w Aglomeracji Opolskiej inwestycje sfinansowane w ramach ZIT, opolskie "
                "zoo współpracujące z ołomunieckim, Jeziora Turawskie i zamek w Mosznej "
                "w gminie Strzeleczki. W październiku 2018 roku 16 uczestników z Polski "
                "przyglądało się w Ołomuńcu zarządzaniu kryzysowemu, zintegrowanemu systemowi "
                "ratowniczemu i centrum powiadamiania ratunkowego 112. W czerwcu 2019 roku "
                "delegacja z Ołomuńca, Przerowa, Prościejowa i Hranic odwiedziła Opolski Park "
                "Naukowo-Technologiczny, rozbudowany ze środków ZIT, a we wrześniu 2019 roku "
                "24 osoby z Polski poznawały w Ołomuńcu transport publiczny, rozwiązania "
                "w zakresie mobilności i ruch rowerowy.",
                "Drugim filarem były staże i wymiany pracowników. Pracownicy z Ołomuńca "
                "przyjechali do Opola w październiku 2018 i w kwietniu 2019 roku – wtedy dwie "
                "osoby z ołomunieckiego magistratu poznały m.in. węzeł przesiadkowy w Gogolinie. "
                "Pracownicy z Aglomeracji Opolskiej odbyli staże w Ołomuńcu w listopadzie 2018 "
                "i w październiku 2019 roku.",
                "W projekcie powstała także sieć współpracy instytucji z obu aglomeracji "
                "i dwujęzyczny portal dobrych praktyk, a dla dzieci i dorosłych zorganizowano "
                "konkurs wiedzy o sąsiednim kraju.",
            ],
            [
                "Projekt „Společně pro rozvoj aglomerací“ (Agglomerations4Borderlands) navázal "
                "na spolupráci zahájenou dohodou ze září 2016 a mikroprojektem z let 2017–2018. "
                "Byl realizován v prioritní ose 4 programu Interreg V-A Česká republika – Polsko, "
                "zaměřené na spolupráci institucí a komunit, a spolufinancován z Evropského fondu "
                "pro regionální rozvoj. Vedoucím partnerem bylo Sdružení Opolské aglomerace, "
                "partnery statutární město Olomouc a Regionální agentura pro rozvoj střední "
                "Moravy.",
                "Jádrem projektu byly studijní cesty. V červnu 2018 poznali čeští partneři "
                "v Opolské aglomeraci investice financované ze ZIT, opolskou zoo, která "
                "spolupracuje se zoo v Olomouci, Turawská jezera a zámek Moszna v gmině "
                "Strzeleczki. V říjnu 2018 se 16 účastníků z Polska seznámilo v Olomouci "
                "s krizovým řízením, integrovaným záchranným systémem a centrem tísňového volání "
                "112. V červnu 2019 navštívila delegace z Olomouce, Přerova, Prostějova a Hranic "
                "Opolský vědeckotechnologický park, rozšířený z prostředků ZIT, a v září 2019 "
                "poznávalo 24 účastníků z Polska veřejnou dopravu, mobilitu a cyklistiku "
                "v Olomouci.",
                "Druhým pilířem byly stáže a výměny pracovníků. Pracovníci z Olomouce přijeli "
                "do Opolí v říjnu 2018 a v dubnu 2019, kdy se dva zaměstnanci olomouckého "
                "magistrátu seznámili mimo jiné s přestupním uzlem v Gogolinu. Pracovníci Opolské "
                "aglomerace absolvovali stáže v Olomouci v listopadu 2018 a v říjnu 2019.",
                "V projektu dále vznikla síť spolupráce institucí z obou aglomerací a dvojjazyčný "
                "portál dobré praxe; pro děti i dospělé byla uspořádána vědomostní soutěž "
                "o sousední zemi.",
            ],
            [
                "“Together for the development of agglomerations” (Agglomerations4Borderlands) "
                "built on the cooperation begun with the agreement of September 2016 and the "
                "microproject of 2017–2018. It was carried out under priority axis 4 of Interreg "
                "V-A Czech Republic – Poland, which supports cooperation between institutions and "
                "communities, and was co-financed by the European Regional Development Fund. The "
                "Opole Agglomeration Association was the lead partner; the City of Olomouc and "
                "the Regional Development Agency of Central Moravia were partners.",
                "Study visits were at the heart of the project. In June 2018 the Czech partners "
                "saw investments funded through the Polish ITI (ZIT) in the Opole agglomeration, "
                "the Opole zoo, which cooperates with the Olomouc zoo, the Turawa lakes and "
                "Moszna castle in Strzeleczki. In October 2018, 16 participants from Poland "
                "learned in Olomouc about crisis management, the integrated rescue system and "
                "the emergency 112 centre. In June 2019 a delegation from Olomouc, Přerov, "
                "Prostějov and Hranice visited the Opole Science and Technology Park, extended "
                "with ITI funds, and in September 2019, 24 participants from Poland explored "
                "public transport, mobility and cycling in Olomouc.",
                "Internships and staff exchanges were the second pillar. Staff from Olomouc came "
                "to Opole in October 2018 and in April 2019, when two employees of the Olomouc "
                "city hall studied, among other things, the transfer hub in Gogolin. Staff of "
                "the Opole agglomeration did internships in Olomouc in November 2018 and "
                "October 2019.",
                "The project also created a cooperation network of institutions from both "
                "agglomerations and a bilingual portal of good practices, and it organised a "
                "knowledge contest about the neighbouring country for children and adults.",
            ],
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń w realizacji Zintegrowanych Inwestycji Terytorialnych "
                "po obu stronach granicy",
                "wizyty studyjne i staże pracowników w obu aglomeracjach",
                "stworzenie sieci współpracy instytucji z Opolszczyzny i Moraw Środkowych",
                "uruchomienie dwujęzycznego portalu dobrych praktyk",
                "lepsza znajomość sąsiedniego kraju wśród dzieci i dorosłych",
            ],
            [
                "výměna zkušeností s integrovanými teritoriálními investicemi na obou stranách "
                "hranice",
                "studijní cesty a stáže pracovníků v obou aglomeracích",
                "vytvoření sítě spolupráce institucí z Opolska a střední Moravy",
                "spuštění dvojjazyčného portálu dobré praxe",
                "lepší znalost sousední země mezi dětmi i dospělými",
            ],
            [
                "exchanging experience of Integrated Territorial Investments on both sides of "
                "the border",
                "study visits and staff internships in both agglomerations",
                "building a cooperation network of institutions from the Opole region and "
                "Central Moravia",
                "launching a bilingual portal of good practices",
                "better knowledge of the neighbouring country among children and adults",
            ],
        ),
        "website": "",
        "themes": [
            "institutional-cooperation",
            "integrated-territorial-investments",
            "crisis-management",
            "sustainable-mobility",
            "innovation-and-business",
            "urban-biodiversity",
            "culture-and-tourism",
            "education-and-skills",
        ],
        "cities": [
            "opole",
            "turawa",
            "strzeleczki",
            "gogolin",
            "olomouc",
            "prerov",
            "prostejov",
            "hranice",
        ],
        "partners": [
            ("aglomeracja-opolska", "lead"),
            ("statutarni-mesto-olomouc", "partner"),
            ("rra-stredni-morava", "partner"),
        ],
    },
    {
        "slug": "razem-dla-rozwoju-aglomeracji-2020",
        "title": translated(
            "Razem dla rozwoju aglomeracji 2020+",
            "Společně pro rozvoj aglomerací 2020+",
            "Together for the development of agglomerations 2020+",
        ),
        "acronym": "Agglomerations4Borderlands 2020+",
        "registration_number": "",
        "programme": "interreg-cz-pl",
        "start_date": "2020-02-01",
        "end_date": "2023-01-31",
        "total_budget": "740000.00",
        "eu_cofinancing": _eu_share("740000.00"),
        "summary": translated(
            "Kontynuacja projektu „Razem dla rozwoju aglomeracji”, która poszerzyła wymianę "
            "doświadczeń o gminy i organizacje pozarządowe z obu stron granicy. Projekt "
            "wspierał szukanie partnerów za granicą, planowanie strategiczne i porównanie ZIT "
            "w Polsce z ITI w Czechach.",
            "Pokračování projektu „Společně pro rozvoj aglomerací“, které rozšířilo výměnu "
            "zkušeností o obce a nestátní neziskové organizace z obou stran hranice. Projekt "
            "podporoval hledání partnerů za hranicí, strategické plánování a srovnání polských "
            "ZIT s českými ITI.",
            "A follow-up to “Together for the development of agglomerations” that opened the "
            "exchange of experience to municipalities and NGOs on both sides of the border. It "
            "supported the search for partners across the border, strategic planning and a "
            "comparison of ZIT in Poland with ITI in Czechia.",
        ),
        "description": _paras(
            [
                "Projekt „Razem dla rozwoju aglomeracji 2020+” (Agglomerations4Borderlands 2020+), "
                "realizowany od lutego 2020 do stycznia 2023 roku, rozwinął współpracę "
                "Aglomeracji Opolskiej, miasta Ołomuniec i Regionalnej Agencji Rozwoju Moraw "
                "Środkowych. Do wymiany zaproszono nie tylko urzędy, ale także gminy "
                "i organizacje pozarządowe, którym projekt pomagał znaleźć partnerów po drugiej "
                "stronie granicy. Ważną częścią prac było planowanie strategiczne i porównanie, "
                "jak działają ZIT w Polsce i ITI w Czechach.",
                "Wymiana dotyczyła ZIT i ITI, trendów w rozwoju miast, zielonej gospodarki, "
                "kultury, przyrody w mieście, rewitalizacji terenów poprzemysłowych, "
                "zapobiegania zagrożeniom, rzek oraz polityki senioralnej. Zaplanowano jedno- "
                "i dwutygodniowe staże dla 6 osób z Aglomeracji Ołomunieckiej i 9 osób "
                "z Aglomeracji Opolskiej. W 2021 roku staż odbył się w sierpniu w Opolu, "
                "a w październiku dwie osoby z Aglomeracji Opolskiej poznawały w Ołomuńcu "
                "zarządzanie kryzysowe i adaptację do zmian klimatu.",
                "Wizyty studyjne prowadziły tam, gdzie widać efekty konkretnych rozwiązań. "
                "W czerwcu 2021 roku jednodniowa wizyta w Ołomuńcu objęła centrum wychowania "
                "komunikacyjnego SEMAFOR i ekocentrum Sluňákov. W październiku 2021 roku grupa "
                "z Polski poznała plan zrównoważonej mobilności miejskiej Przerowa, odwiedziła "
                "Tovačov i Litovel oraz terminal komunikacyjny z zielonymi dachami "
                "w miejscowości Mohelnice. W kwietniu 2022 roku 13 uczestników z Czech "
                "przyjechało do Aglomeracji Opolskiej, by zobaczyć efekty ZIT, odnawialne "
                "źródła energii i ofertę turystyczną, m.in. w Krapkowicach nad Odrą "
                "i w Kamieniu Śląskim.",
            ],
            [
                "Projekt „Společně pro rozvoj aglomerací 2020+“ (Agglomerations4Borderlands "
                "2020+), realizovaný od února 2020 do ledna 2023, rozvinul spolupráci Opolské "
                "aglomerace, statutárního města Olomouce a Regionální agentury pro rozvoj "
                "střední Moravy. Do výměny zkušeností se zapojily nejen úřady, ale také obce "
                "a nestátní neziskové organizace, kterým projekt pomáhal najít partnery na druhé "
                "straně hranice. Důležitou součástí bylo strategické plánování a srovnání toho, "
                "jak fungují ZIT v Polsku a ITI v Česku.",
                "Témata výměny zahrnovala ZIT a ITI, trendy v rozvoji měst, zelenou ekonomiku, "
                "kulturu, biodiverzitu ve městě, revitalizaci brownfieldů, prevenci rizik, řeky "
                "a seniorskou politiku. Projekt počítal s jedno- a dvoutýdenními stážemi pro "
                "6 osob z Olomoucké aglomerace a 9 osob z Opolské aglomerace. V roce 2021 se "
                "v srpnu uskutečnila stáž v Opolí a v říjnu se dva pracovníci z Opolské "
                "aglomerace seznamovali v Olomouci s krizovým řízením a adaptací na změnu "
                "klimatu.",
                "Studijní cesty vedly tam, kde jsou výsledky konkrétních řešení vidět. V červnu "
                "2021 zahrnovala jednodenní návštěva Olomouce centrum dopravní výchovy SEMAFOR "
                "a ekocentrum Sluňákov. V říjnu 2021 se polská skupina seznámila s plánem "
                "udržitelné městské mobility Přerova, navštívila Tovačov a Litovel a prohlédla "
                "si dopravní terminál se zelenými střechami v Mohelnici. V dubnu 2022 přijelo "
                "13 účastníků z Česka do Opolské aglomerace, aby poznali výsledky ZIT, "
                "obnovitelné zdroje energie a nabídku cestovního ruchu, mimo jiné "
                "v Krapkowicích na Odře a v obci Kamień Śląski.",
            ],
            [
                "“Together for the development of agglomerations 2020+” "
                "(Agglomerations4Borderlands 2020+), carried out from February 2020 to January "
                "2023, extended the cooperation of the Opole Agglomeration, the City of Olomouc "
                "and the Regional Development Agency of Central Moravia. The exchange was opened "
                "not only to public offices but also to municipalities and NGOs, which the "
                "project helped to find partners across the border. Strategic planning and a "
                "comparison of how ZIT works in Poland and ITI in Czechia were an important part "
                "of the work.",
                "The exchange covered ZIT and ITI, urban trends, the green economy, culture, "
                "urban biodiversity, brownfield revitalisation, hazard prevention, rivers and "
                "senior policy. Internships of one or two weeks were planned for 6 people from "
                "the Olomouc agglomeration and 9 from the Opole agglomeration. In 2021 an "
                "internship took place in Opole in August, and in October two staff members from "
                "the Opole agglomeration studied crisis management and adaptation to climate "
                "change in Olomouc.",
                "Study visits went to places where the results of particular solutions can be "
                "seen. In June 2021 a one-day visit to Olomouc took in the SEMAFOR "
                "traffic-education centre and the Sluňákov eco-centre. In October 2021 a Polish "
                "group learned about the sustainable urban mobility plan of Přerov, visited "
                "Tovačov and Litovel, and saw the transport terminal with green roofs in "
                "Mohelnice. In April 2022, 13 participants from Czechia came to the Opole "
                "agglomeration to see the effects of ITI, renewable energy and tourism, including "
                "Krapkowice on the Oder and Kamień Śląski.",
            ],
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń między gminami i organizacjami pozarządowymi z obu stron "
                "granicy",
                "pomoc w znalezieniu partnerów do wspólnych projektów",
                "planowanie strategiczne i porównanie ZIT w Polsce z ITI w Czechach",
                "jedno- i dwutygodniowe staże dla pracowników z obu aglomeracji",
                "wizyty studyjne poświęcone mobilności, zarządzaniu kryzysowemu, zielonej "
                "gospodarce i turystyce",
            ],
            [
                "výměna zkušeností mezi obcemi a nestátními neziskovými organizacemi z obou "
                "stran hranice",
                "pomoc při hledání partnerů pro společné projekty",
                "strategické plánování a srovnání polských ZIT s českými ITI",
                "jedno- a dvoutýdenní stáže pro pracovníky z obou aglomerací",
                "studijní cesty zaměřené na mobilitu, krizové řízení, zelenou ekonomiku "
                "a cestovní ruch",
            ],
            [
                "exchanging experience between municipalities and NGOs from both sides of the "
                "border",
                "helping to find partners for joint projects",
                "strategic planning and a comparison of ZIT in Poland with ITI in Czechia",
                "one- and two-week internships for staff of both agglomerations",
                "study visits on mobility, crisis management, the green economy and tourism",
            ],
        ),
        "website": "",
        "themes": [
            "institutional-cooperation",
            "integrated-territorial-investments",
            "strategic-planning",
            "green-economy",
            "culture-and-tourism",
            "urban-biodiversity",
            "brownfield-revitalisation",
            "crisis-management",
            "climate-adaptation",
            "rivers-and-water",
            "senior-policy",
            "sustainable-mobility",
            "road-safety",
            "environmental-education",
        ],
        "cities": [
            *_OPOLE_MEMBERS,
            "kamien-slaski",
            "olomouc",
            "prerov",
            "tovacov",
            "litovel",
            "mohelnice",
        ],
        "partners": [
            ("aglomeracja-opolska", "lead"),
            ("statutarni-mesto-olomouc", "partner"),
            ("rra-stredni-morava", "partner"),
            *((_member_organisation(city), "associated") for city in _OPOLE_MEMBERS),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # URBACT II (2007-2013): Silesian cities in European networks.
    # ------------------------------------------------------------------------------------------
    {
        "slug": "urbact-city-regions-net",
        "title": translated(
            "City Regions Net – współpraca miast z ich otoczeniem",
            "City Regions Net – spolupráce měst s jejich okolím",
            "City Regions Net – cities working with their surroundings",
        ),
        "acronym": "City Regions Net",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-05-01",
        "end_date": "2011-04-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II poświęcona współpracy miast z ich otoczeniem "
            "w ramach regionów miejskich. Z Polski uczestniczyła w niej Częstochowa.",
            "Tematická síť programu URBACT II zaměřená na spolupráci měst s jejich okolím "
            "v rámci městských regionů. Z Polska se jí účastnila Čenstochová.",
            "A URBACT II thematic network on cooperation between cities and their surroundings "
            "within city regions. Częstochowa took part from Poland.",
        ),
        "description": _urbact_description(
            "Sieć zajmowała się relacjami między miastem a jego otoczeniem: rozlewaniem się "
            "zabudowy, dojazdami i wspólnym planowaniem w regionie miejskim. Dla Częstochowy "
            "była to okazja, by porównać własne doświadczenia współpracy z sąsiednimi gminami "
            "z praktyką innych miast europejskich.",
            "Síť se zabývala vztahy mezi městem a jeho okolím: rozrůstáním zástavby do krajiny, "
            "dojížďkou a společným plánováním v městském regionu. Pro Čenstochovou to byla "
            "příležitost porovnat vlastní zkušenosti se spoluprací se sousedními obcemi s praxí "
            "jiných evropských měst.",
            "The network looked at the relationship between a city and its surroundings: urban "
            "sprawl, commuting and joint planning across the city region. For Częstochowa it was "
            "a chance to compare its own experience of working with neighbouring municipalities "
            "with the practice of other European cities.",
        ),
        "objectives": _bullets(
            [
                "porównanie sposobów współpracy miast z gminami ościennymi",
                "ograniczanie niekontrolowanego rozlewania się zabudowy",
                "wzmocnienie wspólnego planowania w regionie miejskim",
            ],
            [
                "porovnání způsobů spolupráce měst s okolními obcemi",
                "omezení neřízeného rozrůstání zástavby",
                "posílení společného plánování v městském regionu",
            ],
            [
                "comparing how cities cooperate with neighbouring municipalities",
                "limiting uncontrolled urban sprawl",
                "strengthening joint planning across the city region",
            ],
        ),
        "website": "",
        "themes": ["strategic-planning", "institutional-cooperation"],
        "cities": ["czestochowa"],
        "partners": [("miasto-czestochowa", "partner")],
    },
    {
        "slug": "urbact-fin-urb-act",
        "title": translated(
            "Fin-Urb-Act – finansowanie rozwoju gospodarczego miast",
            "Fin-Urb-Act – financování hospodářského rozvoje měst",
            "Fin-Urb-Act – financing urban economic development",
        ),
        "acronym": "Fin-Urb-Act",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-05-01",
        "end_date": "2011-04-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II o tym, jak miasta mogą wspierać lokalną "
            "gospodarkę i małe firmy, także za pomocą instrumentów finansowych. Z Polski "
            "uczestniczyły w niej Gliwice.",
            "Tematická síť programu URBACT II o tom, jak mohou města podporovat místní ekonomiku "
            "a malé firmy, mimo jiné pomocí finančních nástrojů. Z Polska se jí účastnily "
            "Gliwice.",
            "A URBACT II thematic network on how cities can support the local economy and small "
            "businesses, including through financial instruments. Gliwice took part from "
            "Poland.",
        ),
        "description": _urbact_description(
            "Partnerzy wymieniali się doświadczeniami we wspieraniu przedsiębiorczości "
            "i innowacji na poziomie miasta – od doradztwa dla firm po instrumenty finansowe. "
            "Gliwice porównywały w sieci własne narzędzia wspierania przedsiębiorców "
            "z rozwiązaniami innych miast.",
            "Partneři si vyměňovali zkušenosti s podporou podnikání a inovací na úrovni města – "
            "od poradenství pro firmy po finanční nástroje. Gliwice v síti porovnávaly vlastní "
            "nástroje podpory podnikatelů s řešeními jiných měst.",
            "Partners exchanged experience of supporting entrepreneurship and innovation at "
            "city level, from advice for businesses to financial instruments. Gliwice compared "
            "its own tools for supporting entrepreneurs with the solutions of other cities.",
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń we wspieraniu małych i średnich przedsiębiorstw",
                "lepsze wykorzystanie instrumentów finansowych w rozwoju lokalnym",
            ],
            [
                "výměna zkušeností s podporou malých a středních podniků",
                "lepší využití finančních nástrojů v místním rozvoji",
            ],
            [
                "exchanging experience of supporting small and medium-sized enterprises",
                "making better use of financial instruments in local development",
            ],
        ),
        "website": "",
        "themes": ["innovation-and-business", "institutional-cooperation"],
        "cities": ["gliwice"],
        "partners": [("miasto-gliwice", "partner")],
    },
    {
        "slug": "urbact-reggov",
        "title": translated(
            "RegGov – współpraca miast i regionów w odnowie zaniedbanych dzielnic",
            "RegGov – spolupráce měst a regionů při obnově znevýhodněných čtvrtí",
            "RegGov – cities and regions working together to renew deprived neighbourhoods",
        ),
        "acronym": "RegGov",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-05-01",
        "end_date": "2011-04-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II o zarządzaniu zintegrowanym rozwojem "
            "zaniedbanych obszarów miejskich we współpracy miast z władzami regionalnymi. "
            "Z Polski uczestniczyła w niej Ruda Śląska.",
            "Tematická síť programu URBACT II o řízení integrovaného rozvoje znevýhodněných "
            "městských území ve spolupráci měst s regionálními orgány. Z Polska se jí účastnila "
            "Ruda Śląska.",
            "A URBACT II thematic network on managing the integrated development of deprived "
            "urban areas, with cities working together with regional authorities. Ruda Śląska "
            "took part from Poland.",
        ),
        "description": _urbact_description(
            "Sieć szukała sposobów łączenia działań społecznych, gospodarczych i przestrzennych "
            "w dzielnicach wymagających odnowy oraz lepszego wykorzystania na ten cel funduszy "
            "unijnych i regionalnych. Ruda Śląska mogła porównać swoje podejście do "
            "rewitalizacji z doświadczeniami miast z innych krajów.",
            "Síť hledala způsoby, jak ve čtvrtích potřebujících obnovu propojit sociální, "
            "ekonomická a prostorová opatření a jak k tomu lépe využít evropské a regionální "
            "prostředky. Ruda Śląska mohla porovnat svůj přístup k revitalizaci se zkušenostmi "
            "měst z jiných zemí.",
            "The network looked for ways to combine social, economic and physical measures in "
            "neighbourhoods in need of renewal, and to make better use of EU and regional funds "
            "for this. Ruda Śląska could compare its approach to regeneration with the "
            "experience of cities in other countries.",
        ),
        "objectives": _bullets(
            [
                "łączenie działań społecznych, gospodarczych i przestrzennych w odnowie dzielnic",
                "lepsza współpraca miast z władzami regionalnymi",
            ],
            [
                "propojení sociálních, ekonomických a prostorových opatření při obnově čtvrtí",
                "lepší spolupráce měst s regionálními orgány",
            ],
            [
                "combining social, economic and physical measures in neighbourhood renewal",
                "better cooperation between cities and regional authorities",
            ],
        ),
        "website": "",
        "themes": ["social-inclusion", "strategic-planning"],
        "cities": ["ruda-slaska"],
        "partners": [("miasto-ruda-slaska", "partner")],
    },
    {
        "slug": "urbact-lumasec",
        "title": translated(
            "LUMASEC – gospodarowanie terenami w zrównoważonym mieście",
            "LUMASEC – hospodaření s územím pro udržitelná města",
            "LUMASEC – land-use management for sustainable cities",
        ),
        "acronym": "LUMASEC",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-09-01",
        "end_date": "2011-02-28",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt URBACT II poświęcony gospodarowaniu terenami w mieście, tak aby rozwój "
            "nie odbywał się kosztem przyrody i otwartej przestrzeni. Z Polski uczestniczył "
            "w nim Bytom.",
            "Projekt URBACT II věnovaný hospodaření s územím ve městě tak, aby rozvoj neprobíhal "
            "na úkor přírody a volné krajiny. Z Polska se ho účastnil Bytom.",
            "A URBACT II project on managing land use in cities so that development does not "
            "come at the cost of nature and open space. Bytom took part from Poland.",
        ),
        "description": _urbact_description(
            "Partnerzy porównywali narzędzia planowania, które pozwalają zagospodarowywać "
            "najpierw tereny już zabudowane i poprzemysłowe, a dopiero potem nowe grunty. "
            "Dla Bytomia, jednego z miast Górnego Śląska, temat terenów poprzemysłowych jest "
            "szczególnie ważny.",
            "Partneři porovnávali plánovací nástroje, které umožňují využívat nejprve již "
            "zastavěná území a brownfieldy a teprve potom nové pozemky. Pro Bytom, jedno "
            "z hornoslezských měst, je téma brownfieldů obzvlášť důležité.",
            "Partners compared planning tools that make it possible to reuse built-up and "
            "brownfield land first and to take new land only afterwards. For Bytom, one of the "
            "cities of Upper Silesia, the question of former industrial sites is particularly "
            "important.",
        ),
        "objectives": _bullets(
            [
                "oszczędne gospodarowanie terenami w mieście",
                "ponowne wykorzystanie terenów poprzemysłowych",
            ],
            [
                "úsporné hospodaření s územím ve městě",
                "opětovné využití brownfieldů",
            ],
            [
                "using urban land sparingly",
                "reusing brownfield sites",
            ],
        ),
        "website": "",
        "themes": ["brownfield-revitalisation", "strategic-planning"],
        "cities": ["bytom"],
        "partners": [("miasto-bytom", "partner")],
    },
    {
        "slug": "urbact-lc-facil",
        "title": translated(
            "LC-FACIL – Karta lipska w praktyce miast",
            "LC-FACIL – Lipská charta v praxi měst",
            "LC-FACIL – the Leipzig Charter in city practice",
        ),
        "acronym": "LC-FACIL",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-09-01",
        "end_date": "2011-03-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt URBACT II, w którym miasta sprawdzały, jak w codziennej pracy stosować "
            "zasady zintegrowanego rozwoju miast zapisane w Karcie lipskiej. Z Polski "
            "uczestniczył w nim Bytom.",
            "Projekt URBACT II, v němž města ověřovala, jak v každodenní práci uplatňovat zásady "
            "integrovaného rozvoje měst zakotvené v Lipské chartě. Z Polska se ho účastnil "
            "Bytom.",
            "A URBACT II project in which cities tested how to apply the principles of "
            "integrated urban development set out in the Leipzig Charter in their everyday "
            "work. Bytom took part from Poland.",
        ),
        "description": _urbact_description(
            "Karta lipska z 2007 roku zachęca, by w polityce miejskiej łączyć sprawy "
            "gospodarcze, społeczne i środowiskowe oraz szczególnie troszczyć się o zaniedbane "
            "dzielnice. Partnerzy projektu wspólnie szukali praktycznych narzędzi, które "
            "pomagają przełożyć te zasady na strategie i projekty miejskie.",
            "Lipská charta z roku 2007 vybízí k propojení hospodářských, sociálních "
            "a environmentálních otázek v městské politice a ke zvláštní péči o znevýhodněné "
            "čtvrti. Partneři projektu společně hledali praktické nástroje, které pomáhají "
            "převést tyto zásady do městských strategií a projektů.",
            "The Leipzig Charter of 2007 calls for economic, social and environmental issues to "
            "be combined in urban policy and for special attention to deprived neighbourhoods. "
            "The partners looked together for practical tools that help turn these principles "
            "into urban strategies and projects.",
        ),
        "objectives": _bullets(
            [
                "przełożenie zasad Karty lipskiej na praktykę miast",
                "wypracowanie narzędzi zintegrowanego planowania rozwoju miasta",
            ],
            [
                "převedení zásad Lipské charty do praxe měst",
                "vytvoření nástrojů integrovaného plánování rozvoje města",
            ],
            [
                "turning the principles of the Leipzig Charter into city practice",
                "developing tools for integrated urban development planning",
            ],
        ),
        "website": "",
        "themes": ["strategic-planning", "institutional-cooperation"],
        "cities": ["bytom"],
        "partners": [("miasto-bytom", "partner")],
    },
    {
        "slug": "urbact-co-net",
        "title": translated(
            "Co-Net – spójność społeczna w dzielnicach miast",
            "Co-Net – sociální soudržnost v městských čtvrtích",
            "Co-Net – social cohesion in urban neighbourhoods",
        ),
        "acronym": "Co-Net",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-05-01",
        "end_date": "2011-04-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II o wzmacnianiu spójności społecznej w dzielnicach "
            "miast. Z Polski uczestniczyło w niej Zabrze.",
            "Tematická síť programu URBACT II o posilování sociální soudržnosti v městských "
            "čtvrtích. Z Polska se jí účastnilo Zabrze.",
            "A URBACT II thematic network on strengthening social cohesion in urban "
            "neighbourhoods. Zabrze took part from Poland.",
        ),
        "description": _urbact_description(
            "Partnerzy porównywali metody pracy z mieszkańcami dzielnic, w których nakładają się "
            "bezrobocie, ubóstwo i słabe więzi sąsiedzkie, oraz sposoby angażowania ich "
            "w zmiany najbliższego otoczenia. Zabrze zestawiało z partnerami własne "
            "doświadczenia w tej dziedzinie.",
            "Partneři porovnávali metody práce s obyvateli čtvrtí, kde se potkávají "
            "nezaměstnanost, chudoba a slabé sousedské vazby, i způsoby, jak je zapojit do změn "
            "jejich okolí. Zabrze porovnávalo s partnery vlastní zkušenosti v této oblasti.",
            "Partners compared ways of working with residents of neighbourhoods where "
            "unemployment, poverty and weak community ties overlap, and of involving them in "
            "changing their surroundings. Zabrze set its own experience in this field against "
            "that of its partners.",
        ),
        "objectives": _bullets(
            [
                "wzmacnianie więzi sąsiedzkich i aktywności mieszkańców",
                "wymiana metod pracy w dzielnicach o trudnej sytuacji społecznej",
            ],
            [
                "posilování sousedských vazeb a aktivity obyvatel",
                "výměna metod práce ve čtvrtích s obtížnou sociální situací",
            ],
            [
                "strengthening community ties and residents' involvement",
                "exchanging methods of work in socially disadvantaged neighbourhoods",
            ],
        ),
        "website": "",
        "themes": ["social-inclusion"],
        "cities": ["zabrze"],
        "partners": [("miasto-zabrze", "partner")],
    },
    {
        "slug": "urbact-nodus",
        "title": translated(
            "Nodus – odnowa miast a planowanie regionalne",
            "Nodus – obnova měst a regionální plánování",
            "Nodus – urban renewal and regional spatial planning",
        ),
        "acronym": "Nodus",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2008-05-01",
        "end_date": "2010-10-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt URBACT II o łączeniu odnowy obszarów miejskich z planowaniem przestrzennym "
            "na poziomie regionu. Z Polski uczestniczyły w nim Katowice.",
            "Projekt URBACT II o propojení obnovy městských území s územním plánováním na úrovni "
            "regionu. Z Polska se ho účastnily Katovice.",
            "A URBACT II project on linking the renewal of urban areas with spatial planning at "
            "regional level. Katowice took part from Poland.",
        ),
        "description": _urbact_description(
            "Partnerzy sprawdzali, jak plany regionalne mogą pomagać w wyborze obszarów "
            "wymagających odnowy i jak lepiej koordynować działania miast i regionu. "
            "Dla Katowic, położonych w centrum silnie zurbanizowanego regionu, koordynacja "
            "z otoczeniem jest szczególnie istotna.",
            "Partneři zkoumali, jak mohou regionální plány pomáhat při výběru území, která "
            "potřebují obnovu, a jak lépe koordinovat kroky měst a regionu. Pro Katovice, "
            "ležící uprostřed silně urbanizovaného regionu, je koordinace s okolím obzvlášť "
            "důležitá.",
            "Partners looked at how regional plans can help to choose the areas most in need of "
            "renewal and how to coordinate the actions of cities and the region better. For "
            "Katowice, at the centre of a highly urbanised region, coordination with its "
            "surroundings is particularly important.",
        ),
        "objectives": _bullets(
            [
                "powiązanie odnowy dzielnic z planowaniem regionalnym",
                "lepsza koordynacja działań miast i regionu",
            ],
            [
                "propojení obnovy čtvrtí s regionálním plánováním",
                "lepší koordinace kroků měst a regionu",
            ],
            [
                "linking neighbourhood renewal with regional planning",
                "better coordination between cities and the region",
            ],
        ),
        "website": "",
        "themes": ["brownfield-revitalisation", "strategic-planning"],
        "cities": ["katowice"],
        "partners": [("miasto-katowice", "partner")],
    },
    {
        "slug": "urbact-evue",
        "title": translated(
            "EVUE – pojazdy elektryczne w miastach Europy",
            "EVUE – elektromobily v evropských městech",
            "EVUE – Electric Vehicles in Urban Europe",
        ),
        "acronym": "EVUE",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2009-10-01",
        "end_date": "2012-09-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II o tym, jak miasta mogą przygotować się "
            "na pojazdy elektryczne i wspierać ich użycie. Z Polski uczestniczyły w niej "
            "Katowice.",
            "Tematická síť programu URBACT II o tom, jak se města mohou připravit na elektromobily "
            "a podporovat jejich využívání. Z Polska se jí účastnily Katovice.",
            "A URBACT II thematic network on how cities can prepare for electric vehicles and "
            "encourage their use. Katowice took part from Poland.",
        ),
        "description": _urbact_description(
            "Miasta partnerskie wymieniały się doświadczeniami w budowie infrastruktury "
            "ładowania, zachętach dla użytkowników i współpracy z firmami. Elektromobilność "
            "traktowano jako część szerszej polityki czystszego transportu miejskiego.",
            "Partnerská města si vyměňovala zkušenosti s budováním nabíjecí infrastruktury, "
            "pobídkami pro uživatele a spoluprací s firmami. Elektromobilita byla chápána jako "
            "součást širší politiky čistší městské dopravy.",
            "The partner cities exchanged experience of building charging infrastructure, "
            "incentives for users and cooperation with businesses. Electric mobility was treated "
            "as part of a wider policy of cleaner urban transport.",
        ),
        "objectives": _bullets(
            [
                "przygotowanie miast na rozwój elektromobilności",
                "wymiana doświadczeń w budowie infrastruktury ładowania",
            ],
            [
                "příprava měst na rozvoj elektromobility",
                "výměna zkušeností s budováním nabíjecí infrastruktury",
            ],
            [
                "preparing cities for electric mobility",
                "exchanging experience of building charging infrastructure",
            ],
        ),
        "website": "",
        "themes": ["sustainable-mobility", "green-economy"],
        "cities": ["katowice"],
        "partners": [("miasto-katowice", "partner")],
    },
    {
        "slug": "urbact-op-act",
        "title": translated(
            "OP-ACT – strategiczne pozycjonowanie małych i średnich miast",
            "OP-ACT – strategické postavení malých a středních měst",
            "OP-ACT – strategic positioning of small and medium-sized cities",
        ),
        "acronym": "OP-ACT",
        "registration_number": "",
        "programme": "urbact-ii",
        "start_date": "2009-10-01",
        "end_date": "2012-12-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Sieć tematyczna programu URBACT II, w której jedenaście małych i średnich miast "
            "z różnych krajów szukało sposobów na wzmocnienie swojej pozycji. Partnerem "
            "wiodącym było austriackie Leoben, a z Polski uczestniczyła Dąbrowa Górnicza.",
            "Tematická síť programu URBACT II, v níž jedenáct malých a středních měst z různých "
            "zemí hledalo, jak posílit své postavení. Vedoucím partnerem bylo rakouské město "
            "Leoben, z Polska se zapojila Dąbrowa Górnicza.",
            "A URBACT II thematic network in which eleven small and medium-sized cities from "
            "different countries looked for ways to strengthen their position. Leoben in "
            "Austria was the lead partner; Dąbrowa Górnicza took part from Poland.",
        ),
        "description": _urbact_description(
            "Obok Leoben i Dąbrowy Górniczej w sieci pracowały Rzeżyca (Łotwa), Eberswalde "
            "i Altena (Niemcy), Heerlen (Holandia), Nagykálló (Węgry), Legazpi (Hiszpania), "
            "Notodden (Norwegia), Ankona (Włochy) i Mediaș (Rumunia). Partnerzy szukali "
            "odpowiedzi na pytanie, jak miasta tej wielkości mogą określić swój profil "
            "i strategię rozwoju w zmieniających się warunkach gospodarczych "
            "i demograficznych.",
            "Vedle Leobenu a Dąbrowy Górniczej v síti pracovala města Rēzekne (Lotyšsko), "
            "Eberswalde a Altena (Německo), Heerlen (Nizozemsko), Nagykálló (Maďarsko), Legazpi "
            "(Španělsko), Notodden (Norsko), Ancona (Itálie) a Mediaș (Rumunsko). Partneři "
            "hledali odpověď na otázku, jak mohou města této velikosti vymezit svůj profil "
            "a strategii rozvoje v měnících se hospodářských a demografických podmínkách.",
            "Alongside Leoben and Dąbrowa Górnicza, the network brought together Rēzekne "
            "(Latvia), Eberswalde and Altena (Germany), Heerlen (Netherlands), Nagykálló "
            "(Hungary), Legazpi (Spain), Notodden (Norway), Ancona (Italy) and Mediaș (Romania). "
            "The partners asked how cities of this size can define their profile and "
            "development strategy under changing economic and demographic conditions.",
        ),
        "objectives": _bullets(
            [
                "określenie mocnych stron i profilu małych i średnich miast",
                "wymiana doświadczeń w planowaniu strategicznym",
                "nowe pomysły na rozwój gospodarczy w warunkach zmian demograficznych",
            ],
            [
                "vymezení silných stránek a profilu malých a středních měst",
                "výměna zkušeností se strategickým plánováním",
                "nové nápady pro hospodářský rozvoj v podmínkách demografických změn",
            ],
            [
                "defining the strengths and profile of small and medium-sized cities",
                "exchanging experience in strategic planning",
                "new ideas for economic development amid demographic change",
            ],
        ),
        "website": "",
        "themes": ["strategic-planning", "innovation-and-business", "institutional-cooperation"],
        "cities": [
            "leoben",
            "rezekne",
            "eberswalde",
            "altena",
            "heerlen",
            "nagykallo",
            "legazpi",
            "notodden",
            "ancona",
            "medias",
            "dabrowa-gornicza",
        ],
        "partners": [
            ("stadtgemeinde-leoben", "lead"),
            ("rezekne-city", "partner"),
            ("stadt-eberswalde", "partner"),
            ("stadt-altena", "partner"),
            ("gemeente-heerlen", "partner"),
            ("nagykallo-varos", "partner"),
            ("legazpi-udala", "partner"),
            ("notodden-kommune", "partner"),
            ("comune-di-ancona", "partner"),
            ("municipiul-medias", "partner"),
            ("miasto-dabrowa-gornicza", "partner"),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # International Urban and Regional Cooperation: the GZM metropolis and Kansas City.
    # ------------------------------------------------------------------------------------------
    {
        "slug": "iurc-gzm-kansas-city",
        "title": translated(
            "IURC: Górnośląsko-Zagłębiowska Metropolia i Kansas City",
            "IURC: Hornoslezsko-zagłębiowská metropole a Kansas City",
            "IURC: the Upper Silesian-Zagłębie Metropolis and Kansas City",
        ),
        "acronym": "IURC",
        "registration_number": "",
        "programme": "iurc",
        "start_date": "2021-09-01",
        "end_date": "2023-12-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Współpraca Górnośląsko-Zagłębiowskiej Metropolii z obszarem metropolitalnym Kansas "
            "City w ramach unijnego programu International Urban and Regional Cooperation "
            "(IURC). Partnerzy wymieniali się doświadczeniami w efektywności energetycznej "
            "budynków, zrównoważonej mobilności oraz edukacji, rynku pracy i kompetencji.",
            "Spolupráce Hornoslezsko-zagłębiowské metropole s metropolitní oblastí Kansas City "
            "v rámci programu EU International Urban and Regional Cooperation (IURC). Partneři "
            "si vyměňovali zkušenosti s energetickou účinností budov, udržitelnou mobilitou "
            "a se vzděláváním, pracovními místy a dovednostmi.",
            "Cooperation between the Upper Silesian-Zagłębie Metropolis and the Kansas City "
            "metropolitan area under the EU's International Urban and Regional Cooperation "
            "(IURC) programme. The partners exchanged experience of energy efficiency in "
            "buildings, sustainable urban mobility, and education, jobs and skills.",
        ),
        "description": _paras(
            [
                "Współpraca rozpoczęła się we wrześniu 2021 roku i trwała do grudnia 2023 roku. "
                "Po stronie amerykańskiej partnerem była Mid-America Regional Council, "
                "zrzeszenie samorządów regionu Kansas City. Obie metropolie porównywały swoje "
                "podejście do ograniczania zużycia energii w budynkach, do transportu "
                "publicznego i planowania mobilności oraz do kształcenia i kompetencji "
                "potrzebnych na rynku pracy.",
                "Współpracy towarzyszyły wizyta studyjna w Kansas City oraz Światowe Forum "
                "Miejskie (World Urban Forum), które w czerwcu 2022 roku odbyło się "
                "w Katowicach.",
            ],
            [
                "Spolupráce začala v září 2021 a trvala do prosince 2023. Na americké straně "
                "byla partnerem Mid-America Regional Council, sdružení samospráv regionu Kansas "
                "City. Obě metropole porovnávaly své přístupy ke snižování spotřeby energie "
                "v budovách, k veřejné dopravě a plánování mobility a ke vzdělávání "
                "a dovednostem potřebným na trhu práce.",
                "Spolupráci provázela studijní cesta do Kansas City a Světové urbanistické fórum "
                "(World Urban Forum), které se v červnu 2022 konalo v Katovicích.",
            ],
            [
                "The cooperation began in September 2021 and ran until December 2023. On the "
                "American side the partner was the Mid-America Regional Council, the association "
                "of local governments of the Kansas City region. The two metropolitan areas "
                "compared their approaches to cutting energy use in buildings, to public "
                "transport and mobility planning, and to the education and skills needed on the "
                "job market.",
                "The cooperation included a study visit to Kansas City and the World Urban "
                "Forum, held in Katowice in June 2022.",
            ],
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń w poprawie efektywności energetycznej budynków",
                "wspólne uczenie się w dziedzinie zrównoważonej mobilności miejskiej",
                "dzielenie się rozwiązaniami w edukacji, tworzeniu miejsc pracy i rozwoju "
                "kompetencji",
            ],
            [
                "výměna zkušeností se zlepšováním energetické účinnosti budov",
                "společné učení v oblasti udržitelné městské mobility",
                "sdílení řešení ve vzdělávání, tvorbě pracovních míst a rozvoji dovedností",
            ],
            [
                "exchanging experience of improving energy efficiency in buildings",
                "learning together about sustainable urban mobility",
                "sharing solutions in education, job creation and skills",
            ],
        ),
        "website": "",
        "themes": [
            "energy-efficiency",
            "sustainable-mobility",
            "education-and-skills",
            "institutional-cooperation",
        ],
        "cities": ["katowice", "kansas-city"],
        "partners": [
            ("metropolia-gzm", "partner"),
            ("mid-america-regional-council", "partner"),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # The Gdańsk-Gdynia-Sopot Metropolitan Area in international projects.
    # ------------------------------------------------------------------------------------------
    {
        "slug": "riconnect",
        "title": translated(
            "RiConnect – mobilność, która na nowo łączy miejsca w metropoliach",
            "RiConnect – mobilita, která znovu propojuje místa v metropolích",
            "RiConnect – mobility that reconnects places in metropolitan areas",
        ),
        "acronym": "RiConnect",
        "registration_number": "",
        "programme": "interreg-bsr",
        "start_date": "2019-01-01",
        "end_date": "2021-12-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt programu Interreg Region Morza Bałtyckiego, w którym osiem obszarów "
            "metropolitalnych pracowało nad planowaniem transportu, które na nowo łączy miejsca "
            "i ludzi. Obszar Metropolitalny Gdańsk Gdynia Sopot był jednym z partnerów.",
            "Projekt programu Interreg Region Baltského moře, v němž osm metropolitních oblastí "
            "pracovalo na plánování dopravy, které znovu propojuje místa a lidi. Metropolitní "
            "oblast Gdaňsk Gdyně Sopoty byla jedním z partnerů.",
            "An Interreg Baltic Sea Region project in which eight metropolitan areas worked on "
            "transport planning that reconnects places and people. The Gdańsk-Gdynia-Sopot "
            "Metropolitan Area was one of the partners.",
        ),
        "description": _paras(
            [
                "Projekt dotyczył tego, jak infrastruktura transportowa może łączyć, a nie "
                "dzielić miejsca w metropolii. Partnerzy szukali sposobów, by planowanie "
                "mobilności w skali całego obszaru metropolitalnego lepiej łączyło dzielnice, "
                "gminy i tereny zielone.",
            ],
            [
                "Projekt se zabýval tím, jak může dopravní infrastruktura místa v metropoli "
                "propojovat, a ne rozdělovat. Partneři hledali způsoby, jak by plánování "
                "mobility v měřítku celé metropolitní oblasti lépe propojovalo čtvrti, obce "
                "a zelené plochy.",
            ],
            [
                "The project was about how transport infrastructure can connect rather than "
                "divide places in a metropolitan area. The partners looked for ways in which "
                "mobility planning across the whole metropolitan area could better link "
                "neighbourhoods, municipalities and green spaces.",
            ],
        ),
        "objectives": _bullets(
            [
                "planowanie mobilności w skali metropolii",
                "ponowne łączenie miejsc rozdzielonych przez infrastrukturę",
            ],
            [
                "plánování mobility v měřítku metropole",
                "znovupropojení míst rozdělených infrastrukturou",
            ],
            [
                "mobility planning at metropolitan scale",
                "reconnecting places divided by infrastructure",
            ],
        ),
        "website": "",
        "themes": ["sustainable-mobility", "strategic-planning", "institutional-cooperation"],
        "cities": [*_OMGGS_CITIES],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "smart-up-bsr",
        "title": translated(
            "Smart-up BSR – inteligentne rozwiązania dla miast regionu Morza Bałtyckiego",
            "Smart-up BSR – chytrá řešení pro města regionu Baltského moře",
            "Smart-up BSR – smart solutions for cities of the Baltic Sea Region",
        ),
        "acronym": "Smart-up BSR",
        "registration_number": "",
        "programme": "interreg-bsr",
        "start_date": "2017-10-01",
        "end_date": "2020-09-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt programu Interreg Region Morza Bałtyckiego z udziałem partnerów "
            "z dziewięciu państw, poświęcony inteligentnym rozwiązaniom dla miast. Obszar "
            "Metropolitalny Gdańsk Gdynia Sopot wymieniał się w nim doświadczeniami "
            "z partnerami z całego regionu.",
            "Projekt programu Interreg Region Baltského moře s partnery z devíti zemí, věnovaný "
            "chytrým řešením pro města. Metropolitní oblast Gdaňsk Gdyně Sopoty v něm sdílela "
            "zkušenosti s partnery z celého regionu.",
            "An Interreg Baltic Sea Region project with partners from nine countries, devoted to "
            "smart solutions for cities. The Gdańsk-Gdynia-Sopot Metropolitan Area shared "
            "experience in it with partners from around the region.",
        ),
        "description": _paras(
            [
                "Partnerzy z krajów nadbałtyckich szukali sposobów, by nowe technologie i dane "
                "pomagały rozwiązywać konkretne problemy miast, a firmy i instytucje naukowe "
                "mogły je testować we współpracy z samorządami.",
            ],
            [
                "Partneři z baltských zemí hledali způsoby, jak mohou nové technologie a data "
                "pomáhat řešit konkrétní problémy měst a jak je mohou firmy a výzkumné instituce "
                "zkoušet ve spolupráci se samosprávami.",
            ],
            [
                "Partners from the Baltic Sea countries looked for ways in which new technology "
                "and data could help to solve specific urban problems, and in which businesses "
                "and research bodies could test them together with local governments.",
            ],
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń we wdrażaniu inteligentnych rozwiązań w miastach",
                "współpraca samorządów z firmami i nauką",
            ],
            [
                "výměna zkušeností se zaváděním chytrých řešení ve městech",
                "spolupráce samospráv s firmami a výzkumem",
            ],
            [
                "exchanging experience of introducing smart solutions in cities",
                "cooperation of local governments with business and research",
            ],
        ),
        "website": "",
        "themes": ["smart-city", "innovation-and-business", "institutional-cooperation"],
        "cities": [*_OMGGS_CITIES],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "camelot",
        "title": translated(
            "CAMELOT – rola obszarów metropolitalnych w zarządzaniu funduszami UE",
            "CAMELOT – úloha metropolitních oblastí při řízení fondů EU",
            "CAMELOT – the role of metropolitan areas in managing EU funds",
        ),
        "acronym": "CAMELOT",
        "registration_number": "",
        "programme": "interreg-bsr",
        "start_date": "2019-01-01",
        "end_date": "2021-06-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt programu Interreg Region Morza Bałtyckiego o roli obszarów metropolitalnych "
            "w zarządzaniu funduszami Unii Europejskiej. Obszar Metropolitalny Gdańsk Gdynia "
            "Sopot dzielił się w nim własnymi doświadczeniami.",
            "Projekt programu Interreg Region Baltského moře o úloze metropolitních oblastí při "
            "řízení fondů Evropské unie. Metropolitní oblast Gdaňsk Gdyně Sopoty v něm sdílela "
            "vlastní zkušenosti.",
            "An Interreg Baltic Sea Region project on the role of metropolitan areas in managing "
            "European Union funds. The Gdańsk-Gdynia-Sopot Metropolitan Area shared its own "
            "experience in it.",
        ),
        "description": _paras(
            [
                "Partnerzy analizowali, w jaki sposób metropolie mogą uczestniczyć "
                "w programowaniu i wdrażaniu funduszy unijnych, aby wspólne inwestycje "
                "odpowiadały potrzebom całego obszaru funkcjonalnego, a nie tylko pojedynczych "
                "gmin.",
            ],
            [
                "Partneři zkoumali, jak se metropole mohou podílet na programování a provádění "
                "evropských fondů, aby společné investice odpovídaly potřebám celého funkčního "
                "území, a ne jen jednotlivých obcí.",
            ],
            [
                "The partners analysed how metropolitan areas can take part in programming and "
                "implementing EU funds, so that joint investments meet the needs of the whole "
                "functional area rather than of single municipalities.",
            ],
        ),
        "objectives": _bullets(
            [
                "wzmocnienie roli metropolii w zarządzaniu funduszami UE",
                "inwestycje planowane z myślą o całym obszarze funkcjonalnym",
            ],
            [
                "posílení úlohy metropolí při řízení fondů EU",
                "investice plánované s ohledem na celé funkční území",
            ],
            [
                "strengthening the role of metropolitan areas in managing EU funds",
                "investment planned for the whole functional area",
            ],
        ),
        "website": "",
        "themes": [
            "integrated-territorial-investments",
            "strategic-planning",
            "institutional-cooperation",
        ],
        "cities": [*_OMGGS_CITIES],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "epic",
        "title": translated(
            "EPIC – integracja migrantów w miastach",
            "EPIC – integrace migrantů ve městech",
            "EPIC – integration of migrants in cities",
        ),
        "acronym": "EPIC",
        "registration_number": "",
        "programme": "interreg-bsr",
        "start_date": "2017-10-01",
        "end_date": "2020-09-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt programu Interreg Region Morza Bałtyckiego z udziałem partnerów z sześciu "
            "krajów, poświęcony integracji migrantów. Obszar Metropolitalny Gdańsk Gdynia Sopot "
            "był jednym z partnerów.",
            "Projekt programu Interreg Region Baltského moře s partnery ze šesti zemí, věnovaný "
            "integraci migrantů. Metropolitní oblast Gdaňsk Gdyně Sopoty byla jedním "
            "z partnerů.",
            "An Interreg Baltic Sea Region project with partners from six countries, devoted to "
            "the integration of migrants. The Gdańsk-Gdynia-Sopot Metropolitan Area was one of "
            "the partners.",
        ),
        "description": _paras(
            [
                "Partnerzy wymieniali się doświadczeniami w przyjmowaniu i wspieraniu migrantów "
                "przez samorządy i organizacje lokalne – od informacji i doradztwa po udział "
                "w życiu społecznym.",
            ],
            [
                "Partneři si vyměňovali zkušenosti s tím, jak samosprávy a místní organizace "
                "přijímají a podporují migranty – od informací a poradenství po zapojení "
                "do společenského života.",
            ],
            [
                "The partners exchanged experience of how local governments and local "
                "organisations welcome and support migrants, from information and advice to "
                "taking part in community life.",
            ],
        ),
        "objectives": _bullets(
            [
                "wymiana doświadczeń w integracji migrantów",
                "lepsza współpraca instytucji wspierających migrantów",
            ],
            [
                "výměna zkušeností s integrací migrantů",
                "lepší spolupráce institucí, které migranty podporují",
            ],
            [
                "exchanging experience of integrating migrants",
                "better cooperation between institutions that support migrants",
            ],
        ),
        "website": "",
        "themes": ["social-inclusion", "institutional-cooperation"],
        "cities": [*_OMGGS_CITIES],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "l-energy",
        "title": translated(
            "L-Energy – LNG i biogaz w obszarze metropolitalnym",
            "L-Energy – LNG a bioplyn v metropolitní oblasti",
            "L-Energy – LNG and biogas in the metropolitan area",
        ),
        "acronym": "L-Energy",
        "registration_number": "",
        "programme": "interreg-south-baltic",
        "start_date": "2018-07-01",
        "end_date": "2021-06-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt programu Interreg Południowy Bałtyk poświęcony wykorzystaniu skroplonego "
            "gazu ziemnego (LNG) i biogazu. W obszarze metropolitalnym powstały w nim trzy "
            "studia: dla przedsiębiorstwa żeglugowego, przedsiębiorstwa trolejbusowego "
            "i zakładu gospodarki odpadami w Gdańsku i Gdyni.",
            "Projekt programu Interreg Jižní Balt zaměřený na využití zkapalněného zemního plynu "
            "(LNG) a bioplynu. V metropolitní oblasti v něm vznikly tři studie: pro lodní "
            "společnost, provozovatele trolejbusové dopravy a závod na zpracování odpadu "
            "v Gdaňsku a Gdyni.",
            "An Interreg South Baltic project on the use of liquefied natural gas (LNG) and "
            "biogas. In the metropolitan area it produced three studies: for a shipping company, "
            "a trolleybus operator and a waste plant in Gdańsk and Gdynia.",
        ),
        "description": _paras(
            [
                "Studia miały sprawdzić, czy i w jaki sposób te przedsiębiorstwa mogą korzystać "
                "z LNG i biogazu, oraz dać im podstawę do dalszych decyzji.",
            ],
            [
                "Studie měly ověřit, zda a jak mohou tyto podniky využívat LNG a bioplyn, a dát "
                "jim podklad pro další rozhodování.",
            ],
            [
                "The studies were meant to find out whether and how these companies could use "
                "LNG and biogas, and to give them a basis for further decisions.",
            ],
        ),
        "objectives": _bullets(
            [
                "ocena możliwości wykorzystania LNG i biogazu w transporcie i gospodarce "
                "komunalnej",
                "przygotowanie studiów dla trzech przedsiębiorstw z Gdańska i Gdyni",
            ],
            [
                "posouzení možností využití LNG a bioplynu v dopravě a komunálních službách",
                "příprava studií pro tři podniky v Gdaňsku a Gdyni",
            ],
            [
                "assessing the use of LNG and biogas in transport and municipal services",
                "preparing studies for three companies from Gdańsk and Gdynia",
            ],
        ),
        "website": "",
        "themes": ["green-economy", "sustainable-mobility"],
        "cities": ["gdansk", "gdynia"],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "espon-metro",
        "title": translated(
            "ESPON METRO – obszary metropolitalne w polityce spójności",
            "ESPON METRO – metropolitní oblasti v politice soudržnosti",
            "ESPON METRO – metropolitan areas in cohesion policy",
        ),
        "acronym": "ESPON METRO",
        "registration_number": "",
        "programme": "espon-2020",
        "start_date": "2020-03-01",
        "end_date": "2022-06-30",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Analiza programu ESPON 2020 o roli polityki spójności w planowaniu i rozwoju "
            "obszarów metropolitalnych, prowadzona z udziałem dziewięciu metropolii. Obszar "
            "Metropolitalny Gdańsk Gdynia Sopot był jedną z nich.",
            "Analýza programu ESPON 2020 o úloze politiky soudržnosti v plánování a rozvoji "
            "metropolitních oblastí, do níž se zapojilo devět metropolí. Metropolitní oblast "
            "Gdaňsk Gdyně Sopoty byla jednou z nich.",
            "An ESPON 2020 analysis of the role of cohesion policy in planning and developing "
            "metropolitan areas, carried out with nine metropolitan areas. The "
            "Gdańsk-Gdynia-Sopot Metropolitan Area was one of them.",
        ),
        "description": _paras(
            [
                "Badacze i przedstawiciele metropolii wspólnie przyglądali się temu, jak środki "
                "polityki spójności wpływają na wspólne planowanie w obszarach metropolitalnych "
                "i jak metropolie mogą w przyszłości lepiej współtworzyć tę politykę.",
            ],
            [
                "Výzkumníci a zástupci metropolí společně zkoumali, jak prostředky politiky "
                "soudržnosti ovlivňují společné plánování v metropolitních oblastech a jak se "
                "metropole mohou v budoucnu lépe podílet na utváření této politiky.",
            ],
            [
                "Researchers and representatives of the metropolitan areas looked together at "
                "how cohesion policy funding affects joint planning in metropolitan areas and "
                "how metropolitan areas could help to shape this policy better in the future.",
            ],
        ),
        "objectives": _bullets(
            [
                "ocena wpływu polityki spójności na planowanie metropolitalne",
                "rekomendacje dotyczące roli metropolii w kolejnych okresach programowania",
            ],
            [
                "posouzení vlivu politiky soudržnosti na metropolitní plánování",
                "doporučení k úloze metropolí v dalších programových obdobích",
            ],
            [
                "assessing how cohesion policy affects metropolitan planning",
                "recommendations on the role of metropolitan areas in future programming periods",
            ],
        ),
        "website": "",
        "themes": [
            "strategic-planning",
            "integrated-territorial-investments",
            "institutional-cooperation",
        ],
        "cities": [*_OMGGS_CITIES],
        "partners": [("omggs", "partner")],
    },
    {
        "slug": "kultura-wlacza",
        "title": translated(
            "Kultura włącza – dostęp do kultury dla wszystkich",
            "Kultura začleňuje – přístup ke kultuře pro všechny",
            "Culture Includes – access to culture for everyone",
        ),
        "acronym": "",
        "registration_number": "",
        "programme": "eea-norway-grants",
        "start_date": "2021-03-01",
        "end_date": "2023-12-31",
        "total_budget": None,
        "eu_cofinancing": None,
        "summary": translated(
            "Projekt finansowany z funduszy EOG i funduszy norweskich, poświęcony dostępowi "
            "do kultury. Obszar Metropolitalny Gdańsk Gdynia Sopot, Wojewódzka i Miejska "
            "Biblioteka Publiczna w Gdańsku oraz Biblioteka Narodowa Norwegii w Oslo wspólnie "
            "szukały sposobów, by otworzyć kulturę dla jak największej liczby osób.",
            "Projekt financovaný z Fondů EHP a Norska, věnovaný přístupu ke kultuře. "
            "Metropolitní oblast Gdaňsk Gdyně Sopoty, Vojvodská a městská veřejná knihovna "
            "v Gdaňsku a Norská národní knihovna v Oslu společně hledaly cesty, jak kulturu "
            "otevřít co nejvíce lidem.",
            "A project funded by the EEA and Norway Grants, devoted to access to culture. The "
            "Gdańsk-Gdynia-Sopot Metropolitan Area, the Voivodeship and Municipal Public Library "
            "in Gdańsk and the National Library of Norway in Oslo worked together to open "
            "culture to as many people as possible.",
        ),
        "description": _paras(
            [
                "Biblioteki publiczne są miejscem, w którym wiele osób styka się z kulturą "
                "na co dzień, dlatego projekt skupiał się na usuwaniu barier, które utrudniają "
                "części mieszkańców korzystanie z ich oferty. Partnerzy z Polski i Norwegii "
                "wymieniali się doświadczeniami w tej dziedzinie.",
            ],
            [
                "Veřejné knihovny jsou místem, kde se mnoho lidí setkává s kulturou každý den, "
                "a proto se projekt zaměřil na odstraňování bariér, které části obyvatel brání "
                "využívat jejich nabídku. Partneři z Polska a Norska si v této oblasti "
                "vyměňovali zkušenosti.",
            ],
            [
                "Public libraries are where many people meet culture every day, so the project "
                "focused on removing the barriers that keep some residents from using what they "
                "offer. The partners from Poland and Norway exchanged experience in this field.",
            ],
        ),
        "objectives": _bullets(
            [
                "usuwanie barier w dostępie do kultury",
                "wymiana doświadczeń między bibliotekami z Polski i Norwegii",
            ],
            [
                "odstraňování bariér v přístupu ke kultuře",
                "výměna zkušeností mezi knihovnami z Polska a Norska",
            ],
            [
                "removing barriers to culture",
                "exchanging experience between libraries in Poland and Norway",
            ],
        ),
        "website": "",
        "themes": ["culture-and-tourism", "social-inclusion"],
        "cities": ["gdansk", "oslo"],
        "partners": [
            ("omggs", "partner"),
            ("biblioteka-gdansk", "partner"),
            ("nasjonalbiblioteket", "partner"),
        ],
    },
]
