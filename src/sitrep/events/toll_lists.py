"""Lists of victims: which counts add up and which break another down.

Victims coordinated with others of the same verb are summed when each conjunct is counted, a number or one named or
singular person (:func:`coordinated_total`: "killed seven soldiers and one contractor", "X, his nephew and 12 others":
14). Appositions and "including" lists break a count down and are never added (:func:`_breakdown`,
:func:`_is_breakdown`: "four farmers, three men and a boy"); an apposition the parser made of a list member is a
member, never a description (:func:`_list_appos`, :func:`_list_members`, :func:`_split_subject`,
:func:`_deed_conjuncts`, :func:`_titled_member`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from sitrep.nlp.cut_speakers import cut_speaker
from sitrep.model import KILLED_WHAT, Figure, Span
from sitrep.nlp.doctext import PARAGRAPH_BREAK, doc_text
from sitrep.events.toll_candidates import best_sum
from sitrep.events.toll_parse import _number_token, _victim_of


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
    if _among_them(n):
        return True
    if n.dep_ == "appos":
        return not _list_appos(n)
    while n.dep_ == "conj" and n.head.i < n.i:  # "including five women and *three* children": the list's later members
        n = n.head
    return n.dep_ == "pobj" and n.head.lower_ in ("including", "among")


def _among_them(n) -> bool:  # type: ignore[no-untyped-def]
    """A member of a list told "among them" after a count ("24 people, among them a pastor and three children"): the
    parser hangs "among" on the list's first member, an apposition of the count; the list breaks the count down."""
    while n.dep_ == "conj" and n.head.i < n.i:
        n = n.head
    return n.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "among" and c.i < n.i for c in n.children)


_NOUNISH = ("NOUN", "PROPN", "NUM", "PRON")


def _list_appos(a) -> bool:  # type: ignore[no-untyped-def]
    """An apposition the parser made of a list member, not a description: one the list goes on from ("X, *his
    nephew* and 12 others", "a mayor, *a fire chief* and a banker"), or a number of others after a single
    person ("X, *five other monks* and two women"). "Ana Ruiz, a teacher," and "four farmers, three men" (whose
    list is then a breakdown: see :func:`_is_breakdown`) describe or break down the word before; so does a list told
    "among them" (:func:`_among_them`)."""
    if _among_them(a):
        return False
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
    right before or after, joined so (:func:`_joined`), is on the same list; so is a noun the parser hung on the
    verb as a conjunct or modifier ("killed three officers and a passer-by", branch ``tolls40``)."""
    if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj") or root.head is root:
        return []
    out = []
    for c in root.head.children:
        if c.i == root.i or c.pos_ not in _NOUNISH:
            continue
        if c.dep_ != root.dep_ and not (c.dep_ in ("conj", "advmod", "npadvmod") and c.i > root.i
                                        and root.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")):
            continue  # (a noun the parser hung on the verb, "killed three officers and a passer-by" with "by" a
            # conjunct or modifier of "killed", is one more object when the object's "and" stands right before it)
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


def coordinated_total(best: Figure, tok_of_fig, doc, whats: frozenset = KILLED_WHAT) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """``best`` widened to the whole coordination of victims it belongs to, or None when there is none to add
    (the conjuncts' own counts are figures of ``whats``: the killed, or the hurt for events/hurt_lists)."""
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
        if f.what in whats and ts:
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
