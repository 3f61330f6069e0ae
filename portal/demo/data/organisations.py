"""Programmes and organisations of the demo content."""


def _text(text):
    """Return a hard-wrapped text as one line."""
    return " ".join(text.split())


def _t(pl, cs, en):
    return {"pl": _text(pl), "cs": _text(cs), "en": _text(en)}


def _same(name):
    return _t(name, name, name)


def _programme(slug, name, short_name, period, fund, website, description):
    period_start, period_end = period
    return {
        "slug": slug,
        "name": name,
        "short_name": short_name,
        "period_start": period_start,
        "period_end": period_end,
        "fund": fund,
        "website": website,
        "description": description,
    }


def _organisation(slug, name, kind, city, description, website="", logo=False):
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "city": city,
        "website": website,
        "description": description,
        "logo": logo,
    }


def _with_note(description, note):
    """Return the description followed by an optional second sentence."""
    if note is None:
        return description
    return {lang: f"{description[lang]} {_text(note[lang])}" for lang in description}


PROGRAMMES = [
    _programme(
        "interreg-cz-pl",
        _t(
            "Interreg V-A Republika Czeska – Polska",
            "Interreg V-A Česká republika – Polsko",
            "Interreg V-A Czech Republic – Poland",
        ),
        _same("Interreg CZ-PL"),
        (2014, 2020),
        "erdf",
        "https://www.cz-pl.eu",
        _t(
            """
            Program współpracy transgranicznej Republiki Czeskiej i Polski na lata 2014–2020,
            współfinansowany z Europejskiego Funduszu Rozwoju Regionalnego (EFRR); jego alokacja
            z EFRR wyniosła około 226,2 mln euro. Obejmuje regiony przygraniczne po obu stronach
            granicy i wspiera wspólne projekty partnerów czeskich i polskich. Oś priorytetowa 4
            jest poświęcona współpracy instytucji i społeczności, w tym wymianie doświadczeń
            między samorządami.
            """,
            """
            Program přeshraniční spolupráce České republiky a Polska na období 2014–2020,
            spolufinancovaný z Evropského fondu pro regionální rozvoj (EFRR); jeho alokace z EFRR
            činila přibližně 226,2 mil. eur. Pokrývá příhraniční regiony na obou stranách hranice
            a podporuje společné projekty českých a polských partnerů. Prioritní osa 4 je věnována
            spolupráci institucí a komunit, včetně výměny zkušeností mezi samosprávami.
            """,
            """
            The cross-border cooperation programme of the Czech Republic and Poland for 2014–2020,
            co-financed by the European Regional Development Fund (ERDF) with an allocation of
            about EUR 226.2 million. It covers the border regions on both sides and supports joint
            projects of Czech and Polish partners. Priority axis 4 is dedicated to cooperation
            between institutions and communities, including exchanges of experience between local
            governments.
            """,
        ),
    ),
    _programme(
        "cz-pl-microprojects",
        _t(
            "Fundusz Mikroprojektów programu Interreg V-A Republika Czeska – Polska",
            "Fond mikroprojektů programu Interreg V-A Česká republika – Polsko",
            "Microproject Fund of Interreg V-A Czech Republic – Poland",
        ),
        _t("Fundusz Mikroprojektów CZ-PL", "Fond mikroprojektů CZ-PL", "CZ-PL Microproject Fund"),
        (2014, 2020),
        "erdf",
        "",
        _t(
            """
            Fundusz Mikroprojektów wspiera w ramach programu Interreg V-A Republika Czeska – Polska
            małe, lokalne przedsięwzięcia współfinansowane z EFRR. Zarządzają nim euroregiony
            działające wzdłuż granicy, do których składa się wnioski. Typowe mikroprojekty to
            wspólne spotkania, wizyty studyjne, szkolenia i wydarzenia kulturalne, które zbliżają
            mieszkańców i instytucje obu krajów.
            """,
            """
            Fond mikroprojektů podporuje v rámci programu Interreg V-A Česká republika – Polsko
            malé místní projekty spolufinancované z EFRR. Spravují ho euroregiony působící podél
            hranice, u nichž se podávají žádosti. Typickými mikroprojekty jsou společná setkání,
            studijní cesty, školení a kulturní akce, které sbližují obyvatele a instituce obou
            zemí.
            """,
            """
            Within Interreg V-A Czech Republic – Poland, the Microproject Fund supports small local
            projects co-financed by the ERDF. It is administered by the euroregions along the
            border, to which applications are submitted. Typical microprojects are joint meetings,
            study visits, training and cultural events that bring the people and institutions of
            both countries closer.
            """,
        ),
    ),
    _programme(
        "urbact-ii",
        _t("Program URBACT II", "Program URBACT II", "URBACT II Programme"),
        _same("URBACT II"),
        (2007, 2013),
        "erdf",
        "https://urbact.eu",
        _t(
            """
            Europejski program wymiany doświadczeń i wzajemnego uczenia się, wspierający
            zrównoważony rozwój miast, współfinansowany z EFRR w latach 2007–2013. Miasta z całej
            Unii współpracowały w sieciach tematycznych i grupach roboczych, a każde z nich
            przygotowywało z lokalną grupą wsparcia własny plan działania. Uczestniczyło w nim
            kilka miast śląskich, m.in. Katowice, Gliwice, Bytom i Częstochowa.
            """,
            """
            Evropský program výměny zkušeností a vzájemného učení na podporu udržitelného rozvoje
            měst, spolufinancovaný z EFRR v letech 2007–2013. Města z celé Unie spolupracovala
            v tematických sítích a pracovních skupinách a každé z nich připravovalo s místní
            podpůrnou skupinou vlastní akční plán. Zapojila se do něj i řada slezských měst,
            například Katovice, Gliwice, Bytom a Čenstochová.
            """,
            """
            A European exchange and learning programme promoting sustainable urban development,
            co-financed by the ERDF in 2007–2013. Cities from across the Union worked together in
            thematic networks and working groups, and each prepared its own action plan with a
            local support group. Several Silesian cities took part, among them Katowice, Gliwice,
            Bytom and Częstochowa.
            """,
        ),
    ),
    _programme(
        "iurc",
        _t(
            "Międzynarodowa Współpraca Miejska i Regionalna (IURC)",
            "Mezinárodní městská a regionální spolupráce (IURC)",
            "International Urban and Regional Cooperation (IURC)",
        ),
        _same("IURC"),
        (2021, 2024),
        "pi",
        "https://www.iurc.eu",
        _t(
            """
            Program Unii Europejskiej finansowany z Instrumentu Partnerstwa, który łączy miasta
            i regiony z UE z partnerami z innych części świata. W części północnoamerykańskiej
            miasta z Europy, Stanów Zjednoczonych i Kanady wymieniały się doświadczeniami m.in.
            w dziedzinie zrównoważonej mobilności, efektywności energetycznej i rozwoju
            kompetencji. Współpraca obejmowała wizyty studyjne, warsztaty i spotkania ekspertów.
            """,
            """
            Program Evropské unie financovaný z Nástroje partnerství, který propojuje města
            a regiony EU s partnery v jiných částech světa. V severoamerické části si města
            z Evropy, Spojených států a Kanady vyměňovala zkušenosti mimo jiné v oblasti udržitelné
            mobility, energetické účinnosti a rozvoje dovedností. Spolupráce zahrnovala studijní
            cesty, workshopy a setkání odborníků.
            """,
            """
            A European Union programme funded by the Partnership Instrument that links cities and
            regions of the EU with partners in other parts of the world. In its North American
            strand, cities from Europe, the United States and Canada exchanged experience on
            topics such as sustainable mobility, energy efficiency and skills. The cooperation
            included study visits, workshops and expert meetings.
            """,
        ),
    ),
    _programme(
        "interreg-bsr",
        _t(
            "Interreg Region Morza Bałtyckiego",
            "Interreg Region Baltského moře",
            "Interreg Baltic Sea Region",
        ),
        _same("Interreg BSR"),
        (2014, 2020),
        "erdf",
        "https://interreg-baltic.eu",
        _t(
            """
            Program współpracy transnarodowej państw regionu Morza Bałtyckiego na lata 2014–2020,
            współfinansowany głównie z EFRR. Wspiera projekty instytucji publicznych, uczelni
            i organizacji z kilku krajów, dotyczące innowacji, gospodarowania zasobami
            naturalnymi, zrównoważonego transportu i potencjału instytucjonalnego. Obszar
            Metropolitalny Gdańsk Gdynia Sopot uczestniczył w kilku jego projektach.
            """,
            """
            Program nadnárodní spolupráce zemí oblasti Baltského moře na období 2014–2020,
            spolufinancovaný především z EFRR. Podporuje projekty veřejných institucí, vysokých
            škol a organizací z více zemí v oblasti inovací, hospodaření s přírodními zdroji,
            udržitelné dopravy a institucionální kapacity. Metropolitní oblast Gdaňsk Gdyně Sopoty
            se zapojila do několika jeho projektů.
            """,
            """
            The transnational cooperation programme of the countries around the Baltic Sea for
            2014–2020, co-financed mainly by the ERDF. It supports projects of public authorities,
            universities and organisations from several countries on innovation, management of
            natural resources, sustainable transport and institutional capacity. The
            Gdańsk-Gdynia-Sopot Metropolitan Area took part in several of its projects.
            """,
        ),
    ),
    _programme(
        "interreg-south-baltic",
        _t(
            "Program Interreg Południowy Bałtyk",
            "Program Interreg Jižní Balt",
            "Interreg South Baltic Programme",
        ),
        _t("Interreg Południowy Bałtyk", "Interreg Jižní Balt", "Interreg South Baltic"),
        (2014, 2020),
        "erdf",
        "https://southbaltic.eu",
        _t(
            """
            Program współpracy transgranicznej nadmorskich regionów Danii, Litwy, Niemiec, Polski
            i Szwecji na lata 2014–2020, współfinansowany z EFRR. Wspiera tak zwaną niebieską
            i zieloną gospodarkę, przyjazny środowisku transport, rozwój kompetencji oraz
            współpracę lokalnych instytucji wokół południowego Bałtyku. Po stronie polskiej
            obejmuje regiony nadmorskie, w tym Trójmiasto.
            """,
            """
            Program přeshraniční spolupráce přímořských regionů Dánska, Litvy, Německa, Polska
            a Švédska na období 2014–2020, spolufinancovaný z EFRR. Podporuje takzvanou modrou
            a zelenou ekonomiku, ekologickou dopravu, rozvoj dovedností a spolupráci místních
            institucí v oblasti jižního Baltu. Na polské straně zahrnuje přímořské regiony včetně
            Trojměstí.
            """,
            """
            The cross-border cooperation programme of the coastal regions of Denmark, Germany,
            Lithuania, Poland and Sweden for 2014–2020, co-financed by the ERDF. It supports the
            so-called blue and green economy, environmentally friendly transport, skills and
            cooperation between local institutions around the southern Baltic. On the Polish side
            it covers the coastal regions, including the Tricity of Gdańsk, Gdynia and Sopot.
            """,
        ),
    ),
    _programme(
        "espon-2020",
        _t(
            "Program współpracy ESPON 2020",
            "Program spolupráce ESPON 2020",
            "ESPON 2020 Cooperation Programme",
        ),
        _same("ESPON 2020"),
        (2014, 2020),
        "erdf",
        "https://www.espon.eu",
        _t(
            """
            Europejski program współpracy, który dostarcza wiedzy o rozwoju terytorialnym Europy:
            danych, map i analiz dla polityk publicznych. W latach 2014–2020 był współfinansowany
            z EFRR, a uczestniczyły w nim państwa UE oraz Islandia, Liechtenstein, Norwegia
            i Szwajcaria. Oprócz dużych badań finansował analizy ukierunkowane, przygotowywane na
            zamówienie grup regionów i miast.
            """,
            """
            Evropský program spolupráce, který poskytuje poznatky o územním rozvoji Evropy: data,
            mapy a analýzy pro veřejné politiky. V letech 2014–2020 byl spolufinancován z EFRR
            a účastnily se ho státy EU a také Island, Lichtenštejnsko, Norsko a Švýcarsko. Vedle
            velkých výzkumů financoval i cílené analýzy zpracovávané na objednávku skupin regionů
            a měst.
            """,
            """
            A European cooperation programme that provides evidence on territorial development in
            Europe: data, maps and analyses for public policy. In 2014–2020 it was co-financed by
            the ERDF, with the EU member states plus Iceland, Liechtenstein, Norway and
            Switzerland taking part. Besides large research projects it funded targeted analyses
            requested by groups of regions and cities.
            """,
        ),
    ),
    _programme(
        "eea-norway-grants",
        _t(
            "Fundusze Europejskiego Obszaru Gospodarczego i fundusze norweskie",
            "Fondy Evropského hospodářského prostoru a Norska",
            "EEA and Norway Grants",
        ),
        _t("Fundusze EOG i norweskie", "Fondy EHP a Norska", "EEA and Norway Grants"),
        (2014, 2021),
        "other",
        "https://eeagrants.org",
        _t(
            """
            Fundusze, za pomocą których Islandia, Liechtenstein i Norwegia wspierają państwa
            Europy Środkowej i Południowej oraz kraje bałtyckie w zmniejszaniu różnic
            gospodarczych i społecznych. W okresie 2014–2021 Polska była ich największym
            beneficjentem, a jedną ze wspieranych dziedzin była kultura. Ważnym celem jest też
            rozwijanie współpracy między instytucjami państw darczyńców i beneficjentów.
            """,
            """
            Fondy, jejichž prostřednictvím Island, Lichtenštejnsko a Norsko podporují státy
            střední a jižní Evropy a Pobaltí při snižování hospodářských a sociálních rozdílů.
            V období 2014–2021 bylo jejich největším příjemcem Polsko a jednou z podporovaných
            oblastí byla kultura. Důležitým cílem je také rozvoj spolupráce mezi institucemi
            donorských a přijímajících států.
            """,
            """
            Grants through which Iceland, Liechtenstein and Norway help countries in Central and
            Southern Europe and the Baltics reduce economic and social disparities. In 2014–2021
            Poland was their largest beneficiary, and culture was one of the supported areas.
            Another key aim is to build cooperation between institutions of the donor and
            beneficiary states.
            """,
        ),
    ),
]


