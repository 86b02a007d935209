"""The doer's group told in a sentence about the doer (issue 16): "Officers arrested X, 24 ... He was a member of the
Mara Salvatrucha gang", "Police said he belonged to Los Lobos", "Paz said Cux was a member of the Barrio 18 gang",
"charged a 17-year-old with murder over the shooting ..., saying he acted on the orders of the Foxtrot network".

A violent deed whose attacker is unnamed (blank, an unidentified group, "a gunman") or a named person takes the group
as actor1 (the named person becomes an associate, as issue 16 asks: the group in actor1, the man in associates) when
a sentence of the same incident, the deed's own or one of the three after it, says of the doer that he was a member
of the group, belonged to it, or acted on its orders or on its behalf. The one the sentence speaks of must be the
doer: the named attacker (by any word of his name), a name told before in a sentence of a legal step, or
"he"/"she"/"they"/"the suspect" where that sentence or the one before it tells a legal step (an arrest, a charge) taken against someone; never when the group is the deed's target.
The unnamed doers told back by their deed ("the gunmen belonged to a cell of X", "the killers were from X", "the
attackers were members of Y, a gang that ...") are read here too (the one place for "the gunmen belonged to X").
The named man's other deeds in the article ("the attack appeared to be retaliation", told as background) take the
same group. A deed told with "Fighters from a faction of X" (read as X) takes the group a later sentence says those
fighters belonged to ("The fighters, who belonged to Y, a splinter of X"): the faction by its name.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.accusation import OPENS_ANOTHER
from sitrep.events.antecedents import UNNAMED_ROLES
from sitrep.events.attacker_member import appositive_member, named_within, one_of_doers, shared_subject, unit_owner
from sitrep.events.charged_suspect import suspect_words, unnamed_doer
from sitrep.events.membership import BAND_NOUNS, MEMBER_NOUNS
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span
from sitrep.nlp.doctext import doc_attr, doc_sents
from sitrep.nlp.span_words import lemma_lowers

_PRONOUNS = frozenset({"he", "she", "they"})
_MEMBERS = MEMBER_NOUNS | {"member"}
_BAND_NOUNS = BAND_NOUNS  # ("the Barrio 18 gang", "the Foxtrot network")
# lower-case words inside a band's proper name ("Tren de Aragua", "Santa Rosa de Lima Cartel")
_NAME_LINKS = frozenset({"de", "del", "la", "los", "las", "do", "da", "dos"})
_REACH = 3  # sentences after the deed's own
# ... and for "the killers" told back when no other deed is told between ("Investigators believe the killers were
# members of X" four sentences after the shooting, past a background paragraph)
_TOLD_BACK_REACH = 5
# nouns by which a later sentence refers back to the unnamed doers of the deed ("the killers were fighters of X",
# "the gunmen belonged to X"), with a definite determiner
_DOER_NOUNS = frozenset({"gunman", "attacker", "assailant", "killer", "raider", "bomber", "shooter", "perpetrator",
                         "hitman"})
_BACK = frozenset({"the", "these", "those"})
# a part of the group named as the doer's: "belonged to a cell of X", "were members of a unit of X"
_PARTS = frozenset({"cell", "unit", "faction", "wing", "branch", "squad", "commando"})
# the men who lead the group, named for it when they ordered the deed: "on the orders of a leader of X", "ordered by
# imprisoned leaders of X", "the work of a local commander of X" (X, not the unnamed man)
_HEADS = frozenset({"leader", "commander", "boss", "chief", "head", "ringleader"})
# deed nouns by which a later sentence tells the deed back with its doer: "the killings were carried out on the orders
# of X", "the raid was the work of X", "the ambush was ordered by X"
_DEED_NOUNS = frozenset({"attack", "killing", "murder", "raid", "ambush", "shooting", "massacre", "assault",
                         "bombing", "slaying", "assassination", "arson"})


# verbs whose passive names the one behind the deed or its doers in its "by" phrase
_SENT_BY = frozenset({"order", "hire", "send", "pay", "dispatch"})


def _of_object(t):  # type: ignore[no-untyped-def]
    """The object of the "of" phrase under ``t`` ("members of X": X), or None."""
    return next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj"), None)


def _whole_group(g):  # type: ignore[no-untyped-def]
    """The group a part of it names: "a cell of X", "one faction of X": X; otherwise ``g`` itself."""
    if g is not None and g.lemma_.lower() in _PARTS and not g.text[:1].isupper() and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in g.children):
        return _of_object(g) or g
    if g is not None and g.lemma_.lower() in _HEADS and not g.text[:1].isupper():
        named = next((c for c in g.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        return _of_object(g) or named or g  # "a leader of Los Chirizos", "imprisoned leaders of Los Monos": the
        # group; "the bandit leader Dan Sadiya": the leader, whose fighters go by his name
    return g


def _named_leader(g, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The leader named in apposition to a leader noun ("on the orders of the bandit leader Dan Sadiya": Dan
    Sadiya, whose fighters a coder names after him), or None."""
    if g.ent_type_ != "PERSON" or not ((g.dep_ == "appos" and g.head.lemma_.lower() in _HEADS) or any(
            c.dep_ == "compound" and c.lemma_.lower() in _HEADS for c in g.children)):
        return None  # ("the bandit leader X": X in apposition to "leader", or "leader" a compound of X)
    start = g.i
    while start > 0 and g.doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    span = g.doc[start:g.i + 1]
    return ActorRef("x:" + re.sub(r"\W+", "-", span.text.lower()).strip("-"), span.text,
                    Span(aid, span.start_char, span.end_char, span.text), "primary", 0.6)


