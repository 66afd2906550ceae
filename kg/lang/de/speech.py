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
from kg.lang.de.speech_sources import (  # re-exported
    ADVERB_ENDINGS,
    AFFILIATE_ENDINGS,
    ATTRIBUTION_NOUNS,
    BODY_DOCUMENT_ENDINGS,
    BODY_ENDINGS,
    CIRCLE_NOUN_ENDINGS,
    CITED_DOCUMENT_NOUNS,
    COLON_CONTINUATIONS,
    COLON_SPEAKER_LINKS,
    CONCLUSION_NOUNS,
    CONCLUSION_VERBS,
    CONDITIONAL_CONJUNCTIONS,
    CONTEST_ENDINGS,
    DATA_ATTRIBUTION_NOUNS,
    GOVERNMENT_NOUNS,
    HYPOTHETICAL_AUXILIARIES,
    INTERVIEWER_LABELS,
    INVESTIGATOR_NOUNS,
    LABEL_SYNONYMS,
    LINKING_ADVERBS,
    LINKING_OPENERS,
    MEDIA_NOUNS,
    MEMBER_ENDINGS,
    NEGATING_WORDS,
    NON_ACTOR_ENDINGS,
    NON_ACTOR_WORDS,
    NON_STATE_SPEAKERS,
    NOT_ATTRIBUTION_COMPOUNDS,
    NOT_SAYING_ADVERBS,
    NOT_SPEAKER_WORDS,
    OFFICE_NOUNS,
    ORG_ANAPHORS,
    ORGAN_NOUN_ENDINGS,
    OUTLET_CUES,
    PAIR_NOUN_ENDINGS,
    PARTNER_NOUNS,
    PENALTY_WORDS,
    PLACE_NOUN_ENDINGS,
    PLACE_PREPOSITIONS,
    PLATFORMS,
    PROPOSAL_NOUNS,
    PROSECUTOR_ENDINGS,
    QUESTION_NOUNS,
    REPORT_ADVERBS,
    REPORT_BACK_WORDS,
    REPORT_OWNER_WORDS,
    REPORTED_CLAUSE_OPENERS,
    RESEARCH_GROUP_NOUNS,
    SAYING_NOUNS,
    SOURCE_PHRASE_WORDS,
    SOURCE_SENTENCE_VERBS,
    SOURCE_SHOWING_VERBS,
    SPEAKER_NOUNS,
    SPOKESPERSON_ENDINGS,
    STATE_NOUNS,
    SUBJECT_CLAUSE_OPENERS,
    UNNAMED_GROUP_ENDINGS,
    UNNAMED_SOURCE_NOUNS,
    UNNAMED_SOURCE_PREFIXES,
    VOW_FORMS,
    group_noun,
)
from kg.lang.de.verbs import StrongParts, conjugate, strong_parts, verb_table

