"""German nouns and small words around the speaker and the source of reported
speech (issue 17): words before an outlet ("im Sender CNN"), words for a
speaker the text does not name ("ein US-Regierungsvertreter", "der Minister"),
the endings of bodies, documents and groups that speak, and the words that link
a quote to what comes before it. Split from :mod:`kg.lang.de.speech`, which
re-exports every name.
"""

from __future__ import annotations

from kg.lang.de.lexicon import data_lines

__all__ = [
    "LIVES_CLAIMED",
    "OUTSIDER_ENDINGS",
    "MEDIA_NOUNS",
    "SPEAKER_NOUNS",
    "NON_ACTOR_WORDS",
    "NON_ACTOR_ENDINGS",
    "NON_STATE_SPEAKERS",
    "PARTNER_NOUNS",
    "PENALTY_WORDS",
    "REPORTED_CLAUSE_OPENERS",
    "LABEL_SYNONYMS",
    "NOT_SAYING_ADVERBS",
    "QUESTION_NOUNS",
    "BODY_ENDINGS",
    "SOURCE_SENTENCE_VERBS",
    "SOURCE_SHOWING_VERBS",
    "CONCLUSION_NOUNS",
    "CONCLUSION_VERBS",
    "STATE_NOUNS",
    "PAGE_NOUN_ENDINGS",
    "PLATFORMS",
    "OUTLET_CUES",
    "SOURCE_PHRASE_WORDS",
    "NOT_SPEAKER_WORDS",
    "ATTRIBUTION_NOUNS",
    "DATA_ATTRIBUTION_NOUNS",
    "NOT_ATTRIBUTION_COMPOUNDS",
    "UNNAMED_SOURCE_PREFIXES",
    "UNNAMED_SOURCE_NOUNS",
    "RESEARCH_GROUP_NOUNS",
    "group_noun",
    "PLACE_NOUN_ENDINGS",
    "SAYING_NOUNS",
    "CITED_DOCUMENT_NOUNS",
    "BODY_DOCUMENT_ENDINGS",
    "PLACE_PREPOSITIONS",
    "GOVERNMENT_NOUNS",
    "SUBJECT_CLAUSE_OPENERS",
    "LINKING_OPENERS",
    "LINKING_ADVERBS",
    "WIE_CLAUSE_LINKS",
    "COLON_CONTINUATIONS",
    "COLON_SPEAKER_LINKS",
    "UNNAMED_GROUP_ENDINGS",
    "NEGATING_WORDS",
    "CONTEST_ENDINGS",
    "VOW_FORMS",
    "PROSECUTOR_ENDINGS",
    "INVESTIGATOR_NOUNS",
    "CIRCLE_NOUN_ENDINGS",
    "REPORT_ADVERBS",
    "REPORT_BACK_WORDS",
    "REPORT_OWNER_WORDS",
    "INTERVIEWER_LABELS",
    "ORG_ANAPHORS",
    "ORG_ANAPHOR_ENDINGS",
    "OFFICE_NOUNS",
    "MEMBER_ENDINGS",
    "AFFILIATE_ENDINGS",
    "SPOKESPERSON_ENDINGS",
    "ADVERB_ENDINGS",
]

# nouns after which an organisation is the outlet, not the speaker
# ("im Sender CNN", "der Nachrichtenagentur TASR")
MEDIA_NOUNS = frozenset(
    (
        "sender fernsehsender tv-sender rundfunksender radiosender zeitung "
        "tageszeitung nachrichtenagentur agentur interview kurznachrichtendienst "
        "magazin nachrichtenmagazin blatt "
        # websites that review or report ("schreibt die Seite Gamespot")
        "seite webseite website portal onlineportal blog onlinemagazin fachmagazin"
    ).split()
)

# words for a speaker the text does not name: with "ein", the state or the
# organisation in the phrase speaks ("ein US-Regierungsvertreter" -> USA); with
# "der", the person named before ("sagte der Minister")
SPEAKER_NOUNS = frozenset(line.strip() for _, line in data_lines("speaker_nouns.txt"))

