"""Reading articles: ``.txt`` files, directories of them, JSONL and 10kGNAD CSV
corpora and stdin, streamed as :class:`Document` objects.

    INPUT... ──► iter_documents ──► Document(id, text, body_start/end, title, date, …)

Every ``Document.text`` is the full decoded text, unchanged (only a byte-order
mark is dropped), because every provenance offset indexes into it; the header
line and trailer that carry metadata are excluded from the *body* by
``body_start`` / ``body_end`` instead of being cut off.

Decoding (the rule for files and stdin; JSONL and CSV are UTF-8 by definition):

1. a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (LE/BE);
2. otherwise a NUL byte means binary data;
3. otherwise strict UTF-8;
4. bytes that are not UTF-8 are decoded as Windows-1252 (a superset of Latin-1
   for text) only when the result is plausibly German: it contains ä, ö, ü or ß,
   no control characters, no byte sequences that are valid UTF-8 (a mix of both
   encodings), no three non-ASCII letters in a row, and (in texts of 40 letters
   or more) at most one letter in five is non-ASCII. Anything else is an
   :class:`~kg.errors.InputError` naming the first bad byte.

Metadata found in the text (see :func:`parse_metadata`):

- a first line ending in ``Stand: 09.01.2022 17:17 Uhr`` (tagesschau and other
  ARD sites), optionally opened by `` date 2022-01``: title and date/time;
- a DER STANDARD attribution ``(APA/Reuters, 2.8.2015)`` ending the text, or
  ending the article before a fact box: source and date.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError

__all__ = [
    "text_records",
    "Document",
    "Metadata",
    "MAX_CHARS",
    "MAX_WORD",
    "iter_documents",
    "read_text_file",
    "decode_text",
    "check_text",
    "parse_metadata",
    "parse_date_option",
]

log = logging.getLogger(__name__)

#: The longest article accepted, in characters: spaCy's default ``nlp.max_length``;
#: a real news article is well under 100,000.
MAX_CHARS = 1_000_000
#: The longest run of characters without whitespace accepted in an article: long
#: URLs fit, a pasted base64 blob or a minified script does not.
MAX_WORD = 5_000

_TEXT_SUFFIXES = (".txt",)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_CSV_SUFFIXES = (".csv",)
_STDIN = "-"

ErrorHandler = Callable[[InputError], None]


# --- data -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Metadata:
    """What :func:`parse_metadata` finds in an article's text."""

    title: str | None = None
    date: dt.date | dt.datetime | None = None
    source: str | None = None
    body_start: int = 0
    body_end: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article.

    Attributes
    ----------
    id
        Stable within and across runs: the file stem for ``.txt``, the ``id``
        field for JSONL, ``<csv stem>-<line>-<sha256[:8] of text>`` for CSV,
        ``stdin`` for ``-``.
    text
        The full decoded text, unchanged; all provenance offsets index into it.
    body_start, body_end
        The article body, ``text[body_start:body_end]``: without a metadata
        header line before it and an attribution trailer after it.
        ``body_end=None`` means ``len(text)``.
    title, date, url, source
        Publication metadata; ``date`` is a ``date`` or a naive local
        ``datetime``. ``source`` is whom the article credits, e.g. ``APA/Reuters``.
    path
        Where it came from: ``dir/a.txt``, ``corpus.jsonl:12``, ``test.csv:3``.
    category
        The 10kGNAD category (CSV input only).
    """

    id: str
    text: str
    body_start: int = 0
    body_end: int | None = None
    title: str | None = None
    date: dt.date | dt.datetime | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    category: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValueError(
                f"Document.id: expected a non-empty string, got {self.id!r}"
            )
        if not isinstance(self.text, str):
            raise TypeError(
                f"Document.text: expected str, got {type(self.text).__name__}"
            )
        n = len(self.text)
        if not 0 <= self.body_start <= n:
            raise ValueError(
                f"Document.body_start: expected 0..{n}, got {self.body_start}"
            )
        if self.body_end is not None and not self.body_start <= self.body_end <= n:
            raise ValueError(
                f"Document.body_end: expected {self.body_start}..{n}, "
                f"got {self.body_end}"
            )

    @property
    def body(self) -> str:
        """The article body, ``text[body_start:body_end]``."""
        return self.text[self.body_start : self.body_end]

    @property
    def content_hash(self) -> str:
        """sha256 (hex) of the text and every field that shapes the article's graph,
        so an unchanged hash means an unchanged graph for the same pipeline."""
        h = hashlib.sha256(self.text.encode("utf-8", "surrogatepass"))
        meta = [
            self.id,
            self.body_start,
            self.body_end,
            self.title,
            self.date.isoformat() if self.date is not None else None,
            self.url,
            self.source,
            self.path,
            self.category,
        ]
        h.update(b"\x00" + json.dumps(meta, ensure_ascii=True).encode("ascii"))
        return h.hexdigest()


# --- decoding and checks ------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A two- or three-byte sequence that is valid UTF-8 (Ã¤ for ä …): its presence in a
# file that is not UTF-8 means a mix of encodings, which no single decoding fixes.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
_GERMAN = frozenset("äöüÄÖÜß")
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f\W\d_]{3,}")
# Unicode category Cc except tab, line feed, vertical tab, form feed, carriage return
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _byte_error(where: str, data: bytes, offset: int, why: str = "") -> InputError:
    bad = " ".join(f"0x{b:02x}" for b in data[offset : offset + 2])
    return InputError(
        f"{where}: expected UTF-8 text, got bytes {bad} at offset {offset}{why}"
    )


def decode_text(data: bytes, where: str = "<bytes>") -> str:
    """Decode the bytes of one article by the module's rule (see the module
    docstring); a byte-order mark is removed, nothing else is changed.

    Raises
    ------
    InputError
        Binary data, or bytes whose encoding cannot be told with confidence.

    Example
    -------
    >>> decode_text("Grüße".encode("cp1252"))
    'Grüße'
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError as e:
                name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
                raise InputError(
                    f"{where}: expected {name} text after its byte-order mark, got "
                    f"invalid bytes at offset {e.start + len(bom)}"
                ) from e
    nul = data.find(b"\x00")
    if nul >= 0:
        hint = ""
        sample = data[:4096]
        if len(sample) >= 4 and sample[1::2].count(0) > 0.9 * len(sample[1::2]):
            hint = "; UTF-16 LE without a byte-order mark?"
        elif len(sample) >= 4 and sample[0::2].count(0) > 0.9 * len(sample[0::2]):
            hint = "; UTF-16 BE without a byte-order mark?"
        raise InputError(
            f"{where}: expected UTF-8 text, got binary data "
            f"(NUL byte at offset {nul}{hint})"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    text = _german_cp1252(data)
    if text is None:
        raise _byte_error(
            where,
            data,
            utf8_error.start,
            " (not UTF-8, and not recognisably German Windows-1252/Latin-1 text)",
        ) from utf8_error
    return text


def _german_cp1252(data: bytes) -> str | None:
    """``data`` decoded as Windows-1252 if that is plausibly German text, else None."""
    if _UTF8_SEQ.search(data):
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8d 0x8f 0x90 0x9d are unassigned
        return None
    if not _GERMAN.intersection(text) or _CONTROL.search(text):
        return None
    # German prose is ~1-2 % umlauts and never has three in a row; a Cyrillic or
    # Greek 8-bit file read as cp1252 is words of accented letters only.
    if _FOREIGN_RUN.search(text):
        return None
    letters = sum(c.isalpha() for c in text)
    foreign = sum(c.isalpha() and not c.isascii() for c in text)
    if letters >= 40 and foreign > 0.2 * letters:
        return None
    return text


_HTML_START = re.compile(
    r"\A\s*(?:<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>])", re.IGNORECASE
)
_TAG = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9-]*|/[a-zA-Z][a-zA-Z0-9-]*|!--)[^<>]*>")


