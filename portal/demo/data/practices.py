"""Good practices of the demo content, written up as URBACT and Interreg Europe databases ask."""

import re

from portal.demo.data.texts import MOTIF_ALT


def _text(text):
    """Return the text with each paragraph on one line and paragraphs split by a blank line."""
    paragraphs = (" ".join(part.split()) for part in re.split(r"\n\s*\n", text.strip()))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _t(pl, cs, en):
    return {"pl": _text(pl), "cs": _text(cs), "en": _text(en)}


def _cover(motif):
    return {"motif": motif, "alt": MOTIF_ALT[motif]}


def _image(motif, pl, cs, en):
    return {"motif": motif, "alt": MOTIF_ALT[motif], "caption": _t(pl, cs, en)}


def _link(url, pl, cs, en):
    return {"title": _t(pl, cs, en), "url": url}


_SLUNAKOV = {
    "slug": "slunakov-passive-eco-centre",
    "status": "published",
    "title": _t(
        "Sluňákov – centrum edukacji ekologicznej w budynku pasywnym",
        "Sluňákov – centrum environmentální výchovy v pasivní budově",
        "Sluňákov – an environmental education centre in a passive building",
    ),
    "summary": _t(
        """
        Sluňákov, ośrodek edukacji ekologicznej miasta Ołomuniec, prowadzi zajęcia dla szkół,
        rodzin i mieszkańców w budynku zaprojektowanym w standardzie pasywnym na skraju miasta. Sam
        budynek jest pomocą dydaktyczną: odwiedzający widzą, że dom może zużywać bardzo mało
        energii i pozostać wygodny. Polscy partnerzy poznali go podczas wizyty studyjnej w Ołomuńcu
        28 czerwca 2021 roku.
        """,
        """
        Sluňákov, centrum ekologických aktivit města Olomouce, pořádá programy pro školy, rodiny i
        veřejnost v budově navržené v pasivním standardu na okraji města. Samotná budova slouží
        jako učební pomůcka: návštěvníci vidí, že dům může spotřebovat velmi málo energie a přitom
        zůstat pohodlný. Polští partneři se s ní seznámili během studijní cesty do Olomouce 28.
        června 2021.
        """,
        """
        Sluňákov, the environmental education centre of the city of Olomouc, runs programmes for
        schools, families and the public in a building designed to the passive standard on the edge
        of the city. The building is a teaching aid in itself: visitors see that a house can use
        very little energy and still be comfortable. Polish partners saw it during a study visit to
        Olomouc on 28 June 2021.
        """,
    ),
    "problem": _t(
        """
        Miasta, które chcą, by mieszkańcy oszczędzali energię, chronili przyrodę i przygotowywali
        się na zmiany klimatu, zaczynają zwykle od ulotek, kampanii i pojedynczych lekcji w
        szkołach. Takie przekazy łatwo ulatują z pamięci, zwłaszcza dzieciom, bo pozostają
        abstrakcyjne: kilowatogodziny ani tony dwutlenku węgla nie da się zobaczyć ani dotknąć.
        Jednocześnie budynki publiczne, w których odbywa się edukacja, bywają stare, drogie w
        ogrzewaniu i swoim stanem przeczą temu, czego uczy się w ich wnętrzu.

        Ołomuniec od dawna wspiera edukację ekologiczną (po czesku EVVO – wychowanie, kształcenie i
        upowszechnianie wiedzy o środowisku), a szkoły potrzebowały partnera, który będzie
        regularnie proponował praktyczne zajęcia poza klasą. Pytanie brzmiało: jak stworzyć
        miejsce, w którym treść i otoczenie mówią to samo – ośrodek, który uczy zrównoważonego
        życia i codziennie je pokazuje?
        """,
        """
        Města, která chtějí, aby obyvatelé šetřili energii, chránili přírodu a připravovali se na
        změnu klimatu, obvykle začínají letáky, kampaněmi a jednorázovými hodinami ve školách.
        Taková sdělení se snadno zapomenou, zvláště u dětí, protože zůstávají abstraktní:
        kilowatthodinu ani tunu oxidu uhličitého nelze vidět ani si na ni sáhnout. Budovy, v nichž
        se vzdělává, přitom bývají staré, drahé na vytápění a svým stavem popírají to, co se v nich
        učí.

        Olomouc dlouhodobě podporuje environmentální výchovu, vzdělávání a osvětu (EVVO) a školy
        potřebovaly partnera, který bude pravidelně nabízet praktické programy mimo třídu. Otázkou
        bylo, jak vytvořit místo, kde obsah i prostředí říkají totéž: centrum, které učí
        udržitelnému způsobu života a každý den ho také předvádí.
        """,
        """
        Cities that want their inhabitants to save energy, protect nature and prepare for a
        changing climate usually start with leaflets, campaigns and one-off lessons at school. Such
        messages are easily forgotten, especially by children, because they stay abstract: nobody
        can see or touch a kilowatt-hour or a tonne of carbon dioxide. At the same time, the public
        buildings where education takes place are often old and costly to heat, and by their
        condition they contradict what is taught inside.

        Olomouc has long supported environmental education, training and public awareness (EVVO in
        Czech), and its schools needed a partner able to offer regular, practical programmes
        outside the classroom. The question was how to create a place where the message and the
        setting say the same thing: a centre that teaches sustainable living and shows it every
        day.
        """,
    ),
    "solution": _t(
        """
        Miasto powołało Sluňákov jako spółkę pożytku publicznego (o.p.s.) zajmującą się działaniami
        na rzecz środowiska i dało mu siedzibę w specjalnie wybudowanym ośrodku na skraju Ołomuńca,
        w pobliżu łęgów i łąk nad Morawą. Budynek zaprojektowano w standardzie pasywnym: zwarta
        bryła, gruba izolacja, duże okna od południa oraz wentylacja mechaniczna z odzyskiem ciepła
        utrzymują zapotrzebowanie na ciepło na bardzo niskim poziomie. Rozwiązania techniczne są
        pokazywane zwiedzającym, dzięki czemu izolacja, wentylacja i wykorzystanie słońca stają się
        częścią zajęć.

        Wokół budynku Sluňákov prowadzi całoroczny program: kilkugodzinne i kilkudniowe zajęcia dla
        przedszkoli i szkół, kursy dla nauczycieli, wydarzenia dla rodzin i mieszkańców oraz
        zajęcia w okolicznym krajobrazie ze ścieżkami, stawami i łąkami. Program podąża za porami
        roku i łączy temat energii z wodą, glebą, różnorodnością biologiczną i żywnością, tak by
        dzieci poznawały przyrodę bezpośrednio, a nie tylko z opowieści.

        Ośrodek ściśle współpracuje z miastem, które go założyło i wspiera jego działalność, oraz
        ze szkołami z całej okolicy Ołomuńca. Jest też miejscem spotkań osób zajmujących się
        edukacją ekologiczną i gości seminaria – w czerwcu 2021 roku przyjął polskich partnerów
        projektu Agglomerations4Borderlands 2020+.
        """,
        """
        Město založilo Sluňákov jako obecně prospěšnou společnost zaměřenou na ekologické aktivity
        a dalo mu domov v nově postaveném centru na okraji Olomouce, nedaleko lužních lesů a luk
        podél řeky Moravy. Budova byla navržena v pasivním standardu: kompaktní tvar, silná tepelná
        izolace, velká okna orientovaná k jihu a řízené větrání s rekuperací tepla udržují potřebu
        tepla na velmi nízké úrovni. Technická řešení se návštěvníkům otevřeně ukazují, takže
        izolace, větrání a využití slunce se stávají součástí výuky.

        Kolem budovy provozuje Sluňákov celoroční program: půldenní i vícedenní výukové programy
        pro mateřské a základní školy, kurzy pro pedagogy, akce pro rodiny a veřejnost a aktivity v
        okolní krajině s cestami, tůněmi a loukami. Programy sledují roční období a propojují téma
        energie s vodou, půdou, biodiverzitou a jídlem, aby děti poznávaly přírodu přímo, a ne jen
        z vyprávění.

        Centrum úzce spolupracuje s městem, které je založilo a podporuje jeho činnost, a se
        školami z celého Olomoucka. Je také místem setkávání odborníků na environmentální výchovu a
        hostí semináře – v červnu 2021 přijalo polské partnery projektu Agglomerations4Borderlands
        2020+.
        """,
        """
        The city set up Sluňákov as a public-benefit company (o.p.s.) devoted to environmental
        activities and gave it a home in a purpose-built centre on the edge of Olomouc, close to
        the floodplain forests and meadows along the Morava river. The building was designed to the
        passive standard: a compact shape, thick insulation, large south-facing windows and
        mechanical ventilation with heat recovery keep its heating demand very low. The technical
        solutions are shown openly to visitors, so insulation, ventilation and the use of the sun
        become part of the lessons.

        Around the building, Sluňákov runs a year-round programme: half-day and multi-day
        programmes for kindergartens and schools, courses for teachers, events for families and the
        public, and activities in the surrounding landscape with its paths, pools and meadows. The
        programme follows the seasons and links energy with water, soil, biodiversity and food, so
        that children get to know nature first-hand and not only from stories.

        The centre works closely with the city, which founded it and supports its work, and with
        schools from the whole Olomouc area. It is also a meeting place for people working in
        environmental education and hosts seminars: in June 2021 it welcomed the Polish partners of
        the Agglomerations4Borderlands 2020+ project.
        """,
    ),
    "results": _t(
        """
        Sluňákov stał się stałym partnerem szkół z Ołomuńca i okolic, które traktują jego programy
        jako praktyczne uzupełnienie lekcji. Codzienna eksploatacja budynku pokazuje, że obiekt
        publiczny z bogatym programem może działać przy bardzo małym zapotrzebowaniu na ogrzewanie
        – a to daje ośrodkowi wiarygodność, gdy mówi o oszczędzaniu energii.

        Uczestnicy wizyty studyjnej w 2021 roku wskazali jako klucz do sukcesu połączenie trzech
        elementów: pasywnego budynku, otaczającego go krajobrazu i doświadczonego zespołu
        edukatorów. Wizyta zainspirowała rozmowy w Aglomeracji Opolskiej o tym, jak nowe budynki
        publiczne i istniejące ośrodki edukacyjne mogą służyć jako miejsca pokazowe. Aktualne dane
        o liczbie uczestników zajęć ośrodek podaje w swoich sprawozdaniach rocznych.
        """,
        """
        Sluňákov se stal stálým partnerem škol z Olomouce a okolí, které jeho programy využívají
        jako praktický doplněk výuky. Každodenní provoz budovy ukazuje, že veřejná budova s bohatým
        programem může fungovat s velmi malou potřebou vytápění, což centru dodává důvěryhodnost,
        když mluví o úsporách energie.

        Účastníci studijní cesty v roce 2021 označili za klíč k úspěchu spojení tří prvků: pasivní
        budovy, okolní krajiny a zkušeného týmu lektorů. Návštěva podnítila v Opolské aglomeraci
        debatu o tom, jak mohou nové veřejné budovy a stávající vzdělávací centra sloužit jako
        ukázková místa. Aktuální údaje o počtu účastníků programů uvádí centrum ve svých výročních
        zprávách.
        """,
        """
        Sluňákov has become a regular partner of schools in and around Olomouc, which use its
        programmes as a practical complement to their lessons. Everyday operation of the building
        shows that a public building with a busy programme can run with a very small need for
        heating, and this gives the centre credibility when it talks about saving energy.

        The participants of the 2021 study visit named the combination of three elements as the key
        to its success: the passive building, the landscape around it and an experienced team of
        educators. The visit started a discussion in the Opole agglomeration on how new public
        buildings and existing education centres could serve as demonstration sites. The centre
        gives current figures on the number of participants in its annual reports.
        """,
    ),
    "resources": _t(
        """
        Jednorazowa inwestycja w specjalnie zaprojektowany budynek pasywny, który kosztuje nieco
        więcej niż tradycyjny, ale zwraca się dzięki niskim kosztom eksploatacji. Bieżąca
        działalność finansowana z wkładu miasta, opłat za zajęcia i projektów. Stały zespół
        edukatorów i pracowników obsługi. Partnerzy: miasto Ołomuniec, szkoły, instytucje ochrony
        przyrody i organizacje pozarządowe. Czas: kilka lat od pomysłu do otwarcia budynku oraz
        długofalowe zobowiązanie do prowadzenia programu.
        """,
        """
        Jednorázová investice do účelově navržené pasivní budovy, která je o něco dražší než běžná
        stavba, ale vrací se díky nízkým provozním nákladům. Provoz financovaný z příspěvku města,
        poplatků za programy a z projektů. Stálý tým lektorů a provozních pracovníků. Partneři:
        statutární město Olomouc, školy, orgány ochrany přírody a neziskové organizace. Čas:
        několik let od nápadu po otevření budovy a dlouhodobý závazek program provozovat.
        """,
        """
        A one-off investment in a purpose-designed passive building, which costs somewhat more than
        a conventional one but pays back through low running costs. Running costs covered by the
        city's contribution, fees for programmes and project funding. A permanent team of educators
        and support staff. Partners: the city of Olomouc, schools, nature-protection bodies and
        NGOs. Time: several years from the idea to the opening of the building, and a long-term
        commitment to run the programme.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: zapewnić edukacji ekologicznej stałą siedzibę i stały zespół zamiast
        opierać się wyłącznie na kampaniach; uczynić sam budynek częścią zajęć; powiązać program z
        podstawą programową szkół i z lokalnym krajobrazem. Może to być także istniejący budynek,
        jeśli zostanie zmodernizowany do wysokiego standardu energetycznego, a modernizacja
        zostanie wyjaśniona odwiedzającym.

        Co dostosować i czego unikać: budynek pasywny wymaga starannego projektu, dobrego nadzoru
        nad budową i obsługi, która rozumie jego działanie – bez tego oszczędności znikają. Ośrodek
        działający jako odrębna organizacja (w Czechach o.p.s., w Polsce na przykład fundacja lub
        jednostka gminna) powinien mieć wieloletnie finansowanie od samorządu, aby edukatorzy nie
        zajmowali się głównie pisaniem wniosków o dotacje. Fundusze unijne współfinansowały już
        podobne ośrodki w Polsce, ale koszty ich utrzymania trzeba zaplanować od początku.
        """,
        """
        Co převzít: dát environmentální výchově stálé sídlo a stálý tým místo spoléhání jen na
        kampaně; udělat ze samotné budovy součást výuky; propojit programy se školními vzdělávacími
        programy a s místní krajinou. Může jít i o stávající budovu, pokud se zrekonstruuje na
        vysoký energetický standard a rekonstrukce se návštěvníkům vysvětlí.

        Co přizpůsobit a čemu se vyhnout: pasivní budova vyžaduje pečlivý návrh, dobrý stavební
        dozor a obsluhu, která rozumí jejímu fungování – jinak se úspory ztratí. Centrum fungující
        jako samostatná organizace (v Česku o.p.s., v Polsku například nadace nebo obecní jednotka)
        by mělo mít od města víceleté financování, aby se lektoři nemuseli věnovat hlavně psaní
        žádostí o dotace. Evropské fondy už podobná centra v Polsku spolufinancovaly, ale náklady
        na jejich provoz je třeba naplánovat od začátku.
        """,
        """
        What to copy: give environmental education a permanent home and a permanent team instead of
        relying on campaigns alone; make the building itself part of the lessons; link the
        programme with the school curriculum and the local landscape. An existing building can
        serve too, if it is renovated to a high energy standard and the renovation is explained to
        visitors.

        What to adapt and avoid: a passive building needs careful design, good site supervision and
        operators who understand how it works; without them the savings are lost. A centre run as a
        separate organisation (an o.p.s. in Czechia, for example a foundation or a municipal unit
        in Poland) should have multi-year funding from the city, so that its educators are not busy
        mainly with grant applications. EU funds have already co-financed similar centres in
        Poland, but their running costs must be planned from the start.
        """,
    ),
    "city": "olomouc",
    "organisations": ["slunakov", "statutarni-mesto-olomouc"],
    "projects": ["razem-dla-rozwoju-aglomeracji-2020"],
    "themes": ["environmental-education", "energy-efficiency", "climate-adaptation"],
    "year_start": 2007,
    "year_end": None,
    "cover": _cover("building"),
    "gallery": [
        _image(
            "building",
            "Budynek sam uczy: izolacja, wentylacja z odzyskiem ciepła i słońce",
            "Budova sama učí: izolace, větrání s rekuperací a slunce",
            "The building teaches by itself: insulation, heat-recovery ventilation and the sun",
        ),
        _image(
            "green",
            "Zajęcia odbywają się także w okolicznym krajobrazie nad Morawą",
            "Výuka probíhá i v okolní krajině u Moravy",
            "Lessons also take place in the surrounding landscape by the Morava",
        ),
        _image(
            "meeting",
            "Spotkanie z polskimi partnerami podczas wizyty studyjnej 28 czerwca 2021 r.",
            "Setkání s polskými partnery při studijní cestě 28. června 2021",
            "Meeting the Polish partners during the study visit on 28 June 2021",
        ),
    ],
    "links": [
        _link(
            "https://www.slunakov.cz/",
            "Strona internetowa Sluňákova",
            "Webové stránky Sluňákova",
            "Sluňákov website",
        ),
    ],
}

