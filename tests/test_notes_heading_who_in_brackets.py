"""A heading (here a Logseq task over its notes) among round headings that names a round noun and its interviewer's title in
brackets ("collaboration interview — Jordan Pike (Eng Manager)") is a round: the kinds the
title's words suggest ("Eng", "Manager") say who asks, not that the heading is already typed."""

from __future__ import annotations

from pathlib import Path

from mockloop.notes.plan import load_plan_or_notes

NOTES = """- ## [[Larkspur Health]] — interview loop
  company:: [[Larkspur Health]]
- DONE recruiter screen w/ [[Brooke Lind]]
	- comp, remote is fine
- TODO portfolio review — 60 min, panel
	- [[Ana Ruiz]] (design manager), [[Theo Grant]] (staff designer)
- TODO app critique — 30 min with [[Theo Grant]]
	- critique their booking flow live
- TODO collaboration interview — [[Jordan Pike]] (Eng Manager)
	- handoff, design system debt, a time I compromised on scope
- why Larkspur — my answer
	- rural clinics, scheduling actually matters here
"""


def test_a_round_heading_with_its_interviewers_title_in_brackets_is_a_round(tmp_path: Path) -> None:
    (notes := tmp_path / "larkspur.md").write_text(NOTES, encoding="utf-8")
    titles = [r.title for r in load_plan_or_notes(notes).rounds]
    assert any(t.startswith("collaboration interview") for t in titles), titles
    assert len(titles) == 4