def check_text(
    text: str, where: str, *, max_chars: int = MAX_CHARS, empty: str = "an empty file"
) -> None:
    """Reject what is not one article of plain text.

    Raises
    ------
    InputError
        Empty or whitespace-only text, NUL or mostly control characters, more
        than ``max_chars`` characters, a run of more than :data:`MAX_WORD`
        characters without whitespace, or HTML.
    """
    if not text:
        raise InputError(f"{where}: expected article text, got {empty}")
    if text.isspace():
        raise InputError(
            f"{where}: expected article text, got only whitespace "
            f"({len(text):,} characters)"
        )
    if len(text) > max_chars:
        raise InputError(
            f"{where}: expected an article of at most {max_chars:,} characters, "
            f"got {len(text):,} characters"
        )
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(
            f"{where}: expected article text, got binary data "
            f"(NUL character at offset {nul})"
        )
    controls = len(_CONTROL.findall(text))
    if controls > 0.1 * len(text):
        raise InputError(
            f"{where}: expected article text, got binary data "
            f"({controls:,} control characters in {len(text):,})"
        )
    longest = max(text.split(), key=len)
    if len(longest) > MAX_WORD:
        raise InputError(
            f"{where}: expected article text, got {len(longest):,} characters without "
            f"whitespace at offset {text.find(longest)} (at most {MAX_WORD:,})"
        )
    m = _HTML_START.match(text)
    if m:
        start = m.group(0).strip()
        raise InputError(
            f"{where}: expected plain text, got HTML (starts with {start}…)"
        )
    if "<" in text:
        tags = _TAG.findall(text)
        markup = sum(map(len, tags))
        visible = len(text) - sum(c.isspace() for c in text)
        if len(tags) >= 3 and markup > 0.3 * visible:
            raise InputError(
                f"{where}: expected plain text, got HTML ({len(tags):,} tags, "
                f"{100 * markup // visible}% of the text is markup)"
            )