# words and endings (abstract nouns) that never name who speaks ("nach Angaben vom
# Mittwoch"); weekdays and months are added where they are used
NON_ACTOR_WORDS = frozenset(
    line.strip()
    for _, line in data_lines("non_actor_words.txt")
    if not line.startswith("-")
)
NON_ACTOR_ENDINGS = tuple(
    line.strip()[1:]
    for _, line in data_lines("non_actor_words.txt")
    if line.startswith("-")
)

# nouns for speakers who do not speak for the state an adjective or prefix before
# them names ("italienische Medien", "britische Forscher", "das US-Unternehmen");
# a compound ending in one counts too ("Staatsfernsehen")
NON_STATE_SPEAKERS = tuple(
    sorted(
        (line.strip() for _, line in data_lines("non_state_speakers.txt")),
        key=len,
        reverse=True,
    )
)

# nouns for the other side of talks: who they are, the sentence's "mit X" says
# ("Vor dem Treffen mit Russland fordern die USA vom Gesprächspartner …")
PARTNER_NOUNS = frozenset(
    "gesprächspartner verhandlungspartner gegenüber gegenseite".split()
)

# endings of plural nouns after "beide(n)" that stand for the pair named before
# ("rief beide Seiten auf", "forderte beide Konfliktparteien", "beide Länder")
PAIR_NOUN_ENDINGS = (
    "seiten",
    "parteien",
    "länder",
    "staaten",
    "regierungen",
    "partner",
    "kontrahenten",
    "lager",
)

# penalties a prosecutor demands "für" the accused ("fordert für ihn 27 Jahre
# Haft"): the one named after "für" is the demand's target
PENALTY_WORDS = frozenset(
    """haft haftstrafe gefängnis gefängnisstrafe freiheitsstrafe strafe geldstrafe
    todesstrafe bewährungsstrafe höchststrafe jugendstrafe lebenslang lebenslange
    haftjahre gefängnisjahre strafmaß freispruch""".split()
)

# words that open a reported clause after a verb of saying ("sagte, dass …")
REPORTED_CLAUSE_OPENERS = frozenset(
    "dass ob wie wonach warum weshalb wieso weswegen".split()
)

# nouns for an unnamed speaker and the institution they name ("berichtete die
# Exekutive": the police, as Austrian news call it)
LABEL_SYNONYMS = {"exekutive": "Polizei"}

# adverbs that make "gesagt" an idiom, no verb of saying ("genauer gesagt")
NOT_SAYING_ADVERBS = frozenset("genauer anders ehrlich kurz offen gelinde".split())

# the question a statement answers ("Auf die Frage, ob …, erwiderte X, …"):
# the clause with it frames the quote, it is none
QUESTION_NOUNS = frozenset("frage anfrage nachfrage".split())

# endings of the noun of a public body that speaks as a source without a name
# ("Laut Entschärfungsdienst", "dem Landeskriminalamt zufolge"); a document
# ("laut Verfassung", "der Statistik zufolge") has none of them
BODY_ENDINGS = (
    "dienst",
    "amt",
    "behörde",
    "polizei",
    "ministerium",
    "kommission",
    "staatsanwaltschaft",
    "gericht",
    "gerichtshof",
    "armee",
    "militär",
    "feuerwehr",
    "rettung",
    "verband",
    "gewerkschaft",
    "kammer",
    "institut",
    "agentur",
    "kommando",
    "wache",
    "wacht",
    "zentrale",
    "inspektion",
    "direktion",
)

# a sentence that names the source of the one before it: "Das geht aus einer
# Erhebung des Bundeskriminalamts hervor", "Diese Angabe kommt aus dem
# Innenministerium" -- (finite verbs, particle closing the clause or "")
SOURCE_SENTENCE_VERBS = (
    (frozenset("geht gehen ging gingen".split()), "hervor"),
    (frozenset("kommt kommen kam kamen stammt stammen stammte stammten".split()), ""),
)

