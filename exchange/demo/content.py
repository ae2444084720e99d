"""Demo content for the Wissensnetz, in the project's JSON import format.

Everything in this module was written for the demo. It defines one
JSON-serialisable dict, ``DEMO``, with the keys ``topics``,
``municipalities``, ``contacts`` and ``items``. All visible text is German.

What is real and what is not:

* Municipalities of the "Modellprojekte Smart Cities" (MPSC): name, state,
  cohort, motto, coordinates, population (only where stated) and the
  ``source`` string are taken from ``/work/shared/data/mpsc_projects.json``,
  a collection of public facts; every record keeps its ``source`` string
  (smart-city-dialog.de, dstgb.de, behoerden-spiegel.de, kommune21.de,
  the projects' own websites, Wikipedia mirrors for coordinates, ...).
  The ``website`` is filled only where one of those sources is the
  project's own site. The ``kind`` is mapped onto the importer's choices
  (e.g. "Interkommunale Kooperation" -> "region").
* The three non-funded communes (Landkreis Cochem-Zell, Verbandsgemeinde
  Daun, Stadt Wittlich) are real places in Rhineland-Palatinate; no facts
  about them are stated beyond that they are not model projects.
* Lessons whose ``source`` is set retell, in our own German words, public
  findings collected in ``/work/shared/data/mpsc_lessons.json`` (Prognos
  evaluation, Difu/KTS study via bbu.de, smart-city-dialog.de,
  smartcountry.berlin, kommune21.de, konstanz.de, volksfreund.de, ...);
  the body names the source.
* Everything else -- case studies, costs, figures, quotes, events, the
  strategy measures and all contact persons -- is fictional demo content.
  People, e-mail addresses (example.org) and phone numbers (000000-NN)
  are invented and do not belong to any real person or office.
"""

# ---------------------------------------------------------------------------
# Topics (Handlungsfelder). Items reference topics by their exact name.
# ---------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "mobilitaet",
        "name": "Mobilität",
        "description": (
            "ÖPNV und Nahverkehr auf dem Land, On-demand-Angebote, "
            "Mitfahrbänke, Sharing, Radverkehr und Parkraummanagement."
        ),
    },
    {
        "slug": "digitale-verwaltung",
        "name": "Digitale Verwaltung",
        "description": (
            "Onlinezugangsgesetz (OZG), E-Akte, digitale Bürgerservices, Chatbots und interne Prozessdigitalisierung."
        ),
    },
    {
        "slug": "buergerbeteiligung",
        "name": "Bürgerbeteiligung",
        "description": (
            "Online- und Präsenzbeteiligung, Beteiligungsplattformen, "
            "Ehrenamt, Digitallotsen und Kommunikation mit der Bürgerschaft."
        ),
    },
    {
        "slug": "daten-und-plattformen",
        "name": "Daten und Plattformen",
        "description": ("Urbane Datenplattformen, Open Data, Dashboards, Datenstrategie und Open-Source-Software."),
    },
    {
        "slug": "energie-und-umwelt",
        "name": "Energie und Umwelt",
        "description": (
            "Klimaschutz, Klimaanpassung, Hochwasser- und Starkregenvorsorge, "
            "Luftqualität, Energieeffizienz und Straßenbeleuchtung."
        ),
    },
    {
        "slug": "gesundheit-und-pflege",
        "name": "Gesundheit und Pflege",
        "description": (
            "Telemedizin, digitale Unterstützung in der Pflege, "
            "Versorgung im ländlichen Raum und Teilhabe älterer Menschen."
        ),
    },
    {
        "slug": "bildung",
        "name": "Bildung",
        "description": ("Digitale Schule, Medienkompetenz, Weiterbildung und Lernorte für alle Generationen."),
    },
    {
        "slug": "wirtschaft-und-handel",
        "name": "Wirtschaft und Handel",
        "description": ("Innenstadtbelebung, lokaler Handel, Dorfläden, Co-Working und Wirtschaftsförderung."),
    },
    {
        "slug": "strategie-und-organisation",
        "name": "Strategie und Organisation",
        "description": (
            "Smart-City-Strategie, Steuerung, Personal, Vergabe, Fördermittel und Verstetigung nach Ende der Förderung."
        ),
    },
    {
        "slug": "infrastruktur-und-sensorik",
        "name": "Infrastruktur und Sensorik",
        "description": (
            "LoRaWAN und andere IoT-Netze, Sensorik, Glasfaser, Betrieb und Wartung technischer Infrastruktur."
        ),
    },
    {
        "slug": "kultur-und-tourismus",
        "name": "Kultur und Tourismus",
        "description": (
            "Digitale Angebote für Gäste und Kultureinrichtungen, Besucherlenkung und regionale Identität."
        ),
    },
]

# ---------------------------------------------------------------------------
# Municipalities. Facts only from mpsc_projects.json (see module docstring).
# ---------------------------------------------------------------------------

_SRC_KL = (
    "https://www.smart-city-dialog.de/modellprojekte/smart-city-modellprojekt-kaiserslautern ; "
    "https://www.herzlich-digital.de/aktuelles/ ; "
    "coords: http://en.wikipedia.org/wiki/Kaiserslautern ; "
    "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
)

MUNICIPALITIES = [
    # --- Rhineland-Palatinate model projects -------------------------------
    {
        "slug": "mayen-koblenz",
        "name": "Landkreis Mayen-Koblenz",
        "kind": "landkreis",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "Smarte Region MYK10",
        "lat": 50.35972,
        "lon": 7.59778,
        "website": "https://www.kvmyk.de/kv_myk/Landkreis/Smarte%20Region%20MYK10/",
        "summary": (
            "Der Landkreis Mayen-Koblenz ist seit der zweiten Staffel 2020 "
            "Modellprojekt Smart Cities. In der „Smarten Region MYK10“ arbeiten "
            "zehn Mitgliedskommunen zusammen: die Städte Andernach, Bendorf und "
            "Mayen sowie die Verbandsgemeinden Maifeld, Mendig, Pellenz, "
            "Rhein-Mosel, Vallendar, Vordereifel und Weißenthurm. Für das "
            "Vorhaben stehen bis Ende 2027 rund 17,5 Mio. Euro bereit."
        ),
        "source": (
            "https://www.kvmyk.de/kv_myk/Landkreis/Smarte%20Region%20MYK10/ ; "
            "https://www.mayen.de/arbeiten-leben/stadtentwicklung-wirtschaft/smart-city/ ; "
            "coords = Koblenz (seat of Kreisverwaltung, Bahnhofstraße 9): "
            "https://de.qwe.wiki/wiki/Koblenz (Wikipedia mirror); "
            "address: https://de.zxc.wiki/wiki/Landkreis_Mayen-Koblenz ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "kusel",
        "name": "Landkreis Kusel",
        "kind": "landkreis",
        "state": "Rheinland-Pfalz",
        "population": 70219,
        "funded": True,
        "cohort": 2021,
        "motto": "LAND L(i)EBEN – digital.gemeinsam.vorOrt",
        "lat": 49.53472,
        "lon": 7.39806,
        "website": "",
        "summary": (
            "Der Landkreis Kusel wurde 2021 in der dritten Staffel ausgewählt. "
            "Unter dem Leitmotiv „LAND L(i)EBEN – digital.gemeinsam.vorOrt“ läuft "
            "das Modellprojekt vom 1. Januar 2022 bis zum 31. Dezember 2026. Der "
            "Kreis mit 98 Gemeinden und rund 70.000 Einwohnerinnen und Einwohnern "
            "setzt dafür mehr als 16 Mio. Euro ein, davon rund 14,6 Mio. Euro "
            "Fördermittel. Ein Schwerpunkt ist, Angebote zu den Menschen zu bringen "
            "und Digitallotsen auszubilden, damit ältere Menschen nicht abgehängt werden."
        ),
        "source": (
            "https://www.smart-city-dialog.de/modellprojekte/smart-city-modellprojekt-landkreis-kusel ; "
            "https://www.findcity.de/?m=landkreis-kusel-wirtschaftsinfo-66869gf&p=00000008 ; "
            "coords (Kreisstadt Kusel): https://kk.wikicsu.ru/wiki/Kusel (Wikipedia mirror) ; "
            "cohort: https://dstgb.de/themen/digitalisierung/aktuelles/28-neue-modellprojekte-smart-cities ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2021-gemeinsam-aus-der-krise-6742585"
        ),
    },
    {
        "slug": "kaiserslautern",
        "name": "Stadt Kaiserslautern",
        "kind": "kreisfreie_stadt",
        "state": "Rheinland-Pfalz",
        "population": 100030,
        "funded": True,
        "cohort": 2019,
        "motto": "herzlich digital",
        "lat": 49.44472,
        "lon": 7.76889,
        "website": "https://www.herzlich-digital.de/",
        "summary": (
            "Kaiserslautern gehört zur ersten Staffel 2019 und verfolgt das "
            "Leitbild „herzlich digitale Stadt Kaiserslautern“. Der Bund fördert "
            "das Modellprojekt mit 15 Mio. Euro. Umgesetzt werden die Vorhaben "
            "maßgeblich von der städtischen KL.digital GmbH."
        ),
        "source": _SRC_KL,
    },
    {
        "slug": "bitburg-pruem",
        "name": "Eifelkreis Bitburg-Prüm",
        "kind": "landkreis",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "EIFELKREIS VERBINDET",
        "lat": 49.967,
        "lon": 6.533,
        "website": "https://www.eifelkreis-verbindet.de/",
        "summary": (
            "Der Eifelkreis Bitburg-Prüm ist seit der zweiten Staffel 2020 "
            "Modellprojekt. Unter dem Motto „EIFELKREIS VERBINDET“ kooperiert der "
            "Kreis mit den Verbandsgemeinden Arzfeld, Bitburger Land, Prüm, Speicher "
            "und Südeifel sowie mit der Stadt Bitburg. Beantragt wurden "
            "15,44 Mio. Euro."
        ),
        "source": (
            "https://www.eifelkreis-verbindet.de/ueber-das-projekt/ ; "
            "http://www.input-aktuell.de/nextshopcms/cmsnews.asp?lang=de&newsid=66523 ; "
            "coords (Kreisstadt Bitburg): https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Bitburg.html (en.wikipedia mirror) ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "linz-am-rhein",
        "name": "Stadt und Verbandsgemeinde Linz am Rhein",
        "kind": "verbandsgemeinde",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": True,
        "cohort": 2021,
        "motto": "Smarte Region Linz",
        "lat": 50.56861,
        "lon": 7.28306,
        "website": "https://www.smarte-region-linz.de/",
        "summary": (
            "Stadt und Verbandsgemeinde Linz am Rhein wurden 2021 im zweiten "
            "Anlauf als Modellprojekt ausgewählt und gehören zu den kleinsten "
            "Modellprojekten. Die „Smarte Region Linz“ umfasst rund 5 Mio. Euro, "
            "davon 65 Prozent Bundesmittel. Linz prüft, ob Ansätze größerer Städte "
            "übertragbar sind, und setzt auf erprobte, wirtschaftlich tragfähige Lösungen."
        ),
        "source": (
            "https://www.smarte-region-linz.de/allgemeines ; "
            "https://www.rhein-zeitung.de/region/aus-den-lokalredaktionen/kreis-neuwied_artikel,-foerderung-im-zweiten-anlauf-linz-startet-smart-in-die-digitale-zukunft-_arid,2299079.html ; "
            "coords: https://probier-club.de/bier-hat-heimat-in-Linz%20am%20Rhein (quotes de.wikipedia; 50°34'N 7°17'E) ; "
            "cohort: https://dstgb.de/themen/digitalisierung/aktuelles/28-neue-modellprojekte-smart-cities ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2021-gemeinsam-aus-der-krise-6742585"
        ),
    },
    # --- Model projects in other states -------------------------------------
    {
        "slug": "solingen",
        "name": "Solingen",
        "kind": "kreisfreie_stadt",
        "state": "Nordrhein-Westfalen",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "solingen.digital",
        "lat": 51.17194,
        "lon": 7.08472,
        "website": "",
        "summary": (
            "Solingen ist seit der ersten Staffel 2019 Modellprojekt und tritt "
            "unter „solingen.digital“ auf. Die Stadt leitet die "
            "Entwicklungspartnerschaft „Open SmartCity App“, in der eine "
            "quelloffene Stadt-App gemeinsam mit anderen Kommunen weiterentwickelt wird."
        ),
        "source": (
            "https://www.smart-city-dialog.de/aktuelles/open-source-gemeinsam-zu-besseren-und-nachhaltigen-loesungen ; "
            "coords: https://review.clateway.com/wiki/view_html.php?q=Solingen (en.wikipedia mirror) ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "grevesmuehlen",
        "name": "Grevesmühlen",
        "kind": "stadt",
        "state": "Mecklenburg-Vorpommern",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "Grevesmühlen – die digitale Stadt",
        "lat": 53.867,
        "lon": 11.167,
        "website": "",
        "summary": (
            "Die Kleinstadt Grevesmühlen gehört zur ersten Staffel 2019 und ist "
            "unter dem Motto „Grevesmühlen – die digitale Stadt“ unterwegs. "
            "Angestoßen wurde der Prozess von einer ehrenamtlichen Bürgergruppe, "
            "die Bürgermeister und Stadtvertretung unterstützt haben."
        ),
        "source": (
            "https://www.smart-city-dialog.de/modellprojekte/grevesmuehlen ; "
            "coords: https://en.wikipedia.org/wiki/Grevesm%C3%BChlen ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "hassfurt",
        "name": "Haßfurt",
        "kind": "stadt",
        "state": "Bayern",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "Smart Green City Haßfurt",
        "lat": 50.0333,
        "lon": 10.5,
        "website": "",
        "summary": (
            "Haßfurt ist als Kleinstadt Teil der ersten Staffel 2019 und "
            "verbindet Digitalisierung und Klimaschutz unter dem Motto „Smart "
            "Green City Haßfurt“. Für die Umsetzung der Digitalstrategie hat die "
            "Stadt eigens einen Chief Digital Officer eingestellt."
        ),
        "source": (
            "https://smartcountry.berlin/de/newsblog/hassfurt-auf-dem-weg-zur-smart-city.html ; "
            "coords: https://de.zxc.wiki/wiki/Ha%C3%9Ffurt (50°2'N 10°30'E, de.wikipedia mirror) ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "zwoenitz",
        "name": "Zwönitz",
        "kind": "stadt",
        "state": "Sachsen",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "",
        "lat": 50.63028,
        "lon": 12.81333,
        "website": "",
        "summary": (
            "Die sächsische Kleinstadt Zwönitz ist Modellprojekt der ersten "
            "Staffel 2019. Ihr On-Demand-Shuttle „Erzmobil“ wird in der "
            "Fachöffentlichkeit als Pionier für bedarfsorientierten Nahverkehr "
            "im ländlichen Raum genannt."
        ),
        "source": (
            "coords: https://dewiki.academic.ru/dic.nsf/dewiki/1556223 (de.wikipedia mirror) ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "suederbrarup",
        "name": "Amt Süderbrarup",
        "kind": "verbandsgemeinde",
        "state": "Schleswig-Holstein",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "",
        "lat": 54.6333,
        "lon": 9.7667,
        "website": "",
        "summary": (
            "Das Amt Süderbrarup mit 13 Gemeinden ist Modellprojekt der ersten "
            "Staffel 2019 und zugleich das nördlichste Projekt dieser Staffel."
        ),
        "source": (
            "https://www.smart-city-dialog.de/modellprojekte/smart-city-modellpojekt-suederbrarup ; "
            "coords: https://round-lake.dustinice.workers.dev/https/de.wikipedia.org/wiki/S%C3%BCderbrarup (54°38'N 9°46'E, proxy of de.wikipedia) ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "wunsiedel",
        "name": "Landkreis Wunsiedel i. Fichtelgebirge",
        "kind": "landkreis",
        "state": "Bayern",
        "population": None,
        "funded": True,
        "cohort": 2019,
        "motto": "Smartes Fichtelgebirge",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Der Landkreis Wunsiedel im Fichtelgebirge wurde 2019 als erste "
            "Landkreis-Modellregion ausgewählt. Das Vorhaben trägt den Namen "
            "„Smartes Fichtelgebirge“."
        ),
        "source": (
            "https://smartcity.telekom.com/blog-details/smart-city-smartes-fichtelgebirge ; "
            "cohort: https://www.behoerden-spiegel.de/2019/09/09/die-smartesten-cities-2019/"
        ),
    },
    {
        "slug": "smart-region-auf",
        "name": "Smart Region AUF (Apfeldorf, Unterdießen, Fuchstal)",
        "kind": "region",
        "state": "Bayern",
        "population": 6000,
        "funded": True,
        "cohort": 2020,
        "motto": "Smart Region AUF",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Die Gemeinden Apfeldorf, Unterdießen und Fuchstal bilden gemeinsam "
            "die „Smart Region AUF“. Mit rund 6.000 Einwohnerinnen und Einwohnern "
            "gehört der Verbund zu den kleinsten Modellprojekten; ausgewählt "
            "wurde er in der zweiten Staffel 2020."
        ),
        "source": (
            "https://www.smart-city-dialog.de/aktuelles/im-fokus-smartes-landleben ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "smarte-kielregion",
        "name": "Smarte KielRegion",
        "kind": "region",
        "state": "Schleswig-Holstein",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "Smarte KielRegion",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Kiel und die Kreise Rendsburg-Eckernförde und Plön arbeiten seit "
            "der zweiten Staffel 2020 gemeinsam als „Smarte KielRegion“ an einem "
            "interkommunalen Modellprojekt."
        ),
        "source": (
            "https://www.smart-city-dialog.de/modellprojekte/smart-city-modellprojekt-smarte-kielregion ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "lemgo-kalletal",
        "name": "Lemgo und Gemeinde Kalletal",
        "kind": "region",
        "state": "Nordrhein-Westfalen",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "digital.interkommunal",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Die Stadt Lemgo und die Gemeinde Kalletal sind unter dem Titel "
            "„digital.interkommunal“ gemeinsam Modellprojekt der zweiten Staffel "
            "2020. Der Bund fördert das Vorhaben mit rund 5,3 Mio. Euro."
        ),
        "source": (
            "https://www.owl-journal.de/digitalisierungsprojekt-von-kalletal-und-lemgo-wird-gefoerdert/ ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "bad-belzig-wiesenburg",
        "name": "Bad Belzig und Gemeinde Wiesenburg/Mark",
        "kind": "region",
        "state": "Brandenburg",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Bad Belzig und die Gemeinde Wiesenburg/Mark bilden eine "
            "interkommunale Kooperation der zweiten Staffel 2020. Mit dem "
            "Modellprojekt verbunden ist die Community rund um die quelloffene "
            "Smart Village App."
        ),
        "source": (
            "https://www.svacommunity.org/2026/02/04/die-smart-village-app-und-opencode-de ; "
            "cohort: https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "moenchengladbach",
        "name": "Mönchengladbach",
        "kind": "kreisfreie_stadt",
        "state": "Nordrhein-Westfalen",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Mönchengladbach ist Modellprojekt der zweiten Staffel 2020. Für "
            "seine Datenplattform hat die Stadt eine Lösung übernommen, die "
            "zuvor in Paderborn entwickelt worden war."
        ),
        "source": (
            "https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "paderborn",
        "name": "Paderborn",
        "kind": "stadt",
        "state": "Nordrhein-Westfalen",
        "population": None,
        "funded": True,
        "cohort": 2020,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Paderborn gehört zur zweiten Staffel 2020. Bereits im NRW-Projekt "
            "„Digitale Modellregion OWL“ hat die Stadt eine offene Datenplattform "
            "aufgebaut, die später von Mönchengladbach übernommen wurde."
        ),
        "source": (
            "https://www.smart-city-dialog.de/aktuelles/32-modellprojekte-smart-cities-fuer-die-zweite-staffel-ausgewaehlt ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2020-gemeinwohl-und-6075419"
        ),
    },
    {
        "slug": "konstanz",
        "name": "Konstanz",
        "kind": "stadt",
        "state": "Baden-Württemberg",
        "population": None,
        "funded": True,
        "cohort": 2021,
        "motto": "Smart Green City",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Konstanz ist mit dem Programm „Smart Green City“ Modellprojekt der "
            "dritten Staffel 2021. Nach einer Überprüfung hat der Gemeinderat das "
            "Budget von 17,6 auf 9,1 Mio. Euro reduziert und das Programm für die "
            "letzten beiden Jahre gestrafft."
        ),
        "source": (
            "https://www.konstanz.de/service/presse/pressemitteilungen/smart+green+city+geht+gestrafft+in+die+letzten+beiden+programmjahre ; "
            "cohort: https://dstgb.de/themen/digitalisierung/aktuelles/28-neue-modellprojekte-smart-cities ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2021-gemeinsam-aus-der-krise-6742585"
        ),
    },
    {
        "slug": "vorpommern-greifswald",
        "name": "Landkreis Vorpommern-Greifswald",
        "kind": "landkreis",
        "state": "Mecklenburg-Vorpommern",
        "population": None,
        "funded": True,
        "cohort": 2021,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Der Landkreis Vorpommern-Greifswald ist Modellprojekt der dritten "
            "Staffel 2021 und arbeitet dabei mit dem Landkreis Mecklenburgische "
            "Seenplatte zusammen. Maßnahmen des Projekts wurden in einer Studie "
            "zur Verstetigung von Smart-City-Lösungen untersucht."
        ),
        "source": (
            "https://bbu.de/beitraege/vom-pilotprojekt-zur-praxis-smart-city-massnahmen-erfolgreich-verstetigen ; "
            "cohort: https://dstgb.de/themen/digitalisierung/aktuelles/28-neue-modellprojekte-smart-cities ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2021-gemeinsam-aus-der-krise-6742585"
        ),
    },
    {
        "slug": "region-rhein-neckar",
        "name": "Verband Region Rhein-Neckar",
        "kind": "region",
        "state": "Baden-Württemberg / Rheinland-Pfalz / Hessen",
        "population": None,
        "funded": True,
        "cohort": 2021,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Der Verband Region Rhein-Neckar mit Sitz in Mannheim steht für ein "
            "länderübergreifendes Modellprojekt der dritten Staffel 2021, das "
            "auch den rheinland-pfälzischen Teil der Region um Ludwigshafen "
            "einschließt. Für die Beteiligung warb der Verband mit der Kampagne "
            "„Das WIR wirkt“; ein Thema ist smarter Tourismus mit digitaler "
            "Bürgerbeteiligung."
        ),
        "source": (
            "https://www.citizenlab.co/blog/smartcity/smarter-tourismus-in-der-metropolregion-rhein-neckar-mit-digitaler-burgerbeteiligung/?lang=de ; "
            "https://ea-rlp.de/mittlerweile-bundesweit-73-smart-city-modellprojekte ; "
            "cohort: https://dstgb.de/themen/digitalisierung/aktuelles/28-neue-modellprojekte-smart-cities ; "
            "categories: https://de.readkong.com/page/modellprojekte-smart-cities-2021-gemeinsam-aus-der-krise-6742585"
        ),
    },
    # --- Non-funded communes of the region (learners) -----------------------
    {
        "slug": "cochem-zell",
        "name": "Landkreis Cochem-Zell",
        "kind": "landkreis",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": False,
        "cohort": None,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Der Landkreis Cochem-Zell ist kein Modellprojekt Smart Cities. Er "
            "nutzt das Wissensnetz, um von den Erfahrungen der geförderten "
            "Kommunen in Rheinland-Pfalz zu lernen und übertragbare Lösungen für "
            "die eigene Region zu prüfen."
        ),
        "source": "",
    },
    {
        "slug": "vg-daun",
        "name": "Verbandsgemeinde Daun",
        "kind": "verbandsgemeinde",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": False,
        "cohort": None,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Die Verbandsgemeinde Daun erhält keine Förderung aus dem Programm "
            "Modellprojekte Smart Cities. Sie nutzt das Wissensnetz, um "
            "Praxisbeispiele und Stolpersteine der Modellprojekte kennenzulernen "
            "und eigene Vorhaben vorzubereiten."
        ),
        "source": "",
    },
    {
        "slug": "wittlich",
        "name": "Stadt Wittlich",
        "kind": "stadt",
        "state": "Rheinland-Pfalz",
        "population": None,
        "funded": False,
        "cohort": None,
        "motto": "",
        "lat": None,
        "lon": None,
        "website": "",
        "summary": (
            "Die Stadt Wittlich ist nicht Teil des Förderprogramms. Über das "
            "Wissensnetz tauscht sie sich mit den rheinland-pfälzischen "
            "Modellprojekten aus und lernt aus deren Erfahrungen."
        ),
        "source": "",
    },
]

