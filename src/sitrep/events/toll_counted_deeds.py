"""Deeds told by their count inside other words: a deed noun inside a reaction to it is an event of its own with its
toll ("condemned the assassination of two judges": :func:`split_counted_deeds`), and a definite deed noun whose own
words count its dead is done whatever is said of the inquiry about it ("will investigate the killing of three
hikers", "ordered an inquiry to determine who murdered X": :func:`counted_deed`, :func:`_asked_deed`).
"""
from __future__ import annotations

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, Figure


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