#: verbs of a sentence "Das zeigt eine Studie des X" that makes the sentence
#: before it X's finding (not "Das zeigt sich …")
SOURCE_SHOWING_VERBS = frozenset(
    "zeigt zeigen zeigte zeigten belegt belegen belegte belegten".split()
)
#: "Zu diesem Schluss kommt X", "Zu dem Ergebnis kamen die Forscher um X": the
#: sentence before is X's conclusion
CONCLUSION_NOUNS = frozenset("schluss ergebnis befund".split())
CONCLUSION_VERBS = frozenset("kommt kommen kam kamen gelangt gelangen gelangte".split())

# nouns after a state's adjective that still name the state as an actor ("die
# russische Führung", "die ukrainische Seite", the state as a power: "die
# britische Besatzungsmacht"); after any other noun the phrase is a group of its
# own ("die syrische Opposition": not Syrien)
STATE_NOUNS = frozenset(
    (
        "regierung führung staatsführung seite staat behörden staatsspitze "
        "besatzungsmacht kolonialmacht schutzmacht mandatsmacht"
    ).split()
)

# platforms a statement is posted on: the medium, never the speaker ("teilte die
# Organisation auf Twitter mit")
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram".split())

# endings of nouns for a page or account a statement is posted on ("auf Straches
# Facebook-Seite", "auf dem Twitter-Account der Partei"): the page and its owner
# after "auf" are where it is said, not who says it when the clause names another
PAGE_NOUN_ENDINGS = (
    "seite",
    "account",
    "konto",
    "profil",
    "kanal",
    "blog",
    "homepage",
    "website",
    "webseite",
)

# words before an outlet besides MEDIA_NOUNS ("laut RIA", "gegenüber TASR")
OUTLET_CUES = frozenset({"laut", "gegenüber"})

# lower-case words inside a source after "laut" / "nach Angaben"
# ("nach Angaben der Beobachtungsstelle für Menschenrechte")
SOURCE_PHRASE_WORDS = frozenset(
    "des der eines einer aus von vom für den dem und im in".split()
)

# capitalised words at the head of a reporting clause that name no speaker
NOT_SPEAKER_WORDS = frozenset(
    (
        "es man wie so demnach zudem jedoch aber auch dann montag dienstag "
        "mittwoch donnerstag freitag samstag sonntag antwort ich wir er sie "
        # sentence adverbs before a verb of saying ("Gleichzeitig führte er aus")
        "gleichzeitig zugleich außerdem dabei damals danach später zuletzt "
        "inzwischen bisher allerdings dennoch deshalb daher dazu zuvor erst "
        # times of day after "heute", "gestern" ("heute Morgen sagte die Polizei")
        "morgen vormittag mittag nachmittag abend nacht"
    ).split()
)

# nouns after "nach" that attribute the clause to a source ("nach Angaben der Polizei",
# "nach Informationen des Senders", "nach eigenen Angaben", "nach einem Bericht von X");
# as the end of a compound too ("nach Pentagon-Angaben", "nach Militärangaben")
ATTRIBUTION_NOUNS = frozenset(
    (
        "angaben informationen erkenntnissen einschätzung darstellung bericht "
        "berichten worten aussagen ansicht meinung schätzungen "
        # "nach Auffassung der Richterin", "nach Auskunft der Polizei", "nach
        # Recherchen des Senders", "nach Aussage eines Zeugen"
        "auffassung überzeugung recherchen auskunft auskünften aussage "
        "zahlen daten berechnungen"
    ).split()
)

# attribution nouns for data, a source only with the body named ("nach Zahlen
# des Branchenverbands X"; not "nach Zahlen", nor a compound: "nach
# Verkaufszahlen")
DATA_ATTRIBUTION_NOUNS = frozenset({"zahlen", "daten", "berechnungen"})

# words that end in an attribution noun but are none ("nach Antworten suchen")
NOT_ATTRIBUTION_COMPOUNDS = frozenset({"antworten"})

