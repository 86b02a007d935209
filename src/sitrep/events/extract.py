"""Event mention extraction: who did what to whom, where, when, how many, according to whom.

For each sentence of a parsed article:

1. find trigger words of the ontology (``data/ontology.json``) on the parse;
2. group them by clause (a verb and its arguments, without conjoined verbs or
   embedded speech complements), merging a generic "killed" into the weapon
   that killed ("shelling ... killed four") and a threatened or denied action
   into the threat or denial that embeds it;
3. fill each event from the clause: type (refined by the actor's kind and the
   weapon words), actor1/actor2 through active and passive voice, associates
   ("backed by"), the most specific place, the clause's date (else the
   publication date, precision "reported"), the killed-figure, the claimant
   and the modality.

The evidence span of every event is its sentence, which contains the trigger.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Optional

from sitrep.events.modality import governors, modality
from sitrep.events.ontology import Ontology, TriggerPattern, TypeDef, load_ontology
from sitrep.events.roles import ActorFinder, lemma, np_tokens, span_of
from sitrep.model import (HUMANITARIAN_WHAT, KILLED_WHAT, ActorRef, Analysis, Attribution, EventMention, Figure, Place,
                          Span, TimeExpr)

TAKE_VERBS = frozenset({"take"})
DEBRIS = frozenset({"remains", "remain", "debris", "fragment", "remnant", "piece", "part", "wreckage", "shard", "casing"})
BACKING = frozenset({"back", "support", "sponsor", "arm", "assist", "aid"})
PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "province": 3, "region": 4, "country": 5}
SPEECH_ACTS = ("THREATEN", "REJECT")
# verbs whose subject only relays what happened ("the monitor reported clashes", "witnesses described shelling")
SOURCE_VERBS = frozenset({"report", "say", "tell", "describe", "cite", "quote", "document", "record",
                          "see", "witness", "hear", "watch", "observe", "film", "photograph"})
SYMMETRIC = ("battles.armed_clash", "plover.consult", "sd.agreement")
_BLOCK_KINDS = ("PERSON", "ORG", "GPE", "FAC", "LOC")
_RELATIVE_OK = ("day", "week", "month", "year", "hour", "minute", "part_of_day")


@dataclass
class Trigger:
    tok: Any  # spaCy Token (the head of the trigger)
    pattern: TriggerPattern
    dep_toks: list = field(default_factory=list)

    @property
    def tdef(self) -> TypeDef:
        return self.pattern.tdef


@dataclass
class Group:
    """The triggers of one clause (one event)."""

    head: Any  # the clause's head token
    triggers: list[Trigger]
    embedded: list["Group"] = field(default_factory=list)  # actions inside a threat/denial

    def primary(self, onto: Ontology) -> Trigger:
        kill = onto.cue("kill_lemmas")
        # a request verb governs what it asks for: "called for a ceasefire" is a request, not an agreement
        return max(self.triggers, key=lambda t: (t.tok.lemma_.lower() not in kill,
                                                 t.tdef.plover == "REQUEST" and t.tok.pos_ == "VERB",
                                                 t.pattern.rank[1], len(t.pattern.deps), t.tok.pos_ == "VERB"))

    def heads(self) -> list:
        hs = [self.head] + [t.tok for t in self.triggers]
        for e in self.embedded:
            hs.extend(e.heads())
        return hs


# --------------------------------------------------------------------------- triggers


def _near_lemmas(tok) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    near: dict[str, Any] = {}
    for c in tok.children:
        if c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children):
            continue  # "called her on Monday": a date, not "call on" someone
        for x in [c, *c.children]:
            if x is tok:
                continue
            near.setdefault(lemma(x), x)
            near.setdefault(x.lower_, x)
            if x is not c and x.lower_ == "of" and c.dep_ in ("dobj", "nsubj", "nsubjpass"):  # "hundreds of troops"
                for y in x.children:
                    near.setdefault(lemma(y), y)
    return near


def find_triggers(sent, onto: Ontology, blocked: list[tuple[int, int]], place_spans: tuple = ()) -> list[Trigger]:  # type: ignore[no-untyped-def]
    """Trigger words in one sentence; the most specific pattern per token, dependents consumed.

    "take" is territorial when what is taken is a place ("took the village of X", "took X")."""
    cands: list[Trigger] = []
    weapons = onto.cue("instrument_shelling") | onto.cue("instrument_air")
    for tok in sent:
        pos = "VERB" if tok.pos_ == "VERB" or tok.tag_.startswith("VB") else "NOUN" if tok.pos_ in ("NOUN", "PROPN") else None
        if pos is None or any(s <= tok.idx < e for s, e in blocked):
            continue
        if pos == "VERB" and tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in tok.children):
            continue  # an imperative ("enter the result"): page furniture, not news
        if pos == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) in DEBRIS:
            continue  # "the remains of a rocket": a thing found, not an attack
        if pos == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "det" for c in tok.children):
            continue  # "the wounded", "some of the injured": people, not an event
        if tok.dep_ == "acl" and any(c.dep_ == "agent" for c in tok.children) and tok.lemma_.lower() in BACKING:
            continue  # "militias supported by X": X is an associate, not a separate event
        if pos == "NOUN" and lemma(tok) in weapons and _supplied(tok):
            continue  # "promised aid including anti-ship missiles": weapons handed over, not fired
        if pos == "VERB" and lemma(tok) == "call" and _child(tok, "oprd") is not None:
            cands.append(Trigger(tok, TriggerPattern("call", (), "VERB", onto.types["plover.accuse"])))
            continue  # "called the attack despicable": a condemnation, not a phone call
        pats = onto.patterns(lemma(tok), pos) or (onto.patterns(tok.lower_, pos) if tok.lower_ != lemma(tok) else [])
        if not pats and not (pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS):
            continue
        near = _near_lemmas(tok)
        for p in pats:
            if all(d in near for d in p.deps):
                cands.append(Trigger(tok, p, [near[d] for d in p.deps]))
                break
        else:
            obj = _child(tok, "dobj") if pos == "VERB" and tok.lemma_.lower() in TAKE_VERBS else None
            if obj is not None and (lemma(obj) in SETTLEMENT_WORDS or any(s <= obj.idx < e for s, e in place_spans)):
                cands.append(Trigger(tok, TriggerPattern(tok.lemma_.lower(), (), "VERB", onto.types["battles.nsa_overtakes"])))
    cands.sort(key=lambda t: t.pattern.rank, reverse=True)
    taken: set[int] = set()
    out: list[Trigger] = []
    for t in cands:
        if t.tok.i in taken:
            continue
        out.append(t)
        taken.add(t.tok.i)
        taken.update(x.i for x in t.dep_toks)
    out.sort(key=lambda t: t.tok.i)
    return out


PROMISE_VERBS = frozenset({"promise", "pledge", "offer"})
SUPPLY_VERBS = frozenset({"promise", "pledge", "send", "supply", "deliver", "provide", "give", "sell", "transfer",
                          "ship", "offer", "buy", "receive", "acquire", "equip", "donate"})


def _supplied(tok) -> bool:  # type: ignore[no-untyped-def]
    """A noun that is handed over: the object (or part of the object) of a supply verb."""
    cur = tok
    for _ in range(5):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "prep":  # "including" is tagged a verb
            return cur.lemma_.lower() in SUPPLY_VERBS
    return False


SEQUENCE_PREPS = frozenset({"after", "before", "amid", "following", "despite"})


def _sequenced(tok) -> bool:  # type: ignore[no-untyped-def]
    """A nominal trigger in an "after/before/amid X" phrase: a separate, related event."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in SEQUENCE_PREPS