_SEMAFOR = {
    "slug": "semafor-traffic-education-centre",
    "status": "published",
    "title": _t(
        "SEMAFOR – centrum wychowania komunikacyjnego w Ołomuńcu",
        "SEMAFOR – centrum dopravní výchovy v Olomouci",
        "SEMAFOR – a traffic-education centre in Olomouc",
    ),
    "summary": _t(
        """
        Od 2010 roku centrum SEMAFOR w Ołomuńcu uczy dzieci zasad ruchu drogowego w bezpiecznych
        warunkach: na placu ćwiczeń, który odtwarza prawdziwe ulice, i w sali wykładowej. Szkoły
        przyprowadzają tu uczniów w ramach wychowania komunikacyjnego, a rodziny korzystają z
        centrum w czasie wolnym. Polscy partnerzy odwiedzili je podczas wizyty studyjnej w Ołomuńcu
        28 czerwca 2021 roku.
        """,
        """
        Centrum SEMAFOR v Olomouci od roku 2010 učí děti pravidla silničního provozu v bezpečném
        prostředí: na dopravním hřišti, které napodobuje skutečné ulice, a v učebně. Školy sem vodí
        žáky v rámci dopravní výchovy a rodiny centrum využívají ve volném čase. Polští partneři ho
        navštívili během studijní cesty do Olomouce 28. června 2021.
        """,
        """
        Since 2010 the SEMAFOR centre in Olomouc has taught children the rules of the road in a
        safe setting: on a training ground that imitates real streets and in a classroom. Schools
        bring their pupils here as part of traffic education, and families use the centre in their
        free time. Polish partners visited it during the study visit to Olomouc on 28 June 2021.
        """,
    ),
    "problem": _t(
        """
        Dzieci wcześnie stają się samodzielnymi uczestnikami ruchu: same chodzą do szkoły, jeżdżą
        na rowerach i hulajnogach, przechodzą przez ulice, po których jeżdżą samochody, autobusy i
        tramwaje. Wychowanie komunikacyjne w szkole często pozostaje jednak teorią, a ćwiczenie na
        prawdziwych ulicach jest ryzykowne. Również rodzice nie zawsze wiedzą, jak uczyć dzieci, a
        rosnący ruch samochodowy wokół szkół tylko pogarsza sytuację.

        W Czechach, podobnie jak w Polsce, wychowanie komunikacyjne należy do programu szkoły
        podstawowej, a zasad jazdy rowerem uczniowie uczą się w wieku około dziesięciu lat. Szkołom
        brakuje jednak miejsca, w którym dzieci mogłyby wypróbować zdobytą wiedzę: przejechać przez
        skrzyżowanie, zatrzymać się na czerwonym świetle, ustąpić pierwszeństwa i zasygnalizować
        skręt – bez zagrożenia ze strony prawdziwego ruchu. Ołomuniec chciał zaoferować takie
        miejsce wszystkim szkołom i rodzinom, a nie tylko namalować kilka pasów na boisku.
        """,
        """
        Děti se brzy stávají samostatnými účastníky provozu: samy chodí do školy, jezdí na kole a
        na koloběžce a přecházejí ulice, po kterých jezdí auta, autobusy a tramvaje. Dopravní
        výchova ve škole však často zůstává u teorie a nácvik na skutečných ulicích je riskantní.
        Ani rodiče si nejsou vždy jisti, jak děti učit, a rostoucí automobilová doprava kolem škol
        situaci dále zhoršuje.

        V Česku, stejně jako v Polsku, patří dopravní výchova do výuky na základní škole a pravidla
        pro cyklisty se žáci učí zhruba v deseti letech. Školám ale chybí místo, kde by si děti
        mohly naučené vyzkoušet: projet křižovatkou, zastavit na červenou, dát přednost a ukázat
        změnu směru jízdy – bez nebezpečí skutečného provozu. Olomouc chtěla takové místo nabídnout
        všem školám i rodinám, a ne jen namalovat pár čar na školním hřišti.
        """,
        """
        Children become independent road users early: they walk to school on their own, ride
        bicycles and scooters, and cross streets used by cars, buses and trams. Yet traffic
        education at school often stays theoretical, and practising on real streets is risky.
        Parents are not always sure how to teach their children either, and growing car traffic
        around schools makes things worse.

        In Czechia, as in Poland, traffic education is part of the primary school curriculum, and
        pupils learn the rules for cyclists at about the age of ten. Schools, however, lack a place
        where children can try out what they have learnt: ride through a junction, stop at a red
        light, give way and signal a turn, without the danger of real traffic. Olomouc wanted to
        offer such a place to all schools and families, rather than just paint a few lines on a
        school playground.
        """,
    ),
    "solution": _t(
        """
        Miasto utworzyło SEMAFOR – centrum wychowania komunikacyjnego, które łączy plac ćwiczeń pod
        gołym niebem z budynkiem do zajęć teoretycznych. Plac to niewielka sieć ulic z chodnikami,
        przejściami dla pieszych, znakami, oznakowaniem poziomym i działającą sygnalizacją
        świetlną; dzieci poruszają się po nim pieszo lub na rowerach w sytuacjach jak z prawdziwego
        miasta. W sali instruktorzy objaśniają przepisy, korzystają z modeli i pomocy dydaktycznych
        oraz przygotowują dzieci do egzaminów praktycznych.

        W dni powszednie centrum obsługuje szkoły z Ołomuńca i okolic. Zajęcia są dostosowane do
        wieku: najmłodsi uczą się zachowania pieszego i pasażera, starsi ćwiczą jazdę rowerem w
        ruchu i przygotowują się do egzaminu na czeskie uprawnienie rowerzysty. Poza godzinami
        zajęć szkolnych plac jest otwarty dla mieszkańców, więc rodzice mogą ćwiczyć z dziećmi, a
        centrum staje się miejscem rodzinnego wypoczynku.

        Centrum służy także jako miejsce akcji profilaktycznych dotyczących bezpieczeństwa ruchu
        drogowego. Jego nazwa – po czesku „semafor” oznacza sygnalizator świetlny – jest dla dzieci
        łatwa do zapamiętania i od razu mówi, czego się tu nauczą.
        """,
        """
        Město vytvořilo SEMAFOR – centrum dopravní výchovy, které spojuje venkovní dopravní hřiště
        s budovou pro teoretickou výuku. Hřiště tvoří malá síť ulic s chodníky, přechody pro
        chodce, dopravními značkami, vodorovným značením a funkční světelnou signalizací; děti se
        po něm pohybují pěšky nebo na kolech v situacích jako ve skutečném městě. V učebně lektoři
        vysvětlují pravidla, využívají modely a učební pomůcky a připravují děti na praktické
        zkoušky.

        Ve všední dny centrum slouží školám z Olomouce a okolí. Programy odpovídají věku: nejmenší
        se učí chovat jako chodci a cestující, starší žáci trénují jízdu na kole v provozu a
        připravují se na získání průkazu cyklisty. Mimo dobu školní výuky je hřiště otevřené
        veřejnosti, takže rodiče mohou trénovat s dětmi a centrum se stává místem rodinného
        odpočinku.

        Centrum slouží také jako místo preventivních akcí k bezpečnosti silničního provozu. Jeho
        název je pro děti snadno zapamatovatelný a hned říká, co se tu naučí.
        """,
        """
        The city created SEMAFOR, a traffic-education centre that combines an outdoor training
        ground with a building for theory lessons. The training ground is a small network of
        streets with pavements, pedestrian crossings, signs, road markings and working traffic
        lights; children move around it on foot or by bicycle in situations like those of a real
        town. In the classroom, instructors explain the rules, use models and teaching aids, and
        prepare the children for practical tests.

        On weekdays the centre serves schools from Olomouc and the surrounding area. The programmes
        match the children's age: the youngest learn how to behave as pedestrians and passengers,
        older pupils practise cycling in traffic and prepare for the test for the Czech cyclist's
        licence. Outside school hours the training ground is open to the public, so parents can
        practise with their children and the centre becomes a place for family leisure.

        The centre is also a venue for road-safety prevention events. Its name, the Czech word for
        traffic lights, is easy for children to remember and says at once what they will learn
        there.
        """,
    ),
    "results": _t(
        """
        Od otwarcia w 2010 roku centrum stało się stałym elementem wychowania komunikacyjnego w
        Ołomuńcu: wiele roczników uczniów ćwiczyło tu, zanim wyjechało na prawdziwe ulice.
        Nauczyciele doceniają, że jedna wizyta łączy teorię z praktyką, a część praktyczną prowadzą
        doświadczeni instruktorzy. Rodziny korzystają z placu w czasie wolnym, dzięki czemu wiedza
        wychodzi poza szkołę.

        Dla polskich gości w 2021 roku SEMAFOR był przykładem, jak miasto może wziąć
        odpowiedzialność za wychowanie komunikacyjne, zamiast zostawiać je pojedynczym szkołom.
        Pokazał też, że niewielka, ale dobrze utrzymana inwestycja prowadzona przez przeszkolony
        personel może przez ponad dekadę służyć całej okolicy.
        """,
        """
        Od otevření v roce 2010 se centrum stalo pevnou součástí dopravní výchovy v Olomouci: mnoho
        ročníků žáků zde trénovalo dřív, než vyjelo do skutečných ulic. Učitelé oceňují, že jedna
        návštěva spojí teorii s praxí a praktickou část vedou zkušení lektoři. Rodiny využívají
        hřiště ve volném čase, takže se znalosti šíří i mimo školu.

        Pro polské hosty v roce 2021 byl SEMAFOR příkladem, jak může město převzít odpovědnost za
        dopravní výchovu, místo aby ji nechávalo na jednotlivých školách. Ukázal také, že nevelká,
        ale dobře udržovaná investice provozovaná vyškoleným personálem může přes deset let sloužit
        celému okolí.
        """,
        """
        Since it opened in 2010, the centre has become a fixed part of traffic education in
        Olomouc: many year-groups of pupils have practised here before riding out onto real
        streets. Teachers value that one visit combines theory and practice, and that experienced
        instructors lead the practical part. Families use the training ground in their free time,
        so the knowledge spreads beyond school.

        For the Polish guests in 2021, SEMAFOR showed how a city can take responsibility for
        traffic education instead of leaving it to individual schools. It also showed that a modest
        but well-maintained investment, run by trained staff, can serve a whole area for more than
        a decade.
        """,
    ),
    "resources": _t(
        """
        Inwestycja w plac ćwiczeń (nawierzchnie, znaki, sygnalizacja świetlna) i budynek z salą
        wykładową. Koszty bieżące: instruktorzy, utrzymanie placu, rowery i kaski do wypożyczenia.
        Partnerzy: szkoły, policja, straż miejska i organizacje zajmujące się bezpieczeństwem ruchu
        drogowego. Czas: przygotowanie i budowa zajmują zwykle rok lub dwa; o sukcesie decyduje
        jednak stała, wieloletnia działalność.
        """,
        """
        Investice do dopravního hřiště (povrchy, značky, světelná signalizace) a budovy s učebnou.
        Provozní náklady: lektoři, údržba hřiště, kola a přilby k zapůjčení. Partneři: školy,
        policie, městská policie a organizace zabývající se bezpečností silničního provozu. Čas:
        příprava a stavba obvykle trvají rok až dva; o úspěchu však rozhoduje stálý, dlouholetý
        provoz.
        """,
        """
        An investment in the training ground (surfaces, signs, traffic lights) and a building with
        a classroom. Running costs: instructors, upkeep of the ground, bicycles and helmets to
        lend. Partners: schools, the police, the municipal police and road-safety organisations.
        Time: preparation and construction usually take one or two years; what makes the
        difference, though, is steady operation over many years.
        """,
    ),
    "transferability": _t(
        """
        Wiele polskich miast ma miasteczka ruchu drogowego, ale nie wszystkie są wykorzystywane
        przez cały rok. Z Ołomuńca warto przenieść przede wszystkim model działania: stały
        personel, zajęcia zaplanowane wspólnie ze szkołami i powiązane z egzaminem na kartę
        rowerową, a także otwarcie placu dla rodzin po lekcjach. Centrum ma największy sens jako
        usługa dla całej aglomeracji, z dojazdem dla szkół z mniejszych gmin.

        Czego unikać: budowy obiektu bez budżetu na instruktorów i utrzymanie – wtedy szybko staje
        się zwykłym placem zabaw. Wyposażenie trzeba aktualizować wraz ze zmianami na ulicach:
        drogi dla rowerów, nowe typy przejść, hulajnogi elektryczne. Najlepsze efekty przynosi
        połączenie zajęć w centrum z bezpiecznymi dojściami do szkół w mieście.
        """,
        """
        Mnoho polských měst má dopravní hřiště („miasteczka ruchu drogowego“), ale ne všechna jsou
        využívána celoročně. Z Olomouce stojí za to převzít hlavně model provozu: stálý personál,
        programy plánované společně se školami a navázané na zkoušku na polský průkaz cyklisty
        („karta rowerowa“) a otevření hřiště rodinám po vyučování. Centrum má největší smysl jako
        služba pro celou aglomeraci, s dojížďkou škol z menších obcí.

        Čemu se vyhnout: stavbě zařízení bez rozpočtu na lektory a údržbu – pak se z něj rychle
        stane obyčejné dětské hřiště. Vybavení je třeba aktualizovat podle změn v ulicích:
        cyklostezky a cyklopruhy, nové typy přechodů, elektrické koloběžky. Nejlepších výsledků
        přináší spojení výuky v centru s bezpečnými cestami do škol ve městě.
        """,
        """
        Many Polish towns have traffic playgrounds, but not all of them are used all year round.
        What is worth copying from Olomouc is above all the operating model: permanent staff,
        programmes planned together with schools and linked to the Polish cyclist's card exam, and
        opening the ground to families after school. A centre makes most sense as a service for the
        whole agglomeration, with schools from smaller municipalities able to reach it.

        What to avoid: building a facility without a budget for instructors and upkeep, as it then
        soon becomes an ordinary playground. The equipment has to be updated as streets change:
        cycle paths and lanes, new types of crossings, electric scooters. The best results come
        from combining lessons at the centre with safe routes to schools in the town.
        """,
    ),
    "city": "olomouc",
    "organisations": ["statutarni-mesto-olomouc"],
    "projects": ["razem-dla-rozwoju-aglomeracji-2020"],
    "themes": ["road-safety", "education-and-skills", "sustainable-mobility"],
    "year_start": 2010,
    "year_end": None,
    "cover": _cover("transport"),
    "gallery": [
        _image(
            "transport",
            "Na placu ćwiczeń dzieci poznają ulice, przejścia i sygnalizację świetlną",
            "Na dopravním hřišti děti poznávají ulice, přechody a semafory",
            "On the training ground children learn about streets, crossings and traffic lights",
        ),
        _image(
            "meeting",
            "Zajęcia teoretyczne w sali poprzedzają jazdę na placu",
            "Teoretická výuka v učebně předchází jízdě na hřišti",
            "Theory in the classroom comes before riding on the training ground",
        ),
    ],
    "links": [
        _link(
            "https://www.olomouc.eu/",
            "Strona internetowa miasta Ołomuniec",
            "Webové stránky statutárního města Olomouce",
            "Website of the city of Olomouc",
        ),
    ],
}

_ZOO = {
    "slug": "opole-olomouc-zoo-cooperation",
    "status": "published",
    "title": _t(
        "Współpraca ogrodów zoologicznych w Opolu i Ołomuńcu",
        "Spolupráce zoologických zahrad v Opolí a Olomouci",
        "Cooperation between the zoos of Opole and Olomouc",
    ),
    "summary": _t(
        """
        Ogrody zoologiczne w Opolu i Ołomuńcu wymieniają się doświadczeniem w opiece nad
        zwierzętami, hodowli zachowawczej i edukacji zwiedzających. Współpraca pokazuje, że
        kontakty przygraniczne nie muszą ograniczać się do urzędów: wyspecjalizowane instytucje
        publiczne mogą uczyć się od siebie bezpośrednio. Czescy partnerzy poznali opolskie zoo
        podczas wizyty studyjnej 27–29 czerwca 2018 roku.
        """,
        """
        Zoologické zahrady v Opolí a v Olomouci si vyměňují zkušenosti s péčí o zvířata, záchovnými
        chovy a vzděláváním návštěvníků. Spolupráce ukazuje, že přeshraniční kontakty se nemusejí
        omezovat na úřady: odborné veřejné instituce se mohou učit jedna od druhé přímo. Čeští
        partneři poznali opolskou zoo během studijní cesty 27.–29. června 2018.
        """,
        """
        The zoos of Opole and Olomouc share experience in animal care, conservation breeding and
        visitor education. The cooperation shows that cross-border contacts need not be limited to
        town halls: specialised public institutions can learn from each other directly. The Czech
        partners saw the Opole zoo during the study visit of 27-29 June 2018.
        """,
    ),
    "problem": _t(
        """
        Od współczesnych ogrodów zoologicznych oczekuje się dużo więcej niż pokazywania zwierząt.
        Uczestniczą one w hodowli zachowawczej gatunków zagrożonych, uczą zwiedzających o
        różnorodności biologicznej, dbają o dobrostan zwierząt na nowoczesnych wybiegach i bywają
        najchętniej odwiedzaną atrakcją swojego miasta. Dla średniej wielkości ogrodów miejskich
        to duże wyzwanie: wiedza specjalistyczna skupia się w rękach kilku osób, budowa nowych
        wybiegów jest droga, a każdy błąd w projekcie lub w opiece słono kosztuje.

        Zoo w Opolu, położone na Wyspie Bolko nad Odrą, i zoo w Ołomuńcu, na wzgórzu Svatý Kopeček
        nad miastem, mają podobne zadania i podobne możliwości. Z najbliższym zagranicznym sąsiadem
        współpracuje się jednak trudniej niż z ogrodami we własnym kraju – przeszkodą bywa język,
        odległość i brak okazji do spotkań. Umowa o współpracy, którą obie aglomeracje podpisały w
        2016 roku, stworzyła dla pracowników obu ogrodów naturalny kanał kontaktu.
        """,
        """
        Od moderních zoologických zahrad se očekává mnohem víc než jen ukazování zvířat. Podílejí
        se na záchovných chovech ohrožených druhů, učí návštěvníky o biologické rozmanitosti,
        pečují o welfare zvířat v moderních výbězích a často jsou nejnavštěvovanějším cílem svého
        města. Pro středně velké městské zahrady je to náročné: odborné znalosti jsou soustředěny u
        několika lidí, stavba nových expozic je drahá a každá chyba v návrhu nebo v péči se draze
        platí.

        Zoo v Opolí na ostrově Bolko na Odře a zoo v Olomouci na Svatém Kopečku nad městem mají
        podobné úkoly i podobné možnosti. S nejbližším zahraničním sousedem se však spolupracuje
        obtížněji než se zahradami ve vlastní zemi – překážkou bývá jazyk, vzdálenost a chybějící
        příležitosti k setkání. Dohoda o spolupráci, kterou obě aglomerace podepsaly v roce 2016,
        otevřela zaměstnancům obou zahrad přirozenou cestu ke kontaktu.
        """,
        """
        Modern zoos are expected to do much more than show animals. They take part in the
        conservation breeding of endangered species, teach visitors about biodiversity, care for
        animal welfare in modern enclosures, and are often the most visited attraction of their
        city. For mid-sized municipal zoos this is demanding: specialist knowledge rests with a few
        people, new enclosures are expensive, and every mistake in design or care comes at a high
        price.

        The Opole zoo, on Bolko Island in the Oder, and the Olomouc zoo, on the hill of Svatý
        Kopeček above the city, have similar tasks and similar means. Working with the nearest
        foreign neighbour is nevertheless harder than with zoos in one's own country: language,
        distance and a lack of occasions to meet get in the way. The cooperation agreement signed
        by the two agglomerations in 2016 gave the staff of both zoos a natural channel for
        contact.
        """,
    ),
    "solution": _t(
        """
        Oba ogrody współpracują jako instytucje partnerskie, a współpraca ma kilka wątków.
        Specjaliści – opiekunowie zwierząt, lekarze weterynarii, edukatorzy i kadra zarządzająca –
        wymieniają się doświadczeniem podczas wizyt i konsultacji: jak projektować i prowadzić
        wybiegi, jak dbać o kondycję zwierząt, jak organizować obsługę zwiedzających. Tam, gdzie
        pozwalają na to zasady europejskich programów hodowlanych, ogrody mogą przekazywać sobie
        zwierzęta, co wspiera zdrowe populacje gatunków zagrożonych w ogrodach zoologicznych.

        Ogrody uczą się od siebie także w dziedzinie edukacji i komunikacji: zajęć dla szkół,
        oprowadzania, wydarzeń i tablic informacyjnych, które wyjaśniają zagrożenia dla gatunków i
        to, co może zrobić każdy zwiedzający. Współpraca jest widoczna również dla publiczności –
        każdy ogród może przedstawić swoim gościom partnera zza granicy i zachęcić ich do wycieczki
        do sąsiedniego kraju.

        Podczas wizyty studyjnej w czerwcu 2018 roku czeska delegacja z Aglomeracji Ołomunieckiej
        odwiedziła opolskie zoo i rozmawiała o współpracy z jego kierownictwem. W programie wizyty
        były także inwestycje ZIT oraz atrakcje turystyczne regionu, takie jak Jeziora Turawskie i
        zamek w Mosznej.
        """,
        """
        Obě zahrady spolupracují jako partnerské instituce a spolupráce má několik rovin. Odborníci
        – chovatelé, veterináři, lektoři i vedení – si při návštěvách a konzultacích vyměňují
        zkušenosti: jak navrhovat a provozovat expozice, jak pečovat o kondici zvířat, jak
        organizovat služby pro návštěvníky. Tam, kde to pravidla evropských záchovných programů
        dovolují, si zahrady mohou zvířata předávat, což podporuje zdravé populace ohrožených druhů
        v zoologických zahradách.

        Zahrady se od sebe učí také ve vzdělávání a komunikaci: u programů pro školy, komentovaných
        prohlídek, akcí a informačních tabulí, které vysvětlují ohrožení druhů a to, co může udělat
        každý návštěvník. Spolupráce je vidět i navenek – každá zahrada může svým hostům představit
        partnera za hranicí a pozvat je na výlet do sousední země.

        Při studijní cestě v červnu 2018 navštívila česká delegace z Olomoucké aglomerace opolskou
        zoo a o spolupráci jednala s jejím vedením. Program cesty zahrnoval také investice ITI (v
        Polsku ZIT) a turistické cíle regionu, například Turawská jezera a zámek Moszna.
        """,
        """
        The two zoos work together as partner institutions, and the cooperation has several
        strands. Specialists – keepers, veterinarians, educators and managers – share experience in
        visits and consultations: how to design and run enclosures, how to keep animals in good
        condition, how to organise visitor services. Where the rules of the European breeding
        programmes allow it, the zoos can transfer animals to each other, which supports healthy
        zoo populations of endangered species.

        The zoos also learn from each other in education and communication: programmes for schools,
        guided tours, events and information panels that explain the threats to species and what
        every visitor can do. The cooperation is visible to the public, too: each zoo can introduce
        its partner across the border to its visitors and invite them on a trip to the neighbouring
        country.

        During the study visit in June 2018, the Czech delegation from the Olomouc agglomeration
        visited the Opole zoo and discussed the cooperation with its management. The programme also
        included investments funded through the Opole agglomeration's ITI (ZIT in Polish) and
        tourist sites of the region such as the Turawa
        lakes and Moszna castle.
        """,
    ),
    "results": _t(
        """
        Współpraca stworzyła bezpośrednie, trwałe kontakty robocze między specjalistami obu
        ogrodów, które są podstawą dalszych kroków: konsultacji, wspólnych wydarzeń i przekazywania
        zwierząt. Obie instytucje zyskują dostęp do wiedzy, którą w innym przypadku musiałyby kupić
        albo zdobywać metodą prób i błędów, a partnerstwo wzmacnia ich rolę w ofercie turystycznej
        obu aglomeracji.

        Dla aglomeracji współpraca ogrodów stała się wizytówką tego, co umowa z 2016 roku może
        znaczyć dla zwykłych ludzi: jest namacalna dla rodzin i uczniów, nie tylko dla urzędników.
        Pokazuje też, że w podobny sposób można łączyć inne instytucje publiczne – biblioteki,
        muzea czy domy kultury.
        """,
        """
        Spolupráce vytvořila přímé a trvalé pracovní kontakty mezi odborníky obou zahrad, na nichž
        stojí další kroky: konzultace, společné akce a předávání zvířat. Obě instituce získávají
        přístup ke znalostem, které by jinak musely kupovat nebo získávat metodou pokusu a omylu, a
        partnerství posiluje jejich roli v turistické nabídce obou aglomerací.

        Pro aglomerace se spolupráce zahrad stala ukázkou toho, co může dohoda z roku 2016 znamenat
        pro běžné lidi: je hmatatelná pro rodiny a školáky, nejen pro úředníky. Ukazuje také, že
        podobně lze propojovat i další veřejné instituce – knihovny, muzea nebo kulturní domy.
        """,
        """
        The cooperation has created direct, lasting working contacts between the specialists of
        both zoos, which are the basis for further steps: consultations, joint events and animal
        transfers. Both institutions gain access to knowledge they would otherwise have to buy or
        acquire by trial and error, and the partnership strengthens their place in the tourism
        offer of both agglomerations.

        For the agglomerations, the zoo cooperation became a showcase of what the 2016 agreement
        can mean for ordinary people: it is tangible for families and schoolchildren, not only for
        officials. It also shows that other public institutions – libraries, museums or cultural
        centres – can be linked in a similar way.
        """,
    ),
    "resources": _t(
        """
        Czas pracy specjalistów obu ogrodów, koszty podróży i tłumaczeń, niewielkie koszty
        wspólnych wydarzeń. Przy przekazywaniu zwierząt dochodzą koszty transportu i badań
        weterynaryjnych zgodnie z zasadami programów hodowlanych i przepisami. Partnerzy: oba
        ogrody, miasta, które je prowadzą, oraz stowarzyszenia ogrodów zoologicznych. Projekt
        aglomeracji wsparł wizyty studyjne i spotkania. Czas: kontakty budowane latami, którym
        projekt nadał tempo.
        """,
        """
        Pracovní čas odborníků obou zahrad, náklady na cesty a tlumočení, nevelké náklady na
        společné akce. Při předávání zvířat přibývají náklady na přepravu a veterinární vyšetření
        podle pravidel záchovných programů a předpisů. Partneři: obě zahrady, města, která je
        zřizují, a asociace zoologických zahrad. Projekt aglomerací podpořil studijní cesty a
        setkání. Čas: kontakty budované léta, kterým projekt dodal tempo.
        """,
        """
        Staff time of specialists from both zoos, travel and interpreting costs, small costs of
        joint events. Animal transfers add the costs of transport and veterinary checks under the
        rules of the breeding programmes and the law. Partners: the two zoos, the cities that run
        them, and zoo associations. The agglomerations' project supported study visits and
        meetings. Time: contacts built over years, to which the project gave momentum.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: instytucje tego samego rodzaju po obu stronach granicy – ogrody
        zoologiczne, biblioteki, muzea, straże pożarne – mogą budować własne partnerstwa, a
        samorządy i ich projekty powinny je w tym wspierać. Najlepiej zacząć od konkretnego,
        wspólnego pytania zawodowego, a nie od ogólnej deklaracji. Umowa o współpracy między
        instytucjami pomaga utrzymać kontakty, gdy zmieniają się ludzie.

        Co dostosować i czego unikać: wymiana zwierząt podlega przepisom weterynaryjnym i zasadom
        programów hodowlanych, więc jej przygotowanie trzeba zostawić specjalistom. Nie należy
        opierać współpracy na jednej osobie – warto spisać kontakty, wspólne plany i ustalenia.
        Bariera językowa jest mniejsza, niż się wydaje, ale przy spotkaniach fachowych warto
        zapewnić tłumacza.
        """,
        """
        Co převzít: instituce stejného druhu na obou stranách hranice – zoologické zahrady,
        knihovny, muzea, hasiči – mohou budovat vlastní partnerství a samosprávy a jejich projekty
        by je v tom měly podporovat. Nejlépe je začít konkrétní společnou odbornou otázkou, ne
        obecnou deklarací. Dohoda o spolupráci mezi institucemi pomáhá udržet kontakty, když se
        lidé vymění.

        Co přizpůsobit a čemu se vyhnout: předávání zvířat podléhá veterinárním předpisům a
        pravidlům záchovných programů, a jeho přípravu je proto nutné přenechat odborníkům.
        Spolupráce by neměla stát na jednom člověku – vyplatí se sepsat kontakty, společné plány a
        dohody. Jazyková bariéra je menší, než se zdá, ale u odborných jednání je dobré zajistit
        tlumočníka.
        """,
        """
        What to copy: institutions of the same kind on both sides of the border – zoos, libraries,
        museums, fire services – can build their own partnerships, and municipalities and their
        projects should support them in this. It is best to start with a specific, shared
        professional question rather than a general declaration. A cooperation agreement between
        the institutions helps to keep contacts alive when people change.

        What to adapt and avoid: animal transfers are subject to veterinary law and the rules of
        breeding programmes, so their preparation must be left to specialists. Cooperation should
        not rest on one person: write down contacts, joint plans and agreements. The language
        barrier is smaller than it seems, but for professional meetings an interpreter is worth
        having.
        """,
    ),
    "city": "opole",
    "organisations": ["zoo-opole", "zoo-olomouc"],
    "projects": ["razem-dla-rozwoju-aglomeracji"],
    "themes": ["urban-biodiversity", "environmental-education", "institutional-cooperation"],
    "year_start": 2018,
    "year_end": None,
    "cover": _cover("green"),
    "gallery": [
        _image(
            "river",
            "Opolskie zoo leży na Wyspie Bolko nad Odrą",
            "Opolská zoo leží na ostrově Bolko na Odře",
            "The Opole zoo lies on Bolko Island in the Oder",
        ),
        _image(
            "meeting",
            "Specjaliści obu ogrodów wymieniają się doświadczeniem",
            "Odborníci obou zahrad si vyměňují zkušenosti",
            "Specialists of both zoos share their experience",
        ),
    ],
    "links": [
        _link(
            "https://zoo.opole.pl/",
            "Ogród Zoologiczny w Opolu",
            "Zoologická zahrada v Opolí",
            "Opole Zoo",
        ),
        _link(
            "https://www.zoo-olomouc.cz/",
            "Ogród zoologiczny w Ołomuńcu",
            "Zoologická zahrada Olomouc",
            "Olomouc Zoo",
        ),
    ],
}

