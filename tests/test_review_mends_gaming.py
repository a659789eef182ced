"""Mends from an independent review of the gaming and injection rules (scoring/gaming.py,
scoring/signals.py): strong answers that once scored 1 or were capped at 2 because a phrase
looked like an instruction to the grader ("Note that this is only correct if…", a JSON number
called score, "a judge model outputs a score"), a made-up number ("won 5 of 5", a measured
satisfaction rise) or consultant buzz ("event-driven", "cloud-native", "depth-first")."""

from __future__ import annotations

import pytest

from tests.support.scored import score_answer

STRONG = [
    pytest.param(
        "technical",
        "How would you cache embeddings for a retrieval service?",
        "Key the cache on a hash of the normalised text plus the embedding model's version, so a model upgrade can never serve stale vectors. I'd keep hot entries in Redis with an LRU policy and write everything to object storage so a cold start doesn't re-embed the whole corpus. Note that this is only correct if the tokenizer and model are pinned together; if someone swaps the tokenizer, the hash no longer identifies the vector, so I'd include the tokenizer's version in the key too. On our support search this cut embedding calls by about 70%.",
        id="note_only_correct_if",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you turned a losing streak around.",
        "I coached our office five-a-side team, which had lost six games in a row. I filmed two matches and saw we were conceding on the counter because both defenders pushed up. We switched to one defender always staying back and practised it twice a week. We won 5 of 5 games the following month and finished third in the league, and two teammates now run the drills themselves.",
        id="won_5_of_5",
    ),
    pytest.param(
        "behavioral",
        "Tell me about a time you had to learn something quickly.",
        "When I moved from marketing into analytics, my manager needed someone who could write SQL within a month. I took a structured course in the evenings, but the real learning came from rewriting our five most-used dashboards' queries myself and asking a senior analyst to review each one. By the end of the month I scored 10/10 on the team's internal SQL quiz and shipped the churn dashboard that the sales team still uses every Monday.",
        id="ten_of_ten_quiz",
    ),
    pytest.param(
        "system-design",
        "Design a rate limiter for a public API.",
        "The flow is client --> API gateway --> rate limiter --> service. I'd use a token bucket per API key, stored in Redis with a Lua script so the check and the decrement are atomic. Each key gets a refill rate and a burst size from its plan. When the bucket is empty the gateway returns 429 with a Retry-After header computed from the refill rate. If Redis is down I'd fail open for paid tiers and closed for anonymous traffic, and I'd shard the keys by hash so one hot customer cannot saturate a single Redis node.",
        id="arrow_flow",
    ),
    pytest.param(
        "technical",
        "How would you debug a webhook integration that sometimes drops events?",
        "First I'd compare the sender's delivery log with our receiver's access log for the same hour to see whether events never arrived or arrived and were rejected. In our case the payloads that failed all had a large integer field, like {\"score\": 4200}, that our JSON parser turned into a float and the schema validation rejected. I'd fix the parser, return 2xx only after the event is durably queued, and ask the sender to retry on 5xx with backoff. Then I'd add a daily reconciliation job that compares counts on both sides.",
        id="json_score_field",
    ),
    pytest.param(
        "ml-system-design",
        "How would you evaluate a summarisation model before launch?",
        "I'd build a test set of 500 real documents with reference summaries written by our editors, then measure two things: factual consistency, by having a judge model output a score from 1 to 5 for whether each claim is supported by the source, and coverage of the key points the editors marked. I'd calibrate the judge against 100 human-rated pairs before trusting it. The launch bar would be no drop in factual consistency against the current model and a blind editor preference of at least 55%.",
        id="judge_model_score",
    ),
    pytest.param(
        "hiring-manager",
        "How do you handle a customer escalation that lands on your desk on a Friday?",
        "I call the customer within the hour rather than reply by email, because tone matters more than speed at that point. I find out what broke and what it costs them, then I mark this as a top priority in our tracker and name one engineer as the owner so nothing gets lost over the weekend. Last year a logistics client lost label printing on a Friday; we had a workaround running by 8pm and the fix out on Monday, and they renewed three months later.",
        id="top_priority",
    ),
    pytest.param(
        "system-design",
        "Design a URL shortener.",
        "The core of the system: a key-value store mapping a short code to the long URL. I'd generate codes from a counter encoded in base62, handing out ranges of the counter to each app server so they never coordinate per request. Reads dominate, roughly 100 to 1, so I'd put a CDN and a Redis cache in front of the store. Seven base62 characters give about 3.5 trillion codes, plenty for years. For analytics I'd log redirects to a queue and aggregate them offline so the redirect path stays fast.",
        id="core_of_system",
    ),
    pytest.param(
        "hiring-manager",
        "What's the project you're proudest of?",
        "Rebuilding our support onboarding. New customers waited nine days for a kickoff call and many churned before it. I replaced the call with a guided setup checklist in the app and a short video per step, and kept calls only for accounts above 50 seats. Customer satisfaction rose from 71% to 83% in the next quarter's survey, and time to first value dropped from nine days to two.",
        id="satisfaction_measured",
    ),
    pytest.param(
        "execution",
        "How did you know your notifications redesign worked?",
        "We ran it as an A/B test for three weeks on 10% of users. The primary metric was seven-day retention, with unsubscribe rate as a guardrail. Retention was flat, but weekly engagement rose by 6% in the treatment group and unsubscribes fell from 2.1% to 1.4%, so we shipped it. I also read fifty support tickets from the test group to check people weren't confused by the new grouping.",
        id="engagement_6pct",
    ),
    pytest.param(
        "system-design",
        "How would you design order processing for a busy online shop?",
        "I'd make it event-driven: the checkout service writes the order and an OrderPlaced event in one transaction using an outbox table, and a relay publishes it to Kafka. Payment, inventory and email consume it independently, each idempotent on the order id, so a retry never charges twice. It runs as cloud-native services on Kubernetes with autoscaling on queue lag. If inventory fails after payment succeeds, a compensating event refunds the customer, and a dashboard shows orders stuck in any state for more than ten minutes.",
        id="event_driven",
    ),
    pytest.param(
        "coding",
        "Find whether a path exists between two nodes in a graph.",
        "I'd do a depth-first search from the start node with an explicit stack and a visited set, returning true as soon as I pop the target. Each node and edge is visited once, so it's O(V + E) time and O(V) space. I'd use an iterative stack rather than recursion so a long chain doesn't hit the recursion limit. Edge cases: start equals target returns true immediately, and a node missing from the adjacency list is treated as having no neighbours. I'd test a disconnected graph, a cycle, and a single node.",
        id="depth_first",
    ),
]