__all__ = [
    "NON_ACTOR_WORDS",
    "NON_ACTOR_ENDINGS",
    "NON_STATE_SPEAKERS",
    "COLON_CONTINUATIONS",
    "COLON_SPEAKER_LINKS",
    "MEMBER_ENDINGS",
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
    "ADJECTIVE_LIKE_FORMS",
    "OFFICE_NOUNS",
    "ORGAN_NOUN_ENDINGS",
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
    "PAIR_NOUN_ENDINGS",
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
    "HYPOTHETICAL_AUXILIARIES",
    "CONDITIONAL_CONJUNCTIONS",
    "CONTEST_ENDINGS",
    "VOW_FORMS",
    "PROSECUTOR_ENDINGS",
    "PROPOSAL_NOUNS",
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
#: parts of a strong verb or None
REPORTING_VERB_BASES = tuple(verb_table("reporting_verbs.tsv"))


@dataclass(frozen=True, slots=True)
class VerbForm:
    """One written form of a listed verb: its infinitive (with the particle),
    the separable particle the clause must also hold when the form is written
    without it ("teilte … mit"; "" if none or if joined), and whether it is a
    participle ("gesagt": the finite verb is an auxiliary before it)."""

    infinitive: str
    particle: str
    participle: bool


def _forms(
    infinitive: str, particle: str, parts: StrongParts | None
) -> dict[str, VerbForm]:
    """Every form of one verb, also the separated ones ("teilte" + "mit")."""
    bare = conjugate(infinitive, strong=parts)
    out: dict[str, VerbForm] = {}
    if " " in particle:
        # a phrase after the finite verb ("stellte … in Abrede"): its last word
        # must follow in the clause; no joined forms, no participle
        last = particle.split()[-1].lower()
        for f in (*bare.indicative()[:-1], bare.subjunctive):
            out[f] = VerbForm(f"{particle} {infinitive}", last, False)
        return out
    joined = conjugate(infinitive, particle=particle, strong=parts)
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
    >>> readings = {v.infinitive for v in reporting_verb_readings()["gab"]}
    >>> {"angeben", "bekanntgeben", "zu bedenken geben"} <= readings
    True
    """
    out: dict[str, tuple[VerbForm, ...]] = {}
    for inf, part, parts in REPORTING_VERB_BASES:
        for form, vf in _forms(inf, part, parts).items():
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
    for inf, part, parts in REPORTING_VERB_BASES:
        bare = conjugate(inf, strong=parts)
        out.update((*bare.indicative()[:-1], bare.subjunctive))
        if " " not in part:
            joined = conjugate(inf, particle=part, strong=parts)
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
    for inf, part, parts in REPORTING_VERB_BASES:
        for form, vf in _forms(inf, part, parts).items():
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

#: forms of verbs whose marked object is a term the narrator cites, not a
#: quote -> the words that link the object ("sprach von „ernsthaften
#: Fortschritten“", "bezeichnete den Plan als „Schritt in die richtige
#: Richtung“"); "" for a direct object ("nannte es „einen Fehler“")
NAMING_VERB_FORMS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        "spricht sprach sprachen sprechen gesprochen redet redete redeten "
        "reden geredet".split(),
        frozenset({"von", "vom"}),
    ),
    **dict.fromkeys(
        "bezeichnet bezeichnete bezeichneten bezeichnen beschreibt beschrieb "
        "beschrieben wertet wertete werteten gewertet".split(),
        frozenset({"als"}),
    ),
    **dict.fromkeys("nennt nannte nannten nennen genannt".split(), frozenset({""})),
}

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

# forms of a listed verb that are mostly another word ("meinen Posten"; "ist
# bekannt", "die bekannten Fakten"; "war auf dem Podest gestanden", of stehen)
NOT_VERB_FORMS = frozenset({"meinen", "meine", "bekannt", "bekannten", "gestanden"})

#: forms of a verb of saying that are also an adjective's: a verb only where no
#: article or adjective stands before it ("bekannte der Sieger", not "der
#: bekannte Autor")
ADJECTIVE_LIKE_FORMS = frozenset({"bekannte"})


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
    ['auffordern', 'einfordern', 'fordern']
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
        try:
            parts = strong_parts(strong)
        except ValueError as e:
            raise ValueError(f"kg/data/speech_acts.tsv line {n}: {e}") from None
        forms = _forms(inf, "" if part == "-" else part, parts)
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
        "gelinge bedürfe berge steige sinke wachse treffe "
        # more verbs in reports, Konjunktiv I where no "ich" speaks ("Zudem
        # biete man Hilfe an", "Wann, behalte sich die Türkei vor")
        "biete behalte richte verwerte funktioniere setze lege mache schaffe "
        "sorge kenne nenne laufe zahle koste liefere ändere erhalte "
        "enthalte zähle suche finde wirke leide leiste denke falle trete kläre "
        "prüfe leite erscheine scheine wende lebe "
        # Konjunktiv II with an umlaut, no simple past ("Aus dem Süden kämen
        # weitere Flüchtlinge", "Die Maßnahmen beträfen die Grenze"); not
        # "dürften", the narrator's guess ("dürften Vorläufer gewesen sein")
        "kämen beträfen beträfe stünden gäben nähmen nähme träfen träfe "
        "wüssten wüsste bräuchten bräuchte fänden fände sähen sähe täte täten "
        "ließe gälte zöge zögen hülfe"
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
            "eroberten nutzten "
            "kämen beträfen beträfe stünden gäben nähmen nähme träfen "
            "träfe wüssten wüsste bräuchten bräuchte fänden fände sähen sähe "
            "täte täten ließe gälte zöge zögen hülfe"
        ).split()
    )
)