_SCIENCE_PARK = {
    "slug": "opole-science-technology-park",
    "status": "published",
    "title": _t(
        "Opolski Park Naukowo-Technologiczny i jego rozbudowa ze środków ZIT",
        "Opolský vědeckotechnický park a jeho rozšíření z prostředků ITI",
        "The Opole Science and Technology Park and its ITI-funded extension",
    ),
    "summary": _t(
        """
        Opolski Park Naukowo-Technologiczny, spółka założona przez miasto Opole, zapewnia młodym i
        rozwijającym się firmom biura, laboratoria, hale i doradztwo oraz łączy je z uczelniami.
        Drugi etap parku, z centrum projektowania inżynierskiego i serwerownią, współfinansowano w
        ramach Zintegrowanych Inwestycji Terytorialnych Aglomeracji Opolskiej. Czescy partnerzy z
        Ołomuńca, Przerowa, Prościejowa i Hranic poznali park podczas wizyty studyjnej 5–7 czerwca
        2019 roku.
        """,
        """
        Opolský vědeckotechnický park, společnost založená městem Opolí, poskytuje začínajícím a
        rostoucím firmám kanceláře, laboratoře, haly a poradenství a propojuje je s vysokými
        školami. Druhá etapa parku s centrem inženýrského projektování a serverovnou byla
        spolufinancována z Integrovaných teritoriálních investic (ITI, v Polsku ZIT) Opolské
        aglomerace. Čeští partneři z Olomouce, Přerova, Prostějova a Hranic park poznali během
        studijní cesty 5.–7. června 2019.
        """,
        """
        The Opole Science and Technology Park, a company set up by the city of Opole, gives young
        and growing firms offices, laboratories, workshops and advice, and links them with
        universities. Its second stage, with an engineering design centre and a data centre, was
        co-financed through the Integrated Territorial Investments (ITI, ZIT in Poland) of the
        Opole agglomeration. Czech partners from Olomouc, Přerov, Prostějov and Hranice saw the
        park during the study visit of 5-7 June 2019.
        """,
    ),
    "problem": _t(
        """
        Opole jest miastem akademickim, ale przez długi czas wielu absolwentów uczelni technicznych
        i ekonomicznych wyjeżdżało do większych ośrodków, takich jak Wrocław, Katowice czy miasta
        za granicą. Lokalnym przedsiębiorcom, zwłaszcza małym, brakowało miejsca, w którym mogliby
        testować nowe produkty, korzystać z laboratoriów i specjalistycznego oprogramowania, a
        także spotkać naukowców, którzy pomogą im rozwiązać konkretny problem techniczny.

        Sama budowa biurowca nie rozwiązuje tego problemu. Potrzebna była instytucja, która połączy
        przestrzeń z usługami: inkubacją nowych firm, doradztwem, dostępem do aparatury i
        kontaktami z uczelniami. Jednocześnie park powinien służyć całej aglomeracji, a nie tylko
        firmom z centrum Opola – i właśnie tu pojawiła się rola ZIT.
        """,
        """
        Opolí je univerzitním městem, ale dlouho platilo, že mnoho absolventů technických a
        ekonomických oborů odcházelo do větších center, jako je Vratislav, Katovice, nebo do
        zahraničí. Místním podnikatelům, zvláště malým, chybělo místo, kde by mohli zkoušet nové
        výrobky, využívat laboratoře a specializovaný software a setkat se s vědci, kteří jim
        pomohou vyřešit konkrétní technický problém.

        Samotná stavba kancelářské budovy tento problém neřeší. Bylo zapotřebí instituce, která
        spojí
        prostory se službami: inkubací nových firem, poradenstvím, přístupem k přístrojům a
        kontakty s vysokými školami. Park měl přitom sloužit celé aglomeraci, nejen firmám z centra
        Opolí – a právě zde nastoupila role ITI.
        """,
        """
        Opole is a university city, but for a long time many graduates in engineering and economics
        left for larger centres such as Wrocław, Katowice or cities abroad. Local entrepreneurs,
        especially small ones, had nowhere to test new products, use laboratories and specialised
        software, or meet researchers who could help them solve a specific technical problem.

        Building an office block alone does not solve this. What was needed was an institution
        combining space with services: incubation of new firms, advice, access to equipment and
        contacts with universities. At the same time the park should serve the whole agglomeration,
        not only firms from central Opole, and this is where the ITI came in.
        """,
    ),
    "solution": _t(
        """
        Miasto Opole powołało spółkę, która zbudowała i prowadzi park obok miejskiego centrum
        wystawienniczo-kongresowego. Pierwszy etap, otwarty w 2015 roku, obejmował inkubator
        przedsiębiorczości z salami konferencyjnymi oraz budynek z laboratoriami i halami, w
        których firmy mogą testować swoje rozwiązania. Park od początku współpracuje z uczelniami
        regionu, pośrednicząc między potrzebami firm a wiedzą naukowców.

        W drugim etapie park rozbudowano o nowy budynek z biurami, centrum projektowania
        inżynierskiego wspomaganego komputerowo i serwerownią. Inwestycję wybrano i
        współfinansowano w ramach ZIT Aglomeracji Opolskiej, czyli ze środków unijnych, o których
        przeznaczeniu gminy aglomeracji decydują wspólnie. Dzięki temu park stał się elementem
        strategii całego obszaru funkcjonalnego, a nie tylko projektem jednego miasta.

        Firmy korzystają z parku na różne sposoby: wynajmują biura lub laboratoria, korzystają z
        mocy obliczeniowej i oprogramowania, uczestniczą w szkoleniach i wydarzeniach, szukają
        partnerów wśród innych lokatorów. Podczas wizyty studyjnej w czerwcu 2019 roku czescy
        goście poznali zarówno ofertę parku, jak i sposób, w jaki Aglomeracja Opolska wybiera i
        rozlicza projekty ZIT.
        """,
        """
        Město Opolí založilo společnost, která park postavila a provozuje vedle městského
        výstavního a kongresového centra. První etapa, otevřená v roce 2015, zahrnovala
        podnikatelský inkubátor s konferenčními sály a budovu s laboratořemi a halami, v nichž
        mohou firmy zkoušet svá řešení. Park od začátku spolupracuje s vysokými školami regionu a
        zprostředkovává spojení mezi potřebami firem a znalostmi vědců.

        Ve druhé etapě byl park rozšířen o novou budovu s kancelářemi, centrem počítačově
        podporovaného inženýrského projektování a serverovnou. Investice byla vybrána a
        spolufinancována v rámci ITI Opolské aglomerace, tedy z evropských prostředků, o jejichž
        využití rozhodují obce aglomerace společně. Park se tak stal součástí strategie celého
        funkčního území, a ne jen projektem jednoho města.

        Firmy park využívají různě: pronajímají si kanceláře nebo laboratoře, využívají výpočetní
        kapacitu a software, účastní se školení a akcí a hledají partnery mezi ostatními nájemci.
        Při studijní cestě v červnu 2019 poznali čeští hosté nabídku parku i způsob, jakým Opolská
        aglomerace vybírá a vyúčtovává projekty ITI.
        """,
        """
        The city of Opole set up a company that built and runs the park next to the city's
        exhibition and congress centre. The first stage, opened in 2015, included a business
        incubator with conference rooms and a building with laboratories and workshops where firms
        can test their solutions. From the start the park has worked with the region's
        universities, matching the needs of firms with the knowledge of researchers.

        In the second stage the park gained a new building with offices, a centre for
        computer-aided engineering design and a data centre. The investment was selected and
        co-financed through the ITI of the Opole agglomeration, that is from EU funds whose use the
        agglomeration's municipalities decide on together. The park thus became part of the
        strategy of the whole functional area, not only a project of one city.

        Firms use the park in different ways: they rent offices or laboratories, use computing
        power and software, attend training and events, and find partners among the other tenants.
        During the study visit in June 2019 the Czech guests learnt about both the park's offer and
        the way the Opole agglomeration selects and settles its ITI projects.
        """,
    ),
    "results": _t(
        """
        Park stworzył w Opolu miejsce, którego wcześniej brakowało: przestrzeń i usługi dla firm
        technologicznych pod jednym dachem, z bezpośrednim dostępem do uczelni. Rozbudowa
        zwiększyła ofertę o usługi projektowe i obliczeniowe, ważne dla firm przemysłowych z całego
        regionu. Park jest też miejscem wydarzeń gospodarczych i spotkań przedsiębiorców z
        samorządem.

        Dla czeskich gości najcenniejsza była obserwacja, jak ZIT może finansować infrastrukturę
        wsparcia biznesu, która ma znaczenie dla całej aglomeracji. Aktualne informacje o
        lokatorach i usługach publikuje park; niniejszy opis nie podaje liczb, których nie
        potwierdzono.
        """,
        """
        Park vytvořil v Opolí místo, které dříve chybělo: prostory a služby pro technologické firmy
        pod jednou střechou, s přímým přístupem k vysokým školám. Rozšíření doplnilo nabídku o
        projekční a výpočetní služby, důležité pro průmyslové firmy z celého regionu. Park je také
        místem hospodářských akcí a setkávání podnikatelů se samosprávou.

        Pro české hosty bylo nejcennější vidět, jak mohou ITI financovat infrastrukturu na podporu
        podnikání, která má význam pro celou aglomeraci. Aktuální informace o nájemcích a službách
        zveřejňuje park; tento popis neuvádí čísla, která nebyla ověřena.
        """,
        """
        The park created something Opole had lacked: space and services for technology firms under
        one roof, with direct access to universities. The extension added design and computing
        services, which matter for industrial firms from the whole region. The park also hosts
        business events and meetings between entrepreneurs and local government.

        For the Czech guests, the most valuable lesson was seeing how ITI can fund business-support
        infrastructure that matters for the whole agglomeration. The park publishes current
        information on its tenants and services; this description gives no figures that have not
        been confirmed.
        """,
    ),
    "resources": _t(
        """
        Kapitał spółki wniesiony przez miasto, teren pod inwestycję, środki unijne na budowę obu
        etapów (drugi w ramach ZIT Aglomeracji Opolskiej) i wkład własny miasta. Zespół spółki:
        zarządzanie, obsługa lokatorów, doradztwo, obsługa techniczna laboratoriów i serwerowni.
        Partnerzy: uczelnie regionu, przedsiębiorcy, Stowarzyszenie Aglomeracja Opolska. Czas:
        kilka lat od powołania spółki do otwarcia pierwszego etapu i kolejne lata do ukończenia
        rozbudowy.
        """,
        """
        Kapitál společnosti vložený městem, pozemek pro investici, evropské prostředky na stavbu
        obou etap (druhé v rámci ITI Opolské aglomerace) a vlastní podíl města. Tým společnosti:
        vedení, péče o nájemce, poradenství, technická obsluha laboratoří a serverovny. Partneři:
        vysoké školy regionu, podnikatelé, Sdružení Opolské aglomerace. Čas: několik let od
        založení společnosti po otevření první etapy a další roky do dokončení rozšíření.
        """,
        """
        Share capital provided by the city, land for the investment, EU funds for building both
        stages (the second through the ITI of the Opole agglomeration) and the city's own
        contribution. The company's team: management, tenant services, advice, technical staff for
        the laboratories and the data centre. Partners: the region's universities, entrepreneurs,
        the Opole Agglomeration Association. Time: several years from setting up the company to
        opening the first stage, and further years until the extension was completed.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: park ma sens wtedy, gdy oferuje usługi, a nie tylko metry kwadratowe –
        doradztwo, dostęp do aparatury, kontakty z nauką. Finansowanie przez ZIT lub ITI pozwala
        uzasadnić inwestycję potrzebami całej aglomeracji, a nie jednego miasta, i powiązać ją z
        innymi działaniami wspierającymi gospodarkę. Czeskie aglomeracje, które w okresie 2021–2027
        realizują ITI, mogą wykorzystać ten model przy planowaniu własnych inwestycji w innowacje.

        Czego unikać: budowania parku „na zapas”, bez rozpoznania potrzeb lokalnych firm –
        specjalizację lepiej oprzeć na branżach, które w regionie już istnieją. Model spółki
        miejskiej daje elastyczność, ale wymaga jasnych celów od właściciela i rozliczania efektów,
        a nie tylko wskaźnika zajętej powierzchni. Trzeba też z góry zaplanować utrzymanie
        aparatury, która szybko się starzeje.
        """,
        """
        Co převzít: park má smysl tehdy, když nabízí služby, a ne jen metry čtvereční –
        poradenství, přístup k přístrojům, kontakty s vědou. Financování z ITI umožňuje zdůvodnit
        investici potřebami celé aglomerace, ne jednoho města, a propojit ji s dalšími opatřeními
        na podporu hospodářství. České aglomerace, které v období 2021–2027 realizují ITI, mohou
        tento model využít při plánování vlastních investic do inovací.

        Čemu se vyhnout: stavět park „do zásoby“ bez zmapování potřeb místních firem – specializaci
        je lepší opřít o obory, které už v regionu existují. Model městské společnosti dává
        pružnost, ale vyžaduje jasné cíle od vlastníka a vyhodnocování přínosů, nejen obsazenosti
        ploch. Je také třeba předem naplánovat obnovu přístrojů, které rychle zastarávají.
        """,
        """
        What to copy: a park makes sense when it offers services, not just square metres – advice,
        access to equipment, contacts with research. Funding through ITI allows the investment to
        be justified by the needs of the whole agglomeration rather than one city, and to be linked
        with other measures supporting the economy. Czech agglomerations running ITI in 2021-2027
        can use this model when planning their own investments in innovation.

        What to avoid: building a park "just in case", without knowing what local firms need; its
        specialisation is better based on industries already present in the region. The
        city-company model gives flexibility but requires clear objectives from the owner and
        evaluation of outcomes, not only of occupied floor space. The upkeep of equipment, which
        ages quickly, must be planned from the start.
        """,
    ),
    "city": "opole",
    "organisations": ["park-naukowo-technologiczny-opole", "miasto-opole"],
    "projects": ["razem-dla-rozwoju-aglomeracji"],
    "themes": ["innovation-and-business", "integrated-territorial-investments"],
    "year_start": 2015,
    "year_end": None,
    "cover": _cover("building"),
    "gallery": [
        _image(
            "city",
            "Park służy firmom z całej Aglomeracji Opolskiej",
            "Park slouží firmám z celé Opolské aglomerace",
            "The park serves firms from the whole Opole agglomeration",
        ),
        _image(
            "meeting",
            "Wizyta studyjna czeskich partnerów w czerwcu 2019 r.",
            "Studijní cesta českých partnerů v červnu 2019",
            "The study visit of the Czech partners in June 2019",
        ),
    ],
    "links": [],
}

