"""Rewrite one `## ` section of BENCHMARKS.md in place (the evaluation scripts' --write), or
add it before "## Changes the benchmark led to" when it is not there yet."""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, new: list[str]) -> None:
    """``new`` starts with its own `## ` heading line."""
    lines = path.read_text(encoding="utf-8").split("\n")
    heading = new[0]
    if heading in lines:
        start = lines.index(heading)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        lines[start:end] = new
    else:
        at = next((i for i, line in enumerate(lines) if line.startswith("## Changes")), len(lines))
        lines[at:at] = new
    path.write_text("\n".join(lines), encoding="utf-8")
