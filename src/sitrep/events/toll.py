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
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Optional

from sitrep.events.running_words import (CARRIED_PERIOD as _CARRIED_PERIOD, CARRIED_PERIOD_TAIL as _CARRIED_PERIOD_TAIL,
                                         CARRIED_TAIL as _CARRIED_TAIL, RUNNING as _RUNNING,
                                         RUNNING_TAIL as _RUNNING_TAIL, SCOPE as _PERIOD_SCOPE)
from sitrep.events.cues import sense_cue
from sitrep.events.increment import is_increment
from sitrep.nlp.corrected_counts import corrects_count
from sitrep.nlp.cut_speakers import cut_speaker
from sitrep.events.toll_far_update import far_updated_incident
from sitrep.events.toll_others import others_dead
from sitrep.events.toll_part import incident_part
from sitrep.events.toll_whole import told_as_whole
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure, Span
from sitrep.nlp.doctext import PARAGRAPH_BREAK, doc_sents, doc_text


# words that tell a count as a running one: "rose to", "stood at", "reached 15" (_RUNNING; _RUNNING_TAIL: the same
# words right before the count, "had risen to 15"), from data/running_counts.tsv
_TOLL_RE = re.compile(r"\btolls?\b|\bnumber (?:of|killed|dead)\b|" + _RUNNING, re.I)


def is_toll_update(m: EventMention) -> bool:
    """A mention whose count is told as a running toll ("the death toll rose to 52", "the number killed stood at 52")."""
    if m.fatalities is None:
        return False
    s = m.sentence
    lo = min(m.trigger.start if m.trigger else s.start, m.fatalities.span.start) - s.start
    hi = max(m.trigger.end if m.trigger else s.end, m.fatalities.span.end) - s.start
    # (or told in place of an earlier count: "12 were killed, the governor said, revising down the figure of 30")
    return bool(_TOLL_RE.search(s.text[max(0, lo - 40): hi])) \
        or corrects_count(s.text[max(0, m.fatalities.span.end - s.start):])


# a count named as a running toll just before it: "the death toll ... had risen to 15", "the number of dead stood at 15"
_TOLL_NAMED = re.compile(r"\btolls?\b|\bnumber of (?:the )?(?:dead|deaths|killed|victims|fatalities|people killed)\b", re.I)


def is_toll_update_figure(f: Figure, text: str) -> bool:
    """A killed count of the article ``text`` told as a running toll with no event of its own ("By evening the
    death toll had risen to 15"): the words right before the number tell it as a running count ("rose to", "stood at",
    "reached") and the toll is named before them, within 60 characters ("the toll rose to 52, including five
    children": 52, never the five), or a verb carries the toll named to it ("..., bringing the toll to 11")."""
    if f.span is None or f.what not in KILLED_WHAT:
        return False
    before = text[max(0, f.span.start - 60): f.span.start]
    if _CARRIED_TAIL.search(before):
        return True  # "..., bringing the toll to 11"
    tail = _RUNNING_TAIL.search(before)
    if tail is not None and _TOLL_NAMED.search(before[:tail.start()]):
        return True
    # the toll as the subject its sentence opens with, its deed told at length: "The toll from last week's siege of a
    # hotel in the capital has risen to 21"
    before = text[max(0, f.span.start - 160): f.span.start]
    tail = _RUNNING_TAIL.search(before)
    if tail is None:
        return False
    head = re.split(r"[.!?][\"'”’]?\s+|\n|\s[—–]\s|\s--\s", before[:tail.start()])[-1]  # (after a dateline's dash)
    return bool(_TOLL_OPENS.match(head))


# a sentence that opens with its toll: "The (death) toll from ...", "The number of dead in ..."
_TOLL_OPENS = re.compile(r"\s*the (?:death |overall |official )?(?:toll|number of (?:the )?(?:dead|deaths|people killed))"
                         r" (?:from|of|in)\b", re.I)


def best_sum(figs: list[Figure], extra: float = 0.0) -> Optional[float]:
    """The nominal count (``Figure.best``) of a sum of ``figs`` plus ``extra``: "about 12 soldiers and three civilians"
    gives 15 (the band 13..16 as bounds); None when no part is hedged (the bounds then say the count)."""
    if all(f.best is None for f in figs):
        return None
    return sum(f.best if f.best is not None else f.low if f.low is not None else f.high or 0.0 for f in figs) + extra


def clause_figures(tok_of_fig, clause: set[int]) -> list[Figure]:  # type: ignore[no-untyped-def]
    """Figures with a token inside the clause."""
    return [f for f, ts in tok_of_fig if ts and any(i in clause for i in ts)]


def _candidates(figs: list[Figure]) -> list[Figure]:
    return [f for f in figs if f.what in KILLED_WHAT and not f.background and f.since is None]


# a count over a country or a period around a figure ("350 deaths nationwide last month", "killed so far this year"):
# never one incident's toll, however near its sentence (_PERIOD_SCOPE: data/running_counts.tsv, group scope)


def _period_count(f: Figure, text: str) -> bool:
    """The figure's own stretch of text (from it to the end of its clause, at most 80 characters) tells a period or
    a whole country, or a verb carries a tally named over a period or a country to it."""
    tail = re.split(r"[.;]", text[f.span.end:f.span.end + 80], maxsplit=1)[0]
    if _PERIOD_SCOPE.search(tail):
        return True
    # or a verb carries a tally named over a period to it: "brings the number of homicides in the city this year to 87"
    carried = _CARRIED_PERIOD_TAIL.search(text[max(0, f.span.start - 160):f.span.start])
    return bool(carried and _CARRIED_PERIOD.search(carried.group("mid")))


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
        added = [f for f in killed if is_increment(f, text)]
        tolls = [f for f in killed if f not in added and _TOLL_NAMED.search(text[max(0, f.span.start - 40):f.span.start])]
        killed = tolls + [f for f in killed if f not in added and f not in tolls] if added and tolls else killed
    if tok_of_fig is not None and len(killed) > 1:
        whole = [f for f in killed if not _breakdown(f, tok_of_fig, trig.doc)]
        killed = whole or killed
    best = min(killed, key=lambda f: abs(f.span.start - trig.idx))
    best = incident_part(best, figs + sentence, text) or best  # "38 ... this week, among them the seven gunned down"
    if tok_of_fig is None:
        return best
    best = coordinated_total(best, tok_of_fig, trig.doc) or best
    return _also_killed(best, _candidates(sentence), tok_of_fig, trig.doc) or _with_subject(best, tok_of_fig, trig.doc) \
        or best


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


_ALSO = frozenset({"also", "too", "likewise"})


