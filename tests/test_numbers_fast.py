"""The quantity scanner's shortcuts (a token that starts no quantity is passed over at once; first words of the
lexicon's phrases remembered per table) give the same quantities as trying every token (speed)."""
from sitrep.nlp import numbers as N

SENTENCES = [
    "More than 300 people fled and at least two dozen were hurt, officials said on Monday.",
    "Between 40 and 50 homes burned; some 1.5 million dollars, or $2m, was lost across 600 square kilometres.",
    "Dozens were wounded, hundreds of thousands displaced and several hundred held in a few thousand tents.",
    "A half-million voters, half a dozen towns, twenty-five soldiers, three hundred and twelve sheep.",
    "Nearly one million, about 70 %, up to 20 or more, 300-plus, 50 or so, fewer than ten.",
    "The nine-year-old boy, flight MH17, room 0690, at 14:30, on 2020-02-11 with 2 + 5 = 7.",
    "From 3 to 4 million, one or two, one of them, the one who left, scores of them, test scores.",
    "\u20ac5 and \u00a33 and 12\u00b2 and 4\u2013 6 and 7\u20138 and ten\u2014eleven.",
    "",
]


def test_fast_scan_equals_trying_every_token():
    for s in SENTENCES:
        assert N.scan_quantities(s) == N._scan(s, every_token=True), s
    assert any(N.scan_quantities(s) for s in SENTENCES)


def test_tokens_outside_the_start_words_begin_no_quantity():
    lex = N.lexicon()
    starts = N._start_words(lex)
    for s in SENTENCES:
        toks = N._tokens(s)
        for i, t in enumerate(toks):
            if t.low not in starts and not t.text[0].isdigit():
                assert N._quantity_at(toks, i, s, lex) == (None, i + 1), (s, t.text)


def test_first_words_follow_the_table():
    table = {("at", "least"): "ge", ("over",): "gt"}
    assert N._first_words(table) == frozenset({"at", "over"})
    table[("some",)] = "approx"  # a table that changed is read afresh
    assert N._first_words(table) == frozenset({"at", "over", "some"})
