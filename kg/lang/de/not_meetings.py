"""German words around a meeting word that make it name no meeting that
happened: idioms ("Entscheidungen treffen"), set phrases, sports ("trifft im
Finale auf", a score "2:1"), cancellations and denials ("abgesagt", "kam nicht
zustande"), evaluations, interviews, broadcasts and the unreal ("wäre"). Read
through :mod:`kg.lang.de.meetings`, which names them all.
"""

from __future__ import annotations

import re

from kg.lang.de.verbs import conjugate

__all__ = [
    "SESSION_WORDS",
    "BROADCAST_VERBS",
    "CANCEL_VERBS",
    "CANCEL_WORDS",
    "EVALUATIVES",
    "INTERVIEWERS",
    "NEAR_MISS_AUXILIARIES",
    "NEAR_MISS_WORDS",
    "NOT_DENIALS",
    "NOT_HAPPENING",
    "NOT_HAPPENING_PHRASES",
    "DOUBTED_WORDS",
    "COPULAS",
    "NOT_MEETINGS",
    "NO_MEETING_DETERMINERS",
    "PHRASE_WORDS",
    "SCORE",
    "SPORTS_CUES",
    "UNREAL_WORDS",
    "VAGUE_IDIOMS",
    "WIN_WORDS",
]


# compounds of a trigger head that are not meetings between actors
NOT_MEETINGS = frozenset(
    {
        "pressekonferenz",
        "pressekonferenzen",
        "pressegespräch",
        "hintergrundgespräch",
        "telefonkonferenz",
        "bilanzpressekonferenz",
        "mitarbeitergespräch",
        "vorstellungsgespräch",
        "kundengespräch",
        "verkaufsgespräch",
        "gerichtsverhandlung",
        "hauptverhandlung",
        "zeugenbesuch",
        "kinobesuch",
        "konzertbesuch",
        "arztbesuch",
        "museumsbesuch",
        "schulbesuch",
        "messebesuch",
        "klassentreffen",
        "familientreffen",
        # sessions of one body, no meeting between sides ("sagte sie bei einer
        # Parteisitzung"); a national "Ministerrat" is left out the same way
        "parteisitzung",
        "parteivorstandssitzung",
        "vorstandssitzung",
        "fraktionssitzung",
        "klubsitzung",
        "kabinettssitzung",
        "regierungssitzung",
        "landtagssitzung",
        "gemeinderatssitzung",
        "nationalratssitzung",
        "bundesratssitzung",
        "plenarsitzung",
        "aufsichtsratssitzung",
    }
)

VAGUE_IDIOMS = frozenset(
    {("zur", "verhandlung"), ("in", "verhandlung"), ("zur", "sitzung")}
)

PHRASE_WORDS = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "seinem",
        "seinen",
        "seiner",
        "ihrem",
        "ihren",
        "ihrer",
        "in",
        "im",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "nach",
        "und",
        "sowie",
        ",",
        "über",
        "zu",
        "zur",
        "zum",
        "von",
        "vom",
        "mit",
    }
)

SPORTS_CUES = frozenset(
    {
        "tor",
        "tore",
        "toren",
        "minute",
        "elfmeter",
        "spiel",
        "spiels",
        "partie",
        "match",
        "satz",
        "sätze",
        "liga",
        "bundesliga",
        "halbfinale",
        "viertelfinale",
        "achtelfinale",
        "finale",
        "weltrangliste",
        "trainer",
        "coach",
        "turnier",
        "heimspiel",
        "auswärtsspiel",
        "mannschaft",
        "treffer",
        "gegner",
        "saison",
        "punkte",
        "tabelle",
        "tabellenführer",
        "meister",
        "meisterschaft",
        "runde",
        "sieg",
        "niederlage",
        "remis",
        "unentschieden",
        "stürmer",
        "verteidiger",
        "torhüter",
        "goalie",
        "keeper",
        "weltcup",
        "rennen",
        "etappe",
        "olympia",
    }
)

SCORE = re.compile(r"^\d{1,3}:\d{1,3}$")

#: a meeting called off is none: "das Treffen wurde abgesagt", "die Absage des
#: Gipfels", "sagte das Sondertreffen ab" (CANCEL_VERBS with "ab" in the sentence)
CANCEL_WORDS = ("abgesagt", "absage", "abzusagen", "absagen")

CANCEL_VERBS = frozenset({"sagt", "sagte", "sagten", "sagen"})

#: words after "nicht" that do not deny the meeting: "nicht nur", "nicht zum
#: ersten Mal", "nicht erst", "nicht zuletzt"
NOT_DENIALS = frozenset({"nur", "zum", "erst", "zuletzt", "lange"})

#: words after "nicht" that say a meeting noun did not or will not take place:
#: "Ein Treffen ist nicht geplant", "kam nicht zustande", "fand nicht statt"
NOT_HAPPENING = frozenset(
    {
        "geplant",
        "vorgesehen",
        "angesetzt",
        "zustande",
        "zustandegekommen",
        "zustandekommen",
        "statt",
        "stattfinden",
        "stattgefunden",
        "gegeben",
        "geben",
        "möglich",
        # "Eine Einigung ist nicht absehbar", "ist noch nicht abzusehen"
        "absehbar",
        "abzusehen",
    }
)

#: "nicht" and these words say the same of a meeting noun: "Eine Einigung
#: zwischen X und Y ist nicht in Sicht"
NOT_HAPPENING_PHRASES = (("in", "sicht"),)