_FINITE = ("VBD", "VBZ", "VBP")


def _clause_head(tok):  # type: ignore[no-untyped-def]
    if tok.tag_ == "VBG" and tok.i == tok.sent.start:
        # "Shelling hit X" parsed as a gerund root with "hit" as its xcomp: the gerund is the subject
        fin = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ in _FINITE), None)
        if fin is not None:
            return fin
    if tok.dep_ == "xcomp" and tok.tag_ in _FINITE and tok.head.tag_ == "VBG" and tok.head.i == tok.sent.start:
        return tok
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") or cur.head is cur:
            return cur
        cur = cur.head
    return cur


def group_triggers(trigs: list[Trigger], onto: Ontology) -> list[Group]:
    """One group per clause head; generic killings merged into their weapon, embedded actions into threats/denials."""
    groups: dict[int, Group] = {}
    kill = onto.cue("kill_lemmas")
    for t in trigs:
        h = _clause_head(t.tok)
        if _sequenced(t.tok) and t.tok.lemma_.lower() not in kill and t.tdef.event_type != "Battles":
            h = t.tok  # "seized X after heavy shelling": the shelling is an event of its own
        groups.setdefault(h.i, Group(h, [])).triggers.append(t)
    order = sorted(groups)
    # a generic "killed"/"wounded" clause joins the weapon clause it depends on or follows
    for i in order:
        g = groups.get(i)
        if g is None or not all(t.tok.lemma_.lower() in kill for t in g.triggers):
            continue
        v = g.head
        target = None
        inner = [groups[k] for k in order if k != i and k in groups and any(c.i == k for c in v.children if c.dep_ == "conj")]
        inner += [groups[k] for k in order if k != i and k in groups and groups[k].head.pos_ != "VERB"
                  and _sequenced(groups[k].head) and groups[k].head.head.head.i == v.i]
        if inner:
            target = inner[0]  # "killed and wounded in an attack", "killed after shelling"
        elif v.dep_ in ("advcl", "conj", "xcomp") and v.head.i in groups and v.head.i != i:
            target = groups[v.head.i]
        else:
            for j in reversed([k for k in order if k < i and k in groups]):
                h = groups[j].head
                between = range(h.i + 1, v.i)
                sub = {x.i for x in h.subtree}
                if all(b in sub for b in between) and h.sent == v.sent:
                    target = groups[j]
                break
        if target is not None:
            target.triggers.extend(g.triggers)
            del groups[i]
    # an action inside a threat or denial is part of it ("threatened to strike", "denied carrying out")
    for i in sorted(groups):
        g = groups.get(i)
        if g is None or g.primary(onto).tdef.plover in SPEECH_ACTS:
            continue
        for gov in governors(g.head):
            host = groups.get(gov.i)
            if host is not None and host is not g and host.primary(onto).tdef.plover in SPEECH_ACTS:
                host.embedded.append(g)
                del groups[i]
                break
    return [groups[k] for k in sorted(groups)]


# --------------------------------------------------------------------------- clause