def read_text_file(path: str | os.PathLike[str], *, max_chars: int = MAX_CHARS) -> str:
    """The decoded text of one article file (``-`` reads stdin).

    See :func:`decode_text` for the encodings accepted and :func:`check_text` for
    what is rejected.

    Raises
    ------
    InputError
        A missing or unreadable file, a file too big, or one that is not article
        text.

    Example
    -------
    >>> read_text_file("seeds/000_c0e44895cd21100c.txt")[:14]  # doctest: +SKIP
    ' date 2022-01 '
    """
    where = "<stdin>" if str(path) == _STDIN else str(path)
    limit = 4 * max_chars + 4  # UTF-8 and UTF-32 use at most 4 bytes a character
    try:
        if str(path) == _STDIN:
            stdin = getattr(sys.stdin, "buffer", None)
            if stdin is None:
                raise InputError(
                    "<stdin>: expected article text, got no standard input"
                )
            data = stdin.read(limit + 1)
            size = len(data)
        else:
            size = os.stat(path).st_size
            if size > limit:
                data = b""
            else:
                with open(path, "rb") as f:
                    data = f.read(limit + 1)
                size = max(size, len(data))
    except FileNotFoundError as e:
        raise InputError(
            f"{where}: expected a readable text file, got no such file or directory"
        ) from e
    except IsADirectoryError as e:
        raise InputError(f"{where}: expected a text file, got a directory") from e
    except PermissionError as e:
        raise InputError(
            f"{where}: expected a readable file, got permission denied"
        ) from e
    except OSError as e:
        raise InputError(
            f"{where}: expected a readable file, got {e.strerror or e}"
        ) from e
    if size > limit:
        raise InputError(
            f"{where}: expected an article of at most {max_chars:,} characters, "
            f"got {_size(size) if str(path) != _STDIN else 'more than ' + _size(limit)}"
        )
    text = decode_text(data, where)
    check_text(text, where, max_chars=max_chars)
    return text


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB ({n:,} bytes)" if n >= 1_000_000 else f"{n:,} bytes"


# --- metadata -----------------------------------------------------------------------

# " date 2022-01 <title> Stand: 09.01.2022 17:17 Uhr"; the leading "date YYYY-MM" is
# a crawler's field, the "Stand:" stamp is how ARD sites (tagesschau, NDR …) date
# an article.
_HEADER = re.compile(
    r"[ \t]*(?:date[ \t]+(?P<ym>\d{4}-\d{1,2})(?:[ \t]+|$))?"
    r"(?P<title>[^\n]*?)[ \t]*"
    r"(?:\bStand:[ \t]*(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>\d{4})"
    r"(?:,?[ \t]+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[ \t]*Uhr)?)?)?"
    r"[ \t]*\r?$",
    re.MULTILINE,
)
# "(APA/Reuters, 2.8.2015)", "(APA; 8.6.2015)", "(APA/red – 8.8. 2015)",
# "(APA 4.9.2015)", "(1.3.2016)": who the article credits and when.
_TRAILER = re.compile(
    r"\((?:[ \t]*(?P<source>[^()\n\d][^()\n]{0,79}?)"
    r"(?:[ \t]*(?P<sep>[,;–—-])[ \t]*|[ \t]+))?"
    r"(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>(?:19|20)\d\d)[ \t]*"
)
_TRAILER_END = re.compile(r"\)?\s*\Z")
_TRAILER_MID = re.compile(r"\)[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:\"'“”„«»)…]\s*\Z")


