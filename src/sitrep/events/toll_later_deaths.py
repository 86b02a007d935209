"""Deaths told after (or before) the one incident's count, and the hurt who died since: an ordinal victim ("A third man
died in hospital": :func:`_ordinal_update`), the whole of a partitive ("Three of the bodies had been beheaded":
:func:`_partitive_whole`), one of the hurt who died later (:func:`_add_later_deaths`, :func:`_later_death_of_hurt`,
:func:`_add_earlier_deaths`), and the wounded count less those who died (:func:`_fewer_hurt`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sitrep.events.toll_ordinal_hurt import ordinal_from_hurt
from sitrep.model import EventMention, Figure, Span
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_also import _added
from sitrep.events.toll_candidates import _candidates, best_sum
from sitrep.events.toll_incident import ORPHAN_SENTENCES
from sitrep.events.toll_running import is_toll_update, is_toll_update_figure


# a death told as coming after the incident: "later died", "died of her wounds", "succumbed", "died in hospital"
_LATER_DEATH = re.compile(r"\b(?:later|subsequently|afterwards?|since)\b|\b(?:of|from)\s+(?:his|her|their|the)\s+"
                          r"(?:wounds|injuries)\b|\bsuccumb|\b(?:in|at)\s+(?:a\s+|the\s+)?hospital\b", re.I)
_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
# the one who died was among the hurt: "a wounded woman", "one of the injured", "who was hurt"
_WAS_HURT = re.compile(r"\b(?:wounded|injured|hurt)\b", re.I)
# one of the hurt told by a definite noun ("the injured man", "the wounded woman"): the person told before; where no hurt
# were counted before, the one whose death the report already counts
_THE_HURT = re.compile(r"(?<!of )\b(?:the|this)\s+(?:wounded|injured|hurt)\b", re.I)
# the dead told apart from the incident's, or counted with them: "in a separate attack", "one of them", "the two"
_NOT_LATER = re.compile(r"\b(?:separate|elsewhere|earlier|another\s+(?:attack|incident|shooting|bombing)|"
                        r"of\s+(?:them|those|these|the\s+dead|the\s+victims))\b", re.I)


# an ordinal victim, the whole toll as of its telling: "a third man", "a second victim" (nlp/victims._ordinal_toll)
_ORDINAL_VICTIM = re.compile(r"(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)


def _ordinal_update(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                    doc) -> None:
    """The one incident of a report with its count, and a later sentence with no event of its own that counts its
    dead by an ordinal victim ("Two men were killed when gunmen attacked a bar ... A third man died in hospital on
    Monday"): the ordinal is the toll as of then (3), and it replaces a lower count, within
    :data:`ORPHAN_SENTENCES` sentences after it; never a death told apart ("in a separate attack", "elsewhere"),
    never a count no higher than the one held (the dead counted already)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None:
        return
    text = doc_text(doc)
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    for f in _candidates(figures):
        if f.id in carried or f.low is None or f.low != f.high or f.span.start < f0.span.end \
                or not _ORDINAL_VICTIM.match(f.span.text):
            continue
        j = bisect.bisect_right(sentence_starts, f.span.start) - 1
        if not (k < j <= k + ORPHAN_SENTENCES) or f.low <= (f0.high if f0.high is not None else f0.low):
            continue
        hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
        if _NOT_LATER.search(text, sentence_starts[j], hi):
            continue
        ev.fatalities = replace(f0, low=f.low, high=f.high, best=f.low, span=f.span, as_of=f.as_of or f0.as_of)
        ev.figures.append(f.id)
        ordinal_from_hurt(f0, f, figures, sentence_starts, text)  # "A third victim ... died at a hospital": one of the hurt
        return


# a count told as part of people counted before: "three of the bodies", "two of them", "most of the dead"
_PARTITIVE_OF = re.compile(r"\s+of\s+(?:them|those|these|the\s+(?:bodies|corpses|dead|victims|deceased))\b", re.I)


def _partitive_whole(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                     doc) -> None:
    """The one incident's count told as part of the dead counted before it ("The bodies of five fishermen were found
    on Sunday. [...] Three of the bodies had been beheaded."): the part tells how some of them died; the whole is the
    toll: the one killed-count of the nearest sentence that counts the dead, within :data:`ORPHAN_SENTENCES`
    sentences before, larger than the part, exact, carried by no event, no background or "since" total."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.high is None or f0.background:
        return
    text = doc_text(doc)
    if not _PARTITIVE_OF.match(text, f0.span.end):
        return
    k = bisect.bisect_right(sentence_starts, f0.span.start) - 1
    before = [f for f in _candidates(figures) if f.span.start < sentence_starts[k]
              and k - ORPHAN_SENTENCES <= bisect.bisect_right(sentence_starts, f.span.start) - 1]
    if not before:
        return
    last = bisect.bisect_right(sentence_starts, before[-1].span.start) - 1
    wholes = [f for f in before if bisect.bisect_right(sentence_starts, f.span.start) - 1 == last]
    whole = wholes[0]  # the nearest sentence that counts dead: one count there, larger than the part, no event's
    if len(wholes) != 1 or whole.id in carried or whole.low is None or whole.low != whole.high or whole.low <= f0.high:
        return
    ev.fatalities = whole
    ev.figures.append(whole.id)


def _add_later_deaths(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                      doc) -> None:
    """The one incident of a report with its count, and a later sentence telling that one of its hurt died since
    ("Two men were killed ... A woman who was wounded later died at a hospital"; "One of the wounded died of his
    injuries"): the count no event carries adds to the incident's toll (3), and when it is "one of the wounded" of
    a wounded count the incident carries, that count drops by as many. Only a count told as one of the hurt (a
    wounded count on the same words, or "wounded" / "injured" / "hurt" in its words or its clause before the
    death) and as a later death ("later", "died of her wounds", "succumbed", "in hospital"), within
    :data:`ORPHAN_SENTENCES` sentences after the incident's count; never "one of them" (the dead counted already),
    never a death told apart ("in a separate attack"). An ordinal victim ("a third man died") is already read as
    the whole toll (:func:`sitrep.nlp.victims._ordinal_toll`)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None or _ORDINAL.search(f0.span.text):
        return  # "A third person has died": the count already holds the later deaths
    text = doc_text(doc)
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    for f in _candidates(figures):
        if f.id in carried or f.low is None or f.span.start < f0.span.end or f.span is f0.span:
            continue
        j = bisect.bisect_right(sentence_starts, f.span.start) - 1
        if not (k < j <= k + ORPHAN_SENTENCES):
            continue
        lo = sentence_starts[j]
        hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
        sent = text[lo:hi]
        if not _LATER_DEATH.search(sent) or _NOT_LATER.search(sent) or f.low > 3:
            continue
        hurt_same = [w for w in figures if w.what in ("wounded", "injured") and w.span.start == f.span.start]
        clause_before = text[lo:f.span.end + 40]
        if not (hurt_same or _WAS_HURT.search(f.who or "") or _WAS_HURT.search(clause_before)):
            continue
        if not hurt_same and _THE_HURT.search(clause_before) and not any(
                w.what in ("wounded", "injured") and w.span.start < lo for w in figures):
            continue  # "a man died ... The injured man was taken to hospital, where he was pronounced dead": him again
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]
        if toks and _added(f, [(f, toks)], doc):
            continue  # "were also killed": add_also_tolls' and _add_orphan_also's
        high = None if f0.high is None else f0.high + (f.high if f.high is not None else f.low)
        ev.fatalities = replace(f0, low=f0.low + f.low, high=high, best=best_sum([f0, f]),
                                span=Span(f0.span.article_id, f0.span.start, f.span.end, text[f0.span.start:f.span.end]))
        ev.figures.append(f.id)
        if not hurt_same and re.match(r"\s*of\s+the\s+(?:wounded|injured)\b", text[f.span.end:f.span.end + 30], re.I):
            _fewer_hurt(ev, figures, f.low)
        return


def _later_death_of_hurt(f: Figure, text: str, sentence_starts: list[int]) -> bool:
    """``f`` counts some of the hurt who died since ("Of the five others who were wounded, two died later"): its
    sentence tells a later death and the hurt before it (or its own words do), and tells no death apart."""
    j = bisect.bisect_right(sentence_starts, f.span.start) - 1
    lo = sentence_starts[j]
    hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
    if not _LATER_DEATH.search(text, lo, hi) or _NOT_LATER.search(text, lo, hi):
        return False
    return bool(_WAS_HURT.search(f.who or "") or _WAS_HURT.search(text[lo:f.span.end + 40]))


def _add_earlier_deaths(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                        doc) -> None:
    """The one incident's count is of its hurt who died since ("Six people were shot. A man died at the scene. Of
    the five others who were wounded, two died later"), and an earlier sentence, told after the incident's first
    mention, counts a death no event carries ("A man died at the scene"): the dead at the scene and the hurt who died
    later are different people, and the toll is their sum (3), as :func:`_add_later_deaths` sums them told the other
    way round. Only the nearest such count, exact, within :data:`ORPHAN_SENTENCES` sentences before, in a sentence
    that tells no later death itself (the same death told twice) and no death apart ("in a separate attack")."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.low != f0.high or f0.background or f0.since is not None \
            or _ORDINAL.search(f0.span.text) or ev.sentence is None:
        return
    text = doc_text(doc)
    if not _later_death_of_hurt(f0, text, sentence_starts) or is_toll_update(ev) or is_toll_update_figure(f0, text):
        return  # ("One of the injured died in hospital, bringing the toll to 11": the toll told, no part of it)
    k = bisect.bisect_right(sentence_starts, f0.span.start) - 1
    before = [f for f in _candidates(figures) if f.id not in carried and f.low is not None and f.low == f.high
              and ev.sentence.start <= f.span.start and f.span.end <= sentence_starts[k]
              and k - ORPHAN_SENTENCES <= bisect.bisect_right(sentence_starts, f.span.start) - 1]
    if not before:
        return
    f = before[-1]
    j = bisect.bisect_right(sentence_starts, f.span.start) - 1
    hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
    if _LATER_DEATH.search(text, sentence_starts[j], hi) or _NOT_LATER.search(text, sentence_starts[j], hi):
        return
    ev.fatalities = replace(f0, low=f.low + f0.low, high=f.low + f0.low, best=best_sum([f, f0]),
                            span=Span(f0.span.article_id, f.span.start, f0.span.end, text[f.span.start:f0.span.end]))
    ev.figures.append(f.id)


def _fewer_hurt(ev: EventMention, figures: list[Figure], died: float) -> None:
    """The incident's wounded count, less the ``died`` of them who died since ("five wounded ... one of the wounded
    died": 4 still hurt); the figure is replaced in ``figures`` (the same id: the incident's count of the hurt)."""
    for i, w in enumerate(figures):
        if w.id in ev.figures and w.what in ("wounded", "injured") and w.low is not None and w.low > died \
                and not w.background:
            figures[i] = replace(w, low=w.low - died, high=None if w.high is None else w.high - died,
                                 best=best_sum([w], -died))
            return