def _verb_above(t):  # type: ignore[no-untyped-def]
    for _ in range(6):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _added(f: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """A count told as further victims: "(X was killed and) two guards were *also* killed", "(X was killed,) *along
    with* two of her drivers", "(killed the mayor,) *as well as* two farmers"."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks:
        return False
    n = _victim_of(doc, f, toks)
    if n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lower_ in ("along", "together"):
        return True
    first = doc[n.left_edge.i]
    if first.i >= 3 and [t.lower_ for t in doc[first.i - 3:first.i]] == ["as", "well", "as"]:
        return True  # "(killed the mayor,) as well as two farmers"
    v = _verb_above(n)
    return v.pos_ in ("VERB", "AUX") and (any(c.dep_ == "advmod" and c.lower_ in _ALSO for c in v.children)
                                          or others_dead(n, v))  # "(Seven died on the spot and) two others died"


def _other_side_dead(best: Figure, f: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """Two sides' dead told in two death clauses joined by "and", each count its clause's subject, one of them the
    attackers (cue attacker_death_nouns): "Seven soldiers were killed and about 30 attackers were neutralised" (37 in
    all, as ACLED counts every death of the clash); never the same noun twice, two counts of victims (two incidents
    may be told so), nor a count told as a running toll."""
    tb = next((ts for g, ts in tok_of_fig if g is best), None)
    tf = next((ts for g, ts in tok_of_fig if g is f), None)
    if not tb or not tf or is_toll_update_figure(f, doc_text(doc)) or is_toll_update_figure(best, doc_text(doc)):
        return False
    nb, nf = _victim_of(doc, best, tb), _victim_of(doc, f, tf)
    vb, vf = nb.head, nf.head
    if nb.dep_ not in ("nsubj", "nsubjpass") or nf.dep_ not in ("nsubj", "nsubjpass") or vb.i == vf.i \
            or nb.lemma_.lower() == nf.lemma_.lower() or nb.pos_ != "NOUN" or nf.pos_ != "NOUN":
        return False
    attackers = sense_cue("attacker_death_nouns")
    if (nb.lemma_.lower() in attackers) == (nf.lemma_.lower() in attackers):
        return False  # not the attackers beside their victims: maybe two incidents ("Two police officers died when a
        # drone ... , and four soldiers were killed in an ambush near X")
    first, second = (vb, vf) if vb.i < vf.i else (vf, vb)
    return second.dep_ == "conj" and second.head.i == first.i and any(
        c.dep_ == "cc" and c.lower_ == "and" for c in first.children)


_ADDING = frozenset({"add", "say", "claim", "tell", "report"})


def _speakers_addition(f: Figure, best: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "Nine soldiers were killed ..., an official said, adding that dozens of the attackers had also died": a count
    told in a "that" clause of the speaker's verb, which ``best`` is not under, is the speaker's claim of its own
    (here of the enemy's dead), never further victims of ``best``'s count (branch figures8)."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks:
        return False
    v = _verb_above(_victim_of(doc, f, toks))
    if v.dep_ != "ccomp" or v.head.lemma_.lower() not in _ADDING or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in v.children):
        return False
    best_toks = next((ts for g, ts in tok_of_fig if g is best), None)
    return bool(best_toks) and not any(v.head.i == a.i for a in doc[best_toks[0]].ancestors)


def _also_killed(best: Figure, sentence: list[Figure], tok_of_fig, doc) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """``best`` plus the sentence's other killed-figures when one of them is told as further victims (see
    :func:`_added`); None when there is nothing to add."""
    others = [f for f in sentence if f is not best and not (f.span.start < best.span.end and best.span.start < f.span.end)
              and not _breakdown(f, tok_of_fig, doc) and not _speakers_addition(f, best, tok_of_fig, doc)]
    if not others or len(others) > 2:
        return None
    if not (_added(best, tok_of_fig, doc) or any(_added(f, tok_of_fig, doc) or _other_side_dead(best, f, tok_of_fig, doc)
                                                  for f in others)):
        return None
    whole = [f for f in (best, *others) if told_as_whole(f, doc_text(doc))]
    if whole:  # "... were also killed, bringing the number of dead to six": six, the sum told
        return whole[-1] if whole[-1] is not best else None
    group = sorted([best, *others], key=lambda f: f.span.start)
    low = sum((f.low if f.low is not None else f.high or 0.0) for f in group)
    high = None if any(f.high is None for f in group) else sum(f.high for f in group)  # type: ignore[misc]
    start, end = group[0].span.start, group[-1].span.end
    text = doc_text(doc)[start:end]
    if PARAGRAPH_BREAK.search(text):
        return None  # a count in a headline glued on is no further victim
    return replace(best, low=low, high=high, best=best_sum(group), span=Span(best.span.article_id, start, end, text))


def _number_token(doc, toks: list[int]):  # type: ignore[no-untyped-def]
    nums = [doc[i] for i in toks if doc[i].like_num or doc[i].tag_ == "CD"]
    return nums[-1] if nums else None


def _victim_of(doc, f: Figure, toks: list[int]):  # type: ignore[no-untyped-def]
    """The noun a figure counts: the head of its number ("seven *soldiers*"), the number itself when it stands alone
    ("two of her drivers"), or the root of a named-victim span ("the driver")."""
    q = _number_token(doc, toks)
    if q is None:
        span = doc[min(toks): max(toks) + 1]
        return span.root
    if q.dep_ in ("nummod", "quantmod") and q.head.pos_ in ("NOUN", "PROPN"):
        return q.head
    return q


def _breakdown(f: Figure, tok_of_fig, doc) -> bool:  # type: ignore[no-untyped-def]
    """A count that breaks another down: "(five people,) including four children", "(three civilians,) two women",
    "(X, Y, Z and W,) the first three farmers and the last a teacher" (the first or last members of a list)."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks:
        return False
    q = _number_token(doc, toks)
    if q is not None and q.i >= 2 and doc[q.i - 1].lower_ in ("first", "last") and doc[q.i - 2].lower_ == "the":
        return True
    n = _victim_of(doc, f, toks)
    if n.dep_ == "appos":
        return not _list_appos(n)
    while n.dep_ == "conj" and n.head.i < n.i:  # "including five women and *three* children": the list's later members
        n = n.head
    return n.dep_ == "pobj" and n.head.lower_ in ("including", "among")


_NOUNISH = ("NOUN", "PROPN", "NUM", "PRON")


def _list_appos(a) -> bool:  # type: ignore[no-untyped-def]
    """An apposition the parser made of a list member, not a description: one the list goes on from ("X, *his
    nephew* and 12 others", "a mayor, *a fire chief* and a banker"), or a number of others after a single
    person ("X, *five other monks* and two women"). "Ana Ruiz, a teacher," and "four farmers, three men" (whose
    list is then a breakdown: see :func:`_is_breakdown`) describe or break down the word before."""
    le = a.left_edge.i
    if a.doc[le].lower_ in ("and", "&"):  # the "and" may hang on the apposition itself
        le += 1
    if le > 1 and a.doc[le - 1].lower_ in ("and", "&") and a.doc[le - 2].text == "," and _single(a):
        return True  # "a colonel, a judge, and senator X": no description opens with "and"
    whole = [c for c in a.head.children if c.dep_ in ("nummod", "quantmod") and c.lower_ not in ("one", "1")]
    if whole:
        # "six monks -- five Italians and one Greek --": a numbered whole broken down; but "five farmers, a teacher
        # and his son": the parts (2) do not make up the whole (5), so they go on the list
        return not _breaks_down(a, whole[0])
    if a.head.pos_ == "PROPN" and a.tag_ == "NN" and not any(c.dep_ == "poss" for c in a.children):
        return False  # "Ana Ruiz, a teacher (and one of the town's best known)": who the named one is
    if any(c.dep_ == "conj" and c.pos_ in _NOUNISH for c in a.children):
        return True
    nxt = a.right_edge.i + 1
    nxt += nxt < len(a.doc) and a.doc[nxt].text == ","
    if nxt < len(a.doc) and a.doc[nxt].lower_ in ("and", "&") and a.doc[nxt].dep_ == "cc" \
            and a.doc[nxt].head.i == a.head.i and _single(a):
        return True  # "X, her brother, and nine villagers", the "and" hung on X: the list goes on from the apposition
    numbered = any(c.dep_ in ("nummod", "quantmod") for c in a.children)
    return numbered and _single(a.head)


def _value(t) -> Optional[float]:  # type: ignore[no-untyped-def]
    from sitrep.nlp.numbers import parse_quantity

    b = parse_quantity(t.text)
    return b[0] if b is not None and b[0] is not None and b[0] == b[1] else None


def _breaks_down(a, num) -> bool:  # type: ignore[no-untyped-def]
    """Whether the apposition ``a`` and the members coordinated with it could break down the whole counted by
    ``num``: True unless every part is counted (a number, or one person) and they add up to another number."""
    whole = _value(num)
    parts = [a, *[c for c in a.children if c.dep_ == "conj" and c.pos_ in _NOUNISH]]
    doc = a.doc
    aside = a.left_edge.i > 0 and doc[a.left_edge.i - 1].text in ("-", "--", "—", "–", "(")
    if whole is None or len(parts) < 2 or aside or not all(_single(p) for p in parts):
        return True  # a numbered part ("five Italians and one Greek") or an aside in dashes is a breakdown
    return float(len(parts)) == whole


def _list_members(noun) -> list:  # type: ignore[no-untyped-def]
    """The members of the list of victims ``noun`` belongs to: its coordination, with appositions that are list
    members (:func:`_list_appos`), never descriptions."""
    root = noun
    for _ in range(8):
        if root.dep_ == "conj" or (root.dep_ == "appos" and _list_appos(root)):
            root = root.head
        else:
            break
    members, stack = [], [root, *_deed_conjuncts(root), *_split_subject(root)]
    while stack and len(members) < 12:
        m = stack.pop(0)
        members.append(m)
        stack += [c for c in m.children if c.pos_ in _NOUNISH and (
            c.dep_ == "conj" or (c.dep_ == "appos" and _list_appos(c)))]
    return sorted((m for m in members if not cut_speaker(m)), key=lambda t: t.i)


