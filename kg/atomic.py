"""Atomic file writes: a failed or interrupted command leaves no half-written
output, and the previous file (if any) stays as it was."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError

__all__ = ["atomic_write", "check_writable"]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any work, if ``path`` cannot be written.

    Raises
    ------
    InputError
        If the parent directory is missing or not writable, or ``path`` is a
        directory.
    """
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError(f"{path}: expected an output file, got a directory")
    if not parent.exists():
        raise InputError(f"{path}: expected an existing directory {parent}/, got none")
    if not os.access(parent, os.W_OK):
        raise InputError(
            f"{path}: expected a writable directory {parent}/, got read-only"
        )
    return path


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], mode: str = "w", **kwargs: Any
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; rename it over ``path`` on success.

    On any exception the temporary file is removed and ``path`` is untouched.

    Example
    -------
    >>> with atomic_write("out.ttl") as f:  # doctest: +SKIP
    ...     f.write(data)
    """
    path = check_writable(path)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        # mkstemp creates 0600; give the output the permissions of a normal file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