_GOGOLIN = {
    "slug": "gogolin-transfer-hub",
    "status": "published",
    "title": _t(
        "Centrum przesiadkowe w Gogolinie",
        "Přestupní uzel v Gogolině",
        "The Gogolin transfer hub",
    ),
    "summary": _t(
        """
        Przy stacji kolejowej w Gogolinie powstało centrum przesiadkowe, które łączy pociąg,
        autobus, samochód i rower w jednym miejscu. To jedna z inwestycji w niskoemisyjny
        transport, które gminy Aglomeracji Opolskiej wybrały i sfinansowały w ramach ZIT.
        Pracownicy urzędu miasta Ołomuńca poznali ją podczas stażu w Opolu 8–12 kwietnia 2019 roku.
        """,
        """
        U železniční stanice v Gogolině vznikl přestupní uzel, který na jednom místě spojuje vlak,
        autobus, auto a kolo. Je to jedna z investic do nízkoemisní dopravy, které obce Opolské
        aglomerace vybraly a financovaly v rámci ITI (v Polsku ZIT). Pracovníci Magistrátu města
        Olomouce ho poznali během stáže v Opolí 8.–12. dubna 2019.
        """,
        """
        A transfer hub next to the railway station in Gogolin brings train, bus, car and bicycle
        together in one place. It is one of the low-emission transport investments that the
        municipalities of the Opole agglomeration selected and funded through their ITI (ZIT in
        Poland). Staff of the Olomouc city hall saw it during an internship in Opole on 8-12 April
        2019.
        """,
    ),
    "problem": _t(
        """
        Gogolin to niewielkie miasto w południowej części Aglomeracji Opolskiej, położone przy
        linii kolejowej łączącej Opole z Kędzierzynem-Koźlem. Wielu mieszkańców gminy i okolicznych
        wsi codziennie dojeżdża do pracy i szkoły do Opola i innych miast. Większość wybierała
        samochód, bo dojście do stacji było niewygodne, brakowało miejsc do pozostawienia auta czy
        roweru, a autobusy i pociągi nie były ze sobą powiązane.

        Efektem były korki i brak miejsc parkingowych w Opolu, hałas i spaliny, a dla osób bez
        samochodu – ograniczony dostęp do pracy i usług. Pojedyncza gmina nie mogła rozwiązać tego
        problemu sama, bo dojazdy przekraczają granice gmin. Dlatego strategia ZIT Aglomeracji
        Opolskiej uznała transport niskoemisyjny i węzły przesiadkowe za jeden z priorytetów.
        """,
        """
        Gogolin je malé město na jihu Opolské aglomerace, ležící na železniční trati z Opolí do
        Kędzierzyna-Koźle. Mnoho obyvatel obce a okolních vesnic denně dojíždí do práce a do školy
        do Opolí a dalších měst. Většina z nich jezdila autem, protože cesta ke stanici byla
        nepohodlná, chyběla místa, kde nechat auto nebo kolo, a autobusy s vlaky nebyly provázané.

        Výsledkem byly kolony a nedostatek parkovacích míst v Opolí, hluk a výfukové plyny a pro
        lidi bez auta omezený přístup k práci a službám. Jedna obec nemohla problém vyřešit sama,
        protože dojížďka překračuje hranice obcí. Proto strategie ITI Opolské aglomerace zařadila
        nízkoemisní dopravu a přestupní uzly mezi své priority.
        """,
        """
        Gogolin is a small town in the south of the Opole agglomeration, on the railway line
        between Opole and Kędzierzyn-Koźle. Many residents of the municipality and the surrounding
        villages commute daily to work and school in Opole and other towns. Most of them drove,
        because getting to the station was inconvenient, there was nowhere to leave a car or a
        bicycle, and buses and trains were not connected with each other.

        The result was congestion and a lack of parking in Opole, noise and exhaust fumes, and for
        people without a car, limited access to jobs and services. A single municipality could not
        solve this alone, because commuting crosses municipal boundaries. That is why the ITI
        strategy of the Opole agglomeration made low-emission transport and transfer hubs one of
        its priorities.
        """,
    ),
    "solution": _t(
        """
        Gmina Gogolin przebudowała otoczenie stacji kolejowej w zintegrowane centrum przesiadkowe.
        W jednym miejscu znalazły się parking „parkuj i jedź” dla samochodów, zadaszone stojaki
        „zostaw rower i jedź”, zatoki dla autobusów, bezpieczne dojścia piesze, oświetlenie i
        informacja dla podróżnych. Dzięki temu przesiadka z roweru, samochodu lub autobusu na
        pociąg jest krótka i wygodna.

        Inwestycja powstała w ramach ZIT Aglomeracji Opolskiej: gminy wspólnie uzgodniły, że węzły
        przesiadkowe będą powstawać w wielu miejscach aglomeracji według podobnych zasad, tak by
        tworzyły sieć, a nie pojedyncze obiekty. Projekt wymagał uzgodnień z zarządcą
        infrastruktury kolejowej, przewoźnikami i właścicielami terenów wokół stacji.

        Podczas stażu w kwietniu 2019 roku pracownicy urzędu miasta Ołomuńca poznali nie tylko sam
        obiekt, ale także drogę do niego: wybór projektu w procedurze ZIT, przygotowanie
        dokumentacji, uzgodnienia z koleją i rozliczenie środków unijnych. Porównali to z
        doświadczeniami z Ołomuńca, gdzie podobne węzły finansuje się z ITI.
        """,
        """
        Obec Gogolin přestavěla okolí železniční stanice na integrovaný přestupní uzel. Na jednom
        místě vzniklo parkoviště P+R pro auta, krytá stání B+R pro kola, zastávkové zálivy pro
        autobusy, bezpečné pěší přístupy, osvětlení a informace pro cestující. Přestup z kola, auta
        nebo autobusu na vlak je tak krátký a pohodlný.

        Investice vznikla v rámci ITI Opolské aglomerace: obce se společně dohodly, že přestupní
        uzly budou vznikat na mnoha místech aglomerace podle podobných pravidel, aby tvořily síť, a
        ne jednotlivé stavby. Projekt vyžadoval dohody se správcem železniční infrastruktury, s
        dopravci a s vlastníky pozemků kolem stanice.

        Při stáži v dubnu 2019 poznali pracovníci Magistrátu města Olomouce nejen samotnou stavbu,
        ale i cestu k ní: výběr projektu v rámci ITI, přípravu dokumentace, dohody se železnicí a
        vyúčtování evropských prostředků. Porovnali to se zkušenostmi z Olomouce, kde se podobné
        uzly financují z ITI.
        """,
        """
        Gogolin municipality rebuilt the surroundings of the railway station into an integrated
        transfer hub. In one place it brought together a park-and-ride car park, covered
        bike-and-ride stands, bus bays, safe walking routes, lighting and passenger information.
        Changing from a bicycle, car or bus to the train is now short and convenient.

        The investment was made through the ITI of the Opole agglomeration: the municipalities
        agreed together that transfer hubs would be built in many places across the agglomeration
        on similar principles, so that they form a network rather than separate facilities. The
        project required agreements with the railway infrastructure manager, the operators and the
        owners of the land around the station.

        During the internship in April 2019, staff of the Olomouc city hall learnt not only about
        the facility but also about the way to it: project selection under the ITI, preparation of
        the documentation, agreements with the railway and the settlement of EU funds. They
        compared this with experience in Olomouc, where similar hubs are funded from the ITI.
        """,
    ),
    "results": _t(
        """
        Centrum przesiadkowe uporządkowało przestrzeń wokół stacji i sprawiło, że dojazd pociągiem
        do Opola stał się realną alternatywą dla samochodu, także dla mieszkańców okolicznych wsi.
        Miejsca parkingowe i stojaki rowerowe są wykorzystywane przez codziennych dojeżdżających, a
        przestrzeń wokół dworca stała się bezpieczniejsza i bardziej przyjazna.

        Wspólne podejście gmin w ramach ZIT pokazało, że węzeł w małym mieście ma sens tylko jako
        część sieci, powiązanej z rozkładami jazdy i taryfami. Dokładne dane o wykorzystaniu
        parkingów i liczbie pasażerów powinny pochodzić z pomiarów gminy i przewoźnika; ten opis
        ich nie podaje.
        """,
        """
        Přestupní uzel uspořádal prostor kolem stanice a z cesty vlakem do Opolí udělal skutečnou
        alternativu k autu, i pro obyvatele okolních vesnic. Parkovací místa a stojany na kola
        využívají každodenní dojíždějící a okolí nádraží se stalo bezpečnějším a příjemnějším.

        Společný přístup obcí v rámci ITI ukázal, že uzel v malém městě má smysl jen jako součást
        sítě, provázané s jízdními řády a tarify. Přesné údaje o využití parkovišť a počtu
        cestujících by měly pocházet z měření obce a dopravce; tento popis je neuvádí.
        """,
        """
        The hub has tidied up the space around the station and made the train to Opole a real
        alternative to the car, including for people from the surrounding villages. Daily commuters
        use the parking spaces and bicycle stands, and the area around the station has become safer
        and more pleasant.

        The joint approach of the municipalities under the ITI showed that a hub in a small town
        makes sense only as part of a network linked with timetables and fares. Exact data on the
        use of the car parks and on passenger numbers should come from counts by the municipality
        and the operator; this description does not give them.
        """,
    ),
    "resources": _t(
        """
        Inwestycja gminy współfinansowana ze środków unijnych w ramach ZIT Aglomeracji Opolskiej, z
        wkładem własnym z budżetu gminy. Zespół: pracownicy urzędu odpowiedzialni za inwestycje i
        fundusze, projektanci, inspektor nadzoru. Partnerzy: Stowarzyszenie Aglomeracja Opolska,
        zarządca infrastruktury kolejowej, przewoźnicy autobusowi i kolejowi. Czas: około
        dwóch–trzech lat od przygotowania projektu do oddania obiektu, a potem stałe utrzymanie.
        """,
        """
        Investice obce spolufinancovaná z evropských prostředků v rámci ITI Opolské aglomerace, s
        vlastním podílem z obecního rozpočtu. Tým: pracovníci úřadu odpovědní za investice a
        dotace, projektanti, technický dozor. Partneři: Sdružení Opolské aglomerace, správce
        železniční infrastruktury, autobusoví a železniční dopravci. Čas: zhruba dva až tři roky od
        přípravy projektu po zprovoznění a poté průběžná údržba.
        """,
        """
        A municipal investment co-financed from EU funds through the ITI of the Opole
        agglomeration, with the municipality's own contribution. Team: town hall staff responsible
        for investments and funding, designers, a site inspector. Partners: the Opole Agglomeration
        Association, the railway infrastructure manager, bus and rail operators. Time: roughly two
        to three years from preparing the project to opening the hub, followed by ongoing
        maintenance.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: planować węzły przesiadkowe wspólnie dla całej aglomeracji, według
        jednolitych standardów, i finansować je przez ZIT lub ITI; budować je tam, gdzie już jest
        dobra oferta kolejowa; łączyć parking z miejscami dla rowerów i przystankami autobusowymi.
        Dla małych gmin to szansa na inwestycję, na którą samodzielnie nie byłoby ich stać.

        Czego unikać: samo centrum nie zmieni nawyków, jeśli pociągi kursują rzadko, a autobusy nie
        czekają na pociągi – inwestycję trzeba powiązać z rozkładami jazdy i wspólnym biletem.
        Parking nie powinien zająć całej przestrzeni przy stacji kosztem pieszych i rowerzystów.
        Warto od początku zaplanować liczenie użytkowników, aby móc ocenić efekty i poprawiać
        ofertę.
        """,
        """
        Co převzít: plánovat přestupní uzly společně pro celou aglomeraci podle jednotných
        standardů a financovat je z ITI; stavět je tam, kde už existuje dobrá nabídka železniční
        dopravy; spojovat parkoviště se stáními pro kola a autobusovými zastávkami. Pro malé obce
        je to šance na investici, na kterou by samy neměly.

        Čemu se vyhnout: samotný uzel návyky nezmění, pokud vlaky jezdí zřídka a autobusy na vlaky
        nečekají – investici je nutné provázat s jízdními řády a společnou jízdenkou. Parkoviště by
        nemělo zabrat celý prostor u stanice na úkor chodců a cyklistů. Od začátku je dobré
        plánovat sčítání uživatelů, aby bylo možné vyhodnotit přínosy a zlepšovat nabídku.
        """,
        """
        What to copy: plan transfer hubs jointly for the whole agglomeration, to common standards,
        and fund them through the ITI; build them where there is already a good rail service;
        combine parking with bicycle stands and bus stops. For small municipalities this is a
        chance for an investment they could not afford on their own.

        What to avoid: a hub alone will not change habits if trains run rarely and buses do not
        wait for them; the investment has to be linked with timetables and a common ticket. Parking
        should not take up all the space at the station at the expense of pedestrians and cyclists.
        Plan from the start to count users, so that the results can be assessed and the service
        improved.
        """,
    ),
    "city": "gogolin",
    "organisations": ["gmina-gogolin"],
    "projects": ["razem-dla-rozwoju-aglomeracji"],
    "themes": ["sustainable-mobility", "integrated-territorial-investments"],
    "year_start": 2018,
    "year_end": None,
    "cover": _cover("transport"),
    "gallery": [
        _image(
            "transport",
            "Autobus, pociąg, samochód i rower w jednym miejscu",
            "Autobus, vlak, auto a kolo na jednom místě",
            "Bus, train, car and bicycle in one place",
        ),
        _image(
            "meeting",
            "Staż pracowników urzędu miasta Ołomuńca w kwietniu 2019 r.",
            "Stáž pracovníků Magistrátu města Olomouce v dubnu 2019",
            "The internship of Olomouc city hall staff in April 2019",
        ),
    ],
    "links": [
        _link(
            "https://www.gogolin.pl/",
            "Strona internetowa gminy Gogolin",
            "Webové stránky obce Gogolin",
            "Website of Gogolin municipality",
        ),
    ],
}

_RESCUE_SYSTEM = {
    "slug": "olomouc-integrated-rescue-system",
    "status": "published",
    "title": _t(
        "Zintegrowany system ratowniczy i zarządzanie kryzysowe w Ołomuńcu",
        "Integrovaný záchranný systém a krizové řízení v Olomouci",
        "The integrated rescue system and crisis management in Olomouc",
    ),
    "summary": _t(
        """
        W Czechach straż pożarna, ratownictwo medyczne i policja działają jako jeden zintegrowany
        system ratowniczy, koordynowany przez straż pożarną (HZS), która odbiera też zgłoszenia na
        numer alarmowy 112. W Ołomuńcu system ten współpracuje z miejskim zarządzaniem kryzysowym.
        Polscy goście poznali go podczas wizyty studyjnej 1–3 października 2018 roku i stażu 11–15
        października 2021 roku.
        """,
        """
        V Česku působí hasiči, zdravotnická záchranná služba a policie jako jeden integrovaný
        záchranný systém, který koordinuje Hasičský záchranný sbor; ten také přijímá volání na
        tísňovou linku 112. V Olomouci tento systém spolupracuje s městským krizovým řízením.
        Polští hosté ho poznali během studijní cesty 1.–3. října 2018 a stáže 11.–15. října 2021.
        """,
        """
        In Czechia the fire service, the emergency medical service and the police act as one
        integrated rescue system, coordinated by the Fire Rescue Service, which also answers calls
        to the 112 emergency number. In Olomouc this system works hand in hand with the city's
        crisis management. Polish guests got to know it during a study visit on 1-3 October 2018
        and an internship on 11-15 October 2021.
        """,
    ),
    "problem": _t(
        """
        Poważne zdarzenia – wypadki drogowe z wieloma poszkodowanymi, pożary, wycieki substancji
        niebezpiecznych, powodzie czy nawałnice – wymagają jednoczesnej pracy kilku służb. Jeśli
        każda z nich ma własne procedury, łączność i centrum dyspozytorskie, cenny czas traci się
        na ustalanie, kto dowodzi, kto jedzie na miejsce i kto informuje mieszkańców. Gminy, które
        odpowiadają za ochronę ludności, często nie wiedzą, jak włączyć się w akcję prowadzoną
        przez służby państwowe.

        Ołomuniec dobrze zna te wyzwania: powódź na Morawie w 1997 roku pokazała, jak szybko
        zdarzenie może przerosnąć możliwości pojedynczej instytucji. Zmiany klimatu zwiększają
        ryzyko gwałtownych ulew, upałów i suszy, a więc także potrzebę sprawnej współpracy służb i
        samorządu.
        """,
        """
        Vážné mimořádné události – dopravní nehody s mnoha zraněnými, požáry, úniky nebezpečných
        látek, povodně nebo vichřice – vyžadují současnou práci několika složek. Pokud má každá z
        nich vlastní postupy, spojení a operační středisko, ztrácí se drahocenný čas určováním
        toho, kdo velí, kdo vyjíždí a kdo informuje obyvatele. Obce, které odpovídají za ochranu
        obyvatelstva, často nevědí, jak se zapojit do zásahu vedeného státními složkami.

        Olomouc tyto výzvy dobře zná: povodeň na Moravě v roce 1997 ukázala, jak rychle může
        událost přerůst možnosti jedné instituce. Změna klimatu zvyšuje riziko přívalových dešťů,
        veder a sucha, a tedy i potřebu dobré spolupráce složek a samosprávy.
        """,
        """
        Major incidents – road accidents with many casualties, fires, leaks of dangerous
        substances, floods or storms – need several services to work at the same time. If each has
        its own procedures, communications and dispatch centre, precious time is lost settling who
        is in command, who goes to the scene and who informs the public. Municipalities, which are
        responsible for protecting their population, often do not know how to take part in an
        operation led by state services.

        Olomouc knows these challenges well: the 1997 flood on the Morava showed how quickly an
        event can outgrow the capacity of any single institution. Climate change raises the risk of
        cloudbursts, heatwaves and drought, and with it the need for smooth cooperation between the
        services and local government.
        """,
    ),
    "solution": _t(
        """
        Czeska ustawa nr 239/2000 Sb. o zintegrowanym systemie ratowniczym ustanowiła od 2001 roku
        wspólne ramy współpracy. Podstawowymi elementami systemu są Straż Pożarna Republiki
        Czeskiej (HZS), jednostki ochrony przeciwpożarowej, ratownictwo medyczne i policja; w razie
        potrzeby dołączają inne podmioty, na przykład wojsko, służby miejskie czy organizacje
        pozarządowe. Wspólne są zasady dowodzenia na miejscu zdarzenia, karty działań na typowe
        sytuacje i regularne ćwiczenia.

        Sercem systemu w regionie jest centrum operacyjne i informacyjne Straży Pożarnej Kraju
        Ołomunieckiego, które odbiera zgłoszenia na numer 112, wysyła siły i środki oraz koordynuje
        pozostałe służby. Polscy uczestnicy wizyty w październiku 2018 roku zobaczyli jego pracę od
        środka i porównali ją z polskimi centrami powiadamiania ratunkowego.

        Miasto Ołomuniec ma własny sztab kryzysowy, plan kryzysowy i plan powodziowy, system
        ostrzegania mieszkańców oraz pracowników przygotowanych do działania razem ze służbami.
        Podczas stażu w październiku 2021 roku dwie osoby z Aglomeracji Opolskiej poznały codzienną
        pracę miejskiego zarządzania kryzysowego, w tym przygotowanie na skutki zmian klimatu,
        takie jak powodzie, upały i susze.
        """,
        """
        Zákon č. 239/2000 Sb., o integrovaném záchranném systému, vytvořil od roku 2001 společný
        rámec spolupráce. Základními složkami systému jsou Hasičský záchranný sbor ČR, jednotky
        požární ochrany zařazené do plošného pokrytí, zdravotnická záchranná služba a Policie ČR;
        podle potřeby se přidávají ostatní složky, například armáda, obecní policie nebo neziskové
        organizace. Společná jsou pravidla velení na místě zásahu, typové činnosti pro běžné
        situace a pravidelná cvičení.

        Srdcem systému v kraji je krajské operační a informační středisko Hasičského záchranného
        sboru Olomouckého kraje, které přijímá volání na linku 112, vysílá síly a prostředky a
        koordinuje ostatní složky. Polští účastníci cesty v říjnu 2018 viděli jeho práci zblízka a
        porovnali ji s polskými centry tísňového volání.

        Statutární město Olomouc má vlastní krizový štáb, krizový a povodňový plán, systém varování
        obyvatel a pracovníky připravené jednat společně se složkami IZS. Během stáže v říjnu 2021
        poznali dva pracovníci z Opolské aglomerace každodenní práci městského krizového řízení
        včetně přípravy na dopady změny klimatu, jako jsou povodně, vedra a sucho.
        """,
        """
        The Czech act on the integrated rescue system (No. 239/2000 Coll.) created a common
        framework for cooperation from 2001. The basic components of the system are the Fire Rescue
        Service (HZS), fire units covering the territory, the emergency medical service and the
        police; other bodies join when needed, for example the army, municipal police or NGOs. They
        share rules for command at the scene, standard procedures for typical situations and
        regular joint exercises.

        The heart of the system in the region is the operations and information centre of the Fire
        Rescue Service of the Olomouc Region, which answers 112 calls, sends resources and
        coordinates the other services. The Polish participants of the October 2018 visit saw its
        work from the inside and compared it with the Polish emergency notification centres.

        The city of Olomouc has its own crisis staff, crisis and flood plans, a system for warning
        residents, and staff prepared to act together with the rescue services. During the
        internship in October 2021, two people from the Opole agglomeration learnt about the daily
        work of the city's crisis management, including preparation for the effects of climate
        change such as floods, heatwaves and drought.
        """,
    ),
    "results": _t(
        """
        Po ponad dwóch dekadach działania zintegrowany system ratowniczy jest w Czechach
        powszechnie znany i akceptowany: służby znają swoje role, a mieszkańcy wiedzą, że jeden
        numer alarmowy uruchamia całą potrzebną pomoc. Wspólne ćwiczenia i procedury skracają czas
        potrzebny na zorganizowanie akcji przy dużych zdarzeniach, a gminy wiedzą, jakie mają
        zadania.

        Dla polskich uczestników najcenniejsze było zobaczenie, jak samorząd miejski współpracuje
        ze służbami państwowymi na co dzień, a nie tylko w czasie kryzysu. Wizyta i staż
        zaowocowały kontaktami między specjalistami od zarządzania kryzysowego po obu stronach
        granicy, co ma znaczenie przy zagrożeniach przekraczających granicę, takich jak powodzie.
        """,
        """
        Po více než dvaceti letech fungování je integrovaný záchranný systém v Česku všeobecně
        známý a přijímaný: složky znají své role a obyvatelé vědí, že jedno tísňové číslo spustí
        veškerou potřebnou pomoc. Společná cvičení a postupy zkracují čas potřebný na zorganizování
        zásahu u velkých událostí a obce vědí, jaké mají úkoly.

        Pro polské účastníky bylo nejcennější vidět, jak městská samospráva spolupracuje se
        státními složkami každý den, a ne jen v době krize. Cesta a stáž přinesly kontakty mezi
        odborníky na krizové řízení na obou stranách hranice, což má význam u hrozeb, které hranici
        překračují, jako jsou povodně.
        """,
        """
        After more than two decades of operation, the integrated rescue system is widely known and
        accepted in Czechia: the services know their roles, and residents know that one emergency
        number sets all the necessary help in motion. Joint exercises and procedures shorten the
        time needed to organise a response to major incidents, and municipalities know what their
        tasks are.

        For the Polish participants, the most valuable part was seeing how the city government
        works with the state services every day, not only in a crisis. The visit and the internship
        created contacts between crisis-management specialists on both sides of the border, which
        matters for threats that cross the border, such as floods.
        """,
    ),
    "resources": _t(
        """
        System działa w oparciu o istniejące służby i budżety państwa, regionu i gmin; nie wymaga
        nowej instytucji, lecz wspólnych zasad, łączności i szkoleń. Po stronie miasta: pracownicy
        ds. zarządzania kryzysowego, sztab kryzysowy, system ostrzegania, wyposażenie na wypadek
        powodzi. Partnerzy: straż pożarna, ratownictwo medyczne, policja, straż miejska, wojsko,
        organizacje pozarządowe. Czas: system budowano latami i stale się go doskonali.
        """,
        """
        Systém stojí na existujících složkách a rozpočtech státu, kraje a obcí; nepotřebuje novou
        instituci, ale společná pravidla, spojení a výcvik. Na straně města: pracovníci krizového
        řízení, krizový štáb, systém varování, vybavení pro případ povodně. Partneři: hasiči,
        zdravotnická záchranná služba, policie, městská policie, armáda, neziskové organizace. Čas:
        systém se budoval léta a stále se zdokonaluje.
        """,
        """
        The system relies on existing services and the budgets of the state, the region and the
        municipalities; it needs not a new institution but common rules, communications and
        training. On the city's side: crisis-management staff, a crisis staff, a warning system,
        flood equipment. Partners: the fire service, the emergency medical service, the police,
        municipal police, the army, NGOs. Time: the system was built over years and is constantly
        being improved.
        """,
    ),
    "transferability": _t(
        """
        W Polsce ramy prawne są inne: zgłoszenia alarmowe obsługują centra powiadamiania
        ratunkowego, a zarządzanie kryzysowe reguluje ustawa z 2007 roku. Czeskiego modelu nie da
        się więc przenieść wprost, ale można przenieść jego zasady: wspólne procedury i ćwiczenia
        wszystkich służb z udziałem gmin, jasny podział ról przy dowodzeniu oraz codzienne kontakty
        między samorządem a służbami.

        Na poziomie aglomeracji warto wymieniać się planami powodziowymi i doświadczeniami z
        gwałtownych zjawisk pogodowych, organizować wspólne ćwiczenia przygraniczne i utrzymywać
        listy kontaktów. Należy unikać traktowania zarządzania kryzysowego jako zadania „na
        papierze” – plany muszą być ćwiczone, a mieszkańcy wiedzieć, jak zostaną ostrzeżeni.
        """,
        """
        V Polsku je právní rámec jiný: tísňová volání obsluhují centra tísňového volání („centra
        powiadamiania ratunkowego“) a krizové řízení upravuje zákon z roku 2007. Český model proto
        nelze přenést přímo, lze však převzít jeho principy: společné postupy a cvičení všech
        složek za účasti obcí, jasné rozdělení rolí při velení a každodenní kontakty mezi
        samosprávou a složkami.

        Na úrovni aglomerací se vyplatí vyměňovat si povodňové plány a zkušenosti s extrémními
        projevy počasí, pořádat společná příhraniční cvičení a udržovat seznamy kontaktů. Je třeba
        se vyhnout tomu, aby krizové řízení existovalo jen „na papíře“ – plány se musí cvičit a
        obyvatelé musí vědět, jak budou varováni.
        """,
        """
        In Poland the legal framework is different: emergency calls are handled by emergency
        notification centres, and crisis management is governed by an act of 2007. The Czech model
        therefore cannot be transferred as it is, but its principles can: common procedures and
        exercises of all services with the participation of municipalities, a clear division of
        roles in command, and everyday contacts between local government and the services.

        At the level of the agglomerations it is worth exchanging flood plans and experience of
        extreme weather, organising joint cross-border exercises and keeping contact lists up to
        date. Crisis management must not exist only on paper: plans have to be exercised, and
        residents need to know how they will be warned.
        """,
    ),
    "city": "olomouc",
    "organisations": ["hzs-olomouckeho-kraje", "statutarni-mesto-olomouc"],
    "projects": ["razem-dla-rozwoju-aglomeracji", "razem-dla-rozwoju-aglomeracji-2020"],
    "themes": ["crisis-management", "climate-adaptation", "institutional-cooperation"],
    "year_start": 2001,
    "year_end": None,
    "cover": _cover("meeting"),
    "gallery": [
        _image(
            "meeting",
            "Polscy uczestnicy wizyty studyjnej w październiku 2018 r.",
            "Polští účastníci studijní cesty v říjnu 2018",
            "Polish participants of the study visit in October 2018",
        ),
        _image(
            "river",
            "Przygotowanie na powodzie to jedno z głównych zadań zarządzania kryzysowego",
            "Příprava na povodně patří k hlavním úkolům krizového řízení",
            "Flood preparedness is one of the main tasks of crisis management",
        ),
    ],
    "links": [
        _link(
            "https://www.hzscr.cz/",
            "Straż Pożarna Republiki Czeskiej",
            "Hasičský záchranný sbor České republiky",
            "Fire Rescue Service of the Czech Republic",
        ),
    ],
}