# The core partners of the Opole - Olomouc cooperation.
_CORE_PARTNERS = [
    _organisation(
        "aglomeracja-opolska",
        _t(
            "Stowarzyszenie Aglomeracja Opolska",
            "Sdružení Opolské aglomerace",
            "Opole Agglomeration Association",
        ),
        "association",
        "opole",
        _t(
            """
            Stowarzyszenie gmin obszaru funkcjonalnego Opola, założone 16 października 2013 r.
            przez 20 gmin; w marcu 2014 r. dołączyły do niego Tułowice jako 21. członek. Wdraża
            Zintegrowane Inwestycje Terytorialne (ZIT) Aglomeracji Opolskiej i jest partnerem
            wiodącym projektów współpracy z Aglomeracją Ołomuniecką, z którą we wrześniu 2016 r.
            podpisało pierwsze polsko-czeskie porozumienie o współpracy między ośrodkami ZIT
            i ITI. Biuro stowarzyszenia mieści się przy placu Wolności 6 (45-018 Opole) i jest
            czynne od poniedziałku do piątku w godzinach 7:30–15:30.
            """,
            """
            Sdružení obcí funkčního území Opolí, které 16. října 2013 založilo 20 gmin (obcí);
            v březnu 2014 k němu přistoupily Tułowice jako 21. člen. Realizuje integrované
            teritoriální investice (polsky ZIT) Opolské aglomerace a je vedoucím partnerem
            projektů spolupráce s Olomouckou aglomerací, s níž v září 2016 podepsalo první
            polsko-českou dohodu o spolupráci mezi nositeli ZIT a ITI. Kancelář sdružení sídlí na
            adrese Plac Wolności 6, 45-018 Opole, a je otevřena v pondělí až pátek od 7:30 do
            15:30.
            """,
            """
            An association of the municipalities of the Opole functional area, founded on
            16 October 2013 by 20 municipalities; Tułowice joined in March 2014 as the 21st
            member. It implements the Integrated Territorial Investments (ITI, in Polish ZIT) of
            the Opole Agglomeration and is the lead partner of the cooperation projects with the
            Olomouc Agglomeration, with which in September 2016 it signed the first Polish-Czech
            cooperation agreement between ZIT and ITI bodies. Its office is at Plac Wolności 6,
            45-018 Opole, open Monday to Friday, 7:30–15:30.
            """,
        ),
        website="https://www.aglomeracja-opolska.pl",
        logo=True,
    ),
    _organisation(
        "statutarni-mesto-olomouc",
        _t("Miasto Ołomuniec", "Statutární město Olomouc", "Statutory City of Olomouc"),
        "municipality",
        "olomouc",
        _t(
            """
            Stolica kraju ołomunieckiego i centrum Aglomeracji Ołomunieckiej, która obejmuje
            około 240 gmin zamieszkanych przez około 452 tys. osób. Miasto odpowiada za
            Zintegrowane Inwestycje Terytorialne (ITI) Aglomeracji Ołomunieckiej i we wrześniu
            2016 r. zawarło ze Stowarzyszeniem Aglomeracja Opolska porozumienie o współpracy
            transgranicznej. W projektach Agglomerations4Borderlands jest partnerem i przyjmuje
            wizyty studyjne oraz staże pracowników polskich samorządów.
            """,
            """
            Krajské město Olomouckého kraje a centrum Olomoucké aglomerace, která zahrnuje přibližně
            240 obcí s asi 452 tisíci obyvateli. Město je nositelem integrované teritoriální
            investice (ITI) Olomoucké aglomerace a v září 2016 uzavřelo se Sdružením Opolské
            aglomerace dohodu o přeshraniční spolupráci. V projektech Agglomerations4Borderlands je
            partnerem a hostí studijní cesty a stáže pracovníků polských samospráv.
            """,
            """
            The capital of the Olomouc Region and the centre of the Olomouc Agglomeration, which
            covers about 240 municipalities with some 452,000 inhabitants. The city is the holder
            of the Olomouc Agglomeration's Integrated Territorial Investment (ITI) and in
            September 2016 concluded a cross-border cooperation agreement with the Opole
            Agglomeration Association. It is a partner in the Agglomerations4Borderlands projects
            and hosts study visits and internships for staff of Polish local governments.
            """,
        ),
        website="https://www.olomouc.eu",
        logo=True,
    ),
    _organisation(
        "rra-stredni-morava",
        _t(
            "Regionalna Agencja Rozwoju Moraw Środkowych",
            "Regionální agentura pro rozvoj střední Moravy",
            "Regional Development Agency of Central Moravia",
        ),
        "agency",
        "olomouc",
        _t(
            """
            Agencja rozwoju założona w 1996 r. przez miasto Ołomuniec i Stowarzyszenie Gmin Moraw
            Środkowych, działająca przede wszystkim w kraju ołomunieckim. Przygotowuje i prowadzi
            projekty finansowane z funduszy europejskich, doradza gminom i wspiera współpracę
            transgraniczną. W projektach Agglomerations4Borderlands jest partnerem po stronie
            czeskiej i pomaga w organizacji wymian.
            """,
            """
            Rozvojová agentura, kterou v roce 1996 založily město Olomouc a Sdružení obcí střední
            Moravy a která působí především v Olomouckém kraji. Připravuje a řídí projekty
            financované z evropských fondů, radí obcím a podporuje přeshraniční spolupráci.
            V projektech Agglomerations4Borderlands je partnerem na české straně a pomáhá
            s organizací výměn.
            """,
            """
            A development agency founded in 1996 by the City of Olomouc and the Association of
            Municipalities of Central Moravia, working mainly in the Olomouc Region. It prepares
            and manages EU-funded projects, advises municipalities and supports cross-border
            cooperation. It is a Czech partner in the Agglomerations4Borderlands projects and
            helps to organise the exchanges.
            """,
        ),
        website="https://www.rarsm.cz",
        logo=True,
    ),
]


