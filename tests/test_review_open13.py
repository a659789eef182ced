"""Review of open13's new scoring rules on answers they were not written on: the five new turns
(your own part, the case against, a cut, a failure, a reason to leave), the tightened measure
turn and the catalogue of well-known wrong claims. Each answer here was written fresh for this
review, in many fields and registers (spoken, terse, non-native, lists): strong answers that take
the turn in words the first patterns did not know, dodges they let through, questions that only
look like they take a turn, and correct expert sentences that a claim's pattern caught."""

from __future__ import annotations

import pytest

from mockloop.scoring.misconceptions import misconceptions
from mockloop.scoring.turns import missed_turn
from tests.support.scored import score_answer

# (round, question, answer, "ok" when the answer takes the turn or the question takes none,
# "cap" when it dodges the turn)
TURNS = [
    pytest.param(
        "behavioral",
        "On the warehouse move, what did you personally decide?",
        "My call was to move the slow-moving stock first, a week before the rest. The team wanted one big weekend, but the pick rates told me the fast lines could not stand two days offline. Splitting it cost us an extra weekend of overtime, and the result was zero missed next-day orders during the move.",
        "ok",
        id="own-mycall",
    ),
    pytest.param(
        "behavioral",
        "What was your role in the checkout redesign?",
        "We were five: two engineers, a designer, research and me as the PM. We ran twelve interviews and we found that people abandoned at the address step. The decision that was mine was to cut the address lookup from the first release and ship the form alone, since the lookup vendor needed six more weeks. Conversion rose four points in the first month, and we added the lookup in the second release.",
        "ok",
        id="own-we-mostly",
    ),
    pytest.param(
        "hiring-manager",
        "What was your personal contribution to the launch?",
        "Wrote the pricing model. Ran the beta with 40 clinics. Decided to drop the annual plan at launch. Owned the go/no-go with legal.",
        "ok",
        id="own-terse",
    ),
    pytest.param(
        "behavioral",
        "What did you yourself do when the supplier failed?",
        "Me, I phoned the second supplier same day and negotiated a half pallet at the old price. Then I rebuilt the production plan for two weeks so the line never stopped. My manager was travelling so the decision was on me.",
        "ok",
        id="own-nonnative",
    ),
    pytest.param(
        "behavioral",
        "What did you personally decide on the migration?",
        "It was really a team effort. The architects chose the target platform, the DBAs planned the cut-over and operations ran it over a long weekend. Everyone pulled together and the result was no downtime for customers. It showed what the department can do when it works as one.",
        "cap",
        id="own-dodge-team",
    ),
    pytest.param(
        "behavioral",
        "What did you personally decide on the migration?",
        "I was involved from start to finish. The architects chose the target platform, the DBAs planned the cut-over and operations ran it over a long weekend. The leadership decided on the date and the vendor did the mapping. The result was no downtime for customers.",
        "cap",
        id="own-dodge-I-involved",
    ),
    pytest.param(
        "recruiter",
        "What was your role at Northwind, and who did you report to?",
        "Senior pricing analyst in the commercial team, reporting to the head of revenue management. Mostly airline fare rules, competitor monitoring and the weekly pricing committee pack, across about 200 routes.",
        "ok",
        id="own-false-role-recruiter",
    ),
    pytest.param(
        "recruiter",
        "What was your role at your last company?",
        "Product manager for payments, covering card acquiring, refunds and the merchant dashboard, with a team of six engineers.",
        "ok",
        id="own-false-role-at",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a mistake you made at work.",
        "Sending a pricing update to all 3,000 customers with last year's rates. The email went at 9am; by ten, support had 200 tickets. My fault entirely: the template pulled from a stale sheet and the check that should have caught it was skipped because of a deadline. Since then every send has a second reviewer.",
        "ok",
        id="own-mistake-passive",
    ),
    pytest.param(
        "executive",
        "What's the strongest case against expanding into Germany next year?",
        "The biggest reason not to is that we'd be doing it with the same twelve people who are already stretched on the UK. German buyers expect local invoicing and a German-speaking account manager, which we don't have. And our UK churn is still at 3% a month, so we'd be pouring customers into a leaky bucket.",
        "ok",
        id="against-biggest-reason",
    ),
    pytest.param(
        "executive",
        "Give me the case against opening a second restaurant.",
        "Three things. The chef is the restaurant, and she cannot be in two kitchens. The new lease locks us in for ten years while our own sales have been flat for two. And a second site halves my attention just when the first one needs a new menu. Each of those could sink the first site as well as the second.",
        "ok",
        id="against-no-keywords",
    ),
    pytest.param(
        "cofounders",
        "What's the argument against raising now?",
        "Dilution at a low valuation. Eighteen months of runway already. Investors would want growth we can't show yet. Better to wait for two more quarters of revenue.",
        "ok",
        id="against-terse",
    ),
    pytest.param(
        "executive",
        "What's the strongest case against the acquisition?",
        "The acquisition gives us the customer base we have been trying to build for three years, at a price below what it would cost us to build it. Their product fits into ours in a quarter, the teams know each other, and the board is supportive. It's the right move at the right time.",
        "cap",
        id="against-dodge",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you argued against your manager's plan.",
        "Last spring my manager wanted to launch the loyalty scheme before Christmas. I thought it would swamp the stores at the busiest time, so I pulled the staffing numbers and showed him that tills would need two extra staff per shift. He agreed to move it to January, and the launch went smoothly.",
        "ok",
        id="against-false-trigger",
    ),
    pytest.param(
        "product-sense",
        "Walk me through the case for and against adding a free tier.",
        "For: a free tier brings in the long tail of small teams who become paying customers later, and it's how our two competitors grew. Against: support costs rise with every free user, and some paying customers will downgrade. I'd try it with a cap of three seats and watch downgrades monthly.",
        "ok",
        id="against-case-for-and-against",
    ),
    pytest.param(
        "product-sense",
        "If we had to ship in half the time, what would you cut?",
        "I'd keep search and checkout and lose the wishlist and the reviews for launch. Reviews need moderation we haven't staffed, and the wishlist is used by 4% of visitors on the old site.",
        "ok",
        id="cut-keep-lose",
    ),
    pytest.param(
        "execution",
        "The budget has been halved. What would you drop?",
        "Ditch the trade show, kill the second agency and pause the podcast. Keep the two things that produce pipeline: the webinars and the partner referrals, which brought in 60% of last year's deals.",
        "ok",
        id="cut-ditch",
    ),
    pytest.param(
        "pm-fundamentals",
        "What would you say no to this quarter?",
        "The Salesforce integration and the dark mode request. Both are loud but small: three customers asked for the integration and none of them are above 10k a year. The team's time goes on onboarding, which is where we lose half of trials.",
        "ok",
        id="cut-say-no",
    ),
    pytest.param(
        "execution",
        "If the budget were cut by a third, what would you cut?",
        "Honestly I don't think we should cut anything. Every part of the programme is doing its job, the team is already stretched, and I'd rather make the case to finance for keeping the full budget because the returns are clear.",
        "cap",
        id="cut-dodge-nothing",
    ),
    pytest.param(
        "execution",
        "What would you remove from the onboarding flow?",
        "Everything in the onboarding flow is essential. Each screen was tested with users, and the completion rate is already good. I'd focus on making the copy clearer and adding a progress bar.",
        "cap",
        id="cut-dodge-everything-essential",
    ),
    pytest.param(
        "behavioral",
        "When two deadlines clash, what goes first for you?",
        "The one with a customer waiting on it. Internal reports can usually move a day, and I tell the owner straight away rather than at the deadline. Last month I moved a board pack by a day so a client's data fix could ship.",
        "ok",
        id="cut-false-trigger-goes-first",
    ),
    pytest.param(
        "system-design",
        "What happens when the payment provider goes down?",
        "Orders wait in a queue. The customer sees 'order received' and we charge the card once the provider is back; if the charge then declines, we email them and hold the stock for an hour.",
        "ok",
        id="fail-queue",
    ),
    pytest.param(
        "system-design",
        "What happens if the recommendation service is unavailable?",
        "The page shows the cached bestsellers list instead, which is rebuilt hourly. The product page never waits on the recommender for more than 100 ms; past that we render without it.",
        "ok",
        id="fail-cached",
    ),
    pytest.param(
        "system-design",
        "What happens when the primary database crashes?",
        "A standby in the other zone is promoted within about thirty seconds by the orchestrator. Writes in flight are replayed by the clients, which is safe because every write carries an idempotency key.",
        "ok",
        id="fail-replica",
    ),
    pytest.param(
        "system-design",
        "What happens when the message broker goes down?",
        "The broker runs as a three-node cluster on large instances, and we partition topics by customer so load is spread evenly. At peak we see 40k messages a second, and each node has headroom to double that.",
        "cap",
        id="fail-dodge-scale",
    ),
    pytest.param(
        "partnerships",
        "What happens if the partner fails to hit the volume target in year one?",
        "The contract has a step-down: their rebate drops from 8% to 5% and we can end exclusivity after two quarters below 70% of target. I'd still meet them monthly so a miss doesn't come as a surprise.",
        "ok",
        id="fail-false-trigger-business",
    ),
    pytest.param(
        "custom",
        "What happens if the infusion pump fails during the night shift?",
        "The pump alarms and the nurse switches to a spare from the equipment room; for a critical drug like insulin we check the patient's glucose straight away and restart within fifteen minutes.",
        "ok",
        id="fail-clinical",
    ),
    pytest.param(
        "recruiter",
        "Why are you leaving your current job?",
        "Honestly, I love what you do, but the reason I'm leaving is that my team is being merged into sales ops and the analytics work is going offshore.",
        "ok",
        id="leave-love-but",
    ),
    pytest.param(
        "recruiter",
        "Why are you looking to leave now?",
        "I've always admired how your clinics run. Your nurse-led model is the one I'd like to learn. The honest reason I'm moving is that my trust has frozen all band 7 posts, so there's no next step for me there for two years.",
        "ok",
        id="leave-admire-then-reason",
    ),
    pytest.param(
        "recruiter",
        "Why are you looking at this role in particular?",
        "What draws me to this role is the mix of pricing and product work. I've done pricing for five years and the next step I want is owning the product decisions that come with it.",
        "ok",
        id="leave-false-trigger-join",
    ),
    pytest.param(
        "recruiter",
        "Why do you want to leave your current company?",
        "Your company has the best reputation in the sector. I've followed your work on sustainable packaging for years, and the new plant in Leeds is exactly the kind of project I want to work on.",
        "cap",
        id="leave-dodge",
    ),
    pytest.param(
        "recruiter",
        "Why are you leaving Acme after only a year?",
        "I love your mission and the product is brilliant. I think I would fit the culture here really well and I'm excited about what the team is building.",
        "cap",
        id="leave-dodge-I-love",
    ),
    pytest.param(
        "recruiter",
        "Why are you leaving?",
        "Contract ends in March. Also want to get back to hands-on engineering.",
        "ok",
        id="leave-terse",
    ),
    pytest.param(
        "pm-fundamentals",
        "How would you judge whether to build or buy the scheduling tool?",
        "Build if scheduling is where we win deals; buy if it's plumbing. Today customers pick us for the reporting, not the calendar, and two vendors already do it well, so I'd buy, keep our data model, and revisit in a year.",
        "ok",
        id="measure-false-judge-tradeoff",
    ),
    pytest.param(
        "hiring-manager",
        "How would you evaluate a candidate for a senior role on your team?",
        "I'd give them a real problem from our backlog, pair with them for an hour, and listen for the questions they ask before they start. Then a conversation about a past decision that went badly and what they changed afterwards.",
        "ok",
        id="measure-false-evaluate-candidate",
    ),
    pytest.param(
        "product-sense",
        "How would you know if the new onboarding is working?",
        "Two numbers: the share of new teams that invite a second user in their first week, and week-four retention. I'd compare the cohort that saw the new flow with the old one.",
        "ok",
        id="measure-strong",
    ),
    pytest.param(
        "product-sense",
        "How would you know if the new onboarding is working?",
        "The new onboarding is much simpler. We removed three screens, the copy is friendlier, and new users get a short video from the founder. Customers in the beta said they loved it.",
        "cap",
        id="measure-dodge",
    ),
    pytest.param(
        "behavioral",
        "So what was your bit in all that, personally?",
        "Right, so, my bit was the rota. We had three nurses off and the ward manager was on leave, so I rewrote the whole fortnight that night and rang round the bank staff myself. Took about four hours but every shift was covered.",
        "ok",
        id="own-uk-spoken",
    ),
    pytest.param(
        "hiring-manager",
        "What was your personal decision in the pricing change?",
        "We'd been discounting 30% to win deals. The decision I pushed through was to stop discounting below 15% without the CFO's sign-off. Sales hated it for a month, and then average deal size rose 12%.",
        "ok",
        id="own-we-led",
    ),
    pytest.param(
        "cofounders",
        "What did you personally own at your last startup?",
        "The founders set the strategy and the CTO built the platform. The sales team closed the first ten customers, and marketing ran the launch. The company raised a seed round after eighteen months and was acquired two years later.",
        "cap",
        id="own-dodge-founders",
    ),
    pytest.param(
        "recruiter",
        "Personally, what matters most to you in your next role?",
        "A manager who gives feedback often, a product used by real people every day, and a team that ships weekly. Salary matters too, but it comes after those.",
        "ok",
        id="own-false-trigger-personally",
    ),
    pytest.param(
        "behavioral",
        "What was your contribution to the audit?",
        "- Planned the sampling for the 400 invoices\n- Interviewed the AP clerks\n- Found the duplicate supplier records\n- Wrote the findings for the committee",
        "ok",
        id="own-list",
    ),
    pytest.param(
        "executive",
        "Play devil's advocate on your own recommendation.",
        "If I'm wrong, it's because the pilot stores aren't typical: they're all in cities, and rural stores have half the footfall. The savings might also be a one-off from the new manager rather than the rota change.",
        "ok",
        id="against-devils",
    ),
    pytest.param(
        "product-sense",
        "What's the best argument against building the mobile app?",
        "Our users are on desktop 85% of the time because they do this at work. An app splits a four-person team across three codebases, and every release has to go through the stores. Honestly the mobile web is good enough.",
        "ok",
        id="against-us-american",
    ),
    pytest.param(
        "cofounders",
        "What's the argument against hiring a VP of Sales now?",
        "A VP of Sales would bring a playbook, a network and the credibility we need with enterprise buyers. They'd build the team, set targets and free me up to focus on product. It would accelerate revenue from next quarter.",
        "cap",
        id="against-dodge-benefits",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you made the case against a popular idea.",
        "In 2022 everyone wanted to move the help centre to a chatbot. I pulled the last 500 tickets and showed that 40% were billing disputes a bot couldn't settle. We kept people on billing and used the bot only for password resets.",
        "ok",
        id="against-false-trigger-story",
    ),
    pytest.param(
        "execution",
        "What would you deprioritise if the team loses two engineers?",
        "First the admin redesign, it can wait to next quarter. The reporting export we make by hand for the three big clients for now. Core booking flow we keep full.",
        "ok",
        id="cut-nonnative",
    ),
    pytest.param(
        "pm-fundamentals",
        "What would you stop doing, then, if you had to free up a day a week?",
        "The weekly status deck, honestly. Nobody reads past slide two. I'd bin it and send a five-line email, and I'd also give up the Tuesday sync and go async in Slack.",
        "ok",
        id="cut-british-spoken",
    ),
    pytest.param(
        "execution",
        "With 20% less budget, what would you cut?",
        "I'd go back to finance and show what the programme returns: every pound in brings three back. I don't think we should cut anything; instead we should protect it.",
        "cap",
        id="cut-dodge-more-budget",
    ),
    pytest.param(
        "execution",
        "What would you cut from the launch plan?",
        "I wouldn't cut anything from the core launch, but I'd drop the paid influencer campaign and move the press event online, which saves about 40k.",
        "ok",
        id="cut-dodge-except",
    ),
    pytest.param(
        "system-design",
        "What happens if the ledger service times out halfway through a transfer?",
        "The transfer is written as two entries in one transaction, so a timeout leaves neither. The client retries with the same idempotency key, and a nightly reconciliation flags anything stuck in pending.",
        "ok",
        id="fail-finance",
    ),
    pytest.param(
        "custom",
        "What happens when the refrigerated truck breaks down on the route?",
        "The driver calls dispatch, and we send the nearest spare reefer within two hours; the cargo stays sealed because the trailer holds temperature for about six. If we can't make six hours, we transfer the load to a local cold store.",
        "ok",
        id="fail-logistics",
    ),
    pytest.param(
        "ml-system-design",
        "What happens if the feature store is unavailable at inference time?",
        "The feature store is built on Redis with features computed by a Spark job every hour. The model reads 40 features per request in under 5 ms, and we version every feature so training and serving match.",
        "cap",
        id="fail-dodge-happy-path",
    ),
    pytest.param(
        "behavioral",
        "What happens when you and your manager disagree?",
        "I say so early and in private, with the numbers. Last year my manager wanted to cut the QA week; I showed him the defect data from the last two releases and we settled on three days.",
        "ok",
        id="fail-false-trigger-people",
    ),
    pytest.param(
        "recruiter",
        "Why did you decide to leave Barclays?",
        "My role was made redundant in the restructure last spring, along with the rest of the Leeds analytics team.",
        "ok",
        id="leave-redundancy",
    ),
    pytest.param(
        "recruiter",
        "So why are you looking?",
        "Honestly? I've been at the agency six years. I love the clients, but I've hit a ceiling and I want to be in-house, closer to the product.",
        "ok",
        id="leave-spoken-us",
    ),
    pytest.param(
        "recruiter",
        "Why are you moving on from your current role?",
        "I'm really passionate about fintech. Your product is the one I'd use myself, and I've been following your growth closely. I think my skills would be a great fit for the team.",
        "cap",
        id="leave-dodge-passion",
    ),
    pytest.param(
        "behavioral",
        "Why did you leave the project plan unchanged after the review?",
        "Because the review found nothing that moved the critical path: the two risks it raised were already covered by the buffer in March. Changing the plan would have cost a week of re-approval for no gain.",
        "ok",
        id="leave-false-trigger-nonleave",
    ),
    pytest.param(
        "ml-system-design",
        "How would you evaluate the model before launch?",
        "Offline first: precision and recall on a held-out month, sliced by region. Then a shadow run for two weeks, comparing its flags with what the analysts decided.",
        "ok",
        id="measure-ml",
    ),
    pytest.param(
        "recruiter",
        "How would you evaluate an offer from us against your other options?",
        "Mostly the work itself and who I'd learn from, then the salary and the commute. I'd want to meet the team before deciding.",
        "ok",
        id="measure-false-evaluate-offer",
    ),
    pytest.param(
        "ml-system-design",
        "How would you evaluate the model before launch?",
        "I'd use a gradient-boosted tree with 200 features, tuned with Bayesian search, and deploy it behind a feature flag on Kubernetes so we can roll it out gradually.",
        "cap",
        id="measure-dodge-ml",
    ),
    pytest.param(
        None,
        "What was your role in getting the hospital's discharge times down?",
        "I chaired the weekly discharge huddle and changed one rule: pharmacy now starts the take-home meds the evening before. Median discharge moved from 4pm to 1pm within six weeks.",
        "ok",
        id="fresh-0",
    ),
    pytest.param(
        None,
        "What did you personally contribute to the grant application?",
        "The whole lab worked on it over the summer. The PI wrote the aims, the postdocs wrote the methods, and the budget was handled by the department office. We were funded on the first round.",
        "cap",
        id="fresh-1",
    ),
    pytest.param(
        None,
        "What decision did you personally make during the recall?",
        "Pulling the whole batch, not just the affected lot, was my decision. It cost us 80k more, but the regulator closed the file in a week.",
        "ok",
        id="fresh-2",
    ),
    pytest.param(
        None,
        "What's the case against moving the whole team to a four-day week?",
        "Customers call five days a week, and our two biggest accounts have written response times into their contracts. Covering Fridays means splitting the team, which brings back the handover errors we just got rid of.",
        "ok",
        id="fresh-3",
    ),
    pytest.param(
        None,
        "What's the strongest argument against launching in Brazil?",
        "Brazil is our biggest opportunity: 200 million people, a booming fintech scene and a regulator that welcomes newcomers. It would give us a second home market within a year.",
        "cap",
        id="fresh-4",
    ),
    pytest.param(
        None,
        "If you lost half your engineers tomorrow, what would you drop from the roadmap?",
        "Everything except the billing migration waits. The partner API and the new reports go to Q3, and the mobile refresh is shelved.",
        "ok",
        id="fresh-5",
    ),
    pytest.param(
        None,
        "What would you cut from this year's events budget?",
        "Honestly, nothing. Events are our best channel and every event is there for a reason; I'd argue for more money, not less.",
        "cap",
        id="fresh-6",
    ),
    pytest.param(
        None,
        "What happens if the warehouse management system goes offline during peak?",
        "Pickers switch to printed pick lists generated every hour as a fallback, and we reconcile stock once the system is back.",
        "ok",
        id="fresh-7",
    ),
    pytest.param(
        None,
        "What happens when the GPS signal drops in a tunnel?",
        "The app keeps estimating position from speed and heading, then snaps back to the map when the signal returns.",
        "ok",
        id="fresh-8",
    ),
    pytest.param(
        None,
        "Why are you leaving your current practice?",
        "The partners are retiring and the practice is being sold to a corporate group, which wants volume over the kind of dentistry I do.",
        "ok",
        id="fresh-9",
    ),
    pytest.param(
        None,
        "Why are you looking to move on?",
        "Your studio makes the games I grew up with. The art direction on your last title was stunning, and I'd love to be part of what comes next.",
        "cap",
        id="fresh-10",
    ),
    pytest.param(
        None,
        "How would you measure whether the new triage process works?",
        "Time from arrival to first assessment, before and after, plus the share of patients re-triaged upward within an hour.",
        "ok",
        id="fresh-11",
    ),
    pytest.param(
        None,
        "How would you evaluate whether we should enter the Dutch market?",
        "Size the market bottom-up, talk to ten prospects, and look at who already serves them and at what price.",
        "ok",
        id="fresh-12",
    ),
    pytest.param(
        None,
        "What gets cut first when the sprint overruns?",
        "The polish tickets, then any refactoring that isn't blocking, so the customer-facing fix still ships on Friday.",
        "ok",
        id="fresh-13",
    ),
    pytest.param(
        None,
        "Tell me about a decision you made that turned out wrong.",
        "We moved support to a ticket-only model to save costs. Complaints doubled in a month and we brought phone support back for our top tier.",
        "cap",
        id="fresh-14",
    ),
]


