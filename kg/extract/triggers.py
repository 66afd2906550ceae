"""Triggers: the words that name a meeting ("Treffen", "Gespräche", "trafen
sich", "bestellte den Botschafter ein"), and the senses of them that name none
("Entscheidungen treffen", "trifft im Finale auf Cilic", "im Gespräch mit der
FAS")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import is_media, keys_from
from kg.extract.counterparts import state_of_post
from kg.extract.records import Kind, entity_key, kind_of
from kg.extract.view import DocView
from kg.lang.de.grammar import DETERMINERS, PREPOSITIONS, RELATIVE_PRONOUNS
from kg.lang.de.meeting_formats import meeting_format, round_table
from kg.lang.de.meetings import (
    AGREE_VERBS,
    AGREEMENT_NOUNS,
    CALL_UP_FORMS,
    CHAT_VERBS,
    COME_VERBS,
    CONVENE_VERBS,
    COUNTERPARTS,
    DEMAND_VERBS,
    MEAL_NOUNS,
    NEGOTIATED,
    NO_AGREEMENT,
    NOT_MEETINGS,
    PACT_VERBS,
    PARTY_BODIES,
    PHONE_WORDS,
    REPRESENTATIVES,
    SCORE,
    SEPARABLE_VERBS,
    SIGN_VERBS,
    SPORTS_CUES,
    SUMMON_VERBS,
    TALK_VERBS,
    TREFFEN_FORMS,
    TREFFEN_OBJECTS,
    TRIGGER_HEADS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
    VAGUE_IDIOMS,
    VERB_CLOSERS,
    WIN_WORDS,
)
from kg.lang.de.titles import match_title

__all__ = [
    "demanded",
    "is_call",
    "is_interview",
    "is_sports_report",
    "is_vague",
    "signed_agreement",
    "sports_sense",
    "talk_without_partner",
    "trigger_kind",
    "won_or_lost",
]


def trigger_kind(tok: Token) -> str | None:
    """'noun' or 'verb' if ``tok`` names a meeting."""
    low = tok.lower_
    if low in NOT_MEETINGS:
        return None
    if tok.text[:1].isupper():
        if low in TRIGGER_NOUNS:
            return "noun"
        if _meal_with(tok):
            return "noun"  # "beim Arbeitsessen mit X", "das Essen mit X"
        if (
            low == "gast"
            and tok.i > tok.sent.start
            and tok.doc[tok.i - 1].lower_ == "zu"
            and tok.i + 1 < tok.sent.end
            and tok.nbor().lower_ == "bei"
        ):
            return "noun"  # "war zu Gast bei Papst Franziskus"
        if (
            len(low) > 8
            and low.endswith(TRIGGER_HEADS)
            and "-" not in low
            and not low.endswith(("betreffen", "übertreffen"))
        ):
            return "noun"
        if (
            (low in AGREEMENT_NOUNS or low.endswith("abkommen"))
            and tok.i + 1 < tok.sent.end
            and tok.nbor().lower_ == "zwischen"
        ):
            return "noun"  # "das Abkommen zwischen der EU und den USA"
        last = low.rsplit("-", 1)[-1]
        if (
            "-" in low
            and (
                last in TRIGGER_NOUNS
                or (len(last) > 6 and last.endswith(TRIGGER_HEADS))
            )
            and last not in NOT_MEETINGS
        ):
            return "noun"  # "Uno-Sondersitzung", "Nato-Außenministertreffen"
        if (fmt := meeting_format(low)) is not None and fmt.trigger:
            return "noun"  # "beim Weltwirtschaftsforum", "der UN-Vollversammlung"
        if tok.i > tok.sent.start and round_table(tok.doc[tok.i - 1].text, tok.text):
            return "noun"  # "am Runden Tisch mit X und Y"
        return None
    if tok.is_lower and (low in TRIGGER_VERBS or low in NEGOTIATED):
        return "verb"
    if tok.is_lower and low in SEPARABLE_VERBS and _separable_meeting(tok):
        return "verb"  # "setzten sich X und Y zusammen", "handelten ... aus"
    if tok.is_lower and low in SUMMON_VERBS and _summoned_to_ministry(tok):
        return "verb"  # "ins Prager Außenministerium zitiert"
    if low in ("bestellte", "bestellten", "bestellt") and any(
        w.lower_ == "ein" and (w.i + 1 >= w.sent.end or w.nbor().is_punct)
        for w in tok.doc[tok.i + 1 : tok.sent.end]
    ):
        return "verb"  # "bestellte den Botschafter ein"
    if low in COME_VERBS and _particle_later(tok, "zusammen"):
        return "verb"  # "Scholz kam mit Macron in Kiew zusammen"
    if (
        tok.is_lower
        and low in CHAT_VERBS
        and any(
            w.lower_ == "sich"
            for w in tok.doc[max(tok.sent.start, tok.i - 6) : tok.i + 2]
        )
    ):
        return "verb"  # "X und Y unterhielten sich", "hat sich mit Y unterhalten"
    if low in TALK_VERBS and tok.i + 1 < tok.sent.end and tok.nbor().lower_ == "sich":
        return None  # "spricht sich gegen eine Koalition aus"
    if (
        low in TALK_VERBS
        and tok.is_lower
        and (
            any(
                w.lower_ in ("mit", "miteinander", "telefonisch", "telefon")
                for w in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 11)]
            )
            or _with_before(tok) is not None
        )
    ):
        # "sprach Erdoğan mit Biden", "sprachen Putin und Erdoğan am Telefon",
        # "..., dass er mit Putin gesprochen habe" (a partner is checked later)
        return "verb"
    if low in CONVENE_VERBS:
        return "verb"  # "Der NATO-Russland-Rat tagt" (an intergovernmental body)
    if tok.is_lower and low in AGREE_VERBS and _sich_before(tok):
        # "SPÖ und ÖVP einigten sich", "haben sich geeinigt", "hatten sich nach
        # der Wahl im Jänner 2015 auf die Zusammenarbeit geeinigt"
        return "verb"
    if tok.is_lower and low in PACT_VERBS and not _attributive(tok):
        return "verb"  # "X und Y vereinbarten", "zwischen X und Y vereinbart"
    if (
        tok.is_lower
        and low in SIGN_VERBS
        and not _attributive(tok)
        and _signs_agreement(tok)
    ):
        return "verb"  # "hat mit X einen Liefervertrag abgeschlossen"
    return None


#: endings of the nouns of an agreement that is signed or concluded
_AGREEMENT_HEADS = (
    "vertrag",
    "verträge",
    "abkommen",
    "vereinbarung",
    "pakt",
    # a memorandum of understanding: "unterzeichneten eine Absichtserklärung"
    "absichtserklärung",
)


def _meal_with(tok: Token) -> bool:
    """``tok`` is a meal taken with someone: a word of :data:`MEAL_NOUNS` with
    "mit" or "zwischen" right after it; bare "Essen" after a determiner only
    ("das Essen mit X", not "in Essen mit X")."""
    low = tok.lower_
    if low not in MEAL_NOUNS and low.rsplit("-", 1)[-1] not in MEAL_NOUNS:
        return False
    sent = tok.sent
    if tok.i + 1 >= sent.end or tok.nbor().lower_ not in ("mit", "zwischen"):
        return False
    if low.startswith("essen"):
        return tok.i > sent.start and tok.doc[tok.i - 1].lower_ in DETERMINERS
    return True


def _signs_agreement(tok: Token) -> bool:
    """A verb of :data:`SIGN_VERBS` has an agreement noun in its clause: "hat mit
    X einen Zehnjahresvertrag abgeschlossen", "unterzeichneten X und Y ein
    Abkommen" (not "schloss die Fabrik", "die Grenze wurde geschlossen")."""
    return signed_agreement(tok) is not None


