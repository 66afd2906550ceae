"""German words of reported speech: "sagte X", "laut X", "X zufolge".

Three lists, each tuned to its use and different today (one list for all would
change what kg extracts); they are kept side by side so that a change to one is
made knowing the others:

* :data:`SPEAKER_CUES`: words that make the person after them the one who said
  something, not a participant of the meeting the sentence reports ("sagte
  Lawrow", "laut Kreml", "Angaben zufolge");
* :data:`SAYING_AND_MEETING_VERBS_FOR_NAMES`: verbs after which an unknown word
  opening a sentence is a person ("Gunnlaugsson erklärte", "Cazeneuve traf");
* :data:`SAYING_VERBS_FOR_TIMES`: verbs of saying whose time expression dates
  the statement, not what is said ("Die Kundgebung Anfang Mai …, erklärte er am
  Montag");
* :func:`reporting_verbs`: every form of the verbs that introduce a quotation
  ("sagte", "teilte … mit", "hatte … gesagt"), generated from
  :data:`REPORTING_VERB_BASES` by :func:`kg.lang.de.verbs.conjugate`;
* :func:`speech_acts`: the verbs of verbal interaction between actors and their
  PLOVER-style type ("fordert … auf" -> DEMAND), read from
  ``kg/data/speech_acts.tsv``;
* :data:`SUBJUNCTIVE_FORMS`: finite verbs in Konjunktiv I or II that mark a
  sentence as reported speech ("Es sei schwierig …", "Dann werde man sehen …");
* :data:`MEDIA_NOUNS`, :data:`SPEAKER_NOUNS`: words before an outlet ("im
  Sender CNN") and words for a speaker the text does not name ("ein
  US-Regierungsvertreter", "der Minister").

Example
-------
>>> "zufolge" in SPEAKER_CUES, "erklärte" in SAYING_VERBS_FOR_TIMES
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.lang.de.lexicon import data_lines
from kg.lang.de.verbs import conjugate

__all__ = [
    "UNNAMED_SOURCE_PREFIXES",
    "IMPERSONAL_BELIEFS",
    "MODAL_BELIEFS",
    "SUBJUNCTIVE_MODALS",
    "SPOKEN_MARKERS",
    "NARRATION_WORDS",
    "ADVERB_ENDINGS",
    "ATTRIBUTION_NOUNS",
    "DATA_ATTRIBUTION_NOUNS",
    "AFFILIATE_ENDINGS",
    "BODY_ENDINGS",
    "BODY_DOCUMENT_ENDINGS",
    "CITED_DOCUMENT_NOUNS",
    "GOVERNMENT_NOUNS",
    "INTERACTION_TYPES",
    "INVESTIGATOR_NOUNS",
    "INTERVIEWER_LABELS",
    "LABEL_SYNONYMS",
    "LINKING_ADVERBS",
    "LINKING_OPENERS",
    "REPORT_ADVERBS",
    "REPORT_BACK_WORDS",
    "REPORT_OWNER_WORDS",
    "RESEARCH_GROUP_NOUNS",
    "UNNAMED_SOURCE_NOUNS",
    "MEDIA_NOUNS",
    "CLAUSE_VERBS",
    "HAVE_FORMS",
    "NEGATED_STATEMENTS",
    "NOT_ATTRIBUTION_COMPOUNDS",
    "NOT_SAYING_ADVERBS",
    "NOT_SPEAKER_WORDS",
    "NOT_VERB_FORMS",
    "OFFICE_NOUNS",
    "ORG_ANAPHORS",
    "PLACE_PREPOSITIONS",
    "PLACE_NOUN_ENDINGS",
    "OUTLET_CUES",
    "REPORTED_CLAUSE_OPENERS",
    "SOURCE_PHRASE_WORDS",
    "SOURCE_SENTENCE_VERBS",
    "SOURCE_SHOWING_VERBS",
    "CONCLUSION_NOUNS",
    "CONCLUSION_VERBS",
    "PARTNER_NOUNS",
    "PENALTY_WORDS",
    "PLATFORMS",
    "QUESTION_NOUNS",
    "REPORTING_VERB_BASES",
    "SAYING_AND_MEETING_VERBS_FOR_NAMES",
    "SAYING_NOUNS",
    "SAYING_VERBS_FOR_TIMES",
    "SPEAKER_CUES",
    "SPEAKER_NOUNS",
    "STATE_NOUNS",
    "SPOKESPERSON_ENDINGS",
    "SUBJUNCTIVE_FORMS",
    "SUBJUNCTIVE_I_FORMS",
    "SUBJECT_CLAUSE_OPENERS",
    "UNNAMED_GROUP_ENDINGS",
    "NEGATING_WORDS",
    "CONTEST_ENDINGS",
    "VOW_FORMS",
    "PROSECUTOR_ENDINGS",
    "CIRCLE_NOUN_ENDINGS",
    "SpeechAct",
    "VerbForm",
    "reporting_verb_readings",
    "group_noun",
    "looks_subjunctive",
    "reporting_verbs",
    "speech_acts",
]

# words that make the person after them the one who said something
SPEAKER_CUES = frozenset(
    {
        "sagte",
        "sagt",
        "laut",
        "erklärte",
        "betonte",
        "sagten",
        "meinte",
        "berichtete",
        "zufolge",
        "angaben",
    }
)

# verbs after which an unknown word opening the sentence is a person
SAYING_AND_MEETING_VERBS_FOR_NAMES = frozenset(
    {
        "sagte",
        "sagt",
        "erklärte",
        "betonte",
        "forderte",
        "warnte",
        "kritisierte",
        "kündigte",
        "sprach",
        "traf",
        "trifft",
        "empfing",
        "besuchte",
        "reiste",
        "telefonierte",
    }
)

# verbs of saying: in another clause they date the statement, not what is said
# ("Die Kundgebung Anfang Mai …, erklärte er am Montag")
SAYING_VERBS_FOR_TIMES = frozenset(
    (
        "sagte sagten erklärte erklärten teilte teilten berichtete berichteten "
        "meldete meldeten betonte betonten hieß schrieb schrieben bestätigte "
        "bestätigten ergänzte ergänzten versicherte versicherten fügte fügten sagt "
        "sagen erklärt heißt berichtet meldet teilt betont schreibt "
        # the forms closing a clause: "wie das Ministerium am Montag mitteilte"
        "mitteilte mitteilten ankündigte ankündigten kündigte kündigten bekanntgab "
        "bekanntgaben"
    ).split()
)


# --- quotations and verbal interactions (issue 17) ----------------------------------


#: verbs that introduce what someone said, from ``kg/data/reporting_verbs.tsv``:
#: infinitive without a separable particle, the particle or "", the principal
#: parts of a strong verb or ""
def _reporting_verb_bases() -> tuple[tuple[str, str, str], ...]:
    out = []
    for n, line in data_lines("reporting_verbs.tsv"):
        cols = line.split("\t")
        if len(cols) != 3:
            raise ValueError(
                f"kg/data/reporting_verbs.tsv line {n}: expected infinitive, "
                f"particle, strong forms; got {line!r}"
            )
        inf, part, strong = cols
        out.append(
            (
                inf,
                "" if part == "-" else part.replace("_", " "),
                "" if strong == "-" else strong,
            )
        )
    return tuple(out)


REPORTING_VERB_BASES: tuple[tuple[str, str, str], ...] = _reporting_verb_bases()


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One written form of a listed verb: its infinitive (with the particle),
    the separable particle the clause must also hold when the form is written
    without it ("teilte … mit"; "" if none or if joined), and whether it is a
    participle ("gesagt": the finite verb is an auxiliary before it)."""

    infinitive: str
    particle: str
    participle: bool


