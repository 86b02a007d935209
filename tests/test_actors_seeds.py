"""The actor and attribution layers on the team's real example reports (skipped where they are absent)."""
import re

import pytest

from conftest import SEEDS, needs_seeds
from sitrep.nlp.annotate import Annotator, DocContext

SYRIAN_ARMY = re.compile(r"^(?:(?:Syrian )?regime forces|Assad's forces|Syrian [Aa]rmy|government (?:troops|forces))$")


@pytest.fixture(scope="module")
def analyses():
    ann = Annotator()
    files = sorted(SEEDS.glob("*.txt"))
    items = [(f.read_text(encoding="utf-8"), DocContext(article_id=f.stem)) for f in files]
    return [(text, an) for (text, _), an in zip(items, ann.annotate_many(items))]


@needs_seeds
def test_aliases_of_the_syrian_army_share_one_id(analyses):
    seen = {}
    for _text, an in analyses:
        for m in an.entities:
            if SYRIAN_ARMY.match(m.span.text):
                seen.setdefault(m.entity_id, set()).add(m.span.text)
    assert set(seen) == {"SYR_MIL"}, seen
    assert len(seen["SYR_MIL"]) >= 3


@needs_seeds
def test_hts_variants_share_one_id(analyses):
    ids = {m.entity_id for _t, an in analyses for m in an.entities
           if re.search(r"\bHTS\b|Hay.?at|Tahrir", m.span.text)}
    assert ids == {"HTS"}


@needs_seeds
def test_turkish_defence_ministry_is_the_claimant(analyses):
    found = [a for _t, an in analyses for a in an.attributions if re.match(r"Turkey's [Dd]efen[cs]e [Mm]inistry", a.span.text)]
    assert found
    assert {a.claimant_id for a in found} == {"TUR_MOD"}
    assert {a.claimant_name for a in found} == {"Ministry of Defence of Turkey"}


@needs_seeds
def test_attributions_are_well_formed(analyses):
    for text, an in analyses:
        for a in an.attributions:
            assert text[a.span.start : a.span.end] == a.span.text
            assert a.claim_start is not None and 0 <= a.claim_start < a.claim_end <= len(text)
            assert a.span.text.lower() != "we"
            if a.span.text.lower() in ("he", "she"):  # a pronoun is only reported when it was resolved
                assert a.claimant_id and a.claimant_id.startswith("PERS_")
            if a.span.text.lower() in ("it", "they"):
                assert a.claimant_id and not a.claimant_id.startswith("PERS_")


@needs_seeds
def test_monitor_and_observatory_are_sohr(analyses):
    ids = {a.claimant_id for _t, an in analyses for a in an.attributions
           if "monitor" in a.span.text or "Observatory" in a.span.text}
    assert ids == {"SOHR"}