@pytest.mark.parametrize(("round_id", "question", "answer", "expected"), TURNS)
def test_the_turn_is_capped_only_when_the_answer_dodges_it(
    round_id: str | None, question: str, answer: str, expected: str
) -> None:
    turn = missed_turn(question, answer)
    if expected == "ok":
        assert turn is None, turn.says if turn else ""
    else:
        assert turn is not None
        if round_id is not None:
            result, _ = score_answer(round_id, question, answer)
            assert max(c.score for c in result.criteria) <= 2
            assert any(turn.says in s for c in result.criteria for s in c.signals)


# strong answers the first patterns capped at 2 (a false trigger or a turn taken in other words)
STRONG = [
    p
    for p in TURNS
    if p.id
    in {
        "own-we-mostly",
        "cut-ditch",
        "leave-admire-then-reason",
        "cut-false-trigger-goes-first",
        "cut-british-spoken",
        "against-devils",
        "against-false-trigger-story",
    }
]


@pytest.mark.parametrize(("round_id", "question", "answer", "expected"), STRONG)
def test_a_strong_answer_that_takes_the_turn_scores_at_least_3(
    round_id: str, question: str, answer: str, expected: str
) -> None:
    result, _ = score_answer(round_id, question, answer)
    assert max(c.score for c in result.criteria) >= 3
    assert not any("capped" in s and "never" in s for c in result.criteria for s in c.signals)


