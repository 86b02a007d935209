"""A news agency tells of a deed, it never does it: the bracketed agency of a dateline parsed as an apposition of
the town that opens the sentence is not its subject, and no agency of the actor dictionary is a violent event's
actor1.

All sentences are written for these tests (the datelines name a real capital, as datelines do).
"""

from sitrep.model import VIOLENT_EVENT_TYPES


def violent(ann, text):
    from sitrep.nlp.annotate import DocContext

    an = next(iter(ann.annotate_many([(text, DocContext(article_id="n1"))])))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


def test_the_dateline_agency_is_not_the_claimant(ann):
    evs = violent(ann, 'Quito, 19 Apr 89 (AFP) --   a self-named commando unit, the "Black Lantern", tonight claimed '
                       "responsibility for the bomb attack that killed a judge today.")
    assert evs
    assert all(e.actor1 is None or e.actor1.entity_id != "AFP" for e in evs)


def test_a_news_agency_is_never_the_attacker(ann):
    evs = violent(ann, "Quito, 2 Jul 89 (acan-EFE) --   in an attack that occurred near the capital a group of "
                       "unidentified persons this evening wounded a judge of the high court.")
    assert evs
    assert all(e.actor1 is None or e.actor1.entity_id != "EFE" for e in evs)
