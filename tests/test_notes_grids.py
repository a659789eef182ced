"""A loop pasted as an ASCII grid (inside a code fence, as a terminal or SQL client prints it)
is read as the table it draws, its round names found by what its cells say when the column's
header is in no known language, and the notes below keyed by row number ("#3 — …",
"re 2) …") are those rounds' focus."""

from __future__ import annotations

from tests.support.plans import named_plan

GRID = """# Cardiff Metrics — loop

```
+----+-------------+---------------------------+---------------------------+
| No | Pryd        | Cam                       | Who                       |
+----+-------------+---------------------------+---------------------------+
| 1  | 02.11       | Recruiter call            | Dana Novak (talent)       |
| 2  | 13.11 15:00 | Live coding               | Petr Dvorak, Android lead |
|    |             |                           | + one more engineer       |
| 3  | 13.11 16:30 | System design             | Eva Kral, Principal       |
| 4  | ?           | Hiring manager chat       | Jan Fiala, Head of Mobile |
+----+-------------+---------------------------+---------------------------+
```

## notes by row

#1 — done. Salary, notice period.

re 2) Kotlin, coroutines, a small list screen; bring the laptop charger.

#3 — offline-first sync for a payments app, conflict resolution.

#4: how I mentor, a conflict with a PM.
"""


def test_an_ascii_grid_in_a_fence_is_a_table_of_rounds() -> None:
    plan = named_plan(GRID)
    got = [(r.title, r.kind) for r in plan.rounds]
    assert got == [
        ("Recruiter call", "recruiter"),
        ("Live coding", "coding"),
        ("System design", "system-design"),
        ("Hiring manager chat", "hiring-manager"),
    ], got
    assert not plan.default_loop


def test_the_notes_keyed_by_row_number_are_that_rounds_focus() -> None:
    plan = named_plan(GRID)
    focus = {r.title: " ".join(n.text for n in r.focus) for r in plan.rounds}
    assert "coroutines" in focus["Live coding"]
    assert "conflict resolution" in focus["System design"]
    assert "mentor" in focus["Hiring manager chat"]
    assert "coroutines" not in focus["System design"]