def _forms(infinitive: str, particle: str, strong: str) -> dict[str, VerbForm]:
    """Every form of one verb, also the separated ones ("teilte" + "mit")."""
    parts = tuple(strong.split("|")) if strong else None
    bare = conjugate(infinitive, strong=parts)  # type: ignore[arg-type]
    out: dict[str, VerbForm] = {}
    if " " in particle:
        # a phrase after the finite verb ("stellte … in Abrede"): its last word
        # must follow in the clause; no joined forms, no participle
        last = particle.split()[-1].lower()
        for f in (*bare.indicative()[:-1], bare.subjunctive):
            out[f] = VerbForm(f"{particle} {infinitive}", last, False)
        return out
    joined = conjugate(infinitive, particle=particle, strong=parts)  # type: ignore[arg-type]
    full = particle + infinitive
    for f in (*bare.indicative()[:-1], bare.subjunctive):
        # a separable verb's finite form stands alone in a main clause
        out[f] = VerbForm(full, particle, False)
    for f in (*joined.indicative()[:-1], joined.subjunctive):
        out.setdefault(f, VerbForm(full, "", False))
    out[joined.participle] = VerbForm(full, "", True)
    return out


@lru_cache(maxsize=1)
def reporting_verb_readings() -> dict[str, tuple[VerbForm, ...]]:
    """Lower-case form -> every :class:`VerbForm` it may be, where
    :func:`reporting_verbs` keeps the first: "gab" is "angeben" with "an"
    after it, "bekanntgeben" with "bekannt", "zu bedenken geben" with
    "bedenken".

    Example
    -------
    >>> sorted(v.infinitive for v in reporting_verb_readings()["gab"])
    ['angeben', 'bekanntgeben', 'zu bedenken geben']
    """
    out: dict[str, tuple[VerbForm, ...]] = {}
    for inf, part, strong in REPORTING_VERB_BASES:
        for form, vf in _forms(inf, part, strong).items():
            if form not in NOT_VERB_FORMS and vf not in out.get(form, ()):
                out[form] = (*out.get(form, ()), vf)
    return out