_MOHELNICE = {
    "slug": "mohelnice-green-roof-terminal",
    "status": "published",
    "title": _t(
        "Terminal autobusowy z zielonymi dachami w mieście Mohelnice",
        "Dopravní terminál se zelenými střechami v Mohelnici",
        "A transport terminal with green roofs in Mohelnice",
    ),
    "summary": _t(
        """
        Miasto Mohelnice przebudowało dworzec autobusowy w centrum miasta w nowoczesny terminal z
        zadaszonymi peronami, poczekalnią i parkingiem, a dachy obiektów pokryło roślinnością.
        Zielone dachy zatrzymują deszczówkę, chłodzą otoczenie w upalne dni i poprawiają wygląd
        przestrzeni publicznej. Polska grupa poznała terminal podczas wizyty studyjnej w
        Aglomeracji Ołomunieckiej 6–8 października 2021 roku.
        """,
        """
        Mohelnice přestavěla autobusové nádraží v centru města na moderní terminál s krytými
        nástupišti, čekárnou a parkováním a střechy staveb pokryla zelení. Zelené střechy zadržují
        dešťovou vodu, v horkých dnech ochlazují okolí a zlepšují vzhled veřejného prostoru. Polská
        skupina terminál poznala během studijní cesty po Olomoucké aglomeraci 6.–8. října 2021.
        """,
        """
        Mohelnice rebuilt the bus station in its town centre into a modern terminal with covered
        platforms, a waiting room and parking, and covered the roofs of its buildings with plants.
        The green roofs hold back rainwater, cool the surroundings on hot days and make the public
        space more attractive. A Polish group saw the terminal during a study visit to the Olomouc
        agglomeration on 6-8 October 2021.
        """,
    ),
    "problem": _t(
        """
        Dworce autobusowe w małych miastach często pozostają zaniedbane: wielkie asfaltowe place,
        nieosłonięte przystanki, zniszczone poczekalnie i brak toalet. Dla pasażerów, zwłaszcza
        starszych osób i uczniów, czekanie na autobus w upale lub w deszczu jest nieprzyjemne, co
        zniechęca do korzystania z transportu publicznego. Dworzec w mieście Mohelnice, położony
        blisko centrum, miał właśnie takie problemy, a mieszkańcy śródmieścia od dawna narzekali
        też na brak miejsc parkingowych.

        Jednocześnie miasta muszą przygotować się na skutki zmian klimatu. Rozległe utwardzone
        powierzchnie nagrzewają się latem i tworzą wyspy ciepła, a woda z ulewnych deszczów spływa
        szybko do kanalizacji, zamiast zasilać zieleń. Przebudowa dworca była okazją, by rozwiązać
        oba problemy jednocześnie.
        """,
        """
        Autobusová nádraží v malých městech často zůstávají zanedbaná: velké asfaltové plochy,
        nekrytá stání, poničené čekárny a chybějící toalety. Pro cestující, zvláště seniory a žáky,
        je čekání na autobus v horku nebo v dešti nepříjemné, a to od veřejné dopravy odrazuje.
        Nádraží v Mohelnici nedaleko centra mělo právě tyto problémy a obyvatelé středu města si
        navíc dlouhodobě stěžovali na nedostatek parkovacích míst.

        Města se zároveň musejí připravit na dopady změny klimatu. Rozsáhlé zpevněné plochy se v
        létě přehřívají a vytvářejí tepelné ostrovy a voda z přívalových dešťů rychle odtéká do
        kanalizace, místo aby zavlažovala zeleň. Přestavba nádraží byla příležitostí vyřešit oba
        problémy najednou.
        """,
        """
        Bus stations in small towns are often neglected: large asphalt areas, unsheltered stops,
        vandalised waiting rooms and no toilets. For passengers, especially older people and
        pupils, waiting for a bus in the heat or the rain is unpleasant, which discourages the use
        of public transport. The bus station in Mohelnice, close to the town centre, had exactly
        these problems, and residents of the centre had long complained about a lack of parking as
        well.

        At the same time, towns must prepare for the effects of climate change. Large paved areas
        overheat in summer and create heat islands, and water from heavy rain runs off quickly into
        the sewers instead of feeding greenery. Rebuilding the bus station was a chance to solve
        both problems at once.
        """,
    ),
    "solution": _t(
        """
        Miasto przebudowało dworzec w nowoczesny terminal. Powstał nowy budynek z poczekalnią,
        toaletami dla podróżnych i zapleczem dla kierowców, perony zostały zadaszone, a
        nawierzchnie jezdni, peronów, chodników i parkingów odnowione. Pod terminalem urządzono
        parking podziemny, który odciążył ulice w centrum. Poczekalnię i toalety zaprojektowano
        tak, by były odporne na zniszczenie i łatwe w utrzymaniu – to wniosek z doświadczeń ze
        starym dworcem.

        Charakterystyczną cechą terminalu są zielone dachy: zamiast zwykłego pokrycia dachy
        obiektów porastają trawy ozdobne i inne rośliny. Taki dach zatrzymuje część wody opadowej i
        oddaje ją stopniowo przez parowanie, chłodzi otoczenie, chroni konstrukcję przed
        nagrzewaniem i jest siedliskiem owadów. Miasto przewidziało też nawadnianie, aby rośliny
        przetrwały suche okresy.

        Terminal jest częścią szerszego podejścia miasta Mohelnice do zielonych dachów: miasto
        zastosowało je także na innych budynkach publicznych, na przykład na szkole podstawowej.
        Podczas wizyty w październiku 2021 roku polscy goście rozmawiali o kosztach, utrzymaniu i
        wyborze roślin.
        """,
        """
        Město přestavělo nádraží na moderní terminál. Vznikla nová provozní budova s čekárnou,
        toaletami pro cestující a zázemím pro řidiče, nástupiště byla zastřešena a povrchy vozovek,
        nástupišť, chodníků a parkovišť obnoveny. Pod terminálem vzniklo podzemní parkoviště, které
        ulevilo ulicím v centru. Čekárna a toalety byly navrženy tak, aby odolaly vandalům a snadno
        se udržovaly – to je poučení ze zkušeností se starým nádražím.

        Charakteristickým prvkem terminálu jsou zelené střechy: místo běžné krytiny střechy staveb
        porůstají okrasné traviny a další rostliny. Taková střecha zadrží část srážkové vody a
        postupně ji odpařuje, ochlazuje okolí, chrání konstrukci před přehříváním a je útočištěm
        pro hmyz. Město počítalo i se závlahou, aby rostliny přečkaly suchá období.

        Terminál je součástí širšího přístupu Mohelnice k zeleným střechám: město je použilo i na
        dalších veřejných budovách, například na základní škole. Při návštěvě v říjnu 2021 hovořili
        polští hosté o nákladech, údržbě a výběru rostlin.
        """,
        """
        The town rebuilt the bus station into a modern terminal. A new building with a waiting
        room, toilets for passengers and facilities for drivers was built, the platforms were
        roofed, and the surfaces of the roads, platforms, pavements and car parks were renewed. An
        underground car park beneath the terminal has taken pressure off the streets in the centre.
        The waiting room and toilets were designed to resist vandalism and be easy to maintain, a
        lesson learnt from the old station.

        The terminal's distinctive feature is its green roofs: instead of an ordinary covering,
        ornamental grasses and other plants grow on the roofs of the buildings. Such a roof holds
        back part of the rainwater and releases it gradually by evaporation, cools the
        surroundings, protects the structure from overheating and gives shelter to insects. The
        town also planned irrigation so that the plants survive dry spells.

        The terminal is part of Mohelnice's wider approach to green roofs: the town has used them
        on other public buildings as well, for example on a primary school. During the visit in
        October 2021 the Polish guests discussed costs, maintenance and the choice of plants.
        """,
    ),
    "results": _t(
        """
        Pasażerowie zyskali wygodne i bezpieczne miejsce do czekania na autobus, a centrum miasta –
        uporządkowaną przestrzeń i dodatkowe miejsca parkingowe poza ulicami. Zielone dachy
        sprawiają, że terminal jest przyjemniejszy w upale i lepiej wpisuje się w otoczenie niż
        typowe wiaty z blachy lub poliwęglanu. Miasto pokazało, że nawet niewielki obiekt
        transportowy może stać się elementem adaptacji do zmian klimatu.

        Dla polskich uczestników wizyty przykład miasta Mohelnice był zachętą do stosowania
        zielonych dachów na przystankach i w węzłach przesiadkowych, które w Aglomeracji Opolskiej
        powstają w ramach ZIT. Efekty klimatyczne nie zostały tu zmierzone; opis przedstawia je
        jakościowo.
        """,
        """
        Cestující získali pohodlné a bezpečné místo pro čekání na autobus a centrum města
        uspořádaný prostor a další parkovací místa mimo ulice. Díky zeleným střechám je terminál v
        horku příjemnější a lépe zapadá do okolí než běžné přístřešky z plechu nebo polykarbonátu.
        Město ukázalo, že i malá dopravní stavba se může stát součástí adaptace na změnu klimatu.

        Pro polské účastníky cesty byl příklad Mohelnice povzbuzením k používání zelených střech na
        zastávkách a v přestupních uzlech, které v Opolské aglomeraci vznikají v rámci ITI.
        Klimatické přínosy zde nebyly změřeny; popis je uvádí kvalitativně.
        """,
        """
        Passengers have gained a comfortable and safe place to wait for the bus, and the town
        centre an orderly public space and extra parking off the streets. The green roofs make the
        terminal more pleasant in hot weather and help it fit its surroundings better than the
        usual metal or polycarbonate shelters. The town has shown that even a small transport
        facility can become part of adapting to climate change.

        For the Polish participants of the visit, the Mohelnice example was an encouragement to use
        green roofs on bus shelters and at the transfer hubs being built in the Opole agglomeration
        through the ITI. The climate effects have not been measured here; the description presents
        them qualitatively.
        """,
    ),
    "resources": _t(
        """
        Inwestycja miasta współfinansowana ze środków unijnych, z wkładem własnym z budżetu miasta.
        Zielone dachy zwiększają koszt budowy i wymagają konstrukcji o większej nośności,
        nawadniania i okresowej pielęgnacji. Zespół: pracownicy urzędu ds. inwestycji, projektanci,
        firma wykonawcza, później służby utrzymania. Partnerzy: przewoźnicy autobusowi, organizator
        transportu regionalnego. Czas: kilka lat od przygotowania projektu do oddania terminalu.
        """,
        """
        Investice města spolufinancovaná z evropských prostředků, s vlastním podílem z městského
        rozpočtu. Zelené střechy zvyšují náklady na stavbu a vyžadují konstrukci s vyšší únosností,
        závlahu a pravidelnou péči. Tým: pracovníci úřadu pro investice, projektanti, zhotovitel,
        později údržba. Partneři: autobusoví dopravci, organizátor regionální dopravy. Čas: několik
        let od přípravy projektu po otevření terminálu.
        """,
        """
        A municipal investment co-financed from EU funds, with the town's own contribution. Green
        roofs add to the construction cost and require a stronger structure, irrigation and regular
        care. Team: town hall investment staff, designers, the contractor, later the maintenance
        services. Partners: bus operators, the regional transport authority. Time: several years
        from preparing the project to opening the terminal.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: każdą przebudowę przystanku, wiaty czy węzła przesiadkowego traktować
        jako okazję do dodania zieleni i zatrzymania wody; stosować zielone dachy tam, gdzie dach i
        tak powstaje; projektować poczekalnie i toalety z myślą o odporności na zniszczenie i
        łatwym sprzątaniu. To rozwiązanie dobrze sprawdza się w małych miastach, gdzie dworzec jest
        ważną przestrzenią publiczną.

        Co dostosować i czego unikać: zielony dach musi być uwzględniony w projekcie od początku,
        bo wymaga odpowiedniej konstrukcji i izolacji. Rośliny trzeba dobrać do warunków – w
        okresach suszy bez nawadniania mogą usychać. W umowie z wykonawcą warto określić okres
        pielęgnacji i gwarancji na roślinność, a w budżecie miasta zapewnić środki na jej
        utrzymanie.
        """,
        """
        Co převzít: každou přestavbu zastávky, přístřešku nebo přestupního uzlu brát jako
        příležitost přidat zeleň a zadržet vodu; používat zelené střechy všude, kde střecha tak
        jako tak vzniká; navrhovat čekárny a toalety s ohledem na odolnost a snadný úklid. Řešení
        se dobře osvědčuje v malých městech, kde je nádraží důležitým veřejným prostorem.

        Co přizpůsobit a čemu se vyhnout: se zelenou střechou je třeba počítat v projektu od
        začátku, protože vyžaduje odpovídající konstrukci a izolaci. Rostliny je nutné vybrat podle
        podmínek – v období sucha mohou bez závlahy usychat. Ve smlouvě se zhotovitelem je vhodné
        stanovit dobu péče a záruku na vegetaci a v rozpočtu města zajistit peníze na její údržbu.
        """,
        """
        What to copy: treat every rebuilding of a bus stop, shelter or transfer hub as a chance to
        add greenery and hold back water; use green roofs wherever a roof is being built anyway;
        design waiting rooms and toilets to resist vandalism and be easy to clean. The approach
        works well in small towns, where the bus station is an important public space.

        What to adapt and avoid: a green roof has to be part of the design from the start, because
        it needs a suitable structure and waterproofing. Plants must suit the local conditions;
        without irrigation they may dry out in droughts. The contract with the builder should set
        out a period of care and a guarantee for the planting, and the town's budget should cover
        its upkeep.
        """,
    ),
    "city": "mohelnice",
    "organisations": ["mesto-mohelnice"],
    "projects": ["razem-dla-rozwoju-aglomeracji-2020"],
    "themes": ["sustainable-mobility", "climate-adaptation", "urban-biodiversity"],
    "year_start": 2021,
    "year_end": None,
    "cover": _cover("building"),
    "gallery": [
        _image(
            "building",
            "Zielony dach zatrzymuje deszczówkę i chłodzi otoczenie",
            "Zelená střecha zadržuje dešťovou vodu a ochlazuje okolí",
            "A green roof holds back rainwater and cools its surroundings",
        ),
        _image(
            "transport",
            "Zadaszone perony i poczekalnia dla pasażerów autobusów",
            "Krytá nástupiště a čekárna pro cestující autobusů",
            "Covered platforms and a waiting room for bus passengers",
        ),
    ],
    "links": [
        _link(
            "https://www.mohelnice.cz/",
            "Strona internetowa miasta Mohelnice",
            "Webové stránky města Mohelnice",
            "Website of the town of Mohelnice",
        ),
    ],
}

_PREROV = {
    "slug": "prerov-sustainable-mobility-plan",
    "status": "published",
    "title": _t(
        "Plan zrównoważonej mobilności miejskiej Przerowa",
        "Plán udržitelné městské mobility Přerova",
        "The sustainable urban mobility plan of Přerov",
    ),
    "summary": _t(
        """
        Przerów przygotował plan zrównoważonej mobilności miejskiej (SUMP) z horyzontem do 2035
        roku, a radni wybrali spośród pięciu scenariuszy wariant uspokojenia ruchu, który stawia na
        pieszych, rowerzystów i transport publiczny. Plan wraz z planem działań przyjęto w 2017
        roku i od tego czasu stanowią one podstawę decyzji o inwestycjach transportowych. Polska
        grupa poznała go
        podczas wizyty studyjnej 6–8 października 2021 roku.
        """,
        """
        Přerov zpracoval plán udržitelné městské mobility (SUMP) s výhledem do roku 2035 a
        zastupitelé z pěti scénářů vybrali zklidňující variantu, která sází na chodce, cyklisty a
        veřejnou dopravu. Plán a akční plán byly schváleny v roce 2017 a od té doby jsou podkladem
        pro rozhodování o dopravních investicích. Polská skupina ho poznala během studijní cesty
        6.–8. října 2021.
        """,
        """
        Přerov prepared a sustainable urban mobility plan (SUMP) looking ahead to 2035, and the
        council chose, out of five scenarios, a traffic-calming option that favours walking,
        cycling and public transport. The plan and its action plan were adopted in 2017 and have
        since guided decisions on transport investment. A Polish group learnt about it during the
        study visit of 6-8 October 2021.
        """,
    ),
    "problem": _t(
        """
        Przerów jest średniej wielkości miastem i jednym z najważniejszych węzłów kolejowych na
        Morawach. Przez miasto przebiegają ważne drogi, a jego centrum przecina rzeka Beczwa. Jak
        wiele podobnych miast, Przerów zmagał się z rosnącym ruchem samochodowym, brakiem miejsc
        parkingowych, hałasem i przestrzenią publiczną zdominowaną przez samochody, podczas gdy
        piesi i rowerzyści mieli niewiele bezpiecznych tras.

        Decyzje o inwestycjach transportowych zapadały wcześniej często osobno – jedna ulica, jedno
        rondo, jeden parking – bez wspólnej wizji tego, jak mieszkańcy mają się poruszać za
        kilkanaście lat. Do tego środki unijne na transport miejski coraz częściej wymagały, by
        projekty wynikały z planu mobilności opartego na danych i konsultacjach.
        """,
        """
        Přerov je středně velké město a jeden z nejvýznamnějších železničních uzlů na Moravě.
        Městem procházejí důležité silnice a jeho střed protíná řeka Bečva. Jako mnoho podobných
        měst se Přerov potýkal s rostoucí automobilovou dopravou, nedostatkem parkovacích míst,
        hlukem a veřejným prostorem, kterému vládla auta, zatímco chodci a cyklisté měli málo
        bezpečných tras.

        Rozhodnutí o dopravních investicích dříve často padala odděleně – jedna ulice, jeden
        kruhový objezd, jedno parkoviště – bez společné představy o tom, jak se budou obyvatelé
        pohybovat za patnáct let. Evropské prostředky na městskou dopravu navíc stále častěji
        vyžadovaly, aby projekty vycházely z plánu mobility založeného na datech a projednání s
        veřejností.
        """,
        """
        Přerov is a medium-sized town and one of the most important railway junctions in Moravia.
        Major roads pass through it, and the river Bečva crosses its centre. Like many similar
        towns, Přerov struggled with growing car traffic, a lack of parking, noise and a public
        space dominated by cars, while pedestrians and cyclists had few safe routes.

        Decisions on transport investment had often been taken one by one – one street, one
        roundabout, one car park – without a shared idea of how residents should get around in
        fifteen years' time. In addition, EU funding for urban transport increasingly required
        projects to follow from a mobility plan based on data and public consultation.
        """,
    ),
    "solution": _t(
        """
        Miasto zleciło opracowanie planu zrównoważonej mobilności zgodnie z europejską metodyką
        SUMP. Najpierw zebrano dane: pomiary ruchu, analizę transportu publicznego, parkowania,
        ruchu pieszego i rowerowego oraz ankietę, w której wypowiedziało się kilkuset mieszkańców.
        Opracowanie planu łączyło się z akcjami informacyjnymi i wydarzeniami dla mieszkańców, tak
        by dyskusja o transporcie wyszła poza urząd.

        Na podstawie analiz przygotowano pięć scenariuszy rozwoju transportu do 2035 roku. W
        kwietniu 2017 roku rada miasta wybrała scenariusz uspokojenia ruchu, który zakłada zmianę
        proporcji podróży: mniej jazdy samochodem, więcej podróży pieszych i rowerowych oraz
        utrzymanie udziału transportu publicznego. W sierpniu 2017 roku rada przyjęła plan, a w
        listopadzie tego samego roku – plan działań na lata 2017–2022.

        Plan działań zawiera konkretne, uszeregowane w czasie kroki, także takie, które nie
        wymagają dużych inwestycji: strefy ograniczonej prędkości 30 km/h, poprawę przejść dla
        pieszych, nowe trasy rowerowe, zmiany w organizacji parkowania i uporządkowanie transportu
        publicznego. Plan przewiduje też koordynatora mobilności i zespół partnerów, którzy pilnują
        jego realizacji.
        """,
        """
        Město nechalo zpracovat plán udržitelné mobility podle evropské metodiky SUMP. Nejprve se
        sbírala data: dopravní průzkumy, analýza veřejné dopravy, parkování, pěší a cyklistické
        dopravy a sociologický průzkum, v němž odpovídalo několik set obyvatel. Zpracování plánu
        provázely osvětové akce a akce pro veřejnost, aby debata o dopravě nezůstala jen na úřadě.

        Na základě analýz vzniklo pět scénářů rozvoje dopravy do roku 2035. V dubnu 2017 vybralo
        zastupitelstvo zklidňující scénář, který počítá se změnou dělby přepravní práce: méně jízd
        autem, více cest pěšky a na kole a udržení podílu veřejné dopravy. V srpnu 2017
        zastupitelstvo plán schválilo a v listopadu téhož roku přijalo akční plán na období
        2017–2022.

        Akční plán obsahuje konkrétní, časově seřazené kroky, i takové, které nevyžadují velké
        investice: zóny 30, zlepšení přechodů pro chodce, nové cyklotrasy, změny v organizaci
        parkování a uspořádání veřejné dopravy. Plán počítá také s koordinátorem mobility a týmem
        partnerů, kteří dohlížejí na jeho naplňování.
        """,
        """
        The town commissioned a sustainable mobility plan following the European SUMP methodology.
        First, data were collected: traffic counts, an analysis of public transport, parking,
        walking and cycling, and a survey in which several hundred residents took part. Preparing
        the plan went hand in hand with awareness events for residents, so that the debate on
        transport did not stay inside the town hall.

        Based on the analyses, five scenarios for transport up to 2035 were prepared. In April 2017
        the town council chose the traffic-calming scenario, which aims to change the modal split:
        fewer car trips, more walking and cycling, and a stable share of public transport. In
        August 2017 the council adopted the plan, and in November of the same year an action plan
        for 2017-2022.

        The action plan contains specific steps set out in time, including ones that need no large
        investment: 30 km/h zones, better pedestrian crossings, new cycle routes, changes to
        parking and a reorganisation of public transport. The plan also provides for a mobility
        coordinator and a team of partners who keep an eye on its implementation.
        """,
    ),
    "results": _t(
        """
        Plan dał miastu wspólny punkt odniesienia: inwestycje transportowe są oceniane według tego,
        czy przybliżają je do wybranego scenariusza. Scenariusz określa cele na 2035 rok dla
        podziału podróży – około 27% samochodem, 10% rowerem, 34% pieszo i 29% transportem
        publicznym – które służą jako kierunek, a nie jako wynik już osiągnięty. Przyjęcie planu
        ułatwiło też ubieganie się o środki unijne na projekty transportowe.

        Polscy uczestnicy wizyty w 2021 roku docenili przede wszystkim to, że o kierunku rozwoju
        zdecydowali radni, wybierając spośród wyraźnie opisanych scenariuszy, oraz że plan zawiera
        także tanie i szybkie działania. Postęp realizacji miasto ocenia w ramach planu działań;
        ten opis nie podaje danych o zmianie podziału podróży.
        """,
        """
        Plán dal městu společné měřítko: dopravní investice se posuzují podle toho, zda ho
        přibližují ke zvolenému scénáři. Scénář stanovuje cíle dělby přepravní práce pro rok 2035 –
        zhruba 27 % autem, 10 % na kole, 34 % pěšky a 29 % veřejnou dopravou – které slouží jako
        směr, nikoli jako již dosažený výsledek. Schválený plán také usnadnil žádosti o evropské
        prostředky na dopravní projekty.

        Polští účastníci cesty v roce 2021 ocenili hlavně to, že o směru rozvoje rozhodli
        zastupitelé výběrem z jasně popsaných scénářů a že plán obsahuje i levná a rychlá opatření.
        Postup naplňování město vyhodnocuje v rámci akčního plánu; tento popis neuvádí údaje o
        změně dělby přepravní práce.
        """,
        """
        The plan gave the town a common point of reference: transport investments are judged by
        whether they bring it closer to the chosen scenario. The scenario sets targets for the 2035
        modal split – roughly 27% by car, 10% by bicycle, 34% on foot and 29% by public transport –
        which serve as a direction, not as a result already achieved. Having an adopted plan also
        made it easier to apply for EU funds for transport projects.

        The Polish participants of the 2021 visit valued above all that the council decided the
        direction by choosing between clearly described scenarios, and that the plan also contains
        cheap and quick measures. The town reviews progress under the action plan; this description
        gives no data on changes in the modal split.
        """,
    ),
    "resources": _t(
        """
        Budżet na opracowanie planu przez zewnętrzny zespół ekspertów (analizy, pomiary ruchu,
        ankiety, scenariusze) oraz na działania informacyjne i konsultacje. Po stronie miasta:
        pracownicy ds. transportu i rozwoju, koordynator mobilności, zaangażowanie radnych.
        Partnerzy: organizator transportu publicznego, przewoźnicy, zarządcy dróg, szkoły,
        organizacje rowerowe i mieszkańcy. Czas: około półtora roku na opracowanie planu, potem
        wieloletnia realizacja i aktualizacje planu działań.
        """,
        """
        Rozpočet na zpracování plánu externím týmem odborníků (analýzy, dopravní průzkumy, ankety,
        scénáře) a na osvětu a projednání s veřejností. Na straně města: pracovníci pro dopravu a
        rozvoj, koordinátor mobility, zapojení zastupitelů. Partneři: organizátor veřejné dopravy,
        dopravci, správci komunikací, školy, cyklistické spolky a obyvatelé. Čas: zhruba rok a půl
        na zpracování plánu, poté dlouhodobé naplňování a aktualizace akčního plánu.
        """,
        """
        A budget for an external team of experts to prepare the plan (analyses, traffic counts,
        surveys, scenarios) and for awareness-raising and consultation. On the town's side:
        transport and development staff, a mobility coordinator, the involvement of councillors.
        Partners: the public transport authority, operators, road managers, schools, cycling groups
        and residents. Time: about a year and a half to prepare the plan, then implementation over
        many years and updates of the action plan.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: metodę scenariuszy, która pozwala radnym świadomie wybrać kierunek,
        zamiast zatwierdzać gotowy dokument; połączenie planu z planem działań na kilka lat; udział
        mieszkańców od etapu analiz; wyznaczenie osoby odpowiedzialnej za realizację. Plan
        mobilności jest też dobrym narzędziem dla gmin Aglomeracji Opolskiej, które chcą ubiegać
        się o środki na transport w ramach ZIT.

        Co dostosować i czego unikać: plan musi być dopasowany do skali miasta – w małej gminie
        wystarczy prostszy dokument, ale oparty na tych samych zasadach. Plan bez budżetu i bez
        regularnej oceny postępów szybko staje się dokumentem na półkę. Transport w mieście zależy
        od dojazdów z okolicy, dlatego warto planować mobilność wspólnie z sąsiednimi gminami i
        organizatorem transportu regionalnego.
        """,
        """
        Co převzít: metodu scénářů, která zastupitelům umožní vědomě zvolit směr místo schvalování
        hotového dokumentu; spojení plánu s akčním plánem na několik let; zapojení obyvatel už od
        fáze analýz; určení osoby odpovědné za naplňování. Plán mobility je také dobrým nástrojem
        pro obce Opolské aglomerace, které chtějí žádat o prostředky na dopravu v rámci ITI.

        Co přizpůsobit a čemu se vyhnout: plán musí odpovídat velikosti města – malé obci stačí
        jednodušší dokument, ale založený na stejných principech. Plán bez rozpočtu a bez
        pravidelného hodnocení se rychle stane dokumentem do šuplíku. Doprava ve městě závisí na
        dojížďce z okolí, a proto je dobré plánovat mobilitu společně se sousedními obcemi a
        organizátorem regionální dopravy.
        """,
        """
        What to copy: the scenario method, which lets councillors choose a direction consciously
        instead of approving a finished document; linking the plan with an action plan for several
        years; involving residents from the analysis stage onwards; naming a person responsible for
        implementation. A mobility plan is also a good tool for municipalities of the Opole
        agglomeration that want to apply for transport funding through the ITI.

        What to adapt and avoid: the plan must fit the size of the town; a small municipality needs
        a simpler document, built on the same principles. A plan without a budget and without
        regular progress reviews soon ends up on a shelf. Transport in a town depends on commuting
        from the surrounding area, so mobility is best planned together with neighbouring
        municipalities and the regional transport authority.
        """,
    ),
    "city": "prerov",
    "organisations": ["mesto-prerov"],
    "projects": ["razem-dla-rozwoju-aglomeracji-2020"],
    "themes": ["sustainable-mobility", "strategic-planning"],
    "year_start": 2017,
    "year_end": None,
    "cover": _cover("transport"),
    "gallery": [
        _image(
            "transport",
            "Plan stawia na pieszych, rowerzystów i transport publiczny",
            "Plán sází na chodce, cyklisty a veřejnou dopravu",
            "The plan favours walking, cycling and public transport",
        ),
        _image(
            "river",
            "Centrum Przerowa przecina rzeka Beczwa",
            "Centrem Přerova protéká řeka Bečva",
            "The river Bečva crosses the centre of Přerov",
        ),
        _image(
            "meeting",
            "Konsultacje z mieszkańcami były częścią przygotowania planu",
            "Projednání s obyvateli bylo součástí přípravy plánu",
            "Consultation with residents was part of preparing the plan",
        ),
    ],
    "links": [
        _link(
            "https://www.prerov.eu/",
            "Strona internetowa miasta Przerów",
            "Webové stránky statutárního města Přerova",
            "Website of the town of Přerov",
        ),
    ],
}

