"""The inputs of ``kg build``: files, directories, JSONL and CSV corpora and stdin,
streamed as :class:`~kg.ingest.document.Document` (or the error of a bad one)."""

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
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError
from kg.ingest.document import Document
from kg.ingest.metadata import parse_date_option, parse_metadata
from kg.ingest.text import (
    MAX_CHARS,
    STDIN,
    check_text,
    describe_size,
    read_text_file,
)

log = logging.getLogger(__name__)

_TEXT_SUFFIXES = (".txt",)
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_CSV_SUFFIXES = (".csv",)

ErrorHandler = Callable[[InputError], None]


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
    if name == STDIN:
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
    if name == STDIN:
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
                    f"got {describe_size(size)}"
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
                    f"got {describe_size(size)}; stopped reading {name}"
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
