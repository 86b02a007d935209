"""The whole-text tests that let a time rule skip its scan (``recognise._NEEDS``) must hold inside every match of
their rule: otherwise a text could lose a time expression to the speed-up."""
from sitrep.nlp.time import recognise as R

# our own sentences, one or more per rule that has a test
SAMPLES = [
    "The report was filed on 2021-03-04T10:15 and again on 20210305 and 3/6/21.",
    "Talks were held in the first week of May 2019 and the last days of 2018.",
    "Prices rose in the late 1990s and fell in the nineteen nineties, in the year nineteen ninety-six.",
    "Profits fell in the second quarter of 2020, in Q3 2021 and in 2022Q1, and in the latest quarter too.",
    "The year-ago period and the prior year were weaker; over the weekend, earlier in the day, it rained.",
    "It dates from the nineteenth century and the roaring twenties; hours ago the rain stopped.",
    "Three days ago, some two weeks earlier and a month later, one and a half years and 2 1/2 hours passed.",
    "The talks lasted days after the vote, for months, and ended at 10:30 pm, at 9 a.m. and at noon.",
    "The convoy left at 0630 and between 0630 and 0700 hours, then at 1400 GMT it stopped.",
    "The depot was hit on the 12th, and again on the 3rd.",
    "A drone struck the market on the 28th of last month and the depot on the 2nd of this month.",
    "A shop was bombed on 03/04, police said.",
    "A kiosk was burned on 3.4.2025 and a bus on the night of the 26th, police said.",
    "A van was stopped on 14/03/2025 and a lorry on 25-12-2024.",
]


def test_every_needed_word_lies_inside_every_match_of_its_rule():
    rules = {name: pat for name, pat, _res in R._RULES}
    assert set(R._NEEDS) <= set(rules)
    for name, need in R._NEEDS.items():
        matches = [m.group() for text in SAMPLES for m in rules[name].finditer(text)]
        assert matches, f"no sample sentence exercises rule {name}"
        for found in matches:
            assert need.search(found), f"rule {name} matched {found!r} without its needed word"


def test_candidates_are_the_same_with_and_without_the_tests(monkeypatch):
    texts = SAMPLES + ["Fighters took the hill on Monday, officials said."]
    with_tests = [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    monkeypatch.setattr(R, "_NEEDS", {})
    assert with_tests == [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    assert with_tests[-1] == [(26, 32, next(i for i, r in enumerate(R._RULES) if r[0] == "weekday"))]


def test_candidates_are_the_same_without_the_literal_word_tests(monkeypatch):
    # rules with no hand-written test skip their scan when none of their pattern's needed words is in the text
    assert {"month", "weekday", "season", "dayword"} <= set(R._AUTO_NEEDS)
    assert not set(R._AUTO_NEEDS) & set(R._NEEDS)
    texts = SAMPLES + [
        "Fighters took the hill on Monday, officials said.",
        "Last autumn the river flooded; yesterday morning it rose again, and next week it may crest.",
        "In the past three months the two sides met each Tuesday; the same day, the day after, they talked.",
        "On March 3 and on 4 April 2019, and from June 5 to 7, the talks went on this year.",
        "The mayor spoke to reporters outside the town hall.",  # none of the words: most rules skip
        "THE TALKS ENDED ON FRIDAY, IN THE SUMMER OF 1999.",  # upper case: the test is case-blind
    ]
    with_tests = [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    monkeypatch.setattr(R, "_AUTO_NEEDS", {})
    assert with_tests == [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    assert any(with_tests[-6]) and any(with_tests[-3]) and with_tests[-2] == []


def test_candidates_are_the_same_without_the_word_start_tests(monkeypatch):
    # rules whose matches start words are tried only at the words that can begin them (_STARTS)
    assert {"month", "mdy", "dmy", "dayrange", "weekday", "refday", "year"} <= set(R._STARTS)
    # (and those that open with a look-behind of "at " or "for ": the words after it)
    assert {"clock24", "bareunit", "short_numeric", "ordday"} <= set(R._STARTS)
    texts = SAMPLES + [
        "Shots at 0630 and between 0630 and 0700 hours; the siege went on for days, weeks later, on 3/4, on the 5th.",
        "On March 3 and on 4 April 2019, and from June 5 to 7, the talks went on this year.",
        "THE TALKS ENDED ON FRIDAY THE 3RD OF MARCH, IN THE SUMMER OF 1999; $2019 is no year.",
        "\u212aarlsdorf said on \u017fept. 4 that the İstanbul talks of 12\u201314 May and of mid-June 2020 failed.",
        "Earlier this week,the day before,next month and 3 days later:the 1990s,in the fall of 2001.",
        "May",
        "",
    ]
    fast = [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    monkeypatch.setattr(R, "_STARTS", {})
    assert fast == [[(c.start, c.end, c.order) for c in R._candidates(t)] for t in texts]
    assert all(any(f) for f in fast[-6:-2])
