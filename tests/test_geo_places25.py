"""Event places a first wave left at the dateline's city (issue 14, branch places25; seen in tests/data/war_reports5):
a dateline whose date carries its year in brackets ("GAROWE, March 3 (2025) -") was not read as a dateline, so its
town stood in as the paragraph's town for an event its sentence leaves unplaced; and the far end of a distance whose
unit hangs on the bearing ("a post on the road into X, about 30 km west of Y": "km" under "west") was not ranked
after the place it measures from. Sentences written for these tests; people and incidents are made up."""

import pytest

from sitrep.nlp.annotate import Annotator, DocContext


def _places(text: str, dateline: str, trigger: str) -> list:
    """The places of the asserted events of ``trigger`` (None for an unplaced one); at least one such event."""
    an = next(iter(Annotator().annotate_many([(text, DocContext(article_id="p25", dateline=dateline))])))
    places = [e.place for e in an.events if e.modality == "asserted" and e.trigger.text == trigger]
    assert places
    return places


# (text, dateline, trigger, the dateline's city the event must not take): a dateline with its year in brackets is no
# town of the paragraph; the article's city named in the event's sentence only as a road's end is not where the deed on
# the road was
NOT_AT_DATELINE = [
    ("Traders killed in convoy ambush\n\n"
     "NIAMEY, May 4 (2025) - A convoy of traders was ambushed in the west of the country on Saturday, and six "
     "drivers were killed, local sources said.\n\n"
     "The convoy was carrying grain to Tillaberi, a town the fighting has cut off for months.\n\n"
     "Traders in Tillaberi said food prices had tripled since January.", "NIAMEY", "ambushed", "Niamey"),
    ("Bus attacked on Mali highway\n\n"
     "BAMAKO, Aug 9 (2025) - Gunmen attacked a passenger bus on the Segou-Bamako road on Friday, killing four "
     "passengers, a transport official said.\n\n"
     "Bus companies in Bamako said they would suspend night journeys. Traders in Bamako said prices of goods "
     "had risen.", "BAMAKO", "attacked", "Bamako"),
]


@pytest.mark.parametrize("text,dateline,trigger,city", NOT_AT_DATELINE)
def test_an_event_the_text_sets_elsewhere_does_not_take_the_dateline_city(text, dateline, trigger, city):
    assert all(p is None or p.name != city for p in _places(text, dateline, trigger))


def test_the_town_measured_from_by_a_bearing_is_not_where_the_bomb_went_off():
    text = ("NAIROBI, Feb 2 (2025) - A police post on the main road into Garissa, about 40 km east of Bura, was hit "
            "by a roadside bomb on Sunday, killing three officers, a police commander said.")
    p = _places(text, "NAIROBI", "bomb")[0]
    assert p is not None and p.name == "Garissa"


def test_the_town_measured_from_still_beats_the_province_of_the_sentence():
    text = ("GOMA, Congo, March 2 (2025) - Armed men killed five farmers in a village about 20 km north of Beni in "
            "North Kivu province on Saturday, a local official said.")
    p = _places(text, "GOMA", "killed")[0]
    assert p is not None and p.precision == "town"


def test_a_town_read_as_the_target_of_strikes_on_its_outskirts_still_places_them():
    text = ("HAMA, Syria, 3 March 2025 - Early on Sunday, Russian warplanes carried out three air strikes on the "
            "outskirts of Kafr Zita, north of Hama, according to a war monitor. Two people were wounded, it said.")
    p = _places(text, "HAMA", "strikes")[0]
    assert p is not None and p.precision == "town" and p.name != "Hama"
