"""Meeting recall on the natural distribution (issue 15): the sentences of the
non-held-out rows of 10kGNAD ``test.csv`` that hold a meeting cue (a trigger
noun or one of its compounds, a meeting verb) but lie in no kg meeting.

``--sample`` writes 100 of them, drawn with a fixed seed, to
``bench/meeting_recall_audit.tsv`` for judging by hand: ``verdict`` ``Y`` (a
real missed meeting under ``bench/extract_gold.md``) or ``N``, the attendees
and place as the text names them (``|``-separated), and ``why`` kg missed it.
Without ``--sample`` the judged file is read back and each ``Y`` row is checked:
(and each ``M`` row, a mention of a meeting kg finds elsewhere in the article)
is its sentence now in a kg meeting, and do that meeting's attendees cover the
judged attendees (each judged name one of the names or mention texts of an
attendee entity, folded, or inside one of them)?

The held-out rows (International 60-150, Inland 40-79, Wirtschaft 80-99) are
skipped (``bench/meeting_audit.py`` reads the rows).

Reproduce::

    PYTHONPATH=$PWD python bench/meeting_recall_audit.py [--sample]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from meeting_audit import DEFAULT_CSV, load_rows  # noqa: E402

from kg.lang.de.meetings import (  # noqa: E402
    TRIGGER_HEADS,
    TRIGGER_NOUNS,
    TRIGGER_VERBS,
)

DEFAULT_TSV = Path(__file__).with_name("meeting_recall_audit.tsv")
SEED = 15
N_SAMPLE = 100
WORD = re.compile(r"[\wÄÖÜäöüß-]+")
HEADER = "section\tindex\tsentence_no\tverdict\tattendees\tplace\twhy\tsentence"


def has_cue(sentence: str) -> bool:
    """Whether ``sentence`` holds a meeting noun, compound or verb form."""
    for word in WORD.findall(sentence):
        low = word.lower()
        if low in TRIGGER_NOUNS or low in TRIGGER_VERBS:
            return True
        if word[:1].isupper() and low.endswith(TRIGGER_HEADS):
            return True
    return False


def _folded(text: str) -> str:
    return text.lower().replace("-", " ").replace("_", " ")


def _same(judged: str, name: str) -> bool:
    """A judged attendee name and a folded name form of an entity."""
    j = _folded(judged)
    return bool(name) and (j == name or j in name or (len(name) > 3 and name in j))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    ap.add_argument("--sample", action="store_true")
    args = ap.parse_args()

    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    rows = load_rows(args.csv)
    judged: dict[tuple[str, int, str], list[str]] = {}
    if not args.sample:
        with args.tsv.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith(("#", "section\t")) or not line.strip():
                    continue
                cols = line.rstrip("\n").split("\t")
                judged[(cols[0], int(cols[1]), cols[7])] = cols
        wanted = {(s, i) for s, i, _ in judged}
        rows = [r for r in rows if (r[0], r[1]) in wanted]
    nlp = load_nlp()
    missed = []
    cued = 0
    covered: dict[tuple[str, int, str], list[list[set[str]]]] = {}
    for (sec, i, _), doc in zip(
        rows, pipe(nlp, (r[2] for r in rows), batch_size=16), strict=True
    ):
        rec = doc_to_records(doc, article_id="t", content_hash="h")
        forms = {
            e.key: {
                _folded(n) for n in (e.name, *e.aliases, *(m.text for m in e.mentions))
            }
            for e in rec.entities
        }
        in_meeting: dict[int, list[list[set[str]]]] = {}
        for m in rec.meetings:
            names = [forms.get(k, {_folded(k.partition("/")[2])}) for k in m.attendees]
            for s in m.sentences:
                in_meeting.setdefault(s, []).append(names)
        for s_i, sent in enumerate(rec.sentences):
            text = " ".join(sent.text.split())
            covered[(sec, i, text)] = in_meeting.get(s_i, [])
            if not has_cue(text):
                continue
            cued += 1
            if s_i not in in_meeting:
                missed.append((sec, i, s_i, text))
    if args.sample:
        print(f"cue sentences {cued}, in no meeting {len(missed)}")
        sample = random.Random(SEED).sample(missed, min(N_SAMPLE, len(missed)))
        with args.tsv.open("w", encoding="utf-8") as f:
            f.write(HEADER + "\n")
            for sec, i, s_i, text in sorted(sample):
                f.write(f"{sec}\t{i}\t{s_i}\t\t\t\t\t{text}\n")
        return
    for verdict in ("Y", "M"):
        found = right = real = 0
        for key, cols in judged.items():
            if cols[3] != verdict:
                continue
            real += 1
            meetings = covered.get(key, [])
            want = [a for a in cols[4].split("|") if a]
            ok = any(
                all(any(_same(w, n) for names in att for n in names) for w in want)
                for att in meetings
            )
            found += bool(meetings)
            right += ok
            mark = "right" if ok else ("found" if meetings else "missed")
            keys = [sorted(min(names, key=len) for names in att) for att in meetings]
            print(f"{verdict} {mark}\t{key[0]}\t{key[1]}\t{cols[4]}\t{keys}")
        print(
            f"judged {verdict} rows {real}: now in a meeting {found}, "
            f"with the judged attendees {right}"
        )


if __name__ == "__main__":
    main()
