"""One secret scrubber for every place provider text can surface: error lines, the debug log,
stored scores. Keys in use are registered once (``remember``); ``redact`` removes them, any
piece of eight or more of their characters (a server that echoes the key split in two), and
anything key-shaped (``Bearer …``, ``sk-…``, ``fw_…``, ``gsk_…``, ``tgp_…``)."""

from __future__ import annotations

import re

MARK = "[redacted]"
KEY_PREFIXES = r"(?:sk|fw|gsk|tgp|pk|rk)[-_][A-Za-z0-9_\-]{8,}"  # what provider keys look like
_KEY_SHAPED = re.compile(r"(Bearer\s+)\S+|\b" + KEY_PREFIXES, re.IGNORECASE)
_RUN = re.compile(r"[A-Za-z0-9_\-]{8,}")
_MIN_PIECE = 8
_keys: set[str] = set()


def remember(key: str | None) -> None:
    """Register a key value so every later ``redact`` removes it (process-wide on purpose)."""
    if key and len(key) >= 4:
        _keys.add(key)


def redact(text: str, *keys: str | None) -> str:
    """``text`` without the registered keys (and ``keys``), their long pieces, or key-shaped text."""
    known = _keys | {k for k in keys if k and len(k) >= 4}
    for key in sorted(known, key=len, reverse=True):
        text = text.replace(key, MARK)
    if known:
        long_keys = [k for k in known if len(k) >= 2 * _MIN_PIECE]

        def piece(m: re.Match[str]) -> str:
            run = m.group(0)
            return MARK if any(run in k for k in long_keys) else run

        text = _RUN.sub(piece, text)
    return _KEY_SHAPED.sub(lambda m: (m.group(1) or "") + MARK, text)
