"""German function words and adjective endings the extraction rules read.

Example
-------
>>> adjective_stem("stellvertretenden")
'stellvertretend'
"""

from __future__ import annotations

from kg.lang.de.verbs import conjugate

__all__ = [
    "AGENT_PREPOSITIONS",
    "VON_SYNONYMS",
    "NOT_FIRST_PERSON_AFTER",
    "CLAUSE_ADVERBS",
    "OPENERS_AFTER_NUMBER",
    "ACCUSATIVE_PREPOSITIONS",
    "ACCUSATIVE_VERB_FORMS",
    "ADJ_ENDINGS",
    "ARTICLES",
    "CLAUSE_OPENERS",
    "DETERMINERS",
    "FRONTED_SUBORDINATORS",
    "SINGULAR_BEFORE_EN",
    "AUXILIARIES",
    "FEMININE_PERSON_NOUNS",
    "FIRST_PERSON",
    "FIRST_PERSON_WORDS",
    "MASCULINE_PERSON_NOUNS",
    "PASSIVE_AUXILIARIES",
    "PREPOSITIONS",
    "RELATIVE_PRONOUNS",
    "SUBJECT_PRONOUNS",
    "INDEFINITE_ARTICLES",
    "MODALS",
    "NOT_BEFORE_SUBJECT",
    "NOT_PLURAL_VERBS",
    "PERSON_PLURALS",
    "PLURAL_VERB_ENDINGS",
    "POSSESSIVES",
    "POSSESSIVE_ARTICLES",
    "adjective_stem",
]

# nouns that tell a person's gender when they stand right before the name
# ("Frau Huber", "seine Mutter Gao Ying", "Bruder Karl"); titles tell it by
# their form (:class:`kg.lang.de.titles.Title`)
FEMININE_PERSON_NOUNS = frozenset(
    "frau mutter tochter schwester witwe ehefrau großmutter tante nichte "
    "freundin lebensgefährtin".split()
)
MASCULINE_PERSON_NOUNS = frozenset(
    "herr herrn mann vater sohn bruder witwer ehemann großvater onkel neffe "
    "freund lebensgefährte".split()
)

# definite articles, without the genitive "des"
ARTICLES = frozenset({"die", "der", "das", "den", "dem"})

INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einer", "eines", "einem", "einen"})

# possessive articles of the third person, with the genitive ("seines Besuchs")
POSSESSIVES = frozenset(
    {
        "ihr",
        "ihre",
        "ihrem",
        "ihren",
        "ihres",
        "sein",
        "seine",
        "seinem",
        "seinen",
        "seines",
    }
)

# possessive articles of the third person, without the genitive, with the
# feminine dative ("seiner"): "Russland und sein Präsident"
POSSESSIVE_ARTICLES = frozenset(
    {
        "sein",
        "seine",
        "seinen",
        "seinem",
        "seiner",
        "ihr",
        "ihre",
        "ihren",
        "ihrem",
        "ihrer",
    }
)

#: words that open a noun phrase before a noun ("die", "des", "einem",
#: "zum", "unsere", "keine", "solche"): a bare name is rarely right after one
DETERMINERS = (
    ARTICLES
    | INDEFINITE_ARTICLES
    | POSSESSIVE_ARTICLES
    | {"des", "ihres", "seines", "im", "am", "vom", "zum", "zur", "beim", "ins"}
    | frozenset(
        """kein keine keinen keinem keiner keines unser unsere unseren
        unserem unserer dieser diese diesen diesem dieses solche solchen""".split()
    )
)

# endings of a finite verb in the third person plural ("sie trafen", "statten
# sie ab", "sie sind"): "sie" next to one is "they", not "she" nor "her"
PLURAL_VERB_ENDINGS = ("en", "ten", "sind")

# lower-case words in "-en" before "sie" that are no plural verb ("wegen sie",
# "gegen sie")
NOT_PLURAL_VERBS = frozenset("wegen gegen ihnen einen eben zwischen seiten den".split())

# words in "-en" before "sie" that make it an object or a relative clause's
# subject, not the subject after a plural verb: "den sie besucht hat", "denen
# sie hilft", "gegen sie"
NOT_BEFORE_SUBJECT = frozenset(
    "den denen einen ihnen ihren seinen diesen jenen allen welchen keinen wegen "
    "gegen zwischen eben".split()
)

# plural nouns of persons that are no title: "die beiden Politiker"
PERSON_PLURALS = frozenset(
    "Politiker Politikerinnen Männer Frauen Spitzenpolitiker Parteichefs "
    "Amtskollegen Kollegen Kolleginnen Verhandler Verhandlungspartner".split()
)

# words that open a clause, after which a subject stands first: "weil sie
# sich trafen", "und sie haben"
CLAUSE_OPENERS = frozenset(
    ", und aber doch als weil da dass nachdem wo wenn bevor obwohl sobald".split()
)

