"""The order of the readings of a phrase by its head (:meth:`_HeadActor._actor`): no one ("nobody", "no group"), a named
group whose name the parse cut short (:meth:`_HeadActor._cut_group_name`), a gang by its own name
(events/described_group), the members of a state's unit (:meth:`_HeadActor._unit_members`, data/forces_sites.tsv),
civilians unless armed (:meth:`_HeadActor._civilians_or_armed`), a group named after its possessor (:mod:`.possessor`),
the dictionary (:mod:`.dictionary`), the mentions and a surname (:mod:`.mentions`), the report's one country for a
phrase that names no one (:mod:`.report_country`), an agent noun's own phrase (:mod:`.agent_phrase`), else the group its
modifier names. Evidence: the list ``capital_forces`` of data/role_cues.tsv, the ontology's ``civilian_words``,
``agent_heads``, ``nonstate_words``. A part of :class:`ActorFinder`. Tests: tests/test_terror_roles.py,
tests/test_terror_roles3.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.backed_by import fused_backer, sponsor_left_out
from sitrep.events.described_group import called_band, named_gang
from sitrep.events.members_plural import members_plural
from sitrep.events.roles.common import _slug, lemma, pobj_as, span_of
from sitrep.events.roles.no_one import common_phrase
from sitrep.events.roles.people import armed_phrase
from sitrep.events.roles.phrase import np_tokens
from sitrep.events.roles.ties import _named_beside
from sitrep.events.roles.words import CIVILIANS, forces_words, relation_nouns, role_cue
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text


# a state's forces by their common name, capitalised as a name in some papers' style ("attacked an Army detachment",
# "the Police said"): no name of a body of their own, read as the lower-case word
_CAPITAL_FORCES = role_cue("capital_forces")


class _HeadActor:
    """The part of :class:`ActorFinder` that orders the readings of a phrase by its head."""

    def _actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        if tok is None or tok.lower_ in ("nobody", "none") or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            return None  # "no group has claimed the attack", "nobody was hurt": no one
        # "the town of X"/"forces of the regime": look through "of" when the head is generic
        toks = np_tokens(tok)
        sp = span_of(toks, self.an.article_id)
        text = sp.text
        head_lemma = lemma(tok)
        cut = self._cut_group_name(tok, sp, role)
        if cut is not None:
            return cut
        gang = named_gang(self, tok, role) if tok.lower_ == "gang" else None
        if gang is None and tok.pos_ == "NOUN":
            gang = called_band(self, tok, role)  # "a gang known as the Bumbu Boys": the Bumbu Boys
        if gang is not None:  # "the Village de Dieu gang", "the Americans gang": a gang by its own name
            return gang
        unit = self._unit_members(tok, sp, role)
        if unit is not None:
            return unit
        if head_lemma in self.onto.cue("civilian_words") and not self._in_group_name(tok) and not any(
            lemma(t) in self.onto.cue("agent_heads") - self.onto.cue("civilian_words") for t in toks if t is not tok
        ):
            return self._civilians_or_armed(tok, sp, text, role)
        sponsor = fused_backer(tok)  # "the U.S.-trained Danab brigade": the brigade, not the United States' own
        if sponsor is not None and not any(t.text[:1].isupper() and t.i > sponsor[0].i for t in toks):
            sponsor = None  # "U.S.-backed forces": no name of their own (the whole phrase: _backed_phrase)
        if sponsor is not None:
            text = sponsor_left_out(text, sp.start, sponsor[0])
        owned = self._name_after_owner(tok, sp, role)
        if owned is not None:  # "Burkina Faso's Volunteers for the Defence of the Homeland": the named group
            return owned
        if self.resolve is not None:
            told, ref = self._dictionary_actor(tok, toks, sp, text, head_lemma, role)
            if told:
                return ref
        ms = [m for m in self._mentions_in(sp.start, sp.end) if m.entity_id and not common_phrase(m)
              and not (sponsor is not None and sponsor[1] <= m.span.start < sponsor[2])]
        if ms:
            told, ref = self._mentioned_actor(tok, toks, sp, head_lemma, role, ms)
            if told:
                return ref
        named = self._surname_ref(tok, toks, sp, role)
        if named is not None:
            return named  # "Michael Jones ... Jones shot a neighbour": the person named in full before
        if not ms and not any(t.pos_ == "PROPN" and t.lower_ not in _CAPITAL_FORCES and not members_plural(t) for t in toks) \
                and not _named_beside(tok):
            state = self._unnamed_state(tok, toks, text, sp, head_lemma, role)
            if state is not None:
                return state
        if head_lemma in self.onto.cue("agent_heads") or tok.ent_type_ in ("NORP", "ORG", "PERSON", "GPE") \
                or head_lemma in self.onto.cue("nonstate_words") \
                or head_lemma in relation_nouns():  # "her ex-boyfriend", "his neighbour": a person by relation;
            # "separatists", "jihadists": a non-state armed group's members (ontology cue nonstate_words)
            return self._agent_phrase(tok, toks, sp, head_lemma, role)
        return self._modifier_actor(tok, role) if via_modifier else None

    def _civilians_or_armed(self, tok, sp: Span, text: str, role: str) -> ActorRef:  # type: ignore[no-untyped-def]
        """A phrase of civilian words: civilians, unless armed ("armed men": an unidentified armed group)."""
        armed = armed_phrase(tok, text[: max(0, tok.idx - sp.start)])
        if armed is None:
            return ActorRef(CIVILIANS.entity_id, CIVILIANS.name, sp, role)
        got = self.resolve(armed, self.focus) if self.resolve is not None else None
        if got is None and self.resolve is not None and not self.focus and self._sole is not None and self._sole[0]:
            # "armed men" in a report of one country (report_country): that country's unidentified armed group,
            # as the actors layer reads the phrase with a focus
            got = self.resolve(armed, [self._sole[0]])
        return ActorRef(got[0], got[1], sp, role) if got else ActorRef("x:" + _slug(armed), armed, sp, role)

    def _cut_group_name(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """A named armed group whose name the parse cut short: the entity layer read the whole name ("Tehreek-i-Taliban
        Pakistan") but the phrase's head keeps only its last words ("Taliban Pakistan", which alone reads as the
        country's forces), or only the generic noun after it ("Tehrik-i-Taliban Pakistan fighters" -> "fighters").
        The group, with the span widened to its name, when a mention of a non-state armed group of the actor
        dictionary starts before the phrase and runs into it or ends just before it (a space apart), and the head
        is inside that name or is a generic noun of armed men (ontology cues agent_heads, nonstate_words). None
        otherwise."""
        text = doc_text(tok.doc)
        for m in self.mentions:
            if not m.entity_id or m.span.start >= sp.start or m.span.end > sp.end or common_phrase(m):
                continue
            touches = m.span.end > sp.start or not text[m.span.end:sp.start].strip(" ")
            if not touches or not m.span.text[:1].isupper():
                continue
            ref = ActorRef(m.entity_id, m.name or m.span.text, m.span, role)
            if not self.named_group(ref):
                continue
            inside = m.span.start <= tok.idx < m.span.end
            generic = lemma(tok) in (self.onto.cue("agent_heads") | self.onto.cue("nonstate_words")) \
                and tok.idx >= m.span.end
            if not (inside or generic):
                continue
            whole = Span(self.an.article_id, m.span.start, sp.end, text[m.span.start:sp.end])
            return ActorRef(ref.entity_id, ref.name, whole, role)
        return None

    def _unit_members(self, tok, sp: Span, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """ "Four personnel of the Central Reserve Police Force's CoBRA unit", "five jawans of the army": the members of
        a unit of the state's forces are those forces -- the unit's own entry when the dictionary knows it, else the
        report country's police or army as the unit's name says (data/forces_sites.tsv, owner words)."""
        words = forces_words()
        if words.get(tok.lower_) != "MEMBER":
            return None
        of = pobj_as(next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), tok))
        if of is None:
            return None
        ref = self.actor(of, role)
        if ref is not None and ref.entity_id.endswith(("_POL", "_MIL")):
            return ActorRef(ref.entity_id, ref.name, sp, role)
        kinds = [words.get(t.lower_) for t in of.subtree]
        forces = next((k for k in kinds if k in ("POLICE", "MIL")), None)
        return self.report_forces(forces, sp, role) if forces else None
