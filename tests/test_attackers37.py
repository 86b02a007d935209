"""Who did it (issue 16, branch attackers37): the doer of a deed whose subject the parser hung on a reduced relative
("Gunmen believed to belong to X killed ...": the deed became the clause of "believed"), the group named after
"thought to be from X"; a group's post or announcement that its men attacked or hit the place (a claim: "X posted on social media that
its men had attacked the checkpoint"); and the RAMS scorer's reading of a government's seat as its state ("the Kremlin", "Moscow"
and a predicted "Military Forces of Russia" one doer). Sentences written for these tests; people and incidents made
up, groups and towns real."""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

ROOT = Path(__file__).resolve().parents[1]


def _doers(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 6, 2)))
    return {(e.trigger.text if e.trigger else "", e.actor1.name if e.actor1 else None) for e in an.events
            if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES}


DOERS = [
    # the deed verb hung on "believed" as its clause, the men its subject
    ("CULIACAN, Mexico - Gunmen believed to belong to the Sinaloa Cartel shot dead four men at a taco stand in "
     "Culiacan on Sunday, state prosecutors said.", "Sinaloa"),
    ("MOGADISHU - Fighters thought to belong to al-Shabaab killed nine fishermen on the shore near Kismayo on "
     "Thursday, a fisheries official said.", "Shabaab"),
    # "thought to be from X": the group the men are said to come from
    ("MAIDUGURI, Nigeria - Fighters thought to be from the Islamic State West Africa Province killed seven herders "
     "near Monguno on Friday, a local official said.", "Islamic State West Africa Province"),
]


@pytest.mark.parametrize("text,group", DOERS)
def test_reduced_relative_doer(ann, text, group):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert any(a and group in a for _, a in got), got


CLAIMS = [
    # a post is the group's word too: its men attacked the checkpoint, over the by-phrase's bare side
    ("YAOUNDE - Three gendarmes were shot dead by separatist fighters on Tuesday at a checkpoint outside Kumba, an "
     "army spokesman said. The Ambazonia Defence Forces posted on social media that its men had attacked the "
     "checkpoint.", "Ambazonia"),
    # "its fighters had hit the post": the group's own verb of attack
    ("OUAGADOUGOU - Jihadists attacked a gendarmerie post in Kaya on Friday, killing six gendarmes, security sources "
     "said. On Saturday JNIM said that its fighters had hit the post.", "Nusrat"),
    # past an apposition opened by "one of"
    ("YAOUNDE - Two soldiers were shot dead by Anglophone separatist fighters on Sunday near Kumbo, the army said. "
     "The Ambazonia Defence Forces, one of the armed groups in the region, posted on social media that its men had "
     "hit the checkpoint.", "Ambazonia"),
]


@pytest.mark.parametrize("text,group", CLAIMS)
def test_group_says_its_men_did_it(ann, text, group):  # type: ignore[no-untyped-def]
    got = _doers(ann, text)
    assert any(a and group in a for t, a in got if t in ("shot", "attacked", "stormed")), got


def _roles():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("bench_roles_a37", ROOT / "bench" / "roles.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_seat_of_government_is_its_state():
    r = _roles()
    ref = {"name": "Military Forces of Russia", "span": {"start": 100, "end": 108, "text": "Russia's"}}
    assert r.actor_right(ref, [(0, 11, "the Kremlin")])
    assert r.actor_right(ref, [(0, 6, "Moscow")])
    assert not r.actor_right(ref, [(0, 6, "Moscow")], seats=False)  # the scorer before: words only
    # a seat read on its own state only: no other doer shares a word with it
    assert not r.actor_right({"name": "Military Forces of Ukraine", "span": {}}, [(0, 6, "Moscow")])
    assert not r.actor_right({"name": "United Nations", "span": {}}, [(0, 10, "Washington")])
