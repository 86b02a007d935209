"""What a chosen actor phrase is called when the sentence does not say (issue 16), on sentences written for these
tests, each with its negative: a generic armed side takes a named group's name only when the report links them
(events/generic_actors.py); bare soldiers, troops and police take the report's country only when the report has one
(ActorFinder.report_country, data/bare_forces.tsv); protesters are Protesters, not Civilians
(events/victim_nouns.protesters_of)."""
from __future__ import annotations

import datetime as dt

import pytest
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6))).events


def _deed(ann, text, word):  # type: ignore[no-untyped-def]
    """The violent event (or force against protesters) read in the sentence holding ``word``."""
    evs = [e for e in _events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES or e.event_type == "Protests"]
    return next(e for e in evs if word in e.sentence.text)


def _id(ref):  # type: ignore[no-untyped-def]
    return ref.entity_id if ref is not None else None


# -- 1. a generic side and the one group the report names ---------------------------------------------------------

def test_rebels_are_not_the_only_group_named_when_nothing_links_them(ann):
    ev = _deed(ann, "Islamic State claimed a car bombing in Raqqa last week. On Monday, Syrian rebels stormed a "
                    "checkpoint near Aleppo, killing five soldiers.", "stormed")
    assert _id(ev.actor1) != "ISIS"
    ev = _deed(ann, "Islamic State fighters seized a village on Sunday. Rebels shelled army positions in Idlib on "
                    "Tuesday, killing four.", "shelled")
    assert _id(ev.actor1) != "ISIS"


def test_the_report_calling_the_group_so_links_them(ann):
    ev = _deed(ann, "Islamic State militants seized a village near Raqqa on Sunday. On Monday the militants stormed "
                    "a checkpoint, killing five.", "stormed")
    assert _id(ev.actor1) == "ISIS"
    ev = _deed(ann, "The FARC, a guerrilla army, ended its truce last month. On Monday the guerrillas attacked a "
                    "police post in Tolima, killing two.", "attacked")
    assert _id(ev.actor1) == "FARC"


def test_the_variant_spelling_is_the_same_word(ann):
    ev = _deed(ann, "Urban guerillas of the FARC burned three buses on Sunday. On Monday the guerillas attacked a "
                    "police post in Tolima, killing two.", "attacked")
    assert _id(ev.actor1) == "FARC"


def test_only_an_umbrella_group_stands_for_its_country_s_guerrillas_unlinked(ann):
    ev = _deed(ann, "The FMLN announced a truce on Friday. On Tuesday the guerrillas attacked an army post in "
                    "Usulutan, killing two.", "attacked")
    assert _id(ev.actor1) == "FMLN"  # the umbrella of every Salvadoran guerrilla group of the war
    ev = _deed(ann, "The FARC announced a truce last month. On Monday the guerrillas attacked a police post in "
                    "Tolima, killing two.", "attacked")
    assert _id(ev.actor1) != "FARC"  # one group of several in Colombia: the text does not say it was this one


def test_the_link_is_read_from_the_parse():
    from sitrep.events.generic_actors import _called
    from sitrep.events.roles import ActorFinder
    from sitrep.events.ontology import load_ontology
    from sitrep.model import Analysis, Mention, Span
    from sitrep.nlp.models import load_pipeline

    text = "Weeks ago guerrillas of the FMLN blew up a bridge."
    doc = load_pipeline()(text)
    k = text.index("FMLN")
    an = Analysis("a1", entities=[Mention(Span("a1", k, k + 4, "FMLN"), "ORG", "FMLN", "FMLN")])
    assert "guerrilla" in _called(doc, ActorFinder(an, load_ontology()), "FMLN")
    text = "Weeks ago the FMLN blew up a bridge."
    doc = load_pipeline()(text)
    k = text.index("FMLN")
    an = Analysis("a1", entities=[Mention(Span("a1", k, k + 4, "FMLN"), "ORG", "FMLN", "FMLN")])
    assert "guerrilla" not in _called(doc, ActorFinder(an, load_ontology()), "FMLN")


# -- 2. bare soldiers, troops and police take the report's one country --------------------------------------------

def test_bare_soldiers_take_the_one_country_of_the_report(ann):
    ev = _deed(ann, "Soldiers shot dead four marchers in Mandalay on Sunday. Troops later raided a village near "
                    "Sagaing.", "shot")
    assert _id(ev.actor1) == "MMR_MIL"
    ev = _deed(ann, "Gunmen killed two policemen at a checkpoint in Peshawar on Tuesday.", "killed")
    assert _id(ev.actor2) == "PAK_POLICE"


def test_a_bare_air_force_is_the_military_of_the_one_country_of_the_report(ann):
    # a state's air force is part of its military (data/bare_forces.tsv; tests/data/war_reports2 v07's communique)
    ev = _deed(ann, "The army said on Sunday that the air force struck a column of fighters near Douentza, in central "
                    "Mali, killing about ten of them.", "struck")
    assert _id(ev.actor1) == "MLI_MIL"


def test_bare_soldiers_stay_blank_when_another_state_is_in_play(ann):
    ev = _deed(ann, "Turkish troops entered the town of Afrin on Monday. Soldiers shelled a village near Aleppo, "
                    "killing three civilians.", "shelled")
    assert ev.actor1 is None or not ev.actor1.entity_id.endswith("_MIL")


def test_bare_soldiers_stay_blank_when_the_places_lie_in_two_countries(ann):
    ev = _deed(ann, "Soldiers shot dead two farmers near Mandalay on Sunday, a week after a raid near Peshawar.",
               "shot")
    assert ev.actor1 is None or not ev.actor1.entity_id.endswith("_MIL")


def test_the_report_country_ignores_who_reports():
    from sitrep.events.roles import ActorFinder
    from sitrep.events.ontology import load_ontology
    from sitrep.model import Analysis, Mention, Span
    from sitrep.nlp.models import load_pipeline

    text = "Police fired on a crowd, AP reported."
    doc = load_pipeline()(text)
    k = text.index("AP")
    ap = Mention(Span("a1", k, k + 2, "AP"), "ORG", "AP", "Associated Press")
    assert ActorFinder(Analysis("a1", entities=[ap]), load_ontology()).report_country(doc) is None
    text = "Police fired on a crowd in Kenya, AP reported."
    doc = load_pipeline()(text)
    k, j = text.index("AP"), text.index("Kenya")
    ap = Mention(Span("a1", k, k + 2, "AP"), "ORG", "AP", "Associated Press")
    ken = Mention(Span("a1", j, j + 5, "Kenya"), "GPE", "KEN", "Kenya")
    assert ActorFinder(Analysis("a1", entities=[ap, ken]), load_ontology()).report_country(doc) == "KE"


# -- 3. protesters --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,word,victim", [
    ("Police killed two demonstrators in Nakuru, Kenya on Monday.", "killed", "KEN_PROTESTERS"),
    ("Soldiers shot dead four marchers in Mandalay on Sunday.", "shot", "MMR_PROTESTERS"),
])
def test_protesters_fired_on_are_the_victims(ann, text, word, victim):
    assert _id(_deed(ann, text, word).actor2) == victim


def test_protesters_of_no_known_country_are_still_protesters(ann):
    ev = _deed(ann, "Police opened fire on protesters on Monday.", "fire")
    assert ev.actor2 is not None and ev.actor2.name == "Protesters"


def test_other_victims_stay_civilians(ann):
    ev = _deed(ann, "Soldiers shot dead four farmers in Mandalay on Sunday.", "shot")
    assert _id(ev.actor2) == "CIVILIANS"
    assert ev.event_type in VIOLENT_EVENT_TYPES
