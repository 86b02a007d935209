"""Toll: the figures of an event's clause, and which of them is its fatality count.

The count is the killed-figure nearest the trigger that is not a background or "since ..." running total. When its
victims are coordinated with others of the same verb ("killed seven soldiers and one contractor", "five monks and
two cooks were murdered", "a soldier and six rebels died"), the count is the sum over the coordination, provided each
conjunct is counted (a number, or one named or singular person): a plural without a number leaves the count as read.
Appositions and "including" lists break a count down and are never added ("four farmers, three men and a boy";
"five people, including four minors"). With no count in its clause, an event takes a killed-figure of its sentence
that lies in no other event's clause ("A farmer died when a shell landed on his barn"). Lists the parser made
of appositions count their members, never a description or a breakdown ("X, his nephew and 12 others": 14; "Ana Ruiz,
a teacher,": 1). A deed told inside a reaction to it is an event of its own with its toll
(:func:`split_counted_deeds`), and a counted deed is done whatever is said of the inquiry about it
(:func:`counted_deed`).

The decisions are made in their own modules (this one keeps the clause's count: :func:`fatality_count`,
:func:`_with_subject`; every other name it exported is still importable from here):
- :mod:`sitrep.events.toll_candidates`: which killed-figures can be a toll; sums of hedged counts.
- :mod:`sitrep.events.toll_lists`: coordinated victims summed, breakdowns never added.
- :mod:`sitrep.events.toll_also`: further victims ("also killed") added to a count.
- :mod:`sitrep.events.toll_parse`: parse walks the toll modules share.
- :mod:`sitrep.events.toll_running`: a toll told as a running one ("the toll rose to 52").
- :mod:`sitrep.events.toll_incident`: the one incident of a report and how far from it its toll may be told.
- :mod:`sitrep.events.toll_orphans` / :mod:`sitrep.events.toll_orphan_wounds`: the dead / the hurt told in a sentence
  with no event of its own.
- :mod:`sitrep.events.toll_later_deaths`: later deaths, ordinal victims, partitives, the hurt who died since.
- :mod:`sitrep.events.toll_updates`: a later update of an incident's toll folded into it.
- :mod:`sitrep.events.toll_sharing`: which event of a sentence holds a count they share.
- :mod:`sitrep.events.toll_counted_deeds`: deeds told by their count inside reactions and inquiries.
- :mod:`sitrep.events.toll_doer_suicide`, :mod:`sitrep.events.toll_wound_deaths`,
  :mod:`sitrep.events.toll_found_dead`: the doer's own death, deaths of wounds, bodies found slain.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from sitrep.events.increment import added_before_whole, is_increment
from sitrep.events.toll_part import incident_part
from sitrep.events.toll_later_deaths import _ORDINAL_VICTIM
from sitrep.model import KILLED_WHAT, Figure, Span
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_also import _also_killed
from sitrep.events.toll_candidates import _candidates, _period_count, best_sum, clause_figures
from sitrep.events.toll_lists import _breakdown, _single, coordinated_total
from sitrep.events.toll_parse import _victim_of
from sitrep.events.toll_running import _TOLL_NAMED

# callers import these from here too (each is defined in the module named)
from sitrep.events.toll_also import add_also_tolls  # noqa: F401
from sitrep.events.toll_counted_deeds import counted_deed, split_counted_deeds  # noqa: F401
from sitrep.events.toll_doer_suicide import add_doer_suicide, self_killing  # noqa: F401
from sitrep.events.toll_found_dead import found_slain, riddled_found_body  # noqa: F401
from sitrep.events.toll_incident import ORPHAN_SENTENCES  # noqa: F401
from sitrep.events.toll_lists import _list_appos, _list_members  # noqa: F401
from sitrep.events.toll_orphan_wounds import attach_orphan_wounds  # noqa: F401
from sitrep.events.toll_orphans import attach_orphan_tolls  # noqa: F401
from sitrep.events.toll_running import _TOLL_RE, is_toll_update, is_toll_update_figure  # noqa: F401
from sitrep.events.toll_sharing import move_reaction_tolls, share_fuller_tolls, unshare_sentence_tolls  # noqa: F401
from sitrep.events.toll_updates import fold_toll_updates, updated  # noqa: F401
from sitrep.events.toll_wound_deaths import died_of_wounds, drop_told_wound_deaths  # noqa: F401
# read as attributes of this module (tests)
from sitrep.events.running_words import SCOPE as _PERIOD_SCOPE  # noqa: F401


def fatality_count(figs: list[Figure], trig, tok_of_fig=None, sent_idx: Optional[set[int]] = None,  # type: ignore[no-untyped-def]
                   other_clauses: Optional[set[int]] = None) -> Optional[Figure]:
    """The killed-figure nearest the trigger (see the module docstring); ``tok_of_fig`` (figure, token indices)
    lets coordinated victims be added up; ``sent_idx`` (the sentence's tokens) and ``other_clauses`` (the tokens of
    the sentence's other events) let an event with no count of its own take its sentence's."""
    text = doc_text(trig.doc)
    killed = [f for f in _candidates(figs) if not _period_count(f, text)]
    sentence = clause_figures(tok_of_fig, sent_idx) if tok_of_fig is not None and sent_idx is not None else []
    if not killed and sentence:
        killed = [f for f in _candidates(clause_figures(tok_of_fig, sent_idx - (other_clauses or set())))
                  if not _period_count(f, text)]
    if not killed:
        return None
    if len(killed) > 1:  # "four more died, bringing the toll to 21": the toll, never the deaths it adds
        # (and "A woman ... died in hospital, bringing the number of dead to four": four, never the one)
        added = [f for f in killed if is_increment(f, text) or _one_added_to_whole(f, text)]
        tolls = [f for f in killed if f not in added and _TOLL_NAMED.search(text[max(0, f.span.start - 40):f.span.start])]
        killed = tolls + [f for f in killed if f not in added and f not in tolls] if added and tolls else killed
        if added and not tolls:  # "26 civilians died in Monday's strike, after two of the wounded died": the 26 holds
            killed = _whole_over_added(killed, added, text)  # the two it adds (branch tolls41)
    if tok_of_fig is not None and len(killed) > 1:
        whole = [f for f in killed if not _breakdown(f, tok_of_fig, trig.doc)]
        killed = whole or killed
    best = min(killed, key=lambda f: abs(f.span.start - trig.idx))
    if _one_added_to_whole(best, text):  # "A woman ... died in hospital, bringing the number of dead to four": four
        best = next((f for f in _candidates(sentence) if f.span.start > best.span.start
                     and _TOLL_NAMED.search(text[max(0, f.span.start - 40):f.span.start])), best)
    best = incident_part(best, figs + sentence, text) or best  # "38 ... this week, among them the seven gunned down"
    if tok_of_fig is None:
        return best
    best = coordinated_total(best, tok_of_fig, trig.doc) or best
    return _also_killed(best, _candidates(sentence), tok_of_fig, trig.doc) or _with_subject(best, tok_of_fig, trig.doc) \
        or best


_SINCE_DIED = re.compile(r"\b(?:after|as|when)\s+$", re.I)  # "..., after two of the wounded died"


def _whole_over_added(killed: list[Figure], added: list[Figure], text: str) -> list[Figure]:
    """The counts of ``killed`` that are not deaths added and exceed every one added ("26 civilians died ..., after two
    of the wounded died": the 26 is the whole the two are part of, told before them, the added ones each after
    "after", "as" or "when"); ``killed`` itself when there is none."""
    if not all(_SINCE_DIED.search(text[max(0, f.span.start - 12):f.span.start]) for f in added):
        return killed  # "found four bodies and that two wounded had died": two counts side by side, no whole
    most = max((f.low or 0.0) for f in added)
    first = min(f.span.start for f in added)
    whole = [f for f in killed if f not in added and f.low is not None and f.low > most and f.span.start < first]
    return whole or killed


def _with_subject(f: Figure, tok_of_fig, doc) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """ "Quispe was beaten to death along with three farm hands": the three and the one the verb is about (its
    passive subject, or the subject of "died"), when that is one person the figure scanner could not count (a
    name the tagger took for a common noun); None otherwise."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks or f.low is None:
        return None
    n = _victim_of(doc, f, toks)
    if not (n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lower_ in ("along", "together")):
        return None
    verb = n.head.head.head
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if len(subj) != 1 or verb.pos_ not in ("VERB", "AUX"):
        return None
    s = subj[0]
    named = s.text[:1].isupper() and s.tag_ in ("NN", "NNP") and not any(
        c.dep_ in ("nummod", "det", "conj", "amod") for c in s.children)
    if not (named or _single(s)) or any(s.i in ts for g, ts in tok_of_fig if g.what in KILLED_WHAT):
        return None
    start = doc[s.left_edge.i].idx
    text = doc_text(doc)[start:f.span.end]
    return replace(f, low=f.low + 1, high=None if f.high is None else f.high + 1, best=best_sum([f], 1.0),
                   span=Span(f.span.article_id, start, f.span.end, text))


def _one_added_to_whole(f: Figure, text: str) -> bool:
    """A death the sentence adds to the running whole it names ("A woman ... died in hospital, bringing the number of
    dead to four"), the whole then the incident's count; never an ordinal victim ("A second man has died ..., raising
    the death toll to two"), which the later-deaths rules read, moving one of the hurt to the dead."""
    return added_before_whole(f, text) and not (f.span is not None and _ORDINAL_VICTIM.match(f.span.text))