_COUNTIES = {
    "opolski": _t("w powiecie opolskim", "v okrese Opole", "in Opole County"),
    "krapkowicki": _t("w powiecie krapkowickim", "v okrese Krapkowice", "in Krapkowice County"),
    "strzelecki": _t(
        "w powiecie strzeleckim",
        "v okrese Strzelce Opolskie",
        "in Strzelce Opolskie County",
    ),
    "brzeski": _t("w powiecie brzeskim", "v okrese Brzeg", "in Brzeg County"),
}


def _opole_member(city, name, county, note=None):
    """A member municipality of the Opole agglomeration, its slug built from the city's."""
    where = _COUNTIES[county]
    description = _t(
        f"Gmina {where['pl']}, jedna z 21 gmin tworzących Aglomerację Opolską.",
        f"Obec {where['cs']} v Opolském vojvodství, jedna z 21 obcí Opolské aglomerace.",
        f"A municipality {where['en']}, one of the 21 municipalities of the Opole Agglomeration.",
    )
    return _organisation(
        f"gmina-{city}",
        _t(f"Gmina {name}", f"Obec {name}", f"{name} Municipality"),
        "municipality",
        city,
        _with_note(description, note),
    )


_OPOLE_AGGLOMERATION = [
    _organisation(
        "miasto-opole",
        _t("Miasto Opole", "Město Opolí", "City of Opole"),
        "municipality",
        "opole",
        _t(
            """
            Stolica województwa opolskiego i miasto na prawach powiatu, rdzeń Aglomeracji
            Opolskiej. Jako członek Stowarzyszenia Aglomeracja Opolska realizuje inwestycje
            współfinansowane w ramach ZIT i przyjmuje partnerów z Aglomeracji Ołomunieckiej.
            """,
            """
            Hlavní město Opolského vojvodství a město s právy okresu, jádro Opolské aglomerace.
            Jako člen Sdružení Opolské aglomerace realizuje investice spolufinancované z nástroje
            ZIT a hostí partnery z Olomoucké aglomerace.
            """,
            """
            The capital of Opole Voivodeship and a city with county rights, the core of the Opole
            Agglomeration. As a member of the Opole Agglomeration Association it carries out
            investments co-financed through ZIT and hosts partners from the Olomouc Agglomeration.
            """,
        ),
        website="https://www.opole.pl",
        logo=True,
    ),
    _opole_member("chrzastowice", "Chrząstowice", "opolski"),
    _opole_member("dabrowa", "Dąbrowa", "opolski"),
    _opole_member("dobrzen-wielki", "Dobrzeń Wielki", "opolski"),
    _opole_member(
        "gogolin",
        "Gogolin",
        "krapkowicki",
        _t(
            """
            Do gminy należy Kamień Śląski, a węzeł przesiadkowy w Gogolinie poznali w kwietniu
            2019 r. podczas stażu pracownicy ołomunieckiego magistratu.
            """,
            """
            K obci patří Kamień Śląski a přestupní uzel v Gogolinu poznali v dubnu 2019 během stáže
            pracovníci olomouckého magistrátu.
            """,
            """
            Kamień Śląski belongs to the municipality; staff of Olomouc city hall studied the
            Gogolin transfer hub during an internship in April 2019.
            """,
        ),
    ),
    _opole_member("izbicko", "Izbicko", "strzelecki"),
    _opole_member("komprachcice", "Komprachcice", "opolski"),
    _opole_member(
        "krapkowice",
        "Krapkowice",
        "krapkowicki",
        _t(
            """
            Miasto leży nad Odrą; w kwietniu 2022 r. przyjechali tu uczestnicy czeskiej wizyty
            studyjnej.
            """,
            "Město leží na Odře; v dubnu 2022 sem zavítali účastníci české studijní cesty.",
            "The town lies on the Oder; Czech study-visit participants came here in April 2022.",
        ),
    ),
    _opole_member("lewin-brzeski", "Lewin Brzeski", "brzeski"),
    _opole_member("lubniany", "Łubniany", "opolski"),
    _opole_member("murow", "Murów", "opolski"),
    _opole_member("niemodlin", "Niemodlin", "opolski"),
    _opole_member("ozimek", "Ozimek", "opolski"),
    _opole_member("popielow", "Popielów", "opolski"),
    _opole_member("proszkow", "Prószków", "opolski"),
    _opole_member(
        "strzeleczki",
        "Strzeleczki",
        "krapkowicki",
        _t(
            "Na jej terenie stoi zamek w Mosznej, który czescy partnerzy zwiedzili w czerwcu 2018 r.",
            "Na jejím území stojí zámek Moszna, který si čeští partneři prohlédli v červnu 2018.",
            "It is home to Moszna Castle, which Czech partners visited in June 2018.",
        ),
    ),
    _opole_member("tarnow-opolski", "Tarnów Opolski", "opolski"),
    _opole_member(
        "tulowice",
        "Tułowice",
        "opolski",
        _t(
            "Dołączyła do stowarzyszenia w marcu 2014 r. jako 21. gmina.",
            "Ke sdružení přistoupila v březnu 2014 jako 21. obec.",
            "It joined the association in March 2014 as the 21st municipality.",
        ),
    ),
    _opole_member(
        "turawa",
        "Turawa",
        "opolski",
        _t(
            "Słynie z Jezior Turawskich, ulubionego miejsca wypoczynku mieszkańców regionu.",
            "Je známá Turawskými jezery, oblíbeným místem rekreace obyvatel regionu.",
            "It is known for the Turawa lakes, a popular place for recreation in the region.",
        ),
    ),
    _opole_member("walce", "Walce", "krapkowicki"),
    _opole_member("zdzieszowice", "Zdzieszowice", "krapkowicki"),
]