#: the first part of a compound of an attribution noun that names nobody
#: ("laut Medieninformationen", "nach Presseangaben")
UNNAMED_SOURCE_PREFIXES = frozenset("medien presse zeitungs insider".split())

# unnamed sources before "zufolge" that still make the clause a report
# ("Beobachtern zufolge", "dem Bericht vom Donnerstag zufolge"); data are not
# sources ("Der Statistik zufolge")
UNNAMED_SOURCE_NOUNS = frozenset(
    (
        "bericht berichten medienberichten beobachtern experten mitteilung angaben "
        "informationen erklärung kreisen diplomaten insidern ankündigungen "
        "aussagen äußerungen "
        # unnamed groups ("Forschern zufolge", "Vielen Wissenschaftlern zufolge")
        "forschern wissenschaftlern fachleuten analysten kritikern augenzeugen "
        "zeugen"
    ).split()
)

# nouns of a group of researchers, folded by :func:`group_noun` ("Forschern" ->
# "forscher", "Biologen" -> "biolog"): "die Forscher" after "Biologen um X" are
# X's group; another noun counts when it is the one the group was named by
RESEARCH_GROUP_NOUNS = frozenset(
    (
        "forscher forscherinn forscherteam wissenschafter wissenschaftler team "
        "autor autorinn studienautor biolog astronom anthropolog archäolog "
        "paläontolog psycholog mediziner physiker chemiker geolog ökolog "
        "zoolog genetiker ökonom soziolog historiker linguist kolleg"
    ).split()
)


def group_noun(word: str) -> str:
    """``word`` folded for :data:`RESEARCH_GROUP_NOUNS`: lower case, without a
    final "n" and then "e" ("Forschern" -> "forscher", "Biologen" -> "biolog")."""
    w = word.lower()
    w = w[:-1] if w.endswith("n") else w
    return w[:-1] if w.endswith("e") else w


# endings of nouns for the place a body serves, after its name in the genitive
# ("des Kinderkrankenhauses der Ostküstenstadt", "die Polizei des Bezirks")
PLACE_NOUN_ENDINGS = (
    "stadt",
    "städte",
    "land",
    "landes",
    "region",
    "gemeinde",
    "bezirk",
    "bezirks",
    "bezirkes",
    "provinz",
    "kanton",
    "kantons",
)

# nouns of what someone said, before the genitive of who said it ("…, so der
# Vorwurf der Staatsanwaltschaft"; "Der Vorwurf Sardanas: …")
SAYING_NOUNS = frozenset(
    (
        "vorwurf vorwürfe ansicht meinung einschätzung darstellung tenor fazit "
        "urteil kritik forderung argument argumentation aussage begründung "
        "erklärung antwort reaktion position auffassung schlussfolgerung"
    ).split()
)

# what a medium cites "unter Berufung auf" when it is no speaker but a text or
# unnamed people: the medium itself speaks ("berichtete der Guardian unter
# Berufung auf Dokumente der Kanzlei", "unter Berufung auf vertraute Banker")
CITED_DOCUMENT_NOUNS = frozenset(
    (
        "dokumente dokument unterlagen papiere papier akten bericht berichte "
        "quellen kreise kreisen informationen insider daten studie umfrage "
        "mit gut informierte informierten vertraute vertrauten eingeweihte "
        "entwurf entwürfe ankündigung schreiben brief briefe memo vorlage "
        "gutachten protokoll protokolle analyse schätzung schätzungen"
    ).split()
)

# a body's own text that speaks for it when cited without the body ("laut
# Jahresbericht", "heißt es in der Aussendung", "dem Bericht zufolge"), also as
# the end of a compound ("RH-Bericht", "Presseaussendung")
BODY_DOCUMENT_ENDINGS = (
    "bericht",
    "berichts",
    "berichtes",
    "studie",
    "erhebung",
    "aussendung",
    "mitteilung",
    "stellungnahme",
    "anklage",
    "anklageschrift",
    "gutachten",
    "schreiben",
    "ansuchen",
    "klagsschrift",
    "klageschrift",
)