@lru_cache(maxsize=1)
def finite_reporting_forms() -> frozenset[str]:
    """Lower-case finite forms of the verbs of saying, participles that are
    finite forms too among them: "betont", "kritisiert", "bezweifelt" (the
    present of a verb with an inseparable prefix or in -ieren), which
    :func:`reporting_verbs` reads as the participle.

    Example
    -------
    >>> f = finite_reporting_forms()
    >>> "bezweifelt" in f, "gesagt" in f, "sagte" in f
    (True, False, True)
    """
    out: set[str] = set()
    for inf, part, strong in REPORTING_VERB_BASES:
        parts = tuple(strong.split("|")) if strong else None
        bare = conjugate(inf, strong=parts)  # type: ignore[arg-type]
        out.update((*bare.indicative()[:-1], bare.subjunctive))
        if " " not in part:
            joined = conjugate(inf, particle=part, strong=parts)  # type: ignore[arg-type]
            out.update((*joined.indicative()[:-1], joined.subjunctive))
    return frozenset(out) - NOT_VERB_FORMS


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, VerbForm]:
    """Lower-case form -> :class:`VerbForm` of every verb that introduces a
    quotation ("sagte", "teilte" needing "mit", "gesagt" a participle).

    Example
    -------
    >>> v = reporting_verbs()
    >>> v["sagte"].infinitive, v["teilte"].particle, v["gesagt"].participle
    ('sagen', 'mit', True)
    """
    out: dict[str, VerbForm] = {}
    for inf, part, strong in REPORTING_VERB_BASES:
        for form, vf in _forms(inf, part, strong).items():
            if form not in NOT_VERB_FORMS:
                out.setdefault(form, vf)
    return out


#: verbs of saying that report only a clause opened by "dass" or "ob" in their
#: sentence ("hofft, dass …", "schloss nicht aus, dass …"; not "hofft auf …",
#: "schloss aus, X zu verklagen"; "geht davon aus, dass …", "rechnet damit, dass …",
#: "nehmen an, dass …", not "geht aus dem Haus", "rechnet mit Verlusten")
CLAUSE_VERBS = frozenset(
    {
        "hoffen",
        "ausschließen",
        "veröffentlichen",
        "aussprechen",
        "ausgehen",
        "hervorgehen",
        "rechnen",
        "beschweren",
        "annehmen",
    }
)

#: words that tell narration about someone from a speaker's own words in a
#: sentence after a quote ("Er ist seit 2010 im Amt.", "Seine Partei liegt vorn.",
#: "Die Wahl soll im Mai stattfinden.")
NARRATION_WORDS = frozenset(
    "er sie ihm ihn soll sollen sein seine seinen seinem seiner seines "
    "ihre ihren ihrem ihrer ihres".split()
)

#: words that mark a speaker's own voice in an indicative sentence after a
#: quote: "müssen", a negation by "kein"/"nie", a particle of emphasis ("Die
#: Taten müssen verfolgt werden.", "Es gibt kein geheimes Papier.", "Veränderung
#: ist eben unbequem."); news narration rarely has them ("Die Teststrecken sind
#: Teil des Pakets."); not "nicht", "kann", "darf", "ja" ("Die Organisation darf
#: seit Jahren …", "Die Kennzahlen werden nicht veröffentlicht.")
SPOKEN_MARKERS = frozenset(
    "muss müssen kein keine keinen keinem keiner keines nie niemals nichts "
    "eben natürlich absolut wirklich halt schlicht hier".split()
)

