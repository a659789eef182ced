"""Where spoken answers live on disk: beside the session store, in audio/<session id>/, the
directory 0700 and every file 0600. Nothing here sends audio anywhere; the transcriber is the
only reader besides the user. `--no-keep-audio` deletes each file once it is transcribed."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from mockloop.errors import StoreError

AUDIO_DIR = "audio"


def session_audio_dir(store_dir: Path, session_id: str) -> Path:
    """The directory holding a session's recordings (made 0700 when missing)."""
    directory = store_dir / AUDIO_DIR / session_id
    try:
        for part in (store_dir / AUDIO_DIR, directory):
            part.mkdir(mode=0o700, exist_ok=True)
            os.chmod(part, 0o700)
    except OSError as exc:
        raise StoreError(
            f"cannot keep audio in {directory}: {exc.strerror or exc}; "
            "set MOCKLOOP_HOME to a writable directory, or pass --no-keep-audio"
        ) from None
    return directory


def answer_path(directory: Path, seq: int, suffix: str = ".wav") -> Path:
    """A free name for the recording of the answer that will be turn ``seq``: turn-0003.wav,
    then turn-0003-2.wav for a re-recording."""
    stem = f"turn-{seq:04d}"
    path, n = directory / f"{stem}{suffix}", 2
    while path.exists():
        path, n = directory / f"{stem}-{n}{suffix}", n + 1
    return path


def keep_copy(source: Path, directory: Path, seq: int) -> Path:
    """Copy a recorded answer (``--answer-audio``) beside the session, 0600, in one step."""
    target = answer_path(directory, seq, source.suffix.lower() or ".wav")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:  # mkstemp creates the file 0600
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise StoreError(
            f"cannot keep {source.name} in {directory}: {exc.strerror or exc}; "
            "pass --no-keep-audio to transcribe without keeping it"
        ) from None
    return target


def make_private(path: Path) -> None:
    """0600 on a recording someone else wrote (the microphone's file)."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass  # gone already: nothing left to protect


def discard(path: Path | None) -> None:
    """Delete a recording (``--no-keep-audio``, or a take the user re-recorded)."""
    if path is not None:
        path.unlink(missing_ok=True)


def wav_seconds(path: Path) -> float | None:
    """A WAV file's length from its header; None for other formats or a broken header."""
    if path.suffix.lower() != ".wav":
        return None
    import wave

    try:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            return round(wav.getnframes() / rate, 2) if rate else None
    except (OSError, EOFError, wave.Error):
        return None
