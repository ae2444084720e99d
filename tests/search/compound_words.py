"""Words to check the decompounder on (search.compounds), written from general German, not from any judged set.

WHOLE: words that must not split, chosen because a naive splitter breaks them: prefixed nouns and verbs
("Unterlagen", "Nachfrage"), suffixes that are also words ("Wissenschaft"), words that contain other words
by accident ("Verbrauch" ⊃ "Verb", "Rauch"), participles ("Mitarbeitende") and everyday administrative nouns.
COMPOUNDS: compounds and the parts a reader would search for (folded, as the splitter returns them).
"""

# fmt: off
WHOLE = [
    "Beteiligung", "Verwaltung", "Digitalisierung", "Veranstaltung", "Ausschreibung", "Unterlagen", "Unterricht",
    "Nachfrage", "Verbrauch", "Wissenschaft", "Landschaft", "Gesellschaft", "Wirtschaft", "Mannschaft",
    "Erfahrung", "Vorstellung", "Unterstützung", "Entwicklung", "Verantwortung", "Vereinbarung", "Mitarbeiter",
    "Mitarbeitende", "Kommunikation", "Strategie", "Programm", "Internet", "Telefon", "Dokument", "Material",
    "Einwohner", "Gemeinde", "Aufgabe", "Vorstand", "Gegenstand", "Übergang", "Durchsetzung", "Versammlung",
    "Umsetzung", "Anmeldung", "Bewerbung", "Beratung", "Bildung", "Forschung", "Leistung", "Ordnung", "Planung",
    "Steuerung", "Förderung", "Genehmigung", "Zuständigkeit", "Öffentlichkeit", "Sicherheit", "Gesundheit",
    "Nachhaltigkeit", "Verkehr", "Vertrag", "Verfahren", "Zusammenhang", "Unternehmen", "Untersuchung",
    "Veränderung", "Verbesserung", "Verordnung", "Voraussetzung", "Vorschlag", "Wahrnehmung", "Abstimmung",
    "Anforderung", "Arbeitgeber", "Ausstattung", "Bereitschaft", "Besucher", "Betreiber",
    "Empfehlung", "Erneuerung", "Gestaltung", "Haushalt", "Hintergrund", "Kenntnis", "Lieferung", "Maßnahme",
    "Mehrheit", "Mitglied", "Nachricht", "Personal", "Sitzung", "Teilnehmer", "Überblick", "Unterschied",
    "Verbindung", "Vergabe", "Verständnis", "Verwendung", "Beispiel", "Angebot", "Bürger",
    "Ergebnis", "Kontrolle", "Konzept", "Projekt", "Schulung", "Stellungnahme", "Studierende", "Termin",
    # Derived nouns that no frequency list knows well: they must not split into a word and a derived rest.
    "Verstetigung", "Entschlammung", "Verabschiedung", "Entbürokratisierung", "Ertüchtigung", "Befähigung",
]
# fmt: on

COMPOUNDS = {
    # A derived noun as the last part, known to no word list or only as rare.
    "Teichentschlammung": ("teich", "entschlammung"),
    "Projektverstetigung": ("projekt", "verstetigung"),
    "Dachbegrünung": ("dach", "begrunung"),
    "Stadtbaumbewässerung": ("stadt", "baum", "bewasserung"),
    "Mobilfunkausbau": ("mobilfunk", "ausbau"),
    "Straßenbeleuchtung": ("strasse", "beleuchtung"),
    "Strassenbeleuchtung": ("strasse", "beleuchtung"),
    "Bürgerbeteiligung": ("burger", "beteiligung"),
    "Buergerbeteiligung": ("burger", "beteiligung"),
    "Datenschutz": ("daten", "schutz"),
    "Hochwasserschutz": ("hochwasser", "schutz"),
    "Katastrophenschutz": ("katastrophe", "schutz"),
    "Klimaanpassung": ("klima", "anpassung"),
    "Kinderbetreuung": ("kinder", "betreuung"),
    "Stadtentwicklung": ("stadt", "entwicklung"),
    "Kreisverwaltung": ("kreis", "verwaltung"),
    "Gesundheitsamt": ("gesundheit", "amt"),
    "Ordnungsamt": ("ordnung", "amt"),
    "Gemeinderat": ("gemeinde", "rat"),
    "Stadtrat": ("stadt", "rat"),
    "Verbandsgemeinde": ("verband", "gemeinde"),
    "Ortsgemeinde": ("ort", "gemeinde"),
    "Ansprechpartner": ("ansprech", "partner"),
    "Zeitraum": ("zeit", "raum"),
    "Glasfaserausbau": ("glasfaser", "ausbau"),
    "Breitbandausbau": ("breitband", "ausbau"),
    "Sitzungsunterlagen": ("sitzung", "unterlagen"),
    "Leistungsbeschreibung": ("leistung", "beschreibung"),
    "Antragsverfahren": ("antrag", "verfahren"),
    "Gewerbegebiet": ("gewerbe", "gebiet"),
    "Bebauungsplan": ("bebauung", "plan"),
    "Energiemonitoring": ("energie", "monitoring"),
    "Gebäudedaten": ("gebaude", "daten"),
    "Fachkräftemangel": ("fachkrafte", "mangel"),
    "Ladenleerstand": ("laden", "leerstand"),
    "Leerstandsmanagement": ("leerstand", "management"),
    "Zusammenarbeit": ("zusammen", "arbeit"),
    "Arbeitsplatz": ("arbeit", "platz"),
    "Wohnungsbau": ("wohnung", "bau"),
    "Kindergarten": ("kinder", "garten"),
    "Fördermittelakquise": ("fordermittel", "akquise"),
    "Förderprogramm": ("forder", "programm"),
    "Quartiersentwicklung": ("quartier", "entwicklung"),
    "Wochenende": ("woche", "ende"),
    "Tagesordnung": ("tag", "ordnung"),
    "Bürgersprechstunde": ("burger", "sprechstunde"),
}

#: Mistyped query words and what they meant.
TYPOS = {
    "Verwaltungsdigitalisirung": ("verwaltung", "digitalisierung"),
    "Katastrophenshutz": ("katastrophe", "schutz"),
    "Glasfaserausbaau": ("glasfaser", "ausbau"),
    "Digitalisirung": ("digitalisierung",),
    "Wärmeplannung": ("warm", "planung"),
}