def signed_agreement(tok: Token) -> str | None:
    """The agreement noun (lower case) in the clause of ``tok``, else None."""
    doc, sent = tok.doc, tok.sent
    for step in (-1, 1):
        i = tok.i + step
        while sent.start <= i < sent.end and abs(i - tok.i) <= 10:
            w = doc[i]
            if w.text in (",", ";", ":"):
                break
            if w.text[:1].isupper() and w.lower_.endswith(_AGREEMENT_HEADS):
                return w.lower_
            i += step
    return None


def demanded(t: Token, sent: Span) -> bool:
    """The meeting noun ``t`` is demanded, urged or hoped for, not said to take
    place: "setzte auf Gespräche mit", "drängt auf neue Verhandlungen",
    "plädiert für Gespräche", "fordert sofortige Verhandlungen", "rief die
    Parteien zu Gesprächen auf" (:data:`DEMAND_VERBS`)."""
    if not t.text[:1].isupper():
        return False
    doc = t.doc
    j = t.i - 1
    # articles and adjectives before the noun: "auf neue Gespräche"
    while (
        j > sent.start
        and t.i - j <= 3
        and doc[j].is_lower
        and doc[j].is_alpha
        and doc[j].lower_ not in PREPOSITIONS
        and doc[j].lower_ not in DEMAND_VERBS[""]
    ):
        j -= 1  # not past another preposition: "fordert in den Verhandlungen"
    prep = doc[j].lower_ if j >= sent.start else ""
    if prep in DEMAND_VERBS[""]:
        return True  # "fordert Verhandlungen"
    if not prep or prep not in DEMAND_VERBS:
        return False
    verbs = DEMAND_VERBS[prep]
    before = _clause_words(doc, sent, j, -1)
    after = _clause_words(doc, sent, t.i, 1)
    if prep == "zu":
        # "rief X zu Gesprächen auf", "wurden zu Gesprächen aufgerufen"
        return any(w in CALL_UP_FORMS for w in after) or (
            any(w in verbs for w in before) and "auf" in after
        )
    return any(w in verbs for w in before) or any(w in verbs for w in after[:6])