#: verbs of belief that report nobody with "man" as their subject ("Bisher ging
#: man davon aus, dass …", "hatte man angenommen, dass …": common opinion), nor
#: under a modal ("Daher müsse man auch damit rechnen, dass …": the content of
#: a report, not its attribution; "Im Ministerium rechnet man damit, dass …"
#: is the ministry's)
IMPERSONAL_BELIEFS = frozenset({"ausgehen", "annehmen"})
MODAL_BELIEFS = frozenset({"ausgehen", "annehmen", "rechnen"})
#: Konjunktiv forms of the modals, with :data:`kg.lang.de.grammar.MODALS`
SUBJUNCTIVE_MODALS = frozenset(
    "müsse müsste müssten könne könnte könnten dürfe".split()
)

#: forms of "haben" before a participle of :data:`CLAUSE_VERBS` ("hat sich dafür
#: ausgesprochen, dass …"; "ist ausgeschlossen, dass …" states, nobody speaks)
HAVE_FORMS = frozenset("hat haben hatte hatten habe hätte hätten".split())

#: finite auxiliaries after a participle that opens its sentence ("Hervorgehoben
#: hat er, dass …", "Betont wurde, dass …")
FRONTED_AUXILIARIES = HAVE_FORMS | frozenset("wurde wurden wird werden".split())


def fronted_participle(lowers: list[str], i: int, start: int) -> bool:
    """The word ``i`` (lower case in ``lowers``) is a participle of a verb of
    saying that opens the sentence starting at ``start``, its auxiliary right
    after it: "Hervorgehoben hat er im Gespräch, dass …", "Betont wurde, dass …".
    Capitalised there, it is a verb all the same."""
    return (
        i == start
        and i + 1 < len(lowers)
        and lowers[i + 1] in FRONTED_AUXILIARIES
        and any(vf.participle for vf in reporting_verb_readings().get(lowers[i], ()))
    )


#: verbs of saying whose negation still states something: "schloss nicht aus,
#: dass …" says that it may be so
NEGATED_STATEMENTS = frozenset({"ausschließen"})

# forms of a listed verb that are mostly another word ("meinen Posten")
NOT_VERB_FORMS = frozenset({"meinen", "meine"})


#: the PLOVER-style types of :func:`speech_acts`, in the order of the data file
INTERACTION_TYPES = (
    "DEMAND",
    "ACCUSE",
    "THREATEN",
    "REJECT",
    "DENY",
    "APPEAL",
    "WARN",
    "PRAISE",
    "AGREE",
)


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """A form of a verb of verbal interaction and its type ("DEMAND")."""

    type: str
    form: VerbForm


@lru_cache(maxsize=1)
def speech_acts() -> dict[str, tuple[SpeechAct, ...]]:
    """Lower-case form -> the :class:`SpeechAct` s it may be, from
    ``kg/data/speech_acts.tsv``: "fordert" is "fordern", or "auffordern" when the
    clause ends in "auf".

    Example
    -------
    >>> a = speech_acts()["aufgefordert"][0]
    >>> a.type, a.form.infinitive, a.form.participle
    ('DEMAND', 'auffordern', True)
    >>> sorted(a.form.infinitive for a in speech_acts()["fordert"])
    ['auffordern', 'fordern']
    """
    out: dict[str, tuple[SpeechAct, ...]] = {}
    for n, line in data_lines("speech_acts.tsv"):
        cols = line.split("\t")
        if len(cols) != 4 or cols[1] not in INTERACTION_TYPES:
            raise ValueError(
                f"kg/data/speech_acts.tsv line {n}: expected infinitive, one of "
                f"{', '.join(INTERACTION_TYPES)}, particle, strong forms; got {line!r}"
            )
        inf, kind, part, strong = cols
        forms = _forms(
            inf, "" if part == "-" else part, "" if strong == "-" else strong
        )
        for form, vf in forms.items():
            out[form] = (*out.get(form, ()), SpeechAct(kind, vf))
    return out


# finite verbs in Konjunktiv I or II: a sentence with one, after a quotation,
# goes on reporting the same speaker ("Dann werde man sehen, ob …")
SUBJUNCTIVE_FORMS = frozenset(
    (
        "sei seien seiest habe hätte hätten werde würde würden wäre wären könne "
        "könnte könnten müsse müsste müssten solle wolle dürfe dürfte gebe gäbe "
        "gelte stehe stünde liege läge lägen gehe ginge komme käme bleibe wisse sehe "
        "trage trügen nehme helfe brauche bedeute befinde verstoße hoffe handle "
        "fehle zeige lasse halte heiße stamme gehöre führe arbeite plane erwarte "
        "wünsche unterstütze spiele folge diene drohe fordere lehne sitze "
        "unternähmen erlangten eroberten nutzten "
        # frequent Konjunktiv I of the third person in reports
        "bestehe betrage ergebe erfolge entspreche verfüge stimme entstehe "
        "gelinge bedürfe berge steige sinke wachse treffe"
    ).split()
)