def _make_date(
    y: str, m: str, d: str, hh: str | None = None, mm: str | None = None
) -> dt.date | dt.datetime | None:
    try:
        if hh is not None and mm is not None:
            return dt.datetime(int(y), int(m), int(d), int(hh), int(mm))
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_metadata(text: str) -> Metadata:
    """Title, date, source and body bounds from a header line and a trailer.

    - Header: a first line ending in ``Stand: DD.MM.YYYY[ HH:MM Uhr]``, optionally
      opened by ``date YYYY-MM``; what lies between is the title. A first line
      `` date YYYY-MM <title>`` without the stamp gives the title only. The body
      starts at the first non-blank character after the header line.
    - Trailer: ``(SOURCE, D.M.YYYY)`` (separator ``,`` ``;`` ``–`` or a space;
      SOURCE optional) ending the text, after a sentence; the body ends before
      it. The same attribution after a sentence and followed by more text (a
      fact box or results table) gives source and date; the body keeps the rest.

    Never raises; a date that does not exist (31.2.) is ignored.

    Example
    -------
    >>> m = parse_metadata(" date 2022-01 Titel Stand: 09.01.2022 17:17 Uhr\\n\\nText.")
    >>> m.title, m.date, m.body_start
    ('Titel', datetime.datetime(2022, 1, 9, 17, 17), 49)
    """
    title: str | None = None
    when: dt.date | dt.datetime | None = None
    source: str | None = None
    body_start, body_end = 0, None

    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    maybe = "Stand:" in first or first.lstrip(" \t").startswith("date")
    m = _HEADER.fullmatch(first) if maybe and len(first) <= 2000 else None
    if m and (m.group("y") or m.group("ym")):
        if m.group("y"):
            when = _make_date(m["y"], m["m"], m["d"], m["H"], m["M"])
        title = m["title"].strip() or None
        if when is not None or (m.group("ym") and title):
            body_start = len(first) if first_end < 0 else first_end + 1
            while body_start < len(text) and text[body_start].isspace():
                body_start += 1
        else:
            title = None

    # The attribution sits in the last few hundred characters, after the article
    # and before a fact box; search only there.
    tail_start = max(body_start, len(text) - 3000)
    best = None
    for t in _TRAILER.finditer(text, tail_start):
        after_sentence = t.start() == body_start or bool(
            _SENTENCE_END.search(text, max(tail_start, t.start() - 8), t.start())
        )
        at_end = _TRAILER_END.match(text, t.end())
        # At the very end "(Name, 1.2.2016)" is an attribution even without a full
        # stop before it; inside the text only after a sentence, before more text.
        if at_end is not None:
            if not (after_sentence or t["sep"]):
                continue
        elif not (after_sentence and _TRAILER_MID.match(text, t.end())):
            continue
        d = _make_date(t["y"], t["m"], t["d"])
        if d is None:
            continue
        best = (t, d, at_end is not None)
    if best is not None:
        trailer, when_t, ends_text = best
        if when is None:
            when = when_t
        source = (trailer["source"] or "").strip(" \t,;–—-") or None
        if ends_text:
            body_end = trailer.start()
            while body_end > body_start and text[body_end - 1].isspace():
                body_end -= 1
    return Metadata(
        title=title, date=when, source=source, body_start=body_start, body_end=body_end
    )