# (sentence, True when it states a known-wrong claim)
CLAIMS = [
    pytest.param(
        "The KV cache keeps growing alongside the weights in GPU memory, so long prompts squeeze the batch.",
        False,
        id="kv-grows-next-to-weights",
    ),
    pytest.param(
        "Speculative decoding makes the per-token latency much smaller when the draft model guesses well.",
        False,
        id="specdec-latency-smaller",
    ),
    pytest.param(
        "Quantization always costs some accuracy, so we measure it on our own evals first.",
        False,
        id="quant-always-costs",
    ),
    pytest.param(
        "Quantization-aware training improves accuracy over post-training quantization at int4.",
        False,
        id="qat-improves",
    ),
    pytest.param(
        "A bigger KV cache always costs memory that we could otherwise spend on a larger batch.",
        False,
        id="bigger-cache-costs",
    ),
    pytest.param(
        "Dropping the indexes before the bulk load speeds up the inserts, and we rebuild them afterwards.",
        False,
        id="drop-index-bulk",
    ),
    pytest.param(
        "Fewer indexes means faster inserts, so we removed the three nobody queried.",
        False,
        id="fewer-indexes",
    ),
    pytest.param(
        "The replicas absorb the reads so writes get the primary to themselves.",
        False,
        id="replicas-absorb-reads",
    ),
    pytest.param(
        "In Cassandra every replica handles writes, because there is no single leader.",
        False,
        id="cassandra-replicas",
    ),
    pytest.param(
        "The lift was significant, p = 0.03 at the 95% confidence level.", False, id="p-ci-level"
    ),
    pytest.param(
        "With p = 0.01, the 95% confidence interval for the lift runs from 1.2 to 3.4 points.",
        False,
        id="p-ci-interval",
    ),
    pytest.param(
        "Stopping the test as soon as it hits significance inflates the false positive rate.",
        False,
        id="peeking-debunk",
    ),
    pytest.param(
        "The digit classifier gets 98% accuracy on MNIST, which is strong for a small CNN.",
        False,
        id="mnist-accuracy",
    ),
    pytest.param(
        "We evaluate with five-fold cross-validation on the training set and keep a final test set aside.",
        False,
        id="train-cv",
    ),
    pytest.param(
        "Early on I made the mistake of measuring accuracy on the training data, and production told a different story.",
        False,
        id="train-mistake-story",
    ),
    pytest.param(
        "Removing items from a list while iterating over it is a classic bug.",
        False,
        id="remove-iter-bug",
    ),
    pytest.param(
        "Binary search is O(log n), versus O(n) for a linear scan.", False, id="bsearch-vs-linear"
    ),
    pytest.param(
        "The old system used floats for prices and the totals drifted by a penny every few thousand orders.",
        False,
        id="floats-bug-story",
    ),
    pytest.param(
        "Base64 offers no security at all; anyone can decode it.", False, id="base64-no-security"
    ),
    pytest.param(
        "The legacy passwords were MD5 hashes, which we cracked in an hour during the pentest.",
        False,
        id="md5-legacy",
    ),
    pytest.param(
        "Unlike TCP, UDP has no guarantee of delivery or order.", False, id="udp-no-guarantee"
    ),
    pytest.param(
        "UDP trades guaranteed delivery for lower latency, which suits live video.",
        False,
        id="udp-trades",
    ),
    pytest.param(
        "We've already invested in Snowflake, so we should keep using it rather than pay for a second warehouse.",
        False,
        id="sunk-reuse",
    ),
    pytest.param(
        "Our audit cut antibiotic prescribing for colds and sore throats by a third.",
        False,
        id="abx-audit",
    ),
    pytest.param(
        "Patients often ask for antibiotics for a cold, and I explain why they won't help.",
        False,
        id="abx-patients",
    ),
    pytest.param(
        "Subject access requests used to allow 40 days and a £10 fee, but since 2018 it's one month and free.",
        False,
        id="sar-history",
    ),
    pytest.param(
        "Under FOB the risk passes to the buyer at loading; under DAP the risk stays with the seller until arrival at destination.",
        False,
        id="fob-vs-dap",
    ),
    pytest.param(
        "Many juniors assume UDP guarantees delivery, which is exactly why the retries matter.",
        False,
        id="juniors-assume-udp",
    ),
    pytest.param(
        "Alcohol gel kills most bacteria, but for C. diff spores we use soap and water.",
        False,
        id="gel-cdiff",
    ),
    pytest.param(
        "Adding read replicas helps the reads; writes still go to the primary.",
        False,
        id="replica-writes-primary",
    ),
    pytest.param(
        "An index on customer_id speeds up the updates that filter by customer, since each one finds its row faster.",
        False,
        id="index-update-where",
    ),
    pytest.param(
        "NPS is the share of promoters minus the share of detractors, so it is not an average.",
        False,
        id="nps-correct",
    ),
    pytest.param(
        "A 50% markup is a 33% margin, which people often confuse.", False, id="markup-correct"
    ),
    pytest.param(
        "Depreciation is a non-cash expense that reduces profit but not the bank balance.",
        False,
        id="depr-correct",
    ),
    pytest.param(
        "An unwise decision is not, by itself, evidence that she lacks capacity.",
        False,
        id="capacity-correct",
    ),
    pytest.param(
        "p < 0.05 means we're 95% confident the new feature works.", True, id="p-less-than"
    ),
    pytest.param(
        "A p-value of 0.03 means there's only a 3% chance the result is a fluke.",
        True,
        id="p-one-digit",
    ),
    pytest.param(
        "There's a 97% chance the variant is better, since p came out at 0.03.",
        True,
        id="p-reversed",
    ),
    pytest.param(
        "UDP is reliable enough and guarantees the packets arrive in order.",
        True,
        id="udp-reliable",
    ),
    pytest.param(
        "Put an index on every column and your writes will be faster too.",
        True,
        id="index-writes-us",
    ),
    pytest.param(
        "To handle the write spike we'll add replicas and spread the writes across them.",
        True,
        id="replicas-spread-writes",
    ),
    pytest.param("I'd store the prices as floats, it's simpler.", True, id="floats-money"),
    pytest.param(
        "We keep user passwords encrypted in the database so they're safe.",
        True,
        id="passwords-encrypt",
    ),
    pytest.param("Binary search runs in O(n) time.", True, id="bsearch-on"),
    pytest.param(
        "We've sunk two years into this migration, so we have to finish it.",
        True,
        id="sunk-classic",
    ),
    pytest.param("I'd prescribe antibiotics to treat her flu.", True, id="abx-flu"),
    pytest.param(
        "Our NPS measures the average satisfaction rating across all customers.", True, id="nps-avg"
    ),
    pytest.param(
        "We stopped the experiment once the p-value dropped below 0.05.", True, id="stop-peek"
    ),
    pytest.param(
        "Our fraud model is 99% accurate, so it's ready for production.", True, id="acc-fraud"
    ),
    pytest.param(
        "We validated the model on the same training set and it scored 97%.", True, id="train-eval"
    ),
    pytest.param("A 40% markup gives us a 40% margin.", True, id="markup-margin"),
    pytest.param("Hand sanitiser is fine for norovirus.", True, id="gel-noro"),
    pytest.param("Depreciation counts as a cash expense every year.", True, id="depr-cash"),
    pytest.param(
        "I'd iterate through the list and delete the duplicates from it as I go through it.",
        True,
        id="remove-iter",
    ),
    pytest.param(
        "With paged attention the KV cache holds blocks of keys and values, not the weights, so fragmentation drops.",
        False,
        id="kv-paged",
    ),
    pytest.param(
        "Prefill is compute-bound and decode is memory-bandwidth bound, so we batch decode steps aggressively.",
        False,
        id="prefill-decode",
    ),
    pytest.param(
        "On this read-heavy table the index helps the lookups, and the writes are rare enough that its upkeep doesn't matter.",
        False,
        id="index-read-heavy",
    ),
    pytest.param(
        "Replicas give us failover and take the dashboard queries, while the primary keeps all the writes.",
        False,
        id="replicas-failover",
    ),
    pytest.param(
        "A p of 0.02 tells us data this extreme would be rare if the two versions were identical, nothing more.",
        False,
        id="pvalue-correct-us",
    ),
    pytest.param(
        "We fixed the sample size at 40,000 users per arm and stopped the test when it was reached.",
        False,
        id="sample-size",
    ),
    pytest.param(
        "On the balanced test set the model reaches 94% accuracy, which is solid for a first version.",
        False,
        id="acc-balanced",
    ),
    pytest.param(
        "We use doubles for the sensor readings and the physics, and keep money in integer cents.",
        False,
        id="floats-sci",
    ),
    pytest.param(
        "Passwords are hashed with Argon2id and a per-user salt; we never store them encrypted.",
        False,
        id="pw-argon",
    ),
    pytest.param(
        "DNS runs over UDP because a lost query is simply retried by the client.",
        False,
        id="udp-dns",
    ),
    pytest.param(
        "Our margin is 20% of the selling price, which works out at a 25% markup on cost.",
        False,
        id="margin-correct-uk",
    ),
    pytest.param(
        "Like-for-like sales exclude the new stores, so the 4% is the same shops as last year.",
        False,
        id="lfl-correct",
    ),
    pytest.param(
        "The money we've already spent is gone either way, so I'd only look at what finishing costs from here.",
        False,
        id="sunk-correct",
    ),
    pytest.param(
        "If the throat swab shows strep, antibiotics treat it; for the viral sore throats we don't prescribe.",
        False,
        id="abx-bacterial",
    ),
    pytest.param(
        "Under the Mental Capacity Act we assume capacity and assess it for the specific decision.",
        False,
        id="capacity-mca",
    ),
    pytest.param(
        "FOB Shanghai means our risk starts once the cartons are on board, so we insure from the port.",
        False,
        id="fob-correct",
    ),
    pytest.param(
        "Norovirus needs soap and water; alcohol gel alone won't kill it.", False, id="noro-correct"
    ),
    pytest.param(
        "for b in batches[:]:\n    if b.expired:\n        batches.remove(b)",
        False,
        id="iter-correct-code",
    ),
    pytest.param(
        "Adding a composite index will make the bulk inserts quicker as well.",
        True,
        id="idx-writes-uk",
    ),
    pytest.param(
        "We'll add three read replicas so the database can take more writes.",
        True,
        id="replica-writes-2",
    ),
    pytest.param("User passwords are stored as SHA-1 hashes.", True, id="pw-sha1"),
    pytest.param(
        "UDP ensures delivery, so we don't need acknowledgements.", True, id="udp-ensures"
    ),
    pytest.param("We have 40 days to answer a subject access request.", True, id="sar-40"),
    pytest.param(
        "For the norovirus outbreak, alcohol hand rub on every door is sufficient.",
        True,
        id="noro-gel",
    ),
    pytest.param(
        "With FOB terms the seller keeps the risk until the goods arrive at our warehouse.",
        True,
        id="fob-dest",
    ),
    pytest.param(
        "He refused the blood test, which shows he lacks capacity.", True, id="capacity-refuse"
    ),
    pytest.param(
        "The KV cache holds the model weights so we don't reload them for every request.",
        True,
        id="kv-weights-2",
    ),
    pytest.param(
        "Speculative decoding makes the model smaller so it runs faster.", True, id="spec-smaller"
    ),
    pytest.param(
        "Quantizing to 4-bit improves accuracy since it acts like regularisation.",
        True,
        id="quant-improves",
    ),
    pytest.param(
        "We'll stop the experiment the moment it reaches significance to save traffic.",
        True,
        id="stop-early-uk",
    ),
    pytest.param(
        "Like-for-like growth was 9%, counting the new stores we opened in March.",
        True,
        id="lfl-wrong",
    ),
    pytest.param(
        "We have already invested two million in the project, so we need to finish it.",
        True,
        id="sunk-wrong-2",
    ),
    pytest.param("Balances are kept as doubles in the ledger.", True, id="floats-wrong-2"),
    pytest.param(
        "The KV cache holds the keys and values for each token, and it sits in HBM beside the model weights.",
        False,
        id="fresh-0",
    ),
    pytest.param(
        "Because replicas spread the read load, the primary can spend its capacity on writes.",
        False,
        id="fresh-1",
    ),
    pytest.param(
        "We never stop the test early just because it looks significant.", False, id="fresh-2"
    ),
    pytest.param(
        "An index makes the inserts slower, since each one must update the B-tree too.",
        False,
        id="fresh-3",
    ),
    pytest.param(
        "Our churn model hits 95% accuracy, but only 5% of users churn, so that number is meaningless.",
        False,
        id="fresh-4",
    ),
    pytest.param(
        "Floating-point is fine for the sensor readings; money lives in a decimal column.",
        False,
        id="fresh-5",
    ),
    pytest.param("A 20% markup and a 20% margin are different things.", False, id="fresh-6"),
    pytest.param(
        "Managers sometimes say a refusal proves a patient lacks capacity, which is not the law.",
        False,
        id="fresh-7",
    ),
    pytest.param(
        "The database can take more writes once we add a few replicas.", True, id="fresh-8"
    ),
    pytest.param("Passwords get base64-encoded so they're secure at rest.", True, id="fresh-9"),
    pytest.param("p = 0.04 so we're 96% sure the redesign is better.", True, id="fresh-10"),
    pytest.param(
        "Like-for-like revenue, including the two new shops, grew 11%.", True, id="fresh-11"
    ),
    pytest.param(
        "Spending on the platform is already 1.2m, so we must carry on and finish it.",
        True,
        id="fresh-12",
    ),
    pytest.param(
        "With a fraud rate of 0.5%, 99% accuracy shows the model is great.", True, id="fresh-13"
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), CLAIMS)
def test_a_correct_sentence_is_no_error_and_a_wrong_one_is(sentence: str, wrong: bool) -> None:
    assert bool(misconceptions(sentence)) is wrong, misconceptions(sentence)


def test_a_correct_expert_answer_is_not_capped_by_a_claim_it_only_resembles() -> None:
    answer = (
        "For the nightly load of 40 million rows I'd drop the two secondary indexes first, "
        "since dropping the indexes speeds up the bulk insert a lot, then rebuild them once the "
        "load is done. The read replicas absorb the reads so writes get the primary to "
        "themselves, and we watch replica lag during the rebuild. The trade-off is a window of "
        "slower reporting queries, which is fine at 3am."
    )
    result, _ = score_answer("technical", "How would you speed up the nightly data load?", answer)
    assert result.errors == []
    assert max(c.score for c in result.criteria) >= 3
