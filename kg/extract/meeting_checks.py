"""Checks on a meeting candidate whose slots are filled: is it a meeting
between two sides after all?

* a talk with a journalist, biographer or moderator is an interview
  (:func:`drop_interviewers`);
* a talk a broadcaster shows is a programme (:func:`broadcast`);
* a meeting only thought of or denied ("Ein Treffen wäre ein Signal", "X und
  Y könnten sich treffen", "Es gab kein Treffen"): :func:`unreal`;
* a person named only as the possessor of a post ("Putins Verteidigungsminister
  besuchte X") is not the one who meets (:func:`title_possessors`);
* a meeting of the unnamed "ich" or "wir" with one named side ("Ich traf X
  in Brüssel", "Wir haben mit X gesprochen") is no visit of X
  (:func:`unnamed_first_person`);
* a meeting of one named side with an unnamed group ("X hat die Parteichefs
  in der Hofburg empfangen", "traf sich mit Vertretern der Gewerkschaft"):
  :func:`unnamed_side`;
* persons who visit a site together ("Die Ministerin und der Minister besuchen
  die Grenze") are two visitors, not two sides (:func:`co_visitors`);
* a talk on the sidelines of another meeting ("Am Rande des Gipfels kam X zu
  einem bilateralen Gespräch mit Y zusammen") is a meeting of its own, not the
  one named before (:func:`on_sidelines`).

Both look at the candidate's sentence and the mentions of its attendees only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import is_intergov, is_media
from kg.extract.meeting_senses import missed_or_offered
from kg.extract.records import Kind, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import ARTICLES, INDEFINITE_ARTICLES
from kg.lang.de.meeting_senses import LATER_DETERMINERS, TALK_FAMILIES
from kg.lang.de.meetings import (
    BROADCAST_VERBS,
    CONVENE_VERBS,
    COORDINATORS,
    FINITE_AUXILIARIES,
    FIRST_PERSON,
    INTERVIEWERS,
    NO_MEETING_DETERMINERS,
    NOT_HAPPENING,
    SIDE_TALK_WORDS,
    SIDELINES,
    TALK_VERBS,
    UNREAL_WORDS,
)
from kg.lang.de.not_meetings import (
    COPULAS,
    DATIVE_PREPOSITIONS,
    DOUBTED_WORDS,
    NEAR_MISS_AUXILIARIES,
    NEAR_MISS_WORDS,
    NOT_HAPPENING_PHRASES,
    PLURAL_DETERMINERS,
    UNNAMED_SIDE_NOUNS,
)
from kg.lang.de.speech import MEDIA_NOUNS
from kg.lang.de.titles import match_title

__all__ = [
    "LATER_REACH",
    "broadcast",
    "co_visitors",
    "drop_interviewers",
    "on_sidelines",
    "unnamed_first_person",
    "unnamed_plural",
    "unnamed_side",
    "title_possessors",
    "later_mention",
    "same_family",
    "unreal",
]

#: how many sentences after a meeting its bare later mention may come
LATER_REACH = 8


def _is_talk(t: Token) -> bool:
    low = t.lower_
    return (
        low in TALK_VERBS
        or "gespräch" in low
        or "interview" in low
        or "diskussion" in low
    )


def _interviewer(view: DocView, key: str) -> bool:
    """A person the article names right after a word for an interviewer
    ("Volontärin Sabine Simon", "der Reporter Max Muster"), or a medium the
    article names after a noun of the media ("Das Magazin Automobilwoche
    sprach mit X": an interview; a broadcaster the gazetteer knows may
    negotiate: "Der ORF verhandelt mit der Regierung")."""
    entity = view.entities.get(key)
    if entity is None:
        return False
    doc = view.doc
    words = INTERVIEWERS if kind_of(key) is Kind.PERSON else MEDIA_NOUNS
    for m in entity.mentions:
        span = doc.char_span(
            m.start - view.offset, m.end - view.offset, alignment_mode="expand"
        )
        if span is None:
            continue
        if span.start > 0 and view.lowers[span.start - 1] in words:
            return True
        # "Der Handelsblatt-Reporter sprach mit X": the medium's interviewer
        if kind_of(key) is Kind.ORG and any(
            view.lowers[span.end - 1].endswith("-" + w) for w in INTERVIEWERS
        ):
            return True
    return False


def drop_interviewers(
    view: DocView, sent: Span, t: Token, attendees: list[str]
) -> list[str]:
    """The attendees of talk ``t`` less those who interview the others.

    "Volontärin X sprach mit Y über sein Buch": X is no side of a meeting; a
    talk left with one side is an interview (the caller drops it). So is a
    medium talking with persons ("Der Spiegel sprach mit X", "Der
    Handelsblatt-Reporter sprach mit X"). "Gespräche
    zwischen X und Y, die der Autor als Biograf von X auf Tonband mitschnitt":
    an interviewer named "als Biograf" in the sentence of
    the talk makes the whole talk an interview (no attendee is kept).
    """
    if not _is_talk(t) or not attendees:
        return attendees
    lowers = view.lowers
    for i in range(sent.start + 1, sent.end):
        if lowers[i] in INTERVIEWERS and "als" in lowers[max(sent.start, i - 3) : i]:
            return []
    # "Der Spiegel sprach mit X": a medium talking with persons only interviews
    # them ("Der ORF sprach mit der Regierung" may be a negotiation)
    media = {k for k in attendees if is_media(k)}
    with_persons = bool(media) and all(
        kind_of(k) is Kind.PERSON for k in attendees if k not in media
    )
    return [
        k
        for k in attendees
        if not (kind_of(k) in (Kind.PERSON, Kind.ORG) and _interviewer(view, k))
        and not (with_persons and k in media)
    ]


def _attributive(low: str) -> bool:
    """An article or a nominative adjective inside a coordinated subject ("und
    der französische Präsident"); no auxiliary or modal ("X und Y haben Z
    besucht", "wollten")."""
    return low in ARTICLES or (
        low.isalpha()
        and low.endswith(("e", "er", "es"))
        and low not in FINITE_AUXILIARIES
    )


def _site(view: DocView, key: str) -> bool:
    """A place visited that is no host: a town, a region, a site ("die Grenze
    bei Spielfeld"); a country visited is a side of the visit."""
    entity = view.entities.get(key)
    return (
        kind_of(key) is Kind.PLACE
        and entity is not None
        and entity.place_kind in ("city", "region")
    )


def co_visitors(view: DocView, sent: Span, t: Token, attendees: list[str]) -> bool:
    """Persons who visit something together, with no one visited named:
    "Innenministerin X und Verteidigungsminister Y besuchen am Dienstag die
    Grenze", "X und Y, die die Schleuse 1893 besuchten".

    The verb "besuchen" in lower case; two or more attendees, all persons, all
    named before the verb as one coordinated subject (only "und", "sowie",
    commas, titles, articles and adjectives between them); no entity after the
    verb in its clause but towns and regions. "Merkel und Hollande besuchten
    Putin", "X hat Y besucht" (no coordinator between them) stay meetings.
    """
    if not (t.is_lower and t.lower_.startswith("besuch")):
        return False
    if len(set(attendees)) < 2 or any(kind_of(k) is not Kind.PERSON for k in attendees):
        return False
    doc = view.doc
    names = [i for i in range(sent.start, sent.end) if view.key(i) in attendees]
    if not names or names[-1] > t.i:
        return False
    for i in range(t.i + 1, sent.end):
        if view.lowers[i] in (",", ".", ";", "und", "–"):
            break
        k = view.key(i)
        if k and not _site(view, k):
            return False  # "besuchten Putin", "besuchten Bulgarien": a host
    joined = False
    for a, b in zip(names, names[1:], strict=False):
        between = range(a + 1, b)
        if view.key(a) == view.key(b) and not len(between):
            continue  # one name of several tokens
        for i in between:
            w = doc[i]
            if view.lowers[i] in COORDINATORS:
                joined = joined or view.lowers[i] != ","
            elif not (_attributive(view.lowers[i]) or match_title(w.text)):
                return False  # "X und Y haben Z besucht": a verb between
    return joined


def _clause(view: DocView, sent: Span, i: int) -> range:
    """The token indices of the clause around ``i``: up to a comma, semicolon,
    colon or dash, or the sentence's edge."""
    stops = (",", ";", ":", "–")
    start = i
    while start > sent.start and view.lowers[start - 1] not in stops:
        start -= 1
    end = i + 1
    while end < sent.end and view.lowers[end] not in stops:
        end += 1
    return range(start, end)


def unreal(view: DocView, sent: Span, t: Token) -> bool:
    """A meeting the text only thinks of or denies, not one it says took or
    will take place.

    * Konjunktiv II of the copula or of "können" in the clause of the trigger:
      "Ein Treffen zwischen X und Y wäre ein wichtiges Signal", "Gespräche
      wären sinnvoll", "X und Y könnten sich im Mai treffen". Not "würden"
      and "hätten": in indirect speech they report real or planned meetings
      ("Die beiden würden sich am Freitag treffen, hieß es").
    * a meeting noun after "kein": "Es gab kein Treffen zwischen X und Y",
      "keine Pläne für ein Treffen" does not deny the meeting noun itself and
      stays (a plan is denied, the meeting never stated);
    * a meeting noun whose clause says it is not taking place: "Ein Treffen von
      X mit Y ist nicht geplant", "kam nicht zustande", "fand nicht statt" (a
      "nicht" after the noun right before one of ``NOT_HAPPENING``), "ist
      nicht in Sicht", "kann keine Rede sein";
    * a meeting noun opening its clause as the subject of a copula whose
      predicate doubts it: "Ein Gipfel zwischen X und Y bleibt
      unwahrscheinlich", "gilt als ausgeschlossen" (``DOUBTED_WORDS``);
    * a meeting missed or offered: "hätte … stattfinden sollen", "biete Euch
      ein Gespräch an" (:func:`kg.extract.meeting_senses.missed_or_offered`);
    * a near miss: "hätte" with "beinahe"/"fast"/"um ein Haar" in the clause
      ("Eine Drohne hätte den Fahrer X beinahe getroffen", "Die beiden hätten
      sich fast getroffen", "hätten sich um ein Haar verpasst");
    * a wish ("würde X gerne treffen"), a conditional clause opening the
      sentence ("Sollte es zu einem Treffen kommen, …") and the "dass" clause
      of a verb of denial ("dementierte, dass sich X und Y getroffen hätten").
    """
    lowers = view.lowers
    clause_words = {lowers[i] for i in _clause(view, sent, t.i)}
    if clause_words & UNREAL_WORDS:
        return True
    if clause_words & WISH_AUXILIARIES and clause_words & {"gern", "gerne"}:
        return True  # "X würde Y gerne treffen": a wish
    if _conditional(view, sent, t) or _denied_clause(view, sent, t):
        return True
    if clause_words & NEAR_MISS_AUXILIARIES and clause_words & NEAR_MISS_WORDS:
        return True
    if missed_or_offered(view, sent, t):
        return True
    if t.text[:1].isupper():
        # the determiner, past up to two adjectives: "keine weiteren Gespräche"
        for j in range(t.i - 1, max(sent.start, t.i - 4) - 1, -1):
            if lowers[j] in NO_MEETING_DETERMINERS:
                return True
            if not (view.doc[j].is_lower and lowers[j].isalpha()):
                break
        clause = _clause(view, sent, t.i)
        return _not_happening(lowers, t.i, clause) or _doubted(view, t.i, clause)
    return False


def _not_happening(lowers: list[str], i: int, clause: range) -> bool:
    """A "nicht" after the meeting noun at ``i`` says it does not take place:
    "ist nicht geplant", "kam nicht zustande", "ist nicht in Sicht"; or the
    clause says there is no talk of it ("Von einer Einigung … kann keine Rede
    sein")."""
    for j in range(i + 1, clause.stop):
        if lowers[j] == "nicht" and j + 1 < clause.stop:
            if lowers[j + 1] in NOT_HAPPENING:
                return True
            if any(
                tuple(lowers[j + 1 : j + 1 + len(p)]) == p
                for p in NOT_HAPPENING_PHRASES
            ):
                return True
    return any(
        lowers[j] == "keine" and lowers[j + 1] == "rede"
        for j in range(clause.start, clause.stop - 1)
    )


def _doubted(view: DocView, i: int, clause: range) -> bool:
    """The meeting noun at ``i`` opens its clause (after its determiner and
    adjectives) as the subject of a copula whose predicate doubts it: "Ein
    Gipfel zwischen X und Y bleibt unwahrscheinlich", "Ein Treffen gilt als
    ausgeschlossen"; not "Der Ausgang des Treffens blieb unklar"."""
    doc, lowers = view.doc, view.lowers
    j = i - 1
    while j >= clause.start and (
        doc[j].is_lower
        or doc[j].is_punct
        or lowers[j] in ARTICLES
        or lowers[j] in INDEFINITE_ARTICLES
    ):
        j -= 1  # "Ein baldiges", "eine rasche"
    if j >= clause.start:
        return False  # something else opens the clause: a preposition, a noun
    after = [lowers[k] for k in range(i + 1, clause.stop)]
    copula = next((n for n, w in enumerate(after) if w in COPULAS), None)
    return copula is not None and any(w in DOUBTED_WORDS for w in after[copula:])


#: Konjunktiv II auxiliaries of a wish with "gern(e)": "würde X gerne treffen"
WISH_AUXILIARIES = frozenset({"würde", "würden"})

#: words that open a conditional clause ("Sollte es zu einem Treffen kommen,
#: …", "Falls sich X und Y treffen, …")
CONDITIONALS = frozenset({"sollte", "sollten", "falls"})

#: stems of verbs that deny what their "dass" clause says ("dementierte, dass
#: sich X und Y getroffen hätten", "bestritt, dass …")
DENY_STEMS = ("dementier", "bestritt", "bestreit", "leugne", "geleugnet")


def _conditional(view: DocView, sent: Span, t: Token) -> bool:
    """The trigger ``t`` lies in a conditional clause that opens the sentence:
    "Sollte es zu einem Treffen zwischen X und Y kommen, wäre das ein Erfolg"."""
    if view.lowers[sent.start] not in CONDITIONALS:
        return False
    return not any(view.texts[i] == "," for i in range(sent.start, t.i))


def _denied_clause(view: DocView, sent: Span, t: Token) -> bool:
    """The trigger ``t`` lies in the "dass" clause of a verb of denial: "Ein
    Sprecher dementierte, dass sich X und Y getroffen hätten"."""
    lowers = view.lowers
    dass = [i for i in range(sent.start, t.i) if lowers[i] == "dass"]
    if not dass:
        return False
    return any(lowers[i].startswith(DENY_STEMS) for i in range(sent.start, dass[-1]))


def broadcast(view: DocView, sent: Span, t: Token) -> bool:
    """A talk noun in a sentence where a broadcaster shows it: "Die Reihe der
    Zweiergespräche mit X, Y und Z zeigt ORF 2 am Montag", "Puls 4 überträgt
    die Diskussion von X und Y": a programme, not a meeting. The sentence
    needs a verb of showing and an entity that is a medium."""
    if not (t.text[:1].isupper() and _is_talk(t)):
        return False
    lowers = view.lowers
    if not any(lowers[i] in BROADCAST_VERBS for i in range(sent.start, sent.end)):
        return False
    return any((k := view.key(i)) and is_media(k) for i in range(sent.start, sent.end))


def _family(word: str) -> str | None:
    low = word.lower()
    return next((f for f in TALK_FAMILIES if f in low), None)


def later_mention(view: DocView, t: Token) -> bool:
    """The meeting noun ``t`` names a meeting again with a definite article or
    a demonstrative: "Ob die Gespräche vorher abgeschlossen werden, ist
    unklar", "positiv am Gipfel sei ..." (the meeting named before)."""
    return (
        t.i > 0
        and view.lowers[t.i - 1] in LATER_DETERMINERS
        and _family(view.texts[t.i]) is not None
    )


def same_family(before: list[str], later: list[str]) -> bool:
    """Whether a later mention's trigger has the stem of a trigger of the
    meeting before ("Gespräche" ... "die Gespräche", "EU-Gipfel" ... "am
    Gipfel")."""
    stems = {_family(w) for w in before} - {None}
    return any(_family(w) in stems for w in later)


def title_possessors(view: DocView, sent: Span) -> set[str]:
    """The persons ``sent`` names only in the genitive right before a title:
    "Putins Verteidigungsminister hat X besucht", "Merkels Sprecher traf Y":
    the holder of the post meets, not the one whose post it is."""
    doc = view.doc
    named: dict[str, bool] = {}
    i = sent.start
    while i < sent.end:
        k = view.key(i)
        if k is None:
            i += 1
            continue
        j = i
        while j + 1 < sent.end and view.key(j + 1) == k:
            j += 1
        last = doc[j].text
        possessor = (
            kind_of(k) is Kind.PERSON
            and last.endswith(("s", "'", "’"))
            and j + 1 < sent.end
            and view.key(j + 1) is None
            and match_title(doc[j + 1].text) is not None
        )
        named[k] = named.get(k, True) and possessor
        i = j + 1
    return {k for k, only in named.items() if only}


#: tokens that end the clause of a meeting word for :func:`unnamed_first_person`
_SEGMENT_BREAKS = frozenset({",", ";", ":", "(", ")", '"', "„", "“", "–"})


def unnamed_first_person(
    view: DocView, sent: Span, t: Token, attendees: list[str]
) -> bool:
    """The meeting verb ``t`` has the unnamed "ich" or "wir" of its clause as one
    side and only one named side: "Ich traf X im vergangenen Jahr in Brüssel,
    erzählte der Diplomat", "Wir haben mit Minister X gesprochen", "Im Juni
    habe ich Kanzler X in Wien besucht". With the one side named, it is no
    visit or meeting of X's own (a first person the caller identified as a
    teller, "…, sagte Y", is among ``attendees``)."""
    if t.text[:1].isupper() and t.i > sent.start:
        return False  # a meeting noun: "gegen dieses Gipfeltreffen protestieren wir"
    named = {k for k in attendees if kind_of(k) is not Kind.PLACE}
    if len(named) >= 2:
        return False
    lowers = view.lowers
    lo = t.i
    while lo > sent.start and lowers[lo - 1] not in _SEGMENT_BREAKS:
        lo -= 1
    hi = t.i + 1
    while hi < sent.end and lowers[hi] not in _SEGMENT_BREAKS:
        hi += 1
    if not any(lowers[i] in FIRST_PERSON for i in range(lo, hi)):
        return False
    # "Juncker: Ich werde am G7-Treffen teilnehmen", "sagte X: Ich treffe Y":
    # a person before a colon, or a side named outside the clause, may be the
    # first person himself
    colons = [i for i in range(sent.start, lo) if lowers[i] == ":"]
    if colons and any(view.person(i) for i in range(sent.start, colons[-1])):
        return False
    inside = {view.key(i) for i in range(lo, hi)}
    return all(k in inside for k in named)


def _sidelines_of(sent: Span, t: Token) -> bool:
    """The meeting noun ``t`` follows "am Rande" ("am Rande des Gipfels", "am
    Rande der Konferenz in Wien"): another meeting is held beside it."""
    doc = sent.doc
    genitives = ("des", "der", "eines", "einer")
    j = t.i - 1
    while j > sent.start and doc[j].is_lower and doc[j].lower_ not in genitives:
        if t.i - j > 3:
            return False
        j -= 1
    return (
        j - 2 >= sent.start
        and doc[j].lower_ in genitives
        and doc[j - 1].lower_ in SIDELINES
        and doc[j - 2].lower_ == "am"
    )


def on_sidelines(sent: Span, t: Token) -> bool:
    """The trigger ``t`` names a talk beside another meeting: its sentence says
    "am Rande" of one and ``t`` is not that one, or a word for a talk of two
    ("bilateral", "Vier-Augen-Gespräch") stands right before it."""
    doc = sent.doc
    if any(
        doc[i].lower_ in SIDE_TALK_WORDS or doc[i].lower_.startswith("bilateral")
        for i in range(max(sent.start, t.i - 2), t.i + 1)
    ):
        return True
    return not _sidelines_of(sent, t) and any(
        w.lower_ in SIDELINES and w.i > sent.start and doc[w.i - 1].lower_ == "am"
        for w in sent
    )


def unnamed_plural(view: DocView, sent: Span, i: int) -> bool:
    """The word at ``i`` is a plural noun of persons with its determiner:
    "die Parteichefs", "die drei Landeshauptleute", "mit den Gewerkschaften",
    "mit Vertretern"."""
    text = view.texts[i]
    low = view.lowers[i]
    if not text[:1].isupper():
        return False
    j = i - 1
    while (
        j > sent.start
        and view.doc[j].is_lower
        and view.lowers[j].endswith(("e", "en"))
        and view.lowers[j] not in PLURAL_DETERMINERS | {"den"}
    ):
        j -= 1  # adjectives: "die beiden österreichischen Parteichefs"
    det = view.lowers[j] if j >= sent.start else ""
    before = view.lowers[j - 1] if j > sent.start else ""
    if det == "den" and before in DATIVE_PREPOSITIONS:
        plural_det = True
    else:
        plural_det = det in PLURAL_DETERMINERS
    # "mit Wirtschaftsvertretern", "die Gewerkschaftsspitzen": a compound of one
    if low in UNNAMED_SIDE_NOUNS or any(
        low.endswith(n) and len(low) >= len(n) + 4 for n in UNNAMED_SIDE_NOUNS
    ):
        return plural_det or (j == i - 1 and det in DATIVE_PREPOSITIONS)
    found = match_title(text)
    if found is None or not plural_det:
        return False
    title = found[1]
    if title.feminine:
        return low.endswith("innen")
    return not title.adjectival and not low.endswith("in")


#: words between a group noun and its owner or origin: "Vertretern der
#: IG Metall", "die Außenminister aus X und Y"
_OWNER_WORDS = frozenset({"der", "des", "aus", "von", "vom", "beider", "aller"})


def unnamed_side(view: DocView, sent: Span, t: Token, attendees: list[str]) -> bool:
    """A meeting of one named side whose other side is an unnamed group in the
    trigger's clause, with no actor named after it: "Präsident X hat die
    Parteichefs in der Hofburg empfangen", "X traf sich mit Vertretern der
    Gewerkschaft", "X kam mit den Gewerkschaften zusammen". Talks with an
    unnamed side are no meeting (a place does not make one); not a group
    named before the side, which gathers at its host's ("Die
    Regierungschefs beraten bei X in Paris"), nor "die
    Parteichefs Y und Z", "mit Vertretern der IG Metall", nor a visit ("X
    besuchte die Soldaten in Y": the visit of a place)."""
    if t.lower_.startswith(("besuch", "visite")) or t.lower_ in CONVENE_VERBS:
        return False  # "tagen die Länderchefs": the group is the body
    named = {k for k in attendees if kind_of(k) is not Kind.PLACE}
    if len(named) != 1 or any(is_intergov(k) for k in named):
        return False
    clause = _clause(view, sent, t.i)
    # the side named by "er" ("führte er Gespräche mit Vertretern"): a
    # singular person, never the group itself
    first = next(
        (i for i in clause if view.key(i) in named or view.lowers[i] == "er"), None
    )
    if first is None:
        return False  # "Bei einem Treffen vereinbarten die Minister": the
        # side named before may be the group itself
    for i in clause:
        if i < first:
            continue  # "beraten die Regierungschefs bei X in Paris": a
            # gathering of the group at its host's
        if view.key(i) is not None or not unnamed_plural(view, sent, i):
            continue
        # the group's own names or owner right after it: "die Parteichefs X
        # und Y", "Vertretern der IG Metall", "die Außenminister der EU"
        j = i + 1
        while (
            j < clause.stop
            and view.key(j) is None
            and view.doc[j].is_lower
            and (view.lowers[j] in _OWNER_WORDS or view.doc[j].pos_ == "ADJ")
        ):
            j += 1
        named_after = j < clause.stop and view.key(j) is not None
        if not named_after:
            return True
    return False