_DATE_OPTION = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d{1,6})?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_date_option(value: str, *, where: str = "--date") -> dt.date | dt.datetime:
    """``YYYY-MM-DD`` as a ``date``; ``YYYY-MM-DDTHH:MM[:SS][±HH:MM|Z]`` as a
    ``datetime`` (naive unless an offset is given).

    Raises
    ------
    InputError
        Any other value, or a day that does not exist.

    Example
    -------
    >>> parse_date_option("2022-01-09")
    datetime.date(2022, 1, 9)
    >>> parse_date_option("2022-01-09T17:17")
    datetime.datetime(2022, 1, 9, 17, 17)
    """
    expected = "YYYY-MM-DD or YYYY-MM-DDTHH:MM"
    if not isinstance(value, str):
        raise InputError(f"{where}: expected {expected}, got {type(value).__name__}")
    s = value.strip()
    m = _DATE_OPTION.fullmatch(s)
    if m is None:
        raise InputError(f"{where}: expected {expected}, got {value!r}")
    try:
        if m["H"] is None:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError as e:
        raise InputError(f"{where}: expected {expected}, got {value!r} ({e})") from e


# --- iterating inputs ---------------------------------------------------------------


def _bad_file_name(name: str) -> InputError | None:
    """An error if ``name`` holds bytes that are not UTF-8 (surrogate-escaped by
    the OS layer): it would end up in ids, IRIs and provenance literals."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(name).decode("utf-8", "backslashreplace")
        return InputError(f"{shown}: expected a UTF-8 file name, got other bytes")
    return None


def _kind(path: Path, name: str) -> str:
    if name == _STDIN:
        return "stdin"
    bad = _bad_file_name(name)
    if bad is not None:
        raise bad
    if not path.exists():
        if path.is_symlink():
            raise InputError(
                f"{name}: expected a file or directory, got a broken symbolic link"
            )
        raise InputError(
            f"{name}: expected a file or directory, got no such file or directory"
        )
    if path.is_dir():
        if _first_article(path) is None:
            others = sorted({p.suffix or p.name for p in _walk(path, any_suffix=True)})
            got = f"only {', '.join(others[:5])} files" if others else "no files"
            raise InputError(
                f"{name}: expected a directory with .txt articles, got {got}"
            )
        return "dir"
    suffix = path.suffix.lower()
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    if suffix in _CSV_SUFFIXES:
        return "csv"
    raise InputError(
        f"{name}: expected a .txt, .jsonl or .csv file, a directory or - for stdin, "
        f"got {'a ' + suffix + ' file' if suffix else 'a file without extension'}"
    )


def _walk(
    root: Path, *, any_suffix: bool = False, errors: list[OSError] | None = None
) -> Iterator[Path]:
    """Files under ``root``: a directory's files (sorted by name) before its
    subdirectories (likewise), hidden entries skipped, symbolic links to
    directories not followed. Directories that cannot be read go to ``errors``."""
    for dirpath, dirnames, filenames in os.walk(
        root, onerror=errors.append if errors is not None else None
    ):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if f.startswith("."):
                continue
            if any_suffix or os.path.splitext(f)[1].lower() in _TEXT_SUFFIXES:
                yield Path(dirpath, f)


def _first_article(root: Path) -> Path | None:
    return next(_walk(root), None)


def iter_documents(
    inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    date: dt.date | dt.datetime | None = None,
    skip_errors: bool = False,
    on_error: ErrorHandler | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document]:
    """Stream the articles of ``inputs`` in order.

    Parameters
    ----------
    inputs
        ``.txt`` files, directories (their ``*.txt`` files, recursively, sorted;
        hidden entries skipped), ``.jsonl``/``.ndjson`` corpora (one JSON object
        a line: ``id``, ``text``, optional ``title``, ``date``, ``url``,
        ``source``, ``category``), ``.csv`` corpora in the 10kGNAD layout
        (``Category;'text'``) and ``-`` for one article on stdin.
    date
        Publication date for every article, overriding all metadata.
    skip_errors
        Report a bad article to ``on_error`` (or the log) and go on, instead of
        raising. A missing input, an unknown file type or a directory without
        ``.txt`` files raise all the same.
    on_error
        Called with each skipped article's error.
    max_chars
        The longest article accepted.

    Returns
    -------
    Iterator[Document]
        Lazy: corpora are read line by line as the iterator is consumed. Every
        input path is checked before the first article is read.

    Raises
    ------
    InputError
        A missing path, an unknown extension or a directory without articles
        (at once); a bad article (while iterating, unless ``skip_errors``); an
        article id seen before in this run with a different text. An exact
        repeat (same id, same text) is dropped without a word.

    Example
    -------
    >>> for doc in iter_documents(["seeds/"]):  # doctest: +SKIP
    ...     print(doc.id, doc.date, doc.title)
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    plan = []
    for item in inputs:
        name = os.fspath(item)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        plan.append((name, _kind(Path(name), name)))
    if sum(kind == "stdin" for _, kind in plan) > 1:
        raise InputError(
            "-: expected stdin once among the inputs, got it more than once"
        )
    return _iter_plan(
        plan,
        override=date,
        skip_errors=skip_errors,
        on_error=on_error,
        max_chars=max_chars,
    )