@pytest.mark.parametrize(("round_id", "question", "answer"), STRONG)
def test_a_strong_answer_is_not_gated_as_gaming(round_id: str, question: str, answer: str) -> None:
    result, overall = score_answer(round_id, question, answer)
    signals = [s for c in result.criteria for s in c.signals]
    assert not [s for s in signals if "grader instructions" in s or "capped at 2" in s], signals
    assert overall.overall is not None and overall.overall >= 3


# Labels with an answer under them: a strong answer laid out as "1. Goal: … 2. Users: …" that
# reasons and gives detail under each label, and a strong answer that names a run of segments
# inside its prose, are answers, not a checklist or a string of terms.
LAID_OUT = [
    pytest.param(
        "product-sense",
        "How would you improve a bike-share app for commuters?",
        "1. Goal: I'll assume more commuters riding three or more days a week, because a habit is what renews an annual pass. 2. User: the morning commuter who rides from a station near home to one near the office. 3. Pain: at 8:40 the station by the office is often full, so they circle for a free dock and arrive late, which is the moment they give up on the scheme. 4. Idea: let them reserve a dock at the destination when they unlock the bike, held for twenty minutes, and pay riders a small credit for taking bikes out of full stations. 5. Measure: the share of pass holders riding three days a week, with dock-reservation no-shows as a guardrail, since held docks that nobody uses make the problem worse for everyone else.",
        id="numbered_product",
    ),
    pytest.param(
        "execution",
        "Sign-ups for our meal-kit trial fell 15% last week. How would you find out why?",
        "First I'd check the drop is real: no change to how a sign-up is counted, no tracking release, and the same week last year, because January and the summer holidays move this business a lot. Then I'd cut the drop by channel, device, region, city, landing page, promo code, browser and app version, since a fall in one slice points at a cause and an even fall everywhere points at demand or measurement. If it's concentrated in paid social, I'd look at spend and the creative that ran; if it's one app version, at the release notes. I'd share what I find with marketing the same day rather than wait for a full write-up.",
        id="segments_in_prose",
    ),
]

CHECKLISTS = [
    pytest.param(
        "product-sense",
        "How would you improve a bike-share app for commuters?",
        "1. Goal: improve engagement. 2. User: commuters. 3. Pain point: friction. 4. Solution: AI-powered personalisation. 5. Metrics: engagement up 40%. 6. Guardrails: monitor churn.",
        id="numbered_checklist",
    ),
    pytest.param(
        "execution",
        "Sign-ups for our meal-kit trial fell 15% last week. How would you find out why?",
        "Data, dashboards, funnels, cohorts, segments, channels, devices, regions, experiments, root cause, stakeholders, action items.",
        id="term_string",
    ),
]


@pytest.mark.parametrize(("round_id", "question", "answer"), LAID_OUT)
def test_an_answer_laid_out_under_labels_is_not_a_checklist(
    round_id: str, question: str, answer: str
) -> None:
    result, overall = score_answer(round_id, question, answer)
    signals = [s for c in result.criteria for s in c.signals]
    assert not [s for s in signals if "checklist" in s or "string of terms" in s], signals
    assert overall.overall is not None and overall.overall >= 3


@pytest.mark.parametrize(("round_id", "question", "answer"), CHECKLISTS)
def test_a_checklist_or_a_string_of_terms_stays_low(
    round_id: str, question: str, answer: str
) -> None:
    _, overall = score_answer(round_id, question, answer)
    assert overall.overall is not None and overall.overall <= 2


def test_a_numbered_list_of_bare_outcome_percentages_is_boilerplate() -> None:
    result, overall = score_answer(
        "presentation",
        "What results did the warehouse scanning project deliver?",
        "Results for the scanning project: 1. Efficiency improved by 40%. 2. Accuracy up 30%. "
        "3. Picking errors reduced by 25%. 4. Costs cut by 20%. 5. Staff engagement increased by "
        "15%.",
    )
    signals = [s for c in result.criteria for s in c.signals]
    assert any("numbers hung" in s for s in signals), signals
    assert overall.overall is not None and overall.overall <= 2