_DABROWA = {
    "slug": "dabrowa-gornicza-strategic-positioning",
    "status": "published",
    # Not reviewed for more than two years: flagged in the admin and the API.
    "reviewed_days_ago": 800,
    "title": _t(
        "Strategiczne pozycjonowanie Dąbrowy Górniczej w sieci URBACT OP-ACT",
        "Strategické umístění města Dąbrowa Górnicza v síti URBACT OP-ACT",
        "Strategic positioning of Dąbrowa Górnicza in the URBACT OP-ACT network",
    ),
    "summary": _t(
        """
        Dąbrowa Górnicza, miasto o przemysłowej przeszłości w Zagłębiu Dąbrowskim, wzięła udział w
        sieci tematycznej URBACT II OP-ACT, w której jedenaście małych i średnich miast Europy
        szukało odpowiedzi na zmiany demograficzne, deindustrializację i kryzys
        finansowy. Z lokalną grupą wsparcia miasto przygotowało lokalny plan działań, który łączył
        gospodarkę, sprawy społeczne i nowy wizerunek miasta. Doświadczenie pokazuje, jak wymiana z
        partnerami z całej Europy może pomóc miastu spojrzeć na siebie z zewnątrz.
        """,
        """
        Dąbrowa Górnicza, město s průmyslovou minulostí v oblasti Zagłębie Dąbrowskie, se zapojila
        do
        tematické sítě URBACT II OP-ACT, v níž jedenáct malých a středních evropských měst hledalo
        odpovědi na demografické změny, deindustrializaci a finanční krizi. Město s místní
        podpůrnou skupinou připravilo místní akční plán, který propojil ekonomiku, sociální otázky
        a novou image města. Zkušenost ukazuje, jak může výměna s partnery z celé Evropy pomoci
        městu podívat se na sebe zvenčí.
        """,
        """
        Dąbrowa Górnicza, a city with an industrial past in the Zagłębie Dąbrowskie area, took part
        in the URBACT II thematic network OP-ACT, in which eleven small and medium-sized European
        cities looked for responses to demographic change, deindustrialisation and the financial
        crisis. With a local support group, the city prepared a local action plan that linked the
        economy, social issues and a new image of the city. The experience shows how exchange with
        partners from across Europe can help a city look at itself from the outside.
        """,
    ),
    "problem": _t(
        """
        Dąbrowa Górnicza przez dziesięciolecia była miastem węgla, stali i piasku. Zamykanie kopalń
        i restrukturyzacja przemysłu ciężkiego zmniejszyły liczbę miejsc pracy w tradycyjnych
        branżach, część młodych ludzi wyjeżdżała do większych ośrodków, a społeczeństwo się
        starzało. Miasto, położone w cieniu Katowic i innych dużych ośrodków konurbacji, musiało na
        nowo określić, czym chce być i czym może przyciągnąć mieszkańców, inwestorów i gości.

        Podobne problemy miały małe i średnie miasta w całej Europie: zmiany demograficzne,
        postępująca deindustrializacja, a po 2008 roku – kryzys finansowy, który ograniczył budżety
        samorządów w momencie, gdy potrzeby rosły. Dla takich miast strategia oparta wyłącznie na
        wzroście przestaje wystarczać; potrzebne jest świadome pozycjonowanie, czyli wybór mocnych
        stron i specjalizacji.
        """,
        """
        Dąbrowa Górnicza byla po desetiletí městem uhlí, oceli a písku. Uzavírání dolů a
        restrukturalizace těžkého průmyslu snížily počet pracovních míst v tradičních odvětvích,
        část mladých lidí odcházela do větších center a obyvatelstvo stárlo. Město ve stínu Katovic
        a dalších velkých center konurbace muselo znovu určit, čím chce být a čím může přilákat
        obyvatele, investory a návštěvníky.

        Podobné problémy měla malá a střední města v celé Evropě: demografické změny, pokračující
        deindustrializaci a po roce 2008 finanční krizi, která omezila rozpočty samospráv ve
        chvíli, kdy potřeby rostly. Pro taková města přestává stačit strategie založená jen na
        růstu; potřebují vědomé strategické umístění, tedy výběr silných stránek a specializace.
        """,
        """
        For decades Dąbrowa Górnicza was a city of coal, steel and sand. The closure of mines and
        the restructuring of heavy industry cut jobs in traditional sectors, some young people left
        for larger centres, and the population aged. Lying in the shadow of Katowice and other
        large centres of the conurbation, the city had to decide anew what it wanted to be and how
        it could attract residents, investors and visitors.

        Small and medium-sized cities across Europe faced similar problems: demographic change,
        continuing deindustrialisation and, after 2008, a financial crisis that squeezed municipal
        budgets just as needs were growing. For such cities a strategy based on growth alone is no
        longer enough; they need deliberate positioning, that is, a choice of strengths and
        specialisations.
        """,
    ),
    "solution": _t(
        """
        W ramach programu URBACT II Dąbrowa Górnicza dołączyła do sieci OP-ACT (Options for Action
        – strategiczne pozycjonowanie małych i średnich miast), której partnerem wiodącym było
        austriackie Leoben. Partnerami były także Rzeżyca (Łotwa), Eberswalde i Altena (Niemcy),
        Heerlen (Holandia), Nagykálló (Węgry), Legazpi (Hiszpania), Notodden (Norwegia), Ankona
        (Włochy) i Mediaș (Rumunia). Sieć pracowała w kilku pakietach tematycznych: stabilizacja
        finansów i wzmocnienie gospodarki, integracja społeczna i przeciwdziałanie odpływowi
        młodych, budowa wizerunku przez kulturę i turystykę oraz warunki życia i mieszkalnictwo.

        Kluczowym elementem metody URBACT była lokalna grupa wsparcia: przedstawiciele urzędu,
        instytucji miejskich, przedsiębiorców, organizacji pozarządowych i mieszkańców, którzy
        wspólnie analizowali sytuację miasta i przenosili doświadczenia partnerów na lokalny grunt.
        Spotkania sieci w miastach partnerskich pozwalały zobaczyć na miejscu, jak inni radzą sobie
        z podobnymi problemami.

        Wynikiem prac był lokalny plan działań. Dąbrowa Górnicza szukała w nim nowej opowieści o
        sobie jako o mieście, które po epoce przemysłu ma do zaoferowania także wodę i zieleń,
        m.in.
        zbiorniki Pogoria powstałe w dawnych wyrobiskach piasku, ofertę rekreacyjną i edukacyjną –
        oraz działań łączących rozwój gospodarczy z integracją społeczną.
        """,
        """
        V rámci programu URBACT II se Dąbrowa Górnicza připojila k síti OP-ACT (Options for Action
        – strategické umístění malých a středních měst), jejímž vedoucím partnerem byl rakouský
        Leoben. Partnery byly také Rēzekne (Lotyšsko), Eberswalde a Altena (Německo), Heerlen
        (Nizozemsko), Nagykálló (Maďarsko), Legazpi (Španělsko), Notodden (Norsko), Ancona (Itálie)
        a Mediaș (Rumunsko). Síť pracovala v několika tematických balíčcích: stabilizace financí a
        posílení ekonomiky, sociální začleňování a prevence odchodu mladých lidí, budování image
        prostřednictvím kultury a cestovního ruchu a životní podmínky a bydlení.

        Klíčovým prvkem metody URBACT byla místní podpůrná skupina: zástupci úřadu, městských
        institucí, podnikatelů, neziskových organizací a obyvatel, kteří společně analyzovali
        situaci města a přenášeli zkušenosti partnerů do místních podmínek. Setkání sítě v
        partnerských městech umožňovala vidět na vlastní oči, jak si s podobnými problémy poradili
        jinde.

        Výsledkem práce byl místní akční plán. Dąbrowa Górnicza v něm hledala nový příběh o sobě –
        o městě, které po průmyslové éře nabízí i vodu a zeleň, mimo jiné nádrže Pogoria vzniklé v
        bývalých pískovnách, rekreační a vzdělávací nabídku – a opatření spojující hospodářský
        rozvoj se sociálním začleňováním.
        """,
        """
        Under the URBACT II programme, Dąbrowa Górnicza joined the OP-ACT network (Options for
        Action – strategic positioning of small and medium-sized cities), led by Leoben in Austria.
        The other partners were Rēzekne (Latvia), Eberswalde and Altena (Germany), Heerlen
        (Netherlands), Nagykálló (Hungary), Legazpi (Spain), Notodden (Norway), Ancona (Italy) and
        Mediaș (Romania). The network worked in several thematic packages: stabilising finances and
        strengthening the economy, social inclusion and stopping the loss of young people, building
        an image through culture and tourism, and living conditions and housing.

        A key element of the URBACT method was the local support group: representatives of the city
        hall, municipal institutions, businesses, NGOs and residents, who analysed the city's
        situation together and translated the partners' experience to local conditions. Network
        meetings in the partner cities made it possible to see on site how others were dealing with
        similar problems.

        The result of this work was a local action plan. In it, Dąbrowa Górnicza looked for a new
        story about itself – a city that after the industrial era also offers water and greenery,
        including the Pogoria lakes formed in former sand pits, and a leisure and learning offer –
        and for measures linking economic development with social inclusion.
        """,
    ),
    "results": _t(
        """
        Najważniejszym efektem był sposób pracy: miasto przećwiczyło planowanie z udziałem
        partnerów spoza urzędu i oparło swoje decyzje na porównaniu z innymi miastami w podobnej
        sytuacji. Lokalny plan działań dał argumenty do dalszych strategii i projektów, w tym do
        przygotowań do okresu programowania 2014–2020, a miasto zyskało kontakty z miastami
        partnerskimi w całej Europie.

        Wizerunek miasta jako miejsca rekreacji nad wodą, a nie tylko ośrodka przemysłowego, był w
        kolejnych latach konsekwentnie rozwijany. Trudno przypisać tę zmianę wyłącznie projektowi
        URBACT; projekt był jednym z jej źródeł, a nie jedyną przyczyną. Opis nie podaje
        wskaźników, których nie potwierdzono.
        """,
        """
        Nejdůležitějším výsledkem byl způsob práce: město si vyzkoušelo plánování se zapojením
        partnerů mimo úřad a opřelo svá rozhodnutí o srovnání s jinými městy v podobné situaci.
        Místní akční plán poskytl argumenty pro další strategie a projekty, včetně přípravy na
        programové období 2014–2020, a město získalo kontakty s partnerskými městy v celé Evropě.

        Image města jako místa rekreace u vody, a ne jen průmyslového centra, se v dalších letech
        soustavně rozvíjela. Tuto změnu nelze přičítat jen projektu URBACT; projekt byl jedním z
        jejích zdrojů, nikoli jedinou příčinou. Popis neuvádí ukazatele, které nebyly ověřeny.
        """,
        """
        The most important result was a way of working: the city practised planning with partners
        from outside the city hall and based its decisions on comparison with other cities in a
        similar situation. The local action plan provided arguments for later strategies and
        projects, including preparations for the 2014-2020 programming period, and the city gained
        contacts with partner cities across Europe.

        The image of the city as a place for leisure by the water, and not only an industrial
        centre, was developed consistently in the following years. This change cannot be credited
        to the URBACT project alone; the project was one of its sources, not the only cause. The
        description gives no indicators that have not been confirmed.
        """,
    ),
    "resources": _t(
        """
        Budżet sieci URBACT II finansowany z EFRR i wkładów partnerów; udział miasta obejmował
        koszty podróży na spotkania sieci, organizację spotkań lokalnej grupy wsparcia i prace nad
        planem. Zespół: koordynator projektu w urzędzie, pracownicy wydziałów strategii i rozwoju,
        członkowie lokalnej grupy wsparcia, ekspert wiodący sieci. Partnerzy: dziesięć miast
        partnerskich i sekretariat URBACT. Czas: około trzech lat pracy sieci.
        """,
        """
        Rozpočet sítě URBACT II financovaný z EFRR a příspěvků partnerů; účast města zahrnovala
        náklady na cesty na setkání sítě, organizaci setkání místní podpůrné skupiny a práci na
        plánu. Tým: koordinátor projektu na úřadě, pracovníci odborů strategie a rozvoje, členové
        místní podpůrné skupiny, vedoucí expert sítě. Partneři: deset partnerských měst a
        sekretariát URBACT. Čas: zhruba tři roky práce sítě.
        """,
        """
        The URBACT II network budget, funded from the ERDF and the partners' contributions; the
        city's share covered travel to network meetings, meetings of the local support group and
        work on the plan. Team: a project coordinator in the city hall, staff of the strategy and
        development departments, members of the local support group, the network's lead expert.
        Partners: ten partner cities and the URBACT secretariat. Time: about three years of network
        activity.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: lokalną grupę wsparcia jako stałą formę planowania z mieszkańcami i
        partnerami; porównywanie się z miastami o podobnej skali i historii, a nie tylko z
        metropoliami; szukanie nowej opowieści o mieście w zasobach, które już ma – w przypadku
        Dąbrowy w wodzie i zieleni powstałych na terenach poprzemysłowych. Miasta Aglomeracji
        Opolskiej i Ołomunieckiej, w tym mniejsze ośrodki, mogą korzystać z obecnych sieci URBACT w
        podobny sposób.

        Czego unikać: traktowania udziału w sieci jako celu samego w sobie – wymiana ma sens tylko
        wtedy, gdy plan działań ma poparcie władz miasta i źródła finansowania. Warto od początku
        zaplanować, kto po zakończeniu projektu będzie odpowiadał za realizację planu i jak
        utrzymać zaangażowanie lokalnej grupy wsparcia.
        """,
        """
        Co převzít: místní podpůrnou skupinu jako trvalou formu plánování s obyvateli a partnery;
        srovnávání s městy podobné velikosti a historie, nejen s metropolemi; hledání nového
        příběhu města ve zdrojích, které už má – v případě Dąbrowy ve vodě a zeleni vzniklých na
        bývalých průmyslových plochách. Města Opolské a Olomoucké aglomerace včetně menších center
        mohou podobně využívat současné sítě URBACT.

        Čemu se vyhnout: brát účast v síti jako cíl sám o sobě – výměna má smysl jen tehdy, když má
        akční plán podporu vedení města a zdroje financování. Od začátku je dobré naplánovat, kdo
        bude po skončení projektu odpovídat za naplňování plánu a jak udržet zapojení místní
        podpůrné skupiny.
        """,
        """
        What to copy: the local support group as a permanent way of planning with residents and
        partners; comparing oneself with cities of similar size and history, not only with
        metropolises; looking for a new story of the city in the assets it already has – in
        Dąbrowa's case, water and greenery created on former industrial land. Towns of the Opole
        and Olomouc agglomerations, including the smaller ones, can use current URBACT networks in
        a similar way.

        What to avoid: treating membership of a network as an end in itself; exchange makes sense
        only if the action plan has the backing of the city's leaders and sources of funding. Plan
        from the start who will be responsible for implementing the plan after the project ends,
        and how to keep the local support group engaged.
        """,
    ),
    "city": "dabrowa-gornicza",
    "organisations": ["miasto-dabrowa-gornicza", "stadtgemeinde-leoben"],
    "projects": ["urbact-op-act"],
    "themes": ["strategic-planning", "institutional-cooperation", "culture-and-tourism"],
    "year_start": 2009,
    "year_end": 2012,
    "cover": _cover("city"),
    "gallery": [
        _image(
            "meeting",
            "Lokalna grupa wsparcia przenosiła doświadczenia partnerów na grunt miasta",
            "Místní podpůrná skupina přenášela zkušenosti partnerů do města",
            "The local support group translated the partners' experience to the city",
        ),
        _image(
            "green",
            "Woda i zieleń na dawnych terenach przemysłowych jako nowy atut miasta",
            "Voda a zeleň na bývalých průmyslových plochách jako nová přednost města",
            "Water and greenery on former industrial land as a new asset of the city",
        ),
    ],
    "links": [
        _link(
            "https://urbact.eu/",
            "Program URBACT",
            "Program URBACT",
            "The URBACT programme",
        ),
        _link(
            "https://www.dabrowa-gornicza.pl/",
            "Strona internetowa miasta Dąbrowa Górnicza",
            "Webové stránky města Dąbrowa Górnicza",
            "Website of the city of Dąbrowa Górnicza",
        ),
    ],
}