def _clause_words(doc: Doc, sent: Span, i: int, step: int) -> list[str]:
    """The lower-case words from ``i`` (exclusive) in direction ``step`` up to a
    comma or the sentence's end, at most 8."""
    out: list[str] = []
    i += step
    while sent.start <= i < sent.end and len(out) < 8:
        if doc[i].text in (",", ";", ":"):
            break
        out.append(doc[i].lower_)
        i += step
    return out


def _sich_before(tok: Token) -> bool:
    """The word "sich" in the 14 words before ``tok`` or after it in the sentence, or
    up to 30 words before when only names, "und", commas and a noun of parties
    lie between it and those 14 ("hatten sich die Verhandlungspartner USA,
    Russland, China, ... und Deutschland mit dem Iran darauf geeinigt"; not
    "hatten sich Außenministerin X und ihre Amtskollegin Y bei ihrem Treffen
    am 14. März in Paris verständigt", where the meeting is named)."""
    sent = tok.sent
    start = tok.i - sent.start
    if any(w.lower_ == "sich" for w in sent[max(0, start - 14) :]):
        return True
    words = sent[max(0, start - 30) : max(0, start - 14)]
    for w in reversed(words):
        if w.lower_ == "sich":
            # the words after it up to the window: names, "und", commas
            gap = sent.doc[w.i + 1 : tok.i - 14]
            return len(gap) > 0 and all(
                g.ent_type_
                or g.lower_ in ("und", ",", "die", "der", "den")
                or g.lower_ in PARTY_BODIES
                for g in gap
            )
    return False


def _attributive(tok: Token) -> bool:
    """``tok`` is a participle used as an adjective or in "wie vereinbart": "die
    vereinbarten Maßnahmen", "der mit X vereinbarte Plan"."""
    doc = tok.doc
    if tok.i > tok.sent.start and doc[tok.i - 1].lower_ == "wie":
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    # a noun follows, not a name of the parties ("vereinbarten Merkel und ...")
    return (
        nxt is not None
        and nxt.text[:1].isupper()
        and not nxt.is_punct
        and not nxt.ent_type_
    )


def _separable_meeting(tok: Token) -> bool:
    """A form of :data:`SEPARABLE_VERBS` names a meeting: its particle closes
    the clause ("handelten einen Kompromiss aus"; for "setzen" also a word in
    "tisch": "setzten sich an einen Tisch"), and "sich" stands near it where
    the verb needs it ("setzten sich ... zusammen", "sich auszutauschen")."""
    particle, reflexive = SEPARABLE_VERBS[tok.lower_]
    sent = tok.sent
    if reflexive and not any(
        w.lower_ == "sich"
        for w in tok.doc[max(sent.start, tok.i - 8) : min(sent.end, tok.i + 4)]
    ):
        return False
    if not particle:
        return True
    if _particle_later(tok, particle):
        return True
    return particle == "zusammen" and any(
        w.lower_.endswith("tisch") and w.text[:1].isupper()
        for w in tok.doc[tok.i + 1 : min(sent.end, tok.i + 10)]
    )