# ---------------------------------------------------------------------------
# Contacts: real roles, fictional people, example.org addresses and
# fictional phone numbers (000000-NN).
# ---------------------------------------------------------------------------

CONTACTS = [
    {
        "slug": "anna-becker",
        "name": "Anna Becker",
        "role": "Projektleitung Smarte Region MYK10",
        "municipality": "mayen-koblenz",
        "email": "a.becker@mayen-koblenz.example.org",
        "phone": "+49 261 000000-12",
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung", "Daten und Plattformen"],
    },
    {
        "slug": "jonas-fischer",
        "name": "Jonas Fischer",
        "role": "Klimaschutzmanager",
        "municipality": "mayen-koblenz",
        "email": "j.fischer@mayen-koblenz.example.org",
        "phone": "+49 261 000000-27",
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik"],
    },
    {
        "slug": "claudia-hartmann",
        "name": "Dr. Claudia Hartmann",
        "role": "Datenschutzbeauftragte",
        "municipality": "mayen-koblenz",
        "email": "c.hartmann@mayen-koblenz.example.org",
        "phone": "+49 261 000000-31",
        "topics": ["Digitale Verwaltung", "Daten und Plattformen"],
    },
    {
        "slug": "julia-wagner",
        "name": "Julia Wagner",
        "role": "Smart-City-Koordinatorin",
        "municipality": "kusel",
        "email": "j.wagner@kusel.example.org",
        "phone": "+49 6381 000000-21",
        "topics": ["Strategie und Organisation", "Mobilität", "Gesundheit und Pflege"],
    },
    {
        "slug": "petra-klein",
        "name": "Petra Klein",
        "role": "Koordination Digitallotsen",
        "municipality": "kusel",
        "email": "p.klein@kusel.example.org",
        "phone": "+49 6381 000000-24",
        "topics": ["Bürgerbeteiligung", "Bildung", "Gesundheit und Pflege"],
    },
    {
        "slug": "markus-weber",
        "name": "Markus Weber",
        "role": "Chief Digital Officer",
        "municipality": "kaiserslautern",
        "email": "m.weber@kaiserslautern.example.org",
        "phone": "+49 631 000000-30",
        "topics": ["Strategie und Organisation", "Daten und Plattformen", "Digitale Verwaltung"],
    },
    {
        "slug": "nina-schulz",
        "name": "Nina Schulz",
        "role": "Referentin Bürgerbeteiligung und Kommunikation",
        "municipality": "kaiserslautern",
        "email": "n.schulz@kaiserslautern.example.org",
        "phone": "+49 631 000000-34",
        "topics": ["Bürgerbeteiligung", "Digitale Verwaltung"],
    },
    {
        "slug": "stefan-hoffmann",
        "name": "Stefan Hoffmann",
        "role": "Digitalisierungsbeauftragter",
        "municipality": "bitburg-pruem",
        "email": "s.hoffmann@bitburg-pruem.example.org",
        "phone": "+49 6561 000000-40",
        "topics": ["Wirtschaft und Handel", "Gesundheit und Pflege", "Strategie und Organisation"],
    },
    {
        "slug": "sabine-kraemer",
        "name": "Sabine Krämer",
        "role": "Projektleitung Smarte Region Linz",
        "municipality": "linz-am-rhein",
        "email": "s.kraemer@linz-am-rhein.example.org",
        "phone": "+49 2644 000000-50",
        "topics": ["Wirtschaft und Handel", "Mobilität", "Infrastruktur und Sensorik"],
    },
    {
        "slug": "tobias-meyer",
        "name": "Tobias Meyer",
        "role": "Produktverantwortlicher Stadt-App",
        "municipality": "solingen",
        "email": "t.meyer@solingen.example.org",
        "phone": "+49 212 000000-70",
        "topics": ["Daten und Plattformen", "Digitale Verwaltung"],
    },
    {
        "slug": "michael-roth",
        "name": "Michael Roth",
        "role": "Chief Digital Officer",
        "municipality": "hassfurt",
        "email": "m.roth@hassfurt.example.org",
        "phone": "+49 9521 000000-15",
        "topics": ["Energie und Umwelt", "Strategie und Organisation"],
    },
    {
        "slug": "laura-schmitt",
        "name": "Laura Schmitt",
        "role": "Digitalisierungsbeauftragte",
        "municipality": "cochem-zell",
        "email": "l.schmitt@cochem-zell.example.org",
        "phone": "+49 2671 000000-60",
        "topics": ["Digitale Verwaltung", "Strategie und Organisation"],
    },
    {
        "slug": "daniel-lorenz",
        "name": "Daniel Lorenz",
        "role": "Büroleiter und Digitalisierungsbeauftragter",
        "municipality": "vg-daun",
        "email": "d.lorenz@vg-daun.example.org",
        "phone": "+49 6592 000000-18",
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik"],
    },
    {
        "slug": "katharina-braun",
        "name": "Katharina Braun",
        "role": "Wirtschaftsförderung und Innenstadtmanagement",
        "municipality": "wittlich",
        "email": "k.braun@wittlich.example.org",
        "phone": "+49 6571 000000-45",
        "topics": ["Wirtschaft und Handel", "Mobilität"],
    },
]

_CREDIT = "Illustration: Wissensnetz"

# ---------------------------------------------------------------------------
# Case studies (Praxisbeispiele). Fictional unless a lesson cites a source.
# ---------------------------------------------------------------------------