def clause_tokens(group: Group, other_heads: set[int]) -> set[int]:
    """Token indices of the group's clause(s), without conjoined verbs, speech complements or other events."""
    own = {t.i for t in group.heads()}
    out: set[int] = set()
    stack = list({t.i: t for t in group.heads()}.values())
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out.add(t.i)
        for c in t.children:
            if c.i in other_heads and c.i not in own:
                continue
            if c.dep_ in ("conj", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and c.i not in own:
                if not (c.dep_ == "conj" and _child(c, "nsubj", "nsubjpass") is None):
                    continue  # "retaliated and neutralised 40 fighters": the same deed goes on
            stack.append(c)
    return out


def _tokens_of(doc, start: int, end: int) -> list[int]:  # type: ignore[no-untyped-def]
    sp = doc.char_span(start, end, alignment_mode="expand")
    return [t.i for t in sp] if sp is not None else []


def _overlaps(a: Optional[Span], start: int, end: int) -> bool:
    return a is not None and a.start < end and start < a.end


# --------------------------------------------------------------------------- roles


def _child(tok, *deps):  # type: ignore[no-untyped-def]
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _pobj(tok, *preps):  # type: ignore[no-untyped-def]
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            p = _child(c, "pobj")
            if p is not None:
                return p
    return None


REDUCED_PASSIVE = frozenset({"kill", "wound", "injure", "capture", "hit", "destroy", "arrest", "abduct"})


def _reduced_passive(v) -> bool:  # type: ignore[no-untyped-def]
    """ "and 30 fighters killed": a past participle with a subject but no auxiliary or object is passive."""
    return (v.tag_ == "VBN" and v.lemma_.lower() in REDUCED_PASSIVE and _child(v, "nsubj") is not None
            and _child(v, "aux", "auxpass", "dobj") is None)


def _subject(v):  # type: ignore[no-untyped-def]
    """The acting subject of verb ``v``, inherited through conj/xcomp/advcl/relcl when absent."""
    if v.dep_ == "acl" and v.tag_ == "VBN" and _child(v, "nsubj") is None:
        return None  # "the people killed in the strike": the noun is who underwent it
    cur = v
    for _ in range(4):
        s = _child(cur, "nsubj", "csubj")
        if s is not None and s.lower_ not in ("who", "which", "that"):
            return s
        if cur.dep_ == "relcl":
            return cur.head
        if _child(cur, "nsubjpass") is not None:
            return None
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.lemma_.lower() in ("accuse", "blame", "charge", "suspect"):
            return _child(cur.head.head, "dobj")
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "after capturing X, they ...": the subject of the main verb
            continue
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head is not cur:
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX"):
                return cur if v.dep_ == "acl" else None
            continue
        return None
    return None


class _Roles:
    def __init__(self) -> None:
        self.agent = None  # token
        self.patient = None
        self.patients: list = []  # further candidates, tried when the first names no actor
        self.extra_agents: list = []  # coordinated subjects
        self.agent_refs: list[ActorRef] = []  # split "Turkish and Syrian forces"


def _is_place_tok(tok, places: list[Place], country_ok: bool) -> bool:  # type: ignore[no-untyped-def]
    toks = np_tokens(tok)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for p in places:
        if p.span.start < e and s < p.span.end and tok.idx >= p.span.start - 1:
            return not (country_ok and p.precision == "country")
    if tok.lemma_.lower() in ("town", "city", "village", "area", "district", "province", "highway", "road", "region",
                              "suburb", "neighbourhood", "neighborhood", "outskirts", "hamlet", "countryside",
                              "crossroads", "junction", "position", "post", "base"):
        return tok.lemma_.lower() not in ("position", "post", "base")
    return False


def _noun_roles(n, r: _Roles) -> None:  # type: ignore[no-untyped-def]
    if r.agent is None:
        r.agent = _pobj(n, "by")
    if r.agent is None:
        poss = _child(n, "poss")
        if poss is not None and poss.pos_ != "PRON":
            r.agent = poss
    if r.agent is None:
        for c in n.children:
            if c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"):
                r.agent = c
                break
    if r.patient is None:
        r.patient = _pobj(n, "on", "against", "targeting", "at")
    if r.agent is None and r.patient is None:
        between = _pobj(n, "between")
        if between is not None:
            r.agent = between
            conj = [c for c in between.conjuncts if c.i > between.i]
            r.patient = conj[0] if conj else None


def read_roles(group: Group, primary: Trigger, places: list[Place]) -> _Roles:
    """actor1/actor2 tokens of a clause through voice, prepositions and nominal triggers.

    The subject of a reporting verb that governs a nominal trigger is the source, not the actor
    ("state media reported clashes"); "announced an offensive", "claimed the attack" keep theirs."""
    r = _Roles()
    trig_heads = {t.tok.i for t in group.triggers}
    trig_toks = trig_heads | {d.i for t in group.triggers for d in t.dep_toks}
    code = primary.tdef.code
    territorial = code in ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")
    verbs = [t.tok for t in group.triggers if t.tok.pos_ == "VERB"]
    if group.head.pos_ in ("VERB", "AUX") and group.head not in verbs and group.head.lemma_.lower() not in SOURCE_VERBS:
        verbs.append(group.head)
    if primary.tok.pos_ != "VERB":
        _noun_roles(primary.tok, r)
        if r.agent is None and r.patient is None and code in SYMMETRIC and group.head.i != primary.tok.i:
            between = _pobj(group.head, "between")  # "talks ended between X and Y"
            if between is not None:
                r.agent = between
                conj = [c for c in between.conjuncts if c.i > between.i]
                r.patient = conj[0] if conj else None
    for v in ([primary.tok] if primary.tok in verbs else []) + [v for v in verbs if v is not primary.tok]:
        agent = _pobj(v, "by") if _child(v, "agent") is not None else None
        if agent is None and v.lemma_.lower() == "shell":  # "shelling by X" parsed as a verb with a prep
            agent = _pobj(v, "by")
        passive = _child(v, "nsubjpass")
        subj = _subject(v)
        if passive is None and _reduced_passive(v):
            passive, subj = _child(v, "nsubj"), None  # "12 soldiers killed": the soldiers are the victims
        if r.agent is None:
            if agent is not None:
                r.agent = agent
            elif subj is not None:
                if subj.i in trig_heads:
                    sub = _Roles()
                    _noun_roles(subj, sub)
                    r.agent = sub.agent
                    r.patient = r.patient or sub.patient
                else:
                    r.agent = subj
        if passive is None and v.dep_ == "acl" and v.tag_ == "VBN" and _child(v, "nsubj") is None \
                and v.lemma_.lower() not in BACKING:
            passive = v.head  # "people killed in the strike"
        obj = passive if passive is not None else _child(v, "dobj")
        if obj is not None and obj.i in trig_toks:
            sub = _Roles()
            _noun_roles(obj, sub)
            obj = sub.patient
        if obj is not None:
            if r.patient is None:
                r.patient = obj
            else:
                r.patients.append(obj)
        if r.patient is None and code in SYMMETRIC:
            r.patient = _pobj(v, "with", "against", "to")
            for t in group.triggers:  # "held talks with X"
                for d in [t.tok, *t.dep_toks]:
                    r.patient = r.patient or _pobj(d, "with", "between")
        if territorial and v.lemma_.lower() == "fall" and r.agent is not None and _is_place_tok(r.agent, places, False):
            r.agent = _pobj(v, "to")
    if r.agent is not None:
        r.extra_agents = [c for c in r.agent.conjuncts if c.i > r.agent.i]
    if territorial and r.patient is not None and _is_place_tok(r.patient, places, False):
        r.patient = _pobj(primary.tok, "from")
    for e in group.embedded:  # "threatened to strike X": X is acted on
        sub = read_roles(e, max(e.triggers, key=lambda t: t.pattern.rank[1]), places)
        if r.patient is None:
            r.patient = sub.patient
    return r


# --------------------------------------------------------------------------- places

ROAD_WORDS = frozenset({"highway", "road", "motorway", "route", "corridor"})
SETTLEMENT_WORDS = frozenset({"town", "village", "city", "hamlet", "suburb", "neighbourhood", "neighborhood"})
BRIDGE_CHARS = 600  # how far (characters) an unnamed "the town" looks for the town it stands for
LINK_VERBS = frozenset({"link", "connect", "join"})
NON_LOCATIVE_HEADS = frozenset({"deal", "agreement", "accord", "talks", "talk", "process", "format", "summit", "memorandum", "ceasefire", "cease-fire", "truce"})
ADDRESS_VERBS = frozenset({"urge", "ask", "accuse", "blame", "warn", "tell", "call", "criticise", "criticize", "condemn", "press", "thank", "reassure", "back", "support"})
TERRITORIAL = ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")


def territorial_code(code: str) -> bool:
    return code in TERRITORIAL


def place_rank(p: Place) -> int:
    """How specific a place is for an event; a road is a line, less specific than a town on it."""
    if (p.feature_class or "").startswith("R."):
        return PRECISION_RANK["district"]
    return PRECISION_RANK.get(p.precision, 6)


def _locative(doc, ts: list[int], onto: Optional[Ontology] = None) -> bool:  # type: ignore[no-untyped-def]
    """False for place names that do not say where the event is.

    "the road linking X with Y" (the ends of a road), "the Sochi deal" (an agreement's name),
    "urging Ankara to" (a capital standing for its government)."""
    first, last = doc[ts[0]], doc[ts[-1]]
    tset = set(ts)
    lead = doc.text[first.sent.start_char : first.idx]
    at_start = first.i == 0 or "\n" in doc[first.i - 1].text_with_ws or first.is_sent_start or (
        len(lead) < 40 and not any(ch.islower() for ch in lead))  # "BEIRUT/ ISTANBUL —"
    if at_start and (last.text.endswith(("/", ":")) or (last.i + 1 < len(doc) and doc[last.i + 1].text[:1] in (":", "—", "–", "-", "/"))):
        return False  # a dateline ("BEIRUT:", "X/ Y —"): where the reporter is, not the event
    head = last
    for _ in range(len(ts) + 1):
        if head.i not in tset or head.head.i == head.i:
            break
        head = head.head
    if last.dep_ == "compound" and lemma(last.head) in NON_LOCATIVE_HEADS:
        return False
    if last.dep_ in ("dobj", "nsubj") and head.lemma_.lower() in ADDRESS_VERBS:
        return False
    cur = last
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.lemma_.lower() in LINK_VERBS and cur.dep_ in ("acl", "relcl", "advcl"):
            return False
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("acl", "relcl"):
            break
    return True


def _target_place(g: "Group", primary: Trigger, roles: "_Roles", places: list[Place], tok_of_place) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The place a territorial trigger acts on: its object ("seized X", "the town of X"), or "the fall of X"."""
    cands = []
    v = primary.tok
    rel = v.head if v.dep_ == "relcl" and v.head.i != v.i else None  # "the highway they seized", "a town that was captured"
    for tok in [roles.patient, *roles.patients, _pobj(v, "of"), _child(v, "dobj", "nsubjpass"), rel]:
        if tok is not None and tok.lower_ in ("that", "which", "who"):
            tok = rel
        if tok is None:
            continue
        cands.append(tok)
        of = _pobj(tok, "of")  # "the town of X"
        if of is not None:
            cands.append(of)
        cands.extend(c for c in tok.children if c.dep_ == "appos")
    for tok in cands:
        for p, ts in tok_of_place:
            if ts and tok.i in ts and p.precision not in ("country", "region"):
                return p
    # "retook a key town", "seized control of a highway": the unnamed place is the nearest named one of its kind
    for tok in cands:
        kind = lemma(tok)
        if kind not in SETTLEMENT_WORDS and kind not in ROAD_WORDS:
            continue
        road = kind in ROAD_WORDS
        doc = tok.doc
        near = []
        for p, ts in tok_of_place:
            if not ts or abs(p.span.start - tok.idx) > BRIDGE_CHARS or p.precision in ("country", "region", "province"):
                continue
            if p.span.start > tok.idx and p.span.start >= tok.sent.end_char:
                continue  # an unnamed place refers back, or ahead within its own sentence, never to the next one
            if (p.feature_class or "").startswith("R.") != road or not _locative(doc, ts, None):
                continue
            near.append((abs(p.span.start - tok.idx), p))
        if near:
            return min(near, key=lambda x: x[0])[1]
    return None


# --------------------------------------------------------------------------- the annotator


def _refine(tdef: TypeDef, onto: Ontology, clause_lemmas: set[str], actor1_state: Optional[bool], actor2: Optional[ActorRef]) -> TypeDef:
    for cond, code in tdef.refine:
        ok = False
        if cond == "actor1_state":
            ok = actor1_state is True
        elif cond == "actor1_nonstate":
            ok = actor1_state is False
        elif cond == "instrument_air":
            ok = bool(clause_lemmas & onto.cue("instrument_air"))
        elif cond == "instrument_shelling":
            ok = bool(clause_lemmas & onto.cue("instrument_shelling"))
        elif cond == "actor2_civilian":
            ok = actor2 is not None and actor2.entity_id == "CIVILIANS"
        elif cond == "actor2_not_civilian":
            ok = actor2 is None or actor2.entity_id != "CIVILIANS"
        if ok:
            return onto.types[code]
    return tdef


def _article_place(analysis: Analysis, dateline: Optional[str], doc=None) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The article's most prominent place (most mentioned; the dateline's place wins ties)."""
    if not analysis.places:
        return None
    by_country: dict[str, int] = {}
    for p in analysis.places:
        if p.country:
            by_country[p.country] = by_country.get(p.country, 0) + 1
    focus = max(by_country, key=lambda c: by_country[c]) if by_country else None
    counts: dict[str, list[Place]] = {}
    for p in analysis.places:
        if doc is not None:
            ts = _tokens_of(doc, p.span.start, p.span.end)
            if ts and not _locative(doc, ts):
                continue  # "the road linking X and Y", "the X deal"
        if focus is not None and p.country and p.country != focus:
            continue  # the story happens in the country its places are mostly in, not in a capital that speaks
        if p.precision in ("country", "region") or (p.feature_class or "").startswith("R."):
            continue  # a road runs through many places: not where an unplaced event happened
        counts.setdefault(p.geonameid or p.name.lower(), []).append(p)
    dl = (dateline or "").lower()
    # a province counts its own mentions and those of the places inside it: an article that moves between
    # several towns of one province is placed in the province, one that keeps coming back to a town in the town
    inside: dict[str, int] = {}
    for k, ps in counts.items():
        p = ps[0]
        if p.precision not in ("province", "district") and p.admin1:
            for k2, ps2 in counts.items():
                q = ps2[0]
                if k2 != k and q.precision == "province" and q.country == p.country and q.admin1 == p.admin1:
                    inside[k2] = inside.get(k2, 0) + len(ps)

    def score(k: str) -> int:
        return len(counts[k]) + inside.get(k, 0)

    def key(k: str) -> tuple:
        ps = counts[k]
        in_dateline = bool(dl) and ps[0].name.lower() in dl
        return (score(k), in_dateline, -PRECISION_RANK.get(ps[0].precision, 6), -ps[0].span.start)

    if not counts:
        return None
    best = max(counts, key=key)
    p = counts[best][0]
    if p.precision == "province":  # one town holding half the province's mentions is where the article is
        towns = [k for k in counts if k != best and counts[k][0].admin1 == p.admin1
                 and counts[k][0].country == p.country and counts[k][0].precision not in ("province", "district")]
        top = max(towns, key=key, default=None)
        if top is not None and 2 * len(counts[top]) >= score(best):
            return counts[top][0]
    return p


def _claimant(sent, trig, group: Group, attributions: list[Attribution], finder: ActorFinder) -> tuple[Optional[str], Optional[str]]:  # type: ignore[no-untyped-def]
    pos = trig.idx
    for a in attributions:
        if a.claim_start is not None and a.claim_end is not None and a.claim_start <= pos < a.claim_end:
            return a.claimant_id or a.span.text, a.claimant_name or a.span.text
    for a in attributions:
        if sent.start_char <= a.span.start < sent.end_char and a.claim_start is None:
            return a.claimant_id or a.span.text, a.claimant_name or a.span.text
    onto = finder.onto
    for g in governors(group.head):
        lem = g.lemma_.lower()
        if lem in onto.cue("speech_verbs") or lem in ("accuse", "blame"):
            s = _subject(g)
            ref = finder.actor(s, via_modifier=False) if s is not None else None
            if ref is not None:
                return ref.entity_id, ref.name
            if s is not None:
                toks = np_tokens(s)
                text = span_of(toks, "").text
                return text, text
    for tok in sent:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            to = _child(tok, "prep")
            p = _child(to, "pobj") if to is not None else None
            if p is not None:
                ref = finder.actor(p, via_modifier=False)
                text = span_of(np_tokens(p), "").text
                return (ref.entity_id, ref.name) if ref else (text, text)
    return None, None


PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
ANTECEDENT_CHARS = 500  # an earlier event's actor further back than this is not what a pronoun refers to


def _is_person(ref: ActorRef, finder: ActorFinder) -> bool:
    if ref.span is None:
        return False
    return any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end))


