"""German words that tell a meeting verb's other senses and a meeting that is
only offered or missed: "traf die Nachricht ein" (to arrive), "der X und Y
beriet" (to advise), "Die Steuer trifft die Bauern" (to hit), "hätte
stattfinden sollen", "biete ein Gespräch an"; and the labels of an
interviewer's line ("STANDARD: Wir treffen einander ...").

Example
-------
>>> "beriet" in ADVISE_SINGULAR, "sollen" in MODAL_INFINITIVES
(True, True)
"""

from __future__ import annotations

__all__ = [
    "ACCUSATIVE_ARTICLES",
    "ACTOR_NOUN_ENDINGS",
    "ADVISE_FORMS",
    "ADVISE_SINGULAR",
    "ARRIVAL_PARTICLE",
    "COUNTERFACTUAL_AUXILIARIES",
    "INTERVIEW_LABELS",
    "LATER_DETERMINERS",
    "TALK_FAMILIES",
    "JOINT_WORDS",
    "MODAL_INFINITIVES",
    "OFFER_FORMS",
    "OFFER_PARTICLE",
    "OFFERED_FORMS",
    "SUBJECT_DETERMINERS",
    "WE_WORDS",
]

#: the particle of "eintreffen" (to arrive): "traf die Nachricht ein", "trifft
#: morgen in Wien ein" closes the clause of a form of "treffen" with it
ARRIVAL_PARTICLE = "ein"

#: finite forms of "beraten" with one subject: "X berät die Regierung", "der
#: X und Y beriet" (a second actor in the clause is advised)
ADVISE_SINGULAR = frozenset({"berät", "beriet", "berate", "berätst", "berietst"})

#: all finite forms; a plural one advises only an object with an accusative
#: article after it ("berieten den Kanzler")
ADVISE_FORMS = ADVISE_SINGULAR | frozenset(
    {"beraten", "berieten", "beratet", "berietet"}
)

#: words in the clause of "beraten" that make it a meeting: a partner ("mit"),
#: a topic ("über", "darüber"), a reflexive or reciprocal ("sich", "einander")
JOINT_WORDS = frozenset(
    {
        "mit",
        "miteinander",
        "über",
        "darüber",
        "worüber",
        "sich",
        "uns",
        "euch",
        "einander",
        "gemeinsam",
        "zusammen",
        "aufeinander",
    }
)

#: articles only an accusative object takes after a plural verb ("den Kanzler",
#: "einen Konzern"); "die" is also the plural nominative
ACCUSATIVE_ARTICLES = frozenset({"den", "einen"})

#: determiners that open a subject noun phrase at the start of a sentence
#: ("Die Krise trifft …", "Diese Lieder treffen …")
SUBJECT_DETERMINERS = frozenset(
    {
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "dieser",
        "diese",
        "dieses",
        "jeder",
        "jede",
        "jedes",
        "solche",
        "seine",
        "sein",
        "ihre",
        "ihr",
    }
)

#: endings of nouns for a group of people that can meet someone ("die
#: Delegation traf den Präsidenten", "die Landesregierung trifft X"); persons'
#: nouns are titles and speaker nouns (kg.lang.de.titles, kg.lang.de.speech)
ACTOR_NOUN_ENDINGS = (
    "delegation",
    "abordnung",
    "regierung",
    "führung",
    "spitze",
    "partei",
    "parteien",
    "fraktion",
    "gruppe",
    "kommission",
    "ministerium",
    "team",
    "mannschaft",
    "staaten",
    "länder",
    "leute",
    "beiden",
    "vertreter",
    "gäste",
    "gast",
    "leiter",
    "chef",
    "chefs",
)

#: a counterfactual: "hätte … stattfinden sollen", "hätten sich treffen können"
COUNTERFACTUAL_AUXILIARIES = frozenset({"hätte", "hätten", "hättest", "hättet"})
MODAL_INFINITIVES = frozenset({"sollen", "können", "müssen", "dürfen"})