# conjunctions that open a subordinate clause put first in the sentence, which
# ends at the comma before the main clause's finite verb ("Während X in München
# war, traf Y den Z": X is not in the main clause)
FRONTED_SUBORDINATORS = frozenset(
    "während als nachdem bevor wenn weil obwohl sobald seit seitdem".split()
)

# conjunctions that only ever open a subordinate clause ("Weil das zu gefährlich
# ist, …", "Falls das Urteil hält, …"): such a clause put first says nothing
# alone ("als", "da", "seit", "während", "damit" are also adverbs or prepositions)
SUBORDINATE_ONLY = frozenset(
    "weil falls wenn obwohl obgleich obschon nachdem sobald bevor sofern".split()
)

# finite auxiliaries before a participle ("hatte ein US-Regierungsvertreter … gesagt")
AUXILIARIES = frozenset(
    "hat hatte hätte habe haben hatten hätten ist war sei wurde".split()
)

# finite modal verbs and "werden" before an infinitive ("will Gespräche
# aufnehmen", "werden Gespräche führen")
MODALS = frozenset(
    "will wollen wollte wollten soll sollen sollte sollten kann können konnte "
    "konnten muss müssen musste mussten wird werden möchte möchten".split()
)

#: capitalised words that open a sentence and never follow an ordinal number:
#: after "92." or "2011." they start a new sentence ("stieg auf 92. Der Anteil
#: …", "seit 2011. Das Geschäftsklima …"; not "am 3. Oktober", "zum 2. Mal")
OPENERS_AFTER_NUMBER = frozenset(
    "Der Die Das Den Dem Des Ein Eine Einen Einem Er Sie Es Wir Ich Man Auch "
    "Doch Aber Dabei Damit Zudem Außerdem Dies Diese Dieser Dieses Nun Jetzt "
    "Dennoch Deshalb Daher Allerdings Bereits Bisher Insgesamt Zuvor Danach".split()
)

# forms of "werden" that make a participle passive ("wurde … abgelehnt")
PASSIVE_AUXILIARIES = frozenset("wird wurde wurden worden werden".split())

# forms of "sein" that with a participle make a state passive ("PSG sollte gewarnt
# sein", "Wir sind alle gefordert"): verbs of saying form their perfect with "haben"
STATE_PASSIVE_AUXILIARIES = frozenset(
    "ist sind war waren sei seien wäre wären sein".split()
)

# pronouns that stand for a person named before ("er", "Der sagte", "Dieser lehnt …ab")
SUBJECT_PRONOUNS = frozenset("er sie der die dieser diese jener".split())

# the subjects of the first person: a sentence with one speaks for itself, it
# does not report ("ich habe" is no Konjunktiv; "bis er mich schlug" may be reported)
FIRST_PERSON = frozenset({"ich", "wir"})

# words of a speaker in the first person, object and possessive forms included
# ("Die Bürger … meiner Koalition unterstützen mich"; not "meinen", also a verb)
FIRST_PERSON_WORDS = frozenset(
    "ich wir mir mich uns unser unsere unseren unserem unserer unseres "
    "mein meiner meinem meines".split()
)

#: nouns after "unserer" that make a fixed phrase nobody speaks in ("vor
#: unserer Zeitrechnung", the era)
NOT_FIRST_PERSON_AFTER = frozenset({"zeitrechnung"})

# relative pronouns after a comma ("Wałęsa, der sich im Ausland aufhält")
RELATIVE_PRONOUNS = frozenset(
    "der die das den dem dessen deren welcher welche welches".split()
)

# prepositions that govern the noun phrase after them ("mit Russland", "vom Partner")
PREPOSITIONS = frozenset(
    (
        "mit vor nach in im aus bei von vom zu zur zum gegen über für an am auf "
        "seit unter um ins durch ohne zwischen gegenüber laut trotz wegen"
    ).split()
)

#: prepositions that mark what "von" marks, in a formal register: the agent of
#: a passive ("Ihm wurde seitens der Opposition vorgeworfen …") and the author
#: of a claim ("Kritik seitens der Gewerkschaft"); read as "von"
VON_SYNONYMS = frozenset({"seitens", "vonseiten"})

#: prepositions of a passive's agent ("von der Kammer", "vom Rat", "durch die
#: Behörde", "seitens der Familie")
AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"}) | VON_SYNONYMS

# the lower-case words a title or a name joins its capitalised words with
# ("Die Stunde zwischen Frau und Gitarre", "Times of London", "Hit n Run"): marked
# words with no other lower-case word are a title, not a quote
TITLE_JOINERS = (
    ARTICLES
    | INDEFINITE_ARTICLES
    | PREPOSITIONS
    | frozenset("des hinter neben und oder of the and a an n to for on at in".split())
)