def _split_subject(root) -> list:  # type: ignore[no-untyped-def]
    """ "X, her brother, and nine villagers died": the parser may make the last member a second subject of the verb,
    with the "and" on the first; that first subject is the start of the same list (the one right before, of the same
    role, whose "and" stands right before ``root``). "Rebels killed the mayor, as well as two farmers": the parser
    may make each victim an object of the verb, with "and" or "as well as" on the verb; the one of the same role
    right before or after, joined so (:func:`_joined`), is on the same list."""
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj") or root.head is root:
        return []
    out = []
    for c in root.head.children:
        if c.dep_ != root.dep_ or c.i == root.i or c.pos_ not in _NOUNISH:
            continue
        first, second = (c, root) if c.i < root.i else (root, c)
        if _joined(first, second):
            out.append(c)
    return out


def _joined(first, second) -> bool:  # type: ignore[no-untyped-def]
    """``second`` goes on from ``first``, two members of one role of one verb: right before ``second``'s phrase
    stands an "and" hung on ``first``, or an "and" hung on the verb or "as well as" right after ``first``'s phrase
    (and a comma)."""
    doc, k = second.doc, second.left_edge.i - 1
    if k < 0:
        return False
    if doc[k].lower_ in ("and", "&") and doc[k].dep_ == "cc" and doc[k].head.i == first.i:
        return True
    if doc[k].lower_ in ("and", "&") and doc[k].dep_ == "cc" and doc[k].head.i == first.head.i:
        k -= 1
    elif k >= 2 and [t.lower_ for t in doc[k - 2:k + 1]] == ["as", "well", "as"]:
        k -= 3
    else:
        return False
    return first.right_edge.i == k or (k >= 1 and doc[k].text == "," and first.right_edge.i == k - 1)


def _deed_conjuncts(root) -> list:  # type: ignore[no-untyped-def]
    """Victims the parser coordinated with the deed noun instead of its first victim: "the murders of the mayor,
    another judge and the police chief" (judge and chief hang on "murders"). A person is no deed, so a single person
    (or a numbered person noun) coordinated with a death noun whose "of" names ``root`` is one more victim; a deed
    coordinated with it ("the killing of X and the kidnapping of two aides") is not."""
    from sitrep.nlp.figures import figure_lexicon

    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head is root.head:
        return []
    deed = root.head.head
    nouns = figure_lexicon().nouns
    if deed.pos_ != "NOUN" or nouns.get(deed.lemma_.lower()) != ("killed", "event"):
        return []
    out = []
    for c in deed.children:
        if c.dep_ != "conj" or c.i < root.i or c.pos_ not in ("NOUN", "PROPN"):
            continue
        person = nouns.get(c.lemma_.lower(), ("", ""))[1] == "person"
        if _single(c) or (person and any(g.dep_ == "nummod" for g in c.children)):
            out.append(c)
    return out


def _titled_member(noun):  # type: ignore[no-untyped-def]
    """The list member a named victim stands for when the parser cut the list before the name: in "after a police
    captain, a judge, and mayoral candidate Rosa Tamayo were killed", the name is the subject and its title
    "candidate" the last conjunct of "captain, judge". The title is the word just before the name, a person noun of
    the lexicon coordinated into a list; None otherwise."""
    from sitrep.nlp.figures import figure_lexicon

    i = noun.left_edge.i - 1
    if i < 0 or noun.pos_ != "PROPN":
        return None
    t = noun.doc[i]
    if t.dep_ != "conj" or t.pos_ != "NOUN" or t.tag_ != "NN" or t.head.i >= t.i:
        return None
    if figure_lexicon().nouns.get(t.lemma_.lower(), ("", ""))[1] != "person":
        return None
    return t


def _single(t) -> bool:  # type: ignore[no-untyped-def]
    from sitrep.nlp.figures import figure_lexicon
    from sitrep.nlp.victims import _single_person

    return _single_person(t, figure_lexicon().nouns)


def coordinated_total(best: Figure, tok_of_fig, doc) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """``best`` widened to the whole coordination of victims it belongs to, or None when there is none to add."""
    toks = next((ts for f, ts in tok_of_fig if f is best), None)
    if not toks:
        return None
    noun = _victim_of(doc, best, toks)
    members = _list_members(noun)
    title = _titled_member(noun) if len(members) < 2 else None
    if title is not None:  # the list the parser cut before the named victim: the name stands for its title
        members = [noun if m.i == title.i else m for m in _list_members(title)]
    if len(members) < 2:
        return None
    span_of = {}
    for f, ts in tok_of_fig:
        if f.what in KILLED_WHAT and ts:
            for i in ts:
                span_of.setdefault(i, f)
    low = 0.0
    high: Optional[float] = 0.0
    used: list[Figure] = []
    singles = 0
    for m in members:
        f = _figure_on(m, span_of)
        if f is not None:
            if f in used:
                continue  # one named-victim figure may already cover several conjuncts ("X and her daughter")
            used.append(f)
            low += f.low if f.low is not None else (f.high or 0.0)
            high = None if high is None or f.high is None else high + f.high
        elif _single(m):
            low += 1.0
            high = None if high is None else high + 1.0
            singles += 1
        else:
            return None  # a plural with no number of its own: the coordination's total is not known
    if len(used) == 1 and used[0] is best and low == (best.low or 0):
        return None
    if _is_breakdown(members, span_of):
        return _figure_on(members[0], span_of)  # the whole, not one of its parts
    if best not in used:
        return None
    start = min(f.span.start for f in used)
    end = max(f.span.end for f in used)
    for m in members:
        start = min(start, doc[m.left_edge.i].idx)
        end = max(end, m.idx + len(m.text))
    text = doc_text(doc)[start:end]
    if PARAGRAPH_BREAK.search(text):
        return None  # "Two killed in X\n\nA man and a woman were shot": a headline glued on is no conjunct
    return replace(best, low=low, high=high, best=best_sum(used, float(singles)),
                   span=Span(best.span.article_id, start, end, text), who=text if len(text) < 120 else best.who)


def _is_breakdown(members, span_of: dict[int, Figure]) -> bool:  # type: ignore[no-untyped-def]
    """ "Four villagers, three men and a boy": the first conjunct's count is the sum of the others (an apposition
    the parser read as a coordination), so the others break it down."""
    vals = []
    for m in members:
        f = _figure_on(m, span_of)
        vals.append(f.low if f is not None and f.low is not None else 1.0 if _single(m) else None)
    return len(vals) > 2 and None not in vals and vals[0] == sum(vals[1:])  # type: ignore[arg-type]


def _figure_on(m, span_of: dict[int, Figure]) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """The killed-figure that counts the conjunct ``m``: on its number, or on the word itself."""
    if m.i in span_of:
        return span_of[m.i]
    for c in m.children:
        if c.dep_ in ("nummod", "quantmod") and c.i in span_of:
            return span_of[c.i]
    return None


ORPHAN_SENTENCES = 3  # a count this many sentences after the incident's last mention may still be its toll
ORPHAN_PAST_DAYS = 7  # a count dated this many days before the incident is another, older one