def _orders_of(v):  # type: ignore[no-untyped-def]
    """The group behind "on the orders of X" / "on behalf of X" / "on the instructions of X" under verb ``v``
    ("acted on the orders of X", "the killings were carried out on the orders of a leader of X"), or None."""
    on = [g for c in v.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"
          and g.lemma_.lower() in ("order", "behalf", "instruction")]
    return next((_whole_group(g) for o in on for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


# verbs that name someone "as" a member of a group ("identified the bomber as a member of Y", "described as members of Y")
_NAMING_VERBS = frozenset({"identify", "describe"})


def _named_one(v):  # type: ignore[no-untyped-def]
    """The one a naming verb names: its object ("identified the bomber as ..."), its passive subject ("the attackers
    were identified as ..."), or the noun its participle qualifies ("the attackers, described as ..., killed")."""
    if any(c.dep_ == "auxpass" for c in v.children):
        return next((c for c in v.children if c.dep_ == "nsubjpass"), None)
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return v.head
    return next((c for c in v.children if c.dep_ == "dobj"), None)


def _group_word(v):  # type: ignore[no-untyped-def]
    """The head of the group a membership clause names: "was a member of X", "belonged to X" (also to "a cell of
    X"), "the gunmen were from X", "acted on the orders of X" / "on behalf of X" (also "acting ..."), "identified the
    bomber as X, a member of Y"; None
    otherwise."""
    lem = v.lemma_.lower()
    if lem == "belong":
        return _whole_group(next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                                  for g in c.children if g.dep_ == "pobj"), None))
    if lem == "be" and any(c.dep_ == "attr" and c.lemma_.lower() == "work" for c in v.children):
        return _whole_group(_of_object(next(c for c in v.children if c.dep_ == "attr")))  # "the work of X"
    if lem in _SENT_BY and any(c.dep_ == "auxpass" for c in v.children):  # "the killing was ordered by X",
        # "the gunmen were hired by X", "the attackers had been sent by X"
        return _whole_group(next((g for c in v.children if c.dep_ == "agent" for g in c.children
                                  if g.dep_ == "pobj"), None))
    if lem == "be":  # "was a member of X", "were fighters of X"
        attr = next((c for c in v.children if c.dep_ == "attr" and c.lemma_.lower() in _MEMBERS), None)
        if attr is None:  # "the gunmen were from X" (the doers named by their deed only: a place is no group)
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            return _whole_group(next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "from"
                                      for g in c.children if g.dep_ == "pobj"), None)) \
                if subj is not None and subj.lemma_.lower() in _DOER_NOUNS else None
        of = _of_object(attr)
        if of is None and _told_back_doers(v) and any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                                      for c in attr.children):
            return attr  # "the attackers were Lakurawa fighters": the group named before the member noun
        return _whole_group(of)
    if lem in _NAMING_VERBS:  # "identified the bomber as X, a member of Y" / "as a member of Y"; "the attackers were
        # identified as members of Y", "the attackers, described as members of Y, ..." (branch roles24)
        named = next((g for c in v.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
                      if g.dep_ == "pobj"), None)
        member = named if named is not None and named.lemma_.lower() in _MEMBERS else next(
            (c for c in (named.children if named is not None else ()) if c.dep_ == "appos"
             and c.lemma_.lower() in _MEMBERS), None)
        return _whole_group(unit_owner(_of_object(member))) if member is not None else None
    if lem in ("act", "carry"):  # "acted on the orders of X", "was carried out on the orders of X"
        return _orders_of(v)
    return None