# the verbs that file a text the article cites later without its author ("X hat
# Y auf Schadenersatz geklagt. … heißt es in der Klagsschrift"): a document's
# ending and the verb forms whose subject wrote it
_CLAIM_VERBS = frozenset(
    "klagt klagte klagten geklagt verklagt verklagte verklagten eingeklagt".split()
)
DOCUMENT_FILING_VERBS = {"klagsschrift": _CLAIM_VERBS, "klageschrift": _CLAIM_VERBS}

# prepositions after which a state is a place or a target, never who speaks
# ("wollte zurück nach Xland, aber man habe ihm gesagt"); not "von" (the agent
# of a passive: "wurde von Xland bestätigt")
PLACE_PREPOSITIONS = frozenset(
    "nach in im ins aus bei über durch gegen für zu zwischen".split()
)

# the noun of an organisation that speaks for its country ("die ungarische
# Regierung" -> Ungarn, as the annotation rules of bench/quote_gold.md have it)
GOVERNMENT_NOUNS = frozenset({"regierung", "bundesregierung", "staatsregierung"})

# words that open the subordinate clause whose Konjunktiv reports the subject
# of the main clause ("Der Minister zeigte sich zuversichtlich, dass es eine
# Lösung geben könne", "Die Kommission klagte, weil das Land gegen Vorgaben
# verstoße")
SUBJECT_CLAUSE_OPENERS = frozenset("dass ob weil da wonach".split())

# words in the first clause of a quote before its reporting clause that tie it to
# the sentence before, which is then the speaker's too ("Es steht zwar jedem frei,
# … Im Konfliktfall halten wir jedoch wenig davon, sagt er."; "… Doch diese
# Annahme ist ein Trugschluss, warnte X."): opening the quote, or among its first
# words (:data:`LINKING_ADVERBS`)
LINKING_OPENERS = frozenset(
    "und aber doch denn daher deshalb deswegen darum trotzdem dennoch sonst".split()
    + "diese dieser dieses diesen".split()
)
#: conjunctions before a fronted "wie X mitteilte, …" that still open the
#: sentence with it ("Denn wie X auf Twitter verkündete, stiegen …")
WIE_CLAUSE_LINKS = frozenset("und aber doch denn".split())
LINKING_ADVERBS = frozenset(
    "jedoch daher deshalb deswegen darum trotzdem dennoch allerdings".split()
)

#: words that, alone before a colon, open a sentence going on with the quote before
#: it ("…, so Huber. Und: Die Zeitungen müssen frei bleiben.")
COLON_CONTINUATIONS = frozenset("und aber außerdem zudem auch überdies".split())

#: the only lower-case words that may stand between a name and the colon after it
#: when the name speaks what follows ("A und B: …", "Mitterlehner am Donnerstag:
#: …"); any other ("Iñárritu gelang das dann nicht: …", "Holmes wurde 165 Mal
#: angeklagt: …") makes the colon the narrator's
COLON_SPEAKER_LINKS = frozenset("und am im".split())

# endings of plural nouns of unnamed people ("Kritiker werfen X vor", "Viele
# Ökonomen warnen"): a clause opening with one has no source kg knows, as the
# annotation rules of bench/quote_gold.md leave them out; compounds included
# ("Umweltschützer", "Menschenrechtsaktivisten")
UNNAMED_GROUP_ENDINGS = tuple(
    (
        "kritiker experten beobachter aktivisten analysten demonstranten ökonomen "
        "forscher wissenschaftler fachleute insider diplomaten anwohner bewohner "
        "einwohner menschenrechtler gegner befürworter ärzte juristen schützer "
        "politiker abgeordnete bürger eltern anleger investoren nutzer kunden "
        "unterstützer anhänger kommentatoren"
    ).split()
)