CASE_STUDIES = [
    {
        "type": "case_study",
        "slug": "myk-lorawan-pegelsensoren",
        "municipality": "mayen-koblenz",
        "title": "LoRaWAN-Pegelsensoren warnen vor Hochwasser an kleinen Bächen",
        "summary": (
            "In der Smarten Region MYK10 messen funkbasierte Pegelsensoren die "
            "Wasserstände kleiner Gewässer und lösen bei Grenzwerten automatisch "
            "Warnungen an Feuerwehr und Bauhof aus."
        ),
        "body": (
            "## Ausgangslage\n\n"
            "Starkregen lässt kleine Bäche innerhalb weniger Stunden über die Ufer "
            "treten. An vielen dieser Gewässer gibt es keine amtlichen Pegel, und "
            "Feuerwehr und Bauhof mussten Wasserstände bisher bei Kontrollfahrten "
            "schätzen. Nach mehreren Unwetterereignissen wünschten sich die "
            "Wehrleitungen der Mitgliedskommunen eine verlässliche Datengrundlage, "
            "um Einsätze früher planen zu können.\n\n"
            "## Umsetzung\n\n"
            "Die Smarte Region MYK10 hat ein kreisweites LoRaWAN-Funknetz aufgebaut "
            "und an ausgewählten Brücken und Durchlässen Ultraschall-Pegelsensoren "
            "montiert. Die Sensoren senden alle 15 Minuten, bei steigendem Pegel alle "
            "fünf Minuten. Die Messwerte laufen in die regionale Datenplattform und "
            "werden in einem Dashboard für Einsatzkräfte sowie als Open Data "
            "veröffentlicht. Werden festgelegte Schwellenwerte überschritten, "
            "verschickt das System Warnmeldungen per SMS und App an die "
            "Rufbereitschaft.\n\n"
            "## Vergabe und Betrieb\n\n"
            "Hardware, Montage und Netzbetrieb wurden in zwei Losen ausgeschrieben. "
            "Die Leistungsbeschreibung verlangte offene Schnittstellen und die "
            "Herausgabe der Rohdaten, damit der Landkreis nicht an einen Anbieter "
            "gebunden ist. Die Standorte wurden gemeinsam mit der Unteren "
            "Wasserbehörde und den Wehrführern ausgewählt. Für Wartung und "
            "Batteriewechsel ist der Bauhof der jeweiligen Kommune zuständig, die "
            "Plattform betreut die Kreisverwaltung.\n\n"
            "## Erfahrungen\n\n"
            "Schon im ersten Winter hat das System mehrere Anstiege frühzeitig "
            "angezeigt. Die Einsatzkräfte schätzen vor allem die Verlaufskurven, "
            "weil sie zeigen, wie schnell ein Bach reagiert. Wichtig war, die "
            "Pegelsensoren nicht als Ersatz für den amtlichen Hochwassermeldedienst "
            "darzustellen, sondern als Ergänzung für die lokale Gefahrenabwehr."
        ),
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik", "Daten und Plattformen"],
        "tags": [
            "LoRaWAN",
            "Pegelsensoren",
            "Hochwasser",
            "Starkregen",
            "Katastrophenschutz",
            "Open Data",
            "Ausschreibung",
        ],
        "date": "2024-03-12",
        "contacts": ["jonas-fischer", "anna-becker"],
        "image": {
            "alt": "Illustration eines kleinen Bachs unter einer Steinbrücke, an deren Geländer ein grauer Sensor mit Funkantenne befestigt ist.",
            "caption": "Pegelsensor an einem Brückengeländer (Illustration)",
            "credit": _CREDIT,
        },
        "status": "operation",
        "start_year": 2022,
        "costs": "ca. 180.000 € (Sachkosten 2022–2024 für Netz, 40 Sensoren und Plattformanbindung)",
        "funding": "Modellprojekte Smart Cities (Bundesförderung) mit kommunalem Eigenanteil; Betrieb ab 2028 aus dem Kreishaushalt",
        "partners": "Mitgliedskommunen der Smarten Region MYK10, Wehrleitungen, Untere Wasserbehörde, regionaler Netzbetreiber",
        "outcomes": "Frühere Alarmierung bei Starkregen, dokumentierte Pegelverläufe für die Hochwasservorsorge, offene Messdaten für Planungsbüros und Bürgerschaft.",
        "transferability": (
            "Gut übertragbar. Benötigt werden ein LoRaWAN-Netz (eigenes oder "
            "gemietetes Gateway), eine Datenplattform mit Alarmfunktion, klare "
            "Zuständigkeiten für Wartung und eine Abstimmung mit Wasserbehörde "
            "und Feuerwehr. Die Leistungsbeschreibung stellt die Smarte Region MYK10 "
            "auf Anfrage zur Verfügung."
        ),
    },
    {
        "type": "case_study",
        "slug": "myk-intelligente-strassenbeleuchtung",
        "municipality": "mayen-koblenz",
        "title": "Intelligente Straßenbeleuchtung: Licht nach Bedarf in zwei Ortsgemeinden",
        "summary": (
            "Zwei Ortsgemeinden der Smarten Region MYK10 erproben LED-Leuchten, die "
            "nachts gedimmt werden und bei Bewegung heller schalten. Ziel sind "
            "weniger Energieverbrauch und weniger Lichtverschmutzung."
        ),
        "body": (
            "Die Straßenbeleuchtung ist in vielen kleinen Gemeinden einer der "
            "größten Stromverbraucher. Die Umstellung auf LED senkt den Verbrauch "
            "bereits deutlich – eine bedarfsgerechte Steuerung kann aber noch "
            "einmal spürbar einsparen. Gleichzeitig beschweren sich Anwohnende "
            "über zu helle Straßen, und der Naturschutz fordert weniger Licht in "
            "Randlagen.\n\n"
            "Im Pilotgebiet wurden rund 220 Leuchtenköpfe mit Steuermodulen und "
            "Bewegungsmeldern ausgestattet. Zwischen 23 und 5 Uhr dimmen die "
            "Leuchten auf 20 Prozent und fahren hoch, sobald Fußgänger, Radfahrende "
            "oder Autos erkannt werden. Die Module melden Ausfälle selbstständig, "
            "sodass die Störungssuche per Kontrollfahrt entfällt.\n\n"
            "Die größte Hürde war die Vergabe: Die Leuchten gehören teils dem "
            "Energieversorger, teils den Gemeinden, und die Verträge regelten "
            "Umbauten nur unzureichend. Erst nach einer Klärung der "
            "Eigentumsverhältnisse konnte die Ausschreibung starten; sie dauerte "
            "insgesamt fast ein Jahr. Der Pilot läuft seither stabil.\n\n"
            "Die ersten Auswertungen zeigen eine Einsparung von rund 45 Prozent "
            "gegenüber ungesteuerten LED-Leuchten. In einer Online-Umfrage "
            "bewerteten zwei Drittel der Teilnehmenden die Beleuchtung als "
            "„genauso sicher“ oder „sicherer“ als vorher. Über eine Ausweitung "
            "auf weitere Gemeinden entscheidet der Lenkungskreis nach Abschluss "
            "der Pilotphase."
        ),
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik"],
        "tags": ["Straßenbeleuchtung", "LED", "Energieeffizienz", "Vergabe", "Lichtverschmutzung", "Klimaschutz"],
        "date": "2025-02-04",
        "contacts": ["jonas-fischer"],
        "image": {
            "alt": "Illustration einer nächtlichen Dorfstraße, in der nur die Laterne nahe einer Radfahrerin hell leuchtet, die übrigen sind gedimmt.",
            "caption": "Licht nach Bedarf: gedimmte Straßenbeleuchtung (Illustration)",
            "credit": _CREDIT,
        },
        "status": "pilot",
        "start_year": 2023,
        "costs": "ca. 140.000 € (Steuermodule, Sensorik und Montage 2023–2024)",
        "funding": "Modellprojekte Smart Cities; Eigenanteil der beteiligten Ortsgemeinden",
        "partners": "Zwei Ortsgemeinden, regionaler Energieversorger, Klimaschutzmanagement des Landkreises",
        "outcomes": "Rund 45 % weniger Stromverbrauch im Pilotgebiet, automatische Störungsmeldungen, hohe Akzeptanz in der Bevölkerung.",
        "transferability": (
            "Übertragbar, wenn die Eigentumsverhältnisse der Beleuchtung geklärt "
            "sind und bereits LED-Leuchten mit Steuerschnittstelle verbaut sind. "
            "Für die Vergabe empfiehlt sich eine funktionale Leistungsbeschreibung "
            "mit offenen Standards."
        ),
    },
    {
        "type": "case_study",
        "slug": "myk-digitaler-buergerservice-ozg",
        "municipality": "mayen-koblenz",
        "title": "Digitaler Bürgerservice nach OZG: vom Online-Antrag bis zur E-Akte",
        "summary": (
            "Die Kreisverwaltung hat häufig genutzte Leistungen nach dem "
            "Onlinezugangsgesetz digitalisiert und medienbruchfrei an die E-Akte "
            "angebunden."
        ),
        "body": (
            "## Ziel\n\n"
            "Das Onlinezugangsgesetz (OZG) verpflichtet Verwaltungen, ihre "
            "Leistungen auch online anzubieten. In der Praxis endeten viele "
            "Online-Anträge jedoch als PDF im E-Mail-Postfach und wurden intern "
            "ausgedruckt. Die Smarte Region MYK10 wollte deshalb nicht nur "
            "Formulare ins Netz bringen, sondern den gesamten Prozess bis zur "
            "elektronischen Akte durchdenken.\n\n"
            "## Vorgehen\n\n"
            "Zunächst wurden die 25 am häufigsten nachgefragten Leistungen der "
            "Kreisverwaltung ausgewählt, darunter Anträge im Bereich "
            "Kfz-Zulassung, Wohngeld und Schülerbeförderung. Für jede Leistung "
            "haben Sachbearbeitung, IT und Datenschutz gemeinsam den Ablauf "
            "modelliert. Wo das Land bereits „Einer für Alle“-Lösungen anbietet, "
            "wurden diese nachgenutzt; nur Lücken wurden selbst geschlossen.\n\n"
            "## Anbindung an die E-Akte\n\n"
            "Anträge landen heute strukturiert im Fachverfahren und werden "
            "automatisch in der E-Akte abgelegt. Eingangsbestätigung und "
            "Bescheid erhalten Antragstellende über ihr Nutzerkonto. Parallel "
            "wurden Beschäftigte in Schulungen auf die neue Arbeitsweise "
            "vorbereitet – ein Punkt, der anfangs unterschätzt wurde.\n\n"
            "## Ergebnis\n\n"
            "Rund 40 Prozent der Anträge in den digitalisierten Leistungen gehen "
            "inzwischen online ein. Die Bearbeitungszeit ist bei mehreren "
            "Leistungen um mehrere Tage gesunken, weil Nachfragen wegen "
            "unvollständiger Unterlagen seltener werden. Die Prozessmodelle "
            "stellt der Landkreis den Mitgliedskommunen zur Nachnutzung bereit."
        ),
        "topics": ["Digitale Verwaltung", "Strategie und Organisation"],
        "tags": ["OZG", "Onlinezugangsgesetz", "E-Akte", "Bürgerservice", "Prozessmanagement", "Einer für Alle"],
        "date": "2025-06-17",
        "contacts": ["anna-becker", "claudia-hartmann"],
        "status": "operation",
        "start_year": 2022,
        "costs": "ca. 320.000 € (Prozessberatung, Schnittstellen und Schulungen 2022–2025)",
        "funding": "Modellprojekte Smart Cities; Personal aus dem Kreishaushalt",
        "partners": "Fachämter der Kreisverwaltung, kommunaler IT-Dienstleister, Datenschutzbeauftragte",
        "outcomes": "25 Leistungen durchgängig digital, rund 40 % Online-Quote, weniger Rückfragen und kürzere Bearbeitungszeiten.",
        "transferability": (
            "Die Prozessmodelle sind auf andere Landkreise direkt übertragbar. "
            "Voraussetzung sind eine eingeführte E-Akte, Zugriff auf die "
            "Landesbasisdienste und Zeit der Fachämter für die Prozessaufnahme."
        ),
    },
    {
        "type": "case_study",
        "slug": "kusel-mitfahrbaenke-rufbus",
        "municipality": "kusel",
        "title": "Mitfahrbänke und Rufbus: Mobilität in kleinen Dörfern",
        "summary": (
            "Der Landkreis Kusel verbindet klassische Mitfahrbänke mit einem "
            "digital buchbaren Rufbus, um Lücken im ÖPNV auf dem Land zu schließen."
        ),
        "body": (
            "Viele der 98 Gemeinden im Landkreis Kusel sind nur wenige Male am Tag "
            "mit dem Bus erreichbar. Wer kein Auto hat – vor allem ältere Menschen "
            "und Jugendliche –, ist auf Nachbarschaftshilfe angewiesen. Das Projekt "
            "setzt deshalb auf zwei sich ergänzende Bausteine.\n\n"
            "## Baustein 1: Mitfahrbänke\n\n"
            "An zentralen Punkten in den Dörfern stehen gut sichtbare Bänke mit "
            "Richtungsschildern. Wer dort sitzt, signalisiert: Ich möchte "
            "mitgenommen werden. Neu ist eine digitale Ergänzung: Über die "
            "Dorf-App kann man ankündigen, wann man auf der Bank wartet, und "
            "Fahrende sehen, ob gerade jemand mitfahren möchte.\n\n"
            "## Baustein 2: On-demand-Rufbus\n\n"
            "In zwei Verbandsgemeinden fährt ein Kleinbus ohne festen Fahrplan. "
            "Fahrten werden per App oder Telefon gebucht, eine Software bündelt "
            "die Anfragen zu Routen. Der Rufbus ist in den Tarif des "
            "Verkehrsverbunds integriert und ersetzt schwach genutzte Linienfahrten "
            "in den Abendstunden.\n\n"
            "## Zwischenstand\n\n"
            "Der Rufbus wird gut angenommen, vor allem für Arztbesuche und "
            "Einkäufe. Die Mitfahrbänke brauchen dagegen Geduld: Ohne "
            "Ehrenamtliche, die das Angebot im Dorf bekannt machen, bleiben sie "
            "oft leer. Die Telefonbuchung hat sich als unverzichtbar erwiesen, "
            "weil ein Teil der Fahrgäste keine App nutzt."
        ),
        "topics": ["Mobilität", "Bürgerbeteiligung"],
        "tags": ["ÖPNV", "Nahverkehr", "On-demand", "Rufbus", "Mitfahrbank", "ländlicher Raum", "Ehrenamt"],
        "date": "2024-09-23",
        "contacts": ["julia-wagner"],
        "image": {
            "alt": "Illustration einer blauen Mitfahrbank an einer Dorfstraße mit Richtungsschild, im Hintergrund hält ein weißer Kleinbus.",
            "caption": "Mitfahrbank und Rufbus ergänzen sich (Illustration)",
            "credit": _CREDIT,
        },
        "status": "pilot",
        "start_year": 2023,
        "costs": "ca. 450.000 € (Buchungssoftware, Fahrzeugbetrieb im Pilotzeitraum, 30 Mitfahrbänke)",
        "funding": "Modellprojekte Smart Cities; Beteiligung des Aufgabenträgers für den ÖPNV",
        "partners": "Verbandsgemeinden, Verkehrsunternehmen, Aufgabenträger ÖPNV, Ortsbürgermeisterinnen und Ortsbürgermeister",
        "outcomes": "Steigende Fahrgastzahlen im Rufbus, bessere Erreichbarkeit von Arztpraxen und Einkaufsmöglichkeiten am Abend.",
        "transferability": (
            "Mitfahrbänke sind mit geringem Aufwand übertragbar, brauchen aber "
            "lokale Kümmerer. Für einen Rufbus sind der ÖPNV-Aufgabenträger, die "
            "Tarifintegration und eine dauerhafte Finanzierung früh zu klären."
        ),
    },
    {
        "type": "case_study",
        "slug": "kusel-digitallotsen",
        "municipality": "kusel",
        "title": "Digitallotsen: Ehrenamtliche helfen älteren Menschen in die digitale Welt",
        "summary": (
            "Im Landkreis Kusel schult das Modellprojekt Ehrenamtliche zu "
            "Digitallotsen, die Seniorinnen und Senioren vor Ort beim Umgang mit "
            "Smartphone, Tablet und Online-Diensten unterstützen."
        ),
        "body": (
            "Digitale Angebote nützen nur, wenn alle sie nutzen können. Im "
            "Landkreis Kusel ist deshalb ein Grundsatz des Modellprojekts, "
            "Angebote zu den Menschen zu bringen und niemanden abzuhängen. Die "
            "Ausbildung von Digitallotsen ist dafür ein zentraler Baustein "
            "(öffentlich beschrieben im Projektprofil auf smart-city-dialog.de).\n\n"
            "Die Lotsinnen und Lotsen sind Ehrenamtliche aus den Dörfern. In "
            "einer mehrteiligen Schulung lernen sie, wie man Geräte einrichtet, "
            "sichere Passwörter anlegt, Videotelefonate führt oder Termine online "
            "bucht. Ebenso wichtig sind didaktische Fragen: Wie erkläre ich "
            "geduldig, ohne zu bevormunden?\n\n"
            "Die Sprechstunden finden in Dorfgemeinschaftshäusern, Pfarrheimen "
            "und Bibliotheken statt. Wer nicht mobil ist, kann einen Hausbesuch "
            "vereinbaren. Leihgeräte ermöglichen es, ein Tablet erst auszuprobieren, "
            "bevor man eines kauft.\n\n"
            "Die Rückmeldungen zeigen, dass die persönliche Begleitung durch "
            "Menschen aus dem eigenen Ort Hemmschwellen senkt. Die Lotsinnen und "
            "Lotsen sind zugleich Botschafter für andere Angebote des "
            "Modellprojekts, etwa den Rufbus oder die Dorf-App."
        ),
        "topics": ["Bürgerbeteiligung", "Bildung", "Gesundheit und Pflege"],
        "tags": ["Digitallotsen", "Ehrenamt", "Senioren", "Medienkompetenz", "Teilhabe", "ländlicher Raum"],
        "date": "2024-05-08",
        "contacts": ["petra-klein", "julia-wagner"],
        "image": {
            "alt": "Illustration einer älteren Frau und eines jüngeren Mannes, die an einem Tisch im Dorfgemeinschaftshaus gemeinsam auf ein Tablet schauen.",
            "caption": "Digitallotsen-Sprechstunde im Dorf (Illustration)",
            "credit": _CREDIT,
        },
        "status": "operation",
        "start_year": 2022,
        "costs": "ca. 60.000 € pro Jahr (Schulungen, Leihgeräte, Koordination, Aufwandsentschädigungen)",
        "funding": "Modellprojekte Smart Cities; ab 2027 Weiterführung über Kreishaushalt und Stiftungsmittel geplant",
        "partners": "Ehrenamtliche, Volkshochschule, Kirchengemeinden, Seniorenbeiräte",
        "outcomes": "Regelmäßige Sprechstunden in vielen Orten, Leihgeräte im Umlauf, wachsende Zahl aktiver Lotsinnen und Lotsen.",
        "transferability": (
            "Sehr gut übertragbar, auch ohne Fördermittel im großen Umfang. "
            "Nötig sind eine hauptamtliche Koordination, ein Schulungskonzept, "
            "geeignete Räume vor Ort und eine Anerkennungskultur für das Ehrenamt."
        ),
    },
    {
        "type": "case_study",
        "slug": "kl-urbane-datenplattform",
        "municipality": "kaiserslautern",
        "title": "Urbane Datenplattform und Open-Data-Portal in Kaiserslautern",
        "summary": (
            "Kaiserslautern bündelt Sensordaten, Geodaten und Verwaltungsdaten in "
            "einer urbanen Datenplattform und veröffentlicht ausgewählte "
            "Datensätze als Open Data."
        ),
        "body": (
            "## Warum eine Datenplattform?\n\n"
            "Mit wachsender Zahl von Sensoren, Fachverfahren und Apps entstehen "
            "in einer Stadt viele Datensilos. Eine urbane Datenplattform führt "
            "diese Daten zusammen, macht sie über standardisierte Schnittstellen "
            "nutzbar und ist damit die Grundlage für Dashboards, Auswertungen und "
            "neue Dienste.\n\n"
            "## Aufbau\n\n"
            "Die Plattform wird von der städtischen KL.digital GmbH betrieben und "
            "setzt auf Open-Source-Komponenten. Eingebunden sind unter anderem "
            "Umweltsensoren, Parkdaten und Geodaten. Für jeden Datensatz gibt es "
            "eine verantwortliche Stelle und eine Einstufung, ob er intern, für "
            "Partner oder offen bereitgestellt werden darf.\n\n"
            "## Open Data\n\n"
            "Über das Open-Data-Portal sind Datensätze unter offenen Lizenzen "
            "abrufbar. Vor jeder Veröffentlichung wird geprüft, ob "
            "personenbezogene Daten betroffen sind; die DSGVO-Prüfung ist fester "
            "Teil des Freigabeprozesses. Hochschulen, Start-ups und engagierte "
            "Bürgerinnen und Bürger nutzen die Daten bereits für eigene Projekte.\n\n"
            "## Was andere lernen können\n\n"
            "Die Technik ist selten das Problem – schwieriger sind "
            "Datenverantwortung, Datenqualität und die Frage, wer die Plattform "
            "nach Ende der Förderung bezahlt. Kaiserslautern hat den Betrieb "
            "deshalb früh bei der städtischen Gesellschaft verankert."
        ),
        "topics": ["Daten und Plattformen", "Strategie und Organisation"],
        "tags": ["Urbane Datenplattform", "Open Data", "Open Source", "Datenschutz", "DSGVO", "Dashboard"],
        "date": "2023-11-21",
        "contacts": ["markus-weber"],
        "image": {
            "alt": "Illustration eines Stadtplans, über dem Datenpunkte zu Luftqualität, Parken und Verkehr in farbigen Kreisen schweben und zu einer Plattform zusammenlaufen.",
            "caption": "Daten aus der Stadt laufen auf einer Plattform zusammen (Illustration)",
            "credit": _CREDIT,
        },
        "status": "operation",
        "start_year": 2021,
        "costs": "ca. 900.000 € (Aufbau 2021–2024 inkl. Personal des Betreibers)",
        "funding": "Modellprojekte Smart Cities; Betrieb über die städtische Gesellschaft",
        "partners": "KL.digital GmbH, Fachreferate der Stadtverwaltung, Hochschulen der Region",
        "outcomes": "Zentrale Datendrehscheibe, offene Datensätze im Portal, Grundlage für Dashboards zu Umwelt und Mobilität.",
        "transferability": (
            "Übertragbar für Städte und Landkreise mit mehreren Datenquellen. "
            "Kleinere Kommunen sollten sich an bestehende Plattformen anschließen, "
            "statt eigene aufzubauen. Nötig sind Datenverantwortliche in den "
            "Fachbereichen und ein gesicherter Betrieb."
        ),
    },
    {
        "type": "case_study",
        "slug": "kl-ki-chatbot-buergerbuero",
        "municipality": "kaiserslautern",
        "title": "KI-Chatbot beantwortet Fragen im Bürgerbüro",
        "summary": (
            "Ein KI-gestützter Chatbot auf der städtischen Website beantwortet "
            "rund um die Uhr Fragen zu Öffnungszeiten, Unterlagen und "
            "Zuständigkeiten und entlastet so das Bürgerbüro."
        ),
        "body": (
            "Das Bürgerbüro erhält täglich zahlreiche Anrufe mit immer "
            "wiederkehrenden Fragen: Welche Unterlagen brauche ich für den "
            "Personalausweis? Muss ich einen Termin buchen? Ein Chatbot soll "
            "diese Routinefragen übernehmen, damit das Team mehr Zeit für "
            "komplexe Anliegen hat.\n\n"
            "Der Chatbot nutzt ein Sprachmodell, beantwortet Fragen aber nur auf "
            "Basis geprüfter Inhalte aus dem Leistungskatalog und der Website. "
            "Zu jeder Antwort nennt er die Quelle. Findet er keine gesicherte "
            "Antwort, verweist er an das Servicetelefon, statt zu raten.\n\n"
            "Vor dem Start standen intensive Prüfungen: Datenschutz-"
            "Folgenabschätzung nach DSGVO, Hosting in einem deutschen "
            "Rechenzentrum, keine Speicherung personenbezogener Eingaben und "
            "eine Kennzeichnung als KI-System. Der Personalrat wurde früh "
            "beteiligt.\n\n"
            "In der Pilotphase beantwortete der Chatbot rund drei Viertel der "
            "Fragen ohne Weiterleitung. Die häufigsten unbeantworteten Fragen "
            "werden monatlich ausgewertet und fließen in die Pflege der "
            "Wissensbasis ein."
        ),
        "topics": ["Digitale Verwaltung", "Daten und Plattformen"],
        "tags": ["KI", "Chatbot", "Künstliche Intelligenz", "Bürgerservice", "Datenschutz", "DSGVO"],
        "date": "2025-04-29",
        "contacts": ["markus-weber", "nina-schulz"],
        "status": "pilot",
        "start_year": 2024,
        "costs": "ca. 75.000 € (Einrichtung, Pilotbetrieb 12 Monate, Datenschutzberatung)",
        "funding": "Modellprojekte Smart Cities",
        "partners": "Bürgerbüro, KL.digital GmbH, Datenschutzbeauftragte, Personalrat",
        "outcomes": "Rund 75 % der Fragen ohne Weiterleitung beantwortet, weniger Routineanrufe, gepflegte Wissensbasis.",
        "transferability": (
            "Übertragbar, wenn ein gepflegter Leistungskatalog vorhanden ist. "
            "Vorab zu klären sind Datenschutz-Folgenabschätzung, Hosting, "
            "Mitbestimmung und wer die Inhalte dauerhaft pflegt."
        ),
    },
    {
        "type": "case_study",
        "slug": "bitburg-dorf-app-dorfladen",
        "municipality": "bitburg-pruem",
        "title": "Dorf-App und digitaler Dorfladen in der Eifel",
        "summary": (
            "Eine gemeinsame Dorf-App bündelt Nachrichten, Termine und "
            "Nachbarschaftshilfe; in zwei Orten ermöglicht ein digital "
            "unterstützter Dorfladen Einkäufe rund um die Uhr."
        ),
        "body": (
            "## Die Dorf-App\n\n"
            "In vielen Eifeldörfern gibt es keine Lokalzeitung mehr, und "
            "Informationen verteilen sich auf Aushänge, Vereinsseiten und "
            "Messenger-Gruppen. Die Dorf-App führt das zusammen: Ortsgemeinden "
            "veröffentlichen Bekanntmachungen, Vereine ihre Termine, und auf "
            "einer Marktplatz-Seite bieten Nachbarinnen und Nachbarn Hilfe an – "
            "vom Rasenmähen bis zur Fahrt zum Arzt.\n\n"
            "## Der digitale Dorfladen\n\n"
            "In zwei Orten ohne Nahversorgung wurden kleine Läden eingerichtet, "
            "die tagsüber einige Stunden mit Personal und sonst per "
            "Kundenkarte und Selbstbedienungskasse geöffnet sind. Das Sortiment "
            "setzt auf regionale Erzeuger. Betrieben werden die Läden von einer "
            "Bürgergenossenschaft.\n\n"
            "## Erfahrungen\n\n"
            "Entscheidend war, in jedem Ort Redakteurinnen und Redakteure zu "
            "finden, die die App mit Leben füllen. Wo das gelang, wird sie "
            "intensiv genutzt. Bei den Dorfläden war die rechtliche Klärung – "
            "Ladenöffnung, Jugendschutz bei bestimmten Waren, Hygiene – "
            "aufwendiger als die Technik.\n\n"
            "## Ausblick\n\n"
            "Weitere Ortsgemeinden haben Interesse angemeldet. Die App basiert "
            "auf einer Open-Source-Lösung, die auch andere Kommunen nutzen."
        ),
        "topics": ["Wirtschaft und Handel", "Bürgerbeteiligung"],
        "tags": [
            "Dorf-App",
            "Dorfladen",
            "Nahversorgung",
            "Ehrenamt",
            "Genossenschaft",
            "Open Source",
            "ländlicher Raum",
        ],
        "date": "2024-07-02",
        "contacts": ["stefan-hoffmann"],
        "image": {
            "alt": "Illustration eines kleinen Dorfladens mit Holzfassade und Kartenleser neben der Tür, davor ein Smartphone mit geöffneter Dorf-App.",
            "caption": "Dorfladen mit Selbstbedienung und Dorf-App (Illustration)",
            "credit": _CREDIT,
        },
        "status": "operation",
        "start_year": 2022,
        "costs": "ca. 260.000 € (App-Einführung, Ladentechnik für zwei Standorte, Begleitung)",
        "funding": "Modellprojekte Smart Cities; Eigenkapital der Bürgergenossenschaft",
        "partners": "Ortsgemeinden, Bürgergenossenschaft, regionale Erzeuger, Vereine",
        "outcomes": "Aktive Dorf-App in mehreren Orten, zwei Dorfläden mit erweiterten Öffnungszeiten, gestärkte Nachbarschaftshilfe.",
        "transferability": (
            "Gut übertragbar. Für die App braucht es lokale Redaktionsteams; für "
            "einen Dorfladen eine tragfähige Betreiberform, einen Standort und "
            "frühe rechtliche Beratung."
        ),
    },
    {
        "type": "case_study",
        "slug": "bitburg-coworking-land",
        "municipality": "bitburg-pruem",
        "title": "Co-Working auf dem Land: Arbeiten, wo man lebt",
        "summary": (
            "In leerstehenden Gebäuden im Eifelkreis sind kleine Co-Working-Spaces "
            "entstanden, die Pendelwege verkürzen und Ortskerne beleben."
        ),
        "body": (
            "Viele Beschäftigte aus dem Eifelkreis pendeln täglich lange Strecken. "
            "Seit mobiles Arbeiten verbreitet ist, fehlt es auf dem Land aber oft "
            "an geeigneten Arbeitsplätzen außerhalb der eigenen Küche: schnelles "
            "Internet, ruhige Räume und Austausch mit anderen.\n\n"
            "Gemeinsam mit Verbandsgemeinden und Eigentümern wurden drei "
            "Standorte ausgewählt – ein ehemaliges Bankgebäude, eine alte Schule "
            "und Räume über einem Gasthaus. Sie bieten Arbeitsplätze, einen "
            "Besprechungsraum und Glasfaseranschluss. Gebucht wird über eine "
            "Online-Plattform, Zugang erhalten Mitglieder per digitalem Schloss.\n\n"
            "Die Spaces werden von Selbstständigen, Angestellten im Homeoffice "
            "und Studierenden genutzt. Ein Standort dient zusätzlich als "
            "Treffpunkt für Gründungsberatung der Wirtschaftsförderung. Nicht "
            "jeder Standort trägt sich bisher selbst; ein Betreiber hat deshalb "
            "ein Café integriert.\n\n"
            "Als Lehre nennt das Projektteam: Ohne eine engagierte Person vor "
            "Ort, die Veranstaltungen organisiert und Community aufbaut, bleibt "
            "ein Co-Working-Space ein Büro mit freien Tischen."
        ),
        "topics": ["Wirtschaft und Handel", "Infrastruktur und Sensorik"],
        "tags": ["Co-Working", "mobiles Arbeiten", "Leerstand", "Ortskern", "Glasfaser", "Wirtschaftsförderung"],
        "date": "2025-01-14",
        "contacts": ["stefan-hoffmann"],
        "status": "operation",
        "start_year": 2023,
        "costs": "ca. 210.000 € (Ausstattung, Zugangstechnik, Buchungsplattform, Anlaufkosten für drei Standorte)",
        "funding": "Modellprojekte Smart Cities; Mieteinnahmen; Eigenleistung der Betreiber",
        "partners": "Verbandsgemeinden, private Eigentümer, Wirtschaftsförderung, lokale Betreiber",
        "outcomes": "Drei Standorte in Betrieb, kürzere Pendelwege für Nutzende, neue Treffpunkte in Ortskernen.",
        "transferability": (
            "Übertragbar, wenn ein geeigneter Leerstand mit Glasfaser verfügbar "
            "ist und ein lokaler Betreiber gefunden wird. Eine Bedarfsumfrage vor "
            "der Standortwahl ist dringend zu empfehlen."
        ),
    },
    {
        "type": "case_study",
        "slug": "bitburg-telemedizin-sprechstunde",
        "municipality": "bitburg-pruem",
        "title": "Telemedizinische Sprechstunde im Dorfgemeinschaftshaus",
        "summary": (
            "Ein Pilot ermöglichte Videosprechstunden mit Hausärztinnen und "
            "Hausärzten in zwei Dorfgemeinschaftshäusern. Nach der Pilotphase "
            "wurde das Angebot eingestellt – mit wertvollen Erkenntnissen."
        ),
        "body": (
            "## Idee\n\n"
            "In Teilen des Eifelkreises sind die Wege zur nächsten Hausarztpraxis "
            "weit, und Praxen nehmen kaum neue Patientinnen und Patienten auf. "
            "Die Idee: In Dorfgemeinschaftshäusern wird ein „Telemedizin-Raum“ "
            "mit Bildschirm, Kamera und einfachen Messgeräten eingerichtet. Eine "
            "geschulte Assistenz unterstützt vor Ort, die Ärztin oder der Arzt ist "
            "per Video zugeschaltet.\n\n"
            "## Pilot\n\n"
            "Über zwölf Monate fanden an zwei Standorten wöchentliche "
            "Sprechstunden statt. Die Patientinnen und Patienten bewerteten das "
            "Angebot sehr positiv, vor allem Menschen ohne Auto. Technisch lief "
            "der Pilot nach anfänglichen Problemen mit der Bandbreite stabil.\n\n"
            "## Warum das Angebot endete\n\n"
            "Für einen Regelbetrieb fand sich keine dauerhafte Finanzierung. Die "
            "Assistenzkräfte vor Ort lassen sich über die bestehenden "
            "Abrechnungswege nicht refinanzieren, und die beteiligten Praxen "
            "konnten zusätzliche Sprechzeiten auf Dauer nicht abdecken. Nach "
            "Ende der Pilotförderung wurde das Angebot deshalb eingestellt.\n\n"
            "## Was bleibt\n\n"
            "Die Ausstattung wird heute für Videoberatungen anderer Träger, etwa "
            "der Pflegeberatung, genutzt. Das Projektteam empfiehlt, bei "
            "Gesundheitsprojekten Krankenkassen und Kassenärztliche Vereinigung "
            "von Anfang an einzubinden."
        ),
        "topics": ["Gesundheit und Pflege", "Infrastruktur und Sensorik"],
        "tags": ["Telemedizin", "Hausarzt", "Videosprechstunde", "Versorgung", "ländlicher Raum", "Verstetigung"],
        "date": "2025-10-07",
        "contacts": ["stefan-hoffmann"],
        "status": "discontinued",
        "start_year": 2023,
        "costs": "ca. 95.000 € (Ausstattung zweier Standorte, Assistenz und Begleitung im Pilotjahr)",
        "funding": "Modellprojekte Smart Cities (nur Pilotphase)",
        "partners": "Zwei Hausarztpraxen, Ortsgemeinden, Pflegestützpunkt",
        "outcomes": "Hohe Zufriedenheit der Nutzenden, aber kein tragfähiges Finanzierungsmodell; Räume werden für Videoberatung weitergenutzt.",
        "transferability": (
            "Nur mit gesicherter Regelfinanzierung übertragbar. Vor dem Start "
            "sollten Krankenkassen, Kassenärztliche Vereinigung und Praxen "
            "verbindlich eingebunden sein."
        ),
    },
    {
        "type": "case_study",
        "slug": "linz-passantenfrequenz-lorawan",
        "municipality": "linz-am-rhein",
        "title": "Passantenzählung per LoRaWAN als Datenbasis für die Innenstadt",
        "summary": (
            "Linz am Rhein misst mit anonym arbeitenden Sensoren die "
            "Passantenfrequenz in der Altstadt, um Maßnahmen zur Belebung der "
            "Innenstadt auf Daten zu stützen."
        ),
        "body": (
            "Wie viele Menschen sind an einem Samstagvormittag in der Altstadt "
            "unterwegs – und was ändert sich an einem Markttag? Solche Fragen "
            "wurden bisher nach Gefühl beantwortet. Gemeinsam mit einem "
            "regionalen Energieversorger hat Linz einen Pilot zur Personenzählung "
            "per LoRaWAN gestartet, der die Datenbasis für die Belebung der "
            "Innenstadt liefern soll (öffentlich berichtet u. a. im Blog von "
            "Deutsche Glasfaser).\n\n"
            "Die Sensoren zählen Bewegungen, ohne Bilder zu speichern oder "
            "Personen zu identifizieren. Übertragen werden nur aggregierte "
            "Zählwerte. Damit ist die Lösung aus Sicht des Datenschutzes "
            "unkritisch; trotzdem wurde der Einsatz transparent kommuniziert und "
            "mit Hinweisschildern versehen.\n\n"
            "Die Daten zeigen deutliche Unterschiede zwischen Wochentagen, "
            "Jahreszeiten und Veranstaltungen. Stadtmarketing und Händlerschaft "
            "nutzen die Zahlen, um Öffnungszeiten und Aktionen abzustimmen und "
            "den Erfolg von Festen zu messen.\n\n"
            "Für eine kleine Kommune war die Zusammenarbeit mit einem Partner, "
            "der Netz und Technik bereits betreibt, der Schlüssel: Linz musste "
            "keine eigene Infrastruktur aufbauen und konnte schnell starten."
        ),
        "topics": ["Wirtschaft und Handel", "Infrastruktur und Sensorik", "Daten und Plattformen"],
        "tags": ["LoRaWAN", "Passantenfrequenz", "Innenstadt", "Einzelhandel", "Sensorik", "Datenschutz"],
        "date": "2023-10-10",
        "contacts": ["sabine-kraemer"],
        "image": {
            "alt": "Illustration einer Altstadtgasse mit Fachwerkhäusern; an einer Hauswand hängt ein kleiner Sensor, Passanten sind als neutrale Silhouetten dargestellt.",
            "caption": "Anonyme Passantenzählung in der Altstadt (Illustration)",
            "credit": _CREDIT,
        },
        "status": "operation",
        "start_year": 2023,
        "costs": "ca. 25.000 € (Sensoren, Einrichtung, Datenaufbereitung im ersten Jahr)",
        "funding": "Modellprojekte Smart Cities; Eigenleistung des Partners",
        "partners": "Regionaler Energieversorger, Stadtmarketing, Gewerbeverein",
        "outcomes": "Belastbare Frequenzdaten für Innenstadt, Veranstaltungen und Einzelhandel.",
        "transferability": (
            "Sehr gut übertragbar. Voraussetzung ist ein LoRaWAN-Netz in "
            "Reichweite – oft lässt sich eines von Stadtwerken oder "
            "Energieversorgern mitnutzen. Transparente Kommunikation zum "
            "Datenschutz ist wichtig."
        ),
    },
    {
        "type": "case_study",
        "slug": "linz-smart-parking",
        "municipality": "linz-am-rhein",
        "title": "Smart Parking für Altstadt und Rheinufer",
        "summary": (
            "Linz plant, freie Parkplätze über Sensoren zu erfassen und in einer "
            "Parkleitanzeige und online anzuzeigen, um Parksuchverkehr zu reduzieren."
        ),
        "body": (
            "An Wochenenden und bei Veranstaltungen kreisen viele Autos auf der "
            "Suche nach einem Parkplatz durch die engen Gassen. Das belastet "
            "Anwohnende und schreckt Gäste ab. Ein Smart-Parking-System soll "
            "zeigen, wo noch Plätze frei sind.\n\n"
            "Geplant sind Bodensensoren auf ausgewählten Parkplätzen und "
            "Zählschleifen an den Zufahrten größerer Parkflächen. Die Daten laufen "
            "über das vorhandene LoRaWAN-Netz, werden auf einer Karte auf der "
            "Website angezeigt und an dynamische Hinweistafeln an den "
            "Ortseingängen übermittelt.\n\n"
            "Bewusst setzt Linz auf eine Lösung, die sich in anderen Städten "
            "bereits bewährt hat. Mehrere Modellprojekte wurden dazu befragt, und "
            "die Leistungsbeschreibung orientiert sich an deren Erfahrungen. Die "
            "Ausschreibung ist für 2026 vorgesehen.\n\n"
            "Offen ist noch, wie die Hinweistafeln mit der Straßenverkehrsbehörde "
            "abgestimmt werden und ob das System später mit einer "
            "Parkraumbewirtschaftung per App verbunden wird."
        ),
        "topics": ["Mobilität", "Infrastruktur und Sensorik"],
        "tags": ["Smart Parking", "Parkraummanagement", "Parksuchverkehr", "LoRaWAN", "Ausschreibung", "Tourismus"],
        "date": "2025-11-18",
        "contacts": ["sabine-kraemer"],
        "status": "planning",
        "start_year": 2025,
        "costs": "ca. 120.000 € geplant (Sensoren, zwei Hinweistafeln, Integration)",
        "funding": "Modellprojekte Smart Cities",
        "partners": "Ordnungsamt, Straßenverkehrsbehörde, Stadtmarketing, benachbarte Modellprojekte (Erfahrungsaustausch)",
        "outcomes": "Noch keine – angestrebt sind weniger Parksuchverkehr und eine bessere Orientierung für Gäste.",
        "transferability": (
            "Die Planungsunterlagen sind für kleine Städte mit touristischem "
            "Verkehr gut nachnutzbar. Wichtig ist die frühe Abstimmung mit der "
            "Straßenverkehrsbehörde."
        ),
    },
    {
        "type": "case_study",
        "slug": "solingen-open-smartcity-app",
        "municipality": "solingen",
        "title": "Open SmartCity App: eine Stadt-App, die viele Kommunen teilen",
        "summary": (
            "Solingen hat seine Stadt-App als Open Source entwickelt und leitet "
            "die Entwicklungspartnerschaft „Open SmartCity App“, über die andere "
            "Kommunen den Code nachnutzen und gemeinsam weiterentwickeln."
        ),
        "body": (
            "## Ausgangspunkt\n\n"
            "Viele Kommunen wünschen sich eine eigene App mit Nachrichten, "
            "Terminen, Mängelmelder und Verwaltungsdiensten. Wer eine solche App "
            "einkauft, bleibt oft dauerhaft an einen Anbieter gebunden. Solingen "
            "ist einen anderen Weg gegangen: Die App wurde als Open Source "
            "entwickelt, und die Stadt hält selbst das Entwicklerkonto in den "
            "App-Stores (öffentlich beschrieben auf smart-city-dialog.de).\n\n"
            "## Die Entwicklungspartnerschaft\n\n"
            "In der Partnerschaft „Open SmartCity App“ teilen mehrere Kommunen "
            "den Code, finanzieren Weiterentwicklungen gemeinsam und stimmen "
            "Prioritäten ab. Zu Beginn waren es neun weitere Kommunen, nach einem "
            "späteren Beitrag von Solingen rund 20.\n\n"
            "## Nutzen für andere Kommunen\n\n"
            "Eine Kommune, die einsteigt, beginnt nicht bei null, sondern passt "
            "eine erprobte App an ihr Erscheinungsbild und ihre Inhalte an. "
            "Neue Funktionen, die eine Partnerin entwickelt, stehen allen zur "
            "Verfügung. Das entspricht dem Grundsatz „Public Money – Public Code“, "
            "dem die Modellprojekte verpflichtet sind.\n\n"
            "## Hinweise\n\n"
            "Auch Open Source ist nicht kostenlos: Betrieb, Pflege der Inhalte "
            "und eigene Anpassungen müssen eingeplant werden. Dafür behält die "
            "Kommune die Kontrolle über Daten, Funktionen und Weiterentwicklung."
        ),
        "topics": ["Daten und Plattformen", "Digitale Verwaltung"],
        "tags": [
            "Open Source",
            "Stadt-App",
            "OpenCoDE",
            "digitale Souveränität",
            "interkommunale Zusammenarbeit",
            "Nachnutzung",
        ],
        "date": "2023-06-06",
        "contacts": ["tobias-meyer"],
        "status": "operation",
        "start_year": 2020,
        "costs": "Keine Angabe; Einstieg für Partnerkommunen abhängig vom Anpassungsbedarf",
        "funding": "Modellprojekte Smart Cities; gemeinsame Finanzierung von Weiterentwicklungen durch die Partnerkommunen",
        "partners": "Kommunen der Entwicklungspartnerschaft „Open SmartCity App“",
        "outcomes": "Quelloffene Stadt-App im Einsatz, wachsende Zahl von Partnerkommunen, geteilte Entwicklungskosten.",
        "transferability": (
            "Sehr gut übertragbar: Der Code ist offen. Benötigt werden ein "
            "eigenes Entwicklerkonto, Redaktionskapazität für Inhalte und ein "
            "Budget für Anpassung und Betrieb."
        ),
    },
    {
        "type": "case_study",
        "slug": "hassfurt-umweltsensorik-luftqualitaet",
        "municipality": "hassfurt",
        "title": "Umweltsensorik: Luftqualität und Stadtklima messen",
        "summary": (
            "Ein Netz einfacher Umweltsensoren erfasst Feinstaub, Temperatur und "
            "Luftfeuchte an Schulen, Plätzen und Straßen. Die Daten fließen in "
            "Klimaanpassung und Umweltbildung ein."
        ),
        "body": (
            "Hitzesommer und Diskussionen um Luftqualität haben auch in kleinen "
            "Städten den Wunsch nach lokalen Messdaten geweckt. Offizielle "
            "Messstationen sind teuer und weit verteilt. Unter dem Motto „Smart "
            "Green City“ sollte deshalb ein dichteres, kostengünstiges Messnetz "
            "entstehen.\n\n"
            "Rund 30 Sensorboxen messen Feinstaub (PM2,5 und PM10), Temperatur und "
            "Luftfeuchte. Sie hängen an Schulen, Kindergärten, auf Plätzen und an "
            "Hauptverkehrsstraßen. Die Werte werden auf einem öffentlichen "
            "Dashboard angezeigt; Grenzwertüberschreitungen im rechtlichen Sinne "
            "lassen sich damit ausdrücklich nicht feststellen.\n\n"
            "Schulen nutzen die Daten im Unterricht: Schülerinnen und Schüler "
            "vergleichen Messwerte, bauen eigene Sensoren und diskutieren "
            "Ursachen. Die Stadtplanung identifiziert mit den Temperaturdaten "
            "Hitzeinseln und plant dort Begrünung und Schattenplätze.\n\n"
            "Eine wichtige Erfahrung: Preiswerte Sensoren müssen regelmäßig "
            "kalibriert und gewartet werden. Ohne klare Zuständigkeit sinkt die "
            "Datenqualität schnell."
        ),
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik", "Bildung"],
        "tags": ["Umweltsensorik", "Luftqualität", "Feinstaub", "Hitze", "Klimaanpassung", "Schule", "Dashboard"],
        "date": "2024-02-20",
        "contacts": ["michael-roth"],
        "status": "operation",
        "start_year": 2022,
        "costs": "ca. 55.000 € (Sensoren, Dashboard, Schulmaterial 2022–2024)",
        "funding": "Modellprojekte Smart Cities",
        "partners": "Schulen, Stadtplanung, Umweltverbände",
        "outcomes": "Kleinräumige Daten zu Hitze und Luftqualität, Einsatz im Unterricht, Grundlage für Begrünungsmaßnahmen.",
        "transferability": (
            "Gut übertragbar und relativ günstig. Zu beachten: Kalibrierung und "
            "Wartung organisieren und die Aussagekraft der Daten ehrlich "
            "kommunizieren."
        ),
    },
    {
        "type": "case_study",
        "slug": "rhein-neckar-online-beteiligung-tourismus",
        "municipality": "region-rhein-neckar",
        "title": "Digitale Bürgerbeteiligung für smarten Tourismus",
        "summary": (
            "Der Verband Region Rhein-Neckar hat Bürgerinnen und Bürger über eine "
            "Online-Beteiligungsplattform eingeladen, Ideen für einen smarten "
            "Tourismus in der Region einzubringen."
        ),
        "body": (
            "Eine Region, die sich über drei Bundesländer erstreckt, kann "
            "Beteiligung nicht allein über Präsenzveranstaltungen organisieren. "
            "Der Verband Region Rhein-Neckar hat deshalb auf eine "
            "Online-Beteiligungsplattform gesetzt und mit der Kampagne „Das WIR "
            "wirkt“ für das Mitmachen geworben (öffentlich beschrieben in einem "
            "Beitrag des Plattformanbieters).\n\n"
            "Auf der Plattform konnten Teilnehmende Ideen einreichen, "
            "kommentieren und bewerten, etwa zu digitaler Besucherlenkung, "
            "Informationen für Gäste oder besseren Verbindungen zwischen "
            "Ausflugszielen. Ergänzend gab es Online-Umfragen und kurze "
            "Präsenzformate an Ausflugszielen.\n\n"
            "Die eingegangenen Beiträge wurden thematisch ausgewertet und in die "
            "weitere Planung übernommen. Den Teilnehmenden wurde zurückgemeldet, "
            "was mit ihren Ideen geschieht – ein Schritt, der für das Vertrauen "
            "in Beteiligungsverfahren entscheidend ist.\n\n"
            "Für andere Kommunen zeigt das Beispiel, wie Beteiligung auch in "
            "großen, verwaltungsübergreifenden Räumen funktionieren kann, wenn "
            "eine klare Frage, eine niedrigschwellige Plattform und eine "
            "begleitende Kampagne zusammenkommen."
        ),
        "topics": ["Bürgerbeteiligung", "Kultur und Tourismus"],
        "tags": [
            "Bürgerbeteiligung",
            "Online-Beteiligung",
            "Beteiligungsplattform",
            "Tourismus",
            "Besucherlenkung",
            "Kampagne",
        ],
        "date": "2023-04-18",
        "contacts": [],
        "status": "operation",
        "start_year": 2022,
        "costs": "Keine Angabe",
        "funding": "Modellprojekte Smart Cities",
        "partners": "Kommunen der Region, Tourismusorganisationen, Anbieter einer Beteiligungsplattform",
        "outcomes": "Ideen aus der Bürgerschaft für smarten Tourismus, sichtbare Rückmeldung an Teilnehmende.",
        "transferability": (
            "Übertragbar für Kommunen jeder Größe. Wichtig sind eine konkrete "
            "Beteiligungsfrage, Ressourcen für Moderation und Auswertung sowie "
            "eine verbindliche Rückmeldung an die Teilnehmenden."
        ),
    },
    {
        "type": "case_study",
        "slug": "auf-digitale-grundschule",
        "municipality": "smart-region-auf",
        "title": "Digitale Lernwerkstatt für Grundschulen im Verbund",
        "summary": (
            "Die drei Gemeinden der Smart Region AUF planen eine gemeinsame "
            "Lernwerkstatt, in der Grundschulkinder digitale Medien, Programmieren "
            "und Sensorik kennenlernen."
        ),
        "body": (
            "Kleine Grundschulen haben selten die Ausstattung und das Personal, "
            "um digitale Bildung über die Grundlagen hinaus anzubieten. Im "
            "Verbund können die drei Gemeinden der Smart Region AUF Ressourcen "
            "bündeln.\n\n"
            "Geplant ist eine Lernwerkstatt mit Tablets, Lernrobotern und "
            "einfachen Sensorbausätzen, die reihum an den Schulen eingesetzt "
            "wird. Eine pädagogische Fachkraft begleitet die Einheiten, die "
            "Lehrkräfte werden in Fortbildungen vorbereitet.\n\n"
            "Ein Baustein verbindet Schule und Ort: Kinder messen mit selbst "
            "gebauten Sensoren Temperatur und Lautstärke auf dem Schulweg und "
            "stellen die Ergebnisse im Gemeinderat vor.\n\n"
            "Derzeit werden Medienentwicklungspläne der Schulen abgestimmt und "
            "Fragen zu Datenschutz und Geräteverwaltung mit dem Schulträger "
            "geklärt. Der Start ist zum Schuljahr 2026/27 vorgesehen."
        ),
        "topics": ["Bildung", "Infrastruktur und Sensorik"],
        "tags": ["digitale Schule", "Grundschule", "Medienkompetenz", "Programmieren", "interkommunale Zusammenarbeit"],
        "date": "2026-02-10",
        "contacts": [],
        "status": "planning",
        "start_year": 2026,
        "costs": "ca. 70.000 € geplant (Ausstattung, pädagogische Begleitung für zwei Schuljahre)",
        "funding": "Modellprojekte Smart Cities; Mittel des Schulträgers",
        "partners": "Grundschulen der drei Gemeinden, Schulträger, Medienzentrum",
        "outcomes": "Noch keine – Ziel sind mehr Medienkompetenz und ein Bezug digitaler Bildung zum eigenen Ort.",
        "transferability": (
            "Besonders für kleine Gemeinden interessant, die sich Ausstattung "
            "teilen wollen. Nötig sind Abstimmung mit Schulen und Schulträger "
            "sowie eine Fachkraft zur Begleitung."
        ),
    },
    {
        "type": "case_study",
        "slug": "daun-pegelsensoren-transfer",
        "municipality": "vg-daun",
        "title": "Pegelsensoren nach dem Vorbild der Smarten Region MYK10",
        "summary": (
            "Die Verbandsgemeinde Daun prüft, die Hochwasser-Pegelsensorik aus "
            "Mayen-Koblenz zu übernehmen – ein Beispiel für Wissenstransfer an "
            "eine nicht geförderte Kommune."
        ),
        "body": (
            "Nach einem Kommunaldialog im Wissensnetz hat die Verbandsgemeinde "
            "Daun Kontakt zur Smarten Region MYK10 aufgenommen. Die dortigen "
            "LoRaWAN-Pegelsensoren an kleinen Bächen passen zu einer Frage, die "
            "sich auch in Daun stellt: Wie erkennen Feuerwehr und Bauhof "
            "frühzeitig, wenn ein Bach nach Starkregen gefährlich ansteigt?\n\n"
            "In einem ersten Schritt hat die Verwaltung mit den Wehrführern "
            "mögliche Standorte gesammelt und geprüft, ob ein LoRaWAN-Netz in "
            "Reichweite ist. Die Leistungsbeschreibung aus Mayen-Koblenz dient "
            "als Vorlage für eine eigene Ausschreibung.\n\n"
            "Offen ist die Finanzierung: Ohne Fördermittel aus dem "
            "Modellprogramm sucht die Verbandsgemeinde nach passenden "
            "Förderprogrammen des Landes zur Hochwasservorsorge. Außerdem wird "
            "geprüft, ob eine gemeinsame Beschaffung mit Nachbarkommunen die "
            "Kosten senkt."
        ),
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik"],
        "tags": ["Pegelsensoren", "LoRaWAN", "Hochwasser", "Wissenstransfer", "Fördermittel", "Nachnutzung"],
        "date": "2026-09-15",
        "contacts": ["daniel-lorenz", "jonas-fischer"],
        "status": "idea",
        "start_year": 2026,
        "costs": "Schätzung ca. 40.000 € für 10 Sensoren und Anbindung (noch nicht beschlossen)",
        "funding": "Offen; geprüft werden Landesförderprogramme zur Hochwasservorsorge",
        "partners": "Smarte Region MYK10 (Erfahrungsaustausch), Wehrführungen, Nachbarkommunen",
        "outcomes": "Noch keine – Standortliste und Vorlage für die Leistungsbeschreibung liegen vor.",
        "transferability": (
            "Dieses Vorhaben ist selbst ein Transferbeispiel: Es zeigt, welche "
            "Schritte eine nicht geförderte Kommune gehen kann, um eine erprobte "
            "Lösung zu übernehmen."
        ),
    },
]

