"""German words for who speaks a chain of quotes (issue 17): the word before
the one spoken to, and nouns that stand for no speaker of their own."""

from __future__ import annotations

__all__ = [
    "ADDRESSEE_PREPOSITIONS",
    "NOT_SPEAKER_LABELS",
    "PUBLISHED_IN",
    "VENUE_PREPOSITIONS",
]

# the one spoken to, not the speaker: "Der habe zu Hochegger gemeint, man werde …",
# "sagte sie zur Ministerin X"
ADDRESSEE_PREPOSITIONS = frozenset({"zu", "zum", "zur"})

# a name after these is where it was written, not who wrote it: "schreiben die
# Forscher in Behavioral Ecology" (a journal the model took for a person)
PUBLISHED_IN = frozenset({"in", "im"})

# prepositions of where a document went, in a relative clause after "heißt es in
# der Klage": "die beim Gericht X eingebracht wurde" (not "von", "durch": the
# agent of a passive, who wrote it)
VENUE_PREPOSITIONS = frozenset(
    "bei beim vor an am auf im in ins nach zu zum zur gegenüber".split()
)

# nouns that name no speaker, lower case: the participles of those named before
# ("Die Genannten wiesen das zurück"), what is told ("je nachdem, wer die
# Geschichte erzählt")
NOT_SPEAKER_LABELS = frozenset(
    (
        "genannten genannte betroffenen betroffene beteiligten beschuldigten "
        "geschichte geschichten version versionen fassung fassungen variante "
        "darstellung darstellungen erzählung"
    ).split()
)
