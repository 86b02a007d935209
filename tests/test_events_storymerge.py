"""Mentions of one report are one incident only on positive evidence (issue 16, branch storymerge): the same sentence,
a definite deed noun pointing back ("the attack", "the blast"), the victim named again, the same place by the words
of both, or a restatement within a paragraph; "another", "a second", "separately", a lapse of time before a deed of
its own, a sentence opening on a town of its own, a new device, and a plural summary toll keep mentions apart.
Sentences, names and places written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.merge_guards import told_separate
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Span
from sitrep.nlp.annotate import DocContext

from test_events_onestory import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

# a paragraph that tells no event, to put more than a paragraph between two tellings
FILLER = ("The streets near the square stayed closed for most of the day while investigators searched the area. "
          "Officials of the province met at the town hall in the afternoon to talk about the roads, the schools "
          "and the price of bread, and the meeting went on until late in the evening. Shops opened again on "
          "the following morning and the buses ran as usual along the river road. ")
EMBASSY = "A car bomb exploded outside the Norvane embassy in Varnesk on Monday, wounding four guards. "


def _deaths(evs):  # type: ignore[no-untyped-def]
    return sorted(e.fatalities.low for e in evs if e.fatalities is not None)


# one incident, and its toll: positive evidence of sameness
ONE = [
    # a definite anaphor far down the report
    ("Gunmen attacked a police post in Varnesk on Monday. " + FILLER
     + "Three policemen were killed in the attack, the governor said.", [3]),
    ("A bomb exploded at a market in Varnesk on Monday. The blast killed seven people and wounded twelve.", [7]),
    # a bare toll right after the deed
    ("Rebels ambushed an army convoy near Varnesk on Monday. Four soldiers were killed.", [4]),
    # a sentence opening on a town, pointing back
    ("A car bomb exploded near the central bank on Monday. In Varnesk, the blast damaged twenty houses and killed "
     "two guards.", [2]),
    # the victim told again by a pronoun, far down
    ("Guerrillas attacked the farm of the mayor Ana Tulo near Varnesk on Monday. " + FILLER
     + "Neighbours said the guerrillas broke into the house and shot her.", []),
]


@pytest.mark.parametrize("text,deaths", ONE)
def test_one_incident(ann, text, deaths):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1 and _deaths(evs) == deaths


# two incidents of one report
TWO = [
    EMBASSY + "Another car bomb exploded at the Telmar embassy an hour later, killing two passers-by.",
    EMBASSY + "Police closed the streets. A second car bomb went off at the Telmar embassy in Varnesk, killing two "
              "passers-by.",
    # a new device with no marker: an indefinite article before the weapon of a deed of the same kind
    EMBASSY + "A car bomb also exploded at the Telmar embassy, killing two passers-by.",
    "Gunmen attacked a police post in Varnesk on Monday, killing three policemen. Separately, rebels ambushed an "
    "army patrol near the same town, killing two soldiers.",
    "Gunmen kidnapped the mayor of Varnesk on Monday. In a separate attack, armed men kidnapped a judge in Tolbrin.",
    # a deed of the same kind far down, with nothing that links it to the first
    "Guerrillas attacked a police post in Varnesk on Monday, killing three policemen. " + FILLER
    + "The army also reported that guerrillas wounded a farmer on Monday.",
    # a lapse of time before a deed with a weapon of its own
    "Unknown men placed a bomb under a diplomat's car in Varnesk on Monday. Nobody was hurt. Within ten minutes "
    "the men detonated a truck loaded with explosives at the gate of the Telmar mission.",
    # a round-up moving to the next town
    "Rebels kidnapped the cattle rancher Piet Varga near Varnesk on Saturday. In Tolbrin, the mayor Ana Tulo was "
    "kidnapped by the same group.",
]


@pytest.mark.parametrize("text", TWO)
def test_two_incidents(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 2
    if "passers-by" in text:  # the second bomb's dead are not the first's (it wounded four: no toll, or 0)
        first = min(evs, key=lambda e: e.sentence.start).fatalities
        assert first is None or (first.low == 0 and first.high == 0)


def test_summary_toll_not_lent_to_one_incident(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebels bombed a bus station in Varnesk on Monday. Gunmen also raided a farm near Tolbrin. "
                        "The attacks killed 40 people in all, the governor said.")
    deeds = [e for e in evs if e.trigger is not None and e.trigger.text in ("bombed", "raided")]
    assert len(deeds) == 2 and all(e.fatalities is None for e in deeds)  # neither deed takes the sum
    assert 40 in _deaths(evs)  # the sum stays, on a mention of its own


def _m(sentence: str, trigger: str, sub: str = "Remote explosive/landmine/IED") -> EventMention:
    i = sentence.index(trigger)
    return EventMention("m", "d1", Span("d1", 0, len(sentence), sentence), "Explosions/Remote violence", sub,
                        trigger=Span("d1", i, i + len(trigger), trigger))


def test_pronoun_victims():  # type: ignore[no-untyped-def]
    from sitrep.events.merge_pointers import pronoun_victim

    assert pronoun_victim(_m("The mayor was at home when he was kidnapped.", "kidnapped", "Abduction"))
    assert pronoun_victim(_m("They are badly injured, doctors said.", "injured", "Attack"))
    assert pronoun_victim(_m("Two men broke in and killed him.", "killed", "Attack"))
    assert not pronoun_victim(_m("They attacked the post at dawn.", "attacked", "Attack"))  # a doer
    assert not pronoun_victim(_m("Gunmen killed three farmers.", "killed", "Attack"))


def test_markers_of_another_incident():  # type: ignore[no-untyped-def]
    assert told_separate(_m("Another car bomb exploded at the mission.", "exploded"))
    assert told_separate(_m("A third grenade was thrown at the station.", "thrown"))
    assert told_separate(_m("Forty minutes later a truck bomb shook the depot.", "bomb"))
    assert told_separate(_m("Separately, a mine exploded near the bridge.", "exploded"))
    # not another incident: "the blast" points back, a bare "killed" after a lapse tells the toll
    assert not told_separate(_m("Minutes later the blast brought down the roof.", "blast"))
    assert not told_separate(_m("Hours later two of the wounded were killed, doctors said.", "killed", "Attack"))
    assert not told_separate(_m("A car bomb exploded at the mission.", "exploded"))


def test_story_merge_keeps_what_the_article_told_apart(ann):  # type: ignore[no-untyped-def]
    """The story merge sees an article's incidents as mentions: two bombs the article told as two ("another car
    bomb") stay two events, and the story total adds their dead."""
    from sitrep.model import Article
    from sitrep.stories import link_story

    text = ("A car bomb exploded outside the Norvane embassy in Varnesk on Monday, killing three guards. Another car "
            "bomb exploded at the Telmar embassy in Varnesk an hour later, killing two passers-by.")
    an = ann.annotate(text, DocContext("s1", published=dt.date(2024, 5, 6)))
    art = Article(id="s1", text=text, published=dt.date(2024, 5, 6), published_precision="day")
    story = link_story("st-s1", [art], {"s1": an}).story
    bombs = [e for e in story.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert len(bombs) == 2
    assert sorted(e.fatalities_best for e in bombs) == [2, 3]
    assert story.totals is not None and story.totals.best == 5  # two incidents told apart by words: added
