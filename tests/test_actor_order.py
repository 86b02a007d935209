"""An article's actors do not hang on what the process read before it: a country's generic role actors
("Military Forces of X") exist from the start, not from the first article that names them, so "the government said
it would send more soldiers" is the state's forces whether or not an earlier article named that state's army.

All texts are written for these tests.
"""
import datetime as _dt

from sitrep.nlp.actor_lexicon import get_resolver
from sitrep.nlp.annotate import DocContext

_EARLIER = "Chilean soldiers fired on farmers near the town of Collipulli on Monday, a local mayor said."
_LATER = ("Gunmen burned three lorries on a highway near Collipulli on Tuesday, police said.\n\n"
          "The government of Chile said it would send more soldiers to the region.")


def _actors(ann, text):
    an = ann.annotate(text, DocContext(article_id="t", published=_dt.date(2025, 3, 14)))
    return [(e.trigger.text, e.actor1.entity_id if e.actor1 else None) for e in an.events]


def test_same_actors_alone_and_after_another_article(ann):  # ann: the conftest's shared annotator
    get_resolver.cache_clear()  # a fresh dictionary, as in a process that read nothing before
    alone = _actors(ann, _LATER)
    get_resolver.cache_clear()
    _actors(ann, _EARLIER)
    after = _actors(ann, _LATER)
    assert alone == after
    assert ("send", "CHL_MIL") in alone  # a government moving troops is its forces (events/participants.armed_branch)


def test_every_country_has_its_role_actors_from_the_start():
    get_resolver.cache_clear()
    res = get_resolver()
    assert res.actors.get("PER_MIL", {}).get("name") == "Military Forces of Peru"
    assert res.actors.get("KGZ_MIL", {}).get("country") == "KG"
