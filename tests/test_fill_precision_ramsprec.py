"""A filled actor must be right (issue 16, branch ramsprec): a photo caption's deed takes no doer from the prose
beside it, and "it took X to do Y" is no capture of X. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


# ---- a photo caption may show another deed than the prose next to it: nearness alone lends no doer

CAPTIONS = [
    # (text, a word of a doer the prose tells for its own deed, or None)
    ("A burnt bus is pictured after an air strike on the Velmar quarter of Dorvan. Army units, backed by Turkish "
     "air strikes, retook three villages east of Dorvan on Saturday, a monitor said.", "Turk"),
    ("A burnt bus was photographed after a bomb attack on a market in Dorvan. Police said rebels of the Red Hand "
     "Front carried out repeated attacks on the town last week.", None),
]


@pytest.mark.parametrize("text,prose_doer", CAPTIONS)
def test_caption_deed_takes_no_doer_from_the_prose(ann, text, prose_doer):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    cut = text.index(".")
    caption = [e for e in evs if e.trigger.start < cut]
    assert caption and all(e.actor1 is None for e in caption), [(e.trigger.text, e.actor1) for e in caption]
    if prose_doer:  # the prose's own deed keeps its doer
        assert any(e.actor1 is not None and prose_doer in e.actor1.name for e in evs if e.trigger.start > cut)


def test_aside_on_a_picture_is_no_caption(ann):  # type: ignore[no-untyped-def]
    # "(pictured)" beside a name is prose, not a caption: the story's deeds still merge as before
    from sitrep.events.merge_guards import caption
    from sitrep.model import EventMention, Span

    def mention(sentence: str) -> EventMention:
        return EventMention("m", "a", Span("a", 0, len(sentence), sentence), "Battles")

    assert not caption(mention("Dr Olvey (pictured with colleagues), a surgeon in Dorvan, said the clinic was hit."))
    assert caption(mention("Smoke rises as a damaged clinic is pictured in Dorvan on March 2."))


# ---- "it took X to do Y": what was needed, not a taking of X

def test_it_took_someone_to_is_no_capture(ann):  # type: ignore[no-untyped-def]
    text = "Nobody expected the vote to bring us so close to ruin, and it took Marten Olvey to pull us back from the edge."
    evs = _violent(ann, text)
    assert not any(e.actor2 is not None and "Olvey" in e.actor2.name for e in evs), [(e.trigger.text, e.actor2) for e in evs]


def test_it_took_control_is_still_a_capture(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The Red Hand Front said it took control of Dorvan on Monday after two days of fighting.")
    assert any(e.sub_event_type and "territory" in e.sub_event_type for e in evs), [(e.trigger.text, e.sub_event_type) for e in evs]


# ---- a deed named by its town ("the Lyon attack") is there: no strike told of another country takes it in

def test_deed_named_by_its_town_is_not_merged_abroad(ann):  # type: ignore[no-untyped-def]
    text = ('He did little: send some advisers to Yemen, order a few more airstrikes. After the November Lyon '
            'attack, I wrote, "The Red Hand Front plans to strike the homeland, so it will soon mount a raid at home '
            'like the one it mounted in Lyon."')
    evs = _violent(ann, text)
    at = text.index("Lyon attack") + len("Lyon ")
    strikes = [e for e in evs if e.trigger.text == "airstrikes"]
    assert strikes and all(s.start != text.index("After") for e in strikes for s in e.evidence), \
        [(e.trigger.text, [s.text[:30] for s in e.evidence]) for e in strikes]
    assert any(e.trigger.start == at for e in evs), [(e.trigger.text, e.trigger.start) for e in evs]
