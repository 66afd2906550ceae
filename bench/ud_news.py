"""German news texts from the Universal Dependencies treebanks, as small articles.

A source of evaluation text that the 10kGNAD development and held-out sets do not
share: ``../shared/data/ud-german/de_pud-ud-test.conllu`` (UD_German-PUD, CC BY-SA
3.0; German translations of English news and Wikipedia sentences, grouped into
documents by ``# newdoc id``), the two GSD files (UD_German-GSD, CC BY-SA 4.0;
German web and news sentences, one sentence per row, no documents) and the GermEval
2014 NER sentences (``../shared/data/germeval2014``, CC BY 4.0; D. Benikova, C.
Biemann, M. Reznicek: NoSta-D Named Entity Annotation for German: Guidelines and
Dataset, LREC 2014; news and Wikipedia sentences, each with its source URL).

The texts are rebuilt from the ``# text`` lines at evaluation time; nothing of them
is checked in. Sections, with their 0-based ``index``:

- ``PUD``: the news documents of PUD (``newdoc id`` beginning with ``n``), in file
  order; the sentences of one document joined by a space.
- ``GSD``: the sentences of ``de_gsd-ud-dev.conllu`` then ``de_gsd-ud-test.conllu``,
  in file order, one per row.
- ``GermEval``: the documents of ``NER-de-dev.tsv`` then ``NER-de-test.tsv``, in
  file order; a document is a run of consecutive sentences with the same source
  URL (in these files every run is one sentence), its id the URL. The tokens are
  joined by spaces, without a space before closing punctuation or after an
  opening bracket or quotation mark.

``python bench/ud_news.py PUD`` prints the rows of a section (index, document or
sentence id, text), for annotating them.
"""

from __future__ import annotations

import sys
from pathlib import Path

UD_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ud-german"
GERMEVAL_DIR = UD_DIR.parent / "germeval2014"  # CC BY 4.0, attribution above
GERMEVAL_FILES = ("NER-de-dev.tsv", "NER-de-test.tsv")
SECTIONS = ("PUD", "GSD", "GermEval")
SMARTDATA = "SmartData"
SMARTDATA_TRAIN = UD_DIR.parent / "smartdata" / "v1_train.json.gz"

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "...",
    "“",
    "‘",
    "«",
}
_NO_SPACE_AFTER = {"(", "[", "{", "„", "‚", "»"}


def detokenize(tokens: list[str]) -> str:
    """Tokens joined by spaces, without a space before closing punctuation or after
    an opening bracket or quotation mark; straight quotes (``"``, ``'``) alternate
    between opening and closing."""
    out = ""
    glue_next = False
    open_quote = {'"': False, "'": False}
    for tok in tokens:
        if tok in open_quote:
            opening = not open_quote[tok]
            open_quote[tok] = opening
            space = not glue_next and bool(out) and opening
            glue = opening
        else:
            space = bool(out) and not glue_next and tok not in _NO_SPACE_BEFORE
            glue = tok in _NO_SPACE_AFTER
        out += (" " if space else "") + tok
        glue_next = glue
    return out


def _read_germeval(path: Path) -> list[tuple[str, str]]:
    """(source URL, text) of each sentence of a GermEval TSV file."""
    out = []
    url = ""
    tokens: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#\t"):
                url = line.split("\t")[1]
            elif not line.strip():
                if tokens:
                    out.append((url, detokenize(tokens)))
                tokens = []
            else:
                tokens.append(line.split("\t")[1])
    if tokens:
        out.append((url, detokenize(tokens)))
    return out


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


def rows(
    section: str, ud_dir: Path = UD_DIR, germeval_dir: Path = GERMEVAL_DIR
) -> list[tuple[str, str]]:
    """(id, text) of each row of a section, in index order."""
    if section == "GermEval":
        docs: list[tuple[str, list[str]]] = []
        for name in GERMEVAL_FILES:
            for url, text in _read_germeval(germeval_dir / name):
                if docs and docs[-1][0] == url:
                    docs[-1][1].append(text)
                else:
                    docs.append((url, [text]))
        return [(url, " ".join(texts)) for url, texts in docs]
    if section == "PUD":
        pud: dict[str, list[str]] = {}
        for doc, _sent, text in _read(ud_dir / "de_pud-ud-test.conllu"):
            if doc is not None and doc.startswith("n"):
                pud.setdefault(doc, []).append(text)
        return [(doc, " ".join(texts)) for doc, texts in pud.items()]
    if section == "GSD":
        out = []
        for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
            out.extend((sent, text) for _doc, sent, text in _read(ud_dir / name))
        return out
    raise ValueError(f"expected a section of {', '.join(SECTIONS)}, got {section!r}")


def load(
    keys: set[tuple[str, int]], ud_dir: Path = UD_DIR, germeval_dir: Path = GERMEVAL_DIR
) -> dict[tuple[str, int], str]:
    """Texts of the (section, index) keys whose section is one of this module's."""
    out: dict[tuple[str, int], str] = {}
    for section in SECTIONS:
        wanted = {i for s, i in keys if s == section}
        if not wanted:
            continue
        for i, (_id, text) in enumerate(rows(section, ud_dir, germeval_dir)):
            if i in wanted:
                out[(section, i)] = text
    return out


def smartdata_texts(
    indices: set[int], path: Path = SMARTDATA_TRAIN
) -> dict[tuple[str, int], str]:
    """Texts of SmartData train documents by their 0-based index among all the
    documents of ``v1_train.json.gz``, in file order (section ``SmartData`` of
    ``bench/eval_quotes.py`` and ``bench/eval_extract.py``). Only the train split:
    the test split is held out (``bench/eval_leadership.py``)."""
    if not indices:
        return {}
    from kg.ner.germeval import smartdata_documents

    out = {}
    for i, doc in enumerate(smartdata_documents(path)):
        if i in indices:
            out[(SMARTDATA, i)] = doc["text"]["string"]
    return out


if __name__ == "__main__":
    for i, (ident, text) in enumerate(
        rows(sys.argv[1] if len(sys.argv) > 1 else "PUD")
    ):
        print(f"{i}\t{ident}\t{text}")