def _iter_plan(
    plan: list[tuple[str, str]],
    *,
    override: dt.date | dt.datetime | None,
    skip_errors: bool,
    on_error: ErrorHandler | None,
    max_chars: int,
) -> Iterator[Document]:
    seen: dict[str, tuple[bytes, str]] = {}

    def fail(e: InputError) -> None:
        if not skip_errors:
            raise e
        if on_error is not None:
            on_error(e)
        else:
            log.warning("skipped %s", e)

    readers = {
        "txt": _read_txt,
        "stdin": _read_txt,
        "dir": _read_dir,
        "jsonl": _read_jsonl,
        "csv": _read_csv,
    }
    for name, kind in plan:
        for item in readers[kind](name, max_chars):
            if isinstance(item, InputError):
                fail(item)
                continue
            doc = item
            if override is not None:
                doc = dataclasses.replace(doc, date=override)
            text = doc.text.encode("utf-8", "surrogatepass")
            digest = hashlib.sha256(text).digest()[:16]
            first = seen.get(doc.id)
            if first is not None:
                if first[0] == digest:
                    continue
                fail(
                    InputError(
                        f"{doc.path}: expected a unique article id, got {doc.id!r} "
                        f"again (first from {first[1]}) with a different text"
                    )
                )
                continue
            seen[doc.id] = (digest, doc.path or name)
            yield doc


def _document(
    id_: str,
    text: str,
    path: str,
    *,
    title: str | None = None,
    when: dt.date | dt.datetime | None = None,
    url: str | None = None,
    source: str | None = None,
    category: str | None = None,
) -> Document:
    meta = parse_metadata(text)
    return Document(
        id=id_,
        text=text,
        body_start=meta.body_start,
        body_end=meta.body_end,
        title=title if title is not None else meta.title,
        date=when if when is not None else meta.date,
        url=url,
        source=source if source is not None else meta.source,
        path=path,
        category=category,
    )


Item = Document | InputError


def _read_txt(name: str, max_chars: int) -> Iterator[Item]:
    bad = _bad_file_name(name)
    if bad is not None:
        yield bad
        return
    try:
        text = read_text_file(name, max_chars=max_chars)
    except InputError as e:
        yield e
        return
    if name == _STDIN:
        yield _document("stdin", text, "<stdin>")
    else:
        yield _document(Path(name).stem, text, name)


def _read_dir(name: str, max_chars: int) -> Iterator[Item]:
    errors: list[OSError] = []
    for path in _walk(Path(name), errors=errors):
        while errors:
            yield _dir_error(errors.pop(0), name)
        yield from _read_txt(str(path), max_chars)
    for e in errors:
        yield _dir_error(e, name)


def _dir_error(e: OSError, name: str) -> InputError:
    return InputError(
        f"{e.filename or name}: expected a readable directory, got {e.strerror or e}"
    )