#: predicates of a meeting noun that is the subject of a copula, when the
#: meeting is only doubted: "Ein Gipfel zwischen X und Y bleibt
#: unwahrscheinlich", "Ein Treffen gilt als ausgeschlossen", "… ist fraglich";
#: not "offen" ("Die Gespräche waren offen und konstruktiv")
DOUBTED_WORDS = frozenset(
    {"unwahrscheinlich", "ausgeschlossen", "fraglich", "ungewiss", "unklar"}
)

#: copulas between such a subject and its predicate
COPULAS = frozenset(
    "ist sind war waren bleibt bleiben blieb blieben gilt gelten galt galten "
    "scheint scheinen schien erscheint".split()
)

#: a meeting is not won or lost: "Begegnungen" or a "Duell" in a sentence with
#: these are matches ("hat die zwei Begegnungen mit Thiem ohne Satzverlust
#: gewonnen"), also outside a match report
WIN_WORDS = frozenset(
    {
        "gewonnen",
        "gewann",
        "gewannen",
        "gewinnt",
        "verloren",
        "verlor",
        "verlort",
        "verliert",
        "besiegt",
        "besiegte",
        "siegte",
    }
)

#: adjectives of one who judges a meeting they took part in: "X zeigte sich
#: zufrieden mit dem Gipfel", "X äußerte sich optimistisch über den Ausgang des
#: Gipfels in Y", a headline "X zufrieden mit Konferenz in Y"
EVALUATIVES = frozenset(
    "zufrieden optimistisch zuversichtlich enttäuscht erfreut unzufrieden".split()
)

# who asks the questions: a talk with one of them is an interview, not a
# meeting ("Volontärin X sprach mit Y", "Gespräche, die der Autor als Biograf
# von X mitschnitt"); professions, not posts (a "Korrespondent" is a post)
INTERVIEWERS = frozenset(
    {
        "journalist",
        "journalistin",
        "journalisten",
        "reporter",
        "reporterin",
        "redakteur",
        "redakteurin",
        "volontär",
        "volontärin",
        "interviewer",
        "interviewerin",
        "biograf",
        "biografin",
        "biograph",
        "biographin",
        "moderator",
        "moderatorin",
        "kolumnist",
        "kolumnistin",
        "blogger",
        "bloggerin",
    }
)

#: a meeting only thought of: "Ein Treffen ... wäre ein Signal", "X und Y
#: könnten sich treffen" (Konjunktiv II of the copula and of "können"; not
#: "würden"/"hätten", which report real or planned meetings in indirect speech)
UNREAL_WORDS = frozenset({"wäre", "wären", "könnte", "könnten"})

#: a near miss: "hätte den Fahrer beinahe getroffen", "Die beiden hätten sich
#: fast getroffen" (Konjunktiv II "hätte" with one of these words in the clause:
#: it did not happen)
NEAR_MISS_AUXILIARIES = frozenset({"hätte", "hätten"})
#: with "hätte(n)": a near miss ("hätte X beinahe getroffen", "hätten sich um ein
#: Haar verpasst"; not "trafen sich beinahe täglich")
NEAR_MISS_WORDS = frozenset({"beinahe", "fast", "beinah", "nahezu", "haar", "knapp"})

#: a meeting noun denied by its determiner: "kein Treffen", "keine Gespräche"
NO_MEETING_DETERMINERS = frozenset({"kein", "keine", "keinen", "keinem", "keiner"})

#: a broadcaster's verbs for a programme: "Die Zweiergespräche zeigt ORF 2 am
#: Montag", "Puls 4 überträgt die Diskussion" (a talk shown is a programme)
BROADCAST_VERBS = frozenset(
    {*conjugate("zeigen").indicative(), *conjugate("senden").indicative()}
    | {"überträgt", "übertragen", "übertrug", "übertrugen", "strahlt", "strahlen"}
    | {"ausgestrahlt", "gesendet", "gezeigt"}
)

#: plural nouns of an unnamed group as the other side of a meeting ("empfing die
#: Parteichefs", "traf sich mit Vertretern der Gewerkschaft", "mit den
#: Gewerkschaften"); plural posts ("die Landeshauptleute") come from the titles
UNNAMED_SIDE_NOUNS = frozenset(
    {
        "vertreter",
        "vertretern",
        "vertreterinnen",
        "gewerkschaften",
        "sozialpartner",
        "sozialpartnern",
        "chefs",
        "spitzen",
        "delegationen",
        "abordnungen",
        "politiker",
        "politikern",
        "spitzenpolitiker",
        "spitzenpolitikern",
        "parteichefs",
        "verhandler",
        "verhandlern",
    }
)

#: determiners of a plural noun: "die Parteichefs", "alle Landeshauptleute",
#: "die drei Parteichefs"; "den" only after a dative preposition ("mit den
#: Gewerkschaften")
PLURAL_DETERMINERS = frozenset(
    {"die", "alle", "beide", "beiden", "zwei", "drei", "vier", "fünf", "mehrere"}
)
DATIVE_PREPOSITIONS = frozenset({"mit", "von", "zu", "bei"})

#: words that tell a session of one body (a party board, a cabinet, a
#: supervisory board: "Der Parteivorstand beriet am Montag", "Der Aufsichtsrat
#: tagte"); with one organisation alone they are no meeting between sides
SESSION_WORDS = frozenset(
    {
        "beriet",
        "berieten",
        "berät",
        "beraten",
        "tagte",
        "tagten",
        "tagt",
        "tagen",
        "getagt",
        "sitzung",
        "sondersitzung",
        "vorstandssitzung",
        "klausur",
        "klausurtagung",
    }
)
