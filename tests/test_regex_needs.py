"""The needed-literal prefilter of regex alternations gives the same matches as the full alternation (speed)."""
import re

from sitrep.events.triggers import _phrase_list, non_event_phrases, phrase_spans
from sitrep.nlp.regex_needs import folded, needed_literals

SENTENCES = [
    "The shop kept its brick-and-mortar store while rebels struck a deal with the army.",
    "After the vote the mayor fell ill; his deputy had a heart attack and fell to the floor.",
    "Troops fired on the crowd and killed four people near the surrounding villages.",
    "The senator tried to kill the bill, calling it an attack on democracy and our rights.",
    "Lightning strikes hit the coast; the film shoot was cancelled. Prices HIT RECORD HIGHS.",
    "Nobody was hurt when the market opened on Tuesday morning.",
    "The ſtorm of criticism followed the \u212ailler app launch in İstanbul.",
    "",
]


def _spans(rx, text):
    return [] if rx is None else [m.span() for m in rx.finditer(text)]


def test_phrase_spans_give_the_full_alternations_matches():
    full = non_event_phrases()
    assert full is not None
    for s in SENTENCES:
        assert phrase_spans(s, [(0, len(s))]) == _spans(full, s), s
        # with pos/endpos too, as idiom_spans reads the sentences of an article
        ranges = [(a, min(len(s), a + 7 * k)) for a in range(0, len(s), 7) for k in (1, 3, 9)]
        assert phrase_spans(s, ranges) == [m.span() for a, b in ranges for m in full.finditer(s, a, b)], s


def test_phrase_spans_across_an_article_of_several_sentences():
    text = " ".join(SENTENCES)
    cuts = [0] + [i + 1 for i, c in enumerate(text) if c in ".;"] + [len(text)]
    ranges = [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]
    full = non_event_phrases()
    assert phrase_spans(text, ranges) == [m.span() for a, b in ranges for m in full.finditer(text, a, b)]
    assert phrase_spans(text, ranges)  # the sentences hold several idioms


def test_text_without_any_needed_word_runs_no_pattern():
    assert phrase_spans("Quiet day.", [(0, 10)]) == []
    assert _spans(non_event_phrases(), "Quiet day.") == []


def test_every_match_contains_one_of_its_needed_literals():
    for pat, needs in _phrase_list("non_event_phrases.tsv"):
        if needs is None:
            continue
        rx = re.compile(pat, re.I)
        for s in SENTENCES:
            for m in rx.finditer(s):
                assert any(w in folded(m.group(0)) for w in needs), (pat, m.group(0))


def test_needed_literals_of_simple_forms():
    assert needed_literals(r"\bheart\s+attacks?\b") == frozenset({"attack"})
    assert needed_literals(r"(?:price|trade)\s+war") == frozenset({"price", "trade"})
    assert needed_literals(r"(?:a|b)?x") == frozenset({"x"})  # the optional part needs nothing
    assert needed_literals(r"[a-z]+\s\d") is None
    assert needed_literals(r"(?:foo|)bar") == frozenset({"bar"})
    assert needed_literals(r"(?:foo|)") is None


def test_fold_covers_every_non_ascii_letter_that_ignorecase_matches_to_ascii():
    rx = re.compile("[a-z]", re.I)
    special = {chr(c) for c in range(128, 0x30000) if rx.fullmatch(chr(c))}
    assert special == {"\u0130", "\u0131", "\u017f", "\u212a"}
    for ch in special:
        assert folded(ch).isascii() and folded(ch).isalpha()


def test_word_start_class_and_prefixes_hold_every_match():
    import re as _re

    from sitrep.nlp.regex_needs import ascii_prefixes, word_start_class

    assert word_start_class(r"(?<![\w$])(?:last\s+)?(?:May|June)\b") is not None
    assert word_start_class(r"(?:last\s+)?(?:May|June)") is None  # may start inside a word
    assert word_start_class(r"(?<![\w$])\s*May") is None  # may start on a space
    assert word_start_class(r"(?<![\w$])(?:May)?") is None  # may be empty
    pat = _re.compile(r"(?<![\w$])(?:(?:early|mid)[\s-]+)?(?:May|June)(?:\s+\d{4})?", _re.I)
    s3, s2, s1 = ascii_prefixes(pat.pattern, pat.flags)
    assert {"ear", "mid", "may", "jun"} == s3 and not s2 and not s1
    for s in SENTENCES + ["Mid-May 2020, early June, mAY 1999"]:
        low = folded(s)
        for m in pat.finditer(s):
            w = low[m.start():m.start() + 3]
            assert not w.isascii() or w in s3, (s, m.group())
    assert ascii_prefixes(r"(?<!\w)\w+ago", 0) is None  # a wide class first: no test


def test_a_look_behind_asking_for_a_space_or_sign_starts_a_word():
    """A pattern that opens with a look-behind whose last character is a space or a sign (in every alternative where
    it opens with several) matches only at word starts: tried there alone, it gives finditer's very matches."""
    from sitrep.nlp.regex_needs import word_finditer, word_start_class, word_start_prefixes

    assert word_start_class(r"(?<=\bat )\d\d") is not None
    assert word_start_class(r"(?<=\bfor\s)(?:hours|days)") is not None
    assert word_start_class(r"(?:(?<=\bat )|(?<=\bbetween ))\d\d") is not None
    assert word_start_class(r"(?<![\w$])hours(?=\s+ago)|(?<=\bfor\s)days") is not None
    assert word_start_class(r"(?<=a)\d\d") is None  # a word character before: may start inside a word
    assert word_start_class(r"(?<=\bat )\d\d|\d\d") is None  # one alternative opens with no look-behind
    assert word_start_class(r"(?<=-)\w+|(?<=\w)x") is None
    texts = ["Shots rang out at 0630 and at 1200 hours; the siege lasted for days, then for hours.",
             "Between 0630 and 0700, what0630 at0630 at 063 for hours2 \u212aat 0700", ""]
    for src, flags in [(r"(?:(?<=\bat )|(?<=\bbetween ))(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?!\d)", re.I),
                       (r"(?<![\w$])(?:hours|days)(?=\s+ago)|(?<=\bfor\s)(?:hours|days)\b", re.I)]:
        pat = re.compile(src, flags)
        assert word_start_prefixes(pat) is not None
        for t in texts:
            assert [m.span() for m in word_finditer(pat, t)] == [m.span() for m in pat.finditer(t)]