def _antecedent(pron, g: Group, onto: Ontology, finder: ActorFinder, prev: list[EventMention], sent) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun stands for: the speaker ("Turkey said it struck ..."), else the
    acting side of the nearest earlier event of the article ("The army ... . They then took ...")."""
    person = pron.lower_ in ("he", "she")
    if pron.lower_ == "we":
        return None  # a quoted speaker's own side: not the actor of the previous event
    for gov in governors(g.head):
        if gov.lemma_.lower() in onto.cue("speech_verbs"):
            s = _child(gov, "nsubj")
            if s is not None and s.pos_ != "PRON":
                ref = finder.actor(s, via_modifier=False)
                if ref is not None and _is_person(ref, finder) == person:
                    return ref
            for a in finder.an.attributions:  # the claimant the attribution layer found for this claim
                if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                        and a.claim_start <= pron.idx < a.claim_end:
                    ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
                    return ref if _is_person(ref, finder) == person else None
            return None  # "X said it ...": it is the speaker, whoever the parse missed
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > ANTECEDENT_CHARS:
            break
        if ev.actor1 is not None and ev.actor1.span is not None and ev.actor1.span.text.lower() not in PRONOUNS \
                and _is_person(ev.actor1, finder) == person:
            return ev.actor1
    return None


def _anaphoric_forces(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "those forces", "these troops", "the forces": a bare armed noun pointing back at an actor named before."""
    kids = list(tok.children)
    return (tok.lemma_.lower() in ("force", "troop", "soldier", "fighter", "unit")
            and any(c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in kids)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids))