_GZM_KANSAS_CITY = {
    "slug": "gzm-kansas-city-building-energy-exchange",
    "status": "published",
    # Not reviewed for more than a year: its partners are asked to confirm it.
    "reviewed_days_ago": 420,
    "title": _t(
        "Metropolia GZM i Kansas City: wymiana doświadczeń o efektywności energetycznej budynków",
        "Metropole GZM a Kansas City: výměna zkušeností s energetickou účinností budov",
        "GZM Metropolis and Kansas City: an exchange on energy efficiency in buildings",
    ),
    "summary": _t(
        """
        Od września 2021 roku Górnośląsko-Zagłębiowska Metropolia współpracuje z obszarem
        metropolitalnym Kansas City w ramach unijnego programu International Urban and Regional
        Cooperation (IURC). Partnerzy wymieniają się doświadczeniami w zakresie efektywności
        energetycznej budynków, zrównoważonej mobilności oraz edukacji i umiejętności potrzebnych
        na rynku pracy. Wymiana pozwala porównać polskie i amerykańskie sposoby zbierania danych o
        zużyciu energii i planowania modernizacji budynków.
        """,
        """
        Od září 2021 spolupracuje Hornoslezsko-zagłębiowská metropole s metropolitní oblastí Kansas
        City v rámci programu EU International Urban and Regional Cooperation (IURC). Partneři si
        vyměňují zkušenosti s energetickou účinností budov, udržitelnou mobilitou a vzděláváním a
        dovednostmi pro trh práce. Výměna umožňuje porovnat polské a americké způsoby sběru dat o
        spotřebě energie a plánování renovací budov.
        """,
        """
        Since September 2021 the Upper Silesian-Zagłębie Metropolis has cooperated with the Kansas
        City metropolitan area under the EU's International Urban and Regional Cooperation (IURC)
        programme. The partners share experience on energy efficiency in buildings, sustainable
        urban mobility, and education and skills for the labour market. The exchange makes it
        possible to compare Polish and American ways of collecting data on energy use and planning
        building retrofits.
        """,
    ),
    "problem": _t(
        """
        Górnośląsko-Zagłębiowska Metropolia, związek 41 gmin wokół Katowic działający od 2017 roku,
        to jeden z największych obszarów miejskich w Polsce. Duża część budynków – mieszkalnych i
        publicznych – powstała w czasach, gdy energia była tania, a o izolacji myślało się mało.
        Budynki zużywają więc dużo energii, a tam, gdzie nadal ogrzewa się je węglem, przyczyniają
        się do złej jakości powietrza zimą. Rosnące ceny energii i cele klimatyczne UE sprawiają,
        że modernizacja budynków staje się pilna.

        Gminy metropolii zarządzają setkami szkół, przedszkoli, urzędów i obiektów sportowych, ale
        nie zawsze mają porównywalne dane o ich zużyciu energii. Bez danych trudno wybrać, które
        budynki modernizować najpierw, i sprawdzić, czy inwestycje przyniosły oczekiwane
        oszczędności. Brakuje też wykwalifikowanych pracowników do audytów i robót
        modernizacyjnych.
        """,
        """
        Hornoslezsko-zagłębiowská metropole, svazek 41 obcí kolem Katovic, který působí od roku
        2017, je jednou z největších městských oblastí v Polsku. Velká část budov – obytných i
        veřejných – vznikla v době, kdy byla energie levná a na izolaci se příliš nemyslelo. Budovy
        proto spotřebovávají hodně energie, a kde se stále topí uhlím, přispívají v zimě ke špatné
        kvalitě ovzduší. Rostoucí ceny energie a klimatické cíle EU činí renovaci budov naléhavou.

        Obce metropole spravují stovky škol, školek, úřadů a sportovišť, ale ne vždy mají
        srovnatelná data o jejich spotřebě energie. Bez dat je těžké vybrat, které budovy renovovat
        nejdříve, a ověřit, zda investice přinesly očekávané úspory. Chybí také kvalifikovaní
        pracovníci pro energetické audity a renovační práce.
        """,
        """
        The Upper Silesian-Zagłębie Metropolis (GZM), an association of 41 municipalities around
        Katowice operating since 2017, is one of the largest urban areas in Poland. Much of its
        building stock – housing and public buildings alike – was built when energy was cheap and
        little thought was given to insulation. The buildings therefore use a lot of energy, and
        where they are still heated with coal, they add to poor air quality in winter. Rising
        energy prices and the EU's climate targets make retrofitting urgent.

        The metropolis's municipalities manage hundreds of schools, kindergartens, offices and
        sports facilities, but do not always have comparable data on their energy use. Without data
        it is hard to choose which buildings to retrofit first and to check whether investments
        have delivered the expected savings. There is also a shortage of skilled workers for energy
        audits and retrofit work.
        """,
    ),
    "solution": _t(
        """
        W ramach programu IURC Komisja Europejska łączy miasta i regiony UE z partnerami w Ameryce
        Północnej. Metropolia GZM została połączona z regionem Kansas City, leżącym po obu stronach
        granicy stanów Missouri i Kansas, gdzie partnerem jest Mid-America Regional Council –
        regionalna rada samorządów i organizacja planowania metropolitalnego. Współpraca obejmuje
        trzy tematy: efektywność energetyczną budynków, zrównoważoną mobilność oraz edukację,
        miejsca pracy i umiejętności.

        W dziedzinie budynków partnerzy porównują swoje podejścia. Kansas City w stanie Missouri od
        2015 roku wymaga od właścicieli dużych budynków corocznego raportowania zużycia energii i
        wody, a dane te pomagają planować modernizacje. Metropolia GZM wnosi doświadczenia z
        modernizacji budynków publicznych i walki z niską emisją. Wspólnym tematem jest też
        przygotowanie pracowników do zielonych zawodów, bez których modernizacje nie będą możliwe.

        Wymiana odbywa się przez spotkania online, wizytę studyjną delegacji z metropolii w Kansas
        City i rozmowy z ekspertami. Ważnym momentem było Światowe Forum Miejskie (World Urban
        Forum) w Katowicach w czerwcu 2022 roku, podczas którego partnerzy mogli przedstawić
        współpracę szerszej publiczności.
        """,
        """
        V programu IURC propojuje Evropská komise města a regiony EU s partnery v Severní Americe.
        Metropole GZM byla spojena s regionem Kansas City, který leží na obou stranách hranice
        států Missouri a Kansas; partnerem je zde Mid-America Regional Council – regionální rada
        samospráv a organizace pro metropolitní plánování. Spolupráce zahrnuje tři témata:
        energetickou účinnost budov, udržitelnou mobilitu a vzdělávání, pracovní místa a
        dovednosti.

        V oblasti budov partneři porovnávají své přístupy. Kansas City ve státě Missouri od roku
        2015 vyžaduje, aby vlastníci velkých budov každoročně vykazovali spotřebu energie a vody, a
        tato data pomáhají plánovat renovace. Metropole GZM přináší zkušenosti s renovacemi
        veřejných budov a bojem proti emisím z lokálních topenišť. Společným tématem je i příprava
        pracovníků pro zelené profese, bez nichž renovace nebudou možné.

        Výměna probíhá prostřednictvím online setkání, studijní cesty delegace z metropole do
        Kansas City a rozhovorů s odborníky. Důležitým okamžikem bylo Světové urbanistické fórum
        (World Urban Forum) v Katovicích v červnu 2022, kde mohli partneři představit spolupráci
        širší veřejnosti.
        """,
        """
        Through the IURC programme the European Commission pairs EU cities and regions with
        partners in North America. The GZM Metropolis was paired with the Kansas City region, which
        lies on both sides of the state line between Missouri and Kansas; the partner there is the
        Mid-America Regional Council, the region's council of local governments and metropolitan
        planning organisation. The cooperation covers three themes: energy efficiency in buildings,
        sustainable mobility, and education, jobs and skills.

        On buildings, the partners compare their approaches. Since 2015 Kansas City, Missouri, has
        required owners of large buildings to report their energy and water use every year, and
        these data help to plan retrofits. The GZM Metropolis brings experience of retrofitting
        public buildings and of tackling emissions from household heating. A shared topic is
        preparing workers for green jobs, without whom retrofits will not happen.

        The exchange takes place through online meetings, a study visit of a delegation from the
        metropolis to Kansas City and discussions with experts. An important moment was the World
        Urban Forum in Katowice in June 2022, where the partners could present their cooperation to
        a wider audience.
        """,
    ),
    "results": _t(
        """
        Współpraca dała metropolii dostęp do doświadczeń regionu, który od lat zbiera i publikuje
        dane o zużyciu energii w budynkach, oraz do kontaktów z amerykańskimi instytucjami,
        organizacjami i firmami. Dla gmin GZM szczególnie przydatne mogą być pomysły na
        systematyczne zbieranie danych o budynkach publicznych i powiązanie modernizacji z
        programami szkoleń zawodowych.

        Współpraca jest w toku, a jej efekty to na razie głównie wiedza, kontakty i pomysły na
        pilotażowe działania, a nie zmierzone oszczędności energii. Ocenę rzeczywistego wpływu na
        zużycie energii w budynkach metropolii trzeba będzie przeprowadzić po wdrożeniu konkretnych
        działań.
        """,
        """
        Spolupráce dala metropoli přístup ke zkušenostem regionu, který už léta shromažďuje a
        zveřejňuje data o spotřebě energie v budovách, a ke kontaktům s americkými institucemi,
        organizacemi a firmami. Pro obce GZM mohou být zvlášť užitečné nápady na systematický sběr
        dat o veřejných budovách a propojení renovací s programy odborného vzdělávání.

        Spolupráce stále probíhá a jejími výsledky jsou zatím hlavně znalosti, kontakty a náměty na
        pilotní opatření, nikoli změřené úspory energie. Skutečný dopad na spotřebu energie v
        budovách metropole bude nutné vyhodnotit po zavedení konkrétních opatření.
        """,
        """
        The cooperation has given the metropolis access to the experience of a region that has
        collected and published data on energy use in buildings for years, and to contacts with
        American institutions, organisations and companies. For GZM municipalities, particularly
        useful ideas concern collecting data on public buildings systematically and linking
        retrofits with vocational training programmes.

        The cooperation is ongoing, and its results so far are mainly knowledge, contacts and ideas
        for pilot actions rather than measured energy savings. The real impact on energy use in the
        metropolis's buildings will have to be assessed once specific measures are in place.
        """,
    ),
    "resources": _t(
        """
        Program IURC finansowany z Instrumentu Partnerstwa UE pokrywa koordynację, wsparcie
        ekspertów i część kosztów podróży. Po stronie metropolii: zespół ds. współpracy
        międzynarodowej i ekspertów od energii i mobilności, czas pracowników gmin członkowskich.
        Partnerzy: Mid-America Regional Council, miasta regionu Kansas City, uczelnie i organizacje
        zajmujące się energią. Czas: od września 2021 roku co najmniej do grudnia 2023 roku.
        """,
        """
        Program IURC financovaný z Nástroje partnerství EU hradí koordinaci, odbornou podporu a
        část cestovních nákladů. Na straně metropole: tým pro mezinárodní spolupráci a odborníci na
        energetiku a mobilitu, čas pracovníků členských obcí. Partneři: Mid-America Regional
        Council, města regionu Kansas City, vysoké školy a organizace zabývající se energetikou.
        Čas: od září 2021 nejméně do prosince 2023.
        """,
        """
        The IURC programme, funded by the EU Partnership Instrument, covers coordination, expert
        support and part of the travel costs. On the metropolis's side: an international
        cooperation team and energy and mobility experts, plus staff time in member municipalities.
        Partners: the Mid-America Regional Council, cities of the Kansas City region, universities
        and energy organisations. Time: from September 2021 until at least December 2023.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: regularne zbieranie i porównywanie danych o zużyciu energii w budynkach
        publicznych – to tanie narzędzie, od którego może zacząć każda gmina, także w Aglomeracji
        Opolskiej i Ołomunieckiej; łączenie programów modernizacji z kształceniem pracowników;
        współpraca na poziomie całego obszaru metropolitalnego zamiast pojedynczych gmin.

        Co dostosować i czego unikać: amerykańskie rozwiązania prawne nie przenoszą się wprost do
        Polski ani do Czech, gdzie obowiązują przepisy UE o charakterystyce energetycznej budynków.
        Współpraca z odległym partnerem jest kosztowna, więc warto wybrać kilka konkretnych tematów
        i z góry określić, co ma z niej wyniknąć. Wymiana wiedzy jest dopiero początkiem –
        oszczędności przynoszą dopiero modernizacje i dobre zarządzanie budynkami.
        """,
        """
        Co převzít: pravidelný sběr a porovnávání dat o spotřebě energie ve veřejných budovách – je
        to levný nástroj, kterým může začít každá obec, i v Opolské a Olomoucké aglomeraci;
        propojení programů renovací se vzděláváním pracovníků; spolupráci na úrovni celé
        metropolitní oblasti místo jednotlivých obcí.

        Co přizpůsobit a čemu se vyhnout: americká právní řešení nelze přenést přímo do Polska ani
        do Česka, kde platí předpisy EU o energetické náročnosti budov. Spolupráce se vzdáleným
        partnerem je nákladná, proto je dobré vybrat několik konkrétních témat a předem určit, co z
        ní má vzejít. Výměna znalostí je teprve začátek – úspory přinášejí až renovace a dobrá
        správa budov.
        """,
        """
        What to copy: collecting and comparing data on energy use in public buildings regularly, a
        cheap tool any municipality can start with, including those of the Opole and Olomouc
        agglomerations; linking retrofit programmes with training for workers; cooperating at the
        level of the whole metropolitan area rather than single municipalities.

        What to adapt and avoid: American legal solutions do not transfer directly to Poland or
        Czechia, where EU rules on the energy performance of buildings apply. Cooperation with a
        distant partner is costly, so it is worth choosing a few specific topics and deciding in
        advance what it should produce. Exchanging knowledge is only the start; savings come from
        retrofits and good building management.
        """,
    ),
    "city": "katowice",
    "organisations": ["metropolia-gzm", "mid-america-regional-council"],
    "projects": ["iurc-gzm-kansas-city"],
    "themes": ["energy-efficiency", "institutional-cooperation", "education-and-skills"],
    "year_start": 2021,
    "year_end": 2023,
    "cover": _cover("city"),
    "gallery": [
        _image(
            "building",
            "Modernizacja budynków publicznych to główny temat wymiany",
            "Renovace veřejných budov je hlavním tématem výměny",
            "Retrofitting public buildings is the main topic of the exchange",
        ),
        _image(
            "meeting",
            "Spotkania ekspertów z obu stron Atlantyku",
            "Setkání odborníků z obou stran Atlantiku",
            "Meetings of experts from both sides of the Atlantic",
        ),
    ],
    "links": [
        _link(
            "https://metropoliagzm.pl/",
            "Górnośląsko-Zagłębiowska Metropolia",
            "Hornoslezsko-zagłębiowská metropole",
            "Upper Silesian-Zagłębie Metropolis",
        ),
        _link(
            "https://www.marc.org/",
            "Mid-America Regional Council",
            "Mid-America Regional Council",
            "Mid-America Regional Council",
        ),
    ],
}

_CULTURE_INCLUDES = {
    "slug": "kultura-wlacza-accessible-library",
    "status": "published",
    "title": _t(
        "„Kultura włącza” – biblioteki i domy kultury dostępne dla wszystkich",
        "„Kultura włącza“ – knihovny a kulturní domy přístupné všem",
        "“Kultura włącza” (Culture includes) – libraries and cultural centres open to everyone",
    ),
    "summary": _t(
        """
        W projekcie „Kultura włącza”, finansowanym z Funduszy EOG i Funduszy Norweskich, biblioteki
        i domy kultury z Obszaru Metropolitalnego Gdańsk Gdynia Sopot uczą się, jak stać się
        dostępnymi dla osób z niepełnosprawnościami, seniorów i migrantów. Partnerami są m.in.
        Wojewódzka i Miejska Biblioteka Publiczna w Gdańsku oraz Biblioteka Narodowa Norwegii w
        Oslo. Pracownicy instytucji kultury poznali w Norwegii biblioteki, które są otwarte na
        bardzo różne grupy odbiorców.
        """,
        """
        V projektu „Kultura włącza“ (Kultura začleňuje), financovaném z Fondů EHP a Norska, se
        knihovny a kulturní domy z Metropolitní oblasti Gdaňsk Gdyně Sopoty učí, jak se stát
        přístupnými pro lidi se zdravotním postižením, seniory a migranty. Partnery jsou mimo jiné
        Vojvodská a městská veřejná knihovna v Gdaňsku a Norská národní knihovna v Oslu. Pracovníci
        kulturních institucí poznali v Norsku knihovny otevřené velmi různým skupinám návštěvníků.
        """,
        """
        In the project “Kultura włącza” (Culture includes), funded by the EEA and Norway Grants,
        libraries and cultural centres of the Gdańsk-Gdynia-Sopot Metropolitan Area learn how to
        become accessible to people with disabilities, older people and migrants. The partners
        include the Voivodeship and City Public Library in Gdańsk and the National Library of
        Norway in Oslo. Staff of cultural institutions visited Norwegian libraries that welcome
        very different groups of users.
        """,
    ),
    "problem": _t(
        """
        Biblioteki i domy kultury są z założenia otwarte dla wszystkich, ale w praktyce wiele osób
        z nich nie korzysta. Bariery bywają fizyczne – schody, brak wind, nieczytelne oznakowanie –
        ale równie często dotyczą komunikacji i oferty: brak materiałów w łatwym języku, w
        alfabecie Braille'a czy w formie audio, brak wydarzeń z tłumaczeniem na polski język
        migowy, brak oferty dla osób, które dopiero uczą się polskiego. Pracownicy nie zawsze
        wiedzą, jak obsłużyć osobę z niepełnosprawnością intelektualną czy migranta, który nie zna
        języka.

        W Obszarze Metropolitalnym Gdańsk Gdynia Sopot mieszka coraz więcej migrantów, rośnie też
        liczba seniorów. Ustawa o zapewnianiu dostępności osobom ze szczególnymi potrzebami z 2019
        roku nałożyła na instytucje publiczne obowiązki w zakresie dostępności, ale samo prawo nie
        zmienia codziennej praktyki. Pojedyncze instytucje, zwłaszcza małe domy kultury w gminach
        wokół Trójmiasta, nie mają zasobów, by samodzielnie zdobyć potrzebną wiedzę.
        """,
        """
        Knihovny a kulturní domy jsou ze své podstaty otevřené všem, ale v praxi je mnoho lidí
        nevyužívá. Bariéry bývají fyzické – schody, chybějící výtahy, nečitelné značení –, stejně
        často se však týkají komunikace a nabídky: chybějí materiály ve snadném jazyce, v Braillově
        písmu nebo ve zvukové podobě, akce s tlumočením do polského znakového jazyka i nabídka pro
        ty, kdo se teprve učí polsky. Zaměstnanci ne vždy vědí, jak obsloužit člověka s mentálním
        postižením nebo migranta, který nezná jazyk.

        V Metropolitní oblasti Gdaňsk Gdyně Sopoty žije stále více migrantů a přibývá i seniorů.
        Polský zákon o zajištění přístupnosti osobám se zvláštními potřebami z roku 2019 uložil
        veřejným institucím povinnosti v oblasti přístupnosti, samotný zákon však každodenní praxi
        nezmění. Jednotlivé instituce, zvláště malé kulturní domy v obcích kolem Trojměstí, nemají
        prostředky, aby potřebné znalosti získaly samy.
        """,
        """
        Libraries and cultural centres are open to everyone in principle, but in practice many
        people do not use them. Some barriers are physical – stairs, no lifts, unclear signs – but
        just as often they concern communication and the offer: no materials in easy-to-read
        language, in Braille or in audio form, no events with Polish Sign Language interpreting,
        nothing for people who are only starting to learn Polish. Staff do not always know how to
        serve a person with an intellectual disability or a migrant who does not speak the
        language.

        More and more migrants live in the Gdańsk-Gdynia-Sopot Metropolitan Area, and the number of
        older people is growing too. Poland's 2019 act on ensuring accessibility for people with
        special needs gave public institutions duties on accessibility, but the law alone does not
        change everyday practice. Individual institutions, especially small cultural centres in the
        municipalities around the Tri-City, lack the resources to acquire the necessary knowledge
        on their own.
        """,
    ),
    "solution": _t(
        """
        Obszar Metropolitalny Gdańsk Gdynia Sopot połączył w projekcie „Kultura włącza” instytucje
        kultury z wielu gmin metropolii, z udziałem Wojewódzkiej i Miejskiej Biblioteki Publicznej
        w Gdańsku, która ma sieć filii w całym mieście, oraz Biblioteki Narodowej Norwegii jako
        partnera dzielącego się doświadczeniem. Dzięki temu nawet mała biblioteka gminna może
        korzystać z tej samej wiedzy co duża instytucja w centrum Gdańska.

        Projekt łączy szkolenia pracowników z wymianą doświadczeń. Pracownicy uczą się, jak
        rozpoznawać bariery w swoich instytucjach, jak komunikować się z osobami o różnych
        potrzebach i jak projektować wydarzenia dostępne od początku, a nie dostosowywane w
        ostatniej chwili. Ważnym elementem była wizyta studyjna w Oslo: goście poznali Bibliotekę
        Narodową, nową główną bibliotekę publiczną miasta i bibliotekę przeznaczoną wyłącznie dla
        nastolatków, a także norweskie organizacje działające na rzecz osób z niepełnosprawnościami
        i cudzoziemców.

        Zdobytą wiedzę instytucje przekładają na zmiany w swojej ofercie i codziennej pracy: od
        sposobu przyjmowania gości, przez materiały i wydarzenia, po współpracę z organizacjami
        osób z niepełnosprawnościami i migrantów, które pomagają sprawdzić, czy zmiany odpowiadają
        potrzebom.
        """,
        """
        Metropolitní oblast Gdaňsk Gdyně Sopoty spojila v projektu „Kultura włącza“ kulturní
        instituce z mnoha obcí metropole za účasti Vojvodské a městské veřejné knihovny v Gdaňsku,
        která má síť poboček po celém městě, a Norské národní knihovny jako partnera, který sdílí
        své zkušenosti. Díky tomu může i malá obecní knihovna čerpat ze stejných znalostí jako
        velká instituce v centru Gdaňsku.

        Projekt spojuje školení zaměstnanců s výměnou zkušeností. Zaměstnanci se učí rozpoznávat
        bariéry ve svých institucích, komunikovat s lidmi s různými potřebami a navrhovat akce
        přístupné od začátku, ne upravované na poslední chvíli. Důležitou součástí byla studijní
        cesta do Osla: hosté poznali Národní knihovnu, novou hlavní veřejnou knihovnu města a
        knihovnu určenou jen pro dospívající a také norské organizace pracující pro lidi se
        zdravotním postižením a pro cizince.

        Získané znalosti instituce promítají do své nabídky a každodenní práce: od způsobu
        přijímání návštěvníků přes materiály a akce až po spolupráci s organizacemi lidí se
        zdravotním postižením a migrantů, které pomáhají ověřit, zda změny odpovídají potřebám.
        """,
        """
        In the “Kultura włącza” project, the Gdańsk-Gdynia-Sopot Metropolitan Area brought together
        cultural institutions from many of its municipalities, with the Voivodeship and City Public
        Library in Gdańsk, which has a network of branches across the city, and the National
        Library of Norway as a partner sharing its experience. As a result, even a small municipal
        library can draw on the same knowledge as a large institution in central Gdańsk.

        The project combines staff training with an exchange of experience. Staff learn how to spot
        barriers in their institutions, how to communicate with people with different needs, and
        how to design events that are accessible from the start rather than adapted at the last
        minute. An important element was a study visit to Oslo: the guests saw the National
        Library, the city's new main public library and a library designed only for teenagers, and
        met Norwegian organisations working with people with disabilities and with foreigners.

        The institutions turn what they have learnt into changes in their offer and daily work:
        from the way visitors are welcomed, through materials and events, to cooperation with
        organisations of people with disabilities and of migrants, who help check whether the
        changes meet real needs.
        """,
    ),
    "results": _t(
        """
        Projekt zbudował wspólną wiedzę i kontakty między instytucjami kultury w całej metropolii,
        które wcześniej pracowały osobno. Pracownicy, którzy uczestniczyli w szkoleniach i w
        wizycie w Oslo, przenoszą doświadczenia do swoich zespołów, a instytucje mogą porównywać
        się ze sobą i uczyć od siebie nawzajem.

        Wizyta w Norwegii pokazała, że biblioteka może być miejscem spotkań, nauki i pomocy dla
        bardzo różnych grup, a nie tylko wypożyczalnią książek. Mierzalne efekty – np. zmiana
        liczby użytkowników z grup, do których skierowano projekt – powinny wynikać z ewaluacji
        prowadzonej przez partnerów; ten opis ich nie podaje.
        """,
        """
        Projekt vytvořil společné znalosti a kontakty mezi kulturními institucemi z celé metropole,
        které dříve pracovaly odděleně. Zaměstnanci, kteří se zúčastnili školení a cesty do Osla,
        předávají zkušenosti svým týmům a instituce se mohou vzájemně srovnávat a učit jedna od
        druhé.

        Návštěva Norska ukázala, že knihovna může být místem setkávání, učení a pomoci pro velmi
        různé skupiny, a ne jen půjčovnou knih. Měřitelné výsledky – například změna počtu
        uživatelů z cílových skupin projektu – by měly vyplynout z evaluace partnerů; tento popis
        je neuvádí.
        """,
        """
        The project has built shared knowledge and contacts among cultural institutions across the
        metropolis that used to work separately. Staff who took part in the training and the Oslo
        visit pass on their experience to their teams, and the institutions can compare themselves
        and learn from one another.

        The visit to Norway showed that a library can be a place for meeting, learning and help for
        very different groups, not only a place to borrow books. Measurable effects, such as a
        change in the number of users from the project's target groups, should come from the
        partners' evaluation; this description does not give them.
        """,
    ),
    "resources": _t(
        """
        Dotacja z Funduszy EOG i Funduszy Norweskich z wkładem własnym partnerów. Zespół:
        koordynatorzy w stowarzyszeniu metropolitalnym i w Wojewódzkiej i Miejskiej Bibliotece
        Publicznej w Gdańsku, pracownicy instytucji kultury uczestniczący w szkoleniach, trenerzy i
        eksperci ds. dostępności. Partnerzy: Biblioteka Narodowa Norwegii, biblioteki i domy
        kultury z gmin metropolii, organizacje osób z niepełnosprawnościami i migrantów. Czas:
        kilka lat realizacji, a wprowadzanie zmian w instytucjach trwa dłużej.
        """,
        """
        Dotace z Fondů EHP a Norska s vlastním podílem partnerů. Tým: koordinátoři v metropolitním
        sdružení a ve Vojvodské a městské veřejné knihovně v Gdaňsku, zaměstnanci kulturních
        institucí účastnící se školení, lektoři a odborníci na přístupnost. Partneři: Norská
        národní knihovna, knihovny a kulturní domy z obcí metropole, organizace lidí se zdravotním
        postižením a migrantů. Čas: několik let realizace, zavádění změn v institucích trvá déle.
        """,
        """
        A grant from the EEA and Norway Grants with the partners' own contribution. Team:
        coordinators at the metropolitan association and the Voivodeship and City Public Library in
        Gdańsk, staff of cultural institutions taking part in the training, trainers and
        accessibility experts. Partners: the National Library of Norway, libraries and cultural
        centres from the metropolis's municipalities, organisations of people with disabilities and
        of migrants. Time: several years of implementation, while changing the institutions takes
        longer.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: wspólny projekt instytucji kultury z całej aglomeracji, koordynowany
        przez związek gmin, który pozwala małym bibliotekom korzystać z wiedzy dużych; szkolenia
        pracowników połączone z wizytą u partnera, który jest kilka kroków dalej; włączanie
        organizacji osób z niepełnosprawnościami i migrantów do sprawdzania zmian. Ten model mogą
        łatwo przyjąć Aglomeracja Opolska i Ołomuniecka, także we współpracy bibliotek po obu
        stronach granicy.

        Czego unikać: ograniczania dostępności do likwidacji barier architektonicznych – równie
        ważne są komunikacja, oferta i postawa pracowników. Jednorazowe szkolenie nie wystarczy;
        potrzebne są osoby odpowiedzialne za dostępność w każdej instytucji i regularny przegląd
        postępów. Rozwiązań norweskich nie da się kopiować jeden do jednego, bo różnią się budżety
        i przepisy – warto przejmować zasady, a nie gotowe rozwiązania.
        """,
        """
        Co převzít: společný projekt kulturních institucí z celé aglomerace koordinovaný svazkem
        obcí, který malým knihovnám umožní čerpat ze znalostí velkých; školení zaměstnanců spojená
        s návštěvou u partnera, který je o několik kroků napřed; zapojení organizací lidí se
        zdravotním postižením a migrantů do ověřování změn. Tento model mohou snadno převzít
        Opolská a Olomoucká aglomerace, i ve spolupráci knihoven na obou stranách hranice.

        Čemu se vyhnout: zúžení přístupnosti jen na odstranění architektonických bariér – stejně
        důležité jsou komunikace, nabídka a přístup zaměstnanců. Jednorázové školení nestačí; v
        každé instituci je potřeba osoba odpovědná za přístupnost a pravidelné hodnocení pokroku.
        Norská řešení nelze kopírovat jedna ku jedné, protože se liší rozpočty i předpisy – vyplatí
        se přebírat principy, ne hotová řešení.
        """,
        """
        What to copy: a joint project of cultural institutions from the whole agglomeration,
        coordinated by an association of municipalities, which lets small libraries draw on the
        knowledge of large ones; staff training combined with a visit to a partner that is a few
        steps ahead; involving organisations of people with disabilities and of migrants in
        checking the changes. The Opole and Olomouc agglomerations could easily adopt this model,
        including through cooperation between libraries on both sides of the border.

        What to avoid: reducing accessibility to removing physical barriers; communication, the
        offer and staff attitudes matter just as much. One-off training is not enough: each
        institution needs someone responsible for accessibility and regular reviews of progress.
        Norwegian solutions cannot be copied one to one, because budgets and rules differ; it is
        better to adopt principles than ready-made solutions.
        """,
    ),
    "city": "gdansk",
    "organisations": ["biblioteka-gdansk", "nasjonalbiblioteket", "omggs"],
    "projects": ["kultura-wlacza"],
    "themes": ["social-inclusion", "culture-and-tourism", "education-and-skills"],
    "year_start": 2021,
    "year_end": 2023,
    "cover": _cover("meeting"),
    "gallery": [
        _image(
            "meeting",
            "Szkolenia pracowników instytucji kultury z całej metropolii",
            "Školení zaměstnanců kulturních institucí z celé metropole",
            "Training for staff of cultural institutions from across the metropolis",
        ),
        _image(
            "city",
            "Wizyta studyjna w bibliotekach w Oslo",
            "Studijní cesta do knihoven v Oslu",
            "The study visit to libraries in Oslo",
        ),
    ],
    "links": [
        _link(
            "https://www.nb.no/",
            "Biblioteka Narodowa Norwegii",
            "Norská národní knihovna",
            "National Library of Norway",
        ),
        _link(
            "https://eeagrants.org/",
            "Fundusze EOG i Fundusze Norweskie",
            "Fondy EHP a Norska",
            "EEA and Norway Grants",
        ),
    ],
}

