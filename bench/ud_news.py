"""German news texts from the Universal Dependencies treebanks, as small articles.

A source of evaluation text that the 10kGNAD development and held-out sets do not
share: ``../shared/data/ud-german/de_pud-ud-test.conllu`` (UD_German-PUD, CC BY-SA
3.0; German translations of English news and Wikipedia sentences, grouped into
documents by ``# newdoc id``) and the two GSD files (UD_German-GSD, CC BY-SA 4.0;
German web and news sentences, one sentence per row, no documents).

The texts are rebuilt from the ``# text`` lines at evaluation time; nothing of them
is checked in. Sections, with their 0-based ``index``:

- ``PUD``: the news documents of PUD (``newdoc id`` beginning with ``n``), in file
  order; the sentences of one document joined by a space.
- ``GSD``: the sentences of ``de_gsd-ud-dev.conllu`` then ``de_gsd-ud-test.conllu``,
  in file order, one per row.

``python bench/ud_news.py PUD`` prints the rows of a section (index, document or
sentence id, text), for annotating them.
"""

from __future__ import annotations

import sys
from pathlib import Path

UD_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ud-german"
SECTIONS = ("PUD", "GSD")


def _read(path: Path) -> list[tuple[str | None, str, str]]:
    """(newdoc id or None, sent_id, text) of each sentence of a CoNLL-U file."""
    out = []
    doc: str | None = None
    sent = ""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc id = "):
                doc = line.split("=", 1)[1].strip()
            elif line.startswith("# sent_id = "):
                sent = line.split("=", 1)[1].strip()
            elif line.startswith("# text = "):
                out.append((doc, sent, line.split("=", 1)[1].strip()))
    return out


def rows(section: str, ud_dir: Path = UD_DIR) -> list[tuple[str, str]]:
    """(id, text) of each row of a section, in index order."""
    if section == "PUD":
        docs: dict[str, list[str]] = {}
        for doc, _sent, text in _read(ud_dir / "de_pud-ud-test.conllu"):
            if doc is not None and doc.startswith("n"):
                docs.setdefault(doc, []).append(text)
        return [(doc, " ".join(texts)) for doc, texts in docs.items()]
    if section == "GSD":
        out = []
        for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
            out.extend((sent, text) for _doc, sent, text in _read(ud_dir / name))
        return out
    raise ValueError(f"expected a section of {', '.join(SECTIONS)}, got {section!r}")


def load(
    keys: set[tuple[str, int]], ud_dir: Path = UD_DIR
) -> dict[tuple[str, int], str]:
    """Texts of the (section, index) keys whose section is a UD one."""
    out: dict[tuple[str, int], str] = {}
    for section in SECTIONS:
        wanted = {i for s, i in keys if s == section}
        if not wanted:
            continue
        for i, (_id, text) in enumerate(rows(section, ud_dir)):
            if i in wanted:
                out[(section, i)] = text
    return out


if __name__ == "__main__":
    for i, (ident, text) in enumerate(
        rows(sys.argv[1] if len(sys.argv) > 1 else "PUD")
    ):
        print(f"{i}\t{ident}\t{text}")
