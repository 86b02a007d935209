"""SpanIndex answers containment like the brute-force loop it replaces."""
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.geo.recognize import SpanIndex

spans_st = st.lists(st.tuples(st.integers(0, 50), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(deadline=None)  # timing is never asserted: a loaded machine must not fail it
@given(spans_st, st.integers(0, 60), st.integers(1, 15), st.booleans())
def test_contains_matches_brute_force(spans, s, length, strict):
    e = s + length
    want = any(a <= s and e <= b and (not strict or (a, b) != (s, e)) for a, b in spans)
    assert SpanIndex(spans).contains(s, e, strict) == want
