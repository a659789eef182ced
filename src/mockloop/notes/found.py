"""What the round finder hands on: a round as the notes describe it, and the lines it quotes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .parser import Item

__all__ = ["Line", "Quote", "Round"]


class Line(NamedTuple):
    """Text quoted from the notes that is not a whole item (a split-off focus point)."""

    text: str
    line: int | None


Quote = Item | Line  # a round quotes whole items as they are: no copy per focus line


@dataclass(slots=True)
class Round:
    """A round as the notes describe it, before it is given a catalog id (mockloop.roundmap)."""

    title: str
    source: Quote
    order: tuple[int, int]
    text: str  # the introducing text: its round type outweighs everything else
    focus: list[Quote] = field(default_factory=list)
    who: str | None = None
    heading_sec: int | None = None
    pitch: bool = False
    oneliner: bool = False
    id: str | None = None
    guessed: bool = False  # a phone screen nothing typed: recruiter by default
    step: str | None = None  # a table row's number ("3" in "| 3 | entrevista con la gerente |")
    told: int = 0  # the paragraph (from 1) whose sentence told it, by the last resort: two of one
    # paragraph are two rounds
    weak: str | None = None  # the kind a title names only weakly ("Final", "Practical"), given
    # a custom round once rounds are merged (a weak kind must not make two rounds one)