# every lemma _group_word reads a group off (it gives None for any other verb)
_GROUP_VERBS = frozenset({"belong", "be", "act", "carry"}) | _SENT_BY | _NAMING_VERBS


def _told_back_doers(v) -> bool:  # type: ignore[no-untyped-def]
    """The subject of ``v`` tells the deed's doers back by their deed: "the attackers", "the gunmen"."""
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and _told_back(subj, _DOER_NOUNS)


def _unnamed(ref: Optional[ActorRef]) -> bool:
    """No attacker named (charged_suspect.unnamed_doer), or only a side read off a bare word ("militants": Islamist
    Militants (Nigeria), an unidentified or opposition side of the report's country)."""
    return unnamed_doer(ref) or (ref is not None and ref.entity_id.endswith(UNNAMED_ROLES))


# the Portuguese and Spanish words that link a name to its last part: "Guardioes do Estado", "Cartel del Golfo"
_LINKS_AFTER = frozenset({"do", "da", "dos", "das", "de", "del"})


def _linked_name_end(g):  # type: ignore[no-untyped-def]
    """The last token of a proper name that a Portuguese or Spanish link carries past its proper-name head ``g``
    ("the Guardioes do Estado": Estado; the parser reads "do" as an English verb and breaks the name at it); ``g``
    itself when no such link follows."""
    doc = g.doc
    i = g.i
    if g.pos_ != "PROPN" or i + 2 >= len(doc) or doc[i + 1].text not in _LINKS_AFTER or not g.whitespace_:
        return g
    j = i + 2
    if not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].is_alpha):
        return g
    while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha \
            and doc[j].whitespace_:
        j += 1
    return doc[j]


