"""The doer of a deed told in the shapes branch strays changed (issue 16): a support verb with a deed noun ("carried
out a bombing"), armed men storming a building, a killing beside a bloodless deed ("burned houses and killed"), a
group cleared of a deed ("was not behind") -- with the attacker named in the same or the previous sentence, the
attacker still comes out. And a storming told with a pronoun, a relative clause or an infinitive is still an attack
when armed men do it. Sentences and names written for these tests."""
from __future__ import annotations

import pytest

from test_events_deeds import _violent
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


DOERS = [
    "The Kestrel Brigade carried out a bombing at the Korvel bus depot on Monday, killing seven people.",
    "The Kestrel Brigade is active in the hills near Korvel. On Monday it carried out a bombing at the bus depot.",
    "Fighters of the Kestrel Brigade launched an assault on an army post near Korvel on Friday.",
    "The Kestrel Brigade said on Tuesday that it had carried out the attack on the Korvel market.",
    "They stormed the hotel at dawn and killed nine guests, the Kestrel Brigade said in a statement.",
    "Kestrel Brigade fighters attacked Korvel on Monday. They stormed the police station and killed four officers.",
    "Kestrel Brigade gunmen tried to storm the embassy in Korvel on Monday.",
    "Kestrel Brigade fighters burned houses and killed 14 villagers in Korvel on Sunday.",
    "The Kestrel Brigade said it burned houses and killed 14 villagers in Korvel on Sunday.",
    "The Kestrel Brigade said it had arrested and killed two spies in Korvel.",
    "The Kestrel Brigade attacked Korvel on Sunday. Its fighters burned houses and killed 14 villagers.",
    "A bomb killed six people in Korvel on Monday. Police said the Kestrel Brigade was behind the attack.",
    "The Harrow Militia said it was not behind the bombing in Korvel. Police said the Kestrel Brigade carried out "
    "the attack.",
    "The Kestrel Brigade did not just carry out the attack on the Korvel market; it also burned a mosque nearby.",
]


@pytest.mark.parametrize("text", DOERS)
def test_attacker_still_comes_out(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert any(e.actor1 is not None and "Kestrel" in e.actor1.name for e in evs), text
    assert not any(e.actor1 is not None and "Harrow" in e.actor1.name for e in evs)


# "storm" whose subject is told through a pronoun, a relative clause, an infinitive's host or a count ("dozens of
# militants"): an attack when armed men are named there (or, for a pronoun, in its sentence or the one before), a
# fight when state forces storm; none for fans, shoppers or tourists
V, B = "Violence against civilians", "Battles"
STORMINGS = [
    ("They stormed the hotel at dawn and killed nine guests, the Kestrel Brigade said in a statement.", V),
    ("Militants hid in the hills near Korvel for a week. On Monday they stormed a hotel in the town.", V),
    ("The gunmen, who had stormed the school in Korvel before dawn, were later killed by troops.", V),
    ("Kestrel Brigade gunmen tried to storm the embassy in Korvel on Monday.", V),
    ("The rebels were hired by a smuggler to storm the courthouse in Korvel.", V),
    ("Dozens of militants stormed a hotel in Korvel on Monday.", V),
    ("A group of armed men stormed the school in Korvel on Monday.", V),
    ("Security forces stormed the hotel in Korvel on Monday.", B),
    ("The army stormed the compound in Korvel on Monday.", B),
    ("Fans gathered outside the stadium in Korvel. They stormed the pitch after the final whistle.", None),
    ("Shoppers queued for hours in Korvel. They stormed the store when the doors opened.", None),
    ("Hundreds of fans stormed the stadium in Korvel on Monday.", None),
]


@pytest.mark.parametrize("text,etype", STORMINGS)
def test_storming_told_indirectly(ann, text, etype):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    storms = [e.event_type for e in evs if e.trigger is not None and e.trigger.text.startswith("storm")]
    assert storms == ([etype] if etype else []) and (etype or evs == []), (text, storms)


# a killing beside a bloodless deed is an event of its own (branch strays) only when people are killed: animals
# killed are property lost ("killed cattle"), so no violent event comes of them
ANIMALS_OR_PEOPLE = [
    ("Kestrel Brigade fighters burned houses in Korvel and killed cattle and goats.", False),
    ("A dog was killed in Korvel on Sunday.", False),
    ("Kestrel Brigade fighters killed four herders and their cattle near Korvel.", True),
    ("Kestrel Brigade fighters burned houses and killed 14 in Korvel on Sunday.", True),
]


def test_animals_killed_are_no_killing(ann):  # type: ignore[no-untyped-def]
    got = {text: _violent(ann, text) for text, _ in ANIMALS_OR_PEOPLE}
    assert {text: bool(evs) for text, evs in got.items()} == dict(ANIMALS_OR_PEOPLE)
    assert all(e.actor1 is not None and "Kestrel" in e.actor1.name for evs in got.values() for e in evs)


class _FakeResolver:
    """Knows one made-up armed group and one made-up person."""

    actors = {"g1": {"type": "rebel"}, "p1": {"type": "person"}}

    def resolve(self, text, *a, **k):  # type: ignore[no-untyped-def]
        return ("g1", "Vessa Tollan") if "Tollan" in text else ("p1", "Mira Orrin") if "Orrin" in text else None


def test_named_armed_group_storms_whatever_its_tag(ann, monkeypatch):  # type: ignore[no-untyped-def]
    """A name the actor dictionary knows as an armed body storms a building (an attack), whatever label the tagger
    gave the name; a person's name does not."""
    import sitrep.nlp.actor_lexicon as lexicon
    from sitrep.events.storming import stormed_site

    monkeypatch.setattr(lexicon, "get_resolver", lambda: _FakeResolver())
    got = {}
    for text in ("Vessa Tollan stormed a hotel in Korvel on Monday.", "Mira Orrin stormed the office in Korvel."):
        verb = next(t for t in ann.nlp(text) if t.lower_ == "stormed")
        got[text.split()[1]] = stormed_site(verb)
    assert got == {"Tollan": False, "Orrin": None}  # False: a building that is no guarded site, an attack