# prepositions that govern the accusative only: "für den Grünen" is one person
# (the plural would be "für die Grünen")
ACCUSATIVE_PREPOSITIONS = frozenset("für gegen ohne um durch bis wider".split())

# verbs whose object right after them is an accusative: "Umfragen sehen den
# Grünen in Führung" is one person (the plural would be "die Grünen"; "den
# Grünen" plural is a dative, which these verbs do not take right after them).
# infinitive, then the principal parts of a strong verb
_ACCUSATIVE_VERBS = (
    ("sehen", ("sieht", "sah", "gesehen")),
    ("halten", ("hält", "hielt", "gehalten")),
    ("treffen", ("trifft", "traf", "getroffen")),
    ("empfangen", ("empfängt", "empfing", "empfangen")),
    ("schlagen", ("schlägt", "schlug", "geschlagen")),
    ("wählen", None),
    ("unterstützen", None),
    ("kritisieren", None),
    ("nominieren", None),
    ("besuchen", None),
    ("loben", None),
    ("besiegen", None),
)
# their finite forms (a participle stands at the end of the clause, after the
# object)
ACCUSATIVE_VERB_FORMS = frozenset(
    form
    for inf, strong in _ACCUSATIVE_VERBS
    for v in (conjugate(inf, strong=strong),)
    for form in (
        v.infinitive,
        v.present,
        v.preterite,
        v.preterite_plural,
        v.subjunctive,
    )
)

# verbs of verbal interaction (infinitives) whose object is no accusative: "sie"
# right after them is their subject ("Schäuble warf sie vor"); after any other
# one, with a name opening the clause, "sie" is the object ("Weber forderte sie
# auf", "Merz wies sie zurück")
DATIVE_ACT_VERBS = frozenset({"vorwerfen", "drohen", "zustimmen", "appellieren"})
# of those with an accusative object, the ones whose object is the addressee,
# not a thing: "Weber forderte sie auf" names the target
PERSON_OBJECT_ACT_VERBS = frozenset(
    (
        "auffordern aufrufen warnen loben begrüßen würdigen beschuldigen bezichtigen"
    ).split()
)

# finite forms of verbs that make their reflexive subject the object of a verb
# beside them: "X lässt sich nicht auffordern", "X sieht sich beschuldigt",
# "X fühlt sich aufgerufen" (X is addressed, nobody named acts)
SELF_OBJECT_VERBS = frozenset(
    (
        "lässt ließ ließen lassen lasse ließe sieht sah sahen sehen sehe sähe "
        "fühlt fühlte fühlten fühlen fühle"
    ).split()
)

# words before a noun made from an adjective ("Grünen", "Freiheitlichen") that
# make it one person, not the party: "dem Grünen", "einem Grünen"; "im Grünen"
# is the countryside
SINGULAR_BEFORE_EN = frozenset({"dem", "im", "einem", "einen", "eines", "des"})

# the endings of an inflected adjective, longest first
ADJ_ENDINGS = ("en", "em", "er", "es", "e")


def adjective_stem(word: str) -> str:
    """``word`` lower-cased without its adjective ending, if a stem of three
    letters or more is left: "russischen" -> "russisch"."""
    low = word.lower()
    for end in ADJ_ENDINGS:
        if low.endswith(end) and len(low) - len(end) >= 3:
            return low[: -len(end)]
    return low


#: adverbs that may fill the field before the finite verb alone, so that the
#: subject follows the verb ("Davor haben A und B gewarnt", "Zuvor forderten
#: …"), lower case
CLAUSE_ADVERBS = frozenset(
    (
        "davor zuvor vorher bereits schon gestern heute vorgestern nun jetzt "
        "zudem außerdem auch dann danach daraufhin darauf deshalb daher dabei "
        "dazu erneut wiederholt zugleich gleichzeitig später inzwischen "
        "mittlerweile bislang bisher immer wieder ebenfalls ebenso damals "
        "seither zuletzt erst jedoch aber allerdings indes dagegen hingegen "
        "trotzdem dennoch deswegen darum stattdessen vielmehr wiederum"
    ).split()
)

#: word endings after which a full stop is the sentence's, never an abbreviation's:
#: "… Geschäftsführerin der Müller GmbH." (spaCy's German suffix rules split a full
#: stop after a lower-case letter or two capitals, so "GmbH." stayed one token and
#: neither the company nor the sentence's end was found)
FULL_STOP_AFTER = ("mbH",)

# conjunctions that open a clause with its finite verb at the end ("…, indem
# sie ihm vorwerfen, …": the verb at the end agrees with "sie")
VERB_FINAL_OPENERS = frozenset(
    "indem weil da dass nachdem wenn bevor obwohl sobald ob während damit".split()
)