def _with_before(tok: Token) -> Token | None:
    """The "mit" that opens the partner phrase of a talk verb ending its clause:
    "..., dass er mit Putin gesprochen habe", "mit Raiffeisen reden"; or the
    "miteinander", "telefonisch" that make its subjects the sides ("X und Y
    wollen miteinander sprechen")."""
    doc, sent = tok.doc, tok.sent
    nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct or nxt.lower_ in VERB_CLOSERS):
        return None
    for i in range(tok.i - 1, max(sent.start, tok.i - 9) - 1, -1):
        w = doc[i]
        if w.text in (",", ";", ":") or w.lower_ in TALK_VERBS:
            return None
        if w.lower_ in ("mit", "miteinander", "telefonisch"):
            return w
    return None


def _particle_later(tok: Token, particle: str) -> bool:
    """The separable particle ends ``tok``'s clause: "kam ... zusammen"."""
    for w in tok.doc[tok.i + 1 : min(tok.sent.end, tok.i + 15)]:
        if w.lower_ == particle and (w.i + 1 >= tok.sent.end or w.nbor().is_punct):
            return True
        if w.text in (",", ";", ":"):
            return False
    return False


def _summoned_to_ministry(tok: Token) -> bool:
    """ "zitieren" means to summon when the sentence sends someone "ins
    Außenministerium" / "ins Außenamt"."""
    sent = tok.sent
    for w in sent:
        if w.lower_ in ("ins", "in") and w.i < sent.end - 1:
            for x in tok.doc[w.i + 1 : min(sent.end, w.i + 4)]:
                if x.lower_.endswith(("ministerium", "außenamt", "amt")):
                    return True
    return False


def is_call(t: Token, sent: Span) -> bool:
    """The meeting ``t`` names is a phone call: "Telefonat", "telefonierten",
    or "telefonisch", "am Telefon" right around the trigger ("setzten ihre
    Beratungen über die Lage telefonisch fort")."""
    if t.lower_.startswith(PHONE_WORDS):
        return True
    doc = t.doc
    near = doc[max(sent.start, t.i - 3) : min(sent.end, t.i + 9)]
    return any(w.lower_.startswith(PHONE_WORDS) for w in near)


def is_sports_report(doc: Doc) -> bool:
    """A match report: scores and sports words. There "treffen" means to face or to
    score ("Kane traf zum 1:0", "trifft im Finale auf Cilic"), "empfangen" to host."""
    cues = sum(1 for t in doc if t.lower_ in SPORTS_CUES or SCORE.match(t.text))
    return cues >= 4 and cues * 60 >= len(doc) * 1


def won_or_lost(t: Token, kind: str, sent: Span) -> bool:
    """A match noun ("Begegnung", "Duell") in a sentence that wins or loses it:
    a match, in any article."""
    return (
        kind == "noun"
        and sports_sense(t, kind)
        and any(w.lower_ in WIN_WORDS for w in sent)
    )


def sports_sense(t: Token, kind: str) -> bool:
    low = t.lower_
    if kind == "verb":
        return low.startswith((*TREFFEN_FORMS, "empf"))
    return low.endswith(("aufeinandertreffen", "duell", "begegnung", "begegnungen"))


def is_vague(doc: Doc, t: Token, kind: str, sent: Span) -> bool:
    prev = doc[t.i - 1].lower_ if t.i > 0 else ""
    if (prev, t.lower_) in VAGUE_IDIOMS:
        return True
    if t.lower_ == "einigung" and any(
        w.lower_ in NO_AGREEMENT for w in doc[max(sent.start, t.i - 3) : t.i]
    ):
        return True  # "keine Einigung erzielt": no agreement, no meeting
    if (
        kind == "verb"
        and t.lower_.startswith(("treff", "traf", "triff"))
        and any(
            w.lower_ == "auf"
            and w.i + 1 < sent.end
            and (
                doc[w.i + 1].lower_
                not in ("dem", "der", "einem", "einer", "den", "das")
                # "trifft er auf den Sieger" (accusative: to face), but "trafen
                # sich auf den Philippinen" (a place)
                or (
                    doc[w.i + 1].lower_ in ("den", "einen")
                    and w.i + 2 < sent.end
                    and doc[w.i + 2].ent_type_ != "LOC"
                )
            )
            for w in doc[t.i + 1 : min(sent.end, t.i + 7)]
        )
    ):
        return True  # "trifft auf Cilic": to face, not to meet
    if kind == "verb" and t.lower_.startswith(("treff", "traf", "getroffen")):
        # "Entscheidungen treffen", "Vorkehrungen getroffen", "hart getroffen"
        window = doc[max(sent.start, t.i - 6) : t.i]
        if any(w.lower_ in TREFFEN_OBJECTS for w in window) or prev in (
            "hart",
            "schwer",
        ):
            return True
        if t.lower_ == "treffen" and prev in ("dem", "das", "beim", "zum", "vom"):
            return True
        if _relative_to(doc, t, sent, TREFFEN_OBJECTS):
            return True  # "Vereinbarungen, die X mit Y traf"
        if _object_in_clause(doc, t, sent, TREFFEN_OBJECTS):
            return True  # "alle Vorbereitungen für eine neue Lösung zu treffen"
    return False