_OPOLE_INSTITUTIONS = [
    _organisation(
        "zoo-opole",
        _t("Ogród Zoologiczny w Opolu", "Zoologická zahrada v Opolí", "Opole Zoo"),
        "public",
        "opole",
        _t(
            """
            Miejski ogród zoologiczny na wyspie Bolko na Odrze. Współpracuje z Ogrodem
            Zoologicznym w Ołomuńcu, wymieniając się doświadczeniami w hodowli zwierząt
            i edukacji przyrodniczej. Czescy partnerzy odwiedzili go podczas wizyty studyjnej
            w czerwcu 2018 r.
            """,
            """
            Městská zoologická zahrada na ostrově Bolko na Odře. Spolupracuje se Zoologickou
            zahradou Olomouc, s níž sdílí zkušenosti s chovem zvířat a s environmentální
            výchovou. Čeští partneři ji navštívili během studijní cesty v červnu 2018.
            """,
            """
            The municipal zoo on Bolko Island in the Oder. It cooperates with Olomouc Zoo,
            sharing experience in animal keeping and nature education. Czech partners visited it
            during the study visit in June 2018.
            """,
        ),
        logo=True,
    ),
    _organisation(
        "park-naukowo-technologiczny-opole",
        _t(
            "Opolski Park Naukowo-Technologiczny",
            "Opolský vědeckotechnický park",
            "Opole Science and Technology Park",
        ),
        "company",
        "opole",
        _t(
            """
            Park naukowo-technologiczny, który oferuje młodym firmom technologicznym biura,
            laboratoria i wsparcie w rozwoju oraz łączy przedsiębiorców z opolskimi uczelniami.
            Jego rozbudowę współfinansowano w ramach ZIT Aglomeracji Opolskiej. W czerwcu 2019 r.
            odwiedziła go delegacja z Ołomuńca, Přerova, Prostějova i Hranic.
            """,
            """
            Vědeckotechnický park, který nabízí mladým technologickým firmám kanceláře, laboratoře
            a podporu při rozvoji a propojuje podnikatele s opolskými vysokými školami. Jeho
            rozšíření bylo spolufinancováno z nástroje ZIT Opolské aglomerace. V červnu 2019 ho
            navštívila delegace z Olomouce, Přerova, Prostějova a Hranic.
            """,
            """
            A science and technology park offering young technology companies offices,
            laboratories and support for growth, and linking businesses with Opole's
            universities. Its extension was co-financed through the ZIT of the Opole
            Agglomeration. A delegation from Olomouc, Přerov, Prostějov and Hranice visited it in
            June 2019.
            """,
        ),
        logo=True,
    ),
]


