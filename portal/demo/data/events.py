"""Events of the demo content: study visits, internships, contests, conferences and meetings."""

import datetime

from portal.demo.data.texts import LANGUAGES, MOTIF_ALT, paragraphs, translated

# The texts use the typographic en dash (U+2013) on purpose: in ranges of days and years, as a
# sentence dash, and at the start of every agenda line.


def _lines(*rows):
    """An agenda: one line per day or point, each starting with a dash."""
    return {lang: "\n".join(f"– {row[i]}" for row in rows) for i, lang in enumerate(LANGUAGES)}


_EMPTY = translated("", "", "")


def _photo(motif, pl, cs, en):
    return {"motif": motif, "alt": MOTIF_ALT[motif], "caption": translated(pl, cs, en)}


_CORE = ["aglomeracja-opolska", "statutarni-mesto-olomouc", "rra-stredni-morava"]
_PAIR = ["aglomeracja-opolska", "statutarni-mesto-olomouc"]

_MICRO = "wspolpraca-aglomeracji-opolskiej-i-olomunieckiej"
_A4B = "razem-dla-rozwoju-aglomeracji"
_A4B_2020 = "razem-dla-rozwoju-aglomeracji-2020"

_OFFICE_OPOLE = translated(
    "Biuro Stowarzyszenia Aglomeracja Opolska, Plac Wolności 6, Opole",
    "Kancelář Sdružení Opolské aglomerace, Plac Wolności 6, Opolí",
    "Office of the Opole Agglomeration Association, Plac Wolności 6, Opole",
)
_CITY_HALL_OLOMOUC = translated(
    "Urząd Miasta Ołomuniec (Magistrát města Olomouce)",
    "Magistrát města Olomouce",
    "Olomouc City Hall (Magistrát města Olomouce)",
)


def _event(
    slug,
    kind,
    title,
    start_date,
    end_date,
    city,
    venue,
    summary,
    agenda,
    report,
    *,
    visitors_from=None,
    participants=None,
    organisations=(),
    project=None,
    practices=(),
    photos=(),
    status="published",
    start_time=None,
    end_time=None,
):
    return {
        "slug": slug,
        "status": status,
        "kind": kind,
        "title": title,
        "start_date": start_date,
        "end_date": end_date,
        "city": city,
        "venue": venue,
        "visitors_from": visitors_from,
        "participants": participants,
        "organisations": list(organisations),
        "project": project,
        "practices": list(practices),
        "summary": summary,
        "agenda": agenda,
        "report": report,
        "photos": list(photos),
        "start_time": start_time,
        "end_time": end_time,
    }