def _object_in_clause(doc: Doc, t: Token, sent: Span, nouns: frozenset[str]) -> bool:
    """One of ``nouns`` stands before ``t`` in its clause (back to a comma,
    semicolon or colon) with no named entity between: "beauftragt, alle
    erforderlichen Vorbereitungen für eine „Gesamtlösung der X" zu treffen", not
    "Nach den Entscheidungen des Rates will Merkel Obama treffen"."""
    for i in range(t.i - 1, sent.start - 1, -1):
        w = doc[i]
        if w.text in (",", ";", ":") or w.ent_type_:
            return False
        if w.lower_ in nouns:
            return True
    return False


def _relative_to(doc: Doc, t: Token, sent: Span, nouns: frozenset[str]) -> bool:
    """``t`` ends a relative clause whose antecedent is one of ``nouns``:
    "Vereinbarungen, die Gantschew, Chef von Petrol, mit Kontenbesitzern traf"
    (the nearest comma before ``t`` that a relative pronoun follows opens it)."""
    for i in range(t.i - 1, sent.start, -1):
        if doc[i].text == "," and doc[i + 1].lower_ in RELATIVE_PRONOUNS:
            return any(x.lower_ in nouns for x in doc[max(sent.start, i - 2) : i])
    return False


def is_interview(
    view: DocView,
    t: Token,
    sent: Span,
) -> bool:
    """ "im Gespräch mit der FAS", "im STANDARD-Gespräch", "im APA-Interview":
    a talk with a medium."""
    doc = view.doc
    head, dash, _ = t.text.rpartition("-")
    if dash and head and is_media(entity_key(Kind.ORG, head)):
        return True  # the compound names the medium in front
    for w in doc[t.i + 1 : min(sent.end, t.i + 3)]:
        if w.lower_ == "mit":
            keys = keys_from(view, w.i + 1, sent.end)
            return bool(keys) and all(is_media(k) for k in keys)
    return False


def talk_without_partner(
    view: DocView,
    t: Token,
    sent: Span,
) -> bool:
    """ "sprach mit Journalisten", "sprach mit dem STANDARD": "sprechen mit" is a
    meeting only with a named person, state or organisation that is no medium."""
    doc = view.doc
    if t.lower_ not in TALK_VERBS and not (
        # "unterhielt sich mit Journalisten"; "X und Y unterhielten sich" has
        # its sides in the subject
        t.lower_ in CHAT_VERBS
        and any(w.lower_ == "mit" for w in doc[t.i + 1 : min(sent.end, t.i + 11)])
    ):
        return False
    before = _with_before(t)
    for w in doc[t.i + 1 : min(sent.end, t.i + 11)] if before is None else [before]:
        if w.lower_ in ("miteinander", "telefonisch", "telefon"):
            # "sprachen Putin und Erdoğan am Telefon": two named sides
            actors = {
                k
                for i in range(sent.start, sent.end)
                if (k := view.key(i))
                and kind_of(k) in (Kind.PERSON, Kind.PLACE)
                and not is_media(k)
            }
            return len(actors) < 2
        if w.lower_ == "mit":
            j = w.i + 1
            if j < sent.end and doc[j].lower_ in ("ihm", "ihr"):
                return False  # "sprach mit ihm": the person named before
            while j < sent.end and doc[j].is_lower and j - w.i <= 4:
                j += 1  # "mit seinem russischen Amtskollegen"
            if j < sent.end and (
                match_title(doc[j].text) or doc[j].lower_ in COUNTERPARTS
            ):
                j += 1
            if state_of_post(view, sent, w.i + 1) is not None:
                return False  # "mit ihrer tschechischen Amtskollegin": the state
            if (
                j + 1 < sent.end
                and doc[j].lower_ in REPRESENTATIVES
                and doc[j + 1].lower_ in ("von", "der", "des", "aus")
            ):
                j += 2  # "sprach mit Vertretern von X", "mit der Delegation der X"
            keys = keys_from(view, j, sent.end)
            return not keys or all(is_media(k) for k in keys)
    return True
