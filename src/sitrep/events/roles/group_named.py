"""Decides which named group a phrase of men or of a group noun stands for: a name given or apposed ("a group known as
the Red Dawn Front", "a shadowy organization, the Red Dawn Front"; "Members of an armed group, the Pueblos Unidos":
:meth:`_GroupNamed._group_by_given_name`, :meth:`_GroupNamed._members_apposed_name`), the group men are sworn or tied to
("fighters loyal to the X Brigade", "gunmen loyal to the bandit leader X" (events/leader_loyal):
:meth:`_GroupNamed._sworn_group`), the group named beside a generic phrase ("gunmen from X", "..., members of X":
:meth:`_GroupNamed._group_named_beside`), the group men are believed to be or to belong to
(:meth:`_GroupNamed._believed_to_be`); a gang or a group by a name of its own that the dictionary does not know. A part
of :class:`ActorFinder`. Tests: tests/test_attackers29.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.described_group import called_band, described_group, named_gang
from sitrep.events.leader_loyal import loyal_leader_name
from sitrep.events.operation_troops import operation_name
from sitrep.events.roles.common import _slug, coined_id, lemma, pobj_as, span_of
from sitrep.events.roles.mentions import is_person
from sitrep.events.roles.phrase import np_tokens
from sitrep.events.roles.ties import _describes_named_host, _own_name, armed_name, name_given, sworn_preps
from sitrep.events.roles.words import _BARE_FORCES, _GROUP_NOUNS, _MEMBER_HEADS
from sitrep.events.splinters import splinter_phrase
from sitrep.model import ActorRef

# the hedge of a reduced relative "men believed / suspected / thought / said to be X" (branch attackers39: "said")
_SAID_TO_BE = frozenset({"believe", "suspect", "think", "say"})


class _GroupNamed:
    """The part of :class:`ActorFinder` that finds the named group a phrase stands for."""

    def _group_by_given_name(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The group a phrase of a group noun gives by name: "a group known as the Red Dawn Front", "Members of a
        vigilante group known as X" (the name, not the kind); "a shadowy Peruvian organization, the Red Dawn Front"
        (the apposed name, not the country its description mentions)."""
        name = name_given(tok) if lemma(tok) in _GROUP_NOUNS or lemma(tok) in self.onto.cue("agent_heads") else None
        if name is None and lemma(tok) in _MEMBER_HEADS:  # "Members of a vigilante group known as X": X
            of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
            name = name_given(of) if of is not None and lemma(of) in _GROUP_NOUNS else None
        if name is not None:  # "a group known as the Red Dawn Front": the name, not the kind
            named = self._actor(name, role, False)
            if named is not None:
                return named
        if tok.pos_ == "NOUN" and lemma(tok) in _GROUP_NOUNS and not _own_name(tok):
            for app in (c for c in tok.children if c.dep_ == "appos"):
                named = self._actor(app, role, False)  # "a shadowy Peruvian organization, the Red Dawn Front":
                if self.named_group(named):  # the group's name, not the country its description mentions
                    return named
        return self._members_apposed_name(tok, role)

    def _members_apposed_name(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "Members of an armed self-defence group, the Pueblos Unidos, shot ...": the group's own name, apposed to the
        members (where the parser hangs it) or to the group noun, a name the dictionary may not know (a proper name
        that is no person, place or people); None otherwise."""
        if tok.pos_ != "NOUN" or lemma(tok) not in _MEMBER_HEADS:
            return None
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), tok))
        if of is None or of is tok or lemma(of) not in _GROUP_NOUNS or _own_name(of):
            return None
        for app in (c for h in (tok, of) for c in h.children if c.dep_ == "appos"):
            named = self._actor(app, role, False)
            if self.named_group(named) or self._own_name_group(app, named):
                return named
        return None

    def _sworn_group(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The group men are sworn or tied to ("fighters loyal to the X Brigade", "militants linked to X"): an
        organisation the text names, in the dictionary or not, over a generic reading; and "forces loyal to the
        president of X": the state's own forces."""
        head_is_force = lemma(tok) in _BARE_FORCES
        for prep in sworn_preps(tok):  # "fighters loyal to the X Brigade", "militants linked to X": the
            g = next((g for g in prep.children if g.dep_ == "pobj"), None)
            leader = loyal_leader_name(g) if g is not None and not head_is_force else None
            if leader is not None:  # "gunmen loyal to the bandit leader X": X's band (events/leader_loyal.py);
                # "forces loyal to warlord X" say no band's name (X an associate, events/commanders.py)
                sp = span_of(leader, self.an.article_id)
                return ActorRef(coined_id(sp.text), sp.text, sp, role)
            named = self._actor(g, role, True) if g is not None else None
            if named is not None and (self.named_group(named) or (
                    named.entity_id.startswith("unk:") and not is_person(named, self)) or (
                    named.entity_id.startswith("x:") and g.pos_ == "PROPN" and g.text[:1].isupper()
                    and g.ent_type_ not in ("PERSON", "LOC", "NORP") and not is_person(named, self))):
                return named  # organisation the text names, in the dictionary or not, over a generic reading
            if named is not None and head_is_force and not named.entity_id.startswith("x:") and self.is_state(named):
                return named  # "forces loyal to the president of X": the state's own forces
        return None

    def _group_named_beside(self, tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The armed group of the dictionary a generic attacker phrase headed by ``tok`` belongs to: "from/of X",
        "loyal/linked/affiliated/allied to/with X" (data/armed_modifiers.tsv has no say here: the group is named)."""
        hosts = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of")]
        hosts += sworn_preps(tok)
        for app in (c for c in tok.children if c.dep_ == "appos" and not _describes_named_host(tok, c)):
            # "the gunmen, members of X," / "..., X fighters,"
            ref = self._actor(app, role, True)
            if self.named_group(ref):
                return ref
            hosts += [c for c in app.children if c.dep_ == "prep" and c.lower_ == "of"]
        for prep in hosts:
            for g in prep.children:
                if g.dep_ == "pobj" and not operation_name(g):  # "troops of Operation X": no group (operation_troops)
                    gtoks = np_tokens(g)
                    splinter = splinter_phrase(g, gtoks)
                    if splinter is not None:  # "fighters of a dissident faction of the FARC": not the FARC
                        return ActorRef("x:" + _slug(splinter), splinter, span_of(gtoks, self.an.article_id), role)
                    ref = self._actor(g, role, True)
                    if self.named_group(ref) or armed_name(g, ref) or self._own_gang(g, ref):
                        return ref
                    described = described_group(self, g, role)  # "gunmen of the X terrorist group": X
                    if described is not None:
                        return described
        return self._believed_to_be(tok, role)

    def _believed_to_be(self, tok, role: str):  # type: ignore[no-untyped-def]
        """ "the attackers, believed to be ADF rebels, ...", "gunmen suspected to be members of X": the named armed
        group a generic attacker phrase is said to be (the parser makes the attacker the subject of "believed")."""
        gov = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if gov is None or gov.lemma_.lower() not in _SAID_TO_BE:
            gov = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _SAID_TO_BE), None)
        be = next((c for c in gov.children if c.dep_ == "xcomp" and c.lemma_.lower() in ("be", "belong")), None) \
            if gov else None
        attr = next((c for c in be.children if c.dep_ == "attr"), None) if be is not None else None
        if attr is None and be is not None and be.lemma_.lower() == "belong":
            # "gunmen suspected to belong to X": the group the men are said to belong to
            attr = next((p for c in be.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in c.children if p.dep_ == "pobj"), None)
        if attr is None and be is not None and be.lemma_.lower() == "be":
            # "fighters thought to be from X": the group the men are said to come from
            attr = next((p for c in be.children if c.dep_ == "prep" and c.lower_ == "from"
                         for p in c.children if p.dep_ == "pobj"), None)
            if attr is not None and attr.pos_ != "PROPN":
                attr = None  # "men thought to be from the area": a place or a word, not a group's name
        if attr is None:
            return None
        # ("belong to the al-Qaeda-linked JNIM group": the group's own name before the bare noun comes first)
        names = [c for c in attr.children if c.dep_ == "compound" and c.pos_ == "PROPN"] if be.lemma_.lower() == "belong" \
            else []
        # ("jihadists of the JNIM group": the group its of-phrase names before the kind of men)
        for cand in [*names, *[p for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                               for p in c.children if p.dep_ == "pobj"], attr]:
            ref = self._actor(cand, role, True)
            if self.named_group(ref) or self._own_name_group(cand, ref) or self._own_gang(cand, ref):
                return ref
        if attr.pos_ == "NOUN":  # "the attackers, said to be fighters loyal to the bandit kingpin X": X's band
            return self._sworn_group(attr, role)
        return None

    def _own_gang(self, tok, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
        """``ref`` is the gang "the NAME gang" headed by ``tok`` names by a name of its own (events/described_group
        ``named_gang``: "the Village de Dieu gang", "the Americans gang")."""
        return ref is not None and ref.entity_id.startswith("x:") and tok.pos_ == "NOUN" and (
            named_gang(self, tok, ref.role) is not None or called_band(self, tok, ref.role) is not None)

    def _own_name_group(self, tok, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
        """``ref``, read off the phrase headed by ``tok``, is a group the dictionary does not know but the text names
        by a name of its own ("the Red Dawn Front", "the Klansman gang"): a proper noun in the phrase that is no
        person, place or people, and the phrase no person."""
        if ref is None or not ref.entity_id.startswith(("x:", "unk:")) or is_person(ref, self):
            return False
        return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP")
                   for t in np_tokens(tok))
