"""Meeting precision on the non-held-out rows of 10kGNAD ``test.csv`` against
the hand judgments in ``bench/meeting_audit.tsv`` (issue 15).

Each system meeting is matched to a judged row by (section, index within the
section, sorted attendee keys); a row matches once (two equal meetings of one
article need two rows). Verdicts: ``Y`` a real meeting with right attendees,
``A`` a real meeting with a wrong attendee, ``N`` no meeting. Precision is
(Y + A) / judged; meetings that match no row are listed with ``?``: judge them
by hand and append them to the TSV, never accept them unread.

The held-out rows (International 60-150, Inland 40-79, Wirtschaft 80-99, the
rows of ``bench/extract_gold*.jsonl``) are skipped.

Reproduce::

    PYTHONPATH=$PWD python bench/meeting_audit.py [--csv PATH/test.csv]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from unseen_rows import TEST_CSV as DEFAULT_CSV  # noqa: E402
from unseen_rows import rows as load_rows  # noqa: E402

DEFAULT_TSV = Path(__file__).with_name("meeting_audit.tsv")

Key = tuple[str, int, str]


def load_judged(path: Path) -> dict[Key, list[tuple[str, str]]]:
    """(section, index, attendees) -> the (verdict, note) of its judged rows."""
    out: dict[Key, list[tuple[str, str]]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith(("#", "section\t")) or not line.strip():
                continue
            sec, idx, att, _place, verdict, note = (
                line.rstrip("\n").split("\t") + [""]
            )[:6]
            out.setdefault((sec, int(idx), att), []).append((verdict, note))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--judged", type=Path, default=DEFAULT_TSV)
    args = ap.parse_args()

    from kg.extract import doc_to_records
    from kg.nlp import load_nlp, pipe

    rows = load_rows(args.csv)
    judged = load_judged(args.judged)
    nlp = load_nlp()
    verdicts: Counter[str] = Counter()
    unjudged = []
    for (sec, i, _), doc in zip(
        rows, pipe(nlp, (r[2] for r in rows), batch_size=16), strict=True
    ):
        rec = doc_to_records(doc, article_id="t", content_hash="h")
        for m in rec.meetings:
            att = "|".join(sorted(m.attendees))
            left = judged.get((sec, i, att))
            if left:
                verdict, note = left.pop(0)
                verdicts[verdict] += 1
                if verdict in ("N", "A"):
                    print(f"{verdict}\t{sec}\t{i}\t{att}\t{note}")
            else:
                place = m.location or ""
                unjudged.append(f"?\t{sec}\t{i}\t{att}\t{place}\t{list(m.triggers)}")
    for line in unjudged:
        print(line)
    for (sec, i, att), left in sorted(judged.items()):
        for verdict, note in left:
            print(f"lost {verdict}\t{sec}\t{i}\t{att}\t{note}")
    n = sum(verdicts.values())
    real = verdicts["Y"] + verdicts["A"]
    gone = sum(len(v) for v in judged.values())
    print(
        f"judged meetings found {n} (Y {verdicts['Y']}, A {verdicts['A']}, "
        f"N {verdicts['N']}), precision {real / n if n else 0:.3f}; "
        f"unjudged {len(unjudged)}; judged rows no longer produced {gone} "
        f"(Y/A lost: {sum(v in ('Y', 'A') for vs in judged.values() for v, _ in vs)})"
    )


if __name__ == "__main__":
    main()
