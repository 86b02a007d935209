"""Issue 16, branch stories19 (story_sets19): story figures that never double count.

A report that places a deadly deed only at its province ("GENEVA - ... condemned Sunday's drone strike on mourners in
Vorla province") tells the deed another report places at a town of that province on that day (stories/region_day);
a side's larger count (its enemy's dead), folded into another's count of one incident, is no high of it
(stories/told_apart._fold, pinned in tests/test_story_sets5.py). Keys, names and incidents made up for these
tests."""
from __future__ import annotations

import datetime as dt

from sitrep.stories.cluster import ArticleKeys, cluster_articles
from sitrep.stories.region_day import crossed, partner

DAY = dt.date(2026, 4, 26).toordinal()
DEED = "explosions/remote violence:xx/vorla"


def test_a_deed_told_only_at_its_province_joins_the_towns_deed_of_that_day():
    """The town's reports (a place, the province, the type there, the day) and a Geneva report naming only the
    province: before, the region-wide keys alone (1.5) left it a story of its own."""
    town = frozenset({"p:g1", "v:g1", "r:xx/vorla", f"e:{DEED}", f"d:explosions/remote violence:xx:{DAY}",
                      f"t:{DEED}:{DAY}", "k:xx:16", "c:xx"})
    geneva = frozenset({"p:geneva", "r:ch/geneva", "r:xx/vorla", f"e:{DEED}",
                        f"d:explosions/remote violence:xx:{DAY}", f"o:{DEED}:{DAY}", "k:xx:19", "c:xx"})
    a = ArticleKeys("a", 0, DAY, town)
    b = ArticleKeys("b", 1, DAY + 1, town - {"k:xx:16"} | {"k:xx:12"})
    c = ArticleKeys("c", 2, DAY + 2, geneva)
    assert len(cluster_articles([a, b, c])) == 1
    # without the region-day keys: two stories
    strip = [ArticleKeys(x.article_id, x.seq, x.day, frozenset(k for k in x.keys if k[:2] not in ("o:", "t:")))
             for x in (a, b, c)]
    assert len(cluster_articles(strip)) == 2
    # town keys never link to town keys (two towns' strikes of one day are two deeds), nor a province-only deed to
    # a town's of another day
    a = ArticleKeys("a", 0, DAY, frozenset({"p:g1", "r:xx/vorla", f"e:{DEED}", f"t:{DEED}:{DAY}", "c:xx"}))
    b = ArticleKeys("b", 1, DAY, frozenset({"p:g2", "r:xx/vorla", f"e:{DEED}", f"t:{DEED}:{DAY}", "c:xx"}))
    assert len(cluster_articles([a, b])) == 2
    assert partner(f"o:{DEED}:{DAY}") == f"t:{DEED}:{DAY}" and partner("p:g1") is None
    assert crossed({f"o:{DEED}:{DAY}"}, frozenset({f"t:{DEED}:{DAY}"})) == 1
    assert crossed({f"o:{DEED}:{DAY + 1}"}, frozenset({f"t:{DEED}:{DAY}"})) == 0
    assert crossed({f"t:{DEED}:{DAY}"}, frozenset({f"t:{DEED}:{DAY}"})) == 0