_TURAWA = {
    "slug": "turawa-lakes-recreation",
    "status": "draft",
    "title": _t(
        "Jeziora Turawskie – rekreacja nad zbiornikiem retencyjnym",
        "Turawská jezera – rekreace u přehradní nádrže",
        "The Turawa lakes – recreation at a storage reservoir",
    ),
    "summary": _t(
        """
        Gmina Turawa rozwija wypoczynek nad Jeziorem Turawskim, zbiornikiem zaporowym na Małej
        Panwi, i pobliskimi mniejszymi jeziorami, godząc turystykę z ochroną wody i przyrody. Dla
        mieszkańców Opola i całej aglomeracji to najbliższe miejsce letniego wypoczynku nad wodą.
        Czescy partnerzy odwiedzili jeziora podczas wizyty studyjnej 27–29 czerwca 2018 roku; opis
        dobrej praktyki jest w przygotowaniu.
        """,
        """
        Obec Turawa rozvíjí rekreaci u Turawského jezera, přehradní nádrže na řece Mała Panew, a u
        menších jezer v okolí a snaží se skloubit cestovní ruch s ochranou vody a přírody. Pro
        obyvatele Opolí a celé aglomerace je to nejbližší místo letní rekreace u vody. Čeští
        partneři jezera navštívili během studijní cesty 27.–29. června 2018; popis dobré praxe se
        připravuje.
        """,
        """
        Turawa municipality is developing recreation at Lake Turawa, a reservoir on the Mała Panew
        river, and at the smaller lakes nearby, trying to reconcile tourism with the protection of
        water and nature. For people from Opole and the whole agglomeration, it is the nearest
        place for a summer holiday by the water. Czech partners visited the lakes during the study
        visit of 27-29 June 2018; this good-practice write-up is in preparation.
        """,
    ),
    "problem": _t(
        """
        Jezioro Turawskie powstało w latach 30. XX wieku jako zbiornik retencyjny na rzece Mała
        Panew. Jego podstawowe zadania to ochrona przed powodzią i zasilanie Odry w wodę w okresach
        suszy, ale od dziesięcioleci jest też popularnym miejscem wypoczynku: wokół zbiornika i
        mniejszych jezior powstały ośrodki wypoczynkowe, kempingi, domki letniskowe i plaże. Latem
        nad wodę przyjeżdżają tłumy z Opola i okolic, a poza sezonem okolica pustoszeje.

        Taka sytuacja rodzi wiele problemów dla niewielkiej gminy: korki i brak miejsc parkingowych
        w weekendy, odpady, presję na brzegi i przyrodę, a w upalne lata – pogorszenie jakości
        wody, jak w wielu płytkich zbiornikach. Gmina nie jest właścicielem zbiornika, którym
        zarządza państwowy zarząd wód, więc wiele decyzji wymaga uzgodnień. Jednocześnie turystyka
        jest dla mieszkańców ważnym źródłem dochodu i szansą na rozwój.
        """,
        """
        Turawské jezero vzniklo ve 30. letech 20. století jako retenční nádrž na řece Mała Panew.
        Jeho hlavním úkolem je ochrana před povodněmi a nadlepšování průtoků v Odře v období sucha,
        ale už desítky let je také oblíbeným místem rekreace: kolem nádrže a menších jezer vznikla
        rekreační střediska, kempy, chaty a pláže. V létě sem přijíždějí davy lidí z Opolí a okolí,
        mimo sezonu okolí pustne.

        Pro malou obec z toho plyne řada problémů: kolony a nedostatek parkovacích míst o
        víkendech, odpady, tlak na břehy a přírodu a v horkých létech zhoršení kvality vody, jako u
        mnoha mělkých nádrží. Obec není vlastníkem nádrže, kterou spravuje státní vodohospodářský
        podnik, takže mnoho rozhodnutí vyžaduje dohodu. Cestovní ruch je přitom pro obyvatele
        důležitým zdrojem příjmů a šancí na rozvoj.
        """,
        """
        Lake Turawa was created in the 1930s as a storage reservoir on the Mała Panew river. Its
        main tasks are flood protection and feeding water to the Oder in dry periods, but for
        decades it has also been a popular place for leisure: holiday centres, campsites, summer
        cottages and beaches have grown up around the reservoir and the smaller lakes. In summer
        crowds come from Opole and the surrounding area, while out of season the place empties.

        This creates many problems for a small municipality: traffic jams and a lack of parking at
        weekends, waste, pressure on the shores and on nature, and in hot summers a decline in
        water quality, as in many shallow reservoirs. The municipality does not own the reservoir,
        which is managed by the state water authority, so many decisions need agreement. At the
        same time, tourism is an important source of income for residents and a chance for
        development.
        """,
    ),
    "solution": _t(
        """
        Gmina Turawa stopniowo porządkuje i rozwija infrastrukturę wokół jezior: dostęp do plaż i
        kąpielisk, ścieżki pieszo-rowerowe, parkingi, miejsca odpoczynku i sanitariaty. Celem jest
        skierowanie ruchu turystycznego w przygotowane miejsca, tak by chronić pozostałe fragmenty
        brzegów, oraz wydłużenie sezonu dzięki ofercie dla rowerzystów, spacerowiczów i
        obserwatorów ptaków.

        Gmina współpracuje z zarządcą zbiornika, właścicielami ośrodków wypoczynkowych i
        organizacjami lokalnymi. Ważne jest informowanie odwiedzających o zasadach korzystania z
        terenu i o jakości wody w kąpieliskach, a także dbałość o porządek w sezonie. Rozwój oferty
        wpisuje się w szerszą strategię Aglomeracji Opolskiej, która traktuje turystykę i
        wypoczynek jako jedną z mocnych stron obszaru.

        Podczas wizyty studyjnej w czerwcu 2018 roku czescy goście z Aglomeracji Ołomunieckiej
        zobaczyli jeziora jako przykład łączenia funkcji wodnej zbiornika z rekreacją. Na Morawach
        działają podobne zbiorniki z zapleczem rekreacyjnym, więc rozmowa dotyczyła wspólnych
        problemów: sezonowości, jakości wody i współpracy z zarządcą wód. Szczegóły rozwiązań
        zostaną uzupełnione po konsultacji z gminą.
        """,
        """
        Obec Turawa postupně upravuje a rozvíjí infrastrukturu kolem jezer: přístup k plážím a
        koupalištím, stezky pro pěší a cyklisty, parkoviště, odpočívadla a sociální zařízení. Cílem
        je nasměrovat turisty na připravená místa, a tak chránit ostatní části břehů, a prodloužit
        sezonu nabídkou pro cyklisty, chodce a pozorovatele ptáků.

        Obec spolupracuje se správcem nádrže, majiteli rekreačních středisek a místními
        organizacemi. Důležité je informovat návštěvníky o pravidlech užívání území a o kvalitě
        vody na koupalištích a dbát na pořádek v sezoně. Rozvoj nabídky zapadá do širší strategie
        Opolské aglomerace, která považuje cestovní ruch a rekreaci za jednu ze silných stránek
        území.

        Při studijní cestě v červnu 2018 viděli čeští hosté z Olomoucké aglomerace jezera jako
        příklad spojení vodohospodářské funkce nádrže s rekreací. Na Moravě fungují podobné nádrže
        s rekreačním zázemím, takže se rozhovor týkal společných problémů: sezonnosti, kvality vody
        a spolupráce se správcem vod. Podrobnosti řešení budou doplněny po konzultaci s obcí.
        """,
        """
        Turawa municipality is gradually improving and extending the facilities around the lakes:
        access to beaches and bathing sites, walking and cycling paths, car parks, rest areas and
        toilets. The aim is to direct visitors to prepared places, so that other parts of the shore
        are protected, and to lengthen the season with an offer for cyclists, walkers and
        birdwatchers.

        The municipality works with the reservoir's manager, the owners of holiday centres and
        local organisations. It is important to inform visitors about the rules for using the area
        and about water quality at bathing sites, and to keep the area tidy during the season.
        Developing the offer fits into the wider strategy of the Opole agglomeration, which regards
        tourism and leisure as one of the area's strengths.

        During the study visit in June 2018, the Czech guests from the Olomouc agglomeration saw
        the lakes as an example of combining a reservoir's water-management role with recreation.
        Moravia has similar reservoirs with leisure facilities, so the discussion turned to shared
        problems: seasonality, water quality and cooperation with the water authority. Details of
        the solutions will be added after consulting the municipality.
        """,
    ),
    "results": _t(
        """
        Jeziora Turawskie pozostają jednym z najważniejszych miejsc wypoczynku w Aglomeracji
        Opolskiej, a uporządkowana infrastruktura ułatwia korzystanie z nich mieszkańcom i
        turystom. Wspólne podejście gminy, zarządcy zbiornika i przedsiębiorców pozwala lepiej
        radzić sobie ze szczytem sezonu i chronić najcenniejsze fragmenty brzegów.

        Ten opis jest wersją roboczą: dane o liczbie odwiedzających, jakości wody i efektach
        inwestycji zostaną uzupełnione na podstawie informacji gminy i zarządcy zbiornika. Do tego
        czasu wyniki przedstawiono wyłącznie jakościowo.
        """,
        """
        Turawská jezera zůstávají jedním z nejvýznamnějších míst rekreace v Opolské aglomeraci a
        upravená infrastruktura usnadňuje jejich využívání obyvatelům i turistům. Společný přístup
        obce, správce nádrže a podnikatelů pomáhá lépe zvládat vrchol sezony a chránit nejcennější
        části břehů.

        Tento popis je pracovní verzí: údaje o počtu návštěvníků, kvalitě vody a přínosech investic
        budou doplněny na základě informací obce a správce nádrže. Do té doby jsou výsledky uvedeny
        pouze kvalitativně.
        """,
        """
        The Turawa lakes remain one of the most important leisure areas of the Opole agglomeration,
        and the improved facilities make them easier to enjoy for residents and tourists. A joint
        approach by the municipality, the reservoir's manager and businesses helps to cope with the
        peak season and to protect the most valuable stretches of shore.

        This description is a working draft: figures on visitor numbers, water quality and the
        effects of investments will be added from information provided by the municipality and the
        reservoir's manager. Until then, results are presented in qualitative terms only.
        """,
    ),
    "resources": _t(
        """
        Inwestycje gminy w infrastrukturę rekreacyjną, częściowo ze środków zewnętrznych, oraz
        koszty utrzymania porządku i ratowników w sezonie. Zespół: pracownicy urzędu gminy ds.
        inwestycji, promocji i ochrony środowiska. Partnerzy: zarządca zbiornika, właściciele
        ośrodków wypoczynkowych, organizacje lokalne, Stowarzyszenie Aglomeracja Opolska. Czas:
        działania wieloletnie, prowadzone etapami. Szczegóły zostaną uzupełnione.
        """,
        """
        Investice obce do rekreační infrastruktury, částečně z externích zdrojů, a náklady na úklid
        a plavčíky v sezoně. Tým: pracovníci obecního úřadu pro investice, propagaci a životní
        prostředí. Partneři: správce nádrže, majitelé rekreačních středisek, místní organizace,
        Sdružení Opolské aglomerace. Čas: dlouhodobé aktivity prováděné po etapách. Podrobnosti
        budou doplněny.
        """,
        """
        The municipality's investments in leisure facilities, partly from external funds, and the
        costs of cleaning and lifeguards in the season. Team: municipal staff for investment,
        promotion and the environment. Partners: the reservoir's manager, owners of holiday
        centres, local organisations, the Opole Agglomeration Association. Time: long-term work
        carried out in stages. Details will be added.
        """,
    ),
    "transferability": _t(
        """
        Co warto przenieść: traktować zbiornik retencyjny jako wspólne dobro kilku instytucji i
        ustalić z zarządcą wód jasne zasady współpracy; kierować ruch turystyczny do przygotowanych
        miejsc, chroniąc resztę brzegów; wydłużać sezon ofertą rowerową i przyrodniczą.
        Doświadczenie może być przydatne dla gmin nad zbiornikami na Morawach i na całym pograniczu
        polsko-czeskim.

        Czego unikać: rozwoju zabudowy letniskowej bez planu i bez kanalizacji, który pogarsza
        jakość wody; inwestowania wyłącznie w infrastrukturę na szczyt sezonu; obiecywania
        odwiedzającym kąpieli bez stałego monitorowania jakości wody. Wnioski zostaną rozwinięte w
        ostatecznej wersji opisu.
        """,
        """
        Co převzít: chápat přehradní nádrž jako společné dobro několika institucí a dohodnout se
        správcem vod jasná pravidla spolupráce; směrovat turisty na připravená místa a chránit
        zbytek břehů; prodlužovat sezonu cyklistickou a přírodovědnou nabídkou. Zkušenost může být
        užitečná pro obce u nádrží na Moravě i v celém česko-polském pohraničí.

        Čemu se vyhnout: rozvoji chatové zástavby bez plánu a bez kanalizace, který zhoršuje
        kvalitu vody; investicím jen do infrastruktury pro vrchol sezony; slibování koupání bez
        stálého sledování kvality vody. Závěry budou rozpracovány v konečné verzi popisu.
        """,
        """
        What to copy: treat a storage reservoir as a shared asset of several institutions and agree
        clear rules of cooperation with the water authority; direct visitors to prepared places and
        protect the rest of the shore; lengthen the season with cycling and nature offers. The
        experience may be useful for municipalities at reservoirs in Moravia and across the
        Polish-Czech border region.

        What to avoid: unplanned holiday-home development without sewerage, which harms water
        quality; investing only in facilities for the peak season; promising visitors bathing
        without regular monitoring of water quality. The lessons will be developed in the final
        version of this write-up.
        """,
    ),
    "city": "turawa",
    "organisations": ["gmina-turawa"],
    "projects": ["razem-dla-rozwoju-aglomeracji"],
    "themes": ["culture-and-tourism", "rivers-and-water", "urban-biodiversity"],
    "year_start": 2018,
    "year_end": None,
    "cover": _cover("river"),
    "gallery": [
        _image(
            "river",
            "Zbiornik na Małej Panwi chroni przed powodzią i służy wypoczynkowi",
            "Nádrž na řece Mała Panew chrání před povodněmi a slouží rekreaci",
            "The reservoir on the Mała Panew protects against floods and serves leisure",
        ),
        _image(
            "green",
            "Lasy i brzegi wokół jezior są cenne dla przyrody",
            "Lesy a břehy kolem jezer jsou cenné pro přírodu",
            "The forests and shores around the lakes are valuable for nature",
        ),
    ],
    "links": [
        _link(
            "https://www.turawa.pl/",
            "Strona internetowa gminy Turawa",
            "Webové stránky obce Turawa",
            "Website of Turawa municipality",
        ),
    ],
}

PRACTICES = [
    _SLUNAKOV,
    _SEMAFOR,
    _ZOO,
    _SCIENCE_PARK,
    _GOGOLIN,
    _RESCUE_SYSTEM,
    _MOHELNICE,
    _PREROV,
    _DABROWA,
    _GZM_KANSAS_CITY,
    _CULTURE_INCLUDES,
    _TURAWA,
]
