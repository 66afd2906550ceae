"""German words that tell a sub-heading glued to the sentence after it (issue
17): text that lost its line breaks (10kGNAD) runs a sub-heading without a
full stop into the next sentence, "Billiger als erwartet Der Park sei billiger
als …". An article, a pronoun or a preposition written with a capital inside a
sentence opens the sentence after the heading; inside running text such a word
is capitalised only in a name or a title ("die Zeitung Die Welt"), which
:func:`kg.extract.quotes_headlines.glued_heading` leaves alone.
"""

from __future__ import annotations

__all__ = ["HEADING_BREAK_WORDS"]

#: capitalised words that open a sentence and stand capitalised inside one
#: only in a name or a title (not "Sie", the polite pronoun, nor "Ich")
HEADING_BREAK_WORDS = frozenset(
    (
        "Der Die Das Den Dem Des Ein Eine Einen Einem Eines Es Er Wir Man "
        "In Im Am An Auf Aus Bei Für Mit Nach Seit Von Vom Vor Zum Zur "
        "Auch Ebenfalls Doch Aber Dabei Damit Dennoch Jetzt Nun Zudem Zwar"
    ).split()
)
