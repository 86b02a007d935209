"""Story figures over reports of one story (issue 16, branch stories13; leftovers of story_sets14 / figure_sets3, on
sentences written for these tests with made-up people and incidents)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import Analysis, Mention, Span
from sitrep.stories.cluster import ArticleKeys, cluster_articles

D = dt.date
DAY = D(2031, 3, 9).toordinal()


def test_put_the_number_at_n_hung_on_a_noun_of_its_of_phrase_is_the_tallys_count(ann):  # noqa: F811
    """ "The relief office put the number of people displaced by the raid at 4,700": the parser hangs "at 4,700" on
    "raid"; the number is the tally's (displaced), as "put the number of displaced people at N" is (before: no
    count)."""
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("Gunmen raided a village near Tillaberi on Sunday. The UN relief office OCHA put the number of "
                      "people displaced by the raid at 4,700.", DocContext("k", published=D(2031, 4, 5)))
    got = {f.low: f.what for f in an.figures}
    assert got.get(4700.0) == "displaced", got
    # a time after "at" on the deed is no tally's count
    an = ann.annotate("The relief office put the number of people killed in the raid at dawn at 12.",
                      DocContext("k2", published=D(2031, 4, 5)))
    assert {f.low: f.what for f in an.figures}.get(12.0) == "killed"


def _one_best(tmp_path, reports):  # type: ignore[no-untyped-def]
    """The best of the one story total over ``reports`` ((published, text) each)."""
    from test_story_sets5 import _story

    t = _story(tmp_path, reports)
    assert len(t) == 1, t
    return t[0]["best"]


def test_protesters_shot_dead_by_police_are_the_storys_dead(tmp_path):
    """Police fire on a protest (ACLED's "Excessive force against protesters"): the police's 2, then a rights group's
    5, are the story's dead (before: no total, the protest's dead were never counted)."""
    first = ("BLANTYRE (Reuters) - Two people were killed on Thursday when police fired live rounds to disperse "
             "protesters in Zomba, a police spokesman said.")
    later = ("JOHANNESBURG (AFP) - Five people were shot dead by police during a protest over water shortages in the "
             "Malawian city of Zomba on Thursday, a rights group said on Friday.")
    assert _one_best(tmp_path, [("March 6, 2031", first), ("March 7, 2031", later)]) == 5


def test_a_count_told_as_protests_spread_from_a_city_to_several_is_a_round_up(tmp_path):
    """"Four people were killed ... as protests spread from Cuenca to several cities", then one dead in Cuenca and
    three in Loja told apart: the four are the day's count everywhere, never a count at Cuenca added to Loja's (before:
    Cuenca's incident took the four)."""
    assert _one_best(tmp_path, [
        ("June 6, 2031", "QUITO (Reuters) - Four people were killed on Thursday as protests against fuel prices spread "
                         "from Cuenca to several cities in the south, the ombudsman's office said.\n\nIn Loja, three men "
                         "died on Thursday after police fired on protesters who tried to storm the governor's office, "
                         "health officials said.\n\nIn Cuenca, a 30-year-old man died after being hit by a tear gas "
                         "canister, his family said."),
    ]) == 4


def test_a_village_no_gazetteer_knows_keys_the_reports_that_name_it():
    """"fighting in the village of Qarnawsh" told from Damascus and then from Beirut (the village in no gazetteer, the
    second report placed at its dateline abroad): the name itself is a place key both share, so the two join as one
    story (before: the Beirut report was a story of its own). A dateline's capitals and a name the gazetteer knows
    ("Hama", keyed by its place) are no such key."""
    from sitrep.stories.cluster import unknown_place_keys

    t1 = "DAMASCUS (AFP) - Fighting in the village of Qarnawsh near Hama killed 12 people on Sunday, a monitor said."
    t2 = "BEIRUT (Reuters) - The toll from Sunday's fighting in Qarnawsh has risen to 15, the monitor said."

    def gpe(aid: str, text: str, name: str) -> Mention:
        i = text.index(name)
        return Mention(Span(aid, i, i + len(name), name), "GPE")

    a1 = Analysis(article_id="r1", entities=[gpe("r1", t1, "DAMASCUS"), gpe("r1", t1, "Qarnawsh"), gpe("r1", t1, "Hama")])
    a2 = Analysis(article_id="r2", entities=[gpe("r2", t2, "BEIRUT"), gpe("r2", t2, "Qarnawsh")])
    assert unknown_place_keys(a1) == {"p:qarnawsh"} == unknown_place_keys(a2)
    shared = {"d:battles:sy:1", "m:sohr", "c:sy"}
    a = ArticleKeys("a", 0, DAY, frozenset(shared | {"p:g1", "v:g1"} | unknown_place_keys(a1)))
    b = ArticleKeys("b", 1, DAY + 1, frozenset(shared | {"p:g2", "v:g2"} | unknown_place_keys(a2)))
    assert len(cluster_articles([a, b])) == 1

