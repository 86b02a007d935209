"""The time rules' word-start selection (nlp/regex_needs): the starts picked by a set intersection are those the
test per key picks, and the matches are finditer's, on a made-up text."""
import re

from sitrep.nlp.regex_needs import _start_positions, word_matches, word_start_prefixes, word_starts


def test_start_positions_by_intersection_are_the_per_key_test():
    pat = re.compile(r"\b(?:(?:last|next)\s+(?:week|month)|\d{4}|yesterday)\b", re.I)
    pre = word_start_prefixes(pat)
    text = "Last week in Ørsted, next month; 2019 yesterday, Yesterday's news, lastly weekly ünder 1999."
    starts = word_starts(text)
    s3, s2, s1 = pre
    slow = sorted(p for w, ps in starts.items()
                  if not w.isascii() or w in s3 or w[:2] in s2 or w[:1] in s1 for p in ps)
    assert _start_positions(starts, pre) == slow
    assert [m.span() for m in word_matches(pat, text, pre, starts)] == [m.span() for m in pat.finditer(text)]
    plain = dict(starts)  # a plain dict (no ``odd``): the test per key
    assert _start_positions(plain, pre) == slow
