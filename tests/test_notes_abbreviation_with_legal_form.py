"""The employer a chat calls by its initials ("did HR&C get back to you??", "why HR&C") is
written out as the notes spell it once, legal form and all: "Harlan Reade & Co." gives the
abbreviation its last letter too."""

from __future__ import annotations

from tests.support.plans import plan_of

CHAT = (
    "Marisol Quintero  9:12 PM\n"
    "did HR&C get back to you??\n\n"
    "Devon Reyes  9:14 PM\n"
    "yes!! first round invite came thru, the email footer says Harlan Reade & Co. Dallas\n\n"
    "Marisol Quintero  9:15 PM\n"
    "ok devil's advocate: why HR&C and not one of the big 3\n\n"
    "Devon Reyes  9:19 PM\n"
    "smaller class, so I'd actually get staffed on healthcare at HR&C from day one\n"
)


def test_initials_with_a_legal_form_are_written_out() -> None:
    assert plan_of(CHAT).company == "Harlan Reade & Co."


def test_initials_that_the_name_does_not_spell_stay() -> None:
    notes = CHAT.replace("Harlan Reade & Co.", "Bexley Stroud & Co.")
    assert plan_of(notes).company == "HR&C"


def test_a_messages_first_line_heads_nothing() -> None:
    """In a Slack paste, a message's first line over its next lines is not a section heading
    that folds every later message into one round."""
    chat = (
        "Marisol Quintero  9:12 PM\n"
        "did they get back to you??\n\n"
        "Devon Reyes  9:14 PM\n"
        "yes!! first round invite came thru this afternoon\n"
        "portal says Harlan Reade & Co.\n\n"
        "Marisol Quintero  9:15 PM\n"
        "whats the format\n\n"
        "Devon Reyes  9:19 PM\n"
        "then a partner case with Dwayne Oyelaran, classic case\n"
        "then a fit interview with the office managing partner, Luis Ortega\n"
    )
    rounds = plan_of(chat).rounds
    invite = [r for r in rounds if r.title.startswith("yes!!")]
    assert not any(n.line is not None and n.line >= 8 for r in invite for n in r.focus)
    assert any(r.title.startswith("Partner case") for r in rounds)
