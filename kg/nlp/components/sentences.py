"""``kg_line_breaks``: a line break ends a sentence.

News text puts headlines and sub-headings on lines of their own, without a
full stop ("Verhärtete Fronten\\n\\nDie anstehenden Gespräche …"). The
statistical/rule sentencizer would glue them to the next sentence; this
component, placed after it, starts a new sentence after every line break
that a capitalised word or a sign follows (not a lower-case word: a press
release wrapped at a fixed width, "„…“,\\nerzählt X", "Kurz darauf\\nkommt
…", goes on in its sentence; nor a bracketed word before a lower-case word
or a comma, the party of a name wrapped onto its own line: "Dezernent\\nHans
Kröger\\n(SPD) sagte, …"),
and after a number with a full stop when a word that never follows an
ordinal comes next ("stieg auf 92. Der Anteil …", "seit 2011. Das …": the
tokenizer keeps "92." whole, an ordinal, and the sentencizer goes on;
:data:`kg.lang.de.grammar.OPENERS_AFTER_NUMBER`). A number of up to three
digits with a full stop that ends a sentence after a capitalised word is a
number and the stop ("der Sender Kanal 24." -> "24", "."), so a name may
end in the number.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.lang.de.grammar import OPENERS_AFTER_NUMBER

__all__ = ["LineBreakSentences", "make_line_breaks"]


class LineBreakSentences:
    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
                j = i + 1
                while j < n and doc[j].is_space:
                    j += 1
                if j < n and not (doc[j].is_lower and doc[j].is_alpha):
                    doc[j].is_sent_start = not _wrapped_affiliation(doc, i, j)
            elif (
                token.text.endswith(".")
                and token.text[:1].isdigit()
                and token.text[:-1].replace(".", "").isdigit()
                and doc[i + 1].text in OPENERS_AFTER_NUMBER
            ):
                doc[i + 1].is_sent_start = True  # "seit 2011. Das …"
        _split_final_numbers(doc)
        return doc


def _wrapped_affiliation(doc: Doc, i: int, j: int) -> bool:
    """Token ``j`` after the line break at token ``i`` opens "(Word)" that a
    lower-case word or a comma follows, and the last word before the break is
    a capitalised one: the party or place of the name before ("Hans
    Kröger\\n(SPD) sagte")."""
    while i > 0 and doc[i].is_space:
        i -= 1
    return (
        j + 3 < len(doc)
        and doc[j].text == "("
        and doc[j + 2].text == ")"
        and doc[i].is_alpha
        and doc[i].text[:1].isupper()
        and (doc[j + 3].text == "," or (doc[j + 3].is_lower and doc[j + 3].is_alpha))
    )


_FINAL_NUMBER = re.compile(r"^\d{1,3}\.$")


def _split_final_numbers(doc: Doc) -> None:
    n = len(doc)
    found = []
    for tok in doc[1:]:
        if not _FINAL_NUMBER.match(tok.text) or not doc[tok.i - 1].text[:1].isupper():
            continue
        j = tok.i + 1
        while j < n and doc[j].is_space:
            j += 1
        if j == n or doc[j].is_sent_start:
            found.append(tok.i)
    if not found:
        return
    with doc.retokenize() as retokenizer:
        for i in found:
            tok = doc[i]
            retokenizer.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    for k, i in enumerate(found):
        doc[i + k + 1].is_sent_start = False  # the stop stays in its sentence


@Language.factory("kg_line_breaks")
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentences:
    return LineBreakSentences()
