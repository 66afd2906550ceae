"""Atomic file writes: a failed or interrupted command leaves no half-written
output, and the previous file (if any) stays as it was."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import InputError, KGError

__all__ = ["atomic_write", "check_writable"]

# errno values that mean "the output could not be written" rather than a bug
_WRITE_ERRORS = {
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EFBIG,
    errno.EIO,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
}


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any work, if ``path`` cannot be written.

    The test is a real one: a temporary file is created beside ``path`` and
    removed again, so read-only file systems, ``/proc`` and permissions that
    ``os.access`` misjudges (root, ACLs, network mounts) are caught too.

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
    if _special(path):
        if not os.access(path, os.W_OK):
            raise InputError(f"{path}: expected a writable file, got read-only")
        return path
    if not parent.exists():
        raise InputError(f"{path}: expected an existing directory {parent}/, got none")
    if not parent.is_dir():
        raise InputError(
            f"{path}: expected {parent} to be a directory, got a file there"
        )
    try:
        fd, probe = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".probe", dir=parent
        )
    except OSError as e:
        raise InputError(
            f"{path}: expected a writable directory {parent}/, got {_reason(e)}"
        ) from e
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return path


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], mode: str = "w", **kwargs: Any
) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; rename it over ``path`` on success.

    On any exception the temporary file is removed and ``path`` is untouched. A
    symbolic link is followed (its target is replaced); a device or named pipe
    (``/dev/stdout``) is written in place, as a stream.

    Raises
    ------
    InputError
        If ``path`` cannot be created (see :func:`check_writable`).
    KGError
        If writing fails part-way (disk full, I/O error); ``path`` is untouched.

    Example
    -------
    >>> with atomic_write("out.ttl") as f:  # doctest: +SKIP
    ...     f.write(data)
    """
    if Path(path).is_symlink():  # replace the file the link points to, not the link
        path = os.path.realpath(path)
    path = check_writable(path)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
    if _special(path):
        # /dev/stdout, /dev/null, a named pipe: a stream, written in place; a
        # rename would put a regular file where the device was
        with open(path, mode, **kwargs) as f:
            yield f
        return
    try:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as e:
        raise InputError(
            f"{path}: expected a writable directory {path.parent}/, got {_reason(e)}"
        ) from e
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
        _fsync_dir(path.parent)
    except OSError as e:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if e.errno in _WRITE_ERRORS:
            raise KGError(
                f"{path}: expected the output written, got {_reason(e)} "
                "(the previous file, if any, is unchanged)"
            ) from e
        raise
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _special(path: Path) -> bool:
    """``path`` exists and is neither a regular file nor a directory."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _reason(e: OSError) -> str:
    """``'no space left on device'``: the OS message as the end of a sentence."""
    text = e.strerror or str(e)
    return text[:1].lower() + text[1:]


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where directories cannot
    be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
