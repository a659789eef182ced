"""Reading a notes file: at most MAX_BYTES, UTF-8, not empty; every failure one line."""

from __future__ import annotations

from pathlib import Path

from mockloop.errors import NotesError
from mockloop.files import TooLargeError, read_capped

from .parser import Notes, parse_notes


def _decode(path: Path, data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise NotesError(f"{path} is UTF-16 text — re-save it as UTF-8 and retry")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotesError(
            f"{path} looks binary (NUL byte at offset {nul}) — pass Markdown or plain-text notes"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotesError(
            f"{path} is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            " — re-save it as UTF-8"
        ) from None
    rest = text.lstrip("\ufeff")
    if not rest or rest.isspace():  # isspace stops at the first letter: no 10 MB copy
        raise NotesError(f"{path} is empty — write your interview notes in it, Markdown or plain")
    return text


def read_notes_text(path: str | Path) -> str:
    """The notes as text, read at most MAX_BYTES + 1 bytes (a device or a pipe too); every
    failure is a one-line NotesError naming the fix."""
    p = Path(path).expanduser()
    if not p.exists():
        raise NotesError(f"notes file not found: {p} — check the path")
    if p.is_dir():
        raise NotesError(f"{p} is a directory — pass the notes file inside it, e.g. {p}/notes.md")
    try:
        data = read_capped(p)
    except TooLargeError as exc:
        raise NotesError(f"{p} is {exc} — copy the interview notes into a smaller file") from None
    except OSError as exc:
        problem = exc.strerror or exc
        raise NotesError(f"cannot read {p}: {problem} — check the file's permissions") from None
    return _decode(p, data)


def read_notes(path: str | Path) -> Notes:
    """Read and parse a notes file; every failure is a one-line NotesError naming the fix."""
    return parse_notes(read_notes_text(path))
