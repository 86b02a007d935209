"""The doer's group told in a sentence about the doer (issue 16, branch attackers17; events/member_doer): "He was a
member of the X gang", "Police said he belonged to X", "<surname> was a member of X", and a charge's "acted on the
orders of X" / "acted on behalf of X"; the group becomes actor1, a named man an associate. Guards: the victim's gang
with no legal step told, a negated membership. Sentences written for these tests; people, towns' incidents and the
"Red Dawn Front" / "Kestrel network" made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2024, 5, 6)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return evs


POSITIVE = [
    ("A gunman opened fire at a bakery in Choloma on Monday, killing three workers, police said. Officers arrested "
     "Denis Omar Villeda, 27, an hour later. He was a member of the Red Dawn Front gang, a spokesman said.",
     "Red Dawn Front"),
    ("A gunman shot dead two vendors at a market in Machala on Sunday. Officers detained the suspected shooter as he "
     "tried to flee. Police said he belonged to the Kestrel network, which extorts traders.", "Kestrel"),
    ("Prosecutors on Tuesday charged a 19-year-old man with murder over the shooting of two men in Malmo in March, "
     "saying he acted on the orders of the Kestrel network.", "Kestrel"),
    ("A gunman killed two men outside a shop in Temuco on Friday. Police arrested the suspected shooter, Ramiro "
     "Quispe, 30, on Saturday. Prosecutor Ana Vidal said Quispe was a member of the Red Dawn Front.",
     "Red Dawn Front"),
]


# blame in a relative clause on the deed noun of an adjunct, the deed's trigger another word (events/adjunct_blame,
# events/accusation._stray_relative_blame)
ADJUNCT = [
    ("A drone strike on a busy market in Mellit killed nine people on Tuesday, in an attack that a group of lawyers "
     "monitoring the conflict attributed to the paramilitary Rapid Support Forces.", "Rapid Support Forces"),
]


@pytest.mark.parametrize("text,group", POSITIVE + ADJUNCT)
def test_member_group_is_the_doer(ann, text, group):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    assert any(e.actor1 is not None and e.actor1.name == group for e in evs), [
        (e.trigger.text, e.actor1 and e.actor1.name) for e in evs]


def test_named_man_becomes_associate(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, POSITIVE[3][0])
    hit = [e for e in evs if e.actor1 is not None and e.actor1.name == "Red Dawn Front"]
    assert hit and any("Quispe" in a.name for e in hit for a in e.associates)


NEGATIVE = [
    # the victim's gang, no legal step against anyone: "he" is the victim
    ("A man was shot dead outside his home in Choloma on Monday, police said. He was a member of the Red Dawn Front "
     "gang, relatives said.", "Red Dawn Front"),
    # a membership denied
    ("A gunman killed two men outside a shop in Temuco on Friday. Police arrested a man on Saturday. Prosecutors "
     "said he did not belong to the Red Dawn Front.", "Red Dawn Front"),
]


@pytest.mark.parametrize("text,group", NEGATIVE)
def test_member_group_guards(ann, text, group):  # type: ignore[no-untyped-def]
    evs = _events(ann, text)
    assert not any(e.actor1 is not None and e.actor1.name == group for e in evs)


def test_adjunct_without_blame_stays_blank(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A drone strike on a busy market in Mellit killed nine people on Tuesday, in an attack that "
                       "shocked residents of the town.")
    assert all(e.actor1 is None or e.actor1.name != "Rapid Support Forces" for e in evs)


def test_engaged_in_gun_duel_is_a_fight_by_its_subject(ann):  # type: ignore[no-untyped-def]
    # "engaged them in a gun duel" (triggers: the verb's own "in" phrase names the fight); the name the doer is
    # "known as" is not the target (events/own_phrase_target)
    text = ("Ilora — Two suspected robbers were shot dead on Friday when operatives of the Oyo State Security "
            "Network Agency, popularly known as Amotekun Corps, engaged them in a gun duel near Ilora.")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2024, 5, 6)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert any(e.actor1 is not None and "Security Network Agency" in e.actor1.name for e in evs), [
        (e.trigger.text, e.actor1 and e.actor1.name) for e in evs]
    assert not any(e.actor2 is not None and "Amotekun" in e.actor2.name for e in evs)


def test_coordinated_sides_stay_both(ann):  # type: ignore[no-untyped-def]
    text = "Fighters of the Rapid Support Forces and the Sudanese army clashed near Mellit on Tuesday, residents said."
    an = ann.annotate(text, DocContext("r1", published=dt.date(2024, 5, 6)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert any(e.actor2 is not None for e in evs), [(e.trigger.text, e.actor1, e.actor2) for e in evs]