def _lines(f: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """``(line number, raw line or None if longer than limit, length)``, reading at
    most ``limit`` bytes at a time so that a file without newlines cannot fill
    memory."""
    lineno = 0
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit:
            n = len(raw)
            while not raw.endswith(b"\n"):
                raw = f.readline(1 << 20)
                if not raw:
                    break
                n += len(raw)
            yield lineno, None, n
        else:
            yield lineno, raw, len(raw)


def _decode_line(raw: bytes, where: str, lineno: int) -> str:
    if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        bad = " ".join(f"0x{b:02x}" for b in raw[e.start : e.start + 2])
        raise InputError(
            f"{where}: expected UTF-8 text, got bytes {bad} at column {e.start + 1}"
        ) from e


def _open_corpus(name: str) -> IO[bytes] | InputError:
    try:
        return open(name, "rb")
    except PermissionError:
        return InputError(f"{name}: expected a readable file, got permission denied")
    except OSError as e:
        return InputError(f"{name}: expected a readable file, got {e.strerror or e}")


_JSON_FIELDS = {
    "id": (str, int),
    "text": (str,),
    "title": (str,),
    "date": (str,),
    "url": (str,),
    "source": (str,),
    "category": (str,),
}


_MAX_FIELD = {"id": 256}
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


def _type_name(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def _read_jsonl(name: str, max_chars: int) -> Iterator[Item]:
    f = _open_corpus(name)
    if isinstance(f, InputError):
        yield f
        return
    limit = 6 * max_chars + 65536  # \uXXXX escapes take six bytes a character
    articles = 0
    with f:
        for lineno, raw, size in _lines(f, limit):
            where = f"{name}:{lineno}"
            if raw is None:
                yield InputError(
                    f"{where}: expected a JSON line of at most {limit:,} bytes, "
                    f"got {_size(size)}"
                )
                continue
            if b"\x00" in raw:
                yield InputError(
                    f"{where}: expected JSON lines, got binary data (NUL byte at "
                    f"column {raw.index(0) + 1}); stopped reading {name}"
                )
                return
            try:
                line = _decode_line(raw, where, lineno)
            except InputError as e:
                yield e
                continue
            if not line.strip():
                continue
            articles += 1
            try:
                yield _json_document(line, where, max_chars)
            except InputError as e:
                yield e
    if articles == 0:
        yield InputError(
            f"{name}: expected JSON lines with articles, got an empty file"
        )


def text_records(lines: Iterable[str], name: str) -> Iterator[tuple[str, str]]:
    """Lazily parse the ``{"id": str, "text": str}`` lines of ``kg ner --jsonl``
    into ``(text, id)``; blank lines are skipped, an empty text is kept (it has no
    entities); a bad line raises InputError naming ``name:line``. Unlike an article
    of ``kg build``, the text is taken as it is (no header, no metadata)."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(
                f"{name}:{n}: expected a JSON object, got {line[:40]!r} ({e.msg})"
            ) from e
        if not (
            isinstance(obj, dict)
            and isinstance(obj.get("id"), str)
            and isinstance(obj.get("text"), str)
        ):
            raise InputError(
                f'{name}:{n}: expected {{"id": str, "text": str}}, '
                f"got {line.strip()[:60]!r}"
            )
        text = obj["text"]
        if len(text) > MAX_CHARS:
            raise InputError(
                f'{name}:{n}: expected a "text" of at most {MAX_CHARS:,} characters, '
                f"got {len(text):,}"
            )
        if text.strip():
            _check_surrogates(text, f"{name}:{n}", "text")
            check_text(text, f"{name}:{n} (text)", max_chars=MAX_CHARS)
        yield text, obj["id"]


def _check_surrogates(value: str, where: str, key: str) -> None:
    """JSON escapes can spell lone surrogates, which no UTF-8 output can hold."""
    bad = _SURROGATE.search(value)
    if bad:
        raise InputError(
            f'{where}: expected "{key}" as Unicode text, got a lone surrogate '
            f"U+{ord(bad.group()):04X} at offset {bad.start()}"
        )


def _json_document(line: str, where: str, max_chars: int) -> Document:
    try:
        obj = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        msg = e.msg.removesuffix(" at")
        raise InputError(
            f"{where}: expected a JSON object, got invalid JSON "
            f"({msg} at column {e.colno})"
        ) from e
    except RecursionError as e:
        raise InputError(
            f"{where}: expected a JSON object, got nesting too deep"
        ) from e
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object, got {_type_name(obj)}")
    for key in ("id", "text"):
        if key not in obj:
            raise InputError(f'{where}: expected a "{key}" field, got none')
    for key, types in _JSON_FIELDS.items():
        value = obj.get(key)
        if value is None and key not in ("id", "text"):
            continue
        if not isinstance(value, types) or isinstance(value, bool):
            want = "a string or an integer" if key == "id" else "a string"
            raise InputError(
                f'{where}: expected "{key}" as {want}, got {_type_name(value)}'
            )
    for key in _JSON_FIELDS:
        value = obj.get(key)
        if not isinstance(value, str):
            continue
        _check_surrogates(value, where, key)
        if key != "text" and len(value) > _MAX_FIELD.get(key, 10_000):
            raise InputError(
                f'{where}: expected "{key}" of at most '
                f"{_MAX_FIELD.get(key, 10_000):,} characters, got {len(value):,}"
            )
    id_ = str(obj["id"])
    if not id_.strip():
        raise InputError(f'{where}: expected a non-empty "id", got {obj["id"]!r}')
    url = obj.get("url")
    if url is not None and not _URL.fullmatch(url):
        # it becomes a link in HTML views: javascript: and the like must not pass
        raise InputError(f'{where}: expected "url" as an http(s) URL, got {url[:80]!r}')
    text = obj["text"]
    check_text(text, f"{where} (text)", max_chars=max_chars, empty="an empty text")
    when = None
    if obj.get("date") is not None:
        when = parse_date_option(obj["date"], where=f'{where}: "date"')
    return _document(
        id_,
        text,
        where,
        title=obj.get("title"),
        when=when,
        url=url,
        source=obj.get("source"),
        category=obj.get("category"),
    )


def _read_csv(name: str, max_chars: int) -> Iterator[Item]:
    f = _open_corpus(name)
    if isinstance(f, InputError):
        yield f
        return
    # The csv module's field limit is process-wide; raise it to what an article
    # may hold (never lower it) so that the size check below is ours.
    if csv.field_size_limit() < max_chars + 1:
        csv.field_size_limit(max_chars + 1)
    limit = 4 * max_chars + 65536
    stem = Path(name).stem
    bad: dict[int, InputError] = {}  # first line of a row -> why it is bad
    last_line = 0  # the last line handed to the csv reader
    stop: InputError | None = None  # why reading the file ended early

    def lines() -> Iterator[str]:
        nonlocal last_line, stop
        for lineno, raw, size in _lines(f, limit):
            last_line = lineno
            if raw is None:
                stop = InputError(
                    f"{name}:{lineno}: expected a CSV line of at most {limit:,} bytes, "
                    f"got {_size(size)}; stopped reading {name}"
                )
                return
            if b"\x00" in raw:
                stop = InputError(
                    f"{name}:{lineno}: expected CSV text, got binary data (NUL byte at "
                    f"column {raw.index(0) + 1}); stopped reading {name}"
                )
                return
            try:
                yield _decode_line(raw, f"{name}:{lineno}", lineno)
            except InputError as e:
                bad.setdefault(lineno, e)
                # Keep the reader in step with the file; the row is reported below.
                yield raw.decode("utf-8", "replace")

    articles = 0
    with f:
        reader = csv.reader(lines(), delimiter=";", quotechar="'", strict=True)
        row_start = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                msg = str(e)
                if "field larger than field limit" in msg:
                    err = InputError(
                        f"{name}:{row_start}: expected an article of at most "
                        f"{max_chars:,} characters, got more"
                    )
                else:
                    err = InputError(
                        f"{name}:{row_start}: expected a CSV row Category;'text' "
                        f"(text in single quotes, inner quotes doubled), got {msg}"
                    )
                yield err
                for k in [k for k in bad if k <= last_line]:
                    del bad[k]
                row_start = last_line + 1
                continue
            start, row_start = row_start, reader.line_num + 1
            decode_errors = [bad.pop(k) for k in sorted(bad) if k <= reader.line_num]
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line
            articles += 1
            where = f"{name}:{start}"
            if decode_errors:
                yield decode_errors[0]
                continue
            if len(row) != 2:
                yield InputError(
                    f"{where}: expected 2 fields Category;'text', got {len(row)}"
                    + (" (is the delimiter ';'?)" if len(row) == 1 else "")
                )
                continue
            category, text = row
            if not category.strip():
                yield InputError(f"{where}: expected a category, got an empty field")
                continue
            try:
                check_text(
                    text, f"{where} (text)", max_chars=max_chars, empty="an empty text"
                )
            except InputError as e:
                yield e
                continue
            sha8 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
            yield _document(f"{stem}-{start}-{sha8}", text, where, category=category)
    if stop is not None:
        yield stop
    elif articles == 0:
        yield InputError(
            f"{name}: expected CSV rows Category;'text', got an empty file"
        )
