"""Known-wrong claims across professions: phrasings that must be caught, and correct sentences
on the same topics that must not be (a false hit caps a right answer, so it costs more than a
miss)."""

from __future__ import annotations

import pytest

from mockloop.scoring.misconceptions import misconceptions

WRONG = [
    "def add(x, acc=[]):\n    acc.append(x)\n    return acc",
    "Python gives each call a brand new empty list when you use tags=[] as the default.",
    "We recognise the whole annual subscription as revenue as soon as the payment lands.",
    "Ibuprofen is the better choice for her back, even though she's on warfarin.",
    "I'd promise him I won't tell anyone, so he feels safe to talk.",
    "Kinaesthetic learners need to move, so they get the practical tasks.",
    "The strong correlation between ad spend and sales shows that the ads drive sales.",
    "The p-value is the probability that the null hypothesis is true.",
    "Two keys can never map to the same slot with a decent hash.",
    "RabbitMQ ensures exactly-once delivery out of the box.",
    "The mean is more robust to outliers than the median.",
    "We oversample the test set so it is fair to the minority class.",
    "I'd randomly split the daily rows to evaluate the demand forecast.",
    "Cutting prices by 10% only needs 10% more volume to break even.",
    "Put a spoon between their teeth during the fit.",
    "An RCD trips when there's too much current on the circuit.",
    "Shrinkage is all down to shoplifters.",
    "Now that Dad has died, the power of attorney lets me sell his house.",
    "Once you have RAID you effectively have a backup.",
    "We got 500k impressions, so we reached 500k people.",
    "Lower inflation means prices will fall.",
    "A left join only keeps rows that match.",
    "K-means works out the number of clusters on its own.",
    "UNION ALL removes the duplicates.",
    "NRR is capped at 100%.",
]

RIGHT = [
    # software
    "In JavaScript a default parameter like items = [] gives a new array on every call, unlike Python.",
    "def cached(n, memo={}):\n    if n in memo:\n        return memo[n]\n    memo[n] = n * n\n    return memo[n]",
    "If the filter says an item is present, we still check the database, since it might be a false positive.",
    "A perfect hash function gives no collisions for a fixed set of keys known in advance.",
    "Kafka gives at-least-once delivery by default, and exactly-once only with idempotent producers and transactions enabled.",
    # data and statistics
    "COUNT(DISTINCT email) removes duplicates, which COUNT(email) does not.",
    "In a symmetric distribution the mean and median are equal, but order values are skewed.",
    "The correlation was 0.9, which made us suspect the loyalty scheme drove retention, so we tested it with a holdout.",
    "A p-value of 0.04 means results this extreme would happen 4% of the time if there were no effect.",
    "With 80% power we have an 80% chance of detecting a lift of that size if it is real.",
    # ML
    "A random split is fine for the image classifier, but for next month's forecast we hold out the last three months.",
    "Balancing the classes with class weights helps training, and we still evaluate on the untouched test set.",
    "An AUC of 0.97 says the ranking is good, yet at a 0.3% base rate precision can still be poor.",
    # product
    "The MVP is not the finished product; it is the cheapest test of the riskiest assumption.",
    "An NPS of 40 means promoters outnumber detractors by 40 points.",
    # finance and sales
    "We invoice annually in advance and release the deferred income to revenue as we deliver the service.",
    "A shop records revenue when the customer pays at the till, because that's when the goods change hands.",
    "Capital allowances reduce the tax we pay, which does save cash.",
    "Revenue grew 10%, and because the margin held, profit grew too.",
    "At a 40% margin, a 10% price cut needs a 33% rise in volume to break even.",
    # healthcare
    "Her cardiologist prescribed low-dose aspirin alongside the warfarin after her stent.",
    "Paracetamol is the safer choice with apixaban, while NSAIDs like ibuprofen add to the bleeding risk.",
    "For a child, two trained rescuers use 15 compressions to 2 breaths.",
    "For CPR, tilt their head back and lift the chin to open the airway.",
    "For high blood sugar we give the correction dose of insulin on the sliding scale.",
    # teaching and safeguarding
    "I'd promise her that I'll listen and that I'll only tell the people who need to know to keep her safe.",
    "Visual representations like fraction walls help every pupil, which is dual coding rather than learning styles.",
    "Formative assessment guides the next lesson; summative assessment is the end-of-unit test.",
    # hospitality and retail
    "UHT milk is sterilised, so it keeps unopened without refrigeration, unlike pasteurised milk.",
    "We leave the dough to prove overnight in the fridge.",
    "Demand for premium coffee is elastic, so a price rise would lose us revenue.",
    "We fill from the back, pulling the older stock to the front, so the oldest sells first.",
    # logistics and trades
    "Under EXW we collect from the factory and handle export clearance ourselves, whereas under FCA the seller clears export.",
    "We load the heavy pallets on the floor of the trailer and the light cartons on top.",
    "Heat pumps are less efficient in cold weather, because the temperature lift is larger.",
    "If the fuse keeps blowing, don't fit a bigger one; the fuse protects the cable.",
    # HR and law
    "We never forward a grievance to the person it is about without first agreeing it with the complainant.",
    "Pay is a motivator for some people, but Herzberg would call it a hygiene factor.",
    "A verbal agreement can be binding, but a contract for the sale of land must be in writing.",
    "After his mother died, the executor took over from the attorney under the power of attorney.",
    "As tenants in common, each of them can leave their half to their children by will.",
    # security and marketing
    "Attackers crack hashes by guessing passwords and hashing each guess, so we use bcrypt.",
    "RAID 0 stripes the data with no redundancy, so one dead disk loses everything.",
    "Last-click attribution overstates search, so we ran a geo test for incrementality.",
    "Activation is a leading indicator of retention, and revenue is a lagging one.",
    # experiments, data and the public sector
    "We use a sequential test, so we can stop as soon as it crosses the boundary without inflating false positives.",
    "We stop the test as soon as the guardrail metric drops below its floor.",
    "Inflation has fallen to 2%, so prices are still going up, just more slowly.",
    "A left join keeps every customer, and the WHERE on the orders table then drops the ones without orders.",
    "For one bracket type, a running count that never goes negative and ends at zero is enough.",
    "The server's certificate contains its public key and is signed by a certificate authority.",
    "We marked it up by 50% and then took 20% off, which still leaves a healthy margin.",
    "Gross revenue retention can't exceed 100%, because it ignores upsell.",
    "We run the heat pump cylinder at 50°C and boost it to 60°C weekly against legionella.",
    "Most of the alcohol cooks off over hours of simmering, but some always remains.",
    "SQS FIFO queues give exactly-once processing automatically within the five-minute deduplication window.",
    "Ibuprofen is fine for most people with back pain, but not for someone on warfarin.",
    "I shared the outcome of the grievance with the whole team only after both parties agreed, with names removed.",
]


@pytest.mark.parametrize("sentence", WRONG)
def test_another_phrasing_of_a_known_wrong_claim_is_caught(sentence: str) -> None:
    assert misconceptions(sentence), sentence


@pytest.mark.parametrize("sentence", RIGHT)
def test_a_correct_sentence_on_the_same_topic_is_not_an_error(sentence: str) -> None:
    assert misconceptions(sentence) == [], misconceptions(sentence)
