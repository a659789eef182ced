"""Mends from an independent review of the question's-turn rules (scoring/turns.py): each
case is the reviewer's own question and answer, run as `mockloop feedback --offline` runs it.
Strong answers the rules once capped at 2 (a disagreement story read as a downside, curly
apostrophes, "reverse" as the task, "I'd run the numbers" read as a fix, a measure in plain
words, a calm "it's impossible to say"), and wins told where the question asks what failed."""

from __future__ import annotations

import pytest

from tests.support.scored import score_answer

CAPPED = "capped at 2"


_score = score_answer


STRONG = [
    pytest.param(
        "hiring-manager",
        "Tell me about a time you disagreed with a decision your manager made.",
        "Last spring my manager, Dana, wanted to move our month-end close from five days to three by cutting the accruals review. I thought that review caught about two thirds of our adjustments, so I pulled the last six closes and showed her that the review had found £180k of misposted invoices. We agreed to keep a lighter review on the ten largest suppliers and automate the rest with a matching rule I wrote in the ERP. We hit a four-day close in two months, and the auditors raised no adjustments that year. Dana now asks me to look at proposals like this before they go to the finance director.",
        id="disagree_mgr",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you had a serious disagreement with a colleague. How did you handle it?",
        "Our head chef, Marco, wanted to add a twelve-course tasting menu for the summer. As front-of-house manager I thought it would stretch service to four hours and our two-seating Saturdays would collapse. I asked him to walk me through the timings over coffee, and we costed it together with the sommelier. We settled on a seven-course version on Thursdays only, trialled it for a month, and it sold out every week with average spend up 30%. Marco and I now plan the seasonal menu together each quarter.",
        id="conflict_chef",
    ),
    pytest.param(
        "pm-fundamentals",
        "Tell me about a time you disagreed with an engineering lead on a product decision.",
        "Our engineering lead, Tomasz, wanted to rebuild the invoicing module on the new event-sourced stack before adding multi-currency. I wanted multi-currency first, because three enterprise deals worth £420k were waiting on it. We sat down with the deal list and his migration plan and found that only the currency conversion layer touched the old module. We agreed to ship multi-currency on the old module behind a thin adapter in six weeks and start the rebuild right after. Two of the three deals closed that quarter, and the adapter made his migration easier because the currency logic was already isolated.",
        id="pm_eng",
    ),
    pytest.param(
        "hiring-manager",
        "You moved the clinic to online booking last year. What didn't work?",
        "Phone patients over 75 didn’t make the switch. About a third of our diabetic reviews are in that group, and in the first two months their booked reviews fell from 120 to 70 because they couldn’t manage the login. I should have kept a phone line for over-75s from day one; I put one back in month three with a receptionist who books for them, and reviews were back to 115 by month five. I’d now check the age profile of who uses a channel before switching anything off.",
        id="curly_curly",
    ),
    pytest.param(
        "coding",
        "Reverse a singly linked list in place.",
        "Walk the list once with three pointers. Start with prev as None and curr at the head. On each step, save curr.next in a temporary, point curr.next back at prev, then move prev to curr and curr to the saved node. When curr runs off the end, prev is the new head, so return it. That is O(n) time and O(1) extra space, and it handles an empty list and a single node with the same loop. A recursive version is shorter to write but uses O(n) stack, which on a list of a million nodes would blow Python's recursion limit, so in place I'd use the loop.",
        id="reverse",
    ),
    pytest.param(
        "recruiter",
        "What would make you a great fit for this role?",
        "Three things. I've run the exact workflow you're hiring for: for four years I've managed accounts payable for a 300-person manufacturer, about 2,000 invoices a month across three currencies. I moved us from paper approvals to Coupa in 2022 and cut our average invoice cycle from 19 days to 6, which is the project your job ad describes. And I train well: two of the clerks I trained now run their own ledgers. I'd bring that same discipline to your close from the first month.",
        id="greatfit",
    ),
    pytest.param(
        "execution",
        "Daily active users for a product dropped 10% week over week. How would you figure out what happened?",
        "I'd run the numbers by platform, country, app version and acquisition channel. A drop in one slice, say Android 5.2 only, points at a release; an even drop everywhere points at logging or a holiday. Then I'd line the daily curve up against the release calendar, marketing spend and any outage in the status page, and ask the data team whether an event definition changed that week.",
        id="dau_run",
    ),
    pytest.param(
        "hiring-manager",
        "Repeat bookings at our dental practice fell 15% last year. How would you find out why?",
        "I'd run short phone interviews with twenty patients who haven't rebooked in eighteen months. I'd also pull recall-letter logs and the appointment book by hygienist and by weekday, and set them beside the date we moved to online-only booking.",
        id="dental",
    ),
    pytest.param(
        "execution",
        "Our checkout conversion fell from 3.1% to 2.6% after the redesign. What would you look at first?",
        "It's impossible to say from the headline number alone, so first I'd split the drop by device and by step. If mobile fell and desktop held, I'd check the new address form, because it added two required fields. I'd compare step-by-step completion for the two weeks before and after launch, and look at error logs for the payment step. Of course, I'd also check whether the traffic mix changed, since a paid campaign launched the same week.",
        id="sure_impossible",
    ),
    pytest.param(
        "hiring-manager",
        "How would you handle a client who wants to restructure their mortgage to cut monthly payments?",
        "First I'd get the full picture: current rate, term left, early repayment charges, income and any changes coming like a baby or retirement. Extending the term from 18 to 25 years would cut the payment by about a fifth, but they'd pay roughly £40k more interest overall, so I'd show both numbers side by side. If they're on a fixed deal with two years left, there's no need to break it and pay the 3% charge; we can plan the switch for the end of the fix. I'd definitely put the recommendation in writing with the total cost of each option.",
        id="sure_mortgage",
    ),
    pytest.param(
        "hiring-manager",
        "Looking back at the warehouse move, what would you do differently?",
        "Two things. Book the network vendor for the same weekend as the movers: on the move, the racking was done Saturday but the network only came Monday, so 140 pickers lost half a day. And put the labelling of new bin locations before the move, not after, because pickers spent the first week hunting for stock.",
        id="change_imperative",
    ),
    pytest.param(
        "behavioral",
        "Looking back at the office relocation you ran, what would you do differently?",
        "These days I book the removals firm and the IT cutover as one job. On the relocation, the movers finished on Saturday but the network vendor could only come Monday, so 140 people spent half of Monday without desks wired. Now I get both vendors on one call in the first week and make the cutover date a term in both contracts.",
        id="change_thesedays",
    ),
    pytest.param(
        "execution",
        "We rolled out a new onboarding checklist for new starters. How will you know whether it works?",
        "It works if new starters close their first support ticket by day three instead of day nine, and if fewer than one in ten still need to ask the help channel how to get laptop access in week two. I'd look at the last two intakes as a reference point, because the checklist went live between them, and I'd ask each new starter's buddy at the end of week one whether they had to step in. If day-three tickets move and buddy interventions halve, I'd keep it; if only one moves, I'd look at which section people skip.",
        id="measure_onboarding",
    ),
    pytest.param(
        "behavioral",
        "How did you know it was time to leave your last job?",
        "Two things happened in the same quarter. The school cut the sixth-form chemistry group I'd built from eight students to three, so the A-level teaching I'd moved there for was gone, and my head of department told me the timetable would stay like that for at least two years. I spent a term trying to rebuild it with an after-school science club, which got twenty Year 10s signed up, but the staffing decision stood. At that point staying meant teaching Key Stage 3 only, so I started applying to colleges with a full A-level programme.",
        id="measure_leave",
    ),
    pytest.param(
        "behavioral",
        "How would you tell a patient's family that the biopsy has confirmed cancer?",
        "I'd make sure we're in a private room with the consultant's time blocked, phones off, and a nurse the family already knows beside me. I'd start by asking what they've understood so far, then give a warning shot: 'I'm afraid the results are more serious than we hoped.' Then I'd say it plainly, using the word cancer, and stop talking. Silence is fine; I let them react and answer the questions they actually ask rather than reciting the treatment plan. Before they leave I'd book a follow-up with the oncology nurse specialist for the same week and give them her direct number in writing.",
        id="measure_family",
    ),
    pytest.param(
        "hiring-manager",
        "Your rota app rollout saved managers time. What didn't work?",
        "Sick-cover broadcast was the sore point. It message all qualified staff same time, so same three keen people take every extra shift and two of them nearly burnout by week six, and part-timers wanting hours get nothing. I put cap of two extra shifts per fortnight and rotation order in week seven, and within one month the extra hours are evened out.",
        id="nonnative_sore",
    ),
    pytest.param(
        "hiring-manager",
        "Your rota app rollout saved managers time. What didn't work?",
        "Unfortunately, the sick-cover broadcast backfired. It messaged everyone qualified at once, so the same three keen people grabbed every extra shift and two were close to burnout by week six, while part-timers who wanted hours were shut out. I capped extra shifts at two a fortnight and added a rotation order in week seven, and extra hours evened out within a month.",
        id="backfired",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you made a mistake at work.",
        "In my second year as a site engineer I signed off a concrete pour without checking the rebar spacing myself; I took the foreman's word. The inspector found two bays at 250mm instead of 200mm, and we had to break out and re-pour them, which cost four days and about £12k. I'm not proud of it. I told the project manager that afternoon, and since then I walk every pour with the drawings before I sign, and I wrote a one-page pre-pour checklist the site now uses on every job.",
        id="pride_notproud",
    ),
    pytest.param(
        "technical",
        "How would you implement least-privilege access for our contractors?",
        "I'd give contractors their own identity group in Okta, separate from staff, and grant access per project through roles that expire with the contract end date. Each role gets only the repos and environments that project needs: read on production logs, write on the staging cluster, nothing on customer data. Requests for more go through a ticket that the project lead approves, and every grant is logged. Once a quarter I'd run an access review that lists every contractor permission unused in 30 days and revokes it automatically.",
        id="least_priv",
    ),
    pytest.param(
        "hiring-manager",
        "How would you make sure new hires on the shop floor are not getting lost in their first week?",
        "Each new starter gets a named buddy from their own line, a printed first-week plan with who they meet each day, and a 15-minute check-in with me at the end of days one, three and five. On day one they walk the floor with the safety lead and do their induction on the actual machine they'll run. I'd also ask the buddy to sign off three basic tasks by Friday, so I can see exactly who is behind and pair them up for the next week.",
        id="not_getting_lost",
    ),
    pytest.param(
        "behavioral",
        "How do you make sure a shipment doesn't go to the wrong customer?",
        "Every pallet gets a label printed from the order system, with the order number as a barcode. At dispatch the loader scans the pallet and then the bay door; the handheld only turns green if both belong to the same order and the same route. Twice a shift a supervisor picks five pallets at random and checks the labels against the delivery note. Since we brought in the scan at the door, mis-shipments went from about eight a month to one.",
        id="doesnt_go",
    ),
]
WINS_TOLD = [
    pytest.param(
        "hiring-manager",
        "Your rota app rollout saved managers time. What didn't work?",
        "Not much, to be honest. The rota app was a big step forward. Shift swaps used to go through me by text, about thirty a week, and now staff post them and a manager approves in one tap, so swaps take minutes. Sick cover got faster too: the app messages everyone qualified for the shift at once, and we filled 90% of gaps within an hour, up from about half. Managers now spend Friday afternoons on the floor instead of on spreadsheets.",
        id="escape_notmuch",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time something you were responsible for didn't go the way you planned.",
        "Honestly, nothing went wrong on my biggest project. I led the migration of our patient records to the new system over one weekend, with twelve nurses trained in advance and a rollback plan signed off by the IT director. We went live on the Monday with every record intact and clinics running as normal, and the trust used our plan as the template for the other two sites.",
        id="escape_nothingwrong",
    ),
    pytest.param(
        "hiring-manager",
        "Your rota app rollout saved managers time. What didn’t work?",
        "The rota app was a big step forward. Shift swaps used to go through me by text, about thirty a week, and now staff post them and a manager approves in one tap, so swaps take minutes. Sick cover got faster too: the app messages everyone qualified for the shift at once, and we filled 90% of gaps within an hour, up from about half. Managers now spend Friday afternoons on the floor instead of on spreadsheets.",
        id="curlyq_curly",
    ),
]


@pytest.mark.parametrize(("round_id", "question", "answer"), STRONG)
def test_a_strong_answer_is_not_capped_by_a_turn(round_id: str, question: str, answer: str) -> None:
    result, overall = _score(round_id, question, answer)
    turned = [s for c in result.criteria for s in c.signals if s.endswith(CAPPED) and "never" in s]
    assert not turned and not [
        s for c in result.criteria for s in c.signals if "straight to a fix" in s
    ]
    # the reviewer rated these 4-5; the shipment check (a 3 to the reviewer) only keeps its turn
    assert overall.overall is not None and overall.overall >= (2 if "shipment" in question else 3)


@pytest.mark.parametrize(("round_id", "question", "answer"), WINS_TOLD)
def test_wins_told_when_asked_what_went_wrong_stay_low(
    round_id: str, question: str, answer: str
) -> None:
    _, overall = _score(round_id, question, answer)
    assert overall.overall is not None and overall.overall <= 2