_OLOMOUC_INSTITUTIONS = [
    _organisation(
        "zoo-olomouc",
        _t("Ogród Zoologiczny w Ołomuńcu", "Zoologická zahrada Olomouc", "Olomouc Zoo"),
        "public",
        "olomouc",
        _t(
            """
            Ogród zoologiczny na wzgórzu Svatý Kopeček nad Ołomuńcem, prowadzony przez miasto
            Ołomuniec. Współpracuje z opolskim zoo, dzieląc się doświadczeniami w hodowli
            zwierząt i edukacji przyrodniczej, i jest przykładem transgranicznej współpracy
            instytucji obu aglomeracji.
            """,
            """
            Zoologická zahrada na Svatém Kopečku nad Olomoucí, kterou zřizuje statutární město
            Olomouc. Spolupracuje s opolskou zoo, sdílí s ní zkušenosti s chovem zvířat
            a s environmentální výchovou a je příkladem přeshraniční spolupráce institucí obou
            aglomerací.
            """,
            """
            The zoo on the Svatý Kopeček hill above Olomouc, run by the City of Olomouc. It
            cooperates with Opole Zoo, sharing experience in animal keeping and nature education,
            and is an example of cross-border cooperation between institutions of the two
            agglomerations.
            """,
        ),
        website="https://www.zoo-olomouc.cz",
        logo=True,
    ),
    _organisation(
        "slunakov",
        _t(
            "Sluňákov – Centrum Działań Ekologicznych Miasta Ołomuńca",
            "Sluňákov – centrum ekologických aktivit města Olomouce, o.p.s.",
            "Sluňákov – Centre for Ecological Activities of the City of Olomouc",
        ),
        "ngo",
        "olomouc",
        _t(
            """
            Czeska organizacja pożytku publicznego (o.p.s.) założona przez miasto Ołomuniec,
            która prowadzi edukację ekologiczną dzieci, młodzieży i dorosłych. Jej siedzibą jest
            budynek pasywny w Horce nad Moravou pod Ołomuńcem, otoczony ogrodami i krajobrazem,
            który uczestnicy zajęć poznają w terenie. Polscy partnerzy odwiedzili ją w czerwcu
            2021 r.
            """,
            """
            Obecně prospěšná společnost založená městem Olomouc, která se věnuje environmentální
            výchově dětí, mládeže i dospělých. Sídlí v pasivní budově v Horce nad Moravou nedaleko
            Olomouce, obklopené zahradami a krajinou, kterou účastníci programů poznávají přímo
            v terénu. Polští partneři ji navštívili v červnu 2021.
            """,
            """
            A public-benefit company founded by the City of Olomouc that provides environmental
            education for children, young people and adults. It is based in a passive building in
            Horka nad Moravou near Olomouc, surrounded by gardens and countryside where
            participants learn outdoors. Polish partners visited it in June 2021.
            """,
        ),
        website="https://www.slunakov.cz",
        logo=True,
    ),
    _organisation(
        "hzs-olomouckeho-kraje",
        _t(
            "Straż Pożarno-Ratownicza Kraju Ołomunieckiego",
            "Hasičský záchranný sbor Olomouckého kraje",
            "Fire and Rescue Service of the Olomouc Region",
        ),
        "public",
        "olomouc",
        _t(
            """
            Straż jest podstawowym ogniwem zintegrowanego systemu ratowniczego w kraju
            ołomunieckim i koordynuje współdziałanie strażaków, ratownictwa medycznego i policji
            w sytuacjach nadzwyczajnych. Prowadzi regionalne centrum operacyjne, które odbiera
            zgłoszenia na europejski numer alarmowy 112. W październiku 2018 r. pokazała polskim
            partnerom, jak działają zarządzanie kryzysowe i zintegrowany system ratowniczy.
            """,
            """
            Sbor je základní složkou integrovaného záchranného systému v Olomouckém kraji
            a koordinuje součinnost hasičů, zdravotnické záchranné služby a policie při
            mimořádných událostech. Provozuje krajské operační a informační středisko, které
            přijímá volání na jednotné evropské číslo tísňového volání 112. V říjnu 2018 představil
            polským partnerům krizové řízení a fungování integrovaného záchranného systému.
            """,
            """
            The service is the backbone of the integrated rescue system in the Olomouc Region and
            coordinates firefighters, emergency medical services and police in emergencies. It
            runs the regional operations centre that answers calls to the European emergency
            number 112. In October 2018 it showed Polish partners how crisis management and the
            integrated rescue system work.
            """,
        ),
        logo=True,
    ),
]


def _olomouc_town(city, name, statutory, note, website="", logo=False):
    """A town of the Olomouc agglomeration, its slug built from the city's."""
    if statutory:
        names = _t(f"Miasto {name}", f"Statutární město {name}", f"Statutory City of {name}")
        kind_of_town = _t("Miasto statutarne", "Statutární město", "A statutory city")
    else:
        names = _t(f"Miasto {name}", f"Město {name}", f"Town of {name}")
        kind_of_town = _t("Miasto", "Město", "A town")
    description = _t(
        f"{kind_of_town['pl']} w kraju ołomunieckim, należące do Aglomeracji Ołomunieckiej;",
        f"{kind_of_town['cs']} v Olomouckém kraji, součást Olomoucké aglomerace;",
        f"{kind_of_town['en']} in the Olomouc Region, part of the Olomouc Agglomeration;",
    )
    return _organisation(
        f"mesto-{city}",
        names,
        "municipality",
        city,
        _with_note(description, note),
        website=website,
        logo=logo,
    )


_STUDY_VISIT_2019 = _t(
    "jego przedstawiciele uczestniczyli w czerwcu 2019 r. w wizycie studyjnej w Opolu.",
    "jeho zástupci se v červnu 2019 zúčastnili studijní cesty do Opolí.",
    "its representatives joined the study visit to Opole in June 2019.",
)

