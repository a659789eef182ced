"""A line that lists the loop after "stages:", "process:" or "etapy:" ("stages: HR, online
test, 2x technical, CISO") gives its rounds, as "onsite = …" does; "2x technical" is two."""

from __future__ import annotations

import pytest

from tests.support.plans import plan_of

LINES = {
    "stages: HR, online test, 2x technical, CISO": [
        "recruiter", "custom", "technical", "technical", "executive",
    ],
    "process: HR screen, online test, technical interview, CISO interview": [
        "recruiter", "custom", "technical", "executive",
    ],
    "etapy: HR ✅, test ✅, 2x techniczna, CISO": [
        "recruiter", "custom", "technical", "technical", "executive",
    ],
}  # fmt: skip


@pytest.mark.parametrize("line", LINES)
def test_a_stages_line_lists_the_rounds(line: str) -> None:
    plan = plan_of(f"# Wisłokan\n\n{line}\n")
    assert [r.kind for r in plan.rounds] == LINES[line]