EVENTS = [
    # 2016: where it all began.
    _event(
        "cooperation-agreement-signing-2016-09",
        "meeting",
        translated(
            "Podpisanie porozumienia o współpracy transgranicznej Aglomeracji Opolskiej "
            "i Aglomeracji Ołomunieckiej",
            "Podpis dohody o přeshraniční spolupráci Opolské a Olomoucké aglomerace",
            "Signing of the cross-border cooperation agreement of the Opole and Olomouc "
            "agglomerations",
        ),
        "2016-09-22",
        "2016-09-22",
        "opole",
        _OFFICE_OPOLE,
        translated(
            "Przedstawiciele Aglomeracji Opolskiej i Aglomeracji Ołomunieckiej podpisali "
            "porozumienie o współpracy transgranicznej. Było to pierwsze takie porozumienie między "
            "podmiotami wdrażającymi Zintegrowane Inwestycje Terytorialne w Polsce i w Czechach. "
            "Od niego zaczęła się wspólna praca, z której wyrosły kolejne projekty.",
            "Zástupci Opolské a Olomoucké aglomerace podepsali dohodu o přeshraniční spolupráci. "
            "Šlo o první dohodu tohoto druhu mezi subjekty, které v Polsku a v Česku realizují "
            "integrované teritoriální investice. Touto dohodou začala společná práce, z níž "
            "vzešly další projekty.",
            "Representatives of the Opole and Olomouc agglomerations signed a cross-border "
            "cooperation agreement. It was the first such agreement between bodies implementing "
            "Integrated Territorial Investments in Poland and Czechia. It started the joint work "
            "from which the later projects grew.",
        ),
        _lines(
            (
                "Powitanie delegacji i krótka prezentacja obu aglomeracji",
                "Přivítání delegací a krátké představení obou aglomerací",
                "Welcome and a short presentation of both agglomerations",
            ),
            (
                "Jak działają ZIT w Polsce i ITI w Czechach – podobieństwa i różnice",
                "Jak fungují ZIT v Polsku a ITI v Česku – podobnosti a rozdíly",
                "How ZIT works in Poland and ITI in Czechia – similarities and differences",
            ),
            (
                "Podpisanie porozumienia",
                "Podpis dohody",
                "Signing of the agreement",
            ),
            (
                "Rozmowa o wspólnych projektach w programie Interreg V-A Republika Czeska – Polska",
                "Diskuse o společných projektech v programu Interreg V-A Česká republika – Polsko",
                "Discussion of joint projects under Interreg V-A Czech Republic – Poland",
            ),
        ),
        paragraphs(
            (
                "Porozumienie wskazało obszary, w których obie aglomeracje chcą ze sobą "
                "współpracować: wymianę doświadczeń z wdrażania ZIT/ITI, planowanie strategiczne, "
                "mobilność, środowisko oraz kontakty między gminami i instytucjami po obu stronach "
                "granicy. Strony zobowiązały się do regularnych spotkań i wspólnego "
                "przygotowywania "
                "projektów.",
                "Dohoda vymezila oblasti, v nichž chtějí obě aglomerace spolupracovat: výměnu "
                "zkušeností s realizací ZIT/ITI, strategické plánování, mobilitu, životní "
                "prostředí "
                "a kontakty mezi obcemi a institucemi na obou stranách hranice. Strany se zavázaly "
                "k pravidelným setkáním a ke společné přípravě projektů.",
                "The agreement named the fields in which the two agglomerations want to work "
                "together: sharing experience of implementing ZIT/ITI, strategic planning, "
                "mobility, the environment and contacts between municipalities and institutions on "
                "both sides of the border. The parties committed to regular meetings and to "
                "preparing projects together.",
            ),
            (
                "Z perspektywy czasu podpisanie porozumienia okazało się początkiem trwałej "
                "współpracy: w 2017 roku ruszył pierwszy wspólny mikroprojekt, a w kolejnych "
                "latach "
                "dwa projekty programu Interreg V-A Republika Czeska – Polska.",
                "S odstupem času se podpis dohody ukázal jako začátek trvalé spolupráce: v roce "
                "2017 začal první společný mikroprojekt a v dalších letech následovaly dva "
                "projekty "
                "programu Interreg V-A Česká republika – Polsko.",
                "Looking back, the signing was the start of a lasting partnership: the first joint "
                "microproject began in 2017, followed by two projects of the Interreg V-A Czech "
                "Republic – Poland programme.",
            ),
        ),
        organisations=_CORE,
        photos=[
            _photo(
                "meeting",
                "Przedstawiciele obu aglomeracji przy jednym stole",
                "Zástupci obou aglomerací u jednoho stolu",
                "Representatives of both agglomerations at one table",
            ),
        ],
        start_time="11:00",
        end_time="13:00",
    ),
    # 2017-2018: the microproject.
    _event(
        "study-visit-olomouc-2017-12",
        "study_visit",
        translated(
            "Wizyta studyjna w Aglomeracji Ołomunieckiej",
            "Studijní cesta do Olomoucké aglomerace",
            "Study visit to the Olomouc agglomeration",
        ),
        "2017-12-11",
        "2017-12-13",
        "olomouc",
        translated(
            "Urząd Miasta Ołomuniec i miejsca realizacji projektów w Aglomeracji Ołomunieckiej",
            "Magistrát města Olomouce a místa realizovaných projektů v Olomoucké aglomeraci",
            "Olomouc City Hall and project sites in the Olomouc agglomeration",
        ),
        translated(
            "Pierwsza wizyta studyjna mikroprojektu „Współpraca Aglomeracji Opolskiej "
            "i Aglomeracji Ołomunieckiej”. Przedstawiciele Stowarzyszenia Aglomeracja Opolska "
            "i gmin członkowskich poznali sposób wdrażania ITI w Ołomuńcu oraz projekty "
            "współfinansowane z funduszy UE.",
            "První studijní cesta mikroprojektu „Spolupráce Opolské aglomerace a Olomoucké "
            "aglomerace“. Zástupci Sdružení Opolské aglomerace a členských obcí se seznámili "
            "s realizací ITI v Olomouci a s projekty spolufinancovanými z fondů EU.",
            "The first study visit of the microproject “Cooperation of the Opole and Olomouc "
            "Agglomerations”. Representatives of the Opole Agglomeration Association and its "
            "member municipalities learnt how the Olomouc ITI works and saw EU-funded projects.",
        ),
        _lines(
            (
                "11 grudnia: przyjazd do Ołomuńca, powitanie w urzędzie miasta, prezentacja "
                "Aglomeracji Ołomunieckiej",
                "11. prosince: příjezd do Olomouce, přivítání na magistrátu, představení "
                "Olomoucké aglomerace",
                "11 December: arrival in Olomouc, welcome at the City Hall, presentation of the "
                "Olomouc agglomeration",
            ),
            (
                "12 grudnia: wybór i ocena projektów w ITI; wizyty w miejscach realizacji "
                "projektów; wspólne polsko-czeskie warsztaty",
                "12. prosince: výběr a hodnocení projektů v ITI; návštěvy míst realizovaných "
                "projektů; společný polsko-český workshop",
                "12 December: selecting and assessing ITI projects; visits to project sites; "
                "a joint Polish-Czech workshop",
            ),
            (
                "13 grudnia: podsumowanie, rozmowa o dalszej współpracy, powrót do Opola",
                "13. prosince: shrnutí, diskuse o další spolupráci, návrat do Opolí",
                "13 December: summing up, talks on further cooperation, return to Opole",
            ),
        ),
        paragraphs(
            (
                "Goście z Opola zobaczyli, jak zorganizowana jest struktura wdrażania ITI "
                "w Ołomuńcu i jak czeska strona uzgadnia wybór projektów z gminami całej "
                "aglomeracji. Porównanie z polskim modelem ZIT pokazało, że oba kraje stosują ten "
                "sam instrument unijny, ale z inną rolą aglomeracji w ocenie wniosków.",
                "Hosté z Opolí viděli, jak je v Olomouci uspořádána struktura pro realizaci ITI "
                "a jak česká strana dojednává výběr projektů s obcemi celé aglomerace. Srovnání "
                "s polským modelem ZIT ukázalo, že obě země používají stejný evropský nástroj, ale "
                "s jinou rolí aglomerace při hodnocení žádostí.",
                "The guests from Opole saw how the ITI structure in Olomouc is organised and how "
                "the Czech side agrees the choice of projects with the municipalities of the whole "
                "agglomeration. Comparing it with the Polish ZIT model showed that both countries "
                "use the same EU instrument, but give the agglomeration a different role in "
                "assessing applications.",
            ),
            (
                "Na koniec partnerzy uzgodnili, że współpraca będzie kontynuowana w większym "
                "projekcie programu Interreg V-A Republika Czeska – Polska, z wizytami w obu "
                "kierunkach i stażami pracowników.",
                "Na závěr se partneři dohodli, že budou ve spolupráci pokračovat ve větším "
                "projektu "
                "programu Interreg V-A Česká republika – Polsko, s cestami oběma směry a se "
                "stážemi "
                "zaměstnanců.",
                "At the end the partners agreed to continue in a larger project of the Interreg "
                "V-A Czech Republic – Poland programme, with visits both ways and staff "
                "internships.",
            ),
        ),
        visitors_from="PL",
        organisations=_PAIR,
        project=_MICRO,
        photos=[
            _photo(
                "city",
                "Ołomuniec – miasto gospodarzy wizyty",
                "Olomouc – hostitelské město studijní cesty",
                "Olomouc, the host city of the visit",
            ),
        ],
        start_time="09:00",
        end_time="16:00",
    ),
    _event(
        "knowledge-contest-olomouc-agglomeration-2018",
        "contest",
        translated(
            "Konkurs wiedzy o Aglomeracji Ołomunieckiej",
            "Vědomostní soutěž o Olomoucké aglomeraci",
            "Knowledge contest about the Olomouc agglomeration",
        ),
        "2018-01-15",
        "2018-02-09",
        "opole",
        translated(
            "Konkurs internetowy prowadzony przez Stowarzyszenie Aglomeracja Opolska",
            "Online soutěž pořádaná Sdružením Opolské aglomerace",
            "Online contest run by the Opole Agglomeration Association",
        ),
        translated(
            "Konkurs dla mieszkańców Aglomeracji Opolskiej, którzy chcieli lepiej poznać "
            "partnerską Aglomerację Ołomuniecką. Pytania dotyczyły historii, kultury, przyrody "
            "i inwestycji po czeskiej stronie granicy.",
            "Soutěž pro obyvatele Opolské aglomerace, kteří chtěli lépe poznat partnerskou "
            "Olomouckou aglomeraci. Otázky se týkaly historie, kultury, přírody a investic na "
            "české straně hranice.",
            "A contest for residents of the Opole agglomeration who wanted to get to know the "
            "partner Olomouc agglomeration better. The questions covered history, culture, nature "
            "and investments on the Czech side of the border.",
        ),
        _lines(
            (
                "Ogłoszenie konkursu i regulaminu",
                "Vyhlášení soutěže a pravidel",
                "Announcement of the contest and its rules",
            ),
            (
                "Kolejne rundy pytań publikowane co tydzień",
                "Další kola otázek zveřejňovaná každý týden",
                "Weekly rounds of questions",
            ),
            (
                "Ocena odpowiedzi i ogłoszenie wyników",
                "Vyhodnocení odpovědí a vyhlášení výsledků",
                "Marking of answers and announcement of results",
            ),
            (
                "Wręczenie nagród laureatom",
                "Předání cen vítězům",
                "Prizes for the winners",
            ),
        ),
        paragraphs(
            (
                "Konkurs zamknął mikroprojekt i przeniósł wiedzę o sąsiadach z sal spotkań do "
                "mieszkańców. Dla wielu uczestników było to pierwsze bliższe spotkanie "
                "z Ołomuńcem i okolicznymi miastami, choć leżą one zaledwie kilka godzin jazdy "
                "od Opola.",
                "Soutěž uzavřela mikroprojekt a přenesla poznatky o sousedech z jednacích sálů "
                "k obyvatelům. Pro mnoho účastníků to bylo první bližší setkání s Olomoucí "
                "a okolními městy, i když leží jen několik hodin jízdy od Opolí.",
                "The contest closed the microproject and took knowledge about the neighbours out "
                "of meeting rooms to the residents. For many participants it was their first "
                "closer "
                "look at Olomouc and the towns around it, although they are only a few hours' "
                "drive "
                "from Opole.",
            ),
            (
                "Doświadczenie z tej edycji wykorzystano później przy większym konkursie o kraju "
                "sąsiada, zorganizowanym po obu stronach granicy.",
                "Zkušenosti z tohoto ročníku se později využily při větší soutěži o sousední zemi, "
                "pořádané na obou stranách hranice.",
                "What was learnt from this round was later used for a larger contest about the "
                "neighbour country, held on both sides of the border.",
            ),
        ),
        organisations=_PAIR,
        project=_MICRO,
    ),
    # 2018-2020: Razem dla rozwoju aglomeracji / Agglomerations4Borderlands.
    _event(
        "study-visit-opole-2018-06",
        "study_visit",
        translated(
            "Wizyta studyjna partnerów czeskich w Aglomeracji Opolskiej",
            "Studijní cesta českých partnerů do Opolské aglomerace",
            "Study visit of the Czech partners to the Opole agglomeration",
        ),
        "2018-06-27",
        "2018-06-29",
        "opole",
        translated(
            "Opole, Ogród Zoologiczny w Opolu, Jeziora Turawskie, zamek w Mosznej",
            "Opolí, zoologická zahrada v Opolí, Turawská jezera, zámek Moszna",
            "Opole, Opole Zoo, the Turawa lakes, Moszna Castle",
        ),
        translated(
            "Pierwsza wizyta studyjna projektu „Razem dla rozwoju aglomeracji”. Partnerzy "
            "z Ołomuńca poznali inwestycje ZIT w Opolu, współpracę ogrodów zoologicznych obu "
            "miast oraz atrakcje turystyczne gmin Turawa i Strzeleczki.",
            "První studijní cesta projektu „Společně pro rozvoj aglomerací“. Partneři z Olomouce "
            "poznali investice ZIT v Opolí, spolupráci zoologických zahrad obou měst a turistické "
            "cíle gmin Turawa a Strzeleczki.",
            "The first study visit of the Agglomerations4Borderlands project. The partners from "
            "Olomouc saw ZIT investments in Opole, the cooperation of the two cities' zoos and "
            "tourist sites in the municipalities of Turawa and Strzeleczki.",
        ),
        _lines(
            (
                "27 czerwca: przyjazd, inwestycje zrealizowane w Opolu w ramach ZIT",
                "27. června: příjezd, investice realizované v Opolí v rámci ZIT",
                "27 June: arrival, investments made in Opole under ZIT",
            ),
            (
                "28 czerwca: Ogród Zoologiczny w Opolu i jego współpraca z zoo w Ołomuńcu; "
                "infrastruktura rekreacyjna nad Jeziorami Turawskimi",
                "28. června: zoologická zahrada v Opolí a její spolupráce se zoo v Olomouci; "
                "rekreační infrastruktura u Turawských jezer",
                "28 June: Opole Zoo and its cooperation with Olomouc Zoo; recreation facilities at "
                "the Turawa lakes",
            ),
            (
                "29 czerwca: zamek w Mosznej w gminie Strzeleczki; spotkanie w biurze "
                "Stowarzyszenia o naborze i ocenie projektów ZIT",
                "29. června: zámek Moszna v gmině Strzeleczki; setkání v kanceláři Sdružení "
                "o výzvách a hodnocení projektů ZIT",
                "29 June: Moszna Castle in Strzeleczki municipality; meeting at the Association's "
                "office on calls for and assessment of ZIT projects",
            ),
        ),
        paragraphs(
            (
                "Czescy goście obejrzeli w Opolu przedsięwzięcia sfinansowane w ramach ZIT "
                "i rozmawiali z pracownikami Stowarzyszenia o tym, jak przebiega nabór wniosków, "
                "ich ocena i monitorowanie. Najwięcej pytań dotyczyło tego, jak gminy aglomeracji "
                "uzgadniają wspólną listę priorytetów.",
                "Čeští hosté si v Opolí prohlédli akce financované v rámci ZIT a hovořili "
                "s pracovníky Sdružení o tom, jak probíhají výzvy, hodnocení a monitorování "
                "projektů. Nejvíce otázek se týkalo toho, jak se obce aglomerace shodují na "
                "společném seznamu priorit.",
                "The Czech guests saw projects funded under ZIT in Opole and talked with the "
                "Association's staff about how calls, assessment and monitoring work. Most "
                "questions were about how the agglomeration's municipalities agree on a shared "
                "list of priorities.",
            ),
            (
                "Wizyta w opolskim zoo pokazała, że współpraca transgraniczna nie musi dotyczyć "
                "tylko urzędów: ogrody zoologiczne z Opola i Ołomuńca od lat wymieniają się "
                "doświadczeniem i prowadzą wspólne działania. Nad Jeziorami Turawskimi i w Mosznej "
                "goście zobaczyli, jak mniejsze gminy budują ofertę turystyczną aglomeracji.",
                "Návštěva opolské zoo ukázala, že přeshraniční spolupráce se nemusí týkat jen "
                "úřadů: zoologické zahrady z Opolí a Olomouce si už léta vyměňují zkušenosti "
                "a pořádají společné akce. U Turawských jezer a u zámku Moszna hosté viděli, jak "
                "menší "
                "obce budují turistickou nabídku aglomerace.",
                "The visit to Opole Zoo showed that cross-border cooperation is not only for "
                "public offices: the zoos of Opole and Olomouc have shared experience and run "
                "joint "
                "activities for years. At the Turawa lakes and in Moszna the guests saw how "
                "smaller "
                "municipalities build the agglomeration's tourist offer.",
            ),
        ),
        visitors_from="CZ",
        organisations=[
            *_CORE,
            "miasto-opole",
            "zoo-opole",
            "zoo-olomouc",
            "gmina-turawa",
            "gmina-strzeleczki",
        ],
        project=_A4B,
        practices=["opole-olomouc-zoo-cooperation"],
        photos=[
            _photo(
                "green",
                "Zieleń wokół opolskiego ogrodu zoologicznego",
                "Zeleň kolem opolské zoologické zahrady",
                "Greenery around Opole Zoo",
            ),
            _photo(
                "river",
                "Woda i zieleń – nad Jeziorami Turawskimi",
                "Voda a zeleň – u Turawských jezer",
                "Water and greenery at the Turawa lakes",
            ),
        ],
        start_time="09:00",
        end_time="16:00",
    ),
    _event(
        "study-visit-olomouc-2018-10",
        "study_visit",
        translated(
            "Wizyta studyjna: zarządzanie kryzysowe w Ołomuńcu",
            "Studijní cesta: krizové řízení v Olomouci",
            "Study visit: crisis management in Olomouc",
        ),
        "2018-10-01",
        "2018-10-03",
        "olomouc",
        translated(
            "Urząd Miasta Ołomuniec oraz straż pożarna kraju ołomunieckiego (Hasičský záchranný "
            "sbor Olomouckého kraje)",
            "Magistrát města Olomouce a Hasičský záchranný sbor Olomouckého kraje",
            "Olomouc City Hall and the Fire and Rescue Service of the Olomouc Region",
        ),
        translated(
            "Szesnastoosobowa grupa z Aglomeracji Opolskiej poznała czeski model zarządzania "
            "kryzysowego. Gospodarze pokazali działanie zintegrowanego systemu ratowniczego "
            "i centrum obsługi numeru alarmowego 112.",
            "Šestnáctičlenná skupina z Opolské aglomerace se seznámila s českým modelem krizového "
            "řízení. Hostitelé ukázali fungování integrovaného záchranného systému a pracoviště "
            "tísňové linky 112.",
            "A group of sixteen from the Opole agglomeration learnt about the Czech model of "
            "crisis management. The hosts showed how the integrated rescue system and the "
            "112 emergency call centre work.",
        ),
        _lines(
            (
                "1 października: przyjazd, powitanie w urzędzie miasta, zarządzanie kryzysowe "
                "na poziomie miasta",
                "1. října: příjezd, přivítání na magistrátu, krizové řízení na úrovni města",
                "1 October: arrival, welcome at the City Hall, crisis management at city level",
            ),
            (
                "2 października: zintegrowany system ratowniczy; centrum powiadamiania "
                "ratunkowego 112",
                "2. října: integrovaný záchranný systém; operační středisko tísňové linky 112",
                "2 October: the integrated rescue system; the 112 emergency call centre",
            ),
            (
                "3 października: wnioski dla gmin Aglomeracji Opolskiej, powrót",
                "3. října: poznatky pro obce Opolské aglomerace, návrat",
                "3 October: lessons for the Opole agglomeration municipalities, return",
            ),
        ),
        paragraphs(
            (
                "Uczestnicy zobaczyli, jak w Czechach straż pożarna, ratownictwo medyczne "
                "i policja współdziałają w jednym zintegrowanym systemie ratowniczym, w którym "
                "rolę "
                "koordynatora pełni straż pożarna kraju. W centrum 112 pokazano, jak zgłoszenia "
                "trafiają do właściwych służb i jak prowadzi się działania przy większych "
                "zdarzeniach.",
                "Účastníci viděli, jak v Česku hasiči, zdravotnická záchranná služba a policie "
                "spolupracují v jednom integrovaném záchranném systému, který koordinuje hasičský "
                "záchranný sbor kraje. Na pracovišti linky 112 bylo předvedeno, jak se tísňová "
                "volání předávají příslušným složkám a jak se řídí zásahy u větších událostí.",
                "The participants saw how in Czechia the fire service, emergency medical service "
                "and police work within one integrated rescue system coordinated by the regional "
                "fire and rescue service. At the 112 centre they were shown how calls reach the "
                "right service and how larger incidents are managed.",
            ),
            (
                "Dla gmin z Opolszczyzny szczególnie cenne były rozmowy o przygotowaniu do powodzi "
                "i o tym, jak gminy współpracują ze służbami przy planach kryzysowych.",
                "Pro obce z Opolska byly zvlášť cenné rozhovory o připravenosti na povodně a o "
                "tom, "
                "jak obce spolupracují se složkami záchranného systému na krizových plánech.",
                "For the municipalities from the Opole region, the talks on flood preparedness and "
                "on how municipalities work with the emergency services on crisis plans were "
                "especially valuable.",
            ),
        ),
        visitors_from="PL",
        participants=16,
        organisations=[*_CORE, "hzs-olomouckeho-kraje"],
        project=_A4B,
        practices=["olomouc-integrated-rescue-system"],
        photos=[
            _photo(
                "meeting",
                "Rozmowa o zarządzaniu kryzysowym z gospodarzami",
                "Diskuse o krizovém řízení s hostiteli",
                "Talking crisis management with the hosts",
            ),
        ],
        start_time="09:00",
        end_time="16:00",
    ),
    _event(
        "internship-opole-2018-10",
        "internship",
        translated(
            "Staż pracownika z Ołomuńca w Stowarzyszeniu Aglomeracja Opolska",
            "Stáž pracovníka z Olomouce ve Sdružení Opolské aglomerace",
            "Internship of Olomouc staff at the Opole Agglomeration Association",
        ),
        "2018-10-14",
        "2018-10-20",
        "opole",
        _OFFICE_OPOLE,
        translated(
            "Pierwszy staż w projekcie: przedstawiciel Ołomuńca spędził tydzień w biurze "
            "Stowarzyszenia Aglomeracja Opolska. Poznał codzienną pracę przy wdrażaniu ZIT "
            "i odwiedził kilka gmin aglomeracji.",
            "První stáž v projektu: zástupce Olomouce strávil týden v kanceláři Sdružení Opolské "
            "aglomerace. Poznal každodenní práci při realizaci ZIT a navštívil několik obcí "
            "aglomerace.",
            "The first internship of the project: a staff member from Olomouc spent a week at "
            "the office of the Opole Agglomeration Association, learning the daily work of "
            "implementing ZIT and visiting several of its municipalities.",
        ),
        _lines(
            (
                "14 października: przyjazd do Opola",
                "14. října: příjezd do Opolí",
                "14 October: arrival in Opole",
            ),
            (
                "15–19 października: praca w działach biura – nabór i ocena wniosków, "
                "monitorowanie, projekty własne, promocja; spotkania w gminach członkowskich",
                "15.–19. října: práce v odděleních kanceláře – výzvy a hodnocení žádostí, "
                "monitorování, vlastní projekty, propagace; setkání v členských obcích",
                "15–19 October: work in the office's departments – calls and assessment, "
                "monitoring, own projects, promotion; meetings in member municipalities",
            ),
            (
                "20 października: powrót do Ołomuńca",
                "20. října: návrat do Olomouce",
                "20 October: return to Olomouc",
            ),
        ),
        paragraphs(
            (
                "Staż pozwolił zobaczyć od środka, jak niewielki zespół stowarzyszenia obsługuje "
                "21 gmin i jak dzieli się zadaniami z instytucją zarządzającą programem "
                "regionalnym. Stażysta porównywał procedury ZIT z tymi, które zna z ITI "
                "w Ołomuńcu, i zebrał przykłady dokumentów do wykorzystania u siebie.",
                "Stáž umožnila nahlédnout dovnitř, jak malý tým sdružení obsluhuje 21 obcí a jak "
                "si dělí úkoly s řídicím orgánem regionálního programu. Stážista porovnával "
                "postupy ZIT s tím, co zná z ITI v Olomouci, a shromáždil vzory dokumentů pro "
                "vlastní práci.",
                "The internship gave an inside view of how the Association's small team serves 21 "
                "municipalities and shares tasks with the managing authority of the regional "
                "programme. The intern compared ZIT procedures with those of the Olomouc ITI and "
                "collected sample documents to use at home.",
            ),
        ),
        visitors_from="CZ",
        participants=1,
        organisations=_PAIR,
        project=_A4B,
    ),
    _event(
        "internship-olomouc-2018-11",
        "internship",
        translated(
            "Staż pracowników Aglomeracji Opolskiej w Ołomuńcu",
            "Stáž pracovníků Opolské aglomerace v Olomouci",
            "Internship of Opole agglomeration staff in Olomouc",
        ),
        "2018-11-19",
        "2018-11-30",
        "olomouc",
        _CITY_HALL_OLOMOUC,
        translated(
            "Dwie osoby z Aglomeracji Opolskiej odbyły dwutygodniowy staż w Ołomuńcu. "
            "Pracowały z zespołem ITI urzędu miasta i poznały rolę regionalnej agencji rozwoju "
            "w przygotowaniu projektów.",
            "Dva pracovníci Opolské aglomerace absolvovali dvoutýdenní stáž v Olomouci. Pracovali "
            "s týmem ITI magistrátu a poznali roli regionální rozvojové agentury při přípravě "
            "projektů.",
            "Two staff members of the Opole agglomeration spent two weeks in Olomouc. They worked "
            "with the City Hall's ITI team and learnt about the regional development agency's "
            "role in preparing projects.",
        ),
        _lines(
            (
                "19–23 listopada: zespół ITI – strategia aglomeracji, wybór i monitorowanie "
                "projektów",
                "19.–23. listopadu: tým ITI – strategie aglomerace, výběr a monitorování projektů",
                "19–23 November: the ITI team – the agglomeration strategy, selecting and "
                "monitoring projects",
            ),
            (
                "26–28 listopada: Regionalna Agencja Rozwoju Moraw Środkowych – doradztwo dla "
                "wnioskodawców, projekty transgraniczne",
                "26.–28. listopadu: Regionální agentura pro rozvoj střední Moravy – poradenství "
                "žadatelům, přeshraniční projekty",
                "26–28 November: the Central Moravia Regional Development Agency – advice to "
                "applicants, cross-border projects",
            ),
            (
                "29–30 listopada: podsumowanie stażu i powrót",
                "29.–30. listopadu: shrnutí stáže a návrat",
                "29–30 November: summing up and return",
            ),
        ),
        paragraphs(
            (
                "Stażyści zobaczyli, jak Ołomuniec prowadzi strategię ITI dla ponad dwustu gmin "
                "i jak pracuje z nimi grupa robocza aglomeracji. W agencji rozwoju regionalnego "
                "poznali sposób wspierania gmin i organizacji w przygotowaniu wniosków.",
                "Stážisté viděli, jak Olomouc vede strategii ITI pro více než dvě stě obcí a jak "
                "s nimi pracují pracovní skupiny aglomerace. V regionální rozvojové agentuře se "
                "seznámili s tím, jak se obcím a organizacím pomáhá s přípravou žádostí.",
                "The interns saw how Olomouc runs the ITI strategy for more than two hundred "
                "municipalities and how the agglomeration's working groups involve them. At the "
                "regional development agency they learnt how municipalities and organisations are "
                "helped to prepare applications.",
            ),
            (
                "Po powrocie przygotowali dla biura Stowarzyszenia notatkę z propozycjami "
                "usprawnień w komunikacji z gminami.",
                "Po návratu připravili pro kancelář Sdružení shrnutí s návrhy, jak zlepšit "
                "komunikaci s obcemi.",
                "Back home, they wrote a note for the Association's office with ideas for better "
                "communication with the municipalities.",
            ),
        ),
        visitors_from="PL",
        participants=2,
        organisations=_CORE,
        project=_A4B,
    ),
    _event(
        "internship-opole-2019-04",
        "internship",
        translated(
            "Staż pracowników Urzędu Miasta Ołomuniec w Opolu",
            "Stáž pracovníků Magistrátu města Olomouce v Opolí",
            "Internship of Olomouc City Hall staff in Opole",
        ),
        "2019-04-08",
        "2019-04-12",
        "opole",
        translated(
            "Biuro Stowarzyszenia Aglomeracja Opolska w Opolu oraz centrum przesiadkowe w "
            "Gogolinie",
            "Kancelář Sdružení Opolské aglomerace v Opolí a přestupní uzel ve městě Gogolin",
            "Office of the Opole Agglomeration Association in Opole and the transfer hub in "
            "Gogolin",
        ),
        translated(
            "Dwie osoby z Urzędu Miasta Ołomuniec odbyły tygodniowy staż w Aglomeracji Opolskiej. "
            "Głównym tematem były inwestycje transportowe ZIT, w tym centrum przesiadkowe "
            "w Gogolinie.",
            "Dva pracovníci Magistrátu města Olomouce absolvovali týdenní stáž v Opolské "
            "aglomeraci. Hlavním tématem byly dopravní investice ZIT, mezi nimi přestupní uzel ve "
            "městě Gogolin.",
            "Two Olomouc City Hall staff members spent a week in the Opole agglomeration. The main "
            "topic was ZIT transport investments, including the transfer hub in Gogolin.",
        ),
        _lines(
            (
                "8 kwietnia: przyjazd, powitanie w biurze Stowarzyszenia",
                "8. dubna: příjezd, přivítání v kanceláři Sdružení",
                "8 April: arrival, welcome at the Association's office",
            ),
            (
                "9–10 kwietnia: planowanie i realizacja projektów transportowych w ramach ZIT",
                "9.–10. dubna: plánování a realizace dopravních projektů v rámci ZIT",
                "9–10 April: planning and delivering transport projects under ZIT",
            ),
            (
                "11 kwietnia: centrum przesiadkowe w Gogolinie – rozmowa z gminą o budowie "
                "i użytkowaniu",
                "11. dubna: přestupní uzel ve městě Gogolin – rozhovor s gminou o výstavbě a "
                "provozu",
                "11 April: the Gogolin transfer hub – talking with the municipality about building "
                "and running it",
            ),
            (
                "12 kwietnia: podsumowanie i powrót",
                "12. dubna: shrnutí a návrat",
                "12 April: summing up and return",
            ),
        ),
        paragraphs(
            (
                "W Gogolinie stażyści zobaczyli, jak mała gmina połączyła kolej, autobusy, rowery "
                "i samochody w jednym miejscu przesiadki. Rozmowy dotyczyły nie tylko samej "
                "budowy, ale też tego, jak zachęcić mieszkańców do zostawienia samochodu przy "
                "stacji.",
                "Ve městě Gogolin stážisté viděli, jak malá obec propojila železnici, autobusy, "
                "kola "
                "a auta v jednom přestupním místě. Rozhovory se netýkaly jen samotné stavby, ale "
                "také toho, jak motivovat obyvatele, aby nechali auto u nádraží.",
                "In Gogolin the interns saw how a small municipality brought rail, buses, bicycles "
                "and cars together in one place to change. The talks covered not only the "
                "construction but also how to encourage residents to leave the car at the station.",
            ),
            (
                "Ołomuniecki urząd wykorzystał te doświadczenia w rozmowach o węzłach "
                "przesiadkowych w mniejszych miastach swojej aglomeracji.",
                "Olomoucký magistrát tyto zkušenosti využil v debatách o přestupních uzlech "
                "v menších městech své aglomerace.",
                "The Olomouc City Hall used this experience in its discussions on transfer hubs "
                "in the smaller towns of its agglomeration.",
            ),
        ),
        visitors_from="CZ",
        participants=2,
        organisations=[*_PAIR, "gmina-gogolin"],
        project=_A4B,
        practices=["gogolin-transfer-hub"],
        photos=[
            _photo(
                "transport",
                "Przesiadka między autobusem a koleją",
                "Přestup mezi autobusem a vlakem",
                "Changing between bus and train",
            ),
        ],
    ),
    _event(
        "study-visit-opole-2019-06",
        "study_visit",
        translated(
            "Wizyta studyjna delegacji z Aglomeracji Ołomunieckiej w Opolu",
            "Studijní cesta delegace z Olomoucké aglomerace do Opolí",
            "Study visit of an Olomouc agglomeration delegation to Opole",
        ),
        "2019-06-05",
        "2019-06-07",
        "opole",
        translated(
            "Opolski Park Naukowo-Technologiczny i biuro Stowarzyszenia Aglomeracja Opolska",
            "Opolský vědeckotechnologický park a kancelář Sdružení Opolské aglomerace",
            "Opole Science and Technology Park and the office of the Opole Agglomeration "
            "Association",
        ),
        translated(
            "Przedstawiciele Ołomuńca, Přerova, Prostějova i Hranic przyjechali do Opola. "
            "W centrum programu był Opolski Park Naukowo-Technologiczny, którego rozbudowę "
            "sfinansowano w ramach ZIT.",
            "Zástupci Olomouce, Přerova, Prostějova a Hranic přijeli do Opolí. V centru programu "
            "byl Opolský vědeckotechnologický park, jehož rozšíření bylo financováno v rámci ZIT.",
            "Representatives of Olomouc, Přerov, Prostějov and Hranice came to Opole. At the "
            "centre of the programme was the Opole Science and Technology Park, whose extension "
            "was funded under ZIT.",
        ),
        _lines(
            (
                "5 czerwca: przyjazd, przegląd efektów ZIT w Aglomeracji Opolskiej",
                "5. června: příjezd, přehled výsledků ZIT v Opolské aglomeraci",
                "5 June: arrival, overview of ZIT results in the Opole agglomeration",
            ),
            (
                "6 czerwca: Opolski Park Naukowo-Technologiczny – oferta dla firm, laboratoria, "
                "współpraca z uczelniami",
                "6. června: Opolský vědeckotechnologický park – nabídka pro firmy, laboratoře, "
                "spolupráce s vysokými školami",
                "6 June: Opole Science and Technology Park – services for companies, laboratories, "
                "cooperation with universities",
            ),
            (
                "7 czerwca: wsparcie przedsiębiorczości w miastach obu aglomeracji – dyskusja, "
                "powrót",
                "7. června: podpora podnikání ve městech obou aglomerací – diskuse, návrat",
                "7 June: support for business in the towns of both agglomerations – discussion, "
                "return",
            ),
        ),
        paragraphs(
            (
                "Goście obejrzeli część parku zbudowaną ze środków ZIT i dowiedzieli się, jak park "
                "łączy wynajem powierzchni z doradztwem i usługami laboratoryjnymi dla małych "
                "firm. Rozmowa pokazała, że inwestycja aglomeracyjna może służyć całemu "
                "regionowi, a nie tylko miastu, w którym stoi.",
                "Hosté si prohlédli část parku postavenou z prostředků ZIT a dozvěděli se, jak "
                "park "
                "spojuje pronájem prostor s poradenstvím a laboratorními službami pro malé firmy. "
                "Diskuse ukázala, že investice aglomerace může sloužit celému regionu, nejen "
                "městu, ve kterém stojí.",
                "The guests toured the part of the park built with ZIT money and learnt how the "
                "park combines renting space with advice and laboratory services for small firms. "
                "The discussion showed that an agglomeration investment can serve the whole "
                "region, "
                "not only the city where it stands.",
            ),
            (
                "Miasta z Aglomeracji Ołomunieckiej porównywały to rozwiązanie z własnymi "
                "inkubatorami i strefami przemysłowymi.",
                "Města z Olomoucké aglomerace porovnávala toto řešení s vlastními inkubátory "
                "a průmyslovými zónami.",
                "The towns of the Olomouc agglomeration compared it with their own incubators and "
                "industrial zones.",
            ),
        ),
        visitors_from="CZ",
        organisations=[
            *_CORE,
            "mesto-prerov",
            "mesto-prostejov",
            "mesto-hranice",
            "miasto-opole",
            "park-naukowo-technologiczny-opole",
        ],
        project=_A4B,
        practices=["opole-science-technology-park"],
        photos=[
            _photo(
                "building",
                "Nowoczesna zabudowa parku technologicznego",
                "Moderní budovy technologického parku",
                "Modern buildings of the technology park",
            ),
        ],
    ),
    _event(
        "study-visit-olomouc-2019-09",
        "study_visit",
        translated(
            "Wizyta studyjna: transport publiczny i rower w Ołomuńcu",
            "Studijní cesta: veřejná doprava a cyklistika v Olomouci",
            "Study visit: public transport and cycling in Olomouc",
        ),
        "2019-09-25",
        "2019-09-27",
        "olomouc",
        translated(
            "Ołomuniec – urząd miasta, trasy tramwajowe i rowerowe",
            "Olomouc – magistrát, tramvajové a cyklistické trasy",
            "Olomouc – City Hall, tram and cycling routes",
        ),
        translated(
            "Dwudziestu czterech uczestników z Aglomeracji Opolskiej poznało, jak Ołomuniec "
            "rozwija transport publiczny i ruch rowerowy. Wizyta łączyła prezentacje w urzędzie "
            "z przejazdami po mieście.",
            "Čtyřiadvacet účastníků z Opolské aglomerace poznalo, jak Olomouc rozvíjí veřejnou "
            "dopravu a cyklistiku. Cesta spojila prezentace na magistrátu s jízdami po městě.",
            "Twenty-four participants from the Opole agglomeration saw how Olomouc develops "
            "public transport and cycling. The visit combined presentations at the City Hall with "
            "rides around the city.",
        ),
        _lines(
            (
                "25 września: przyjazd, polityka mobilności miasta",
                "25. září: příjezd, politika mobility města",
                "25 September: arrival, the city's mobility policy",
            ),
            (
                "26 września: sieć tramwajowa i autobusowa, przejazd trasami rowerowymi",
                "26. září: tramvajová a autobusová síť, projížďka po cyklistických trasách",
                "26 September: the tram and bus network, a ride along cycling routes",
            ),
            (
                "27 września: wnioski dla gmin Aglomeracji Opolskiej, powrót",
                "27. září: poznatky pro obce Opolské aglomerace, návrat",
                "27 September: lessons for the Opole agglomeration municipalities, return",
            ),
        ),
        paragraphs(
            (
                "Uczestnicy zobaczyli, jak tramwaj, autobus i rower uzupełniają się w mieście "
                "wielkości Opola i jak Ołomuniec łączy rozbudowę tras z uspokajaniem ruchu "
                "w centrum. Dużo uwagi poświęcono bezpiecznym przejazdom rowerowym i parkingom "
                "dla rowerów przy przystankach.",
                "Účastníci viděli, jak se ve městě velikosti Opolí doplňují tramvaj, autobus a "
                "kolo "
                "a jak Olomouc spojuje rozšiřování tras se zklidňováním dopravy v centru. Hodně "
                "pozornosti patřilo bezpečným přejezdům pro cyklisty a stáním pro kola "
                "u zastávek.",
                "The participants saw how trams, buses and bicycles complement each other in a "
                "city the size of Opole, and how Olomouc combines new routes with traffic calming "
                "in the centre. Much attention went to safe cycle crossings and bicycle parking at "
                "stops.",
            ),
            (
                "Gminy podmiejskie zabrały do domu przede wszystkim pomysły na dojazdy rowerem do "
                "węzłów przesiadkowych.",
                "Příměstské obce si odvezly hlavně nápady, jak usnadnit cestu na kole "
                "k přestupním uzlům.",
                "The suburban municipalities took home above all ideas for cycling to transfer "
                "hubs.",
            ),
        ),
        visitors_from="PL",
        participants=24,
        organisations=_CORE,
        project=_A4B,
        photos=[
            _photo(
                "transport",
                "Transport publiczny w mieście gospodarzy",
                "Veřejná doprava v hostitelském městě",
                "Public transport in the host city",
            ),
        ],
    ),
    _event(
        "internship-olomouc-2019-10",
        "internship",
        translated(
            "Staż pracowników Aglomeracji Opolskiej w Ołomuńcu (2019)",
            "Stáž pracovníků Opolské aglomerace v Olomouci (2019)",
            "Internship of Opole agglomeration staff in Olomouc (2019)",
        ),
        "2019-10-14",
        "2019-10-25",
        "olomouc",
        _CITY_HALL_OLOMOUC,
        translated(
            "Pracownicy z Aglomeracji Opolskiej spędzili dwa tygodnie w Urzędzie Miasta "
            "Ołomuniec. Tematem były przygotowania do kolejnego okresu programowania i rola "
            "aglomeracji po 2020 roku.",
            "Pracovníci Opolské aglomerace strávili dva týdny na Magistrátu města Olomouce. "
            "Tématem byla příprava na další programové období a role aglomerací po roce 2020.",
            "Staff from the Opole agglomeration spent two weeks at Olomouc City Hall. The topic "
            "was preparing for the next programming period and the role of agglomerations after "
            "2020.",
        ),
        _lines(
            (
                "14–18 października: zespół ITI – przygotowanie strategii na lata 2021–2027",
                "14.–18. října: tým ITI – příprava strategie na období 2021–2027",
                "14–18 October: the ITI team – preparing the 2021–2027 strategy",
            ),
            (
                "21–24 października: wydziały urzędu – rozwój, inwestycje, współpraca z gminami",
                "21.–24. října: odbory magistrátu – rozvoj, investice, spolupráce s obcemi",
                "21–24 October: City Hall departments – development, investment, work with "
                "municipalities",
            ),
            (
                "25 października: podsumowanie i powrót",
                "25. října: shrnutí a návrat",
                "25 October: summing up and return",
            ),
        ),
        paragraphs(
            (
                "Stażyści uczestniczyli w pracach nad założeniami strategii aglomeracji na kolejny "
                "okres i zobaczyli, jak czeska strona zbiera pomysły na projekty od gmin. "
                "Porównanie z przygotowaniami w Opolu pomogło obu stronom lepiej zrozumieć, na "
                "jakim etapie jest partner.",
                "Stážisté se zapojili do prací na východiscích strategie aglomerace pro další "
                "období a viděli, jak česká strana sbírá náměty na projekty od obcí. Srovnání "
                "s přípravami v Opolí pomohlo oběma stranám lépe pochopit, v jaké fázi se partner "
                "nachází.",
                "The interns took part in work on the basis of the agglomeration strategy for the "
                "next period and saw how the Czech side collects project ideas from "
                "municipalities. Comparing this with the preparations in Opole helped both sides "
                "see where the partner stood.",
            ),
        ),
        visitors_from="PL",
        organisations=_PAIR,
        project=_A4B,
    ),
    _event(
        "knowledge-contest-neighbour-country-2019",
        "contest",
        translated(
            "Konkurs wiedzy o kraju sąsiada",
            "Vědomostní soutěž o sousední zemi",
            "Knowledge contest about the neighbour country",
        ),
        "2019-11-04",
        "2019-12-13",
        "opole",
        translated(
            "Aglomeracja Opolska i Aglomeracja Ołomuniecka, w formie internetowej",
            "Opolská a Olomoucká aglomerace, online",
            "Opole and Olomouc agglomerations, online",
        ),
        translated(
            "Konkurs dla dzieci i dorosłych z obu aglomeracji: uczestnicy z Polski odpowiadali na "
            "pytania o Czechy, a uczestnicy z Czech o Polskę. Celem było zaciekawienie "
            "mieszkańców sąsiadami zza granicy.",
            "Soutěž pro děti i dospělé z obou aglomerací: účastníci z Polska odpovídali na otázky "
            "o Česku a účastníci z Česka o Polsku. Cílem bylo vzbudit u obyvatel zájem o sousedy "
            "za hranicí.",
            "A contest for children and adults from both agglomerations: participants from Poland "
            "answered questions about Czechia, and participants from Czechia about Poland. The "
            "aim was to make residents curious about their neighbours across the border.",
        ),
        _lines(
            (
                "Ogłoszenie konkursu w dwóch kategoriach: dzieci i dorośli",
                "Vyhlášení soutěže ve dvou kategoriích: děti a dospělí",
                "Announcement of the contest in two categories: children and adults",
            ),
            (
                "Pytania o geografię, historię, kulturę, kuchnię i język sąsiadów",
                "Otázky o zeměpisu, historii, kultuře, kuchyni a jazyce sousedů",
                "Questions on the neighbours' geography, history, culture, food and language",
            ),
            (
                "Ocena odpowiedzi po obu stronach granicy",
                "Vyhodnocení odpovědí na obou stranách hranice",
                "Marking of answers on both sides of the border",
            ),
            (
                "Ogłoszenie wyników i nagrody",
                "Vyhlášení výsledků a ceny",
                "Results and prizes",
            ),
        ),
        paragraphs(
            (
                "Konkurs pokazał, ile wspólnego mają mieszkańcy pogranicza, a zarazem jak mało "
                "wiedzą o codzienności po drugiej stronie granicy. Najtrudniejsze okazały się "
                "pytania językowe – podobne słowa w polskim i czeskim często znaczą coś zupełnie "
                "innego.",
                "Soutěž ukázala, kolik toho mají obyvatelé příhraničí společného, a zároveň jak "
                "málo vědí o každodenním životě na druhé straně hranice. Nejtěžší byly jazykové "
                "otázky – podobná slova v polštině a češtině často znamenají něco úplně jiného.",
                "The contest showed how much people in the border area have in common, and at the "
                "same time how little they know about everyday life on the other side. The "
                "language questions were the hardest: similar words in Polish and Czech often mean "
                "something quite different.",
            ),
        ),
        organisations=_CORE,
        project=_A4B,
    ),
    # 2020-2023: Razem dla rozwoju aglomeracji 2020+ / Agglomerations4Borderlands 2020+.
    _event(
        "study-visit-olomouc-2021-06",
        "study_visit",
        translated(
            "Jednodniowa wizyta studyjna: edukacja ekologiczna i komunikacyjna w Ołomuńcu",
            "Jednodenní studijní cesta: environmentální a dopravní výchova v Olomouci",
            "One-day study visit: environmental and traffic education in Olomouc",
        ),
        "2021-06-28",
        "2021-06-28",
        "olomouc",
        translated(
            "Centrum edukacji komunikacyjnej SEMAFOR i centrum ekologiczne Sluňákov",
            "Centrum dopravní výchovy SEMAFOR a centrum ekologických aktivit Sluňákov",
            "SEMAFOR traffic education centre and the Sluňákov eco-centre",
        ),
        translated(
            "Pierwsza wizyta projektu „Razem dla rozwoju aglomeracji 2020+” po przerwie "
            "pandemicznej. Grupa z Aglomeracji Opolskiej poznała dwa ołomunieckie miejsca "
            "nauki przez doświadczenie: centrum SEMAFOR i centrum ekologiczne Sluňákov.",
            "První cesta projektu „Společně pro rozvoj aglomerací 2020+“ po pandemické přestávce. "
            "Skupina z Opolské aglomerace poznala dvě olomoucká místa, kde se učí zážitkem: "
            "centrum SEMAFOR a ekocentrum Sluňákov.",
            "The first visit of the Agglomerations4Borderlands 2020+ project after the pandemic "
            "break. A group from the Opole agglomeration saw two places in Olomouc where people "
            "learn by doing: the SEMAFOR centre and the Sluňákov eco-centre.",
        ),
        _lines(
            (
                "Rano: centrum edukacji komunikacyjnej SEMAFOR – miasteczko ruchu i zajęcia dla "
                "szkół",
                "Dopoledne: centrum dopravní výchovy SEMAFOR – dopravní hřiště a výuka pro školy",
                "Morning: the SEMAFOR traffic education centre – the training ground and classes "
                "for schools",
            ),
            (
                "Po południu: Sluňákov – budynek pasywny i programy edukacji ekologicznej",
                "Odpoledne: Sluňákov – pasivní budova a programy environmentální výchovy",
                "Afternoon: Sluňákov – the passive building and environmental education programmes",
            ),
            (
                "Wieczorem: rozmowa o przeniesieniu rozwiązań do gmin Aglomeracji Opolskiej",
                "Večer: diskuse o přenosu řešení do obcí Opolské aglomerace",
                "Evening: discussion on transferring the solutions to the Opole agglomeration "
                "municipalities",
            ),
        ),
        paragraphs(
            (
                "W centrum SEMAFOR uczestnicy zobaczyli, jak dzieci uczą się zasad ruchu drogowego "
                "na placu z prawdziwymi skrzyżowaniami i sygnalizacją, zanim wyjadą rowerem na "
                "ulicę. Centrum działa od 2010 roku i przyjmuje klasy z całej okolicy.",
                "V centru SEMAFOR účastníci viděli, jak se děti učí pravidla silničního provozu na "
                "hřišti se skutečnými křižovatkami a semafory, dříve než vyjedou na kole na "
                "ulici. Centrum funguje od roku 2010 a přijímá třídy z celého okolí.",
                "At SEMAFOR the participants saw how children learn the rules of the road on a "
                "ground with real junctions and traffic lights before they ride a bicycle in the "
                "street. The centre has been open since 2010 and welcomes classes from the whole "
                "area.",
            ),
            (
                "W Sluňákovie sam budynek jest pomocą dydaktyczną: konstrukcja pasywna, zieleń "
                "i ogrody pokazują, jak oszczędzać energię i żyć bliżej przyrody. Goście "
                "dyskutowali, czy podobne centrum mogłoby powstać we współpracy kilku gmin "
                "aglomeracji.",
                "Na Sluňákově je učební pomůckou sama budova: pasivní stavba, zeleň a zahrady "
                "ukazují, jak šetřit energií a žít blíž přírodě. Hosté diskutovali, zda by "
                "podobné centrum mohlo vzniknout ve spolupráci několika obcí aglomerace.",
                "At Sluňákov the building itself is a teaching aid: the passive construction, "
                "greenery and gardens show how to save energy and live closer to nature. The "
                "guests discussed whether a similar centre could be set up jointly by several "
                "municipalities of the agglomeration.",
            ),
        ),
        visitors_from="PL",
        organisations=[*_CORE, "slunakov"],
        project=_A4B_2020,
        practices=["semafor-traffic-education-centre", "slunakov-passive-eco-centre"],
        photos=[
            _photo(
                "building",
                "Nowoczesny budynek z zieloną roślinnością – do tematu budownictwa pasywnego",
                "Moderní budova se zelení – k tématu pasivní výstavby",
                "A modern building with greenery, on the theme of passive construction",
            ),
            _photo(
                "green",
                "Przyroda wokół centrum ekologicznego",
                "Příroda kolem ekocentra",
                "Nature around the eco-centre",
            ),
        ],
        start_time="08:30",
        end_time="17:00",
    ),
    _event(
        "internship-opole-2021-08",
        "internship",
        translated(
            "Staż w Aglomeracji Opolskiej (sierpień 2021)",
            "Stáž v Opolské aglomeraci (srpen 2021)",
            "Internship in the Opole agglomeration (August 2021)",
        ),
        "2021-08-15",
        "2021-08-22",
        "opole",
        _OFFICE_OPOLE,
        translated(
            "Tygodniowy staż przedstawiciela Aglomeracji Ołomunieckiej w Opolu. Program "
            "obejmował zielone inwestycje gmin i przygotowania Aglomeracji Opolskiej do nowego "
            "okresu programowania.",
            "Týdenní stáž zástupce Olomoucké aglomerace v Opolí. Program zahrnoval zelené "
            "investice obcí a přípravu Opolské aglomerace na nové programové období.",
            "A week-long internship of an Olomouc agglomeration representative in Opole. The "
            "programme covered green investments of the municipalities and the Opole "
            "agglomeration's preparations for the new programming period.",
        ),
        _lines(
            (
                "15 sierpnia: przyjazd do Opola",
                "15. srpna: příjezd do Opolí",
                "15 August: arrival in Opole",
            ),
            (
                "16–20 sierpnia: praca w biurze Stowarzyszenia, wizyty w gminach aglomeracji",
                "16.–20. srpna: práce v kanceláři Sdružení, návštěvy obcí aglomerace",
                "16–20 August: work at the Association's office, visits to member municipalities",
            ),
            (
                "21–22 sierpnia: podsumowanie i powrót",
                "21.–22. srpna: shrnutí a návrat",
                "21–22 August: summing up and return",
            ),
        ),
        paragraphs(
            (
                "Relacja ze stażu jest w przygotowaniu.",
                "Zpráva ze stáže se připravuje.",
                "The report on this internship is being prepared.",
            ),
        ),
        visitors_from="CZ",
        organisations=_PAIR,
        project=_A4B_2020,
        status="draft",
    ),
    _event(
        "study-visit-prerov-2021-10",
        "study_visit",
        translated(
            "Wizyta studyjna: zrównoważona mobilność w Aglomeracji Ołomunieckiej",
            "Studijní cesta: udržitelná mobilita v Olomoucké aglomeraci",
            "Study visit: sustainable mobility in the Olomouc agglomeration",
        ),
        "2021-10-06",
        "2021-10-08",
        "prerov",
        translated(
            "Přerov, Tovačov, Litovel i Mohelnice",
            "Přerov, Tovačov, Litovel a Mohelnice",
            "Přerov, Tovačov, Litovel and Mohelnice",
        ),
        translated(
            "Grupa z Aglomeracji Opolskiej odwiedziła cztery miasta Aglomeracji Ołomunieckiej. "
            "Poznała plan zrównoważonej mobilności Přerova oraz terminal przesiadkowy "
            "z zielonymi dachami w Mohelnicy.",
            "Skupina z Opolské aglomerace navštívila čtyři města Olomoucké aglomerace. Poznala "
            "plán udržitelné městské mobility Přerova a přestupní terminál se zelenými střechami "
            "v Mohelnici.",
            "A group from the Opole agglomeration visited four towns of the Olomouc "
            "agglomeration. It learnt about Přerov's sustainable urban mobility plan and the "
            "transport terminal with green roofs in Mohelnice.",
        ),
        _lines(
            (
                "6 października: Přerov – plan zrównoważonej mobilności miejskiej, jak powstawał "
                "i jak jest wdrażany",
                "6. října: Přerov – plán udržitelné městské mobility, jak vznikal a jak se "
                "naplňuje",
                "6 October: Přerov – the sustainable urban mobility plan, how it was made and how "
                "it is put into practice",
            ),
            (
                "7 października: Tovačov i Litovel – inwestycje małych miast",
                "7. října: Tovačov a Litovel – investice malých měst",
                "7 October: Tovačov and Litovel – investments of small towns",
            ),
            (
                "8 października: Mohelnice – terminal przesiadkowy z zielonymi dachami, powrót",
                "8. října: Mohelnice – přestupní terminál se zelenými střechami, návrat",
                "8 October: Mohelnice – the transport terminal with green roofs, return",
            ),
        ),
        paragraphs(
            (
                "W Přerovie gospodarze pokazali, jak plan mobilności powstawał z udziałem "
                "mieszkańców i jak przekłada się na konkretne decyzje: ścieżki rowerowe, "
                "uspokojenie ruchu i lepsze połączenia autobusowe. Uczestnicy docenili, że plan "
                "ma jasne wskaźniki, według których miasto sprawdza postępy.",
                "V Přerově hostitelé ukázali, jak plán mobility vznikal za účasti obyvatel a jak "
                "se promítá do konkrétních rozhodnutí: cyklostezek, zklidnění dopravy a lepšího "
                "autobusového spojení. Účastníci ocenili, že plán má jasné ukazatele, podle nichž "
                "město sleduje pokrok.",
                "In Přerov the hosts showed how the mobility plan was drawn up with residents and "
                "how it turns into concrete decisions: cycle paths, traffic calming and better bus "
                "links. The participants valued the plan's clear indicators, against which the "
                "town checks its progress.",
            ),
            (
                "Terminal w Mohelnicy pokazał, że węzeł przesiadkowy może być jednocześnie "
                "inwestycją klimatyczną: zielone dachy zatrzymują wodę deszczową i chłodzą "
                "otoczenie. W Tovačovie i Litovelu goście zobaczyli, jak małe miasta planują "
                "inwestycje w ramach wspólnej strategii aglomeracji.",
                "Terminál v Mohelnici ukázal, že přestupní uzel může být zároveň investicí do "
                "klimatu: zelené střechy zadržují dešťovou vodu a ochlazují okolí. V Tovačově "
                "a Litovli hosté viděli, jak malá města plánují investice v rámci společné "
                "strategie aglomerace.",
                "The Mohelnice terminal showed that a transfer hub can also be a climate "
                "investment: the green roofs hold rainwater and cool the surroundings. In Tovačov "
                "and Litovel the guests saw how small towns plan investments within the shared "
                "agglomeration strategy.",
            ),
        ),
        visitors_from="PL",
        organisations=[
            *_CORE,
            "mesto-prerov",
            "mesto-tovacov",
            "mesto-litovel",
            "mesto-mohelnice",
        ],
        project=_A4B_2020,
        practices=["prerov-sustainable-mobility-plan", "mohelnice-green-roof-terminal"],
        photos=[
            _photo(
                "building",
                "Zielony dach jak na terminalu w Mohelnicy",
                "Zelená střecha jako na terminálu v Mohelnici",
                "A green roof like those on the Mohelnice terminal",
            ),
            _photo(
                "transport",
                "Autobus na przystanku – mobilność w małym mieście",
                "Autobus na zastávce – mobilita v malém městě",
                "A bus at a stop: mobility in a small town",
            ),
        ],
        start_time="09:00",
        end_time="16:00",
    ),
    _event(
        "internship-olomouc-2021-10",
        "internship",
        translated(
            "Staż: zarządzanie kryzysowe i adaptacja do zmian klimatu w Ołomuńcu",
            "Stáž: krizové řízení a adaptace na změnu klimatu v Olomouci",
            "Internship: crisis management and climate adaptation in Olomouc",
        ),
        "2021-10-11",
        "2021-10-15",
        "olomouc",
        translated(
            "Urząd Miasta Ołomuniec i straż pożarna kraju ołomunieckiego",
            "Magistrát města Olomouce a Hasičský záchranný sbor Olomouckého kraje",
            "Olomouc City Hall and the Fire and Rescue Service of the Olomouc Region",
        ),
        translated(
            "Dwie osoby z Aglomeracji Opolskiej odbyły tygodniowy staż w Ołomuńcu. Poznały "
            "zintegrowany system ratowniczy od strony codziennej pracy oraz miejskie działania "
            "na rzecz adaptacji do zmian klimatu.",
            "Dva pracovníci z Opolské aglomerace absolvovali týdenní stáž v Olomouci. Poznali "
            "každodenní práci integrovaného záchranného systému a městská opatření pro adaptaci "
            "na změnu klimatu.",
            "Two staff members from the Opole agglomeration spent a week in Olomouc. They saw the "
            "daily work of the integrated rescue system and the city's measures for adapting to "
            "climate change.",
        ),
        _lines(
            (
                "11–12 października: zarządzanie kryzysowe w mieście i kraju, plany "
                "przeciwpowodziowe",
                "11.–12. října: krizové řízení ve městě a v kraji, povodňové plány",
                "11–12 October: crisis management in the city and the region, flood plans",
            ),
            (
                "13 października: zintegrowany system ratowniczy – dzień ze strażą pożarną kraju",
                "13. října: integrovaný záchranný systém – den s hasičským záchranným sborem kraje",
                "13 October: the integrated rescue system – a day with the regional fire and "
                "rescue service",
            ),
            (
                "14 października: strategia adaptacji do zmian klimatu, zieleń i woda w mieście",
                "14. října: adaptační strategie na změnu klimatu, zeleň a voda ve městě",
                "14 October: the climate adaptation strategy, greenery and water in the city",
            ),
            (
                "15 października: podsumowanie i powrót",
                "15. října: shrnutí a návrat",
                "15 October: summing up and return",
            ),
        ),
        paragraphs(
            (
                "Staż pogłębił tematy wizyty studyjnej z 2018 roku. Stażyści zobaczyli, jak "
                "miasto i służby ćwiczą wspólne procedury i jak dzielą się informacjami w czasie "
                "powodzi czy długotrwałych upałów.",
                "Stáž navázala na témata studijní cesty z roku 2018. Stážisté viděli, jak město "
                "a záchranné složky nacvičují společné postupy a jak si předávají informace při "
                "povodních nebo dlouhých vlnách veder.",
                "The internship went deeper into the topics of the 2018 study visit. The interns "
                "saw how the city and the emergency services practise joint procedures and share "
                "information during floods or long heatwaves.",
            ),
            (
                "Część poświęcona adaptacji pokazała, że zarządzanie kryzysowe i planowanie "
                "zieleni "
                "coraz częściej się spotykają: zatrzymywanie wody i cień w mieście zmniejszają "
                "ryzyko, zanim dojdzie do zdarzenia.",
                "Část věnovaná adaptaci ukázala, že krizové řízení a plánování zeleně se stále "
                "častěji potkávají: zadržování vody a stín ve městě snižují riziko dřív, než "
                "k události dojde.",
                "The part on adaptation showed that crisis management and green planning "
                "increasingly meet: holding water and providing shade in the city lower the risk "
                "before anything happens.",
            ),
        ),
        visitors_from="PL",
        participants=2,
        organisations=[*_PAIR, "hzs-olomouckeho-kraje"],
        project=_A4B_2020,
        practices=["olomouc-integrated-rescue-system"],
        photos=[
            _photo(
                "river",
                "Rzeka w mieście – ryzyko powodzi i szansa na zieleń",
                "Řeka ve městě – riziko povodní i příležitost pro zeleň",
                "A river in the city: a flood risk and a chance for greenery",
            ),
        ],
    ),
    _event(
        "study-visit-krapkowice-2022-04",
        "study_visit",
        translated(
            "Wizyta studyjna partnerów czeskich: efekty ZIT, energia odnawialna i turystyka",
            "Studijní cesta českých partnerů: výsledky ZIT, obnovitelná energie a cestovní ruch",
            "Study visit of the Czech partners: ZIT results, renewable energy and tourism",
        ),
        "2022-04-25",
        "2022-04-27",
        "krapkowice",
        translated(
            "Krapkowice i Odra, Kamień Śląski, Opole",
            "Krapkowice a Odra, Kamień Śląski, Opolí",
            "Krapkowice and the river Oder, Kamień Śląski, Opole",
        ),
        translated(
            "Trzynastu uczestników z Aglomeracji Ołomunieckiej poznało efekty wdrażania ZIT "
            "w Aglomeracji Opolskiej. Program obejmował odnawialne źródła energii w gminach, "
            "turystykę nad Odrą w Krapkowicach oraz Kamień Śląski.",
            "Třináct účastníků z Olomoucké aglomerace poznalo výsledky ZIT v Opolské aglomeraci. "
            "Program zahrnoval obnovitelné zdroje energie v obcích, cestovní ruch na Odře "
            "v Krapkowicích a Kamień Śląski.",
            "Thirteen participants from the Olomouc agglomeration looked at the results of ZIT in "
            "the Opole agglomeration. The programme covered renewable energy in the "
            "municipalities, tourism on the river Oder in Krapkowice, and Kamień Śląski.",
        ),
        _lines(
            (
                "25 kwietnia: Krapkowice – miasto nad Odrą, żegluga i turystyka wodna",
                "25. dubna: Krapkowice – město na Odře, plavba a vodní turistika",
                "25 April: Krapkowice – a town on the Oder, navigation and water tourism",
            ),
            (
                "26 kwietnia: odnawialne źródła energii w gminach Aglomeracji Opolskiej; "
                "Kamień Śląski",
                "26. dubna: obnovitelné zdroje energie v obcích Opolské aglomerace; Kamień Śląski",
                "26 April: renewable energy in the Opole agglomeration municipalities; "
                "Kamień Śląski",
            ),
            (
                "27 kwietnia: Opole – ocena efektów ZIT 2014–2020, powrót",
                "27. dubna: Opolí – hodnocení výsledků ZIT 2014–2020, návrat",
                "27 April: Opole – assessing the results of ZIT 2014–2020, return",
            ),
        ),
        paragraphs(
            (
                "Po dwóch latach przerwy czescy partnerzy wrócili do Aglomeracji Opolskiej. "
                "W Krapkowicach zobaczyli, jak miasto odzyskuje Odrę dla mieszkańców i turystów, "
                "a w gminach aglomeracji – instalacje odnawialnych źródeł energii na budynkach "
                "publicznych.",
                "Po dvou letech přestávky se čeští partneři vrátili do Opolské aglomerace. "
                "V Krapkowicích viděli, jak město znovu otevírá Odru obyvatelům a turistům, a v "
                "obcích aglomerace zařízení obnovitelných zdrojů energie na veřejných budovách.",
                "After a two-year break the Czech partners returned to the Opole agglomeration. In "
                "Krapkowice they saw how the town is winning the Oder back for residents and "
                "visitors, and in the municipalities they saw renewable energy installations on "
                "public buildings.",
            ),
            (
                "Podsumowanie w Opolu było okazją do oceny, co dały ZIT w latach 2014–2020 "
                "i czego obie aglomeracje oczekują od nowego okresu. Czeska strona, która "
                "rozpoczynała wtedy ITI na lata 2021–2027, szczególnie pytała o doświadczenia "
                "z oceny i rozliczania projektów.",
                "Shrnutí v Opolí bylo příležitostí zhodnotit, co přinesly ZIT v letech 2014–2020 "
                "a co obě aglomerace očekávají od nového období. Česká strana, která tehdy "
                "zahajovala ITI na období 2021–2027, se zajímala hlavně o zkušenosti s hodnocením "
                "a vyúčtováním projektů.",
                "The wrap-up in Opole was a chance to assess what ZIT brought in 2014–2020 and "
                "what both agglomerations expect from the new period. The Czech side, then "
                "starting its ITI for 2021–2027, asked above all about experience with assessing "
                "and settling projects.",
            ),
        ),
        visitors_from="CZ",
        participants=13,
        organisations=[*_CORE, "gmina-krapkowice", "gmina-gogolin", "miasto-opole"],
        project=_A4B_2020,
        photos=[
            _photo(
                "river",
                "Odra – rzeka, którą Krapkowice otwierają na turystykę",
                "Odra – řeka, kterou Krapkowice otevírají cestovnímu ruchu",
                "The Oder, which Krapkowice is opening up to tourism",
            ),
        ],
        start_time="09:00",
        end_time="15:30",
    ),
    # IURC: the Upper Silesian-Zagłębie Metropolis and Kansas City.
    _event(
        "world-urban-forum-katowice-2022-06",
        "conference",
        translated(
            "Światowe Forum Miejskie w Katowicach",
            "Světové urbanistické fórum v Katovicích",
            "World Urban Forum in Katowice",
        ),
        "2022-06-26",
        "2022-06-30",
        "katowice",
        translated(
            "Międzynarodowe Centrum Kongresowe i Spodek, Katowice",
            "Mezinárodní kongresové centrum a hala Spodek, Katovice",
            "International Congress Centre and Spodek arena, Katowice",
        ),
        translated(
            "Jedenaste Światowe Forum Miejskie ONZ odbyło się w Katowicach. Górnośląsko-"
            "Zagłębiowska Metropolia wykorzystała je, by wraz z partnerami z Kansas City pokazać "
            "współpracę w programie IURC dotyczącą energooszczędnych budynków, mobilności "
            "i umiejętności.",
            "Jedenácté Světové urbanistické fórum OSN se konalo v Katovicích. Hornoslezsko-"
            "zagłębiowská metropole jej využila, aby spolu s partnery z Kansas City představila "
            "spolupráci v programu IURC v oblasti energeticky úsporných budov, mobility "
            "a dovedností.",
            "The eleventh UN World Urban Forum took place in Katowice. The Upper Silesian-"
            "Zagłębie Metropolis used it to present, with its Kansas City partners, their IURC "
            "cooperation on energy-efficient buildings, mobility and skills.",
        ),
        _lines(
            (
                "26–30 czerwca: sesje plenarne i dyskusje Forum o przyszłości miast",
                "26.–30. června: plenární zasedání a diskuse fóra o budoucnosti měst",
                "26–30 June: the Forum's plenary sessions and debates on the future of cities",
            ),
            (
                "Wydarzenie towarzyszące: współpraca metropolii GZM i regionu Kansas City "
                "w programie IURC",
                "Doprovodná akce: spolupráce metropole GZM a regionu Kansas City v programu IURC",
                "Side event: the GZM – Kansas City cooperation in the IURC programme",
            ),
            (
                "Spotkania robocze partnerów: efektywność energetyczna budynków, mobilność, "
                "edukacja i rynek pracy",
                "Pracovní schůzky partnerů: energetická účinnost budov, mobilita, vzdělávání "
                "a trh práce",
                "Partners' working meetings: energy efficiency of buildings, mobility, education "
                "and jobs",
            ),
        ),
        paragraphs(
            (
                "Forum przyciągnęło do Katowic przedstawicieli miast, rządów i organizacji "
                "z całego świata. Dla metropolii GZM była to okazja, by przyjąć partnerów "
                "z Kansas City u siebie i pokazać im przemiany poprzemysłowego regionu.",
                "Fórum přivedlo do Katovic zástupce měst, vlád a organizací z celého světa. Pro "
                "metropoli GZM to byla příležitost přivítat partnery z Kansas City doma a ukázat "
                "jim proměnu postindustriálního regionu.",
                "The Forum brought representatives of cities, governments and organisations from "
                "all over the world to Katowice. For the GZM metropolis it was a chance to host "
                "its Kansas City partners and show them how the post-industrial region is "
                "changing.",
            ),
            (
                "Partnerzy omówili postępy wymiany dotyczącej efektywności energetycznej "
                "budynków i uzgodnili program rewizyty w Kansas City.",
                "Partneři probrali pokrok ve výměně zkušeností s energetickou účinností budov "
                "a dohodli program návštěvy v Kansas City.",
                "The partners reviewed progress in their exchange on building energy efficiency "
                "and agreed the programme of the return visit to Kansas City.",
            ),
        ),
        organisations=["metropolia-gzm", "mid-america-regional-council", "miasto-katowice"],
        project="iurc-gzm-kansas-city",
        practices=["gzm-kansas-city-building-energy-exchange"],
        photos=[
            _photo(
                "city",
                "Katowice – miasto gospodarzy Forum",
                "Katovice – hostitelské město fóra",
                "Katowice, the host city of the Forum",
            ),
            _photo(
                "meeting",
                "Spotkanie robocze partnerów programu IURC",
                "Pracovní schůzka partnerů programu IURC",
                "A working meeting of the IURC partners",
            ),
        ],
    ),
    _event(
        "iurc-study-visit-kansas-city-2022-10",
        "study_visit",
        translated(
            "Wizyta studyjna Metropolii GZM w Kansas City",
            "Studijní cesta metropole GZM do Kansas City",
            "GZM study visit to Kansas City",
        ),
        "2022-10-10",
        "2022-10-14",
        "kansas-city",
        translated(
            "Mid-America Regional Council i miejsca realizacji projektów w regionie Kansas City",
            "Mid-America Regional Council a místa projektů v regionu Kansas City",
            "Mid-America Regional Council and project sites in the Kansas City region",
        ),
        translated(
            "Delegacja Górnośląsko-Zagłębiowskiej Metropolii odwiedziła region Kansas City "
            "w ramach programu IURC. Tematem były energooszczędne budynki, transport publiczny "
            "oraz współpraca szkół i pracodawców.",
            "Delegace Hornoslezsko-zagłębiowské metropole navštívila region Kansas City v rámci "
            "programu IURC. Tématem byly energeticky úsporné budovy, veřejná doprava a spolupráce "
            "škol se zaměstnavateli.",
            "A delegation of the Upper Silesian-Zagłębie Metropolis visited the Kansas City region "
            "under the IURC programme. The topics were energy-efficient buildings, public "
            "transport and cooperation between schools and employers.",
        ),
        _lines(
            (
                "Dzień 1: powitanie w Mid-America Regional Council, planowanie regionalne "
                "w obszarze metropolitalnym",
                "1. den: přivítání v Mid-America Regional Council, regionální plánování "
                "v metropolitní oblasti",
                "Day 1: welcome at the Mid-America Regional Council, regional planning in the "
                "metropolitan area",
            ),
            (
                "Dni 2–3: efektywność energetyczna budynków publicznych i mieszkaniowych",
                "2.–3. den: energetická účinnost veřejných a obytných budov",
                "Days 2–3: energy efficiency in public and residential buildings",
            ),
            (
                "Dzień 4: transport publiczny i mobilność w regionie",
                "4. den: veřejná doprava a mobilita v regionu",
                "Day 4: public transport and mobility in the region",
            ),
            (
                "Dzień 5: edukacja, umiejętności i rynek pracy; plan dalszej współpracy",
                "5. den: vzdělávání, dovednosti a trh práce; plán další spolupráce",
                "Day 5: education, skills and jobs; plan for further cooperation",
            ),
        ),
        paragraphs(
            (
                "Gospodarze pokazali, jak rada regionalna koordynuje działania kilkudziesięciu "
                "samorządów po obu stronach granicy stanów Missouri i Kansas – doświadczenie "
                "bliskie metropolii, która sama łączy ponad czterdzieści gmin.",
                "Hostitelé ukázali, jak regionální rada koordinuje činnost desítek samospráv na "
                "obou stranách hranice států Missouri a Kansas – zkušenost blízká metropoli, která "
                "sama sdružuje přes čtyřicet obcí.",
                "The hosts showed how the regional council coordinates dozens of local governments "
                "on both sides of the Missouri–Kansas state line, an experience close to that of a "
                "metropolis which itself brings together more than forty municipalities.",
            ),
            (
                "Najwięcej uwagi poświęcono programom poprawy efektywności energetycznej "
                "budynków i temu, jak mierzyć ich efekty. Wnioski trafiły do wspólnej wymiany "
                "doświadczeń partnerów opisanej na portalu jako dobra praktyka.",
                "Nejvíce pozornosti patřilo programům zlepšování energetické účinnosti budov "
                "a tomu, jak měřit jejich výsledky. Poznatky se promítly do společné výměny "
                "zkušeností partnerů, kterou portál popisuje jako dobrou praxi.",
                "Most attention went to programmes improving the energy efficiency of buildings "
                "and "
                "to measuring their results. The lessons fed into the partners' joint exchange, "
                "described on this portal as a good practice.",
            ),
        ),
        visitors_from="PL",
        organisations=["metropolia-gzm", "mid-america-regional-council"],
        project="iurc-gzm-kansas-city",
        practices=["gzm-kansas-city-building-energy-exchange"],
        photos=[
            _photo(
                "city",
                "Kansas City – region gospodarzy wizyty",
                "Kansas City – hostitelský region cesty",
                "Kansas City, the host region of the visit",
            ),
        ],
    ),
    # Upcoming events (after November 2026): planned, no report yet.
    _event(
        "workshop-iti-after-2027-olomouc-2027-04",
        "workshop",
        translated(
            "Warsztaty: ZIT/ITI po 2027 roku – jak przygotować aglomeracje",
            "Workshop: ITI po roce 2027 – jak připravit aglomerace",
            "Workshop: ITI after 2027 – getting the agglomerations ready",
        ),
        "2027-04-14",
        "2027-04-15",
        "olomouc",
        _CITY_HALL_OLOMOUC,
        translated(
            "Planowane dwudniowe warsztaty dla zespołów ZIT/ITI z Opola i Ołomuńca. Uczestnicy "
            "omówią, jak przygotować strategie aglomeracji i wybór projektów na okres "
            "programowania po 2027 roku.",
            "Plánovaný dvoudenní workshop pro týmy ZIT/ITI z Opolí a Olomouce. Účastníci "
            "proberou, jak připravit strategie aglomerací a výběr projektů pro programové období "
            "po roce 2027.",
            "A planned two-day workshop for the ZIT/ITI teams of Opole and Olomouc. Participants "
            "will discuss how to prepare agglomeration strategies and project selection for the "
            "programming period after 2027.",
        ),
        _lines(
            (
                "14 kwietnia: co wiemy o polityce spójności po 2027 roku – przegląd propozycji "
                "i harmonogramu",
                "14. dubna: co víme o politice soudržnosti po roce 2027 – přehled návrhů "
                "a harmonogramu",
                "14 April: what we know about cohesion policy after 2027 – proposals and timeline",
            ),
            (
                "14 kwietnia: wnioski z ZIT/ITI 2021–2027 w obu aglomeracjach",
                "14. dubna: poznatky z ZIT/ITI 2021–2027 v obou aglomeracích",
                "14 April: lessons from ZIT/ITI 2021–2027 in both agglomerations",
            ),
            (
                "15 kwietnia: praca w grupach – wspólne cele, wskaźniki i projekty transgraniczne",
                "15. dubna: práce ve skupinách – společné cíle, ukazatele a přeshraniční projekty",
                "15 April: group work – shared goals, indicators and cross-border projects",
            ),
            (
                "15 kwietnia: podsumowanie i plan dalszych kroków",
                "15. dubna: shrnutí a plán dalších kroků",
                "15 April: conclusions and next steps",
            ),
        ),
        _EMPTY,
        organisations=_CORE,
        photos=[
            _photo(
                "meeting",
                "Warsztaty zespołów ZIT/ITI (wydarzenie planowane)",
                "Workshop týmů ZIT/ITI (plánovaná akce)",
                "ZIT/ITI team workshop (planned event)",
            ),
        ],
        start_time="10:00",
        end_time="15:00",
    ),
    _event(
        "seminar-rivers-climate-adaptation-opole-2027-09",
        "seminar",
        translated(
            "Seminarium: rzeki i adaptacja do zmian klimatu w aglomeracjach pogranicza",
            "Seminář: řeky a adaptace na změnu klimatu v aglomeracích příhraničí",
            "Seminar: rivers and climate adaptation in border agglomerations",
        ),
        "2027-09-23",
        "2027-09-23",
        "opole",
        translated(
            "Opole, miejsce zostanie podane w zaproszeniu",
            "Opolí, místo bude uvedeno v pozvánce",
            "Opole, the venue will be given in the invitation",
        ),
        translated(
            "Planowane jednodniowe seminarium dla gmin i instytucji z obu aglomeracji. Tematem "
            "będzie ochrona przed powodzią, zatrzymywanie wody i zieleń w miastach nad Odrą "
            "i Morawą.",
            "Plánovaný jednodenní seminář pro obce a instituce z obou aglomerací. Tématem bude "
            "ochrana před povodněmi, zadržování vody a zeleň ve městech na Odře a Moravě.",
            "A planned one-day seminar for municipalities and institutions from both "
            "agglomerations. It will deal with flood protection, holding water in the landscape "
            "and greenery in towns on the Oder and the Morava.",
        ),
        _lines(
            (
                "Otwarcie: rzeki łączące pogranicze – Odra i Morawa",
                "Zahájení: řeky, které spojují příhraničí – Odra a Morava",
                "Opening: rivers that link the border region – the Oder and the Morava",
            ),
            (
                "Doświadczenia gmin po ostatnich powodziach: co zadziałało, a co trzeba zmienić",
                "Zkušenosti obcí po posledních povodních: co fungovalo a co je třeba změnit",
                "Municipalities' experience after recent floods: what worked and what must change",
            ),
            (
                "Zielona i błękitna infrastruktura w miastach – przykłady z obu krajów",
                "Zelená a modrá infrastruktura ve městech – příklady z obou zemí",
                "Green and blue infrastructure in towns – examples from both countries",
            ),
            (
                "Dyskusja: wspólne projekty w nowym programie współpracy transgranicznej",
                "Diskuse: společné projekty v novém programu přeshraniční spolupráce",
                "Discussion: joint projects in the new cross-border cooperation programme",
            ),
        ),
        _EMPTY,
        organisations=[*_CORE, "miasto-opole"],
        photos=[
            _photo(
                "river",
                "Rzeka między zielonymi brzegami – temat seminarium",
                "Řeka mezi zelenými břehy – téma semináře",
                "A river between green banks, the seminar's theme",
            ),
        ],
        start_time="10:00",
        end_time="14:00",
    ),
]


