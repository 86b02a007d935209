"""Blank beats a wrong attacker or a made-up toll (issue 16, branch attackers31): a band of robbers no one names is
an unidentified group, a spokesman who tells of a raid is not its doer, "dozens" killed is no count. Sentences
written for these tests; the incidents, people and places' details are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 3, 6)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return evs


def _named(evs):  # type: ignore[no-untyped-def]
    """The doers an analyst would read as named: actor1 and associates other than an unidentified group."""
    return [a.name for e in evs for a in [e.actor1, *e.associates]
            if a is not None and not a.name.lower().startswith(("unidentified", "unknown"))]


BANDS = [
    # a band of robbers (events/generic_doers.generic_doer_words, data/band_offender_nouns.tsv)
    ("KASOA - A pharmacist was shot dead on Friday night when armed robbers stormed his shop on the Winneba road, "
     "police said. The robbers fled with cash and phones.", "robbers"),
    ("MASAKA - Thugs attacked a boda boda rider near Nyendo market on Monday night and hacked him to death, police "
     "in Uganda said.", "thugs"),
]


@pytest.mark.parametrize("text,word", BANDS)
def test_band_of_offenders_is_no_named_attacker(ann, text, word):  # type: ignore[no-untyped-def]
    named = _named(_events(ann, text))
    assert not any(word in n.lower() for n in named), named


def test_spokesman_who_tells_the_raid_is_not_its_doer(ann):  # type: ignore[no-untyped-def]
    # the deed's verb hangs under "said" (a conjunct of "numbering ..."), taking the speaker as its subject
    text = ("MOROTO - Four herders were killed when armed cattle raiders attacked a kraal at Nadunget on Sunday. The "
            "army spokesperson, Capt Joel Amuge, said the raiders, numbering about 40, struck at dawn and drove off "
            "300 head of cattle.")
    named = _named(_events(ann, text))
    assert not any("spokes" in n.lower() for n in named), named


def test_dozens_killed_is_no_count(ann):  # type: ignore[no-untyped-def]
    # events/vague_tolls: "dozens" (at least 24, no upper bound) is no toll of its own
    text = ("Militants ambushed an army convoy near Tahoua on Tuesday, killing nine soldiers, the ministry said. It "
            "said troops killed dozens of the assailants in the fighting.")
    tolls = [e.fatalities.low for e in _events(ann, text) if e.fatalities is not None]
    assert 24 not in tolls, tolls
    assert 9 in tolls, tolls


def test_ordered_deed_with_its_result_is_done(ann):  # type: ignore[no-untyped-def]
    # events/ordered_result: the participle of killing tells the order was carried out (asserted, with its toll)
    text = ("KISUMU - A police commander ordered his officers to open fire on traders in Kondele on Tuesday, killing "
            "two people, a rights group said.")
    evs = [e for e in _events(ann, text) if e.modality == "asserted"]
    assert any(e.fatalities is not None and e.fatalities.low == 2 for e in evs), \
        [(e.trigger.text if e.trigger else None, e.modality, e.fatalities) for e in _events(ann, text)]


def test_ordered_deed_without_result_stays_planned(ann):  # type: ignore[no-untyped-def]
    text = ("KISUMU - Two traders were shot dead in Kondele on Tuesday. Witnesses said a police commander had ordered "
            "his officers to open fire on anyone who threw stones.")
    assert all(e.fatalities is None or e.fatalities.low != 2 or e.modality == "asserted" for e in _events(ann, text))
