"""The GermEval documents of ``bench/extract_dev_ge.jsonl`` and
``bench/extract_heldout_ge.jsonl``: how they were selected.

A document (``bench/ud_news.py``, section ``GermEval``) is a candidate when its
source URL is not Wikipedia and its text contains a word of ``KEYWORDS``, a broad
list of meeting, visit and talks words fixed before kg ran on these texts (it is
no part of the system and knows nothing of its rules). Candidates are taken in
index order; the 1st, 3rd, 5th … form the development half, the 2nd, 4th, 6th …
the held-out half.

``python bench/germeval_meetings.py`` prints ``index<TAB>half<TAB>text``.

``bench/extract_dev_ge2.jsonl`` (development only) takes the news documents that
neither half used, by a second word list fixed before kg ran on them
(``KEYWORDS2``: encounters, hosts and guests, invitations, journeys, assemblies,
dialogues, agreements and signings, "sprach mit", rounds and appointments), all of
them in index order, plus every 200th news document that matches neither list (a
precision sample): ``python bench/germeval_meetings.py ge2`` prints
``index<TAB>kind<TAB>text``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ud_news import rows  # noqa: E402

KEYWORDS = re.compile(
    r"treffen|\btr[aio]f(en|st|t)?\b|getroffen|gipfel|gespräch|verhandl"
    r"|empf[aäi]ng|besuch|konferenz|sitzung|\bberat(en|ung)|\bberiet"
    r"|zusammen(kommen|kunft|gekommen|zukommen)|\bkam(en)?\b.*\bzusammen\b"
    r"|unterred|telefon(at|iert|ierte|ierten|ieren)\b|delegation|audienz|visite"
    r"|einbestell|\btag(t|te|ten|ung|ungen)\b",
    re.IGNORECASE,
)

KEYWORDS2 = re.compile(
    r"begegn|amtskolleg|gastgeber|\bzu gast\b|staatsgast|\bg[aä]ste?n?\b|einlad|eingeladen"
    r"|\breis(t|te|ten|e)\b|gereist|versamm|kongress|forum\b|dialog|konsultation|aussprache"
    r"|abkommen|unterzeichn|vereinbar|\beinigt|\bgeeinigt|einigung|\bsprach(en)? mit\b"
    r"|\brunde[nr]?\b|\btermin|\bweilt|aufenthalt|handschlag|vertreter|\bkam(en)? .{0,40}\bzu\b",
    re.IGNORECASE,
)


def selection() -> list[tuple[int, str, str]]:
    """(index, "dev" or "heldout", text) of each selected document."""
    picked = [
        (i, text)
        for i, (url, text) in enumerate(rows("GermEval"))
        if "wikipedia.org" not in url and KEYWORDS.search(text)
    ]
    return [
        (i, "dev" if n % 2 == 0 else "heldout", text)
        for n, (i, text) in enumerate(picked)
    ]


def selection2() -> list[tuple[int, str, str]]:
    """(index, "words" or "sample", text) of each document of ``extract_dev_ge2``:
    news documents of neither half of ``selection``; those with a word of
    ``KEYWORDS2``, then every 200th of those with a word of neither list."""
    news = [
        (i, text)
        for i, (url, text) in enumerate(rows("GermEval"))
        if "wikipedia.org" not in url and not KEYWORDS.search(text)
    ]
    words = [(i, "words", text) for i, text in news if KEYWORDS2.search(text)]
    rest = [(i, "sample", text) for i, text in news if not KEYWORDS2.search(text)]
    return sorted(words + rest[::200])


if __name__ == "__main__":
    if sys.argv[1:] == ["ge2"]:
        for i, kind, text in selection2():
            print(f"{i}\t{kind}\t{text}")
    else:
        for i, half, text in selection():
            print(f"{i}\t{half}\t{text}")
