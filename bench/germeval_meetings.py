"""The GermEval documents of ``bench/extract_dev_ge.jsonl`` and
``bench/extract_heldout_ge.jsonl``: how they were selected.

A document (``bench/ud_news.py``, section ``GermEval``) is a candidate when its
source URL is not Wikipedia and its text contains a word of ``KEYWORDS``, a broad
list of meeting, visit and talks words fixed before kg ran on these texts (it is
no part of the system and knows nothing of its rules). Candidates are taken in
index order; the 1st, 3rd, 5th … form the development half, the 2nd, 4th, 6th …
the held-out half.

``python bench/germeval_meetings.py`` prints ``index<TAB>half<TAB>text``.
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


if __name__ == "__main__":
    for i, half, text in selection():
        print(f"{i}\t{half}\t{text}")
