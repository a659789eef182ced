"""The candidate's questions in spellings that earlier notes did not use: an ask told in a
questions section's prose ("also ask Gareth how …"), "ask hayley - is parking covered",
an ask that opens a sentence inside a list item, a question put to someone ("For Sarah: …?",
"… ? → Rachel"), a questions table whose question has no final "?", and asks told across a
paragraph wrapped over several lines ("I'd like to ask who …")."""

from __future__ import annotations

from tests.support.plans import plan_of


def _asked(notes: str) -> list[str]:
    return [q.text for q in plan_of(notes).candidate_questions]


def test_an_ask_told_in_prose_under_a_questions_heading_counts() -> None:
    notes = """Tallowfield Homes - data analyst

questions to ask:
1. what tools does the team use day to day (power bi? tableau?)
2. who are the main ppl asking for reports
also ask Gareth how the team measures if a dashboard actually gets used
"""
    asked = _asked(notes)
    assert len(asked) == 3
    assert asked[-1] == "How the team measures if a dashboard actually gets used"


def test_ask_someone_then_a_dash_and_a_question() -> None:
    notes = """Fernlea - visual merchandiser

## Group day
- styling task, watch how you work with others
- ask hayley - is parking covered for the group day (prob not)
"""
    assert _asked(notes) == ["is parking covered for the group day (prob not)"]


def test_an_ask_that_opens_a_sentence_in_a_list_item() -> None:
    notes = """Vireon Biologics - research associate

## Lab round
- Yusuf runs the automation (Hamilton) — ask him how much of the screening is automated now
- wrap-up w/ Noor, not an interview. ask her then if there's news on the relocation package
- bond? ask if there's any service bond
- they'll ask about failed runs, and then ask about documentation habits
"""
    asked = _asked(notes)
    assert asked == [
        "How much of the screening is automated now",
        "If there's news on the relocation package",
        "If there's any service bond",
    ]


def test_a_question_put_to_someone_by_name() -> None:
    notes = """Orchid Bay Pharmacy - pharmacist

## Panel
- clinical cases, counselling
- For Sarah: how big is the weekend team? who covers leave?
- is there a transport allowance when covering other outlets? → Rachel
- why do you want to leave retail? → STAR 2
- for Marisa (my friend, not them): does she know anyone on the clinical team?
"""
    assert _asked(notes) == [
        "how big is the weekend team?",
        "who covers leave?",
        "is there a transport allowance when covering other outlets?",
    ]


def test_a_questions_table_whose_question_has_a_question_mark_inside() -> None:
    notes = """# Fietsly — data analyst

### Questions to ask
| Question | Who |
|---|---|
| How are pricing decisions made today – who signs off? | Sanne |
| What does the data stack look like (dbt? Looker?) | Joris |
"""
    assert _asked(notes) == [
        "How are pricing decisions made today – who signs off?",
        "What does the data stack look like (dbt? Looker?)",
    ]


def test_asks_told_in_a_paragraph_wrapped_over_lines() -> None:
    notes = """Saltbush Outdoor - content marketing manager

Panel on Thursday with Nick, Maria and someone from performance marketing. They will
ask about my portfolio and how I work with agencies.

For Nick, I'd like to ask who owns the newsletter today and what good would look like in six
months. For the panel I want to ask how content and performance share budget. And for Maria, I
want to ask what she'd want Saltbush to be known for in five years.
"""
    asked = _asked(notes)
    assert len(asked) == 3
    assert asked[1] == "How content and performance share budget"
    assert asked[2].startswith("What she'd want Saltbush to be known for")


def test_an_inline_to_ask_list_split_at_semicolons_and_a_bare_qs_label() -> None:
    notes = """panonija labs - sre

tech 2 → wed 26.11 14h → nikola again (staff eng) → k8s
  → q's: who decides when to freeze deploys (error budget policy)
  → pitati nikolu: koliko incidenata mesečno? ko piše postmortem?
hm → tbd → miloš jovanović (eng manager platform) → team fit
  → to ask — how the platform team's roadmap is set; what % is toil; is there a plan for a 2nd region
- Qs I got: why Panonija, a time you worked under pressure
- Rapid questions: what happens when you kubectl apply, how does kube-proxy route
"""
    assert _asked(notes) == [
        "who decides when to freeze deploys (error budget policy)",
        "koliko incidenata mesečno?",
        "ko piše postmortem?",
        "how the platform team's roadmap is set",
        "what % is toil",
        "is there a plan for a 2nd region",
    ]


def test_asks_told_in_prose_with_im_going_to_and_a_colon_after_the_name() -> None:
    notes = """Fernhollow — engineering lead

The second conversation is people management with Dana Whitfield. I'm going
to ask Dana how the leads share headcount decisions.

The third conversation is cross-functional. They'll want to see how I negotiate
scope. Ask Elena: who owns the payments roadmap when finance and product disagree?
"""
    assert _asked(notes) == [
        "How the leads share headcount decisions",
        "Who owns the payments roadmap when finance and product disagree?",
    ]


def test_a_lettered_outline_item_that_quotes_a_questions_list() -> None:
    notes = """Sollicitatie — Papierrestaurator, Museum Scheldekaai

II. Eerste gesprek
   B. Verwacht:
      1. motivatie
   C. > Vragen voor de commissie:
      > - Hoeveel restauratoren werken er nu op papier?
      > - Is er budget voor opleiding?
"""
    assert _asked(notes) == [
        "Hoeveel restauratoren werken er nu op papier?",
        "Is er budget voor opleiding?",
    ]


def test_questions_headed_with_a_typo_a_trailing_ask_or_an_aside() -> None:
    notes = """koffie & co - demand planner

questons for daan / anouk:
- how many SKUs per planner?
- is S&OP run by supply chain or by finance?

if I ever get an interview, ask:
- is there housing near the park

things i wanna ask (if they ask me do i have qs)
- how long is the training and is it paid

☐ ask: how many stores would I cover?
"""
    assert _asked(notes) == [
        "how many SKUs per planner?",
        "is S&OP run by supply chain or by finance?",
        "is there housing near the park",
        "how long is the training and is it paid",
        "how many stores would I cover?",
    ]


def test_decoys_are_not_the_candidates_questions_and_a_blank_row_does_not_crash() -> None:
    notes = """## System design
- For example: how would you design a URL shortener?
- for warm-up: what is the difference between a list and a tuple?
- Tell me about a time you failed? → Project Atlas
- what is your greatest weakness? → Perfectionism
- Coding - ask what the constraints are before starting

Mock interview with Sara on Sunday, I will ask her how I come across.

## Questions
|a|b|
|-|-|
|||
"""
    assert _asked(notes) == []