def _band_name(g) -> Optional[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """(start char, end char, name) of the proper name heading or modifying ``g`` ("the Barrio 18 gang": Barrio 18;
    "Los Lobos, one of ...": Los Lobos); None when the phrase has no proper name or names a person or a place."""
    doc = g.doc
    end = g.i if g.lemma_.lower() in _BAND_NOUNS and not g.text[:1].isupper() else g.i + 1
    if end == g.i and end >= 2 and doc[end - 1].is_lower and doc[end - 1].dep_ in ("compound", "amod") \
            and doc[end - 1].head.i == g.i and doc[end - 2].pos_ == "PROPN" and doc[end - 2].text[:1].isupper():
        end -= 1  # "the Seakhi famo gang": the kind of band between its name and the noun (Seakhi)
    start = end
    while start > 0 and start - 1 >= g.left_edge.i and (doc[start - 1].text[:1].isupper() or doc[start - 1].like_num
                                                        or doc[start - 1].lower_ in _NAME_LINKS):
        start -= 1
    while start < end and (doc[start].lower_ == "the" or doc[start].text in _NAME_LINKS):
        start += 1  # (a capital article opens the name: "Los Zafiros")
    if start >= end or not doc[start].text[:1].isupper():
        return None
    if any(doc[i].ent_type_ in ("PERSON", "GPE", "LOC", "NORP") for i in range(start, end)) and not (
            g.lemma_.lower() in _BAND_NOUNS or any(c.dep_ == "appos" and _band_noun(c) for c in g.children)
            or _plural_nickname(doc[start:end])):
        return None  # (a name the parser took for a place that its apposition calls a band is one: "X, a gang",
        # "X, one of the oldest gangs in the city")
    if end == g.i + 1:  # "the Guardioes do Estado": the name past the link the parser broke it at
        end = _linked_name_end(g).i + 1
    span = doc[start:end]
    return span.start_char, span.end_char, span.text


def _band_noun(c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` (an apposition) calls its head a band: "a gang", "one of the oldest criminal gangs"."""
    if c.lemma_.lower() in _BAND_NOUNS:
        return True
    return c.lower_ == "one" and any(g.lemma_.lower() in _BAND_NOUNS and g.tag_ == "NNS" for p in c.children
                                     if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")


# place words before a name that make it a place wherever the report uses it so ("in Los Angeles", "near Las Vegas")
_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "around"})


def _plural_nickname(span) -> bool:  # type: ignore[no-untyped-def]
    """``span`` is a Spanish plural nickname ("Los Shottas", "Las Flacas"): the article "Los"/"Las" and a plural word,
    a band's name the entity layer may take for a place, unless the report uses the same name as a place ("in Los
    Angeles")."""
    if len(span) < 2 or span[0].text not in ("Los", "Las") or not span[-1].text.endswith("s"):
        return False
    doc, name = span.doc, span.text
    return not any(doc[i].lower_ in _PLACE_PREPS and doc[i + 1:i + 1 + len(span)].text == name
                   for i in range(len(doc) - len(span)) if doc[i + 1].text == span[0].text)


def _group_ref(g, finder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The group named at ``g``: an armed group of the dictionary (the name right after a common noun when it names
    one: "the al Qaeda ally Jama'at Nusrat al-Islam wal-Muslimin", whose name the parser may hang elsewhere), else a
    proper name the phrase calls a band."""
    if g.pos_ == "NOUN" and g.i + 1 < len(g.doc):
        nxt = g.doc[g.i + 1].idx
        after = next((m for m in finder.mentions if m.entity_id and m.span.start == nxt), None)
        ref = ActorRef(after.entity_id, after.name or after.span.text, after.span, "primary") if after else None
        if ref is not None and finder.named_group(ref):
            return ref
    ref = finder.actor(g)
    if ref is not None and finder.named_group(ref):
        return ref
    leader = _named_leader(g, aid)
    if leader is not None:
        return leader
    named = _band_name(g)
    if named is None:
        return None
    s, e, name = named
    return ActorRef("x:" + re.sub(r"\W+", "-", name.lower()).strip("-"), name, Span(aid, s, e, name), "primary", 0.6)


def _legal_step(sent) -> bool:  # type: ignore[no-untyped-def]
    """The sentence tells a legal step taken against someone ("Officers arrested X", "charged a man with murder")."""
    legal = suspect_words("legal") | {"detain", "apprehend"}
    return any(t.lemma_.lower() in legal and t.pos_ in ("VERB", "NOUN")
               and not any(c.dep_ == "neg" for c in t.children) for t in sent)


# nouns by which a later sentence refers back to the fighters of a group's unnamed part ("Fighters from a faction of
# X ... The fighters, who belonged to Y")
_SIDE_NOUNS = _DOER_NOUNS | frozenset({"fighter", "militant", "insurgent", "jihadist", "rebel"})
# the words before a group's name that make the doer an unnamed part of it: "Fighters from a faction of X"
_PART_OF = re.compile(r"^(?:a|one|an\s+armed)\s+(?:" + "|".join(sorted(_PARTS)) + r")\s+of\s+", re.I)


def _told_back(subj, nouns: frozenset) -> bool:  # type: ignore[no-untyped-def]
    """``subj`` is "the <noun>" (or "these/those"), the noun one of ``nouns``: a phrase telling back a doer."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in nouns and any(
        c.dep_ == "det" and c.lower_ in _BACK for c in subj.children)


def _part_of_doer(doer: Optional[ActorRef]) -> bool:
    """The deed's doer was read as group X from "a faction/cell/wing of X": the doers are an unnamed part of X, which
    a later sentence may name."""
    if doer is None or doer.span is None or doer.entity_id.startswith(("x:", "unk:")):
        return False
    return bool(_PART_OF.match(doer.span.text))  # (the span runs over the part: "a faction of Boko Haram")


def _names_doer(subj, doer: Optional[ActorRef], sents, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The clause's subject is the doer: a word of the named attacker's name, or a pronoun or "the suspect" after
    (or in) a sentence of a legal step."""
    if doer is not None and not _unnamed(doer) and subj.pos_ == "PROPN":
        return subj.text in doer.name.split()
    if subj.pos_ == "PROPN":  # the man a legal step named: "Police arrested X Quispe ... Quispe was a member of"
        return any(_legal_step(s) and any(w.text == subj.text for w in s) for s in sents[max(0, k - _REACH):k])
    if _unnamed(doer) and _told_back(subj, _DOER_NOUNS):
        return True  # "Assailants killed 14 ... . The army said the killers were fighters of X": the deed's doers
    if (_unnamed(doer) and one_of_doers(subj, _DOER_NOUNS)) or (_told_back(subj, _DOER_NOUNS) and named_within(subj, doer)):
        return True  # "One attacker was identified as a member of X"; "the attacker, a member of X named as Y"
    if unnamed_doer(doer) and _told_back(subj, _DEED_NOUNS):
        return True  # "Gunmen shot four drivers ... . Police said the killings were carried out on the orders of X"
    if subj.lower_ in _PRONOUNS or subj.lemma_.lower() in suspect_words("suspect_noun"):
        if _told_back(subj, suspect_words("suspect_noun")):  # "Police arrested three men ... . [the victims] ... .
            return any(_legal_step(s) for s in sents[max(0, k - _REACH):k + 1])  # the three suspects were ..."
        return _legal_step(sents[k]) or (k > 0 and _legal_step(sents[k - 1]))
    return False


def _said_in_relative(v, subj):  # type: ignore[no-untyped-def]
    """The noun a relative clause of saying describes, when the membership clause ``v`` is what that clause says of
    it: "The gunmen, who residents said were members of X" (``v`` with no subject of its own) and "The killers, who
    told residents they belonged to X" ("they": the ones who told; the parser may hang ``v`` on "residents") speak
    of the gunmen and the killers; otherwise ``subj`` as it was."""
    pronoun = subj is not None and subj.lower_ in ("they", "he", "she")
    if v.dep_ in ("ccomp", "xcomp"):  # (the parser may read "who prosecutors said belonged to X" as an xcomp)
        say = v.head
    elif v.dep_ == "relcl" and pronoun and v.head.dep_ in ("dobj", "dative"):
        say = v.head.head  # "who told residents they belonged": "they belonged" read as a clause on "residents"
    else:
        return subj
    if say.dep_ != "relcl" or say.head.pos_ not in ("NOUN", "PROPN"):
        return subj
    who = next((t for t in say.subtree if t.i < say.i and t.lower_ in ("who", "whom", "that")), None)
    if who is None:
        return subj
    if subj is None or subj.lower_ in ("who", "that") or (pronoun and who.dep_ == "nsubj"):
        return say.head
    return subj


def _told_groups(doc, finder, aid: str):  # type: ignore[no-untyped-def]
    """(sentence index, subject token, group) for each membership clause of the article."""
    sents = doc_sents(doc)
    poss, lemmas = doc_attr(doc, "pos_"), lemma_lowers(doc)
    for k, sent in enumerate(sents):
        for i in range(sent.start, sent.end):  # (a Token is built only for a verb _group_word may read)
            if lemmas[i] in _MEMBERS and poss[i] == "NOUN":  # "the attacker, a member of X, fled"
                found = appositive_member(doc[i], _DOER_NOUNS)
                ref = _group_ref(found[1], finder, aid) if found is not None else None
                if ref is not None:
                    yield k, found[0], ref
            if poss[i] not in ("VERB", "AUX") or lemmas[i] not in _GROUP_VERBS:
                continue
            v = doc[i]
            if any(c.dep_ == "neg" for c in v.children):
                continue
            g = _group_word(v)
            if g is None:
                continue
            subj = _named_one(v) if v.lemma_.lower() in _NAMING_VERBS else next(
                (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # (the deed told back: "the
            # killings were carried out on the orders of X")
            if subj is None and v.lemma_.lower() in _NAMING_VERBS:
                subj = shared_subject(v)  # "was captured as he tried to flee and was identified as a member of X"
            if subj is not None and subj.lower_ in ("who", "that") and v.dep_ == "relcl":
                subj = v.head  # "The fighters, who belonged to X, ...": the fighters
            subj = _said_in_relative(v, subj)
            if subj is None and v.dep_ in ("advcl", "xcomp") and v.tag_ == "VBG":  # "..., acting on behalf of X"
                subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "dobj")), None)
            ref = _group_ref(g, finder, aid) if subj is not None else None
            if ref is not None:
                yield k, subj, ref


def _in_reach(e: EventMention, ek: int, k: int, subj, events: list[EventMention], sents) -> bool:  # type: ignore[no-untyped-def]
    """The membership clause of sentence ``k`` is near enough to deed ``e`` of sentence ``ek``: within ``_REACH``
    sentences, or within ``_TOLD_BACK_REACH`` when it tells the deed's unnamed doers back ("the killers") and no
    violent deed with a named doer is told in the sentences between (the killers can be no one else's; "after the
    shooting" is the deed told again)."""
    if ek <= k <= ek + _REACH:
        return True
    if not (ek < k <= ek + _TOLD_BACK_REACH and _unnamed(e.actor1) and _told_back(subj, _DOER_NOUNS)):
        return False
    lo, hi = sents[ek].end_char, sents[k].start_char
    return not any(o.event_type in VIOLENT_EVENT_TYPES and o.trigger is not None and lo <= o.trigger.start < hi
                   and not unnamed_doer(o.actor1) for o in events)


def credit_member_group(events: list[EventMention], doc, finder, aid: str) -> None:  # type: ignore[no-untyped-def]
    """The group the doer is said to belong to (or to act for) becomes the attacker of the deeds he did (module
    docstring)."""
    told = list(_told_groups(doc, finder, aid))
    if not told:
        return
    sents = doc_sents(doc)
    members: dict[str, ActorRef] = {}  # a named doer's id -> the group he was said to belong to
    for e in events:
        if e.event_type not in VIOLENT_EVENT_TYPES or e.trigger is None or e.modality == "background":
            continue
        doer = e.actor1
        part = _part_of_doer(doer)
        if doer is not None and not _unnamed(doer) and not part and not (
                doer.entity_id.startswith(("x:", "unk:")) and _is_person(doer, finder)):
            continue
        ek = next((i for i, s in enumerate(sents) if s.start_char <= e.trigger.start < s.end_char), None)
        if ek is None:
            continue
        found = {}
        for k, subj, ref in told:
            if not _in_reach(e, ek, k, subj, events, sents) \
                    or any(OPENS_ANOTHER.match(sents[j].text) for j in range(ek + 1, k + 1)):
                continue
            if e.actor2 is not None and e.actor2.name.lower() == ref.name.lower():
                continue
            if part and (ref.entity_id == doer.entity_id or not _told_back(subj, _SIDE_NOUNS)):
                continue  # "Fighters from a faction of X ... The fighters, who belonged to Y,": Y, the faction
            if part or _names_doer(subj, doer, sents, k):
                found[ref.name.lower()] = (ref, subj)
        if len(found) != 1:
            continue
        group, subj = next(iter(found.values()))
        if part:
            e.actor1 = group
            continue
        if doer is not None and not _unnamed(doer):
            e.associates = e.associates + [ActorRef(doer.entity_id, doer.name, doer.span, "associate")]
            members[doer.entity_id] = group
        elif subj.pos_ == "PROPN":  # "Police arrested X ... X was a member of": the man named, as an associate
            e.associates = e.associates + [ActorRef("x:" + subj.lower_, subj.text, Span(
                aid, subj.idx, subj.idx + len(subj.text), subj.text), "associate")]
        e.actor1 = group
    for e in events:  # the same man's deeds told elsewhere ("the attack appeared to be retaliation"): his group's too
        if e.event_type in VIOLENT_EVENT_TYPES and e.actor1 is not None and e.actor1.entity_id in members:
            doer = e.actor1
            e.associates = e.associates + [ActorRef(doer.entity_id, doer.name, doer.span, "associate")]
            e.actor1 = members[doer.entity_id]


def _is_person(ref: ActorRef, finder) -> bool:  # type: ignore[no-untyped-def]
    """A person named as the attacker (the entity layer reads his name as a person)."""
    from sitrep.events.participants import individual

    return ref.entity_id.startswith("unk:") or individual(ref, finder)