def _the_incident(events: list[EventMention]) -> tuple[Optional[EventMention], list[EventMention], bool]:
    """The one asserted violent incident a report tells (or None), its deeds, and whether it is ordinary crime; in a
    report of no deed, its one asserted accident.

    One asserted violent deed of political violence; else, in a report of ordinary crime (a domestic killing), its
    one deed, or several deeds all of one day (a local crime report: "the man fired at deputies ... One deputy was
    struck"), one incident, as for the hurt (a war's round-up of many deeds, none dated, is not one)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside]
    if violent:
        return (violent[0] if len(violent) == 1 else None), violent, False
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
               and e.outside == "crime"]
    if violent:
        return _one_day_incident(violent), violent, True
    # a report of one accident and no deed ("A bus ... rolled down an embankment ... Eleven passengers died at the
    # scene"): the accident, as the incident whose dead a later sentence counts
    accidents = [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]
    return (accidents[0] if len(accidents) == 1 else None), accidents, False


def _dead_only_statements_took(events: list[EventMention]) -> dict[str, EventMention]:
    """Deaths that a statement or an arrest alone took ("Deputies ... provided medical aid, but the man died at the
    scene"), by the count's id: no one dies of those (:data:`_NO_DEAD_TYPES`), so the count is free for the incident.
    For reports of ordinary crime only: in a war's, a statement's dead are often another side's claim ("calls made
    by the kidnappers say the official has been killed")."""
    deeds_carry = {fid for o in events if o.event_type not in _NO_DEAD_TYPES
                   for fid in (*o.figures, *([o.fatalities.id] if o.fatalities is not None else []))}
    return {e.fatalities.id: e for e in events if e.fatalities is not None and e.event_type in _NO_DEAD_TYPES
            and e.fatalities.id not in deeds_carry}


def _amend_own_toll(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                    doc) -> None:
    """The incident has a count of its own: what later sentences add to it, in this order: "also" killed
    (:func:`_add_orphan_also`), an ordinal update (:func:`_ordinal_update`), the whole of a partitive
    (:func:`_partitive_whole`), later and earlier deaths (:func:`_add_later_deaths`, :func:`_add_earlier_deaths`)."""
    _add_orphan_also(ev, figures, carried, sentence_starts, doc)
    _ordinal_update(ev, figures, carried, sentence_starts, doc)
    _partitive_whole(ev, figures, carried, sentence_starts, doc)
    _add_later_deaths(ev, figures, carried, sentence_starts, doc)
    _add_earlier_deaths(ev, figures, carried, sentence_starts, doc)


def _take_from_statement(fid: str, said: dict[str, EventMention]) -> None:
    """A count a statement of the dead alone took (:func:`_dead_only_statements_took`) that the incident now
    carries is no longer the statement's."""
    if fid in said:
        stmt = said[fid]
        stmt.fatalities = None
        stmt.figures = [x for x in stmt.figures if x != fid]


def attach_orphan_tolls(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                        doc=None) -> None:
    """A report of one incident often gives the toll in a sentence of its own, with no event word: "He died in
    hospital." When an article tells exactly one asserted violent incident (after restatements are merged; one of
    ordinary crime when it tells no other, or several deeds of ordinary crime all of one day) and it has no count, it
    takes the nearest killed-figure that no event carries, told after the incident's first mention and within :data:`ORPHAN_SENTENCES` sentences of one of its
    mentions, or in the article's first sentence when it tells no event and the incident is told within
    :data:`ORPHAN_SENTENCES` sentences of it, or in the sentence just before its first ("Deputies found X and his wife dead. Both had been shot.");
    never a background or "since" total, nor a count dated more than :data:`ORPHAN_PAST_DAYS` days before the
    incident."""
    ev, violent, crime = _the_incident(events)
    if ev is None:
        return
    carried = {fid for e in events for fid in e.figures} | {e.fatalities.id for e in events if e.fatalities is not None}
    said = _dead_only_statements_took(events) if crime else {}
    if ev.fatalities is not None:
        if doc is not None:
            _amend_own_toll(ev, figures, carried, sentence_starts, doc)
        return
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    mention_sents = [sent_no(s.start) for s in spans]
    first = min(s.start for s in spans)
    lede_no = _lede_no(doc, sentence_starts)
    cands = []
    for f in _candidates(figures):
        if f.id in said and f.span.start >= first:
            carried = carried - {f.id}
        before = f.span.start < first
        lede = before and sent_no(f.span.start) == lede_no and sent_no(first) - lede_no <= ORPHAN_SENTENCES and not any(
            e.sentence.start <= f.span.start < e.sentence.end for e in events)
        if f.id in carried or before and sent_no(f.span.start) != sent_no(first) - 1 and not lede:
            continue  # (the sentence just before may find the dead the incident's first mention tells how:
            # "Deputies found X and his wife dead. Both had been shot."; so may a lede with no event of its own:
            # "Four members of a family were found dead in a murder-suicide. [...] Investigators believe X shot ...")
        if f.as_of is not None and ev.date_start is not None and (ev.date_start - f.as_of).days > ORPHAN_PAST_DAYS:
            continue  # "Last year, 20 people were killed in a similar attack": an older count, not this toll
        if doc is not None and _period_count(f, doc_text(doc)):
            continue  # "the violence that has left more than 300 dead nationwide this month"
        gap = min(abs(sent_no(f.span.start) - k) for k in mention_sents)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, before, f.span.start, f))
    if cands:
        ev.fatalities = min(cands, key=lambda c: (c[0], c[1], c[2]))[3]
        ev.figures.append(ev.fatalities.id)
        _take_from_statement(ev.fatalities.id, said)


def _lede_no(doc, sentence_starts: list[int]) -> int:  # type: ignore[no-untyped-def]
    """The index of the report's first sentence: the first one with a verb, so that a dateline the parser left as a
    sentence of its own ("URUAPAN, Mexico, May 6 —") is not taken for the lede."""
    if doc is None:
        return 0
    for k, start in enumerate(sentence_starts[:3]):
        end = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(doc_text(doc))
        sp = doc.char_span(start, end, alignment_mode="expand")
        if sp is None or any(t.pos_ in ("VERB", "AUX") for t in sp):
            return k
    return 0


_REFLEXIVE = frozenset({"himself", "herself"})


def self_killing(t) -> bool:  # type: ignore[no-untyped-def]
    """"turned the gun on himself", "killed himself", "took his own life": the doer's own death."""
    lem = t.lemma_.lower()
    kids = list(t.children)
    if lem == "turn" and any(c.dep_ == "dobj" and c.lemma_.lower() in sense_cue("self_harm_weapons") for c in kids):
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in _REFLEXIVE for g in c.children)
                   for c in kids)
    if lem in ("kill", "shoot", "stab"):
        return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in kids)
    if lem == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "life" and any(g.lower_ == "own" for g in c.children)
                   for c in kids)
    return False


def add_doer_suicide(events: list[EventMention], doc, figures: list[Figure]) -> None:  # type: ignore[no-untyped-def]
    """A murder-suicide told in one clause ("A man shot and killed his wife before turning the gun on himself"):
    the count of the deed's victims (1) leaves out the doer, who died too; the event's toll is the victims and
    the doer (2). Only when the count is the deed's own, told in its sentence without the doer (not "both were
    dead", not a count given in another sentence), and the doer's death hangs on the deed's verb."""
    for e in events:
        f = e.fatalities
        if e.event_type not in VIOLENT_EVENT_TYPES or e.modality != "asserted" or f is None or e.trigger is None \
                or f.low is None or f.low != f.high or f.background:
            continue
        if not e.sentence.start <= f.span.start < e.sentence.end:
            continue
        trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if trig is None or not len(trig):
            continue
        t0 = trig.root
        if any(x.lower_ in _REFLEXIVE for x in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or ()):
            continue
        if any(self_killing(x) for x in t0.subtree if x is not t0 and x.i != t0.i):
            g = replace(f, id=f"{f.id}+doer", low=f.low + 1, high=f.high + 1, best=None)
            figures.append(g)
            e.fatalities = g
            e.figures.append(g.id)


