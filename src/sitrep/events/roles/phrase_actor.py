"""The order of the readings of one actor phrase (:meth:`_PhraseActor._phrase_actor`, asked by
:meth:`ActorFinder.actor`): a splinter ("FARC dissidents": events/splinters), troops of an operation
(events/operation_troops), the head's reading (:mod:`.head_actor`), the sender of a message (events/message_sender), a
unit by its own name (events/described_group), a group by a name given or apposed, the group men are sworn or tied to,
the group men are believed to be (:mod:`.group_named`), the owner of members ("troops of the Malian army":
events/membership), the named group beside a generic phrase, the named group of a side. And "X-backed <noun>" read as
the whole phrase, not as X's own body (:meth:`_PhraseActor._backed_phrase`, events/backed_by). A part of
:class:`ActorFinder`. Tests: tests/test_roles_backed_by.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.backed_by import backed_phrase_span, backer_of, backer_owns, fused_backer
from sitrep.events.described_group import named_unit
from sitrep.events.operation_troops import operation_of
from sitrep.events.roles.common import _slug, span_of
from sitrep.events.roles.phrase import np_tokens
from sitrep.events.roles.ties import _DASH_NOUNS, misread_tie, name_given
from sitrep.events.roles.words import SIDE_LABELS
from sitrep.events.splinters import splinter_phrase
from sitrep.model import ActorRef, Span
from sitrep.nlp.doctext import doc_text


class _PhraseActor:
    """The part of :class:`ActorFinder` that orders the readings of one phrase."""

    def _phrase_actor(self, tok, role: str = "primary", via_modifier: bool = True) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The actor named by the noun phrase headed by ``tok`` (None when it names no agent).

        With ``via_modifier``, a phrase whose head names no agent ("a Turkish convoy")
        stands for the group its modifier names ("Turkish"). A generic attacker phrase that says whose it is ("a
        suicide bomber from the Islamic State", "militants loyal to X") stands for that armed group.
        """
        toks = np_tokens(tok)
        splinter = splinter_phrase(tok, toks)
        if splinter is not None:  # "FARC dissidents": not the FARC (events/splinters.py)
            return ActorRef("x:" + _slug(splinter), splinter, span_of(toks, self.an.article_id), role)
        if operation_of(tok) is not None:  # "troops of Operation Hadin Kai": a bare "troops" (events/operation_troops.py)
            self.report_country(tok.doc)
            return self._of_report_country(tok, [tok], tok.text, span_of([tok], self.an.article_id), role)
        ref = self._actor(tok, role, via_modifier)
        if ref is None:
            from sitrep.events.message_sender import message_sender

            sender = message_sender(self, tok, role)  # "a post attributed to X claimed the attack": X
            if sender is not None:
                return sender
        unit = named_unit(self, tok, role) if ref is None or ref.entity_id.startswith(("x:", "unk:")) else None
        if unit is not None:  # "the Tomas Orrego mobile column (, a faction of X)": the unit by its own name
            return unit
        named = self._group_by_given_name(tok, role)
        if named is not None:
            return named
        if tok.pos_ == "NOUN" or misread_tie(tok) or (tok.pos_ == "PROPN" and tok.lower_ in _DASH_NOUNS):
            # (a capitalised "Insurgents linked to X" opening a sentence; "- Gunmen loyal to X" after a dateline's
            # dash, tagged as a name)
            named = self._sworn_group(tok, role)
            if named is None:  # "Fighters commanded by X, a senior al-Shabaab commander": his group (commander_group)
                from sitrep.events.commander_group import commander_group

                named = commander_group(self, tok, role)
            if named is not None:
                return named
        if ref is not None and ref.entity_id == "CIVILIANS" and tok.pos_ == "NOUN":
            believed = self._believed_to_be(tok, role)  # "about thirty men believed to be dahalo": the dahalo, no
            if believed is not None:  # civilians
                return believed
        if ref is None and tok.pos_ == "PROPN" and tok.lower_ in _DASH_NOUNS:
            # "- Militiamen from the X group raided", "- Militiamen known as X": the common noun the tagger read as a
            # name after a dateline's dash, read for the group it is said to be from or to go by
            given = name_given(tok)
            named = self._actor(given, role, False) if given is not None else self._group_named_beside(tok, role)
            if named is not None and self.named_group(named):
                return named
        if ref is None and tok.pos_ == "NOUN":
            from sitrep.events.membership import group_of_members

            group = group_of_members(self, tok, role)  # "troops of the Malian army", "tanks belonging to X": the
            return group if group is not None and not group.entity_id.startswith("x:") else None  # owner, when known
        if ref is not None and (ref.entity_id.endswith("_UNIDENT") or ref.entity_id.startswith("x:")):
            group = self._group_named_beside(tok, role)
            if group is None:
                from sitrep.events.membership import group_of_members

                group = group_of_members(self, tok, role)  # "members of the army": the army
            if group is not None:
                return group
        if ref is not None and ref.entity_id.endswith(SIDE_LABELS + ("_UNIDENT",)) or ref is not None and ref.entity_id.startswith("x:"):
            from sitrep.events.membership import named_group_of_side

            group = named_group_of_side(self, tok, role)  # "Jihadists from ISWAP stormed ...": ISWAP, not the side
            if group is None:  # "Fighters thought to belong to X killed ...": X, not the side
                group = self._believed_to_be(tok, role)
            if group is not None:
                return group
        return ref

    def _backed_phrase(self, tok, ref: Optional[ActorRef], role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """"X-backed <noun>" read as X's own body or as the bare phrase ("Opposition Rebels (Rwanda)", "backed
        forces"): the whole phrase as the text names it; None where the phrase names a group of its own."""
        backer = backer_of(tok)
        fused = fused_backer(tok) if backer is None else None
        if backer is None and fused is None:
            return None
        if ref is not None and not ref.entity_id.startswith("x:"):
            if backer is not None:
                b = self._actor(backer, "associate", False)
                backer_id = b.entity_id if b is not None else None
            else:  # "the U.S.-trained Danab brigade": the name inside the fused token, as the dictionary read it
                backer_id = next((m.entity_id for m in self._mentions_in(fused[1], fused[2]) if m.entity_id), None)
            if not backer_owns(ref.entity_id, backer_id, bare_country=fused is not None):
                return None  # "Rwanda-backed M23 rebels", "Saudi-backed government forces": named otherwise
        start, end = backed_phrase_span(tok, backer if backer is not None else fused[0])
        text = doc_text(tok.doc)[start:end]
        return ActorRef("x:" + _slug(text), text, Span(self.an.article_id, start, end, text), role)
