"""Conflict wire copy (issue 16, branch conflictwire): bare claims of responsibility name the attacker, a time right
after "said" dates the telling, armed groups of the dictionary and generic phrases for a junta's forces. Sentences
written for these tests; the towns are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 6, 4)  # a Wednesday


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("w1", published=PUB))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


def _a1(e):  # type: ignore[no-untyped-def]
    return e.actor1.name if e.actor1 else None


@pytest.mark.parametrize("text, actor1", [
    # a claim with no deed named, after an attacker left unnamed or named only as a side
    ("Militants stormed a police post in Vashkar late on Monday, killing three officers. The Pakistani Taliban "
     "claimed responsibility in a message to reporters.", "Tehrik-i-Taliban Pakistan"),
    ("A suicide bomber blew himself up at a market in Vashkar on Sunday, killing nine people. Officials gave no "
     "further details. Islamic State Khorasan Province said in a statement that one of its fighters had carried out "
     "the attack.", "Islamic State Khorasan Province"),
    # a claim denied names nobody
    ("Gunmen stormed a police post in Vashkar late on Monday, killing three officers. The Pakistani Taliban denied "
     "that it claimed responsibility.", None),
    # a claim past another incident's opening is about that one
    ("Gunmen stormed a police post in Vashkar late on Monday, killing three officers. Separately, a bomb went off "
     "near a bus stop in Dolmar. Al-Shabaab claimed responsibility.", None),
])
def test_bare_claim_names_the_attacker(ann, text, actor1):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert evs
    assert _a1(evs[0]) == actor1 or (actor1 is None and _a1(evs[0]) not in
                                     ("Tehrik-i-Taliban Pakistan", "al-Shabaab"))


def test_claim_naming_its_deed_is_not_bare(ann):  # type: ignore[no-untyped-def]
    # "for that massacre" names the deed told last (the one compared with), not the raid told before it
    evs = _violent(ann, "Four gunmen raided a police post in Vashkar on Monday and then blew themselves up, much like "
                        "the bombing of a wedding hall in Dolmar last year. Al-Shabaab claimed responsibility for that "
                        "massacre, which left 30 people dead.")
    raid = [e for e in evs if e.trigger.text == "raided"]
    assert raid and _a1(raid[0]) != "al-Shabaab"


def test_named_attacker_not_replaced_by_claim(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Boko Haram fighters raided a village near Koltam on Sunday, killing six farmers. "
                        "ISWAP claimed responsibility.")
    assert _a1(evs[0]) == "Boko Haram"


def test_time_after_said_dates_the_telling(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebel fighters said on Monday they had captured the town of Dolmar on Saturday.")
    assert evs[0].date_start == dt.date(2025, 5, 31)
    # the deed's own day when the telling has none
    evs = _violent(ann, "Rebel fighters said they had captured the town of Dolmar on Saturday.")
    assert evs[0].date_start == dt.date(2025, 5, 31)


def test_time_after_said_alone_is_the_report_day(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The army said on Monday that its troops had killed 12 militants near Dolmar.")
    assert evs[0].date_start == dt.date(2025, 6, 2)


@pytest.mark.parametrize("text, actor1", [
    ("M23 rebels seized the town of Kibwata on Sunday.", "March 23 Movement"),
    ("ADF rebels killed 14 villagers near Kibwata on Sunday.", "Allied Democratic Forces"),
    ("Fighters of the Jalisco New Generation Cartel ambushed a patrol near Tepalco on Monday.",
     "Jalisco New Generation Cartel"),
    ("Lashkar-e-Taiba militants attacked an army camp in Rovinpur on Monday.", "Lashkar-e-Taiba"),
    ("Islamic State Sahel Province fighters ambushed a convoy near Tessaga on Monday.", "Islamic State Sahel Province"),
    ("Rebels of the National Liberation Army (ELN) attacked a base in Corvada on Sunday.",
     "National Liberation Army (Colombia)"),
])
def test_armed_groups_of_the_dictionary(ann, text, actor1):  # type: ignore[no-untyped-def]
    assert _a1(_violent(ann, text)[0]) == actor1


def test_pakistani_taliban_are_not_the_afghan_taliban(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "The Pakistani Taliban attacked a checkpoint in Vashkar on Monday, killing two soldiers.")
    assert _a1(evs[0]) == "Tehrik-i-Taliban Pakistan"


def test_military_jets_are_the_military(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Residents said military jets bombed a village in Myanmar's Sagaing region on Sunday.")
    assert _a1(evs[0]) == "Military Forces of Myanmar"


def test_the_ledes_place_beats_the_dateline_on_a_tie():
    from sitrep.events.place import article_place
    from sitrep.model import Analysis, Place, Sentence, Span

    text = ("VOSTREL, Feb 11 —\nFighters stormed an army post outside Dalmek on Sunday, killing 14 soldiers. "
            "The army said its troops had repelled the attack.")

    def mk(name, lat, cap=None):
        i = text.index(cap or name)
        return Place(span=Span("a", i, i + len(cap or name), cap or name), name=name, lat=lat, lon=2.0,
                     geonameid=name, country="ML", precision="town", confidence=0.95)

    an = Analysis(article_id="a")
    lede_end = text.index("The army")
    an.sentences = [Sentence(0, text.index("\n")), Sentence(text.index("Fighters"), lede_end - 1),
                    Sentence(lede_end, len(text))]
    an.places = [mk("Vostrel", 12.0, "VOSTREL"), mk("Dalmek", 14.0)]
    assert article_place(an, "VOSTREL").name == "Dalmek"  # filed in Vostrel, happened at Dalmek
    # a place named twice still wins over the lede's
    i = text.index("army said")
    an.places.append(Place(span=Span("a", i, i + 4, "army"), name="Vostrel", lat=12.0, lon=2.0, geonameid="Vostrel",
                           country="ML", precision="town", confidence=0.95))
    assert article_place(an, "VOSTREL").name == "Vostrel"


def _all(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("w2", published=PUB))
    return [(e.sub_event_type, e.trigger.text if e.trigger else None) for e in an.events if e.modality == "asserted"]


def test_spoils_and_plunder_in_an_attack_are_part_of_it(ann):  # type: ignore[no-untyped-def]
    evs = _all(ann, "Insurgents stormed an army post near Dolmar on Sunday, killing nine soldiers. The attackers "
                    "seized weapons and ammunition before withdrawing.")
    subs = [s for s, _ in evs]
    assert "Disrupted weapons use" not in subs and any(s == "Armed clash" for s in subs)
    evs = _all(ann, "Gunmen raided a village near Dolmar on Sunday, killing two men. The gunmen looted shops before "
                    "leaving with 30 captives.")
    assert "Looting/property destruction" not in [s for s, _ in evs]


def test_burning_in_an_attack_stays_an_event(ann):  # type: ignore[no-untyped-def]
    evs = _all(ann, "Insurgents stormed an army post near Dolmar on Sunday, killing nine soldiers. The attackers set "
                    "fire to several trucks before withdrawing.")
    assert "Looting/property destruction" in [s for s, _ in evs]


def test_looting_after_a_town_is_taken_stays_an_event(ann):  # type: ignore[no-untyped-def]
    evs = _all(ann, "Rebels seized the town of Dolmar on Saturday after the army withdrew. Their fighters looted "
                    "shops and the market over the following days, residents said.")
    assert "Looting/property destruction" in [s for s, _ in evs]


def test_drones_shot_down_are_not_the_strike(ann):  # type: ignore[no-untyped-def]
    evs = _all(ann, "Missiles struck residential areas of Dolmar overnight, killing seven people. The air force "
                    "said 60 drones were shot down overnight.")
    assert "Disrupted weapons use" in [s for s, _ in evs]


def test_looting_on_its_own_stays_an_event(ann):  # type: ignore[no-untyped-def]
    evs = _all(ann, "Armed men looted shops in the market of Dolmar on Sunday, traders said.")
    assert "Looting/property destruction" in [s for s, _ in evs]


def _counts(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("w3", published=PUB))
    return [(e.sub_event_type, e.fatalities.low if e.fatalities else None) for e in an.events
            if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def test_an_updated_toll_is_the_incidents_count(ann):  # type: ignore[no-untyped-def]
    assert _counts(ann, "Missiles struck apartment blocks in Dolmar overnight, killing seven people, the governor "
                        "said on Tuesday. By Tuesday afternoon the death toll had risen to nine, officials said.") \
        == [("Shelling/artillery/missile attack", 9.0)]
    # the hurt counted with the update are no deed of their own
    assert _counts(ann, "A car bomb exploded at the gate of a camp in Dolmar on Tuesday, killing at least 15 "
                        "recruits. On Wednesday, the ministry raised the death toll to 23, with 41 wounded.") \
        == [("Remote explosive/landmine/IED", 23.0)]
    # a deed-less event read off the update's other words ("the surrounding fields") does not keep the count
    # (branch terror)
    assert _counts(ann, "Rebels killed 17 civilians in an attack on a village near Dolmar on Monday, an official "
                        "said. On Wednesday, the official raised the toll to 23, after more bodies were found in the "
                        "surrounding fields.") == [("Attack", 23.0)]


def test_a_lower_later_count_is_no_update(ann):  # type: ignore[no-untyped-def]
    evs = _counts(ann, "Gunmen killed 12 villagers near Dolmar on Sunday. The toll of those shot dead by police "
                       "in the town this year rose to 4.")
    assert evs and evs[0][1] == 12.0


def test_rebels_of_a_named_group_are_that_group_among_others(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebels of the National Liberation Army (ELN) attacked a base in Corvada on Sunday, killing "
                        "two soldiers. Elsewhere, FARC dissidents kidnapped two councillors in Ventosa on Monday.")
    assert _a1(evs[0]) == "National Liberation Army (Colombia)"
