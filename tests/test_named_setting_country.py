"""A state force takes the country the text names for its places, not the country of a namesake town abroad ("near
Arvela in Colombia's Antioquia department": a town of that name lies in Iraq) (issue 16, branch actors5;
events/bare_state.setting_countries), and a country before "Red Cross" names the national society, not the ICRC
(nlp/actor_lexicon.civil_body_end). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

from sitrep.nlp.annotate import DocContext


@pytest.mark.parametrize("text", [
    "A police officer was shot dead in a shootout with the Gulf Clan near Arvela in Colombia's Antioquia department "
    "on Monday.",
    "A police officer was shot dead near Arvela in Colombia's Antioquia department on Monday.",
])
def test_the_police_take_the_named_country_not_a_namesake_towns(ann, text):  # type: ignore[no-untyped-def]
    names = {e.actor2.name for e in violent(ann, text) if e.actor2 is not None}
    assert "Police Forces of Colombia" in names and "Police Forces of Iraq" not in names


def _entities(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    return {m.span.text: m.entity_id for m in an.entities}


def test_a_national_red_cross_is_its_own_body_not_the_icrc(ann):  # type: ignore[no-untyped-def]
    got = _entities(ann, "The Ukrainian Red Cross said two of its volunteers were hurt when shelling hit a depot "
                         "in Kherson on Monday.")
    assert got.get("Ukrainian Red Cross") is not None and got["Ukrainian Red Cross"] != "ICRC"
    assert "Red Cross" not in got


def test_the_red_cross_alone_is_still_the_icrc(ann):  # type: ignore[no-untyped-def]
    assert _entities(ann, "The Red Cross said two of its volunteers were hurt near Kherson on Monday.")["Red Cross"] \
        == "ICRC"
