"""events/triggers._ranges_holding (speed6): which sentences may hold a fixed phrase, read from where its needed words
occur in the article, is what the test of each sentence's own text gives (speed; no output change)."""
from sitrep.events.triggers import _ascii_needs, _patterns_by_range, _phrase_regexes, _ranges_holding
from sitrep.nlp.regex_needs import folded

NAME = "non_event_phrases.tsv"
TEXT = ("The shop kept its brick-and-mortar store while rebels struck a deal with the army. After the vote the mayor "
        "fell ill; his deputy had a heart attack. Lightning strikes hit the coast of Norvale. The \u212ailler app "
        "launch in \u0130stanbul drew a storm. Nobody was hurt.")


def _sentences(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [i + 1 for i, c in enumerate(text) if c in ".;"] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]


def test_sentences_holding_a_phrase_as_each_sentence_tells():
    pats, low, ranges = _phrase_regexes(NAME), folded(TEXT), _sentences(TEXT)
    fast = _ranges_holding(low, TEXT, ranges, pats, _ascii_needs(NAME))
    assert fast is not None and any(fast)
    assert fast == _patterns_by_range(low, TEXT, ranges, pats)


def test_a_word_across_two_sentences_is_in_neither():
    pats = _phrase_regexes(NAME)
    text = "He said he would str. Ike out."  # "str" ends the first sentence whole; "strike" is in neither
    ranges = _sentences(text)
    fast = _ranges_holding(folded(text), text, ranges, pats, True)
    assert fast == _patterns_by_range(folded(text), text, ranges, pats)


def test_overlapping_or_unaligned_ranges_are_left_to_the_test_of_each():
    pats = _phrase_regexes(NAME)
    assert _ranges_holding(folded(TEXT), TEXT, [(0, 50), (40, 90)], pats, True) is None  # overlapping
    assert _ranges_holding(folded(TEXT), TEXT, [(40, 90), (0, 30)], pats, True) is None  # out of order
    assert _ranges_holding(folded(TEXT), TEXT, [(0, 30)], pats, False) is None  # a needed word not ASCII