# endings of plural nouns of people who are no part of the organisation named
# after them in the genitive ("Großaktionäre der Bank X fordern", "Kunden von X
# verlangen", "Kritiker der Regierung"): the organisation is not the subject;
# its members ("Abgeordnete der SPD", "Mitarbeiter") are left out on purpose
OUTSIDER_ENDINGS = tuple(
    (
        "aktionäre anteilseigner gläubiger anleger investoren kunden nutzer "
        "kritiker gegner anwohner mieter fans"
    ).split()
)

# what "fordern" claims when it counts lives, no demand ("Der Streit fordert
# seine Opfer", "Das Beben forderte 20 Todesopfer", "forderte viele Tote")
LIVES_CLAIMED = frozenset(
    (
        "opfer todesopfer menschenopfer tote toten menschenleben "
        "verletzte verletzten tribut"
    ).split()
)

# words that deny the verb of their clause ("will dem Gesetz auf keinen Fall
# zustimmen", "warne keineswegs vor …"): the act is not done; "nicht nur",
# "nicht zuletzt" deny nothing (kg.lang.de.meetings.NOT_DENIALS)
NEGATING_WORDS = frozenset("nicht keineswegs keinesfalls niemals nie".split())

# Konjunktiv II of "werden" before an infinitive: what someone would do, not
# what they did ("Die Partei würde den Antrag ablehnen, wenn …"); and the
# conjunctions opening a condition ("falls die Partei den Antrag ablehnt")
HYPOTHETICAL_AUXILIARIES = frozenset("würde würden würdest".split())

# endings of the nouns of an organisation's governing organ, which acts for it
# ("der Aufsichtsrat von X", "die Vorstände von X und Y", "die Führung von X")
ORGAN_NOUN_ENDINGS = (
    "aufsichtsrat",
    "aufsichtsräte",
    "vorstand",
    "vorstände",
    "verwaltungsrat",
    "verwaltungsräte",
    "geschäftsführung",
    "konzernführung",
    "konzernspitze",
    "unternehmensführung",
    "unternehmensleitung",
)

# nouns of what one proposes, plans or says, whose author a genitive names
# ("Merkels Vorschlag", "Brunners Wunsch"), besides the claims of
# kg.lang.de.bodies.CLAIM_NOUNS; compounds end in them ("Gesetzentwurf")
PROPOSAL_NOUNS = frozenset(
    (
        "plan pläne wunsch wünsche idee ideen antrag anträge entwurf entwürfe "
        "konzept konzepte vorhaben absicht absichten ankündigung äußerung "
        "äußerungen aussage aussagen angaben bericht berichte reform reformen "
        "politik kurs initiative beschluss entscheidung"
    ).split()
)
CONDITIONAL_CONJUNCTIONS = frozenset("falls sofern wenn".split())

# endings of the contests one "bestreitet" (takes part in: "hat kein Spiel mehr
# bestritten", "bestreitet vier Turniere", "den Wahlkampf bestreiten") and of
# "den Lebensunterhalt bestreiten": no denial
CONTEST_ENDINGS = tuple(
    (
        "spiel spiele spiels spielen partie partien match matches wettkampf "
        "wettkämpfe wettkampfs rennen turnier turniere turniers saison finale "
        "finalspiel duell duelle kampf kämpfe einsatz einsätze runde runden "
        "lebensunterhalt auftritt auftritte finali finals"
    ).split()
)

# the finite forms of "geloben" (to vow) that are forms of "loben" too: "Bei
# seiner Angelobung gelobt der Präsident Treue", "gelobte Besserung"; with an
# auxiliary in the clause they are the participle of "loben" ("hat X gelobt")
VOW_FORMS = frozenset({"gelobt", "gelobte", "gelobten"})

# endings of the nouns of a prosecuting body: the agent of a passive accusation
# without one ("Den Männern wird Betrug vorgeworfen" after the prosecution's
# charges)
PROSECUTOR_ENDINGS = (
    "staatsanwaltschaft",
    "kriminalamt",
    "anklagebehörde",
    "ermittlungsbehörde",
)