CARRY_TYPES = ("Explosions/Remote violence",)  # a strike and its toll told over two sentences; "fighting" is too vague to carry
CARRY_CHARS = 300  # how far back a dateless sentence looks for the date of the same event type


def _toll_verb_over(tok, toll_verbs: frozenset[str]) -> Optional[tuple[set[int], set[int]]]:  # type: ignore[no-untyped-def]
    """For a trigger inside the subject of a count verb ("the toll from the attack rose to 52"): the
    subject's tokens and the count verb's; None otherwise."""
    cur = tok
    for _ in range(8):
        if cur is not tok and cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_.lower() in toll_verbs:
            v = cur.head
            return {x.i for x in cur.subtree}, {x.i for x in v.subtree}
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _carried_time(tdef: TypeDef, sent, prev: list[EventMention]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A dateless sentence that goes on about the event just told takes its day: the nearest earlier
    event of the same type, a few sentences back, with a resolved day or week."""
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > CARRY_CHARS:
            break
        if ev.sentence.start >= sent.start_char:
            continue
        if ev.event_type in CARRY_TYPES and ev.event_type == tdef.event_type and ev.sub_event_type == tdef.sub_event_type \
                and ev.time is not None and ev.time.start is not None \
                and ev.time.precision in ("day", "week") and ev.modality == "asserted":
            return ev.time
    return None


def _definite_reference(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the strike", "this attack", "Friday's shelling": a noun that points back to an event already told
    (not "a strike", "strikes", "an attack by X on Y")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "in") for c in tok.children):
        return False  # "the shelling by X of Y", "the attack on Z": a full description, likely new
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in tok.children)


def _definite(tok) -> bool:  # type: ignore[no-untyped-def]
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
               or (c.dep_ in ("compound", "nummod", "amod") and (c.pos_ in ("PROPN", "NUM") or c.like_num)) for c in tok.children)


def _units(doc):  # type: ignore[no-untyped-def]
    """Sentences, cut again at blank lines (headlines and datelines the sentence splitter glued on)."""
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if (tok.is_space and "\n\n" in tok.text) or "\n\n" in tok.whitespace_:
                end = tok.i if tok.is_space else tok.i + 1
                piece = doc[start:end]
                if piece.text.strip():
                    yield piece
                start = tok.i + 1
        piece = doc[start : sent.end]
        if piece.text.strip():
            yield piece


HEADLINE_MAX_TOKENS = 10


def _headline(unit) -> bool:  # type: ignore[no-untyped-def]
    """A short line standing alone without final punctuation: a headline or crosshead, whose event the
    body tells again in full (with its date and place)."""
    words = [t for t in unit if not t.is_space and not t.is_punct]
    text = unit.text.strip()
    if not text or text[-1] in '.!?"\'”’)»…':
        return False
    after = unit.doc.text[unit.end_char : unit.end_char + 2] if unit.end < len(unit.doc) else "\n"
    return len(words) <= HEADLINE_MAX_TOKENS and (after.startswith("\n") or unit.end >= len(unit.doc))


def extract_events(doc, ctx, analysis: Analysis) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """Event mentions of one parsed article (see the module docstring)."""
    onto = load_ontology()
    aid = ctx.article_id
    finder = ActorFinder(analysis, onto, getattr(ctx, "country_focus", []) or [])
    published: Optional[_dt.date] = getattr(ctx, "published", None)
    blocked = [(m.span.start, m.span.end) for m in analysis.entities if m.kind in _BLOCK_KINDS]
    place_spans = tuple((p.span.start, p.span.end) for p in analysis.places if p.precision not in ("country", "region"))
    blocked += [(p.span.start, p.span.end) for p in analysis.places]
    fallback_place = _article_place(analysis, getattr(ctx, "dateline", None), doc)
    tok_of_time = [(t, _tokens_of(doc, t.span.start, t.span.end)) for t in analysis.times]
    tok_of_place = [(p, _tokens_of(doc, p.span.start, p.span.end)) for p in analysis.places]
    tok_of_fig = [(f, _tokens_of(doc, f.span.start, f.span.end)) for f in analysis.figures]
    out: list[EventMention] = []
    for sent in _units(doc):
        if _headline(sent):
            continue
        trigs = find_triggers(sent, onto, blocked, place_spans)
        if not trigs:
            continue
        groups = group_triggers(trigs, onto)
        all_heads = {t.i for g in groups for t in g.heads()}
        clauses = [clause_tokens(g, all_heads) for g in groups]
        sent_idx = set(range(sent.start, sent.end))
        for gi, g in enumerate(groups):
            ev = _build(g, clauses, gi, sent, sent_idx, onto, finder, analysis, ctx, aid, published,
                        tok_of_time, tok_of_place, tok_of_fig, fallback_place, out)
            if ev is not None:
                out.append(ev)
    return out


def _build(g: Group, clauses: list[set[int]], gi: int, sent, sent_idx: set[int], onto: Ontology, finder: ActorFinder,  # type: ignore[no-untyped-def]
           analysis: Analysis, ctx, aid: str, published: Optional[_dt.date], tok_of_time, tok_of_place, tok_of_fig,
           fallback_place: Optional[Place], prev: Optional[list[EventMention]] = None) -> Optional[EventMention]:
    doc = sent.doc
    clause = clauses[gi]
    other_clauses = set().union(*[c for j, c in enumerate(clauses) if j != gi]) if len(clauses) > 1 else set()
    primary = g.primary(onto)
    trig = primary.tok
    roles = read_roles(g, primary, analysis.places)
    prev = prev or []

    actor1 = finder.actor(roles.agent) if roles.agent is not None else None
    associates: list[ActorRef] = []
    actor2 = None
    if roles.agent is not None:
        split = finder.split_amod_conj(roles.agent)
        if len(split) >= 2:
            actor1 = split[0]
            if primary.tdef.code in SYMMETRIC and roles.patient is None:
                actor2 = split[1]
            else:
                associates.extend(ActorRef(a.entity_id, a.name, a.span, "associate") for a in split[1:])
        for extra in roles.extra_agents:
            ref = finder.actor(extra)
            if ref is None:
                continue
            if primary.tdef.code in SYMMETRIC and actor2 is None and roles.patient is None:
                actor2 = ref
            else:
                associates.append(ActorRef(ref.entity_id, ref.name, ref.span, "associate"))
        associates.extend(finder.associates(roles.agent))
    if roles.agent is not None and (actor1 is None or _is_place_tok(roles.agent, analysis.places, True)):
        actor1 = None
        app = _child(roles.agent, "appos")  # "Beirut: rebel fighters ... retook": the apposition acts
        if app is not None:
            actor1 = finder.actor(app)
            if actor1 is not None:
                associates.extend(finder.associates(app))
    if actor1 is None and roles.agent is not None and (roles.agent.lower_ in PRONOUNS or _anaphoric_forces(roles.agent)):
        ante = _antecedent(roles.agent, g, onto, finder, prev, sent)
        if ante is not None:
            sp = Span(aid, roles.agent.idx, roles.agent.idx + len(roles.agent.text), roles.agent.text)
            actor1 = ActorRef(ante.entity_id, ante.name, sp, "primary")
    for cand in [roles.patient, *roles.patients]:
        if actor2 is None and cand is not None and not _is_place_tok(cand, analysis.places, True):
            actor2 = finder.actor(cand)

    clause_lemmas = {lemma(doc[i]) for i in clause}
    tdef = primary.tdef
    if g.embedded and tdef.plover in SPEECH_ACTS:
        pass  # the threat/denial keeps its own type; the embedded action gives actor2
    else:
        tdef = _refine(tdef, onto, clause_lemmas, finder.is_state(actor1), actor2)
        # a territorial trigger's refinement can also depend on the final actor
        tdef = _refine(tdef, onto, clause_lemmas, finder.is_state(actor1), actor2) if tdef is not primary.tdef else tdef

    # places: clause, then sentence, then the article
    actor_spans = [a.span for a in [actor1, actor2, *associates] if a is not None and a.span is not None]

    def usable(p: Place) -> bool:
        return not any(_overlaps(s, p.span.start, p.span.end) for s in actor_spans)

    def pick(cands: list[Place]) -> Optional[Place]:
        cands = [p for p in cands if usable(p)]
        if not cands:
            return None
        return min(cands, key=lambda p: (p is not target_place, place_rank(p), abs(p.span.start - trig.idx)))

    # a territorial event happens at the place taken ("seized X", "the fall of X")
    target_place = _target_place(g, primary, roles, analysis.places, tok_of_place) if territorial_code(primary.tdef.code) else None

    def located(ts: list[int]) -> bool:
        """A place mention that says where something is, not who acts or speaks ("Turkey said", "Britain-based")."""
        first, last = doc[ts[0]], doc[ts[-1]]
        if any(doc[i].dep_ in ("nsubj", "nsubjpass", "poss") for i in ts) and last.head.pos_ != "ADP":
            return False
        if "-" in last.text or (last.i + 1 < len(doc) and doc[last.i + 1].text == "-"):
            return False  # "Britain-based", "Turkey-backed"
        if first.i == sent.start and last.i + 1 < len(doc) and doc[last.i + 1].text in (":", "—", "-", "/"):
            return False  # a dateline glued to the sentence
        if not _locative(doc, ts, onto):
            return False
        return not any(a.span.start <= doc[i].idx < a.span.end for a in analysis.attributions for i in ts)

    in_clause = [p for p, ts in tok_of_place if ts and ts[0] in clause and located(ts)]
    if primary.tdef.own_place_only:
        # "seized a highway in northwest Syria as talks ended": the talks were not there; but "were in Kyiv,
        # where they met X" and "made a visit to Kyiv and met X" place the meeting; nor did a phone call
        # between capitals happen on the article's battlefield
        fallback_place = None
        own = set(clause)
        h = g.head
        if h.dep_ == "relcl" and any(c.lower_ == "where" for c in h.children):
            before = [ts[0] for _, ts in tok_of_place if ts and ts[0] in sent_idx and ts[0] < h.i]
            if before:
                own.add(max(before))  # the place "where" points back to (the parser may hang it on a date)
        if h.dep_ == "conj":
            own |= {x.i for x in h.head.subtree} - {x.i for x in h.subtree}
    else:
        own = sent_idx
    in_sent = [p for p, ts in tok_of_place if ts and ts[0] in own and located(ts)]
    coarse = ("country", "region")
    fine_clause = pick([p for p in in_clause if p.precision not in coarse])
    fine_sent = pick([p for p in in_sent if p.precision not in coarse])
    coarse_any = pick(in_clause) or pick(in_sent)
    place, place_level = None, "none"
    if target_place is not None:
        place, place_level = target_place, "clause"
    elif fine_clause is not None:
        place, place_level = fine_clause, "clause"
    elif fine_sent is not None:
        place, place_level = fine_sent, "sentence"
    elif fallback_place is not None and (coarse_any is None or fallback_place.country == coarse_any.country) \
            and fallback_place.precision not in coarse:
        place, place_level = fallback_place, "article"
    elif coarse_any is not None:
        place, place_level = coarse_any, "sentence"
    elif fallback_place is not None:
        place, place_level = fallback_place, "article"

    # time: the clause's date, else a sentence date no other event claims, else the publication date
    def since_time(ts: list[int]) -> bool:
        first = doc[ts[0]]
        return first.head.lemma_.lower() == "since" or (first.i > 0 and doc[first.i - 1].lower_ == "since")

    clause_times = [t for t, ts in tok_of_time if ts and ts[0] in clause]
    toll = _toll_verb_over(primary.tok, onto.cue("toll_verbs"))
    if toll is not None:
        # "the number killed in a strike rose to 52 on Saturday": Saturday dates the count; only the
        # subject's own words ("Friday's strike") date the event, and the count is its toll
        subject, counted = toll
        tok_of_time = [(t, ts) for t, ts in tok_of_time if ts and ts[0] in subject]
        clause = clause | counted

    def usable_time(t: TimeExpr) -> bool:
        # resolved, or relative and waiting for an anchor (an undated report: "on Thursday", "the previous day")
        return t.type in ("DATE", "TIME") and (t.start is not None or (t.relative and t.precision in _RELATIVE_OK))

    dated = [t for t, ts in tok_of_time if ts and ts[0] in clause and usable_time(t) and not since_time(ts)]
    time: Optional[TimeExpr] = min(dated, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if dated else None
    if time is None:
        loose = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
                 and usable_time(t) and not since_time(ts)]
        time = min(loose, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if loose else None
    if time is None and toll is None and not any(ts and ts[0] in sent_idx for _, ts in tok_of_time):
        time = _carried_time(primary.tdef, sent, prev)  # "Turkey struck on Monday. It said 40 targets were hit."
    if time is not None and time.start is None:
        date_start = date_end = None  # kept as ``time`` so the story layer can resolve it on an inferred anchor
        precision = "unknown"
    elif time is not None:
        date_start, date_end, precision = time.start, time.end or time.start, time.precision
    else:
        date_start = date_end = published
        # a count's date was set aside (toll): the event is dated by its report, even one still undated
        precision = "reported" if published is not None or toll is not None else "unknown"

    mod = modality(g.head, onto, clause_times, published)
    fatalities_in_clause = next((f for f, ts in tok_of_fig if ts and any(i in clause for i in ts) and f.what in KILLED_WHAT), None)
    humanitarian = [f for f, ts in tok_of_fig if ts and any(i in clause for i in ts) and f.what in HUMANITARIAN_WHAT]
    nominal = all(t.tok.pos_ != "VERB" for t in g.triggers)
    if mod == "asserted" and nominal and tdef.code == "sd.agreement" and _definite(primary.tok):
        mod = "background"  # "under the Sochi deal", "the 2018 ceasefire": a reference to an old agreement
    if mod == "asserted" and nominal and tdef.event_type != "Political" \
            and (humanitarian or g.head.lemma_.lower() in onto.cue("consequence_verbs")):
        mod = "background"  # "the fighting has displaced 900,000": a humanitarian toll, not a new event
    if mod == "asserted" and nominal and _definite_reference(primary.tok) and time is None and fatalities_in_clause is None \
            and g.head.lemma_.lower() not in onto.cue("kill_lemmas") and tdef.event_type != "Political":
        mod = "background"  # "said the strike showed ...", "called the attack despicable": a reference to an event told before
    only_kill = all(t.tok.lemma_.lower() in onto.cue("kill_lemmas") for t in g.triggers)
    perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in g.head.children)
    if mod == "asserted" and only_kill and perfect and time is None and actor1 is None:
        mod = "background"  # "more than 300 have been killed": a running toll (a Figure), not one event
    if mod == "asserted" and tdef.plover != "THREATEN" and trig.lemma_.lower() in PROMISE_VERBS:
        mod = "planned"  # "promised more military aid": not delivered yet
    if tdef.plover == "THREATEN" and mod == "asserted":
        mod = "threatened"
    elif tdef.plover == "REJECT" and g.embedded and mod == "asserted":
        mod = "denied"

    # figures in the clause; the killed-figure is the fatality count
    figs = [f for f, ts in tok_of_fig if ts and any(i in clause for i in ts)]
    killed = [f for f in figs if f.what in KILLED_WHAT and not f.background and f.since is None]
    fatalities: Optional[Figure] = min(killed, key=lambda f: abs(f.span.start - trig.idx)) if killed else None
    claimant, claimant_name = _claimant(sent, trig, g, analysis.attributions, finder)

    conf = 0.45
    conf += 0.15 if actor1 is not None else 0.0
    conf += 0.05 if actor2 is not None else 0.0
    conf += {"clause": 0.1, "sentence": 0.05}.get(place_level, 0.0)
    conf += 0.1 if time is not None else 0.0
    conf += 0.05 if primary.pattern.deps else 0.0
    if trig.lemma_.lower() in onto.cue("kill_lemmas") and len(g.triggers) == 1:
        conf -= 0.05
    conf = round(max(0.05, min(0.95, conf)), 2)

    tspan = Span(aid, trig.idx, trig.idx + len(trig.text), trig.text)
    return EventMention(
        id=f"{aid}:ev:{tspan.start}-{tspan.end}",
        article_id=aid,
        sentence=Span(aid, sent.start_char, sent.end_char, sent.text),
        event_type=tdef.event_type,
        sub_event_type=tdef.sub_event_type,
        plover=tdef.plover,
        trigger=tspan,
        actor1=actor1,
        actor2=actor2,
        associates=associates,
        place=place, place_source=place_level if place is not None else "",
        time=time,
        date_start=date_start,
        date_end=date_end,
        date_precision=precision,
        fatalities=fatalities,
        figures=[f.id for f in figs],
        claimant=claimant,
        claimant_name=claimant_name,
        modality=mod,
        confidence=conf,
    )