# ---------------------------------------------------------------------------
# Lessons (Stolpersteine und Booster). Where "source" is set, the lesson
# retells a public finding from mpsc_lessons.json in our own words.
# ---------------------------------------------------------------------------

_PROGNOS = "https://prognos.com/de/meldung/modellprojekte-smart-cities-zehn-wichtige-erkenntnisse"

LESSONS = [
    # --- Stolpersteine (stumbling blocks) -----------------------------------
    {
        "type": "lesson",
        "slug": "strategiephase-dauert-laenger",
        "municipality": "mayen-koblenz",
        "title": "Die Strategiephase dauert länger als geplant",
        "summary": (
            "Eine Smart-City-Strategie zu erarbeiten braucht mehr Zeit als "
            "erwartet – Bestandsaufnahme und Beteiligung sind aufwendig."
        ),
        "body": (
            "Die Evaluation des Förderprogramms durch Prognos kommt zu dem "
            "Ergebnis, dass die Erarbeitung einer Smart-City-Strategie in vielen "
            "Modellprojekten länger gedauert hat als vorgesehen. Gründe sind die "
            "Komplexität des Themenfelds sowie die anspruchsvolle "
            "Bestandsaufnahme und Beteiligung (Quelle: Prognos, „Modellprojekte "
            "Smart Cities – zehn wichtige Erkenntnisse“).\n\n"
            "Auch in einem Verbund wie der Smarten Region MYK10 mit zehn "
            "Mitgliedskommunen kostet die Abstimmung Zeit: Jede Kommune bringt "
            "eigene Prioritäten, Gremien und Sitzungstermine mit. Die "
            "Bestandsaufnahme der vorhandenen IT, Daten und Projekte war "
            "umfangreicher als gedacht."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Strategie", "Zeitplanung", "Bestandsaufnahme", "Stolperstein", "Evaluation"],
        "date": "2023-02-14",
        "contacts": ["anna-becker"],
        "lesson_kind": "stumbling_block",
        "phase": "strategy",
        "cause": "organisation",
        "recommendation": (
            "Planen Sie für die Strategiephase großzügige Puffer ein, vor allem "
            "für Beteiligung und Gremienläufe. Starten Sie die Bestandsaufnahme "
            "früh und nutzen Sie vorhandene Vorlagen anderer Kommunen, statt "
            "alles neu zu erheben."
        ),
        "related_case_study": "",
        "source": _PROGNOS,
    },
    {
        "type": "lesson",
        "slug": "bitburg-strategie-unter-zeitdruck",
        "municipality": "bitburg-pruem",
        "title": "Strategie unter Zeitdruck fertigstellen",
        "summary": (
            "Der Eifelkreis musste seine Strategie mit Beteiligung von "
            "Bürgerschaft und Akteuren gegen Ende der Strategiephase unter "
            "erheblichem Zeitdruck fertigstellen."
        ),
        "body": (
            "Wie der Trierische Volksfreund berichtete, hat der Eifelkreis "
            "Bitburg-Prüm seine Smart-City-Strategie unter Einbeziehung von "
            "Bürgerinnen und Bürgern sowie weiteren Akteuren erarbeitet – gegen "
            "Ende der Strategiephase allerdings unter beträchtlichem Zeitdruck "
            "(Quelle: volksfreund.de, „Eifelkreis: Zukunftsarbeit unter Zeitdruck“).\n\n"
            "Wenn viele Beteiligte Ideen einbringen, müssen diese gesichtet, "
            "gebündelt und mit den kooperierenden Verbandsgemeinden abgestimmt "
            "werden. Fällt diese Arbeit in die letzten Wochen vor einer Frist, "
            "bleibt wenig Zeit, Rückmeldungen sorgfältig einzuarbeiten."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung"],
        "tags": ["Strategie", "Zeitdruck", "Bürgerbeteiligung", "Fristen", "Stolperstein"],
        "date": "2022-06-21",
        "contacts": ["stefan-hoffmann"],
        "lesson_kind": "stumbling_block",
        "phase": "strategy",
        "cause": "participation",
        "recommendation": (
            "Legen Sie Beteiligungsformate früh in die Strategiephase und "
            "planen Sie ausdrücklich Zeit für die Auswertung ein. Ein "
            "verbindlicher Zeitplan mit Zwischenständen für alle Partner "
            "verhindert, dass sich die Arbeit am Ende staut."
        ),
        "related_case_study": "",
        "source": "https://www.volksfreund.de/region/bitburg-pruem/eifelkreis-zukunftsarbeit-unter-zeitdruck_aid-79065917",
    },
    {
        "type": "lesson",
        "slug": "smart-city-verstaendlich-uebersetzen",
        "municipality": "kusel",
        "title": "„Smart City“ erklärt sich nicht von selbst",
        "summary": (
            "Der Begriff „Smart City“ ist für viele Menschen abstrakt und muss "
            "in verständliche, lokale Sprache übersetzt werden."
        ),
        "body": (
            "Die Prognos-Evaluation hält fest, dass „Smart City“ kein "
            "selbsterklärender Begriff ist und vor Ort in verständliche Begriffe "
            "übersetzt werden muss (Quelle: Prognos, „Modellprojekte Smart "
            "Cities – zehn wichtige Erkenntnisse“).\n\n"
            "Gerade in einem ländlichen Landkreis wie Kusel klingt „Smart City“ "
            "zunächst nach Großstadt. Verständlicher wird es, wenn konkrete "
            "Alltagsfragen im Mittelpunkt stehen: Wie komme ich ohne Auto zum "
            "Arzt? Wer hilft mir mit dem Tablet? Das Leitmotiv „LAND L(i)EBEN – "
            "digital.gemeinsam.vorOrt“ und die Arbeit der Digitallotsen setzen "
            "genau dort an."
        ),
        "topics": ["Bürgerbeteiligung", "Strategie und Organisation"],
        "tags": ["Kommunikation", "Sprache", "Akzeptanz", "ländlicher Raum", "Stolperstein"],
        "date": "2023-05-09",
        "contacts": ["julia-wagner"],
        "lesson_kind": "stumbling_block",
        "phase": "strategy",
        "cause": "communication",
        "recommendation": (
            "Sprechen Sie über konkrete Nutzen statt über Technik und "
            "Schlagworte. Wählen Sie ein eigenes, lokales Motto und zeigen Sie "
            "an Beispielen, was sich im Alltag verbessert."
        ),
        "related_case_study": "kusel-digitallotsen",
        "source": _PROGNOS,
    },
    {
        "type": "lesson",
        "slug": "konstanz-schlagworte-im-gemeinderat",
        "municipality": "konstanz",
        "title": "Abstrakte Schlagworte wecken Zweifel im Gemeinderat",
        "summary": (
            "Schon bei der Abstimmung 2021 kritisierten Stadträtinnen und "
            "Stadträte in Konstanz die abstrakten Begriffe der Vorlage und "
            "zweifelten am konkreten Nutzen."
        ),
        "body": (
            "Laut Südkurier gab es bereits bei der Ratsabstimmung 2021 über das "
            "Konstanzer Vorhaben Kritik an einer Vorlage voller abstrakter "
            "Schlagworte. Für einige Ratsmitglieder blieb dadurch unklar, welchen "
            "konkreten Nutzen die Stadt davon hat (Quelle: suedkurier.de).\n\n"
            "Politischer Rückhalt ist für ein mehrjähriges Programm unverzichtbar. "
            "Wer die Entscheidungsgremien nicht mit verständlichen Zielen und "
            "greifbaren Beispielen überzeugt, riskiert, dass Zweifel später bei "
            "Haushaltsberatungen wieder aufbrechen."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Kommunalpolitik", "Gemeinderat", "Kommunikation", "Fachjargon", "Stolperstein"],
        "date": "2024-01-16",
        "contacts": [],
        "lesson_kind": "stumbling_block",
        "phase": "strategy",
        "cause": "communication",
        "recommendation": (
            "Formulieren Sie Ratsvorlagen in Alltagssprache, benennen Sie "
            "messbare Ziele und zeigen Sie konkrete Beispiele. Binden Sie "
            "Fraktionen vor der Abstimmung in Informationsveranstaltungen ein."
        ),
        "related_case_study": "",
        "source": "https://www.suedkurier.de/region/kreis-konstanz/konstanz/konstanz-ruft-2019-den-klimanotstand-aus-und-sorgt-bundesweit-fuer-mediale-aufmerksamkeit-das-verpflichtet-und-kostet-viel-geld;art372448,10778897",
    },
    {
        "type": "lesson",
        "slug": "vergabe-braucht-zeit",
        "municipality": "mayen-koblenz",
        "title": "Vergabe und Kooperationsverträge kosten viel Zeit",
        "summary": (
            "Öffentliche Ausschreibungen und Kooperationsvereinbarungen sind "
            "komplex und zeitaufwendig – bei neuen Technologien umso mehr."
        ),
        "body": (
            "Die Prognos-Evaluation nennt Ausschreibungen und "
            "Kooperationsvereinbarungen als komplex und zeitintensiv (Quelle: "
            "Prognos, „Modellprojekte Smart Cities – zehn wichtige Erkenntnisse“).\n\n"
            "Das hat sich auch bei der intelligenten Straßenbeleuchtung in der "
            "Smarten Region MYK10 gezeigt: Bevor die Vergabe starten konnte, "
            "mussten Eigentumsverhältnisse und bestehende Verträge mit dem "
            "Energieversorger geklärt werden. Vom ersten Entwurf der "
            "Leistungsbeschreibung bis zum Zuschlag verging fast ein Jahr. Bei "
            "neuen Technologien fehlt zudem oft die Markterfahrung, um "
            "Leistungen sicher zu beschreiben."
        ),
        "topics": ["Strategie und Organisation", "Infrastruktur und Sensorik"],
        "tags": ["Vergabe", "Ausschreibung", "Vergaberecht", "Kooperationsvertrag", "Stolperstein"],
        "date": "2024-10-08",
        "contacts": ["anna-becker", "jonas-fischer"],
        "lesson_kind": "stumbling_block",
        "phase": "procurement",
        "cause": "procurement",
        "recommendation": (
            "Beziehen Sie die Vergabestelle von Anfang an ein und planen Sie "
            "Vergabezeiten realistisch. Markterkundungen helfen, "
            "Leistungsbeschreibungen zu schärfen. Fragen Sie andere Kommunen "
            "nach ihren Vergabeunterlagen und prüfen Sie Rahmenverträge oder "
            "gemeinsame Beschaffungen."
        ),
        "related_case_study": "myk-intelligente-strassenbeleuchtung",
        "source": _PROGNOS,
    },
    {
        "type": "lesson",
        "slug": "paderborn-personal-und-ausschreibungen",
        "municipality": "paderborn",
        "title": "Unbesetzte Stellen und lange Ausschreibungen bremsen die Datenplattform",
        "summary": (
            "Beim Aufbau einer offenen Datenplattform blieben Stellen lange "
            "unbesetzt, Fachkräfte wurden abgeworben, und jede Ausschreibung "
            "dauerte mehrere Monate."
        ),
        "body": (
            "Im Paderborner Projekt zur offenen Datenplattform – entstanden im "
            "Rahmen des NRW-Projekts „Digitale Modellregion OWL“ und nicht aus "
            "dem Programm Modellprojekte Smart Cities gefördert – blieben Stellen "
            "lange vakant, und Mitarbeitende wurden abgeworben. Zudem mussten "
            "10 bis 20 Ausschreibungen durchgeführt werden, von denen jede drei "
            "bis sechs Monate in Anspruch nahm (Quelle: udh-paderborn.de).\n\n"
            "Die Erfahrung ist auf die Modellprojekte übertragbar: IT-Fachkräfte "
            "sind am Arbeitsmarkt knapp, und Verwaltungen konkurrieren mit "
            "Unternehmen. Jede Vakanz verzögert Projekte zusätzlich, weil "
            "Wissen verloren geht."
        ),
        "topics": ["Daten und Plattformen", "Strategie und Organisation"],
        "tags": ["Personal", "Fachkräftemangel", "Ausschreibung", "Datenplattform", "Stolperstein"],
        "date": "2023-08-29",
        "contacts": [],
        "lesson_kind": "stumbling_block",
        "phase": "implementation",
        "cause": "staffing",
        "recommendation": (
            "Planen Sie Personalgewinnung als eigenes Arbeitspaket, nutzen Sie "
            "flexible Vergütungsspielräume und dokumentieren Sie Wissen so, dass "
            "es bei Wechseln erhalten bleibt. Bündeln Sie Ausschreibungen, wo es "
            "möglich ist."
        ),
        "related_case_study": "",
        "source": "https://udh-paderborn.de/?p=638",
    },
    {
        "type": "lesson",
        "slug": "fachkraefte-gewinnen-und-halten",
        "municipality": "bitburg-pruem",
        "title": "Neue Stellen geschaffen – aber Personal zu halten bleibt schwer",
        "summary": (
            "In den Modellprojekten sind fast 300 neue Stellen entstanden; "
            "Personal zu gewinnen und zu halten bleibt dennoch eine große "
            "Herausforderung."
        ),
        "body": (
            "Nach der Prognos-Evaluation wurden in den Modellprojekten fast 300 "
            "neue Stellen geschaffen. Gleichwohl bleibt es eine große "
            "Herausforderung, Personal zu finden und dauerhaft zu halten "
            "(Quelle: Prognos, „Modellprojekte Smart Cities – zehn wichtige "
            "Erkenntnisse“).\n\n"
            "Für ländliche Kreise wie den Eifelkreis kommt hinzu, dass Stellen "
            "häufig an die Förderlaufzeit gebunden und damit befristet sind. "
            "Gerade erfahrene Fachkräfte wechseln dann zu Arbeitgebern mit "
            "unbefristeten Perspektiven – oft genau in der Phase, in der Projekte "
            "in den Regelbetrieb überführt werden sollen."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Personal", "Fachkräftemangel", "Befristung", "Verstetigung", "Stolperstein"],
        "date": "2025-03-11",
        "contacts": ["stefan-hoffmann"],
        "lesson_kind": "stumbling_block",
        "phase": "operation",
        "cause": "staffing",
        "recommendation": (
            "Klären Sie früh, welche Stellen nach Förderende gebraucht werden, "
            "und schaffen Sie dafür unbefristete Perspektiven. Teilen Sie "
            "Spezialistinnen und Spezialisten gegebenenfalls interkommunal."
        ),
        "related_case_study": "",
        "source": _PROGNOS,
    },
    {
        "type": "lesson",
        "slug": "betrieb-und-skalierung-frueh-planen",
        "municipality": "mayen-koblenz",
        "title": "Betrieb und Skalierung werden zu spät geplant",
        "summary": (
            "Im Alltag werden kurzfristige Probleme zuerst gelöst; Ressourcen für "
            "den dauerhaften Betrieb und die Skalierung werden selten schon in "
            "der Ideenphase mitgedacht."
        ),
        "body": (
            "Ein Beitrag auf smart-city-dialog.de beschreibt ein typisches "
            "Muster: In der Praxis werden zunächst akute Probleme gelöst, während "
            "Ressourcen für den langfristigen Betrieb und die Skalierung kaum von "
            "Beginn an eingeplant werden (Quelle: smart-city-dialog.de, „Von der "
            "Idee bis zum erfolgreichen Transfer“).\n\n"
            "Bei den Pegelsensoren der Smarten Region MYK10 wurde zunächst nur "
            "die Beschaffung finanziert. Erst im Lauf des Projekts zeigte sich, "
            "dass Batteriewechsel, Netzgebühren, Plattformlizenzen und die Pflege "
            "der Alarmketten dauerhaft Geld und Personal binden. Die Zuständigkeit "
            "für den Betrieb nach 2027 musste nachträglich geklärt werden."
        ),
        "topics": ["Strategie und Organisation", "Infrastruktur und Sensorik"],
        "tags": ["Verstetigung", "Betriebskosten", "Skalierung", "Folgekosten", "Stolperstein"],
        "date": "2025-08-26",
        "contacts": ["anna-becker"],
        "lesson_kind": "stumbling_block",
        "phase": "continuation",
        "cause": "funding",
        "recommendation": (
            "Erstellen Sie bereits in der Ideenphase ein Betriebskonzept mit "
            "Folgekosten, Zuständigkeiten und Finanzierung nach Förderende. "
            "Prüfen Sie, ob die Lösung auf weitere Orte ausgeweitet werden kann, "
            "und planen Sie das technisch mit."
        ),
        "related_case_study": "myk-lorawan-pegelsensoren",
        "source": "https://www.smart-city-dialog.de/wissen/blog/von-der-idee-bis-zum-erfolgreichen-transfer-smart-city-loesungen-erfolgreich-skalieren",
    },
    {
        "type": "lesson",
        "slug": "konstanz-steuerung-und-controlling",
        "municipality": "konstanz",
        "title": "Schwaches Controlling führt zu Kürzungen",
        "summary": (
            "Eine Überprüfung fand strukturelle Schwächen bei Controlling und "
            "Steuerung; der Gemeinderat kürzte das Programm deutlich."
        ),
        "body": (
            "Die Stadt Konstanz hat ihr Programm „Smart Green City“ überprüfen "
            "lassen. Festgestellt wurden strukturelle Schwächen in Controlling, "
            "Steuerbarkeit und Umsetzung. Der Gemeinderat reduzierte das Budget "
            "daraufhin von 17,6 auf 9,1 Mio. Euro; mehrere Projekte wurden "
            "gestoppt (Quelle: Pressemitteilung der Stadt Konstanz, „Smart Green "
            "City geht gestrafft in die letzten beiden Programmjahre“).\n\n"
            "Das Beispiel zeigt, wie wichtig ein funktionierendes "
            "Programmmanagement ist: Ohne Überblick über Fortschritt, Kosten und "
            "Wirkung der einzelnen Vorhaben lässt sich ein umfangreiches "
            "Programm kaum steuern – und das Vertrauen der Politik schwindet."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Controlling", "Projektsteuerung", "Programmmanagement", "Haushalt", "Stolperstein"],
        "date": "2025-05-20",
        "contacts": [],
        "lesson_kind": "stumbling_block",
        "phase": "implementation",
        "cause": "organisation",
        "recommendation": (
            "Richten Sie ein Programmcontrolling mit klaren Meilensteinen, "
            "Budgetübersicht und Wirkungskennzahlen ein. Berichten Sie den "
            "Gremien regelmäßig und priorisieren Sie frühzeitig, statt zu viele "
            "Vorhaben gleichzeitig zu starten."
        ),
        "related_case_study": "",
        "source": "https://www.konstanz.de/service/presse/pressemitteilungen/smart+green+city+geht+gestrafft+in+die+letzten+beiden+programmjahre",
    },
    {
        "type": "lesson",
        "slug": "ki-chatbot-datenschutz-pruefung",
        "municipality": "kaiserslautern",
        "title": "Datenschutzprüfung beim KI-Chatbot unterschätzt",
        "summary": (
            "Die datenschutzrechtliche Prüfung des KI-Chatbots dauerte deutlich länger als die technische Einrichtung."
        ),
        "body": (
            "Technisch war der Chatbot für das Bürgerbüro nach wenigen Wochen "
            "einsatzbereit. Die Freigabe verzögerte sich jedoch um mehrere "
            "Monate: Die Datenschutz-Folgenabschätzung nach DSGVO, Fragen zum "
            "Hosting, zur Speicherung von Eingaben und zur Kennzeichnung als "
            "KI-System mussten geklärt werden. Außerdem war die Mitbestimmung "
            "des Personalrats erforderlich.\n\n"
            "Im Rückblick wäre vieles schneller gegangen, wenn Datenschutz und "
            "Personalrat bereits bei der Auswahl des Anbieters beteiligt worden "
            "wären. Einige Anforderungen führten dazu, dass Vertragsbedingungen "
            "nachverhandelt werden mussten."
        ),
        "topics": ["Digitale Verwaltung"],
        "tags": ["KI", "Chatbot", "Datenschutz", "DSGVO", "Datenschutz-Folgenabschätzung", "Stolperstein"],
        "date": "2025-07-15",
        "contacts": ["markus-weber"],
        "lesson_kind": "stumbling_block",
        "phase": "implementation",
        "cause": "data_protection",
        "recommendation": (
            "Beteiligen Sie Datenschutzbeauftragte und Personalvertretung vor "
            "der Vergabe. Nehmen Sie Anforderungen an Hosting, Protokollierung "
            "und Transparenz direkt in die Leistungsbeschreibung auf."
        ),
        "related_case_study": "kl-ki-chatbot-buergerbuero",
        "source": "",
    },
    {
        "type": "lesson",
        "slug": "mitfahrbank-braucht-kuemmerer",
        "municipality": "kusel",
        "title": "Leere Mitfahrbänke: Ohne Kümmerer keine Akzeptanz",
        "summary": (
            "Mitfahrbänke blieben in mehreren Orten ungenutzt, solange niemand "
            "vor Ort das Angebot erklärt und vorgelebt hat."
        ),
        "body": (
            "Die ersten Mitfahrbänke wurden aufgestellt, mit der Presse "
            "vorgestellt – und dann kaum genutzt. Viele Menschen waren "
            "unsicher, ob sie tatsächlich mitgenommen werden, und Autofahrende "
            "wussten nicht, was die Bänke bedeuten.\n\n"
            "Wo Ortsbürgermeisterinnen, Vereine oder Digitallotsen das Angebot "
            "aktiv bekannt gemacht und selbst angehalten haben, stieg die "
            "Nutzung spürbar. Die digitale Ankündigung über die Dorf-App half "
            "zusätzlich, weil Wartende nicht mehr auf gut Glück an der Bank sitzen "
            "mussten."
        ),
        "topics": ["Mobilität", "Bürgerbeteiligung"],
        "tags": ["Mitfahrbank", "Akzeptanz", "Ehrenamt", "ÖPNV", "ländlicher Raum", "Stolperstein"],
        "date": "2025-09-09",
        "contacts": ["julia-wagner"],
        "lesson_kind": "stumbling_block",
        "phase": "operation",
        "cause": "acceptance",
        "recommendation": (
            "Gewinnen Sie vor dem Aufstellen lokale Kümmerer, planen Sie eine "
            "Einführungsaktion im Ort und erklären Sie die Regeln deutlich am "
            "Standort. Eine digitale Ergänzung kann helfen, ersetzt aber nicht "
            "das persönliche Werben."
        ),
        "related_case_study": "kusel-mitfahrbaenke-rufbus",
        "source": "",
    },
    # --- Booster -------------------------------------------------------------
    {
        "type": "lesson",
        "slug": "beteiligung-mit-quick-wins",
        "municipality": "linz-am-rhein",
        "title": "Beteiligung und schnelle sichtbare Erfolge verbinden",
        "summary": (
            "Bürgerbeteiligung erhöht das Verständnis für Smart-City-Projekte – "
            "besonders, wenn sie mit schnell sichtbaren Maßnahmen einhergeht."
        ),
        "body": (
            "Nach der Prognos-Evaluation trägt Bürgerbeteiligung wesentlich zum "
            "Verständnis von Smart-City-Vorhaben bei, vor allem in Kombination "
            "mit sogenannten Quick Wins – Maßnahmen, die schnell sichtbar "
            "werden (Quelle: Prognos, „Modellprojekte Smart Cities – zehn "
            "wichtige Erkenntnisse“).\n\n"
            "In Linz am Rhein eignet sich die Passantenzählung in der Altstadt "
            "als ein solcher Quick Win: Sie war schnell umgesetzt, ihre "
            "Ergebnisse lassen sich anschaulich zeigen, und Händlerschaft wie "
            "Bürgerschaft können direkt mitdiskutieren, was die Zahlen für die "
            "Innenstadt bedeuten."
        ),
        "topics": ["Bürgerbeteiligung", "Strategie und Organisation"],
        "tags": ["Bürgerbeteiligung", "Quick Wins", "Akzeptanz", "Kommunikation", "Booster"],
        "date": "2024-04-16",
        "contacts": ["sabine-kraemer"],
        "lesson_kind": "booster",
        "phase": "planning",
        "cause": "participation",
        "recommendation": (
            "Planen Sie neben langfristigen Vorhaben bewusst einige schnell "
            "umsetzbare Maßnahmen ein und nutzen Sie deren Ergebnisse als "
            "Anlass für Beteiligung."
        ),
        "related_case_study": "linz-passantenfrequenz-lorawan",
        "source": _PROGNOS,
    },
    {
        "type": "lesson",
        "slug": "myk10-regionaler-verbund",
        "municipality": "mayen-koblenz",
        "title": "Zehn Partner, ein Netzwerk: der regionale Verbund als Stärke",
        "summary": (
            "Die Smarte Region MYK10 baut auf zehn Mitgliedskommunen und einen "
            "partizipativen Ansatz, der Bürgerschaft, Wirtschaft, Vereine, "
            "Verwaltungen und Schulen einbezieht."
        ),
        "body": (
            "Die Smarte Region MYK10 stützt sich auf ihre zehn Mitgliedsstädte "
            "und -verbandsgemeinden und verfolgt einen partizipativen Ansatz, der "
            "Einwohnerinnen und Einwohner, Unternehmen, Vereine, Verwaltungen und "
            "Schulen einbindet (Quelle: Sitzungsunterlage im "
            "Bürgerinformationssystem von Mendig, buergerinfo.mendig.de).\n\n"
            "Der Verbund hat praktische Vorteile: Lösungen wie die Pegelsensoren "
            "oder digitale Verwaltungsprozesse werden einmal entwickelt und in "
            "mehreren Kommunen genutzt. Kleinere Verbandsgemeinden erhalten "
            "Zugang zu Know-how, das sie allein kaum aufbauen könnten."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung"],
        "tags": ["interkommunale Zusammenarbeit", "Netzwerk", "Bürgerbeteiligung", "Landkreis", "Booster"],
        "date": "2023-03-28",
        "contacts": ["anna-becker"],
        "lesson_kind": "booster",
        "phase": "strategy",
        "cause": "participation",
        "recommendation": (
            "Bauen Sie interkommunale Strukturen mit klaren Rollen auf: "
            "Lenkungskreis, Ansprechpersonen in jeder Kommune, gemeinsame "
            "Vergaben. Beteiligen Sie von Beginn an auch Schulen, Vereine und "
            "Wirtschaft."
        ),
        "related_case_study": "myk-lorawan-pegelsensoren",
        "source": "https://buergerinfo.mendig.de/to0050.asp?__ktonr=23760",
    },
    {
        "type": "lesson",
        "slug": "kl-eigene-einheit-und-politischer-rueckhalt",
        "municipality": "kaiserslautern",
        "title": "Smart City geht nicht nebenbei: eigene Einheit und politischer Rückhalt",
        "summary": (
            "Kaiserslautern betont, dass Smart City nicht zusätzlich zum "
            "bestehenden Personal zu stemmen ist; eine eigene Einheit und "
            "politisches Commitment waren Voraussetzung."
        ),
        "body": (
            "Die Stadt Kaiserslautern hat früh erkannt, dass sich die "
            "Smart-City-Arbeit nicht einfach auf vorhandenes Personal verteilen "
            "lässt. Sie hat deshalb 2020 eine eigene Organisationseinheit "
            "geschaffen; zusammen mit einem klaren Bekenntnis der Politik war "
            "das die Grundlage für den weiteren Prozess (Quelle: "
            "smartcountry.berlin, „Kaiserslautern auf dem Weg zur Smart City“).\n\n"
            "Eine eigene Einheit schafft Verantwortlichkeit, Ansprechpersonen "
            "nach innen und außen und die Möglichkeit, Fachwissen gezielt "
            "aufzubauen."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Organisation", "Personal", "Kommunalpolitik", "Stabsstelle", "Booster"],
        "date": "2022-09-13",
        "contacts": ["markus-weber"],
        "lesson_kind": "booster",
        "phase": "strategy",
        "cause": "staffing",
        "recommendation": (
            "Schaffen Sie eine eigene Organisationseinheit mit Personal und "
            "Budget und sichern Sie einen Grundsatzbeschluss der Gremien. "
            "Eine direkte Anbindung an die Verwaltungsspitze erleichtert "
            "fachbereichsübergreifende Arbeit."
        ),
        "related_case_study": "",
        "source": "https://smartcountry.berlin/de/konzept/news/artikel/kaiserslautern-auf-dem-weg-zur-smart-city.html",
    },
    {
        "type": "lesson",
        "slug": "kl-digital-gmbh-handlungsspielraum",
        "municipality": "kaiserslautern",
        "title": "Städtische Gesellschaft bringt Tempo und Flexibilität",
        "summary": (
            "Mit der KL.digital GmbH hat Kaiserslautern eine städtische "
            "Gesellschaft, die dem Prozess Tempo, Flexibilität und "
            "Handlungsspielraum verschafft."
        ),
        "body": (
            "Nach Darstellung der Stadt gab die eigens gegründete städtische "
            "KL.digital GmbH dem Smart-City-Prozess Geschwindigkeit, "
            "Flexibilität und Gestaltungsspielraum, die der Kernverwaltung "
            "fehlten (Quelle: smartcountry.berlin, „Kaiserslautern auf dem Weg "
            "zur Smart City“).\n\n"
            "Für den Betrieb der urbanen Datenplattform ist das ein Vorteil: "
            "Die Gesellschaft kann Fachkräfte flexibler gewinnen, mit Partnern "
            "kooperieren und den Betrieb dauerhaft verantworten."
        ),
        "topics": ["Strategie und Organisation", "Daten und Plattformen"],
        "tags": ["kommunale Gesellschaft", "Organisation", "Betreibermodell", "Verstetigung", "Booster"],
        "date": "2023-01-24",
        "contacts": ["markus-weber"],
        "lesson_kind": "booster",
        "phase": "implementation",
        "cause": "organisation",
        "recommendation": (
            "Prüfen Sie, ob eine kommunale Gesellschaft oder ein bestehendes "
            "Stadtwerk die Umsetzung übernehmen kann. Klären Sie dabei "
            "Steuerung, Inhouse-Vergabe und Berichtspflichten gegenüber dem Rat."
        ),
        "related_case_study": "kl-urbane-datenplattform",
        "source": "https://smartcountry.berlin/de/konzept/news/artikel/kaiserslautern-auf-dem-weg-zur-smart-city.html",
    },
    {
        "type": "lesson",
        "slug": "ikone-ds-bewerbungswerkstaetten",
        "municipality": "kaiserslautern",
        "title": "Kommunen helfen Kommunen: Bewerbungswerkstätten von IKONE DS",
        "summary": (
            "Das interkommunale Netzwerk IKONE DS aus Kaiserslautern hat mehr als "
            "40 Kommunen bei der Bewerbung unterstützt; Kusel und Linz wurden "
            "2021 ausgewählt."
        ),
        "body": (
            "Kaiserslauterns interkommunales Netzwerk IKONE DS bot Workshops zur "
            "Antragstellung für mehr als 40 Kommunen an. Der Landkreis Kusel und "
            "Linz am Rhein, die beide begleitet worden waren, wurden 2021 als "
            "Modellprojekte ausgewählt (Quelle: kommune21.de, Jahresrückblick "
            "Digitalisierung).\n\n"
            "Das zeigt, wie viel Erfahrungsaustausch unter Kommunen bewirken "
            "kann: Wer bereits gefördert wird, kennt die Anforderungen und "
            "typischen Fehler. Genau diesen Gedanken greift das Wissensnetz auf."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": [
            "Netzwerk",
            "Wissenstransfer",
            "Förderantrag",
            "Fördermittel",
            "interkommunale Zusammenarbeit",
            "Booster",
        ],
        "date": "2022-11-08",
        "contacts": ["markus-weber"],
        "lesson_kind": "booster",
        "phase": "strategy",
        "cause": "funding",
        "recommendation": (
            "Suchen Sie vor einem Förderantrag den Austausch mit bereits "
            "geförderten Kommunen. Als Modellprojekt lohnt es sich, eigene "
            "Erfahrungen aktiv in Workshops weiterzugeben."
        ),
        "related_case_study": "",
        "source": "https://kommune21.de/k21-meldungen/digitalisierung-im-jahresrueckblick",
    },
    {
        "type": "lesson",
        "slug": "fuenf-erfolgsfaktoren-verstetigung",
        "municipality": "vorpommern-greifswald",
        "title": "Fünf Erfolgsfaktoren für die Verstetigung",
        "summary": (
            "Eine Studie von Difu und KTS zu neun Maßnahmen nennt fünf "
            "Erfolgsfaktoren, damit Smart-City-Lösungen nach der Förderung "
            "weiterlaufen."
        ),
        "body": (
            "Wie gelingt der Schritt vom Pilotprojekt in den Regelbetrieb? Eine "
            "Untersuchung des Deutschen Instituts für Urbanistik (Difu) und der "
            "Koordinierungs- und Transferstelle (KTS) hat neun Maßnahmen, unter "
            "anderem aus Solingen, Kaiserslautern und den Landkreisen "
            "Vorpommern-Greifswald und Mecklenburgische Seenplatte, untersucht "
            "(Quelle: bbu.de, „Vom Pilotprojekt zur Praxis“).\n\n"
            "## Die fünf Faktoren\n\n"
            "Erstens eine klare Kommunikation, zweitens nachgewiesene Wirkung, "
            "drittens technische Passfähigkeit und ein Betriebskonzept, viertens "
            "eindeutige Zuständigkeiten und fünftens eine gesicherte "
            "Finanzierung."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Verstetigung", "Betriebskonzept", "Finanzierung", "Wirkungsmessung", "Booster"],
        "date": "2025-11-04",
        "contacts": [],
        "lesson_kind": "booster",
        "phase": "continuation",
        "cause": "organisation",
        "recommendation": (
            "Prüfen Sie jede Maßnahme frühzeitig anhand der fünf Faktoren und "
            "dokumentieren Sie Wirkung von Anfang an – sie ist das wichtigste "
            "Argument in den Haushaltsberatungen."
        ),
        "related_case_study": "",
        "source": "https://bbu.de/beitraege/vom-pilotprojekt-zur-praxis-smart-city-massnahmen-erfolgreich-verstetigen",
    },
    {
        "type": "lesson",
        "slug": "solingen-digitale-souveraenitaet",
        "municipality": "solingen",
        "title": "Digitale Souveränität durch Open Source",
        "summary": (
            "Solingen hat seine Stadt-App als Open Source gebaut und hält das "
            "Entwicklerkonto selbst; andere Kommunen nutzen den Code mit."
        ),
        "body": (
            "Solingen hat seine Stadt-App quelloffen entwickelt und besitzt das "
            "Entwicklerkonto selbst. Über die Partnerschaft „Open SmartCity App“ "
            "wird der Code zunächst mit neun weiteren Kommunen geteilt, nach "
            "einem späteren Blogbeitrag der Stadt mit rund 20 (Quellen: "
            "smart-city-dialog.de, „Open Source: Gemeinsam zu besseren und "
            "nachhaltigen Lösungen“; portal.solingen.digital).\n\n"
            "Der Vorteil: Die Stadt entscheidet selbst über Funktionen, Daten "
            "und Weiterentwicklung und kann den Dienstleister wechseln, ohne die "
            "App zu verlieren."
        ),
        "topics": ["Daten und Plattformen", "Digitale Verwaltung"],
        "tags": ["Open Source", "digitale Souveränität", "Stadt-App", "Nachnutzung", "Booster"],
        "date": "2023-07-11",
        "contacts": ["tobias-meyer"],
        "lesson_kind": "booster",
        "phase": "procurement",
        "cause": "technology",
        "recommendation": (
            "Sichern Sie sich bei Softwareprojekten Quellcode, Nutzungsrechte und "
            "eigene Konten. Schließen Sie sich bestehenden Open-Source-"
            "Partnerschaften an, statt neu zu entwickeln."
        ),
        "related_case_study": "solingen-open-smartcity-app",
        "source": "https://www.smart-city-dialog.de/aktuelles/open-source-gemeinsam-zu-besseren-und-nachhaltigen-loesungen",
    },
    {
        "type": "lesson",
        "slug": "public-code-opencode",
        "municipality": "bad-belzig-wiesenburg",
        "title": "Public Money – Public Code: Software über OpenCoDE teilen",
        "summary": (
            "Modellprojekte müssen ihre Software nach dem Grundsatz „Public "
            "Money – Public Code“ teilen, zum Beispiel über OpenCoDE.de – davon "
            "profitieren gerade kleine Kommunen."
        ),
        "body": (
            "Im Förderprogramm gilt: Software, die mit öffentlichen Mitteln "
            "entsteht, soll als Open Source bereitgestellt werden, etwa über die "
            "Plattform OpenCoDE.de. So können andere Kommunen sie nachnutzen "
            "(Quelle: smart-city-dialog.de, Informationen von BMWSB und KTS zu "
            "Open Source im Förderprogramm).\n\n"
            "Ein Beispiel ist die Smart Village App, deren Community mit dem "
            "Modellprojekt Bad Belzig und Wiesenburg/Mark verbunden ist. Für eine "
            "nicht geförderte Kommune heißt das: Bevor eine neue Lösung gekauft "
            "wird, lohnt ein Blick auf OpenCoDE."
        ),
        "topics": ["Daten und Plattformen"],
        "tags": ["Open Source", "OpenCoDE", "Public Code", "Nachnutzung", "Smart Village App", "Booster"],
        "date": "2024-11-12",
        "contacts": [],
        "lesson_kind": "booster",
        "phase": "continuation",
        "cause": "technology",
        "recommendation": (
            "Recherchieren Sie auf OpenCoDE.de nach vorhandenen Lösungen und "
            "verlangen Sie in eigenen Ausschreibungen offene Lizenzen und die "
            "Herausgabe des Quellcodes."
        ),
        "related_case_study": "",
        "source": "https://www.smart-city-dialog.de/aktuelles/bmwsb-und-kts-stellen-informationen-zu-open-source-im-foerderprogramm-modellprojekte-smart-cities-zur-verfuegung",
    },
    {
        "type": "lesson",
        "slug": "grevesmuehlen-buergergruppe-als-startpunkt",
        "municipality": "grevesmuehlen",
        "title": "Ehrenamtliche Bürgergruppe als Startpunkt",
        "summary": (
            "In Grevesmühlen begann der Prozess mit einer ehrenamtlichen "
            "Bürgergruppe; kurze Wege in der Kleinstadt erleichtern die Vernetzung."
        ),
        "body": (
            "In Grevesmühlen ging der Anstoß für den Smart-City-Prozess von einer "
            "ehrenamtlichen Bürgergruppe aus, die von Bürgermeister und "
            "Stadtvertretung unterstützt wurde. Der Bürgermeister betont, dass "
            "Vernetzung in einer Kleinstadt leichter fällt als in einer Großstadt "
            "(Quellen: smart-city-dialog.de, „Im Fokus: Smartes Landleben“, und "
            "Projektprofil Grevesmühlen).\n\n"
            "Für kleine Kommunen ist das ermutigend: Engagement aus der "
            "Bürgerschaft und kurze Wege können fehlende Großstadtressourcen "
            "teilweise ausgleichen."
        ),
        "topics": ["Bürgerbeteiligung", "Strategie und Organisation"],
        "tags": ["Ehrenamt", "Bürgerbeteiligung", "Kleinstadt", "Netzwerk", "Booster"],
        "date": "2022-10-18",
        "contacts": [],
        "lesson_kind": "booster",
        "phase": "strategy",
        "cause": "participation",
        "recommendation": (
            "Greifen Sie vorhandenes Engagement auf, geben Sie Bürgergruppen "
            "einen offiziellen Rahmen und sichern Sie die Unterstützung von "
            "Verwaltungsspitze und Rat."
        ),
        "related_case_study": "",
        "source": "https://www.smart-city-dialog.de/aktuelles/im-fokus-smartes-landleben",
    },
    {
        "type": "lesson",
        "slug": "linz-bewaehrte-loesungen-uebertragen",
        "municipality": "linz-am-rhein",
        "title": "Bewährtes übernehmen statt neu erfinden",
        "summary": (
            "Als eines der kleinsten Modellprojekte prüft Linz, was sich aus "
            "größeren Städten übertragen lässt, und setzt auf erprobte, "
            "wirtschaftlich tragfähige Lösungen."
        ),
        "body": (
            "Linz am Rhein versteht sich als Testfall dafür, ob Ansätze größerer "
            "Städte auf eine kleine Kommune übertragbar sind. Bevorzugt werden "
            "erprobte und wirtschaftlich tragfähige Lösungen (Quelle: "
            "smarte-region-linz.de).\n\n"
            "Für das geplante Smart Parking bedeutet das: Statt eine eigene "
            "Lösung zu entwickeln, hat das Projektteam andere Modellprojekte "
            "befragt und deren Erfahrungen in die Leistungsbeschreibung "
            "übernommen. Das spart Zeit und senkt das Risiko."
        ),
        "topics": ["Strategie und Organisation", "Mobilität"],
        "tags": ["Nachnutzung", "Wissenstransfer", "Wirtschaftlichkeit", "kleine Kommunen", "Booster"],
        "date": "2025-12-02",
        "contacts": ["sabine-kraemer"],
        "lesson_kind": "booster",
        "phase": "planning",
        "cause": "technology",
        "recommendation": (
            "Fragen Sie vor jeder Planung: Wer hat das schon gemacht? Nutzen Sie "
            "Vergabeunterlagen, Betriebserfahrungen und Open-Source-Lösungen "
            "anderer Kommunen."
        ),
        "related_case_study": "linz-smart-parking",
        "source": "https://www.smarte-region-linz.de/allgemeines",
    },
    {
        "type": "lesson",
        "slug": "linz-datenbasis-mit-partner",
        "municipality": "linz-am-rhein",
        "title": "Mit einem Partner schnell zu einer Datenbasis",
        "summary": (
            "Ein LoRaWAN-Pilot zur Personenzählung mit einem regionalen "
            "Energieversorger liefert Linz Daten für die Belebung der Innenstadt."
        ),
        "body": (
            "Für die Belebung seiner Innenstadt braucht Linz belastbare Zahlen. "
            "Ein gemeinsamer LoRaWAN-Pilot zur Personenzählung mit einem "
            "regionalen Energieversorger liefert diese Datengrundlage (Quelle: "
            "Blog von Deutsche Glasfaser, „Personenzählung in der Innenstadt“).\n\n"
            "Der Booster liegt in der Partnerschaft: Die Kommune musste kein "
            "eigenes Funknetz aufbauen und konnte auf vorhandene Technik und "
            "Erfahrung zurückgreifen."
        ),
        "topics": ["Infrastruktur und Sensorik", "Wirtschaft und Handel"],
        "tags": ["LoRaWAN", "Partnerschaft", "Energieversorger", "Innenstadt", "Booster"],
        "date": "2024-01-30",
        "contacts": ["sabine-kraemer"],
        "lesson_kind": "booster",
        "phase": "implementation",
        "cause": "technology",
        "recommendation": (
            "Sprechen Sie Stadtwerke, Energieversorger oder Netzbetreiber an, "
            "bevor Sie eigene Infrastruktur aufbauen. Regeln Sie dabei "
            "Datenhoheit und Zugriffsrechte vertraglich."
        ),
        "related_case_study": "linz-passantenfrequenz-lorawan",
        "source": "https://deutsche-glasfaser.de/blog/personenzaehlung-in-der-innenstadt-erkenntnisse-sollen-uns-bei-belebung-der-innenstadt-helfen",
    },
    {
        "type": "lesson",
        "slug": "kusel-digitallotsen-inklusion",
        "municipality": "kusel",
        "title": "Digitallotsen sorgen dafür, dass niemand abgehängt wird",
        "summary": (
            "Kusel bringt Angebote zu den Menschen und bildet Digitallotsen aus, "
            "damit ältere Menschen nicht ausgeschlossen werden."
        ),
        "body": (
            "Der Landkreis Kusel bringt Dienste und Veranstaltungen gezielt zu "
            "den Menschen vor Ort und schult Digitallotsen, damit ältere "
            "Einwohnerinnen und Einwohner an der Digitalisierung teilhaben "
            "(Quelle: Projektprofil Landkreis Kusel auf smart-city-dialog.de).\n\n"
            "Die Lotsinnen und Lotsen wirken dabei doppelt: Sie helfen im "
            "Einzelfall und tragen zugleich das Wissen über neue digitale "
            "Angebote in die Dörfer. So steigt auch die Akzeptanz anderer "
            "Projekte."
        ),
        "topics": ["Bürgerbeteiligung", "Bildung", "Gesundheit und Pflege"],
        "tags": ["Digitallotsen", "Teilhabe", "Senioren", "Ehrenamt", "Akzeptanz", "Booster"],
        "date": "2024-06-04",
        "contacts": ["petra-klein"],
        "lesson_kind": "booster",
        "phase": "operation",
        "cause": "acceptance",
        "recommendation": (
            "Planen Sie Unterstützungsangebote für Menschen mit wenig digitaler "
            "Erfahrung von Anfang an mit – am besten vor Ort und durch "
            "vertraute Personen."
        ),
        "related_case_study": "kusel-digitallotsen",
        "source": "https://www.smart-city-dialog.de/modellprojekte/smart-city-modellprojekt-landkreis-kusel",
    },
    {
        "type": "lesson",
        "slug": "hassfurt-chief-digital-officer",
        "municipality": "hassfurt",
        "title": "Ein Chief Digital Officer für die Umsetzung",
        "summary": (
            "Haßfurt hat eigens einen Chief Digital Officer eingestellt, um seine Digitalstrategie umzusetzen."
        ),
        "body": (
            "Um die Digitalstrategie nicht nur zu beschließen, sondern auch "
            "umzusetzen, hat die Stadt Haßfurt gezielt einen Chief Digital "
            "Officer eingestellt (Quelle: Main-Post, „Wie Haßfurt im digitalen "
            "Wandel die Vorreiterrolle übernimmt“).\n\n"
            "Eine klar benannte Verantwortung für Digitalisierung schafft "
            "Verbindlichkeit – gerade in kleineren Verwaltungen, in denen "
            "Digitalthemen sonst nebenher in vielen Ämtern laufen."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Chief Digital Officer", "CDO", "Personal", "Digitalstrategie", "Kleinstadt", "Booster"],
        "date": "2022-08-16",
        "contacts": ["michael-roth"],
        "lesson_kind": "booster",
        "phase": "implementation",
        "cause": "staffing",
        "recommendation": (
            "Benennen Sie eine verantwortliche Person mit Mandat der "
            "Verwaltungsspitze, eigenem Budget und Zugriff auf alle "
            "Fachbereiche."
        ),
        "related_case_study": "hassfurt-umweltsensorik-luftqualitaet",
        "source": "https://android-news.mainpost.de/regional/hassberge/wie-hassfurt-im-digitalen-wandel-die-vorreiterrolle-uebernimmt-art-10420687",
    },
    {
        "type": "lesson",
        "slug": "moenchengladbach-plattform-nachgenutzt",
        "municipality": "moenchengladbach",
        "title": "Datenplattform übernommen statt neu gebaut",
        "summary": (
            "Paderborn hat Version 2.0 seiner Datenplattform selbst entwickelt; "
            "Mönchengladbach hat die Plattform übernommen."
        ),
        "body": (
            "Paderborn hat die zweite Version seiner Datenplattform in "
            "Eigenentwicklung gebaut und dabei Kompetenzen im eigenen Personal "
            "aufgebaut. Das Modellprojekt Mönchengladbach hat diese Plattform "
            "anschließend übernommen (Quelle: marktowl.de).\n\n"
            "Für Mönchengladbach entfiel damit die aufwendige Neuentwicklung, "
            "und beide Städte profitieren von gemeinsamer Weiterentwicklung. Das "
            "Beispiel zeigt, wie Nachnutzung zwischen Kommunen konkret aussehen kann."
        ),
        "topics": ["Daten und Plattformen"],
        "tags": ["Datenplattform", "Nachnutzung", "Eigenentwicklung", "interkommunale Zusammenarbeit", "Booster"],
        "date": "2024-08-20",
        "contacts": [],
        "lesson_kind": "booster",
        "phase": "implementation",
        "cause": "technology",
        "recommendation": (
            "Fragen Sie vor dem Aufbau einer Datenplattform andere Kommunen nach "
            "Nachnutzung. Achten Sie bei eigener Entwicklung darauf, dass "
            "Dokumentation und Lizenz eine Weitergabe erlauben."
        ),
        "related_case_study": "",
        "source": "https://marktowl.de/content/artikel-blickpunkt?tx_news_pi1%5Baction%5D=detail&tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Bnews%5D=7105&cHash=2123ea660f7a2e3b05013ac540365654",
    },
    {
        "type": "lesson",
        "slug": "beratung-und-begleitung",
        "municipality": "cochem-zell",
        "title": "Begleitende Beratung hilft beim Einstieg",
        "summary": (
            "Die Evaluation empfiehlt ein begleitendes Beratungs- und "
            "Unterstützungsangebot – für nicht geförderte Kommunen ist der "
            "Austausch mit Modellprojekten ein guter Anfang."
        ),
        "body": (
            "Die Prognos-Evaluation kommt zu dem Schluss, dass geförderte "
            "Kommunen ein begleitendes Unterstützungs- und Beratungsangebot "
            "brauchen (Quelle: Prognos, „Modellprojekte Smart Cities – zehn "
            "wichtige Erkenntnisse“).\n\n"
            "Für den Landkreis Cochem-Zell, der selbst kein Modellprojekt ist, "
            "gilt das erst recht. Der Landkreis nutzt deshalb Kommunaldialoge "
            "und das KommunalCamp im Wissensnetz, um gezielt Fragen an die "
            "rheinland-pfälzischen Modellprojekte zu stellen, bevor eigene "
            "Vorhaben geplant werden."
        ),
        "topics": ["Strategie und Organisation"],
        "tags": ["Beratung", "Wissenstransfer", "Kommunaldialog", "nicht geförderte Kommunen", "Booster"],
        "date": "2026-03-17",
        "contacts": ["laura-schmitt"],
        "lesson_kind": "booster",
        "phase": "strategy",
        "cause": "organisation",
        "recommendation": (
            "Nutzen Sie Beratungsangebote von Land, Bund und kommunalen "
            "Spitzenverbänden sowie den direkten Austausch mit Modellprojekten. "
            "Formulieren Sie dafür vorab konkrete Fragen."
        ),
        "related_case_study": "",
        "source": _PROGNOS,
    },
]

# ---------------------------------------------------------------------------
# Articles (incl. a fictional press release on the KommunalCamp RLP).
# ---------------------------------------------------------------------------

ARTICLES = [
    {
        "type": "article",
        "slug": "pressemitteilung-kommunalcamp-rlp-2026",
        "municipality": "mayen-koblenz",
        "title": "KommunalCamp Rheinland-Pfalz: Modellprojekte teilen ihr Wissen mit nicht geförderten Kommunen",
        "summary": (
            "Beim KommunalCamp Rheinland-Pfalz in Koblenz haben die fünf "
            "rheinland-pfälzischen Modellprojekte Smart Cities ihre Erfahrungen "
            "mit Vertreterinnen und Vertretern nicht geförderter Kommunen geteilt – "
            "offen, praxisnah und mit vielen Stolpersteinen."
        ),
        "body": (
            "Koblenz, 22. Oktober 2026 – Wie kommt eine Verbandsgemeinde ohne "
            "Fördermittel zu Pegelsensoren für den Hochwasserschutz? Was muss ein "
            "Landkreis bei der Ausschreibung einer Datenplattform beachten? Und "
            "warum bleiben Mitfahrbänke manchmal leer? Um solche Fragen ging es "
            "beim KommunalCamp Rheinland-Pfalz, zu dem die Smarte Region MYK10 am "
            "20. Oktober in die Kreisverwaltung Mayen-Koblenz eingeladen hatte. "
            "Rund 110 Teilnehmende aus Kreis-, Stadt- und Verbandsgemeindeverwaltungen "
            "nutzten die Gelegenheit zum Austausch.\n\n"
            "## Fünf Modellprojekte, ein Ziel\n\n"
            "Im Mittelpunkt stand die Austauschrunde der fünf rheinland-pfälzischen "
            "Modellprojekte Smart Cities: der Landkreis Mayen-Koblenz mit der "
            "Smarten Region MYK10, der Landkreis Kusel, die Stadt Kaiserslautern, "
            "der Eifelkreis Bitburg-Prüm sowie Stadt und Verbandsgemeinde Linz am "
            "Rhein. An Thementischen stellten sie Praxisbeispiele vor – von der "
            "urbanen Datenplattform über den digitalen Bürgerservice nach dem "
            "Onlinezugangsgesetz bis zum Co-Working-Space auf dem Land. Bewusst "
            "sprachen sie auch über Stolpersteine: lange Vergabeverfahren, "
            "schwierige Personalgewinnung und Datenschutzfragen beim Einsatz von KI.\n\n"
            "„Wir haben in den vergangenen Jahren viel ausprobiert – und nicht "
            "alles hat auf Anhieb funktioniert“, sagte Anna Becker, "
            "Projektleiterin der Smarten Region MYK10. „Genau diese Erfahrungen "
            "sind für Kommunen wertvoll, die jetzt erst starten. Niemand muss "
            "unsere Fehler wiederholen.“\n\n"
            "## Fragen aus der Praxis\n\n"
            "Die nicht geförderten Kommunen brachten ihre Fragen direkt mit. "
            "„Wir haben heute nicht nur Vorträge gehört, sondern konkrete "
            "Leistungsbeschreibungen und Ansprechpersonen mitgenommen“, berichtete "
            "Daniel Lorenz, Digitalisierungsbeauftragter der Verbandsgemeinde Daun. "
            "Die Verbandsgemeinde prüft derzeit, die Pegelsensorik aus "
            "Mayen-Koblenz zu übernehmen. Laura Schmitt, Digitalisierungsbeauftragte "
            "des Landkreises Cochem-Zell, ergänzte: „Für uns ist besonders "
            "wichtig, was nach dem Förderbescheid kommt – also Betrieb, "
            "Folgekosten und Personal. Darüber wurde heute sehr offen gesprochen.“\n\n"
            "Auch für die Modellprojekte selbst war der Tag ein Gewinn. „Wenn "
            "Lösungen nach dem Förderende weiterleben sollen, müssen sie "
            "übertragbar sein“, sagte Markus Weber, Chief Digital Officer der "
            "Stadt Kaiserslautern. Julia Wagner, Smart-City-Koordinatorin im "
            "Landkreis Kusel, dessen Förderphase Ende 2026 ausläuft, betonte: "
            "„Wir bereiten gerade den Übergang in den Regelbetrieb vor. Der "
            "Austausch zeigt uns, welche Angebote andere Kommunen wirklich "
            "brauchen.“\n\n"
            "## Wie es weitergeht\n\n"
            "Die Ergebnisse der Thementische werden als Praxisbeispiele und "
            "Stolpersteine im Wissensnetz veröffentlicht. Für Frühjahr 2027 sind "
            "online Kommunaldialoge zu Hochwasservorsorge und Vergabe geplant. "
            "Das nächste KommunalCamp Rheinland-Pfalz findet am 23. und 24. "
            "September 2027 in Kaiserslautern statt; die Anmeldung ist über das "
            "Wissensnetz möglich.\n\n"
            "Pressekontakt: Smarte Region MYK10, Anna Becker, "
            "a.becker@mayen-koblenz.example.org, +49 261 000000-12"
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung"],
        "tags": [
            "KommunalCamp",
            "Pressemitteilung",
            "Wissenstransfer",
            "Rheinland-Pfalz",
            "nicht geförderte Kommunen",
            "Erfahrungsaustausch",
        ],
        "date": "2026-10-22",
        "contacts": ["anna-becker", "julia-wagner", "markus-weber", "daniel-lorenz", "laura-schmitt"],
        "image": {
            "alt": "Illustration eines hellen Saals mit mehreren runden Thementischen, an denen Menschen mit Moderationskarten und Laptops diskutieren.",
            "caption": "Austausch an Thementischen beim KommunalCamp Rheinland-Pfalz (Illustration)",
            "credit": _CREDIT,
        },
        "author": "Pressestelle Smarte Region MYK10",
    },
    {
        "type": "article",
        "slug": "ozg-e-akte-erfahrungen-myk10",
        "municipality": "mayen-koblenz",
        "title": "OZG, E-Akte, Datenschutz: Was kleine Verwaltungen aus der Smarten Region MYK10 mitnehmen können",
        "summary": (
            "Drei Jahre nach dem Start ziehen Projektleitung und "
            "Datenschutzbeauftragte Bilanz: Das Onlinezugangsgesetz wirkt erst, "
            "wenn Prozesse bis in die E-Akte durchdacht sind."
        ),
        "body": (
            "Das Onlinezugangsgesetz hat viele Verwaltungen unter Druck gesetzt, "
            "Leistungen schnell online anzubieten. In der Smarten Region MYK10 "
            "haben wir gelernt: Ein Online-Formular allein entlastet niemanden. "
            "Erst wenn der Antrag strukturiert im Fachverfahren ankommt und "
            "automatisch in der E-Akte landet, sparen Bürgerinnen, Bürger und "
            "Beschäftigte Zeit.\n\n"
            "## Erstens: Mit den häufigsten Leistungen beginnen\n\n"
            "Wir haben nicht versucht, alle Leistungen gleichzeitig zu "
            "digitalisieren, sondern mit den 25 am häufigsten nachgefragten "
            "begonnen. So wurden Verbesserungen schnell spürbar, und die "
            "Fachämter konnten Erfahrungen sammeln.\n\n"
            "## Zweitens: Nachnutzen vor Neuentwickeln\n\n"
            "Viele Leistungen gibt es bereits als „Einer für Alle“-Lösung oder "
            "als Angebot des Landes. Die Prüfung, was schon existiert, hat uns "
            "mehrere Vergabeverfahren erspart.\n\n"
            "## Drittens: Datenschutz von Anfang an\n\n"
            "Die Datenschutzbeauftragte war in jedem Prozessworkshop dabei. Das "
            "klingt aufwendig, hat aber spätere Korrekturschleifen vermieden. "
            "Fragen zu Löschfristen, Zugriffsrechten und "
            "Auftragsverarbeitung nach DSGVO ließen sich so direkt klären.\n\n"
            "## Viertens: Beschäftigte mitnehmen\n\n"
            "Die Umstellung auf die E-Akte verändert Arbeitsweisen. Schulungen, "
            "Ansprechpersonen in jedem Amt und Geduld in der Übergangszeit waren "
            "mindestens so wichtig wie die Technik."
        ),
        "topics": ["Digitale Verwaltung", "Strategie und Organisation"],
        "tags": [
            "OZG",
            "Onlinezugangsgesetz",
            "E-Akte",
            "Datenschutz",
            "DSGVO",
            "Einer für Alle",
            "Verwaltungsmodernisierung",
        ],
        "date": "2025-09-30",
        "contacts": ["anna-becker", "claudia-hartmann"],
        "author": "Anna Becker und Dr. Claudia Hartmann",
    },
    {
        "type": "article",
        "slug": "lorawan-einstieg-fuenf-fragen",
        "municipality": "bitburg-pruem",
        "title": "LoRaWAN im ländlichen Raum: Fünf Fragen vor dem Einstieg",
        "summary": (
            "Funknetze für Sensoren sind günstig und reichweitenstark. Wer ein "
            "LoRaWAN-Netz plant, sollte aber vorher einige Grundsatzfragen klären."
        ),
        "body": (
            "LoRaWAN ist in vielen Smart-City-Projekten die Basis für Sensorik: "
            "Pegelsensoren, Bodenfeuchte, Parkplatzbelegung oder Füllstände von "
            "Glascontainern lassen sich mit wenig Energie über große Distanzen "
            "übertragen. Gerade auf dem Land mit weiten Flächen ist das "
            "attraktiv. Aus unseren Gesprächen mit anderen Kommunen haben sich "
            "fünf Fragen herauskristallisiert.\n\n"
            "## 1. Eigenes Netz oder Mitnutzung?\n\n"
            "Oft betreiben Stadtwerke, Energieversorger oder Nachbarkommunen "
            "bereits Gateways. Eine Mitnutzung spart Kosten und Zeit; wichtig ist "
            "eine vertragliche Regelung zu Datenhoheit und Verfügbarkeit.\n\n"
            "## 2. Welche Anwendungsfälle zuerst?\n\n"
            "Ein Netz ohne Anwendung überzeugt niemanden. Starten Sie mit ein bis "
            "zwei Fällen, die einen klaren Nutzen haben – etwa Hochwasserwarnung "
            "oder Straßenbeleuchtung.\n\n"
            "## 3. Wohin mit den Daten?\n\n"
            "Die Sensordaten brauchen eine Plattform, die sie speichert, "
            "visualisiert und Alarme auslöst. Fragen Sie, ob Sie sich an eine "
            "bestehende regionale Plattform anschließen können.\n\n"
            "## 4. Wer kümmert sich um den Betrieb?\n\n"
            "Batteriewechsel, Ausfälle und Updates fallen dauerhaft an. Ohne "
            "klare Zuständigkeit – etwa beim Bauhof – veralten Sensornetze schnell.\n\n"
            "## 5. Wie wird ausgeschrieben?\n\n"
            "Achten Sie in der Ausschreibung auf offene Standards, die Herausgabe "
            "von Rohdaten und getrennte Lose für Hardware und Plattform. So "
            "vermeiden Sie Abhängigkeiten von einzelnen Anbietern."
        ),
        "topics": ["Infrastruktur und Sensorik", "Daten und Plattformen"],
        "tags": ["LoRaWAN", "IoT", "Sensorik", "Ausschreibung", "Betrieb", "ländlicher Raum"],
        "date": "2024-11-26",
        "contacts": ["stefan-hoffmann"],
        "image": {
            "alt": "Illustration einer hügeligen Eifellandschaft mit einem Kirchturm, auf dem eine kleine Antenne Funkwellen zu Sensoren an Bach, Straßenlaterne und Parkplatz sendet.",
            "caption": "Ein Gateway, viele Sensoren (Illustration)",
            "credit": _CREDIT,
        },
        "author": "Stefan Hoffmann",
    },
    {
        "type": "article",
        "slug": "evaluation-erkenntnisse-fuer-nicht-gefoerderte-kommunen",
        "municipality": "mayen-koblenz",
        "title": "Was nicht geförderte Kommunen aus der Evaluation der Modellprojekte lernen können",
        "summary": (
            "Die Prognos-Evaluation der Modellprojekte Smart Cities hat zehn "
            "Erkenntnisse formuliert. Wir fassen zusammen, was davon für Kommunen "
            "ohne Förderbescheid besonders relevant ist."
        ),
        "body": (
            "Die Evaluation des Förderprogramms Modellprojekte Smart Cities durch "
            "Prognos hat zehn zentrale Erkenntnisse zusammengetragen (Quelle: "
            "prognos.com, „Modellprojekte Smart Cities: Zehn wichtige "
            "Erkenntnisse“). Viele davon gelten unabhängig davon, ob eine Kommune "
            "Fördermittel erhält.\n\n"
            "## Zeit und Verständlichkeit\n\n"
            "Die Strategiephase dauert in der Regel länger als geplant, weil das "
            "Themenfeld komplex ist und Bestandsaufnahme und Beteiligung "
            "anspruchsvoll sind. Zudem ist „Smart City“ kein selbsterklärender "
            "Begriff; er muss vor Ort in verständliche Sprache übersetzt werden.\n\n"
            "## Vergabe und Personal\n\n"
            "Ausschreibungen und Kooperationsvereinbarungen erweisen sich als "
            "komplex und zeitaufwendig. In den Modellprojekten entstanden fast "
            "300 neue Stellen – Personal zu gewinnen und zu halten bleibt aber "
            "eine große Herausforderung.\n\n"
            "## Beteiligung und Organisation\n\n"
            "Bürgerbeteiligung steigert das Verständnis für die Vorhaben, "
            "besonders in Verbindung mit schnell sichtbaren Maßnahmen. "
            "Smart-City-Projekte treiben außerdem die Organisationsentwicklung in "
            "den Verwaltungen voran. Die Evaluation folgert, dass Kommunen ein "
            "begleitendes Unterstützungs- und Beratungsangebot brauchen.\n\n"
            "## Unser Fazit\n\n"
            "Für nicht geförderte Kommunen heißt das: klein und konkret anfangen, "
            "Vergabe und Personal realistisch planen, früh beteiligen – und vor "
            "allem die Erfahrungen der Modellprojekte nutzen. Im Wissensnetz "
            "finden Sie dazu Praxisbeispiele, Stolpersteine und Ansprechpersonen."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung"],
        "tags": [
            "Evaluation",
            "Prognos",
            "Fördermittel",
            "Förderbescheid",
            "Wissenstransfer",
            "nicht geförderte Kommunen",
        ],
        "date": "2026-05-12",
        "contacts": [],
        "author": "Redaktion Wissensnetz",
    },
    {
        "type": "article",
        "slug": "kusel-foerderende-regelbetrieb",
        "municipality": "kusel",
        "title": "Förderende in Sicht: Wie der Landkreis Kusel den Regelbetrieb vorbereitet",
        "summary": (
            "Das Modellprojekt im Landkreis Kusel läuft Ende 2026 aus. Die "
            "Smart-City-Koordinatorin berichtet, wie Angebote wie Rufbus und "
            "Digitallotsen in den Regelbetrieb überführt werden sollen."
        ),
        "body": (
            "Das Modellprojekt im Landkreis Kusel ist auf den Zeitraum vom "
            "1. Januar 2022 bis zum 31. Dezember 2026 angelegt. Im letzten "
            "Projektjahr stellt sich deshalb für jede Maßnahme die Frage: Was "
            "bleibt, und wer bezahlt es?\n\n"
            "## Bestandsaufnahme aller Maßnahmen\n\n"
            "Wir haben jede Maßnahme anhand einfacher Kriterien bewertet: "
            "Wird sie genutzt? Ist die Wirkung belegt? Gibt es eine "
            "verantwortliche Stelle für den Betrieb? Und was kostet sie pro Jahr? "
            "Dabei haben wir uns an den Erfolgsfaktoren orientiert, die eine "
            "Studie von Difu und KTS zur Verstetigung beschreibt.\n\n"
            "## Was weiterläuft\n\n"
            "Die Digitallotsen sollen in die Strukturen von Volkshochschule und "
            "Seniorenarbeit übergehen; eine hauptamtliche Koordination ist dafür "
            "unverzichtbar. Für den Rufbus verhandeln wir mit dem Aufgabenträger "
            "des ÖPNV über eine Integration in den Nahverkehrsplan.\n\n"
            "## Was wir anders machen würden\n\n"
            "Rückblickend hätten wir Betriebskosten und Zuständigkeiten schon im "
            "Förderantrag stärker mitdenken sollen. Kommunen, die heute einen "
            "Förderbescheid erhalten, empfehlen wir, das Verstetigungskonzept "
            "nicht auf das letzte Projektjahr zu verschieben."
        ),
        "topics": ["Strategie und Organisation", "Mobilität", "Gesundheit und Pflege"],
        "tags": ["Verstetigung", "Förderende", "Förderbescheid", "Regelbetrieb", "ÖPNV", "Digitallotsen"],
        "date": "2026-08-18",
        "contacts": ["julia-wagner"],
        "author": "Julia Wagner",
    },
]

# ---------------------------------------------------------------------------
# Events. DST 2026 ends 2026-10-25; DST 2027 runs 2027-03-28 .. 2027-10-31.
# ---------------------------------------------------------------------------

EVENTS = [
    {
        "type": "event",
        "slug": "kommunaldialog-hochwasservorsorge-pegelsensoren-2027",
        "municipality": "mayen-koblenz",
        "title": "Kommunaldialog: Hochwasservorsorge mit LoRaWAN-Pegelsensoren",
        "summary": (
            "Die Smarte Region MYK10 stellt ihre Pegelsensorik vor und "
            "beantwortet Fragen nicht geförderter Kommunen – von der "
            "Standortwahl bis zur Ausschreibung."
        ),
        "body": (
            "Starkregen und Hochwasser treffen auch kleine Gewässer. Im "
            "Kommunaldialog berichtet die Smarte Region MYK10, wie LoRaWAN-"
            "Pegelsensoren an Bächen Feuerwehr und Bauhof frühzeitig warnen.\n\n"
            "## Programm\n\n"
            "Impuls aus der Praxis: Aufbau, Kosten und Betrieb des Sensornetzes. "
            "Erfahrungsbericht der Verbandsgemeinde Daun zum Transfer in eine "
            "nicht geförderte Kommune. Offene Fragerunde zu Vergabe, "
            "Fördermitteln und Zusammenarbeit mit Wasserbehörde und Feuerwehr.\n\n"
            "## Zielgruppe\n\n"
            "Beschäftigte aus Kommunalverwaltungen, Klimaschutz- und "
            "Klimaanpassungsmanagement, Bauhöfe und Feuerwehren. Die Teilnahme ist "
            "kostenlos; die Zugangsdaten erhalten Sie nach der Anmeldung."
        ),
        "topics": ["Energie und Umwelt", "Infrastruktur und Sensorik"],
        "tags": ["Kommunaldialog", "Pegelsensoren", "LoRaWAN", "Hochwasser", "Online-Veranstaltung"],
        "date": "2026-11-10",
        "contacts": ["jonas-fischer", "daniel-lorenz"],
        "start": "2027-03-18T10:00:00+01:00",
        "end": "2027-03-18T12:00:00+01:00",
        "location": "Online",
        "online": True,
        "capacity": 80,
        "event_kind": "kommunaldialog",
    },
    {
        "type": "event",
        "slug": "kommunalcamp-rheinland-pfalz-2027",
        "municipality": "kaiserslautern",
        "title": "KommunalCamp Rheinland-Pfalz 2027",
        "summary": (
            "Zwei Tage Austausch zwischen den rheinland-pfälzischen "
            "Modellprojekten Smart Cities und nicht geförderten Kommunen – im "
            "Barcamp-Format, mit Thementischen und Praxisbeispielen."
        ),
        "body": (
            "Nach dem KommunalCamp 2026 in Koblenz lädt 2027 die Stadt "
            "Kaiserslautern ein. Die Modellprojekte Mayen-Koblenz, Kusel, "
            "Kaiserslautern, Bitburg-Prüm und Linz am Rhein teilen ihre "
            "Erfahrungen mit Kommunen, die keine Förderung erhalten.\n\n"
            "## Format\n\n"
            "Das KommunalCamp folgt dem Barcamp-Prinzip: Die Teilnehmenden "
            "bringen eigene Fragen mit und schlagen zu Beginn jedes Tages "
            "Sessions vor. Ergänzend gibt es Thementische der Modellprojekte, "
            "etwa zu Verstetigung nach Förderende, OZG und E-Akte, LoRaWAN, "
            "Bürgerbeteiligung und Mobilität auf dem Land.\n\n"
            "## Anmeldung\n\n"
            "Die Teilnahme ist kostenlos, die Plätze sind begrenzt. Kommunen "
            "ohne Förderung werden bei der Platzvergabe bevorzugt "
            "berücksichtigt. Den genauen Veranstaltungsort erhalten Sie mit der "
            "Anmeldebestätigung."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung", "Daten und Plattformen"],
        "tags": ["KommunalCamp", "Barcamp", "Rheinland-Pfalz", "Wissenstransfer", "Erfahrungsaustausch"],
        "date": "2026-10-22",
        "contacts": ["markus-weber", "anna-becker"],
        "image": {
            "alt": "Illustration einer Pinnwand voller bunter Sessionkarten, davor eine Gruppe von Menschen, die auf die Karten zeigt.",
            "caption": "Sessionplanung beim KommunalCamp (Illustration)",
            "credit": _CREDIT,
        },
        "start": "2027-09-23T09:30:00+02:00",
        "end": "2027-09-24T16:00:00+02:00",
        "location": "Kaiserslautern (Veranstaltungsort wird mit der Anmeldebestätigung bekanntgegeben)",
        "online": False,
        "capacity": 150,
        "event_kind": "kommunalcamp",
    },
    {
        "type": "event",
        "slug": "webinar-vergabe-iot-leistungen-2027",
        "municipality": "mayen-koblenz",
        "title": "Webinar: IoT-Leistungen rechtssicher ausschreiben",
        "summary": (
            "Wie beschreibt man Sensoren, Funknetz und Datenplattform so, dass "
            "die Vergabe gelingt und keine Anbieterabhängigkeit entsteht?"
        ),
        "body": (
            "Vergabeverfahren gehören zu den häufigsten Stolpersteinen in "
            "Smart-City-Projekten. Im Webinar zeigen die Vergabestelle und die "
            "Projektleitung der Smarten Region MYK10 an Beispielen, wie sie "
            "Ausschreibungen für LoRaWAN-Netz, Pegelsensoren und "
            "Straßenbeleuchtung aufgesetzt haben.\n\n"
            "Themen sind unter anderem Markterkundung, Losbildung, funktionale "
            "Leistungsbeschreibung, offene Schnittstellen und Open-Source-"
            "Anforderungen sowie typische Fallstricke bei "
            "Kooperationsvereinbarungen. Musterunterlagen werden im Anschluss "
            "im Wissensnetz bereitgestellt."
        ),
        "topics": ["Strategie und Organisation", "Infrastruktur und Sensorik"],
        "tags": ["Webinar", "Vergabe", "Ausschreibung", "Vergaberecht", "IoT", "Open Source"],
        "date": "2026-11-03",
        "contacts": ["anna-becker"],
        "start": "2027-05-12T14:00:00+02:00",
        "end": "2027-05-12T15:30:00+02:00",
        "location": "Online",
        "online": True,
        "capacity": 200,
        "event_kind": "webinar",
    },
    {
        "type": "event",
        "slug": "workshop-digitallotsen-aufbauen-2027",
        "municipality": "kusel",
        "title": "Workshop: Ein Digitallotsen-Netz aufbauen",
        "summary": (
            "Praxisworkshop für Kommunen, die ehrenamtliche Digitallotsen für "
            "ältere Menschen gewinnen, schulen und begleiten möchten."
        ),
        "body": (
            "Im Landkreis Kusel unterstützen Digitallotsen ältere Menschen beim "
            "Einstieg in die digitale Welt. Im Workshop erarbeiten Sie, wie ein "
            "solches Netz in Ihrer Kommune entstehen kann.\n\n"
            "Inhalte: Gewinnung und Anerkennung von Ehrenamtlichen, Aufbau eines "
            "Schulungskonzepts, geeignete Orte und Formate, Leihgeräte, "
            "Versicherungsfragen und Finanzierung nach dem Ende von "
            "Fördermitteln. Bringen Sie gern Fragen aus Ihrer Kommune mit."
        ),
        "topics": ["Bürgerbeteiligung", "Bildung", "Gesundheit und Pflege"],
        "tags": ["Workshop", "Digitallotsen", "Ehrenamt", "Senioren", "Teilhabe"],
        "date": "2026-11-12",
        "contacts": ["petra-klein"],
        "start": "2027-11-10T09:30:00+01:00",
        "end": "2027-11-10T15:30:00+01:00",
        "location": "Kusel, Sitzungssaal der Kreisverwaltung",
        "online": False,
        "capacity": 25,
        "event_kind": "workshop",
    },
    {
        "type": "event",
        "slug": "kommunalcamp-rheinland-pfalz-2026",
        "municipality": "mayen-koblenz",
        "title": "KommunalCamp Rheinland-Pfalz 2026",
        "summary": (
            "Austauschrunde der fünf rheinland-pfälzischen Modellprojekte mit "
            "nicht geförderten Kommunen in der Kreisverwaltung Mayen-Koblenz."
        ),
        "body": (
            "Die Smarte Region MYK10 lädt zum KommunalCamp Rheinland-Pfalz ein. "
            "Die Modellprojekte Mayen-Koblenz, Kusel, Kaiserslautern, "
            "Bitburg-Prüm und Linz am Rhein stellen an Thementischen "
            "Praxisbeispiele und Stolpersteine vor.\n\n"
            "Die Veranstaltung richtet sich besonders an Kommunen, die nicht "
            "gefördert werden und von den Erfahrungen der Modellprojekte lernen "
            "möchten. Einen Bericht finden Sie in der Pressemitteilung zur "
            "Veranstaltung."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung"],
        "tags": ["KommunalCamp", "Rheinland-Pfalz", "Wissenstransfer", "Erfahrungsaustausch"],
        "date": "2026-08-25",
        "contacts": ["anna-becker"],
        "start": "2026-10-20T09:30:00+02:00",
        "end": "2026-10-20T16:30:00+02:00",
        "location": "Kreisverwaltung Mayen-Koblenz, Bahnhofstraße 9, Koblenz",
        "online": False,
        "capacity": 120,
        "event_kind": "kommunalcamp",
    },
    {
        "type": "event",
        "slug": "kommunaldialog-smart-parking-kleinstadt-2026",
        "municipality": "linz-am-rhein",
        "title": "Kommunaldialog: Smart Parking in der Kleinstadt",
        "summary": (
            "Linz am Rhein und andere Kommunen tauschten sich online über "
            "Parksensorik, Parkleitsysteme und die Vergabe solcher Lösungen aus."
        ),
        "body": (
            "Parksuchverkehr belastet auch kleine Städte mit touristischem "
            "Verkehr. Im Kommunaldialog stellte die Smarte Region Linz ihre "
            "Planungen für Altstadt und Rheinufer vor und diskutierte mit "
            "Kommunen, die bereits Parksensoren einsetzen.\n\n"
            "Themen waren die Auswahl der Sensorik, die Anbindung an ein "
            "bestehendes LoRaWAN-Netz, die Abstimmung dynamischer Hinweistafeln "
            "mit der Straßenverkehrsbehörde und Erfahrungen mit Ausschreibungen."
        ),
        "topics": ["Mobilität", "Infrastruktur und Sensorik"],
        "tags": ["Kommunaldialog", "Smart Parking", "Parkraummanagement", "LoRaWAN", "Online-Veranstaltung"],
        "date": "2026-03-24",
        "contacts": ["sabine-kraemer", "katharina-braun"],
        "start": "2026-04-22T16:00:00+02:00",
        "end": "2026-04-22T17:30:00+02:00",
        "location": "Online",
        "online": True,
        "capacity": 60,
        "event_kind": "kommunaldialog",
    },
]

# ---------------------------------------------------------------------------
# Strategy. The frame (ten members, 17.5 M EUR to end-2027) is public; the
# texts and measures are fictional demo content.
# ---------------------------------------------------------------------------

STRATEGIES = [
    {
        "type": "strategy",
        "slug": "smart-city-strategie-smarte-region-myk10",
        "municipality": "mayen-koblenz",
        "title": "Smart-City-Strategie Smarte Region MYK10",
        "summary": (
            "Die gemeinsame Strategie des Landkreises Mayen-Koblenz und seiner "
            "zehn Mitgliedskommunen beschreibt, wie Digitalisierung bis 2027 "
            "Lebensqualität, Klimaschutz und eine bürgernahe Verwaltung in der "
            "Region stärken soll."
        ),
        "body": (
            "Die Smart-City-Strategie ist der gemeinsame Rahmen für die Smarte "
            "Region MYK10. Sie wurde in einem Beteiligungsprozess mit "
            "Bürgerinnen und Bürgern, Unternehmen, Vereinen, Schulen und den "
            "Verwaltungen der Städte Andernach, Bendorf und Mayen sowie der "
            "Verbandsgemeinden Maifeld, Mendig, Pellenz, Rhein-Mosel, Vallendar, "
            "Vordereifel und Weißenthurm erarbeitet.\n\n"
            "Die Strategie ist bewusst als lernendes Dokument angelegt. Der "
            "Lenkungskreis überprüft die Maßnahmen jährlich und passt sie an "
            "neue Erkenntnisse, Rahmenbedingungen und Fördermöglichkeiten an. "
            "Für die Umsetzung stehen bis Ende 2027 rund 17,5 Mio. Euro zur "
            "Verfügung."
        ),
        "topics": ["Strategie und Organisation", "Bürgerbeteiligung", "Daten und Plattformen", "Energie und Umwelt"],
        "tags": [
            "Smart-City-Strategie",
            "Strategie",
            "interkommunale Zusammenarbeit",
            "Landkreis",
            "Bürgerbeteiligung",
        ],
        "date": "2022-12-06",
        "contacts": ["anna-becker", "jonas-fischer", "claudia-hartmann"],
        "image": {
            "alt": "Illustration einer stilisierten Landkarte mit zehn farbigen Punkten, die durch Linien zu einem Netzwerk verbunden sind, im Hintergrund Rhein und Eifelhügel.",
            "caption": "Zehn Kommunen, ein Netzwerk (Illustration)",
            "credit": _CREDIT,
        },
        "starting_situation": (
            "Der Landkreis Mayen-Koblenz verbindet städtische Räume am Rhein mit "
            "ländlich geprägten Gebieten in Eifel und Maifeld. Die zehn "
            "Mitgliedskommunen der Smarten Region MYK10 unterscheiden sich "
            "deutlich in Größe, Verwaltungskraft und digitalem Reifegrad.\n\n"
            "Vor Beginn des Modellprojekts gab es in der Region einzelne "
            "Digitalisierungsvorhaben, aber kaum gemeinsame Infrastruktur, "
            "Datenstandards oder abgestimmte Prozesse. Viele Kommunen standen "
            "gleichzeitig vor denselben Aufgaben – etwa der Umsetzung des "
            "Onlinezugangsgesetzes oder der Vorsorge gegen Starkregen."
        ),
        "challenges": (
            "Demografischer Wandel, Fachkräftemangel in Verwaltung und "
            "Wirtschaft sowie die Folgen des Klimawandels, insbesondere "
            "Starkregen und Hitze, stellen die Region vor große Aufgaben.\n\n"
            "Auf dem Land fehlen vielerorts attraktive Alternativen zum Auto, "
            "und die Nahversorgung ist nicht überall gesichert. In den "
            "Verwaltungen erschweren unterschiedliche IT-Landschaften die "
            "Zusammenarbeit. Hinzu kommt die Frage, wie digitale Lösungen nach "
            "dem Ende der Förderung dauerhaft betrieben und finanziert werden."
        ),
        "vision": (
            "Die Smarte Region MYK10 nutzt Digitalisierung als Werkzeug, nicht "
            "als Selbstzweck: für mehr Lebensqualität in Stadt und Land, für "
            "Klimaschutz und Klimaanpassung und für eine Verwaltung, die "
            "einfach, schnell und verständlich erreichbar ist.\n\n"
            "Lösungen werden gemeinsam entwickelt, einmal gebaut und vielfach "
            "genutzt. Daten werden verantwortungsvoll und datenschutzkonform "
            "verarbeitet und, wo möglich, als Open Data geteilt. Bis 2027 sollen "
            "die erfolgreichen Maßnahmen in den Regelbetrieb überführt sein und "
            "als Vorbild für andere Kommunen dienen."
        ),
        "fields_of_action": (
            "Infrastruktur und Sensorik: ein gemeinsames LoRaWAN-Netz als Basis "
            "für Sensoranwendungen in allen Mitgliedskommunen.\n\n"
            "Energie und Umwelt: Hochwasser- und Starkregenvorsorge, "
            "energieeffiziente Straßenbeleuchtung und Klimaanpassung.\n\n"
            "Daten und Plattformen: eine regionale Datenplattform mit "
            "Open-Data-Angebot als Drehscheibe für alle Anwendungen.\n\n"
            "Digitale Verwaltung: durchgängig digitale Leistungen nach dem OZG "
            "bis in die E-Akte.\n\n"
            "Bürgerbeteiligung, Mobilität, Bildung, Wirtschaft und Handel, "
            "Gesundheit und Pflege sowie Kultur und Tourismus: Angebote, die "
            "den Alltag in der Region konkret erleichtern.\n\n"
            "Strategie und Organisation: interkommunale Steuerung, Personal und "
            "die Verstetigung nach Förderende."
        ),
        "measures": [
            {
                "title": "Kreisweites LoRaWAN-Netz",
                "field_of_action": "Infrastruktur und Sensorik",
                "status": "completed",
                "start_year": 2023,
                "end_year": 2024,
                "description": (
                    "Aufbau von Gateways an öffentlichen Gebäuden in allen zehn "
                    "Mitgliedskommunen als gemeinsame Funkinfrastruktur für Sensoren."
                ),
            },
            {
                "title": "Pegelsensoren für Hochwasser- und Starkregenvorsorge",
                "field_of_action": "Energie und Umwelt",
                "status": "in_progress",
                "start_year": 2023,
                "end_year": 2027,
                "description": (
                    "Sensoren an kleinen Gewässern mit automatischer Alarmierung "
                    "von Feuerwehr und Bauhof; schrittweise Ausweitung auf weitere "
                    "Standorte."
                ),
            },
            {
                "title": "Pilot intelligente Straßenbeleuchtung",
                "field_of_action": "Energie und Umwelt",
                "status": "in_progress",
                "start_year": 2023,
                "end_year": 2026,
                "description": (
                    "Bedarfsgesteuerte LED-Beleuchtung in zwei Ortsgemeinden mit "
                    "Auswertung von Energieeinsparung und Akzeptanz."
                ),
            },
            {
                "title": "Regionale Datenplattform und Open-Data-Portal",
                "field_of_action": "Daten und Plattformen",
                "status": "in_progress",
                "start_year": 2023,
                "end_year": 2027,
                "description": (
                    "Gemeinsame urbane Datenplattform für Sensor-, Geo- und "
                    "Verwaltungsdaten mit Dashboards und offenem Datenportal."
                ),
            },
            {
                "title": "Digitale Bürgerservices nach OZG mit E-Akte",
                "field_of_action": "Digitale Verwaltung",
                "status": "in_progress",
                "start_year": 2023,
                "end_year": 2026,
                "description": (
                    "Medienbruchfreie Digitalisierung der meistgenutzten "
                    "Verwaltungsleistungen und Bereitstellung der Prozessmodelle "
                    "für die Mitgliedskommunen."
                ),
            },
            {
                "title": "Beteiligungsplattform MYK10",
                "field_of_action": "Bürgerbeteiligung",
                "status": "completed",
                "start_year": 2023,
                "end_year": 2024,
                "description": (
                    "Einführung einer gemeinsamen Online-Beteiligungsplattform, "
                    "die alle Mitgliedskommunen für eigene Verfahren nutzen können."
                ),
            },
            {
                "title": "Digitale Innenstadt und Leerstandsmanagement",
                "field_of_action": "Wirtschaft und Handel",
                "status": "in_progress",
                "start_year": 2024,
                "end_year": 2026,
                "description": (
                    "Frequenzmessung, digitales Leerstandskataster und "
                    "Online-Sichtbarkeit für den lokalen Handel in den Städten "
                    "der Region."
                ),
            },
            {
                "title": "Medienkompetenz an Schulen",
                "field_of_action": "Bildung",
                "status": "in_progress",
                "start_year": 2024,
                "end_year": 2027,
                "description": (
                    "Projekttage mit Sensorbausätzen und Daten aus der Region, "
                    "gemeinsam mit Schulen und dem Medienzentrum."
                ),
            },
            {
                "title": "On-demand-Verkehr im ländlichen Raum",
                "field_of_action": "Mobilität",
                "status": "planned",
                "start_year": 2026,
                "end_year": 2027,
                "description": (
                    "Konzept und Pilot für einen digital buchbaren Rufbus in "
                    "Abstimmung mit dem Aufgabenträger für den ÖPNV."
                ),
            },
            {
                "title": "Digitale Pflegeberatung",
                "field_of_action": "Gesundheit und Pflege",
                "status": "planned",
                "start_year": 2026,
                "end_year": 2027,
                "description": ("Videoberatung für pflegende Angehörige in Zusammenarbeit mit den Pflegestützpunkten."),
            },
            {
                "title": "Digitale Gästeinformation",
                "field_of_action": "Kultur und Tourismus",
                "status": "planned",
                "start_year": 2026,
                "end_year": 2027,
                "description": (
                    "Offene Daten zu Ausflugszielen, Veranstaltungen und Parkmöglichkeiten für Gäste der Region."
                ),
            },
            {
                "title": "Verstetigungskonzept und Betriebsorganisation",
                "field_of_action": "Strategie und Organisation",
                "status": "in_progress",
                "start_year": 2025,
                "end_year": 2027,
                "description": (
                    "Bewertung aller Maßnahmen, Festlegung von Zuständigkeiten und "
                    "Finanzierung für den Betrieb nach Ende der Förderung."
                ),
            },
        ],
    },
]

# ---------------------------------------------------------------------------
# The import document.
# ---------------------------------------------------------------------------

DEMO = {
    "topics": TOPICS,
    "municipalities": MUNICIPALITIES,
    "contacts": CONTACTS,
    "items": CASE_STUDIES + LESSONS + ARTICLES + EVENTS + STRATEGIES,
}