def attach_orphan_wounds(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                         doc=None) -> None:
    """The hurt of a report of one incident told in a sentence with no event of its own ("Four others were wounded,
    one critically.", "A boy who was also shot remains in stable condition."): as :func:`attach_orphan_tolls` does
    for the dead, the one asserted violent incident (one of ordinary crime when it tells no other; of several deeds
    all of one day, the one with most dead: :func:`_one_day_incident`) that carries no count of wounded takes the nearest wounded-figure no event carries, told from the incident's first mention
    on and within :data:`ORPHAN_SENTENCES` sentences of one of its mentions; never a background or "since" count,
    nor one over a period. The incident's own count of dead is one of its mentions (from where it is told on), and so
    is a later sentence that tells those dead again (:func:`_dead_retold`: "The man ... was rushed to hospital, where
    he was later pronounced deceased. A 31-year-old woman was treated for a gunshot wound"). A fire or a crash that
    kills takes the hurt of its own sentence the same way."""
    # (a mob's beating or lynching is violence too: ACLED's "Mob violence", a riot)
    asserted = [e for e in events if (e.event_type in VIOLENT_EVENT_TYPES or e.sub_event_type == "Mob violence")
                and e.modality == "asserted"]
    # (a count of hurt that only a statement or a step carries -- "Three other passengers were injured and airlifted
    # to Nairobi" read as a Political event, "Four residents were pulled out injured" as a strategic development --
    # is no other incident's: still the incident's to take)
    carried = {fid for e in events if e.event_type not in _NO_DEAD_TYPES for fid in e.figures}
    # a fire or a crash that kills tells its hurt in its sentence the same way ("Two young children have died and
    # their mother is in hospital after a fire tore through a home")
    harm = asserted + [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    _wounded_of_own_sentence(figures, harm, carried, sent_no)
    accidents = [e for e in harm if e.outside == "man_made_disaster"]
    violent = [e for e in asserted if not e.outside] or [e for e in asserted if e.outside == "crime"] or [
        e for e in accidents if e.fatalities is not None or len(accidents) == 1]  # a crash that kills, or the
    # report's one accident: its hurt told in a later sentence ("Two passengers died at the scene. The driver ...
    # with serious injuries"; "A fire swept through the market ... Three traders were treated for burns")
    ev = _one_day_incident(violent)
    if ev is None:
        return
    by_id = {f.id: f for f in figures}
    if any(by_id[fid].what == "wounded" for e in violent for fid in e.figures if fid in by_id):
        return
    first, mention_sents = _incident_sentences(violent, figures, carried, sent_no)
    f = _nearest_orphan_wounded(figures, carried, first, mention_sents, sent_no, doc)
    if f is not None:
        ev.figures.append(f.id)


def _wounded_of_own_sentence(figures: list[Figure], harm: list[EventMention], carried: set[str],
                             sent_no: Callable[[int], int]) -> None:
    """First, a count of wounded no event carries, in the sentence of one asserted act of violence (or deadly fire
    or crash), is its; so is one in a sentence that tells one incident again ("seven others injured in the
    attack"). Adds what it gives to ``carried``."""
    for f in figures:
        if f.what == "wounded" and not f.background and f.id not in carried:
            own = [e for e in harm if e.sentence.start <= f.span.start < e.sentence.end]
            if not own:
                own = [e for e in harm if any(sent_no(x.start) == sent_no(f.span.start) for x in e.evidence)]
            if len(own) == 1:
                own[0].figures.append(f.id)
                carried.add(f.id)


def _incident_sentences(violent: list[EventMention], figures: list[Figure], carried: set[str],
                        sent_no: Callable[[int], int]) -> tuple[int, list[int]]:
    """The sentence the incident is first told in and the sentences that mention it: those of its deeds' mentions,
    of its own count of dead ("One of the men died at the scene. The other ... suffered a broken leg": the hurt told
    next to the dead), of a later sentence that tells those dead again (:func:`_dead_retold`) and of one that tells
    them before (:func:`_dead_told_first`: "Two people were found dead and a third was taken to hospital ... Inside
    they found X and Y dead")."""
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)
    mention_sents = [sent_no(s.start) for s in spans]
    first = sent_no(min(s.start for s in spans))
    own_dead = [e.fatalities for e in violent if e.fatalities is not None and not e.fatalities.background]
    if own_dead:
        first = min(first, *(sent_no(f.span.start) for f in own_dead))
    mention_sents += [sent_no(f.span.start) for f in own_dead]
    mention_sents += [sent_no(f.span.start) for f in _dead_retold(figures, carried, own_dead)
                      if sent_no(f.span.start) >= first]
    told_first = [sent_no(f.span.start) for f in _dead_told_first(figures, carried, own_dead)]
    if told_first:
        first = min(first, *told_first)
        mention_sents += told_first
    return first, mention_sents


def _nearest_orphan_wounded(figures: list[Figure], carried: set[str], first: int, mention_sents: list[int],  # type: ignore[no-untyped-def]
                            sent_no: Callable[[int], int], doc=None) -> Optional[Figure]:
    """The wounded-figure no event carries nearest (in sentences, then first in the text) to one of the incident's
    mentions, told from its first sentence on and within :data:`ORPHAN_SENTENCES` of a mention; never a
    background or "since" count, nor one over a period (:func:`_period_count`)."""
    cands = []
    for f in figures:
        if f.what != "wounded" or f.background or f.since is not None or f.id in carried:
            continue
        k = sent_no(f.span.start)
        if k < first or (doc is not None and _period_count(f, doc_text(doc))):
            continue
        gap = min(abs(k - m) for m in mention_sents)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, f.span.start, f))
    return min(cands, key=lambda c: (c[0], c[1]))[2] if cands else None