_OLOMOUC_AGGLOMERATION = [
    _olomouc_town(
        "prerov",
        "Přerov",
        True,
        _t(
            "w październiku 2021 r. polska grupa poznała tu plan zrównoważonej mobilności miejskiej.",
            "v říjnu 2021 zde polská skupina poznávala plán udržitelné městské mobility.",
            "in October 2021 a Polish group learned here about its sustainable urban mobility plan.",
        ),
        website="https://www.prerov.eu",
        logo=True,
    ),
    _olomouc_town(
        "prostejov", "Prostějov", True, _STUDY_VISIT_2019, website="https://www.prostejov.eu"
    ),
    _olomouc_town("hranice", "Hranice", False, _STUDY_VISIT_2019),
    _olomouc_town(
        "litovel",
        "Litovel",
        False,
        _t(
            "leży nad rzeką Morawą, a w październiku 2021 r. gościło polską grupę.",
            "leží na řece Moravě a v říjnu 2021 sem zavítala polská skupina.",
            "it lies on the Morava river and welcomed a Polish group in October 2021.",
        ),
    ),
    _olomouc_town(
        "mohelnice",
        "Mohelnice",
        False,
        _t(
            "słynie z terminalu komunikacyjnego z zielonymi dachami.",
            "je známé svým dopravním terminálem se zelenými střechami.",
            "it is known for its transport terminal with green roofs.",
        ),
    ),
    _olomouc_town(
        "tovacov",
        "Tovačov",
        False,
        _t(
            "w październiku 2021 r. gościło polską grupę.",
            "v říjnu 2021 sem zavítala polská skupina.",
            "it welcomed a Polish group in October 2021.",
        ),
    ),
]


_SILESIAN_CITIES = [
    _organisation(
        "miasto-katowice",
        _t("Miasto Katowice", "Město Katovice", "City of Katowice"),
        "municipality",
        "katowice",
        _t(
            """
            Stolica województwa śląskiego i największe miasto Górnośląsko-Zagłębiowskiej
            Metropolii; w programie URBACT II uczestniczyło w sieciach Nodus i EVUE (pojazdy
            elektryczne w miastach Europy).
            """,
            """
            Hlavní město Slezského vojvodství a největší město Hornoslezsko-zagłębiowské
            metropole; v programu URBACT II se zapojilo do sítí Nodus a EVUE (elektromobily
            v evropských městech).
            """,
            """
            The capital of the Silesian Voivodeship and the largest city of the Upper
            Silesian-Zagłębie Metropolis; in URBACT II it took part in the Nodus and EVUE
            (Electric Vehicles in Urban Europe) networks.
            """,
        ),
        website="https://www.katowice.eu",
    ),
    _organisation(
        "miasto-gliwice",
        _t("Miasto Gliwice", "Město Gliwice", "City of Gliwice"),
        "municipality",
        "gliwice",
        _t(
            """
            Miasto w województwie śląskim, należące do Górnośląsko-Zagłębiowskiej Metropolii;
            w programie URBACT II uczestniczyło w sieci Fin-Urb-Act.
            """,
            """
            Město ve Slezském vojvodství, součást Hornoslezsko-zagłębiowské metropole; v programu
            URBACT II se zapojilo do sítě Fin-Urb-Act.
            """,
            """
            A city in the Silesian Voivodeship, part of the Upper Silesian-Zagłębie Metropolis;
            in URBACT II it took part in the Fin-Urb-Act network.
            """,
        ),
        website="https://www.gliwice.eu",
    ),
    _organisation(
        "miasto-bytom",
        _t("Miasto Bytom", "Město Bytom", "City of Bytom"),
        "municipality",
        "bytom",
        _t(
            """
            Miasto w województwie śląskim, należące do Górnośląsko-Zagłębiowskiej Metropolii;
            w programie URBACT II uczestniczyło w sieciach LUMASEC i LC-FACIL.
            """,
            """
            Město ve Slezském vojvodství, součást Hornoslezsko-zagłębiowské metropole; v programu
            URBACT II se zapojilo do sítí LUMASEC a LC-FACIL.
            """,
            """
            A city in the Silesian Voivodeship, part of the Upper Silesian-Zagłębie Metropolis;
            in URBACT II it took part in the LUMASEC and LC-FACIL networks.
            """,
        ),
        website="https://www.bytom.pl",
    ),
    _organisation(
        "miasto-zabrze",
        _t("Miasto Zabrze", "Město Zabrze", "City of Zabrze"),
        "municipality",
        "zabrze",
        _t(
            """
            Miasto w województwie śląskim, należące do Górnośląsko-Zagłębiowskiej Metropolii;
            w programie URBACT II uczestniczyło w sieci Co-Net.
            """,
            """
            Město ve Slezském vojvodství, součást Hornoslezsko-zagłębiowské metropole; v programu
            URBACT II se zapojilo do sítě Co-Net.
            """,
            """
            A city in the Silesian Voivodeship, part of the Upper Silesian-Zagłębie Metropolis;
            in URBACT II it took part in the Co-Net network.
            """,
        ),
    ),
    _organisation(
        "miasto-ruda-slaska",
        _t("Miasto Ruda Śląska", "Město Ruda Śląska", "City of Ruda Śląska"),
        "municipality",
        "ruda-slaska",
        _t(
            """
            Miasto w województwie śląskim, należące do Górnośląsko-Zagłębiowskiej Metropolii;
            w programie URBACT II uczestniczyło w sieci RegGov.
            """,
            """
            Město ve Slezském vojvodství, součást Hornoslezsko-zagłębiowské metropole; v programu
            URBACT II se zapojilo do sítě RegGov.
            """,
            """
            A city in the Silesian Voivodeship, part of the Upper Silesian-Zagłębie Metropolis;
            in URBACT II it took part in the RegGov network.
            """,
        ),
    ),
    _organisation(
        "miasto-dabrowa-gornicza",
        _t("Miasto Dąbrowa Górnicza", "Město Dąbrowa Górnicza", "City of Dąbrowa Górnicza"),
        "municipality",
        "dabrowa-gornicza",
        _t(
            """
            Miasto w województwie śląskim, należące do Górnośląsko-Zagłębiowskiej Metropolii;
            w programie URBACT II uczestniczyło w sieci OP-ACT poświęconej strategicznemu
            pozycjonowaniu małych i średnich miast.
            """,
            """
            Město ve Slezském vojvodství, součást Hornoslezsko-zagłębiowské metropole; v programu
            URBACT II se zapojilo do sítě OP-ACT zaměřené na strategické postavení malých
            a středních měst.
            """,
            """
            A city in the Silesian Voivodeship, part of the Upper Silesian-Zagłębie Metropolis;
            in URBACT II it took part in OP-ACT, a network on the strategic positioning of small
            and medium-sized cities.
            """,
        ),
    ),
    _organisation(
        "miasto-czestochowa",
        _t("Miasto Częstochowa", "Město Čenstochová", "City of Częstochowa"),
        "municipality",
        "czestochowa",
        _t(
            """
            Miasto na prawach powiatu w północnej części województwa śląskiego; w programie
            URBACT II uczestniczyło w sieci City Regions Net.
            """,
            """
            Město s právy okresu na severu Slezského vojvodství; v programu URBACT II se zapojilo
            do sítě City Regions Net.
            """,
            """
            A city with county rights in the north of the Silesian Voivodeship; in URBACT II it
            took part in the City Regions Net network.
            """,
        ),
        website="https://www.czestochowa.pl",
    ),
]