# words in "-e" that are no Konjunktiv I: determiners, pronouns, adverbs and
# predicative adjectives (:func:`looks_subjunctive`)
NOT_SUBJUNCTIVE_E = frozenset(
    (
        "eine keine deine meine seine ihre unsere eure jene diese welche solche "
        "manche alle beide viele wenige einige andere weitere mehrere jede ganze "
        "halbe erste letzte nächste sowie ohne gerne lange heute alleine bitte "
        "danke gerade schade online müde leise böse nahe rege irre öde träge "
        "feige trübe weise zuliebe hierzulande gestrige heutige obere untere "
        "große kleine neue kurze zufolge infolge mittlerweile wurde like were "
        "live love close"
    ).split()
)
# endings of words in "-e" that are no Konjunktiv I: a simple past ("sagte"),
# a present participle ("blühende"), an adverb ("teilweise"), "-ie" ("Linie")
_NOT_SUBJUNCTIVE_ENDINGS = (
    "te",
    "ende",
    "weise",
    "ie",
    # adjectives ("tägliche", "politische", "nationale", "massive")
    "liche",
    "ische",
    "ale",
    "ive",
)
# words after an adjective in a row of them ("nationale und internationale
# Verbände", "tägliche, harte Arbeit"), not after a finite verb
_AFTER_ADJECTIVES = frozenset({",", "und", "oder", "sowie", "bzw"})
# words before an attributive adjective or a noun in "-e", never before a
# finite verb ("eine frühere Zählung", "durch dem starken"); "die", "der", "das"
# are also subjects ("Das hänge davon ab"), their adjective stands before a noun
_BEFORE_NOUNS = frozenset(
    "den dem des ein eine einer eines einem einen sein seine ihr ihre unser "
    "unsere zu zur zum im am vom ins beim".split()
)


def looks_subjunctive(word: str, before: str, after: str) -> bool:
    """``word`` (lower case, between the words ``before`` and ``after`` as
    written) reads as a Konjunktiv I of the third person singular, which ends in
    "-e" where the indicative ends in "-t" ("Das hänge davon ab", "Außerdem
    funktioniere die Kontrolle"): not a word of :data:`NOT_SUBJUNCTIVE_E`
    ("wurde", "teilweise"), not "-te" (a simple past: "sagte", "hatte"), "-ende"
    or "-weise", not after an article or a
    preposition and not before a capitalised noun (an adjective: "die frühere
    Zählung", "vertikale Pupillen")."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.endswith("e")
        and not word.endswith(_NOT_SUBJUNCTIVE_ENDINGS)
        and word not in NOT_SUBJUNCTIVE_E
        and before.lower() not in _BEFORE_NOUNS
        and after.lower() not in _AFTER_ADJECTIVES
        and not (after[:1].isupper() and after.lower() not in ("die", "der", "das"))
    )


# the forms of SUBJUNCTIVE_FORMS in Konjunktiv I, which narration does not use
# ("hätte", "würde", "wäre" also say what would be)
SUBJUNCTIVE_I_FORMS = frozenset(
    f
    for f in SUBJUNCTIVE_FORMS
    if f
    not in set(
        (
            "hätte hätten würde würden wäre wären könnte könnten müsste müssten "
            "dürfte gäbe stünde läge lägen ginge käme trügen unternähmen erlangten "
            "eroberten nutzten"
        ).split()
    )
)

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
# russische Führung", "die ukrainische Seite"); after any other noun the phrase
# is a group of its own ("die syrische Opposition": not Syrien)
STATE_NOUNS = frozenset(
    "regierung führung staatsführung seite staat behörden staatsspitze".split()
)

# platforms a statement is posted on: the medium, never the speaker ("teilte die
# Organisation auf Twitter mit")
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram".split())

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
        "mit gut informierte informierten vertraute vertrauten eingeweihte"
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
)

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

# words that deny the verb of their clause ("will dem Gesetz auf keinen Fall
# zustimmen", "warne keineswegs vor …"): the act is not done; "nicht nur",
# "nicht zuletzt" deny nothing (kg.lang.de.meetings.NOT_DENIALS)
NEGATING_WORDS = frozenset("nicht keineswegs keinesfalls niemals nie".split())

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