def upcoming_with_applications(today):
    """Two study visits / internships that take applications, dated from `today` so that they
    stay upcoming whenever the demo is loaded (a reload on another day moves them)."""

    def day(offset):
        return (today + datetime.timedelta(days=offset)).isoformat()

    return [
        {
            **_event(
                "study-visit-olomouc-crisis-management-upcoming",
                "study_visit",
                translated(
                    "Wizyta studyjna w Ołomuńcu: zarządzanie kryzysowe i centrum 112",
                    "Studijní cesta do Olomouce: krizové řízení a centrum tísňového volání 112",
                    "Study visit to Olomouc: crisis management and the 112 emergency centre",
                ),
                day(45),
                day(47),
                "olomouc",
                _CITY_HALL_OLOMOUC,
                translated(
                    "Trzy dni w Ołomuńcu dla pracowników gmin Aglomeracji Opolskiej: jak działa "
                    "zintegrowany system ratownictwa i centrum powiadamiania ratunkowego 112.",
                    "Tři dny v Olomouci pro zaměstnance obcí Opolské aglomerace: jak funguje "
                    "integrovaný záchranný systém a centrum tísňového volání 112.",
                    "Three days in Olomouc for staff of the Opole agglomeration's municipalities: "
                    "how the integrated rescue system and the 112 emergency centre work.",
                ),
                _lines(
                    (
                        "Dzień 1: powitanie w magistracie, plan zarządzania kryzysowego miasta",
                        "Den 1: přivítání na magistrátu, krizový plán města",
                        "Day 1: welcome at the city hall, the city's crisis management plan",
                    ),
                    (
                        "Dzień 2: centrum powiadamiania ratunkowego 112, ćwiczenie sztabowe",
                        "Den 2: centrum tísňového volání 112, štábní cvičení",
                        "Day 2: the 112 emergency centre, a staff exercise",
                    ),
                    (
                        "Dzień 3: podsumowanie i plan wdrożenia w gminach",
                        "Den 3: shrnutí a plán zavedení v obcích",
                        "Day 3: summing up and a plan for the municipalities",
                    ),
                ),
                _EMPTY,
                visitors_from="PL",
                organisations=_PAIR,
            ),
            "start_time": "09:00",
            "end_time": "15:30",
            "applications": {
                "who_may_apply": translated(
                    "Pracownicy gmin Aglomeracji Opolskiej odpowiedzialni za zarządzanie "
                    "kryzysowe lub ochronę ludności; uczestników wybiera organizator.",
                    "Zaměstnanci obcí Opolské aglomerace odpovědní za krizové řízení nebo "
                    "ochranu obyvatelstva; účastníky vybírá organizátor.",
                    "Staff of the Opole agglomeration's municipalities responsible for crisis "
                    "management or civil protection; the organiser chooses the participants.",
                ),
                "places": 16,
                "deadline_days_before": 14,
                "languages": ["pl", "cs"],
                "allocation": "organiser",
            },
        },
        {
            **_event(
                "internship-opole-transfer-hubs-upcoming",
                "internship",
                translated(
                    "Staż w Opolu: węzły przesiadkowe finansowane z ZIT",
                    "Stáž v Opolí: přestupní uzly financované z ITI",
                    "Internship in Opole: transfer hubs funded through ITI",
                ),
                day(60),
                day(64),
                "opole",
                _OFFICE_OPOLE,
                translated(
                    "Tydzień w biurze Stowarzyszenia Aglomeracja Opolska dla dwóch pracowników "
                    "samorządów aglomeracji ołomunieckiej: przygotowanie i rozliczanie węzłów "
                    "przesiadkowych.",
                    "Týden v kanceláři Sdružení Opolské aglomerace pro dva zaměstnance samospráv "
                    "Olomoucké aglomerace: příprava a vyúčtování přestupních uzlů.",
                    "A week at the Opole Agglomeration Association's office for two staff of the "
                    "Olomouc agglomeration's local governments: preparing and accounting for "
                    "transfer hubs.",
                ),
                _lines(
                    (
                        "Poniedziałek–środa: praca z zespołem ZIT nad wnioskami",
                        "Pondělí–středa: práce s týmem ITI na žádostech",
                        "Monday–Wednesday: working with the ITI team on applications",
                    ),
                    (
                        "Czwartek–piątek: wizyty w węzłach w Gogolinie i Krapkowicach",
                        "Čtvrtek–pátek: návštěvy uzlů v Gogolinie a Krapkowicích",
                        "Thursday–Friday: visits to the hubs in Gogolin and Krapkowice",
                    ),
                ),
                _EMPTY,
                visitors_from="CZ",
                organisations=_PAIR,
            ),
            "start_time": "08:00",
            "end_time": "15:30",
            "applications": {
                "who_may_apply": translated(
                    "Pracownicy samorządów aglomeracji ołomunieckiej, którzy przygotowują "
                    "inwestycje transportowe; dwa miejsca według kolejności zgłoszeń.",
                    "Zaměstnanci samospráv Olomoucké aglomerace, kteří připravují dopravní "
                    "investice; dvě místa podle pořadí přihlášek.",
                    "Staff of the Olomouc agglomeration's local governments who prepare transport "
                    "investments; two places, in the order applications arrive.",
                ),
                "places": 2,
                "deadline_days_before": 21,
                "languages": ["pl", "en"],
                "allocation": "arrival",
            },
        },
    ]