def _op_act_partner(slug, city, name, where, website=""):
    """A partner town of the URBACT II network OP-ACT, described by where it lies."""
    description = _t(
        f"Miasto {where['pl']}, partner sieci OP-ACT programu URBACT II kierowanej przez Leoben.",
        f"Město {where['cs']}, partner sítě OP-ACT programu URBACT II vedené městem Leoben.",
        f"A municipality {where['en']}, partner in the URBACT II network OP-ACT led by Leoben.",
    )
    return _organisation(slug, name, "municipality", city, description, website=website)


_OP_ACT_PARTNERS = [
    _organisation(
        "stadtgemeinde-leoben",
        _t("Gmina miejska Leoben", "Město Leoben", "Municipality of Leoben"),
        "municipality",
        "leoben",
        _t(
            "Miasto w austriackiej Styrii, partner wiodący sieci OP-ACT programu URBACT II.",
            "Město v rakouském Štýrsku, vedoucí partner sítě OP-ACT programu URBACT II.",
            "A town in Styria, Austria, lead partner of the URBACT II network OP-ACT.",
        ),
        website="https://www.leoben.at",
    ),
    _op_act_partner(
        "rezekne-city",
        "rezekne",
        _t("Miasto Rēzekne", "Město Rēzekne", "Rēzekne City"),
        _t("w łotewskiej Łatgalii", "v lotyšském Latgalsku", "in the Latgale region of Latvia"),
    ),
    _op_act_partner(
        "stadt-eberswalde",
        "eberswalde",
        _t("Miasto Eberswalde", "Město Eberswalde", "Town of Eberswalde"),
        _t("w Brandenburgii w Niemczech", "v německém Braniborsku", "in Brandenburg, Germany"),
        website="https://www.eberswalde.de",
    ),
    _op_act_partner(
        "stadt-altena",
        "altena",
        _t("Miasto Altena", "Město Altena", "Town of Altena"),
        _t(
            "w Nadrenii Północnej-Westfalii w Niemczech",
            "v německém Severním Porýní-Vestfálsku",
            "in North Rhine-Westphalia, Germany",
        ),
        website="https://www.altena.de",
    ),
    _op_act_partner(
        "gemeente-heerlen",
        "heerlen",
        _t("Gmina Heerlen", "Město Heerlen", "Municipality of Heerlen"),
        _t(
            "w holenderskiej prowincji Limburgia",
            "v nizozemské provincii Limburk",
            "in the Dutch province of Limburg",
        ),
        website="https://www.heerlen.nl",
    ),
    _op_act_partner(
        "nagykallo-varos",
        "nagykallo",
        _t("Miasto Nagykálló", "Město Nagykálló", "Town of Nagykálló"),
        _t(
            "w komitacie Szabolcs-Szatmár-Bereg na wschodzie Węgier",
            "v župě Szabolcs-Szatmár-Bereg na východě Maďarska",
            "in Szabolcs-Szatmár-Bereg County, eastern Hungary",
        ),
    ),
    _op_act_partner(
        "legazpi-udala",
        "legazpi",
        _t("Gmina Legazpi", "Obec Legazpi", "Municipality of Legazpi"),
        _t(
            "w prowincji Gipuzkoa w hiszpańskim Kraju Basków",
            "v provincii Gipuzkoa ve španělském Baskicku",
            "in Gipuzkoa, in the Basque Country of Spain",
        ),
    ),
    _op_act_partner(
        "notodden-kommune",
        "notodden",
        _t("Gmina Notodden", "Obec Notodden", "Notodden Municipality"),
        _t("w regionie Telemark w Norwegii", "v norském kraji Telemark", "in Telemark, Norway"),
    ),
    _op_act_partner(
        "comune-di-ancona",
        "ancona",
        _t("Gmina Ankona", "Město Ancona", "Municipality of Ancona"),
        _t(
            "nad Adriatykiem, stolica włoskiego regionu Marche",
            "na pobřeží Jaderského moře, hlavní město italského regionu Marche",
            "on the Adriatic coast, capital of the Marche region of Italy",
        ),
        website="https://www.comune.ancona.it",
    ),
    _op_act_partner(
        "municipiul-medias",
        "medias",
        _t("Miasto Mediaș", "Město Mediaș", "Municipality of Mediaș"),
        _t(
            "w okręgu Sybin w rumuńskim Siedmiogrodzie",
            "v župě Sibiu v rumunském Sedmihradsku",
            "in Sibiu County, Transylvania, Romania",
        ),
    ),
]


