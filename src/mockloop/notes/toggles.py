"""A Notion export's toggles: "<details><summary>✅ Shortlisting call — done 3 Dec</summary>"
over what the toggle folds, then "</details>". Each summary is the heading it is, and the
"<details>" lines around it are blank lines, so no line moves."""

from __future__ import annotations

import re

__all__ = ["untoggled"]

_DETAILS = re.compile(r"^\s*</?details(?:\s[^<>]{0,80})?>\s*$")
_SUMMARY = re.compile(
    r"^\s*(?:<details(?:\s[^<>]{0,80})?>\s*)?<summary>([^<>]{1,300})</summary>\s*$"
)


def untoggled(lines: list[str]) -> list[str]:
    """The lines with each toggle's summary as a heading and its "<details>" tags blank."""
    return [_toggle(line) for line in lines]


def _toggle(line: str) -> str:
    if _DETAILS.match(line):
        return ""
    return f"### {m.group(1).strip()}" if (m := _SUMMARY.match(line)) else line
