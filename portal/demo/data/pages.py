"""The site's own pages and its news, about the Opole-Olomouc cooperation."""

from portal.demo.data.texts import MOTIF_ALT, paragraphs, translated

# Like the other modules, the texts use the typographic en dash (U+2013) on purpose. Inside a
# paragraph a single newline is a line break (the contact page's address); a blank line starts a
# new paragraph.


def _cover(motif):
    return {"motif": motif, "alt": MOTIF_ALT[motif]}


PAGES = [
    {
        "slug": "about-the-portal",
        "position": 10,
        "show_in_navigation": True,
        "title": translated("O portalu", "O portálu", "About the portal"),
        "summary": translated(
            "Portal dobrych praktyk polsko-czeskiej współpracy transgranicznej: projekty, "
            "partnerzy, rozwiązania warte powielenia oraz wizyty studyjne i staże.",
            "Portál dobré praxe polsko-české přeshraniční spolupráce: projekty, partneři, "
            "řešení hodná následování, studijní cesty a stáže.",
            "A portal of good practices of Polish-Czech cross-border cooperation: projects, "
            "partners, solutions worth copying, study visits and internships.",
        ),
        "body": paragraphs(
            (
                "Portal zbiera dobre praktyki współpracy transgranicznej polskich i czeskich "
                "aglomeracji, miast i ich partnerów. Dobra praktyka to rozwiązanie, które już "
                "gdzieś działa, ma rezultaty, które można pokazać, i da się je przenieść w inne "
                "miejsce.",
                "Portál shromažďuje dobrou praxi z přeshraniční spolupráce polských a českých "
                "aglomerací, měst a jejich partnerů. Dobrou praxí rozumíme řešení, které už někde "
                "funguje, má doložitelné výsledky a dá se přenést jinam.",
                "The portal collects good practices of cross-border cooperation between Polish "
                "and Czech agglomerations, cities and their partners. A good practice is a "
                "solution already at work somewhere, with results that can be shown and a chance "
                "of working elsewhere too.",
            ),
            (
                "Każda praktyka jest opisana według tego samego schematu, którego używają także "
                "europejskie bazy URBACT i Interreg Europe: problem, rozwiązanie, rezultaty, "
                "wykorzystane zasoby oraz wskazówki dla tych, którzy chcieliby ją powtórzyć. Obok "
                "praktyk znajdziesz projekty, w których powstały, organizacje partnerskie oraz "
                "wizyty studyjne, staże i spotkania, podczas których partnerzy uczą się od siebie "
                "nawzajem.",
                "Každý příklad je popsán podle stejného schématu, jaké používají i evropské "
                "databáze URBACT a Interreg Europe: problém, řešení, výsledky, využité zdroje "
                "a doporučení pro ty, kdo by ho chtěli zopakovat. Vedle příkladů dobré praxe zde "
                "najdete projekty, v nichž vznikly, partnerské organizace a také studijní cesty, "
                "stáže a setkání, při nichž se partneři učí jeden od druhého.",
                "Every practice is described in the same way as in the European URBACT and "
                "Interreg Europe databases: the problem, the solution, the results, the resources "
                "used and advice for those who would like to repeat it. Beside the practices you "
                "will find the projects they came from, the partner organisations, and the study "
                "visits, internships and meetings through which the partners learn from each "
                "other.",
            ),
            (
                "Portal wyrósł ze współpracy Aglomeracji Opolskiej i Aglomeracji Ołomunieckiej "
                "w programie Interreg V-A Republika Czeska – Polska. Treści są dostępne po polsku, "
                "czesku i angielsku; redagują je pracownicy instytucji partnerskich.",
                "Portál vzešel ze spolupráce Opolské a Olomoucké aglomerace v programu Interreg "
                "V-A Česká republika – Polsko. Obsah je k dispozici v polštině, češtině "
                "a angličtině a spravují ho pracovníci partnerských institucí.",
                "The portal grew out of the cooperation of the Opole and Olomouc agglomerations "
                "under Interreg V-A Czech Republic – Poland. Its content is available in Polish, "
                "Czech and English and is edited by the staff of the partner institutions.",
            ),
            (
                "Chcesz zgłosić praktykę ze swojej gminy lub instytucji? Napisz do biura "
                "Stowarzyszenia Aglomeracja Opolska przez formularz na stronie „Kontakt”.",
                "Chcete přihlásit příklad dobré praxe ze své obce nebo instituce? Napište "
                "kanceláři Sdružení Opolské aglomerace přes formulář na stránce „Kontakt“.",
                "Would you like to submit a practice from your municipality or institution? Write "
                "to the office of the Opole Agglomeration Association through the form on the "
                "“Contact” page.",
            ),
        ),
    },
    {
        "slug": "history-of-the-cooperation",
        "position": 20,
        "show_in_navigation": True,
        "title": translated(
            "Historia współpracy Opola i Ołomuńca",
            "Historie spolupráce Opolí a Olomouce",
            "History of the Opole–Olomouc cooperation",
        ),
        "summary": translated(
            "Od porozumienia z 2016 roku, przez mikroprojekt, po dwa projekty "
            "Agglomerations4Borderlands: jak Aglomeracja Opolska i Aglomeracja Ołomuniecka "
            "nauczyły się współpracować.",
            "Od dohody z roku 2016 přes mikroprojekt až ke dvěma projektům "
            "Agglomerations4Borderlands: jak se Opolská a Olomoucká aglomerace naučily "
            "spolupracovat.",
            "From the 2016 agreement through a microproject to the two Agglomerations4Borderlands "
            "projects: how the Opole and Olomouc agglomerations learned to work together.",
        ),
        "body": paragraphs(
            (
                "Aglomeracja Opolska to stowarzyszenie gmin założone 16 października 2013 roku "
                "przez 20 gmin; w marcu 2014 roku dołączyły do niego Tułowice jako 21. członek. "
                "Obszar liczy około 2369 km² i ponad 337 tysięcy mieszkańców. Aglomeracja "
                "Ołomuniecka obejmuje około 240 gmin, w których mieszka około 452 tysięcy osób. "
                "Obie wdrażają Zintegrowane Inwestycje Terytorialne – po polsku ZIT, po czesku "
                "ITI.",
                "Opolská aglomerace je sdružení obcí, které 16. října 2013 založilo 20 obcí; "
                "v březnu 2014 k němu přistoupily Tułowice jako 21. člen. Území má rozlohu zhruba "
                "2 369 km² a přes 337 tisíc obyvatel. Olomoucká aglomerace zahrnuje asi 240 obcí, "
                "v nichž žije přibližně 452 tisíc lidí. Obě aglomerace realizují integrované "
                "teritoriální investice – polsky ZIT, česky ITI.",
                "The Opole Agglomeration is an association of municipalities founded on "
                "16 October 2013 by 20 municipalities; Tułowice joined it as the 21st member in "
                "March 2014. The area covers about 2,369 km² and has over 337,000 inhabitants. The "
                "Olomouc agglomeration takes in about 240 municipalities with about 452,000 "
                "inhabitants. Both implement Integrated Territorial Investments – ZIT in Polish, "
                "ITI in Czech.",
            ),
            (
                "We wrześniu 2016 roku obie aglomeracje podpisały porozumienie o współpracy "
                "transgranicznej. Było to pierwsze porozumienie między podmiotami wdrażającymi ZIT "
                "w Polsce i ITI w Czechach.",
                "V září 2016 podepsaly obě aglomerace dohodu o přeshraniční spolupráci. Byla to "
                "první dohoda mezi subjekty, které realizují ZIT v Polsku a ITI v Česku.",
                "In September 2016 the two agglomerations signed a cross-border cooperation "
                "agreement, the first between bodies implementing ZIT in Poland and ITI in "
                "Czechia.",
            ),
            (
                "Pierwszym wspólnym przedsięwzięciem był mikroprojekt „Współpraca Aglomeracji "
                "Opolskiej i Aglomeracji Ołomunieckiej”, realizowany od lipca 2017 do lutego 2018 "
                "roku ze środków Funduszu Mikroprojektów. W grudniu 2017 roku przedstawiciele "
                "Aglomeracji Opolskiej odwiedzili Ołomuniec, a konkurs wiedzy przybliżył "
                "uczestnikom Aglomerację Ołomuniecką.",
                "Prvním společným počinem byl mikroprojekt „Spolupráce Opolské aglomerace "
                "a Olomoucké aglomerace“, realizovaný od července 2017 do února 2018 s podporou "
                "Fondu mikroprojektů. V prosinci 2017 navštívili zástupci Opolské aglomerace "
                "Olomouc a vědomostní soutěž přiblížila účastníkům Olomouckou aglomeraci.",
                "The first joint undertaking was the microproject “Cooperation of the Opole and "
                "Olomouc Agglomerations”, from July 2017 to February 2018, funded by the "
                "Microproject Fund. In December 2017 representatives of the Opole Agglomeration "
                "visited Olomouc, and a knowledge contest introduced the Olomouc agglomeration to "
                "its participants.",
            ),
            (
                "Od lutego 2018 do grudnia 2020 roku Stowarzyszenie Aglomeracja Opolska jako "
                "partner wiodący, miasto Ołomuniec i Regionalna Agencja Rozwoju Moraw Środkowych "
                "realizowały projekt „Razem dla rozwoju aglomeracji” (Agglomerations4Borderlands), "
                "współfinansowany z Europejskiego Funduszu Rozwoju Regionalnego w programie "
                "Interreg V-A Republika Czeska – Polska. Odbyły się wizyty studyjne w obie strony "
                "i staże pracowników, powstała sieć współpracy i dwujęzyczny portal dobrych "
                "praktyk, a dzieci i dorośli mogli sprawdzić swoją wiedzę o sąsiednim kraju "
                "w konkursie.",
                "Od února 2018 do prosince 2020 realizovaly Sdružení Opolské aglomerace jako "
                "vedoucí partner, statutární město Olomouc a Regionální agentura pro rozvoj "
                "střední Moravy projekt „Společně pro rozvoj aglomerací“ "
                "(Agglomerations4Borderlands), spolufinancovaný z Evropského fondu pro regionální "
                "rozvoj v programu Interreg V-A Česká republika – Polsko. Uskutečnily se studijní "
                "cesty oběma směry a stáže pracovníků, vznikla síť spolupráce a dvojjazyčný "
                "portál dobré praxe a děti i dospělí si mohli v soutěži ověřit své znalosti "
                "o sousední zemi.",
                "From February 2018 to December 2020 the Opole Agglomeration Association as lead "
                "partner, the City of Olomouc and the Regional Development Agency of Central "
                "Moravia ran the project “Together for the development of agglomerations” "
                "(Agglomerations4Borderlands), co-financed by the European Regional Development "
                "Fund under Interreg V-A Czech Republic – Poland. It brought study visits in both "
                "directions and staff internships, a cooperation network and a bilingual portal "
                "of good practices, and a contest in which children and adults tested what they "
                "knew about the neighbouring country.",
            ),
            (
                "Kontynuacją był projekt „Razem dla rozwoju aglomeracji 2020+” (od lutego 2020 "
                "do stycznia 2023 roku). Do wymian dołączyły gminy i organizacje pozarządowe, "
                "projekt pomagał znaleźć partnerów po drugiej stronie granicy, wspierał "
                "planowanie strategiczne i porównał ZIT i ITI w obu krajach.",
                "Navázal na něj projekt „Společně pro rozvoj aglomerací 2020+“ (od února 2020 do "
                "ledna 2023). Do výměn se zapojily obce a nevládní organizace, projekt pomáhal "
                "hledat partnery na druhé straně hranice, podporoval strategické plánování "
                "a srovnal ZIT a ITI v obou zemích.",
                "It was followed by the project “Together for the development of agglomerations "
                "2020+” (February 2020 to January 2023). Municipalities and NGOs joined the "
                "exchanges; the project helped them find partners across the border, supported "
                "strategic planning and compared ZIT and ITI in the two countries.",
            ),
        ),
    },
    {
        "slug": "zit-and-iti",
        "position": 30,
        "show_in_navigation": True,
        "title": translated(
            "ZIT w Polsce i ITI w Czechach",
            "ZIT v Polsku a ITI v Česku",
            "ZIT and ITI in Poland and Czechia",
        ),
        "summary": translated(
            "Zintegrowane Inwestycje Terytorialne pozwalają aglomeracjom samodzielnie wybierać "
            "i finansować projekty ze środków unijnych. Jak ten instrument działa po obu "
            "stronach granicy?",
            "Integrované teritoriální investice umožňují aglomeracím samostatně vybírat "
            "a financovat projekty z evropských fondů. Jak tento nástroj funguje na obou "
            "stranách hranice?",
            "Integrated Territorial Investments let agglomerations select and fund EU-financed "
            "projects themselves. How does the instrument work on both sides of the border?",
        ),
        "body": paragraphs(
            (
                "Zintegrowane Inwestycje Terytorialne to instrument polityki spójności Unii "
                "Europejskiej, dzięki któremu miasto i otaczające je gminy – obszar funkcjonalny – "
                "wspólnie planują rozwój i same wybierają projekty finansowane ze środków "
                "unijnych. W Polsce instrument nosi nazwę ZIT, w Czechach i w języku angielskim – "
                "ITI (integrované teritoriální investice, Integrated Territorial Investments).",
                "Integrované teritoriální investice jsou nástrojem politiky soudržnosti Evropské "
                "unie, díky němuž město a okolní obce – funkční území – společně plánují svůj "
                "rozvoj a samy vybírají projekty financované z evropských fondů. V Česku "
                "a v angličtině se nástroj označuje zkratkou ITI, v Polsku ZIT (Zintegrowane "
                "Inwestycje Terytorialne).",
                "Integrated Territorial Investments are an instrument of the European Union's "
                "cohesion policy through which a city and the municipalities around it – a "
                "functional urban area – plan their development together and select the "
                "EU-funded projects themselves. In Czechia and in English the instrument is "
                "called ITI; in Poland it is ZIT (Zintegrowane Inwestycje Terytorialne).",
            ),
            (
                "W latach 2014–2020 w Polsce działały 24 obszary ZIT. Jednym z nich była "
                "Aglomeracja Opolska, która miała do dyspozycji około 71,8 mln euro; ze środków "
                "ZIT rozbudowano między innymi Opolski Park Naukowo-Technologiczny. W Czechach "
                "w okresie 2021–2027 działa 13 aglomeracji ITI, wśród nich Aglomeracja "
                "Ołomuniecka, za której ITI odpowiada miasto Ołomuniec.",
                "V letech 2014–2020 fungovalo v Polsku 24 území ZIT. Jedním z nich byla Opolská "
                "aglomerace, která měla k dispozici zhruba 71,8 mil. eur; z prostředků ZIT se "
                "mimo jiné rozšířil Opolský vědeckotechnologický park. V Česku působí v období "
                "2021–2027 celkem 13 aglomerací ITI, mezi nimi Olomoucká aglomerace, jejímž "
                "nositelem ITI je statutární město Olomouc.",
                "In 2014–2020 Poland had 24 ZIT areas. One of them was the Opole Agglomeration, "
                "with about EUR 71.8 million at its disposal; ZIT funds paid, among other things, "
                "for the extension of the Opole Science and Technology Park. In 2021–2027 Czechia "
                "has 13 ITI agglomerations, among them the Olomouc agglomeration, whose ITI is "
                "held by the Statutory City of Olomouc.",
            ),
            (
                "Choć instrument jest wspólny, każdy kraj wdraża go według własnych przepisów "
                "i przez własne instytucje. Dlatego porównanie ZIT i ITI było jednym z zadań "
                "projektu „Razem dla rozwoju aglomeracji 2020+”, a wymiana doświadczeń z ich "
                "wdrażania – tematem wielu wizyt studyjnych i staży.",
                "Přestože jde o společný nástroj, každá země ho realizuje podle vlastních předpisů "
                "a prostřednictvím vlastních institucí. Proto bylo srovnání ZIT a ITI jedním "
                "z úkolů projektu „Společně pro rozvoj aglomerací 2020+“ a výměna zkušeností s "
                "jejich realizací tématem mnoha studijních cest a stáží.",
                "Although the instrument is shared, each country implements it under its own "
                "rules and through its own institutions. That is why comparing ZIT and ITI was "
                "one of the tasks of the project “Together for the development of agglomerations "
                "2020+”, and sharing experience of implementing them was the theme of many study "
                "visits and internships.",
            ),
        ),
    },
    {
        "slug": "contact",
        "position": 40,
        "show_in_navigation": True,
        "offers_staff_form": True,
        "title": translated("Kontakt", "Kontakt", "Contact"),
        "summary": translated(
            "Biuro Stowarzyszenia Aglomeracja Opolska: adres i godziny pracy.",
            "Kancelář Sdružení Opolské aglomerace: adresa a úřední hodiny.",
            "The office of the Opole Agglomeration Association: address and opening hours.",
        ),
        "body": paragraphs(
            (
                "Portal prowadzi Stowarzyszenie Aglomeracja Opolska, partner wiodący projektów "
                "współpracy z Aglomeracją Ołomuniecką.",
                "Portál provozuje Sdružení Opolské aglomerace, vedoucí partner projektů "
                "spolupráce s Olomouckou aglomerací.",
                "The portal is run by the Opole Agglomeration Association, the lead partner of the "
                "cooperation projects with the Olomouc agglomeration.",
            ),
            (
                "Biuro Stowarzyszenia Aglomeracja Opolska\nPlac Wolności 6\n45-018 Opole\nPolska",
                "Kancelář Sdružení Opolské aglomerace\nPlac Wolności 6\n45-018 Opole\nPolsko",
                "Office of the Opole Agglomeration Association\nPlac Wolności 6\n45-018 Opole\n"
                "Poland",
            ),
            (
                "Godziny pracy biura: od poniedziałku do piątku, 7:30–15:30.",
                "Úřední hodiny kanceláře: pondělí až pátek, 7:30–15:30.",
                "Office hours: Monday to Friday, 7:30–15:30.",
            ),
            (
                "Pytania dotyczące partnerów po czeskiej stronie granicy – miasta Ołomuniec "
                "i Regionalnej Agencji Rozwoju Moraw Środkowych – przekazujemy ich pracownikom.",
                "Dotazy týkající se partnerů na české straně hranice – statutárního města Olomouc "
                "a Regionální agentury pro rozvoj střední Moravy – předáváme jejich pracovníkům.",
                "Questions about the partners on the Czech side of the border – the City of "
                "Olomouc and the Regional Development Agency of Central Moravia – are passed on to "
                "their staff.",
            ),
        ),
    },
]

