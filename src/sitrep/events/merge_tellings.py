"""The words of an actor's telling, read by the merge of restatements (events/merge.py) when it asks whether two
tellings name one doer or one victim: the telling's own words past the generic victim words and number words of
data/generic_victim_words.tsv ("the", "12", "persons" say nothing of who was hit), their stems, a definite
telling ("the guards"), a name the dictionary does not know ("Los Chapitos"), the actor's dictionary entry
(data/actor_roles.tsv), the same actor, and two actors read off one phrase (never both sides of a deed).

No decision of its own: the shared vocabulary of merge_doers, merge_victims, merge_guards and merge_lend."""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.events.roles import _DET
from sitrep.model import ActorRef
from sitrep.resources import data_rows


def same_actor(x, y) -> bool:  # type: ignore[no-untyped-def]
    return x is None or y is None or x.entity_id == y.entity_id


def role_entry(a: ActorRef) -> dict:
    from sitrep.nlp.actor_lexicon import get_resolver

    try:
        return get_resolver().get(a.entity_id) or {}
    except KeyError:
        return {}


def proper_name(name: str) -> bool:
    """A name the dictionary does not know but that is a name ("Los Chapitos", "Viv Ansanm"): two words or more, every
    one capitalised (a description, "Gang members", "armed men", has a word in lower case)."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", name)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def stems(a: ActorRef) -> set[str]:
    return {w[:-1] if w.endswith("s") else w for w in own_words(a)}


def definite(v: ActorRef) -> bool:
    return bool(re.match(r"\W*(?:the|these|those|this|that)\b", telling(v), re.I))


@functools.lru_cache(maxsize=1)
def generic_victim_words() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("generic_victim_words.tsv", needs=("word", "source")))


@functools.lru_cache(maxsize=1)
def quantity_words() -> frozenset[str]:
    """Number words and quantifiers ("two", "dozens", "several"): the rows of data/generic_victim_words.tsv so marked."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("generic_victim_words.tsv", needs=("word", "source"))
                     if cols[1].strip().startswith("number or quantifier"))


def quantified(text: str) -> bool:
    return any(w.isdigit() or w in quantity_words() for w in re.findall(r"\w+", text.lower()))


def telling(a: ActorRef) -> str:
    return a.span.text if a.span is not None else a.name


def own_words(a: ActorRef) -> list[str]:
    """The words of a victim's telling that say who the victims were (not "the", "12", "persons", "they")."""
    generic = generic_victim_words()
    return [w for w in re.findall(r"[^\W\d_]+", telling(a).lower()) if w not in generic and w not in _DET]


def same_phrase(a: Optional[ActorRef], b: Optional[ActorRef]) -> bool:
    """Two actors read off one stretch of text (their evidence spans overlap): one phrase is never both sides."""
    return a is not None and b is not None and a.span is not None and b.span is not None \
        and a.span.article_id == b.span.article_id and a.span.start < b.span.end and b.span.start < a.span.end