def _dead_retold(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told again in a sentence with no event of its own ("The man ... was rushed to hospital,
    where he was later pronounced deceased.", "The bodies of the 38-year-old woman and the boy were found inside."):
    counts of the dead that no event carries, told after the incident's own count and no larger than it."""
    if not own_dead:
        return []
    top = max((f.low for f in own_dead if f.low is not None), default=None)
    start = min(f.span.start for f in own_dead)
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start > start and f.low is not None and top is not None and f.low <= top]


def _dead_told_first(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told before its own count, in a sentence with no event of its own (a lede the deed's
    sentence tells again: "Two people were found dead and a third was taken to hospital after police were called ...
    Inside they found a man, 44, and a woman, 39, dead."): exact counts of the dead no event carries, told before the
    incident's own count and of the same value."""
    if len(own_dead) != 1 or own_dead[0].low is None or own_dead[0].low != own_dead[0].high:
        return []
    d = own_dead[0]
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start < d.span.start and f.low == d.low and f.high == d.low]


def _one_day_incident(violent: list[EventMention]) -> Optional[EventMention]:
    """The incident a report's asserted violent events tell: the only one; or, when all of them are of one day ("armed
    bandits abducted 40 ... went from house to house shooting residents", all on Friday), the deed that carries the
    largest count of dead (the first of those), as one incident told in several deeds. None otherwise (no event,
    or events of different or unknown days: which incident the hurt belong to is not said)."""
    if len(violent) == 1:
        return violent[0]
    days = {e.date_start for e in violent}
    if not violent or (len(days) != 1 or None in days) and not _one_kind_undated(violent):
        return None
    return max(violent, key=lambda e: (e.fatalities.low if e.fatalities is not None and e.fatalities.low is not None
                                       else -1.0, -e.sentence.start))


ONE_KIND_DAYS = 2  # deeds of one kind told this many days apart at most may be one incident's words


def _one_kind_undated(violent: list[EventMention]) -> bool:
    """The deeds are all of one kind (sub-type and domain) and dated within :data:`ONE_KIND_DAYS` of each other or
    not at all: one incident told by several words ("a gas explosion at a grocery store ... The blast on Saturday
    afternoon killed three", "a roadside bomb hit a passenger bus ... militants who had planted the device
    overnight")."""
    known = sorted(e.date_start for e in violent if e.date_start is not None)
    return (not known or (known[-1] - known[0]).days <= ONE_KIND_DAYS) and len(
        {(e.sub_event_type, e.outside) for e in violent}) == 1


def _named_before(f: Figure, toks: list[int], doc, start: int) -> bool:  # type: ignore[no-untyped-def]
    """The victims of a count told as further victims were named before ``start`` ("the killing of a policeman and
    his son" ... "the gunmen also killed the agent's son"): they may already be counted."""
    n = _victim_of(doc, f, toks)
    if n.like_num or n.tag_ == "CD":  # "two of his guards": the noun after "of"
        n = next((g for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"), n)
    if n.like_num or n.pos_ == "PRON":
        return False
    word = n.lemma_.lower()
    return any(t.lemma_.lower() == word for t in doc if t.idx < start)


def _add_orphan_also(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                     doc) -> None:
    """The one incident of a report with its count, and the next sentence's count of further victims that no event
    carries ("Two of his guards were also killed."): the incident's toll is their sum (:func:`add_also_tolls` for
    a count an event carries)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None:
        return
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    lo = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else None
    hi = sentence_starts[k + 2] if k + 2 < len(sentence_starts) else len(doc_text(doc))
    if lo is None:
        return
    text = doc_text(doc)
    for f in _candidates(figures):
        if f.id in carried or not (lo <= f.span.start < hi) or f.low is None:
            continue
        if set(text[lo:hi].lower().split()) & _APART:
            return
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]
        if toks and _added(f, [(f, toks)], doc) and not _named_before(f, toks, doc, lo):
            high = None if f0.high is None or f.high is None else f0.high + f.high
            ev.fatalities = replace(f0, low=f0.low + f.low, high=high, best=best_sum([f0, f]),
                                    span=Span(f0.span.article_id, f0.span.start, f.span.end, text[f0.span.start:f.span.end]))
            ev.figures.append(f.id)
            return


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


_WOUND_NOUNS = frozenset({"wound", "injury", "hole", "mark"})
_DEAD_DEPS = frozenset({"oprd", "acomp", "xcomp", "advcl", "advmod", "ccomp"})


def died_of_wounds(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The wound of "X died of gunshot wounds", "has died from stab wounds", "succumbed to bullet wounds": a death by
    the wounds of a weapon (``weapons``) is a killing, its attacker untold. None for a death of anything else ("died
    of a heart attack", "died from his injuries": what injured him is not said) and for any other verb."""
    if tok.lemma_.lower() not in ("die", "succumb") or tok.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "to"):
            for w in c.children:
                if w.dep_ == "pobj" and w.lemma_.lower() in _WOUND_NOUNS and any(
                        m.dep_ in ("compound", "amod", "nmod") and m.lemma_.lower() in weapons for m in w.children):
                    return w
    return None


def drop_told_wound_deaths(events: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """A death of a weapon's wounds (:func:`died_of_wounds`) is an event of its own only in a report that tells no
    other violent deed: "X was shot on Saturday. He died of gunshot wounds on Sunday." is the shooting, whose toll
    the death sentence gives (:func:`attach_orphan_tolls`), not a second incident dated a day later. The same for
    wounds suffered ("two guards sustained gunshot wounds", events/suffered_wounds)."""
    from sitrep.events.ontology import load_ontology
    from sitrep.events.suffered_wounds import suffered_wounds

    weapons = load_ontology().cue("wound_weapons")
    wound = []
    for e in events:
        if e.trigger is not None and e.trigger.text.lower().startswith(("die", "succumb", "suffer", "sustain", "receiv")):
            sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if sp is not None and len(sp) and (died_of_wounds(sp.root, weapons) is not None
                                               or suffered_wounds(sp.root, weapons) is not None):
                wound.append(e)
    if not wound:
        return events
    others = [e for e in events if e not in wound and e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    return [e for e in events if e not in wound] if others else events


_REMAINS_NOUNS = frozenset({"body", "corpse", "remains", "cadaver"})


def _found_remains(tok):  # type: ignore[no-untyped-def]
    """The body found by ``tok`` ("the bodies of three men were found", "police found two corpses"): the passive
    subject or object of "find" that is a word for a dead body; None otherwise."""
    return next((c for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj")
                 and c.lemma_.lower() in _REMAINS_NOUNS), None)


def found_slain(tok, weapons: frozenset[str]):  # type: ignore[no-untyped-def]
    """The "dead" of "X was found dead with gunshot wounds", "police found him dead, with stab wounds", "was found
    with knife wounds, dead", or the body of "the bodies of two men were found, riddled with bullets",
    "police found two bullet-riddled corpses": a body found with the wounds of a weapon (``weapons``, the ontology's
    ``wound_weapons``) is a killing, its attacker untold. None for "found dead" or "bodies were found" alone (a
    death, not said to be violent) and for any other verb; "found shot dead" is the shooting's own trigger."""
    if tok.lemma_.lower() != "find" or tok.pos_ not in ("VERB", "AUX"):
        return None
    from sitrep.nlp.victims import found_dead_with

    dead = next((c for c in tok.children if c.dep_ in _DEAD_DEPS and c.lower_ == "dead"), None) or found_dead_with(tok)
    if dead is None:
        dead = _found_remains(tok)
        if dead is None:
            return None
    elif not any(c.dep_ in ("nsubjpass", "dobj", "obj") for c in tok.children) and not any(
            c.dep_ == "nsubj" for c in dead.children):
        return None  # "found dead" with nobody found ("found X dead" may hang X on "dead")
    if dead.lower_ == "dead" and found_in_killing(tok):
        return dead  # "were found dead in what police believe was a murder-suicide"
    for t in tok.subtree:
        if t.lemma_.lower() not in weapons:
            continue
        if t.dep_ in ("compound", "amod", "nmod") and t.head.lemma_.lower() in _WOUND_NOUNS:
            return dead  # "gunshot wounds", "bullet holes", "stab wounds"
        if t.dep_ == "pobj" and t.head.lower_ in ("with", "by") and t.tag_ in ("NNS", "NNPS") \
                and (t.head.lower_ == "with" or t.head.head.lemma_.lower() in _RIDDLE):
            return dead  # "riddled with bullets", "riddled by bullets"
        if t.head.lemma_.lower() in _RIDDLE or t.head.lower_ in _RIDDLE:
            return dead  # "bullet-riddled bodies"
    return None


_RIDDLE = frozenset({"riddle", "riddled", "pierce", "pierced"})
_NEGATORS = frozenset({"not", "n't", "no", "never"})


def found_in_killing(tok) -> bool:  # type: ignore[no-untyped-def]
    """The finding ``tok`` ("found dead") is told inside a killing by an "in" phrase of its words: "found dead in an
    apparent murder-suicide", "were found dead at a house in what police believe was a double homicide", "in what
    police are treating as a murder" (the phrase's own noun, or the noun its "what" clause names, of event sense cue
    ``found_killing_nouns``, or "suicide" compounded with "murder"), never negated ("in what police say was not a
    homicide"), never inside the people found: the finding tells a killing, its doer untold."""
    found = {t.i for c in tok.children if c.dep_ in ("nsubjpass", "dobj", "obj") for t in c.subtree}
    for prep in tok.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i in found:
            continue
        if any(w.lower_ in _NEGATORS for w in prep.subtree):
            continue
        if any(_killing_noun(n) for n in _in_phrase_nouns(prep)):
            return True
    return False


def _in_phrase_nouns(prep) -> list:  # type: ignore[no-untyped-def]
    """The nouns an "in" phrase names its setting by: its object ("in an apparent murder-suicide"), or what its
    "what" clause calls it ("in what police believe was X", "in what police are calling X", "... treating as X")."""
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.append(c)
        elif c.dep_ == "pcomp":
            out += [g for g in c.children if g.dep_ in ("attr", "oprd", "dobj")]
            out += [p for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children
                    if p.dep_ == "pobj"]
    return out


def _killing_noun(n) -> bool:  # type: ignore[no-untyped-def]
    lem = n.lemma_.lower()
    return n.pos_ == "NOUN" and (lem in sense_cue("found_killing_nouns") or (lem == "suicide" and any(
        c.dep_ == "compound" and c.lemma_.lower() == "murder" for c in n.children)))


def riddled_found_body(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is the "riddled" of a body that a "find" finds ("the bullet-riddled bodies of two men were
    found"): the wounds of the killing :func:`found_slain` reads off the finding, no deed of their own."""
    body = tok.head
    return (tok.lower_ in _RIDDLE or tok.lemma_.lower() in _RIDDLE) and body is not tok \
        and body.lemma_.lower() in _REMAINS_NOUNS and body.head.lemma_.lower() == "find"


def split_counted_deeds(groups: list, onto, killed_toks: frozenset[int]) -> list:  # type: ignore[no-untyped-def]
    """A deed told by a noun inside a reaction to it ("condemned the assassination of two judges", "blamed the
    killing of two aid workers on X", "marched to protest the killing of ten workers"): when a group whose event is
    not violent holds a violent noun trigger whose own words count its dead (a killed-figure in the noun's
    subtree), the noun becomes a group of its own, so that the count is the deed's toll, not the reaction's (never
    a deed only tried: "foiled the attempted murder of two judges")."""
    from sitrep.events.triggers import Group
    from sitrep.nlp.victims import tried_deed

    out = []
    for g in groups:
        out.append(g)
        if len(g.triggers) < 2 or g.primary(onto).tdef.event_type in VIOLENT_EVENT_TYPES:
            continue
        for t in list(g.triggers):
            if t.tok.pos_ != "NOUN" or t.tdef.event_type not in VIOLENT_EVENT_TYPES or t.tok.i == g.head.i \
                    or tried_deed(t.tok):
                continue
            if t in g.triggers and any(i in killed_toks for i in range(t.tok.left_edge.i, t.tok.right_edge.i + 1)):
                # with the deed go the words inside its phrase that tell it ("the attack that killed 12": "killed")
                inner = [u for u in g.triggers if u is not t and u.tok.i != g.head.i
                         and t.tok.left_edge.i <= u.tok.i <= t.tok.right_edge.i]
                for u in [t, *inner]:
                    g.triggers.remove(u)
                scene = next((o for o in out if o is not g and o.head.i != t.tok.i and _setting_of(t.tok, o.head)), None)
                if scene is not None:  # "denounced the murder of X during a raid in which two guards were also
                    scene.triggers.extend([t, *inner])  # killed": the raid is the murder's setting, one incident
                else:
                    out.append(Group(t.tok, [t, *inner]))
        if not g.triggers:  # every trigger lay inside the deed's phrase ("4 MURDERS, 9 CASES OF TORTURE ..." parsed
            out.remove(g)  # as one phrase): the deed's group holds them all, no empty group is left behind
    return out


_SETTING_PREPS = frozenset({"during", "in"})  # "amid" was listed but never read (a later name shadowed it)


def _setting_of(deed, other) -> bool:  # type: ignore[no-untyped-def]
    """``deed`` is told as the scene of ``other`` in one reaction: "(denounced) the murder of X during a raid", both
    hanging on the reaction's verb."""
    return deed.dep_ == "pobj" and deed.head.lower_ in _SETTING_PREPS and deed.head.head.i == other.head.i \
        and other.dep_ == "dobj"


def counted_deed(trig, figs: list[Figure]) -> bool:  # type: ignore[no-untyped-def]
    """A definite deed noun whose own words count its dead ("will investigate the killing of three hikers", "denied any
    part in the killing of the mayor", "promised to clarify the attack that killed ten workers"): the sentence takes
    the deed as done, whatever it says of the inquiry, the denial or the promise about it. Never a deed only tried or
    plotted ("the attempted murder of two officers", "a plot for the killing of X") nor an indefinite one ("warned
    of a massacre of thousands"). A deed verb asked about under a verb of finding out ("to determine who murdered
    X") whose own words count its dead is done too (:func:`_asked_deed`)."""
    from sitrep.events.reference import definite
    from sitrep.nlp.victims import tried_deed

    if trig.pos_ == "VERB" and _asked_deed(trig):
        lo, hi = trig.left_edge.idx, trig.right_edge.idx + len(trig.right_edge.text)
        return any(f.what in KILLED_WHAT and lo <= f.span.start and f.span.end <= hi for f in figs)
    if trig.pos_ != "NOUN" or not definite(trig) or tried_deed(trig):
        return False
    lo, hi = trig.left_edge.idx, trig.right_edge.idx + len(trig.right_edge.text)
    return any(f.what in KILLED_WHAT and lo <= f.span.start and f.span.end <= hi for f in figs)


_WH_WORDS = frozenset({"who", "whom", "why", "how", "when", "where"})


def _asked_deed(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "ordered an inquiry to determine who murdered X", "will investigate why the two guards were killed": a deed
    verb asked about by a wh-word under a verb of finding out (the ontology's ``inquiry_verbs``) is taken as done;
    "whether" asks if it happened at all, so it is not."""
    from sitrep.events.ontology import load_ontology

    if verb.dep_ not in ("ccomp", "xcomp", "advcl") or verb.head.lemma_.lower() not in load_ontology().cue("inquiry_verbs"):
        return False
    return any(c.lower_ in _WH_WORDS and c.dep_ in ("nsubj", "nsubjpass", "advmod", "dobj") for c in verb.children)


REACTION_TYPES = frozenset({"Political", "Protests", "Strategic developments"})  # never a crash or a riot's own dead


_NO_DEAD_TYPES = frozenset({"Strategic developments", "Political"})  # arrests, statements: no one dies of them


def unshare_sentence_tolls(events: list[EventMention], doc=None) -> None:  # type: ignore[no-untyped-def]
    """A killed-figure outside every event's clause goes to an event of its sentence that has none of its own
    (:func:`fatality_count`); when two events of one sentence took the same such figure ("two pilots died when their
    helicopter crashed, hours after rebels shelled the airbase"), the sentence does not say whose dead they are:
    neither keeps it (blank beats a toll counted on the wrong incident, or on two) -- unless exactly one of them is
    told as where the dead died (:func:`_death_setting`: "three residents died and nine more were hurt in the clash,
    which erupted as a church group was marching": the clash's)."""
    taken: dict[tuple[int, int, str], list[EventMention]] = {}
    for e in events:
        if e.fatalities is not None and e.fatalities.id not in e.figures:
            taken.setdefault((e.sentence.start, e.sentence.end, e.fatalities.id), []).append(e)
    for evs in taken.values():
        if len(evs) > 1:
            harm = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
            if len(harm) == 1 and all(e is harm[0] or e.event_type in _NO_DEAD_TYPES for e in evs):
                # "A man died after he was stabbed ..., and police have arrested a suspect": the deed's dead, never
                # the arrest's (nor a statement's) that the sentence also tells (an accident may have its own dead)
                for e in evs:
                    if e is not harm[0]:
                        e.figures.append(e.fatalities.id)
                        e.fatalities = None
                continue
            setting = [e for e in evs if doc is not None and _death_setting(e, doc)]
            for e in evs:  # the figure stays among each one's figures: told beside them, no orphan to hand out
                if len(setting) == 1 and e is setting[0]:
                    continue
                e.figures.append(e.fatalities.id)
                e.fatalities = None


_DEATH_SETTING_PREPS = frozenset({"in", "during"})


def _death_setting(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The event's trigger is a noun set as where or when its count's dead died: the object of "in" / "during" on
    the verb that counts them or on a verb coordinated with it ("three died and nine were hurt *in the clash*")."""
    f = e.fatalities
    if f is None or e.trigger is None:
        return False
    trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    figt = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    if trig is None or figt is None or not len(trig) or not len(figt):
        return False
    t = trig.root
    if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN" and t.i > t.head.i:
        t = t.head  # "died ... in a fire that broke out in a block of flats": the verb told of the setting's noun
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in _DEATH_SETTING_PREPS:
        return False
    victim = _victim_of(doc, f, [x.i for x in figt])
    if any(c.dep_ == "acl" and c.i == t.head.head.i for c in victim.children):
        return True  # "the names of 57 people killed in Saturday's bombing": the participle on the dead sets them there
    v = _verb_above(victim)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    verbs = {v.i, *(c.i for c in v.children if c.dep_ == "conj")}
    if v.dep_ == "conj":
        verbs.add(v.head.i)
    if any(c.dep_ == "cc" for c in v.children) and v.dep_ != "ROOT":
        # "Two people died and eight were injured in a fire ..., officials said": the verbs the parser hung side by
        # side on the speech verb, joined by the first one's "and"
        verbs |= {x.i for x in v.head.children if x.dep_ == v.dep_ and x.i > v.i and x.pos_ in ("VERB", "AUX")}
    return t.head.head.i in verbs


def move_reaction_tolls(events: list[EventMention]) -> None:
    """A count a reaction took ("joined the silent march for the nine miners killed in the bomb attack", "condemned
    the deaths of two clerks in the raid") belongs to the violent deed its sentence tells: when a sentence has exactly
    one asserted violent event, with no count, the count of an asserted reaction (:data:`REACTION_TYPES`) of that
    sentence moves to it."""
    by_sent: dict[tuple[int, int], list[EventMention]] = {}
    for e in events:
        by_sent.setdefault((e.sentence.start, e.sentence.end), []).append(e)
    for evs in by_sent.values():
        deeds = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside]
        if len(deeds) != 1 or deeds[0].fatalities is not None:
            continue
        for e in evs:
            if e.event_type in REACTION_TYPES and e.modality == "asserted" and e.fatalities is not None \
                    and e.fatalities.what in KILLED_WHAT:
                deeds[0].fatalities, e.fatalities = e.fatalities, None
                if deeds[0].fatalities.id not in deeds[0].figures:
                    deeds[0].figures.append(deeds[0].fatalities.id)
                break


def _surname(f: Figure) -> Optional[str]:
    """The last capitalised word of a count of one named victim ("the murder of judge Ana Ruiz": "Ruiz"), else None."""
    if f.low != 1 or f.high != 1 or not f.who or f.who != f.span.text:
        return None
    words = [w for w in f.who.replace(",", " ").split() if len(w) > 2 and w[0].isupper() and w[1:].islower()]
    return words[-1] if words else None


def share_fuller_tolls(events: list[EventMention]) -> None:
    """A named victim's death told again with further victims ("the assassination of Ana Ruiz" ... "Ruiz was killed
    along with two of her guards"): the mention that counts only the named one takes the fuller count that names
    her too, so that the incident's toll is 3 whichever mention the restatements fold into."""
    deeds = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside
             and e.fatalities is not None]
    for e in deeds:
        name = _surname(e.fatalities)  # type: ignore[arg-type]
        if name is None:
            continue
        fuller = [o.fatalities for o in deeds if o is not e and o.fatalities is not None
                  and (o.fatalities.low or 0) > 1 and o.fatalities.high is not None and name in o.fatalities.span.text
                  and not o.fatalities.background and o.fatalities.since is None]
        if len(fuller) == 1:
            e.fatalities = fuller[0]
            if fuller[0].id not in e.figures:
                e.figures.append(fuller[0].id)


_APART = frozenset({"separate", "another", "other", "elsewhere", "earlier", "later", "meanwhile"})


def add_also_tolls(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """ "Judge Ana Ruiz was murdered this morning. Two of her guards were also killed.": a count told as further
    victims ("also", "along with", "as well as": :func:`_added`) by a bare death verb ("killed", "died") just after
    another asserted violent mention's count adds to it; both mentions carry the sum, so that restatements folded
    either way keep it and the story total counts it once. Never when the sentence tells its dead apart ("in a
    separate attack", "another", "elsewhere", "earlier") or the count is a running total."""
    from sitrep.nlp.figures import figure_lexicon

    deeds = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside
             and e.fatalities is not None and not e.fatalities.background and e.fatalities.since is None]
    verbs = figure_lexicon().verbs
    text = doc_text(doc)
    sents = doc_sents(doc) if deeds else []
    for b in deeds:
        f = b.fatalities
        if not (b.sentence.start <= f.span.start < b.sentence.end) or (f.low is None):  # type: ignore[union-attr]
            continue
        words = {w.lower() for w in text[b.sentence.start:b.sentence.end].split()}
        if words & _APART:
            continue
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]  # type: ignore[union-attr]
        if not toks or not _added(f, [(f, toks)], doc):  # type: ignore[arg-type]
            continue
        verb = _verb_above(_victim_of(doc, f, toks))  # type: ignore[arg-type]
        if verbs.get(verb.lemma_.lower(), ("",))[0] != "killed" or verb.pos_ != "VERB":
            continue  # a bare death verb ("were also killed"), not "also bombed a bridge"
        prev = [sp for sp in sents if sp.end_char <= b.sentence.start]
        if not prev or _named_before(f, toks, doc, b.sentence.start):
            continue
        lo = prev[-2 if len(prev) > 1 else -1].start_char  # the two sentences before
        before = [a for a in deeds if a is not b and a.fatalities is not None and a.fatalities is not f
                  and lo <= a.fatalities.span.start and a.fatalities.span.end <= b.sentence.start
                  and a.fatalities.low is not None]
        if not before:
            continue
        a = max(before, key=lambda e: e.fatalities.span.end)  # type: ignore[union-attr]
        g = a.fatalities
        assert g is not None and f is not None
        low = (g.low or 0.0) + (f.low or 0.0)
        high = None if g.high is None or f.high is None else g.high + f.high
        total = replace(g, low=low, high=high, best=best_sum([g, f]), span=Span(g.span.article_id, g.span.start, f.span.end,
                                                        text[g.span.start:f.span.end]))
        for e in (a, b):
            e.fatalities = total


# a sentence that updates a toll: "the death toll had risen to nine", "the ministry raised the toll to 23", "the
# number of dead climbed to 30"
_TOLL_UPDATE = re.compile(r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\b[^.;]{0,30}?"
                          r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|grew)\b\s+(?:to\s+)?|"
                          r"\b(?:raised|raising|raises|revised|updated|put|bringing|brought|brings|taking|took|takes|pushing|pushed)"
                          r"\s+(?:the|its)\s+(?:total\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\s+(?P<dir>up\s+|down\s+)?to\b|"
                          # "a health official later put the death toll at 19"; "hospital staff later said 14 people had
                          # died" (a later word of the dead: the count right after it)
                          r"\b(?:put|puts|putting)\s+(?:the|its)\s+(?:death\s+)?toll\s+at\b|"
                          r"\blater\b[^.;\"]{0,50}?\b(?:said|says|reported|confirmed)\s+(?:that\s+)?(?=(?:at\s+least\s+)?\d)",
                          re.I)
# the hurt counted with the update ("with 41 wounded"): no deed of its own
_HURT_WORDS = frozenset({"wounded", "injured", "hurt", "dead", "killed"})


_UPDATED_TYPES = VIOLENT_EVENT_TYPES | frozenset({"Protests", "Riots"})
_UPDATED_OUTSIDE = frozenset({"man_made_disaster"})  # a crash's, a fire's, a collapse's toll is updated as any incident's


def updated(e: EventMention) -> bool:
    """An asserted incident whose count a later update may replace: a violent deed, a protest or riot, an accident."""
    return (e.event_type in _UPDATED_TYPES or e.outside in _UPDATED_OUTSIDE) and e.modality == "asserted" \
        and e.fatalities is not None and e.fatalities.low is not None


def _updated_incident(out: list[EventMention], k: int, lo: int, hi: int,  # type: ignore[no-untyped-def]
                      sentence_starts: list[int], text: str = "") -> Optional[EventMention]:
    """The incident an update in sentence ``k`` (``lo``..``hi``) speaks of: the nearest counted one told within
    :data:`ORPHAN_SENTENCES` sentences before it (further back, the one incident of a report whose update tells a death
    of its hurt: :mod:`sitrep.events.toll_far_update`); else, for an update the report opens with ("Four more passengers
    have died ..., bringing the number of dead to 13") and that tells no deed of its own, the first one told within
    as many sentences after it."""
    def sent_no(e: EventMention) -> int:
        return bisect.bisect_right(sentence_starts, e.sentence.start) - 1

    own = [e for e in out if updated(e) and not (e.trigger is not None and lo <= e.trigger.start < hi)]
    prior = [e for e in own if e.sentence.start < lo and sent_no(e) >= k - ORPHAN_SENTENCES]
    if prior:
        return max(prior, key=lambda e: e.sentence.start)
    far = far_updated_incident(own, k, lo, text[lo:hi], ORPHAN_SENTENCES, sent_no)
    if far is not None:  # "... One of them ... died ..., raising the death toll to three", far on in a one-incident report
        return far
    if any(updated(e) or e.event_type in VIOLENT_EVENT_TYPES or e.outside in _UPDATED_OUTSIDE
           for e in out if e.sentence.start < hi):
        return None  # (an incident told in the update's own sentence, "A woman who was shot during an attack ... died
        # in hospital, raising the death toll to five", is the one the story's totals update)
    after = [e for e in own if e.sentence.start >= hi and sent_no(e) <= k + ORPHAN_SENTENCES]
    return min(after, key=lambda e: e.sentence.start) if after else None


def fold_toll_updates(events: list[EventMention], figures: list[Figure], sentence_starts: list[int], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """A later sentence that updates the toll of the incident told just before ("killing seven ... By Tuesday
    afternoon the death toll had risen to nine"; "the health ministry raised the death toll to 23, with 41
    wounded") gives that incident its count when the new count is no lower; an event read off the update's words
    for the hurt ("with 41 wounded"), with no doer, is the update, not a deed of its own. Only the nearest asserted
    violent incident with a count, told within :data:`ORPHAN_SENTENCES` sentences before the update, never across
    a sentence that opens another incident."""
    text = doc_text(doc)
    out = list(events)
    for k, lo in enumerate(sentence_starts):
        hi = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(text)
        m = _TOLL_UPDATE.search(text[lo:hi])
        if m is None:
            continue
        f = next((x for x in _candidates(figures) if lo + m.end() <= x.span.start < min(hi, lo + m.end() + 20)
                  and x.low is not None), None)
        if f is None:
            continue
        # (a protest's or riot's dead are updated as any incident's: "the toll had risen to four")
        ev = _updated_incident(out, k, lo, hi, sentence_starts, text)
        if ev is None or f.id == ev.fatalities.id:
            continue
        if f.low < (ev.fatalities.low or 0) and (m.group("dir") or "").strip().lower() != "down":
            continue  # (a lower count only where the words revise it down: "revised the death toll down to 17")
        told = [e for e in out if e is not ev and e.trigger is not None and lo <= e.trigger.start < hi
                and e.actor1 is None and (e.trigger.text.lower() in _HURT_WORDS or (
                    e.event_type not in VIOLENT_EVENT_TYPES and e.fatalities is not None and e.fatalities.id == f.id))]
        # (a deed-less event read off the update's other words that took its count, "after more bodies were found
        # in the surrounding fields": the update, not an incident of its own)
        for e in told:
            ev.figures.extend(x for x in e.figures if x not in ev.figures)
            out.remove(e)
        if any(e is not ev and e.fatalities is not None and e.fatalities.id == f.id for e in out):
            continue  # the count is another deed's
        rose = (f.low or 0) - (ev.fatalities.low or 0)
        ev.fatalities = f
        if f.id not in ev.figures:
            ev.figures.append(f.id)
        if rose > 0 and _HURT_DIED.search(text[lo:hi]):
            _fewer_hurt(ev, figures, rose)  # "risen to 11 after two of the injured died": 31 hurt, 29 still
    return out


# an update that tells its new dead as some of the hurt: "the toll had risen to 11 after two of the injured died"
_HURT_DIED = re.compile(r"\bof\s+(?:the|those)\s+(?:wounded|injured|hurt)\s+(?:\w+\s+){0,2}?(?:died|succumbed|passed\s+away)\b",
                        re.I)
