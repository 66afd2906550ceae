"""The other party of an agreement signed or concluded, named after "mit" right
after the agreement noun that follows the verb: "Die Schweiz schloss 1972 ein
Freihandelsabkommen mit der EWG ab", "Die Nordbank unterzeichnete einen
Kooperationsvertrag mit der Südbank".

Elsewhere a noun's "mit" belongs to the noun ("erörterten das Atomabkommen mit
den USA": the talks are not with the USA, :func:`kg.lang.de.meetings.with_relation`);
for a verb of :data:`kg.lang.de.meetings.SIGN_VERBS` the noun is what is signed,
and the one it is signed with is a party, as in "hat mit X einen Vertrag
abgeschlossen". An agreement a single person signs with a company stays no
meeting (:func:`kg.extract.meetings._no_meeting`: "Adele unterzeichnete einen
Plattenvertrag mit Sony").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.actors import keys_from
from kg.extract.triggers import signed_agreement
from kg.extract.view import DocView
from kg.lang.de.meetings import SIGN_VERBS

__all__ = ["signed_with"]


def signed_with(view: DocView, sent: Span, t: Token) -> list[str]:
    """The keys named after "mit" right after the agreement noun that follows the
    signing verb ``t`` in its clause (at most ten words on), up to the clause's
    end; else an empty list."""
    if t.lower_ not in SIGN_VERBS or signed_agreement(t) is None:
        return []
    doc = view.doc
    end = next(
        (i for i in range(t.i + 1, sent.end) if doc[i].text in (",", ";", ":", "–")),
        sent.end,
    )
    for i in range(t.i + 1, min(end - 1, t.i + 11)):
        w = doc[i]
        if (
            w.text[:1].isupper()
            and w.lower_ == signed_agreement(t)
            and doc[i + 1].lower_ == "mit"
        ):
            return keys_from(view, i + 2, end)
    return []
