"""What "the group", "the militant group", "the militants" stand for (:func:`group_antecedent`): the one
armed group named in its sentence or the one before; which nouns point back so (:func:`pointing_group_noun`), a group
named only to describe another (:func:`describes_other`), and "fighters of the group" (:func:`members_of_told_group`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.common import UNNAMED_ROLES, antecedent_cue
from sitrep.events.doer_antecedent import sponsor_name
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.group_nouns import group_nouns


# plural nouns of an armed side's members that "the" points back with ("five members of the BIFF were killed when
# the militants attacked ...": the BIFF's militants; "X fighters were seen ... the gunmen stormed ...": X)
SIDE_NOUNS = antecedent_cue("side_nouns")  # (data/antecedent_cues.tsv)
# adjectives, besides the armed words, that leave "the armed group", "the same group" pointing back
GROUP_MODIFIERS = antecedent_cue("group_modifiers")  # (data/antecedent_cues.tsv)


def group_antecedent(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "the group" / "the militant group" / "the militants" with no name of its own: the one armed group of the actor dictionary
    (:meth:`ActorFinder.named_group`) named in its sentence before it or in the sentence before (a generic side the
    dictionary leaves unnamed, "Jihadists" read as "Islamist Militants (Burkina Faso)", is no rival of a group named
    there, and is taken only when it is all that is named; nor is a group named in a relative clause or apposition on
    another, :func:`describes_other`); None when none or two are named there ("ISIS and al-Qaeda ... the group": a
    guess), or when the noun has a name, owner or clause of its own ("the Wagner group", "its group", "a group of
    men"); a name fused into "X-allied" is the sponsor, no candidate (events/doer_antecedent.sponsor_name)."""
    if not pointing_group_noun(tok):
        return None
    start = tok.sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    lo, text = tok.doc[start].idx, doc_text(tok.doc)
    found: dict[str, ActorRef] = {}
    for m in finder.mentions:
        if m.entity_id and lo <= m.span.start and m.span.end <= tok.idx and m.kind in ("ORG", "NORP", "PERSON") \
                and not sponsor_name(m.span.start, m.span.end, text):  # "the Islamic State-allied group": not IS
            ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
            if finder.named_group(ref):
                found[m.entity_id] = ref
    named = {k: r for k, r in found.items() if not k.endswith(UNNAMED_ROLES)}
    if named:  # "Jihadists of X": a side the dictionary leaves unnamed is no rival of the group named beside it
        found = named
    if len(found) > 1:  # "X, which is loyal to al Qaeda, ...", "X, an offshoot of Y": Y only describes X
        spans = [(m.entity_id, m.span) for m in finder.mentions if m.entity_id in found and lo <= m.span.start]
        found = {k: r for k, r in found.items()
                 if not describes_other(r, [sp for e, sp in spans if e != k], tok.doc)} or found
    return next(iter(found.values())) if len(found) == 1 else None


def pointing_group_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the group", "the militant group", "the militants": a definite group or side noun with no name, owner or
    clause of its own, which points back at a group named before ("the Wagner group", "its group", "a group of men"
    do not)."""
    from sitrep.events.nominal import armed_words

    side = tok.tag_ == "NNS" and tok.lemma_.lower() in SIDE_NOUNS  # "the militants"
    # nouns that, definite and with no name of their own ("the group", "the militant group"), stand for a named
    # group: those of data/group_nouns.tsv this reading takes ("pointer"; attribution and described_group take other
    # subsets of the same list, see its header)
    if (tok.lemma_.lower() not in group_nouns("pointer") and not side) or not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    return not any(c.dep_ in ("compound", "poss", "nmod", "prep", "appos", "nummod") or c.pos_ == "PROPN"
                   or (c.dep_ == "amod" and c.lemma_.lower() not in armed_words() | GROUP_MODIFIERS)
                   for c in tok.children)


def describes_other(ref: ActorRef, others: list[Span], doc) -> bool:  # type: ignore[no-untyped-def]
    """``ref`` is named inside a relative clause, apposition or participle phrase on the noun phrase of a mention in
    ``others`` ("X, which pledges loyalty to Y", "the X group, a splinter of Y", "X, backed by Y": Y), so it tells
    who that other is, not a rival for what a later "the group" stands for."""
    sp = doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand") if ref.span is not None else None
    if sp is None:
        return False
    tok = sp.root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "appos", "acl"):
            lo, hi = tok.head.left_edge.idx, tok.head.idx + len(tok.head.text)
            if any(o.start < hi and lo < o.end for o in others):
                return True
        tok = tok.head
    return False


def members_of_told_group(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "four fighters of the group", "members of the movement": the group named before that "the group" stands for
    (:func:`group_antecedent` on the of-object), with the whole phrase as evidence; None when the noun has no such
    of-phrase or the group is not told (two named, or none)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    group = group_antecedent(obj, finder) if obj is not None else None
    if group is None or group.span is None:
        return None
    toks = list(tok.subtree)
    sp = Span(group.span.article_id, toks[0].idx, toks[-1].idx + len(toks[-1].text),
              doc_text(tok.doc)[toks[0].idx:toks[-1].idx + len(toks[-1].text)])
    return ActorRef(group.entity_id, group.name, sp, "primary")
