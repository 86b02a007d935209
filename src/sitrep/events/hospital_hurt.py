"""A count of people in hospital is the wounded of a violent deed whose report gives no other count of them (issue 16).

"Gunmen attacked a village, killing 18 ... Five other people were being treated", "Two people were stabbed
to death ... Three other men were taken to the city's Royal Infirmary", "A car bomb killed nine. Seventeen people
remain in hospital": people in hospital or under treatment after an attack were hurt in it. The figure layer reads
such counts as people in treatment (``in_treatment``) or as plain people (``nlp/figures.py``): a share of the
wounded, not their total, which a report that also tells the total keeps apart (``stories/compare``). When the
report tells an asserted act of violence and no count of wounded at all, the hospital count is the best count of
its hurt, and becomes a count of wounded (``events/toll_orphan_wounds.attach_orphan_wounds`` then gives it to the
incident).

A hospital count is a count of people (never of bodies; "two women", "three children" as much as "two people") that
is the subject of: "treated" / "receiving treatment"; a verb of staying in a hospital ("remain in hospital", "are in a
hospital"); a verb that carries it to one ("taken to hospital", "rushed to the Royal Infirmary", "were sent to
hospital": a name that holds such a word) -- the verbs and names of ``data/care_sites.tsv`` (kinds "to", "verb" and
"name") -- with no death told in its clause ("taken to hospital, where they died"), never one told as "still" there
("more than 100 people were still being treated": those not yet released, a share the story keeps apart from everyone
wounded, examples/gold) unless it is told as the others of the incident ("Five other people were still being treated",
"Three other workers are still in hospital": the rest of the people hit, after the dead; issue 12, branch tolls42),
and never in a sentence that says someone was not hurt ("were taken to a medical centre and
suffered no wounds").
"""
from __future__ import annotations

from dataclasses import replace

from sitrep.events.hurt_lists import widen_hospital_list
from sitrep.events.place import care_words
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure

__all__ = ["hospital_counts_hurt"]

# figure kinds a hospital count is read as (data/figure_lexicon.tsv): people in treatment, or people, women or children
# ("two women have been taken to hospital"; never soldiers or fighters, whose count in hospital is a share of a force)
_HOSPITAL_KINDS = frozenset({"in_treatment", "people", "women", "children"})
_DEATH_WORDS = frozenset({"die", "dead", "death", "succumb", "kill", "killed"})
_UNHURT_WORDS = frozenset({"unhurt", "uninjured", "unharmed", "unscathed"})
_BODY_WORDS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})


# verbs whose subject is in the place of their "in" phrase: "remain in hospital", "are in a hospital" (common English)
_STAY_VERBS = frozenset({"be", "remain", "stay"})


def _to_place(v, prep: str) -> bool:  # type: ignore[no-untyped-def]
    """``v`` has a "``prep`` <hospital>" phrase ("to hospital", "in the Royal Infirmary", "to the medical centre")."""
    names = care_words("name")
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            for g in c.children:
                words = " ".join(t.lower_ for t in g.subtree)
                if g.dep_ == "pobj" and (g.lower_.rstrip("s") in names or any(n in words for n in names if " " in n)):
                    return True
    return False


def _told_unhurt(sent) -> bool:  # type: ignore[no-untyped-def]
    """The sentence says someone was not hurt: "suffered no wounds", "were unharmed", "was not injured"."""
    for t in sent:
        lem = t.lemma_.lower()
        if lem in _UNHURT_WORDS or t.lower_ in _UNHURT_WORDS:
            return True
        if lem in ("wound", "injury") and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
            return True
        if lem in ("hurt", "injure", "harm", "wound") and any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def in_hospital(v, others: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """``v``, the verb a counted subject hangs on, tells its subject in hospital or in treatment (module docstring);
    ``others``: the subject is told as others ("Five other people"), whom "still" does not make a share."""
    lem = v.lemma_.lower()
    if v.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" or (c.lower_ == "still" and not others)
                                            for c in v.children):
        return False  # ("more than 100 were still being treated": those not yet released, a share of the hurt)
    if any(t.lemma_.lower() in _DEATH_WORDS or t.lower_ in _DEATH_WORDS for t in v.subtree) or _told_unhurt(v.sent):
        return False
    if lem == "treat":
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)  # "were treated", "being treated"
    if lem == "receive":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "treatment" for c in v.children)
    if lem in _STAY_VERBS:
        return _to_place(v, "in")
    if lem in care_words("to") or lem in care_words("verb"):  # ("were sent to hospital": a care verb, a named hospital)
        return any(c.dep_ == "nsubjpass" for c in v.children) and _to_place(v, "to")
    return False


def _counted_verb(doc, f: Figure):  # type: ignore[no-untyped-def]
    """The verb whose subject the count ``f`` is ("Five other people were treated": treated), else None."""
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand") if f.span is not None else None
    if sp is None or not len(sp):
        return None
    t = sp.root
    if t.dep_ == "nummod":
        t = t.head  # the noun counted
    if t.lemma_.lower() in _BODY_WORDS or t.lower_ in _BODY_WORDS:
        return None
    return t.head if t.dep_ in ("nsubj", "nsubjpass") else None


def _harmful_deed(e: EventMention) -> bool:
    """``e`` is an asserted deed that hurts people: an act of violence (a crime too: "Two other people who were stabbed
    remain in hospital" after a stabbing) or a man-made disaster (a stampede, a crash, a fire, a collapse: "Twenty-six
    others were treated at the hospital" after a crush killed eight), never an outbreak's patients."""
    if e.modality != "asserted":
        return False
    return e.outside == "man_made_disaster" or (e.event_type in VIOLENT_EVENT_TYPES and e.outside in (None, "crime"))


def hospital_counts_hurt(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Turn, in place, each hospital count of ``figures`` into a count of wounded, when ``events`` tell an asserted
    act of violence or a man-made disaster and no figure counts wounded (module docstring)."""
    if not any(_harmful_deed(e) for e in events):
        return
    if any(f.what == "wounded" and not f.background and f.low != 0 for f in figures):
        return  # (a zero, "in which no one was hurt" of an older fire, counts no one and leaves the hospital count)
    for i, f in enumerate(figures):
        if f.what not in _HOSPITAL_KINDS or f.background or f.low is None or f.since is not None:
            continue
        v = _counted_verb(doc, f)
        others = v is not None and _told_as_others(doc, f)
        if v is not None and any(in_hospital(w, others) for w in (v, *_subjectless_conjuncts(v))):
            g = replace(f, what="wounded")
            figures[i] = widen_hospital_list(g, figures, doc) or g  # "Two men and a woman were taken to hospital": 3


def _told_as_others(doc, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The exact count ``f`` is told as others: "Five other people", "Three others", "The seven other injured persons"
    (the word "other"/"others" right after the number)."""
    if f.low is None or f.low != f.high or f.span is None:
        return False
    tail = doc.text[f.span.end:f.span.end + 12].lower().split()
    return bool(tail) and tail[0].strip(",;") in _OTHER_WORDS


_OTHER_WORDS = frozenset({"other", "others"})


def _subjectless_conjuncts(v) -> list:  # type: ignore[no-untyped-def]
    """Verbs conjoined after ``v`` with no subject of their own, which share its subject ("two others were beaten
    and were being treated": treated)."""
    return [c for c in v.children if c.dep_ == "conj" and c.i > v.i and c.pos_ in ("VERB", "AUX")
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