# "die Ermittler" speak for the investigating body the article named before
# (:data:`PROSECUTOR_ENDINGS` or the police): "stellten die Ermittler fest"
# after "die römische Staatsanwaltschaft" -> the Staatsanwaltschaft
INVESTIGATOR_NOUNS = frozenset({"ermittler", "ermittlern", "fahnder", "fahndern"})

# endings of the nouns of a circle around a person ("die Staatsführung um
# Präsident X", "die Gruppe um X"): the person stands for the circle
CIRCLE_NOUN_ENDINGS = (
    "führung",
    "regierung",
    "gruppe",
    "lager",
    "kreis",
    "team",
    "clan",
    "umfeld",
    "koalition",
)

# adverbs that go on reporting the source just quoted ("Die Zahl stieg demnach …")
REPORT_ADVERBS = frozenset({"demnach"})

# the words before an attribution noun that point back to the report just
# quoted ("den Angaben zufolge", "nach diesen Informationen")
REPORT_BACK_WORDS = frozenset({"den", "diesen"})

# words after "nach den Angaben" that name whose they are ("nach den Angaben
# der Polizei"): no pointing back
REPORT_OWNER_WORDS = frozenset({"des", "der", "von", "vom", "eines", "einer"})

# the interviewer's label in a transcript ("STANDARD: Warum …? Saakaschwili: …"):
# the other labels are the interviewee's answers
INTERVIEWER_LABELS = frozenset({"STANDARD", "Standard", "Frage"})

# nouns by which a text refers back to an organisation it has named ("Wie die
# Organisation mitteilte", "teilten die Menschenrechtler mit")
ORG_ANAPHORS = frozenset(
    (
        "organisation menschenrechtler beobachtungsstelle gruppe gruppierung "
        "behörde miliz konzern unternehmen firma hersteller partei"
    ).split()
)

# nouns for the management of a firm, which stands for the firm named before
# ("Die Gewerkschaft verhandelt mit der Konzernführung", "teilte die
# Geschäftsführung mit"): lower case, singular
FIRM_LEADERSHIP_NOUNS = frozenset(
    (
        "konzernführung konzernleitung konzernspitze unternehmensführung "
        "unternehmensleitung unternehmensspitze geschäftsführung geschäftsleitung"
    ).split()
)

# endings of compounds of ORG_ANAPHORS and of words for a big firm that refer
# back the same way ("der Autokonzern", "Der Online-Riese lehnt … ab", "der
# Süßwarengigant"); the plain words are in ORG_ANAPHORS or no firm ("Riese")
ORG_ANAPHOR_ENDINGS = ("konzern", "riese", "gigant")

# nouns for the office of a person, which speaks for them ("Netanyahus Büro
# teilte mit", "aus dem Umfeld von X")
OFFICE_NOUNS = frozenset({"büro", "umfeld"})

# endings of a word for a spokesperson: the rest names whom they speak for
# ("Kommissionssprecherin" -> the Commission, "Clinton-Sprecher" -> Clinton)
# endings of a word for one member of a body ("Feuerwehrmann", "Polizeibeamtin",
# "Polizeichefin"): unnamed, the member speaks for the body (:data:`BODY_ENDINGS`)
MEMBER_ENDINGS = ("mann", "frau", "beamter", "beamtin", "beamte", "chefin", "chef")

# endings of a hyphened word for someone speaking for an organisation named
# before the hyphen ("ein BND-Mitarbeiter", "ÖVP-Politiker", "ein
# UN-Vertreter"): the organisation speaks; singular and plural
AFFILIATE_ENDINGS = (
    "mitarbeiter",
    "mitarbeiterin",
    "mitarbeitern",
    "vertreter",
    "vertreterin",
    "vertretern",
    "politiker",
    "politikerin",
    "politikern",
)

SPOKESPERSON_ENDINGS = ("sprecherin", "sprecher")

# endings of adjectives and adverbs: a capitalised word with one that opens the
# sentence before a verb of saying is no name ("Rechtlich argumentiert der
# Hersteller", "Schließlich erklärte sie")
ADVERB_ENDINGS = ("lich", "ig", "isch", "weise", "bar", "sam", "haft", "los")