NEWS = [
    {
        "slug": "cooperation-agreement-signed",
        "date": "2016-09-22",
        "project": None,
        "cover": _cover("meeting"),
        "title": translated(
            "Aglomeracja Opolska i Aglomeracja Ołomuniecka podpisały porozumienie o współpracy",
            "Opolská a Olomoucká aglomerace podepsaly dohodu o spolupráci",
            "The Opole and Olomouc agglomerations sign a cooperation agreement",
        ),
        "summary": translated(
            "W Opolu podpisano porozumienie o współpracy transgranicznej Aglomeracji Opolskiej "
            "i Aglomeracji Ołomunieckiej – pierwsze takie porozumienie między podmiotami "
            "wdrażającymi ZIT w Polsce i ITI w Czechach.",
            "V Opolí byla podepsána dohoda o přeshraniční spolupráci Opolské a Olomoucké "
            "aglomerace – první dohoda tohoto druhu mezi subjekty, které realizují ZIT v Polsku "
            "a ITI v Česku.",
            "A cross-border cooperation agreement between the Opole and Olomouc agglomerations "
            "was signed in Opole: the first such agreement between bodies implementing ZIT in "
            "Poland and ITI in Czechia.",
        ),
        "body": paragraphs(
            (
                "Porozumienie określa obszary wspólnej pracy: wymianę doświadczeń z wdrażania "
                "Zintegrowanych Inwestycji Terytorialnych, planowanie strategiczne, mobilność, "
                "ochronę środowiska oraz kontakty między gminami i instytucjami po obu stronach "
                "granicy.",
                "Dohoda vymezuje oblasti společné práce: výměnu zkušeností s realizací "
                "integrovaných teritoriálních investic, strategické plánování, mobilitu, ochranu "
                "životního prostředí a kontakty mezi obcemi a institucemi na obou stranách "
                "hranice.",
                "The agreement sets out the fields of joint work: sharing experience of "
                "implementing Integrated Territorial Investments, strategic planning, mobility, "
                "environmental protection and contacts between municipalities and institutions on "
                "both sides of the border.",
            ),
            (
                "Strony zapowiedziały regularne spotkania i wspólne przygotowywanie projektów "
                "w programie Interreg V-A Republika Czeska – Polska.",
                "Strany ohlásily pravidelná setkání a společnou přípravu projektů v programu "
                "Interreg V-A Česká republika – Polsko.",
                "The parties announced regular meetings and joint preparation of projects under "
                "Interreg V-A Czech Republic – Poland.",
            ),
        ),
    },
    {
        "slug": "microproject-study-visit-to-olomouc",
        "date": "2017-12-14",
        "project": "wspolpraca-aglomeracji-opolskiej-i-olomunieckiej",
        "cover": _cover("city"),
        "title": translated(
            "Wizyta studyjna w Ołomuńcu w ramach pierwszego wspólnego mikroprojektu",
            "Studijní cesta do Olomouce v rámci prvního společného mikroprojektu",
            "A study visit to Olomouc under the first joint microproject",
        ),
        "summary": translated(
            "Od 11 do 13 grudnia przedstawiciele Aglomeracji Opolskiej i jej gmin poznawali "
            "w Ołomuńcu, jak działają Zintegrowane Inwestycje Terytorialne po czeskiej stronie "
            "granicy.",
            "Od 11. do 13. prosince se zástupci Opolské aglomerace a jejích obcí seznamovali "
            "v Olomouci s tím, jak fungují integrované teritoriální investice na české straně "
            "hranice.",
            "From 11 to 13 December representatives of the Opole Agglomeration and its "
            "municipalities learnt in Olomouc how Integrated Territorial Investments work on the "
            "Czech side of the border.",
        ),
        "body": paragraphs(
            (
                "Wizyta była częścią mikroprojektu „Współpraca Aglomeracji Opolskiej i Aglomeracji "
                "Ołomunieckiej”, finansowanego z Funduszu Mikroprojektów programu Interreg V-A "
                "Republika Czeska – Polska. Uczestnicy rozmawiali o wyborze i ocenie projektów "
                "w ITI, odwiedzili miejsca realizacji inwestycji i wzięli udział we wspólnych "
                "warsztatach.",
                "Cesta byla součástí mikroprojektu „Spolupráce Opolské aglomerace a Olomoucké "
                "aglomerace“, financovaného z Fondu mikroprojektů programu Interreg V-A Česká "
                "republika – Polsko. Účastníci diskutovali o výběru a hodnocení projektů v ITI, "
                "navštívili místa realizovaných investic a zúčastnili se společného workshopu.",
                "The visit was part of the microproject “Cooperation of the Opole and Olomouc "
                "Agglomerations”, funded by the Microproject Fund of Interreg V-A Czech Republic – "
                "Poland. The participants discussed how ITI projects are selected and assessed, "
                "visited investment sites and took part in a joint workshop.",
            ),
            (
                "Mikroprojekt potrwa do lutego 2018 roku. Jego drugą częścią jest konkurs wiedzy "
                "o Aglomeracji Ołomunieckiej.",
                "Mikroprojekt potrvá do února 2018. Jeho druhou částí je vědomostní soutěž "
                "o Olomoucké aglomeraci.",
                "The microproject runs until February 2018. Its second part is a knowledge "
                "contest about the Olomouc agglomeration.",
            ),
        ),
    },
    {
        "slug": "agglomerations4borderlands-begins",
        "date": "2018-02-01",
        "project": "razem-dla-rozwoju-aglomeracji",
        "cover": _cover("meeting"),
        "title": translated(
            "Rusza projekt „Razem dla rozwoju aglomeracji”",
            "Začíná projekt „Společně pro rozvoj aglomerací“",
            "The project “Together for the development of agglomerations” begins",
        ),
        "summary": translated(
            "Stowarzyszenie Aglomeracja Opolska, miasto Ołomuniec i Regionalna Agencja Rozwoju "
            "Moraw Środkowych rozpoczęły projekt Agglomerations4Borderlands, współfinansowany "
            "z Europejskiego Funduszu Rozwoju Regionalnego.",
            "Sdružení Opolské aglomerace, statutární město Olomouc a Regionální agentura pro "
            "rozvoj střední Moravy zahájily projekt Agglomerations4Borderlands, spolufinancovaný "
            "z Evropského fondu pro regionální rozvoj.",
            "The Opole Agglomeration Association, the City of Olomouc and the Regional "
            "Development Agency of Central Moravia have started the Agglomerations4Borderlands "
            "project, co-financed by the European Regional Development Fund.",
        ),
        "body": paragraphs(
            (
                "Projekt potrwa do końca 2020 roku. Zaplanowano w nim wizyty studyjne w obie "
                "strony, staże i wymiany pracowników, sieć współpracy instytucji z obu aglomeracji, "
                "dwujęzyczny portal dobrych praktyk oraz konkurs wiedzy o sąsiednim kraju dla "
                "dzieci i dorosłych.",
                "Projekt potrvá do konce roku 2020. Počítá se studijními cestami oběma směry, "
                "stážemi a výměnami pracovníků, sítí spolupráce institucí z obou aglomerací, "
                "dvojjazyčným portálem dobré praxe a vědomostní soutěží o sousední zemi pro děti "
                "i dospělé.",
                "The project runs until the end of 2020. It plans study visits in both directions, "
                "staff exchanges and internships, a cooperation network of institutions from both "
                "agglomerations, a bilingual portal of good practices and a knowledge contest "
                "about the neighbouring country for children and adults.",
            ),
            (
                "Pierwsza wizyta studyjna – czeskich partnerów w Aglomeracji Opolskiej – "
                "zaplanowana jest na czerwiec 2018 roku.",
                "První studijní cesta – návštěva českých partnerů v Opolské aglomeraci – je "
                "naplánována na červen 2018.",
                "The first study visit, of the Czech partners to the Opole agglomeration, is "
                "planned for June 2018.",
            ),
        ),
    },
    {
        "slug": "agglomerations4borderlands-2020-begins",
        "date": "2020-02-03",
        "project": "razem-dla-rozwoju-aglomeracji-2020",
        "cover": _cover("green"),
        "title": translated(
            "Agglomerations4Borderlands 2020+: wymiany także dla gmin i organizacji pozarządowych",
            "Agglomerations4Borderlands 2020+: výměny i pro obce a nevládní organizace",
            "Agglomerations4Borderlands 2020+: exchanges for municipalities and NGOs too",
        ),
        "summary": translated(
            "Partnerzy rozpoczęli kolejny wspólny projekt. Do wymian dołączą gminy i organizacje "
            "pozarządowe, a projekt pomoże im znaleźć partnerów po drugiej stronie granicy.",
            "Partneři zahájili další společný projekt. Do výměn se zapojí obce a nevládní "
            "organizace a projekt jim pomůže najít partnery na druhé straně hranice.",
            "The partners have started their next joint project. Municipalities and NGOs will "
            "join the exchanges, and the project will help them find partners across the border.",
        ),
        "body": paragraphs(
            (
                "Projekt „Razem dla rozwoju aglomeracji 2020+” potrwa od lutego 2020 do stycznia "
                "2023 roku. Oprócz wizyt studyjnych obejmie planowanie strategiczne i porównanie "
                "ZIT i ITI w obu krajach.",
                "Projekt „Společně pro rozvoj aglomerací 2020+“ potrvá od února 2020 do ledna "
                "2023. Kromě studijních cest zahrnuje strategické plánování a srovnání ZIT a ITI "
                "v obou zemích.",
                "The project “Together for the development of agglomerations 2020+” runs from "
                "February 2020 to January 2023. Besides study visits it covers strategic planning "
                "and a comparison of ZIT and ITI in the two countries.",
            ),
            (
                "Zaplanowano jedno- i dwutygodniowe staże dla 6 osób z Aglomeracji Ołomunieckiej "
                "i 9 osób z Aglomeracji Opolskiej. Tematy wymian to między innymi ZIT/ITI, trendy "
                "miejskie, zielona gospodarka, kultura, bioróżnorodność w mieście, rewitalizacja "
                "terenów poprzemysłowych, zapobieganie zagrożeniom, rzeki i polityka senioralna.",
                "Naplánovány jsou jedno- a dvoutýdenní stáže pro 6 osob z Olomoucké aglomerace "
                "a 9 osob z Opolské aglomerace. Tématy výměn jsou mimo jiné ZIT/ITI, městské "
                "trendy, zelená ekonomika, kultura, biodiverzita ve městě, revitalizace "
                "brownfieldů, prevence rizik, řeky a seniorská politika.",
                "One- and two-week internships are planned for 6 people from the Olomouc "
                "agglomeration and 9 from the Opole agglomeration. The exchange themes include "
                "ZIT/ITI, urban trends, the green economy, culture, urban biodiversity, brownfield "
                "revitalisation, hazard prevention, rivers and senior policy.",
            ),
        ),
    },
    {
        "slug": "czech-guests-see-zit-results-in-opole",
        "date": "2022-04-28",
        "project": "razem-dla-rozwoju-aglomeracji-2020",
        "cover": _cover("river"),
        "title": translated(
            "Czescy goście poznali efekty ZIT w Aglomeracji Opolskiej",
            "Čeští hosté poznali výsledky ZIT v Opolské aglomeraci",
            "Czech guests see the results of ZIT in the Opole agglomeration",
        ),
        "summary": translated(
            "Od 25 do 27 kwietnia 13 uczestników z Aglomeracji Ołomunieckiej odwiedziło "
            "Aglomerację Opolską. Tematami wizyty były odnawialne źródła energii, turystyka "
            "i efekty Zintegrowanych Inwestycji Terytorialnych.",
            "Od 25. do 27. dubna navštívilo Opolskou aglomeraci 13 účastníků z Olomoucké "
            "aglomerace. Tématy cesty byly obnovitelné zdroje energie, cestovní ruch a výsledky "
            "integrovaných teritoriálních investic.",
            "From 25 to 27 April 13 participants from the Olomouc agglomeration visited the Opole "
            "agglomeration to see renewable energy, tourism and the results of Integrated "
            "Territorial Investments.",
        ),
        "body": paragraphs(
            (
                "Goście odwiedzili Krapkowice, gdzie rozmawiano o turystyce nad Odrą, oraz Kamień "
                "Śląski. Gminy Aglomeracji Opolskiej pokazały też, jak korzystają z odnawialnych "
                "źródeł energii.",
                "Hosté navštívili Krapkowice, kde se hovořilo o cestovním ruchu na Odře, a Kamień "
                "Śląski. Obce Opolské aglomerace také ukázaly, jak využívají obnovitelné zdroje "
                "energie.",
                "The guests visited Krapkowice, where the talk was of tourism on the river Oder, "
                "and Kamień Śląski. The municipalities of the Opole agglomeration also showed how "
                "they use renewable energy.",
            ),
            (
                "Wizyta była częścią projektu „Razem dla rozwoju aglomeracji 2020+”.",
                "Cesta byla součástí projektu „Společně pro rozvoj aglomerací 2020+“.",
                "The visit was part of the project “Together for the development of "
                "agglomerations 2020+”.",
            ),
        ),
    },
    {
        "slug": "portal-in-three-languages",
        "date": "2026-11-16",
        "project": None,
        "cover": _cover("building"),
        "title": translated(
            "Portal dobrych praktyk po polsku, czesku i angielsku",
            "Portál dobré praxe v polštině, češtině a angličtině",
            "The good-practice portal in Polish, Czech and English",
        ),
        "summary": translated(
            "Dobre praktyki, projekty, partnerów i wydarzenia polsko-czeskiej współpracy można "
            "teraz przeglądać w trzech językach.",
            "Příklady dobré praxe, projekty, partnery a akce polsko-české spolupráce lze nyní "
            "procházet ve třech jazycích.",
            "The good practices, projects, partners and events of Polish-Czech cooperation can "
            "now be read in three languages.",
        ),
        "body": paragraphs(
            (
                "Portal zbiera rozwiązania, które sprawdziły się w polskich i czeskich "
                "aglomeracjach i mogą posłużyć innym: od centrum edukacji ekologicznej "
                "w budynku pasywnym po węzeł przesiadkowy w Gogolinie. Każda praktyka opisuje "
                "problem, rozwiązanie, rezultaty, potrzebne zasoby i wskazówki dla tych, którzy "
                "chcą z niej skorzystać.",
                "Portál shromažďuje řešení, která se osvědčila v polských a českých aglomeracích "
                "a mohou posloužit i dalším: od ekocentra v pasivní budově po přestupní uzel "
                "v Gogolinu. Každý příklad popisuje problém, řešení, výsledky, potřebné zdroje "
                "a doporučení pro ty, kdo se jím chtějí inspirovat.",
                "The portal collects solutions that have proved themselves in Polish and Czech "
                "agglomerations and can serve others: from an eco-education centre in a passive "
                "building to the transfer hub in Gogolin. Each practice describes the problem, "
                "the solution, the results, the resources needed and advice for those who want "
                "to follow it.",
            ),
            (
                "Zapraszamy gminy, instytucje i organizacje pozarządowe z obu stron granicy do "
                "zgłaszania własnych praktyk.",
                "Obce, instituce a nevládní organizace z obou stran hranice zveme, aby přihlásily "
                "vlastní příklady dobré praxe.",
                "Municipalities, institutions and NGOs from both sides of the border are invited "
                "to submit their own practices.",
            ),
        ),
    },
]