_METROPOLITAN_PARTNERS = [
    _organisation(
        "metropolia-gzm",
        _t(
            "Górnośląsko-Zagłębiowska Metropolia",
            "Hornoslezsko-zagłębiowská metropole",
            "Upper Silesian-Zagłębie Metropolis",
        ),
        "public",
        "katowice",
        _t(
            """
            Pierwszy w Polsce związek metropolitalny, zrzeszający miasta i gminy wokół Katowic,
            który zajmuje się m.in. transportem publicznym, planowaniem przestrzennym i promocją
            obszaru. Od września 2021 r. w ramach programu IURC współpracuje z obszarem
            metropolitalnym Kansas City w dziedzinie efektywności energetycznej budynków,
            zrównoważonej mobilności oraz edukacji, rynku pracy i kompetencji. Partnerzy
            spotkali się także podczas Światowego Forum Miejskiego w Katowicach w czerwcu 2022 r.
            """,
            """
            První metropolitní svaz v Polsku, který sdružuje města a obce v okolí Katovic a zabývá
            se mimo jiné veřejnou dopravou, územním plánováním a propagací území. Od září 2021
            spolupracuje v rámci programu IURC s metropolitní oblastí Kansas City v oblasti
            energetické účinnosti budov, udržitelné mobility a vzdělávání, zaměstnanosti
            a dovedností. Partneři se setkali také na Světovém urbanistickém fóru v Katovicích
            v červnu 2022.
            """,
            """
            The first metropolitan union in Poland, bringing together the cities and
            municipalities around Katowice; its tasks include public transport, spatial planning
            and promoting the area. Since September 2021 it has cooperated with the Kansas City
            metropolitan area under the IURC programme on energy efficiency in buildings,
            sustainable mobility, and education, jobs and skills. The partners also met at the
            World Urban Forum in Katowice in June 2022.
            """,
        ),
        website="https://metropoliagzm.pl",
        logo=True,
    ),
    _organisation(
        "mid-america-regional-council",
        _same("Mid-America Regional Council"),
        "association",
        "kansas-city",
        _t(
            """
            Stowarzyszenie samorządów lokalnych i organizacja planowania metropolitalnego
            dwustanowego obszaru Kansas City w stanach Missouri i Kansas, partner
            Górnośląsko-Zagłębiowskiej Metropolii w programie IURC.
            """,
            """
            Sdružení místních samospráv a metropolitní plánovací organizace dvoustátní oblasti
            Kansas City ve státech Missouri a Kansas, partner Hornoslezsko-zagłębiowské metropole
            v programu IURC.
            """,
            """
            The association of local governments and metropolitan planning organisation for the
            bi-state Kansas City region in Missouri and Kansas, partner of the Upper
            Silesian-Zagłębie Metropolis in the IURC programme.
            """,
        ),
        website="https://www.marc.org",
    ),
    _organisation(
        "omggs",
        _t(
            "Stowarzyszenie Obszar Metropolitalny Gdańsk Gdynia Sopot",
            "Sdružení Metropolitní oblast Gdaňsk Gdyně Sopoty",
            "Gdańsk Gdynia Sopot Metropolitan Area Association",
        ),
        "association",
        "gdansk",
        _t(
            """
            Stowarzyszenie samorządowe działające od 2011 r., które skupia miasta, gminy
            i powiaty wokół Gdańska, Gdyni i Sopotu i pełni funkcję Związku ZIT obszaru
            metropolitalnego. Uczestniczy w wielu projektach międzynarodowych, m.in. w programach
            Interreg Region Morza Bałtyckiego, Interreg Południowy Bałtyk i ESPON oraz
            w projekcie finansowanym z funduszy EOG i norweskich. Zajmuje się m.in. transportem
            publicznym, integracją imigrantów, dostępem do kultury i planowaniem.
            """,
            """
            Sdružení samospráv působící od roku 2011, které spojuje města, obce a okresy v okolí
            Gdaňsku, Gdyně a Sopot a plní úlohu nositele ZIT pro metropolitní oblast. Účastní se
            řady mezinárodních projektů, například v programech Interreg Region Baltského moře,
            Interreg Jižní Balt a ESPON a v projektu financovaném z Fondů EHP a Norska. Věnuje se
            mimo jiné veřejné dopravě, integraci migrantů, přístupu ke kultuře a plánování.
            """,
            """
            An association of local governments active since 2011 that brings together the
            cities, municipalities and counties around Gdańsk, Gdynia and Sopot and acts as the
            ZIT body of the metropolitan area. It takes part in many international projects, for
            instance under Interreg Baltic Sea Region, Interreg South Baltic and ESPON, and in a
            project funded by the EEA and Norway Grants. Its fields include public transport,
            integration of migrants, access to culture and planning.
            """,
        ),
        website="https://www.metropoliagdansk.pl",
        logo=True,
    ),
    _organisation(
        "miasto-gdansk",
        _t("Miasto Gdańsk", "Město Gdaňsk", "City of Gdańsk"),
        "municipality",
        "gdansk",
        _t(
            """
            Stolica województwa pomorskiego i największe miasto Obszaru Metropolitalnego Gdańsk
            Gdynia Sopot.
            """,
            """
            Hlavní město Pomořského vojvodství a největší město Metropolitní oblasti Gdaňsk Gdyně
            Sopoty.
            """,
            """
            The capital of the Pomeranian Voivodeship and the largest city of the
            Gdańsk-Gdynia-Sopot Metropolitan Area.
            """,
        ),
        website="https://www.gdansk.pl",
    ),
    _organisation(
        "miasto-gdynia",
        _t("Miasto Gdynia", "Město Gdyně", "City of Gdynia"),
        "municipality",
        "gdynia",
        _t(
            """
            Miasto portowe w województwie pomorskim, jedno z trzech miast Trójmiasta i członek
            Obszaru Metropolitalnego Gdańsk Gdynia Sopot.
            """,
            """
            Přístavní město v Pomořském vojvodství, jedno ze tří měst Trojměstí a člen
            Metropolitní oblasti Gdaňsk Gdyně Sopoty.
            """,
            """
            A port city in the Pomeranian Voivodeship, one of the three cities of the Tricity and
            a member of the Gdańsk-Gdynia-Sopot Metropolitan Area.
            """,
        ),
        website="https://www.gdynia.pl",
    ),
    _organisation(
        "miasto-sopot",
        _t("Miasto Sopot", "Město Sopoty", "City of Sopot"),
        "municipality",
        "sopot",
        _t(
            """
            Nadmorskie miasto uzdrowiskowe położone między Gdańskiem a Gdynią, członek Obszaru
            Metropolitalnego Gdańsk Gdynia Sopot.
            """,
            """
            Přímořské lázeňské město mezi Gdaňskem a Gdyní, člen Metropolitní oblasti Gdaňsk
            Gdyně Sopoty.
            """,
            """
            A seaside spa town between Gdańsk and Gdynia, a member of the Gdańsk-Gdynia-Sopot
            Metropolitan Area.
            """,
        ),
        website="https://www.sopot.pl",
    ),
    _organisation(
        "biblioteka-gdansk",
        _t(
            "Wojewódzka i Miejska Biblioteka Publiczna w Gdańsku",
            "Krajská a městská veřejná knihovna v Gdaňsku",
            "Regional and Municipal Public Library in Gdańsk",
        ),
        "public",
        "gdansk",
        _t(
            """
            Główna biblioteka publiczna województwa pomorskiego z siecią filii w Gdańsku, partner
            projektu „Kultura włącza” poświęconego dostępności kultury.
            """,
            """
            Hlavní veřejná knihovna Pomořského vojvodství se sítí poboček v Gdaňsku, partner
            projektu „Kultura włącza“ (Kultura začleňuje) zaměřeného na přístupnost kultury.
            """,
            """
            The main public library of the Pomeranian Voivodeship, with a network of branches in
            Gdańsk; partner in the “Kultura włącza” (Culture Includes) project on access to
            culture.
            """,
        ),
    ),
    _organisation(
        "nasjonalbiblioteket",
        _t(
            "Biblioteka Narodowa Norwegii",
            "Národní knihovna Norska",
            "National Library of Norway",
        ),
        "public",
        "oslo",
        _t(
            """
            Biblioteka narodowa Norwegii (Nasjonalbiblioteket) w Oslo, norweski partner projektu
            „Kultura włącza” finansowanego z funduszy EOG i norweskich.
            """,
            """
            Národní knihovna Norska (Nasjonalbiblioteket) v Oslu, norský partner projektu „Kultura
            włącza“ financovaného z Fondů EHP a Norska.
            """,
            """
            Norway's national library (Nasjonalbiblioteket) in Oslo, the Norwegian partner of the
            “Kultura włącza” project funded by the EEA and Norway Grants.
            """,
        ),
        website="https://www.nb.no",
    ),
]


ORGANISATIONS = [
    *_CORE_PARTNERS,
    *_OPOLE_AGGLOMERATION,
    *_OPOLE_INSTITUTIONS,
    *_OLOMOUC_INSTITUTIONS,
    *_OLOMOUC_AGGLOMERATION,
    *_SILESIAN_CITIES,
    *_OP_ACT_PARTNERS,
    *_METROPOLITAN_PARTNERS,
]