#: a meeting offered, not held: "biete Euch ein Gespräch an" (the particle
#: closes the clause), "hat ein Treffen angeboten"
OFFER_FORMS = frozenset({"biete", "bietet", "bieten", "bot", "boten", "botest"})
OFFER_PARTICLE = "an"
OFFERED_FORMS = frozenset(
    {"angeboten", "anbieten", "anzubieten", "anbot", "anboten", "anbietet"}
)

#: the label of an interviewer's line ("Frage: …"); a medium's name or a word in
#: capitals before the colon counts too ("STANDARD: …")
INTERVIEW_LABELS = frozenset({"frage", "interviewer", "interviewerin", "f"})

#: the interviewer and the interviewee: "Wir treffen einander in Moskau"
WE_WORDS = frozenset({"wir", "uns"})


#: the stems of the meeting nouns that name one meeting again later in an
#: article ("Die Gespräche führen X und Y." ... "Ob die Gespräche vorher
#: abgeschlossen werden, ist unklar."): a later mention has the stem of the
#: meeting it names
TALK_FAMILIES = (
    "gespräch",
    "verhandlung",
    "treffen",
    "gipfel",
    "konferenz",
    "sitzung",
    "telefonat",
    "konsultation",
    "beratung",
    "sondierung",
)

#: the determiners of a meeting named again: "die Gespräche", "diese
#: Verhandlungen", "am Gipfel" (not "ein Treffen", "keine Gespräche")
LATER_DETERMINERS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "diese",
        "dieser",
        "dieses",
        "diesem",
        "diesen",
        "am",
        "beim",
        "vom",
        "zum",
        "im",
    }
)

#: nouns of founding or setting up: a meeting noun in their genitive is an
#: institution to come, not a meeting ("die Schaffung eines IT-Gipfels")
FOUNDING_NOUNS = frozenset(
    {
        "schaffung",
        "einrichtung",
        "gründung",
        "etablierung",
        "institutionalisierung",
    }
)

#: ends of the nouns of schools, universities and courses: "besuchen" with one
#: of them as object is to attend it, not a visit ("besuchte die Berufsschule",
#: "die Westinghouse High School")
ATTENDED_HEADS = (
    "schule",
    "school",
    "gymnasium",
    "universität",
    "university",
    "college",
    "akademie",
    "academy",
    "kindergarten",
    "internat",
    "lyzeum",
    "konservatorium",
    "kurs",
    "kurse",
    "lehrgang",
    "lehrgänge",
    "unterricht",
    "vorlesung",
    "vorlesungen",
    "seminar",
)


#: verbs of receiving a visit: "empfing oft Besuch", "bekam Besuch von X"
RECEIVING_VERBS = (
    "empfang",
    "empfäng",
    "empfing",
    "bekam",
    "bekomm",
    "erhielt",
    "erhält",
    "erhalt",
)

#: nouns of guests that, bare after a verb of receiving, name no one: "empfing
#: häufig Besuch", "bekommt Gäste"
GUEST_NOUNS = frozenset({"besuch", "besuche", "gäste", "besucher"})

#: last parts of nouns of a state of affairs talked about, right before "in" and
#: a place: "besprach mit Y die Lage in der Ukraine", "erörterten den Konflikt in
#: Syrien", "die Flüchtlingskrise in Europa" (what the talks are about, not where)
TOPIC_NOUN_ENDINGS = (
    "lage",
    "situation",
    "krise",
    "konflikt",
    "krieg",
    "kämpfe",
    "unruhen",
    "spannungen",
    "entwicklung",
    "entwicklungen",
    "waffenruhe",
    "friedensprozess",
    "gewalt",
    "zukunft",
)

#: participles of talking something over whose passive subject is the topic,
#: not a party: "Mit X sollen Maßnahmen des EU-Türkei-Pakets besprochen
#: werden", "wurde das Abkommen mit der EU erörtert"
TOPIC_PARTICIPLES = frozenset({"besprochen", "erörtert", "verhandelt"})
#: forms of "werden" that make such a participle passive
PASSIVE_AUXILIARIES = frozenset(
    {"werden", "wird", "wurde", "wurden", "worden", "werde", "würde", "würden"}
)
