"""Reading and writing the user's files safely. Reads stop one byte past a cap, whatever the
file says its size is, so a device (/dev/zero), a pipe or a growing file cannot exhaust memory.
A report, an export or a plan is written beside its target and renamed over it, so a full disk
or a crash leaves the old file whole, never half of a new one."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

MAX_BYTES = 64 * 1024 * 1024  # notes, plans, sets: far past any real file, short of trouble


class TooLargeError(OSError):
    """More than the cap arrived: the read stopped there rather than hold the whole input."""

    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"larger than {size_label(limit)}")

    def __str__(self) -> str:
        return str(self.strerror)


def size_label(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit} bytes"


def read_capped(source: str | Path | BinaryIO, limit: int | None = None) -> bytes:
    """At most ``limit`` (default MAX_BYTES) bytes of a path or a binary stream; raises
    TooLargeError, an OSError, when more are there. Buffered reads loop to the count or EOF."""
    cap = MAX_BYTES if limit is None else limit
    if isinstance(source, str | Path):
        with open(source, "rb") as handle:
            return read_capped(handle, cap)
    data = source.read(cap + 1)
    if len(data) > cap:
        raise TooLargeError(cap)
    return data


def read_text_capped(path: str | Path, limit: int | None = None) -> str:
    """``read_capped`` decoded as UTF-8 (raises OSError or UnicodeDecodeError)."""
    return read_capped(path, limit).decode("utf-8")


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (raises OSError; the old file stays whole)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
