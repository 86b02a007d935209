"""stories/cluster.py: what two reports must share to be one story in a mixed feed (bench/clusters.py)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import ActorRef, Analysis, Article, EventMention, Figure, Mention, Place, Span
from sitrep.stories.cluster import ArticleKeys, actor_key, article_keys, cluster_articles

DAY = dt.date(2025, 3, 10).toordinal()


def test_names_of_no_one_in_particular_are_no_keys():
    assert actor_key("CIVILIANS") is None
    assert actor_key("REUTERS") is None and actor_key("AFP") is None  # an agency heads half a desk's feed
    assert actor_key("x:attackers") is None  # a free-text description
    assert actor_key("KEN_CIVILIANS") is None
    assert actor_key("PAK_POLICE") == "s:pak_police"  # a country's generic side: region-wide
    # ACLED's "Unidentified Armed Group (X)" names no one either: the generic doer words it codes ("gunmen")
    assert actor_key("PAK_UNIDENT") is None
    assert actor_key("TTP") == "a:ttp"


def _article(aid: str, text: str) -> Article:
    return Article(aid, text, published=dt.date(2025, 3, 10))


def _event(aid: str, text: str, actor: str, place: Place) -> EventMention:
    sp = Span(aid, 0, len(text), text)
    return EventMention(id=f"{aid}:e", article_id=aid, sentence=sp, event_type="Battles",
                        sub_event_type="Armed clash", actor1=ActorRef(actor, actor), place=place, modality="asserted")


def _place(aid: str, text: str, sub: str, gid: str, country: str) -> Place:
    i = text.index(sub)
    return Place(Span(aid, i, i + len(sub), sub), name=sub, lat=0.0, lon=0.0, geonameid=gid, country=country,
                 admin1="R1", precision="town", confidence=0.9)


def test_a_group_only_named_in_the_background_weighs_as_a_region():
    text = "Gunmen killed four people in Varnok on Monday. The rival TTP denied any role."
    an = Analysis(article_id="r1", entities=[Mention(Span("r1", 57, 60, "TTP"), "ORG", "TTP", "TTP")],
                  events=[_event("r1", text, "x:gunmen", _place("r1", text, "Varnok", "g1", "PK"))])
    keys = article_keys(_article("r1", text), an, 0).keys
    assert "m:ttp" in keys and "a:ttp" not in keys
    an.events[0].actor1 = ActorRef("TTP", "TTP")  # the group acts: its own key
    assert "a:ttp" in article_keys(_article("r1", text), an, 0).keys


def test_reports_whose_events_lie_in_different_countries_are_never_one_story():
    shared = {"a:isis", "a:unk:abu-omar", "p:g1"}
    a = ArticleKeys("a", 0, DAY, frozenset(shared | {"c:iq"}))
    b = ArticleKeys("b", 1, DAY + 1, frozenset(shared | {"c:sy"}))
    assert len(cluster_articles([a, b])) == 2
    c = ArticleKeys("c", 1, DAY + 1, frozenset(shared | {"c:iq", "c:sy"}))  # one country in common: may be
    assert len(cluster_articles([a, c])) == 1


def test_a_shared_town_where_both_tell_events_links_two_reports_of_a_week():
    a = ArticleKeys("a", 0, DAY, frozenset({"p:g1", "v:g1", "r:ng/borno", "c:ng"}))
    b = ArticleKeys("b", 1, DAY + 1, frozenset({"p:g1", "v:g1", "r:ng/borno", "c:ng"}))
    assert len(cluster_articles([a, b])) == 1
    # the town only named in one of them ("p:" without "v:"), one generic side in common: not enough
    c = ArticleKeys("c", 1, DAY + 1, frozenset({"p:g1", "r:ng/borno", "s:nga_mil", "c:ng"}))
    d = ArticleKeys("d", 2, DAY + 2, frozenset({"p:g2", "v:g2", "r:ng/borno", "s:nga_mil", "c:ng"}))
    assert len(cluster_articles([c, d])) == 2


def test_the_same_toll_in_the_same_country_links_two_reports_of_a_massacre():
    """A local report and a UN statement two days apart: "42 killed" in the same province is one massacre."""
    a = ArticleKeys("a", 0, DAY, frozenset({"k:cd:42", "r:cd/ituri", "e:violence against civilians:ituri", "c:cd"}))
    b = ArticleKeys("b", 1, DAY + 2, frozenset({"k:cd:42", "r:cd/ituri", "e:violence against civilians:ituri",
                                                 "c:cd"}))
    assert len(cluster_articles([a, b])) == 1
    c = ArticleKeys("c", 1, DAY + 2, frozenset({"k:cd:41", "r:cd/ituri", "e:violence against civilians:ituri",
                                                 "c:cd"}))
    assert len(cluster_articles([a, c])) == 2
    text = "Gunmen killed 42 villagers in Varnok on Monday."
    ev = _event("r1", text, "x:gunmen", _place("r1", text, "Varnok", "g1", "CD"))
    ev.fatalities = Figure(id="f1", span=Span("r1", 14, 16, "42"), what="killed", who="villagers", low=42.0, high=42.0)
    keys = article_keys(_article("r1", text), Analysis(article_id="r1", events=[ev]), 0).keys
    assert "k:cd:42" in keys
