"""bench/devsets.py truecase: upper-case wire text to mixed case by general knowledge (sentences written here)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _devsets():
    spec = importlib.util.spec_from_file_location("bench_devsets_tc", ROOT / "bench" / "devsets.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ds = _devsets()
# a small hand-made ``proper`` of the three kinds of entry: lower-case names, acronyms, multi-word names
P = frozenset({"ayacucho", "ELN", "MRTA", "M-19", "Shining Path", "San Salvador", "Tupac Amaru Revolutionary Movement",
               "wednesday", "wednesday's", "salvadoran"})


def test_acronyms_with_vowels_stay_upper():
    out = ds.truecase("THE ELN AND THE MRTA'S LEADERS MET; M-19 WAS NOT THERE.", P)
    assert out == "The ELN and the MRTA's leaders met; M-19 was not there."


def test_vowelless_and_dotted_acronyms():
    out = ds.truecase("THE PCN ASKED THE U.S. EMBASSY TO HELP. THE ELN-PCN PACT HOLDS.", P)
    assert out == "The PCN asked the U.S. embassy to help. The ELN-PCN pact holds."


def test_multiword_names_of_common_words():
    out = ds.truecase("SHINING PATH REBELS HIT A BRIDGE NEAR AYACUCHO ON WEDNESDAY'S MARKET DAY.", P)
    assert out == "Shining Path rebels hit a bridge near Ayacucho on Wednesday's market day."
    assert ds.truecase("A SALVADORAN SAID THE TUPAC AMARU REVOLUTIONARY MOVEMENT STRUCK.", P) == \
        "A Salvadoran said the Tupac Amaru Revolutionary Movement struck."
    # the words must follow each other inside one sentence
    assert ds.truecase("WE WALKED IN THE SHINING. PATH LIGHTS WERE OFF.", P) == \
        "We walked in the shining. Path lights were off."
    assert ds.truecase("THEY WALKED A SHINING PATH'S LENGTH.", P) == "They walked a Shining Path's length."


def test_negatives_stay_lower():
    out = ds.truecase("THE SHINING SUN LIT THE PATH. TROOPS MAY MARCH TO THE RIVER.", P)
    assert out == "The shining sun lit the path. Troops may march to the river."


def test_march_and_may_only_next_to_a_number():
    assert ds.truecase("IT HAPPENED ON 5 MARCH AND ON MAY 3.", P) == "It happened on 5 March and on May 3."
    assert ds.truecase("ON 10 JAN THE TALKS BEGAN.", P) == "On 10 Jan the talks began."


def test_editor_notes_dropped_and_sentence_starts():
    out = ds.truecase("REBELS ATTACKED [AS HEARD] SAN SALVADOR. \"NOBODY DIED,\" HE SAID.", P)
    assert out == "Rebels attacked   San Salvador. \"Nobody died,\" he said."


@pytest.mark.skipif(not (ROOT / "build" / "gazetteer.sqlite").is_file(), reason="needs the built gazetteer")
def test_proper_words_from_public_sources():
    words = ds.proper_words()
    for w in ("ELN", "MRTA", "FMLN", "Shining Path", "San Salvador", "caracas", "chile", "salvadoran", "monday"):
        assert w in words, w
    for w in ("IS", "rebels", "path", "march", "may", "polish"):
        assert w not in words, w
