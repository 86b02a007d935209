"""The shells of buildings and vehicles are their gutted frames, no shelling ("past the blackened shells of shops",
"the burnt-out shell of a bus"); shells of a weapon, or shells fired, stay artillery (events/building_shells; issue
10, branch misses10, seen in tests/data/story_sets10 s01). Sentences written for these tests, places made up."""
from events_helpers import events


def _subs(text: str) -> list:
    return [e.sub_event_type for e in events(text)]


def test_the_shells_of_shops_are_ruins():
    assert _subs("Mourners walked past the blackened shells of shops in Vell as the names were read out.") == []


def test_the_shell_of_a_bus_is_a_wreck():
    assert _subs("Firefighters searched the burnt-out shell of a bus on the Vell road on Tuesday.") == []


def test_the_shells_of_a_mortar_stay_shelling():
    assert _subs("Shells of a 120mm mortar hit the school in Vell on Monday.") == ["Shelling/artillery/missile attack"]


def test_shells_fired_at_a_market_stay_shelling():
    assert "Shelling/artillery/missile attack" in _subs("Rebels fired shells at the market of Vell on Monday, killing two.")
