"""Dating devices of branch `dates15` (tests/data/date_reports11), on sentences written for these tests: the lead's
own deed dated "late last month" is the report's news, not background, and a later day's incident does not lend
its day to the older one's paragraph (events/incident_date); two conjoined deeds each dated on its own are two
events (events/triggers.dated_apart); a header a day after its record (a local day ahead of UTC) is the copy's day
(ingest/textmeta.header_day); a Chinese/Japanese or Korean header "2026年4月21日" is read (ingest/dates.find_date);
"is planned for Wednesday" names a coming day (nlp/time/tense); "tore through" dates the bomb it is told of
(data/time_lexicon.tsv); a month name "March" is no protest march for the learned sub-type (events/subtype_model)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.ingest.dates import find_date
from sitrep.nlp.annotate import DocContext
from test_dates4 import _events
from test_dates13 import _article
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_lead_deed_of_late_last_month_stays_news(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed at least nine herders near the village of Tamba Koro late last month, a local "
                       "association said on Wednesday.\n\nOn Monday, suspected jihadists ambushed an army convoy "
                       "near Kantchari, and the soldiers fought back, a security source said.", D(2026, 4, 8))
    assert evs["killed"] == ("asserted", D(2026, 3, 21), D(2026, 3, 31))
    assert evs["ambushed"][1] == D(2026, 4, 6)


def test_older_deed_told_after_the_news_is_still_background(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen shot dead a trader in the town of Mokwa on Monday, police said. Last month, two "
                       "farmers were killed nearby.", D(2026, 4, 8))
    assert evs["shot"][0] == "asserted"
    assert evs["killed"][0] == "background"


def test_conjoined_deeds_each_dated_are_two_events(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Bandits killed six villagers in the village of Dan Kurmi on Tuesday, and the following day "
                       "ambushed a police patrol on the road to Maru, police said on Friday.", D(2026, 6, 12))
    assert evs["killed"][1:] == (D(2026, 6, 9), D(2026, 6, 9))
    assert evs["ambushed"][1:] == (D(2026, 6, 10), D(2026, 6, 10))


def test_header_a_day_after_the_record_is_the_local_day():  # type: ignore[no-untyped-def]
    a = _article("Updated Wednesday 15 July 2026, 1:05am AEST\n\nTeenager stabbed in Parramatta\n\nA 17-year-old "
                 "was stabbed outside a shopping centre in Parramatta last night, police said.\n", D(2026, 7, 14))
    assert a.published == D(2026, 7, 15)


def test_cjk_date_header():  # type: ignore[no-untyped-def]
    assert find_date("2026年4月21日 10:32")[0] == D(2026, 4, 21)
    assert find_date("2026년 11월 3일 08:15")[0] == D(2026, 11, 3)
    a = _article("2026年4月21日 10:32\n\nDrone strike hits market\n\nA drone dropped bombs on a market in the "
                 "village of Nyaung Bin on Monday, killing five people, residents said.\n", None)
    assert a.published == D(2026, 4, 21)


def test_planned_vigil_names_a_coming_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A 15-year-old boy was shot dead outside a skating rink in Corvale on Saturday. A vigil at "
                       "his school is planned for Wednesday evening.", D(2026, 5, 17))
    assert evs["shot"][1] == D(2026, 5, 16)
    assert evs.get("vigil") is None or evs["vigil"][1] != D(2026, 5, 13)


def test_bomb_that_tore_through_takes_its_own_day(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("On June 2, a car bomb exploded outside a bank in Beledweyne, killing four. Two days later, a "
                      "roadside bomb tore through a bus near Jowhar, killing two passengers.", DocContext("r1", published=D(2026, 6, 6)))
    days = sorted(e.date_start for e in an.events)
    assert days == [D(2026, 6, 2), D(2026, 6, 4)]


def test_month_march_is_no_protest(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("The shooting happened on Thursday, March 5, outside a diner on Calder Road, police said.",
                      DocContext("r1", published=D(2026, 3, 12)))
    assert [(e.event_type, e.date_start) for e in an.events] == [("Violence against civilians", D(2026, 3, 5))]


@pytest.mark.parametrize("text,published,want", [
    # two deeds, each on its own day: no range "on Wednesday and the following day"
    ("Gunmen killed a farmer near the village of Ropp on Wednesday and the following day attacked a settlement "
     "nearby, killing three people, officials said on Friday.", D(2026, 10, 2),
     {"killed": (D(2026, 9, 30), D(2026, 9, 30)), "attacked": (D(2026, 10, 1), D(2026, 10, 1))}),
    # one deed on two days: still the range
    ("Soldiers and rebels fought around the town of Oyapi on Monday and Tuesday, the army said on Thursday.",
     D(2026, 10, 8), {"fought": (D(2026, 10, 5), D(2026, 10, 6))}),
])
def test_day_and_a_later_day_make_a_range_only_for_one_deed(ann, text, published, want):  # type: ignore[no-untyped-def]
    evs = _events(ann, text, published)
    assert {k: evs[k][1:] for k in want} == want


def test_paragraph_after_a_late_last_month_lead_takes_no_later_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Gunmen killed at least nine herders near the village of Tamba Koro late last month, a local "
                       "association said on Wednesday.\n\nThe attackers arrived on motorcycles and shot the men at a "
                       "well.\n\nOn Monday, suspected jihadists ambushed an army convoy near Kantchari, and the "
                       "soldiers fought back, a security source said.", D(2026, 4, 8))
    assert all(v[1] != D(2026, 4, 6) for k, v in evs.items() if k in ("killed", "shot"))  # (one deed or two)
    assert evs["killed"][1] == D(2026, 3, 21)
    assert evs["ambushed"][1] == D(2026, 4, 6)
