"""The attacker's own death in the incident's toll (branch tolls8): ACLED counts every death of an event, the
attackers' too (ACLED codebook, "Fatalities": all reported deaths), as ``toll_excluding`` already does for "21, not
counting the four attackers". A report often gives the victims' count alone and tells the attacker's death apart:

* "A gunman ... killed two people ... before he was shot dead by a police officer", "One officer fired, killing him":
  the one the police or troops killed (a he/him pronoun, or a noun of attackers: "the gunman", "two other attackers")
  in a report where a non-state attacker killed people on that day is the attacker: the toll is the victims and he;
* "A suicide bomber blew himself up ..., killing six people": the bomber (one per "a suicide bomber") died too;
* "Two assailants were killed in the exchange of fire", "One of the attackers was killed in the firefight", "It said
  its troops had killed 31 of the assailants" (branch attackers10): a death count whose own words name the attackers,
  told after the incident's count, whoever killed them (:func:`_counted_attackers`); it may tell the bomber or the
  gunman the police shot again ("The attacker was killed on the spot"), so it adds the larger of the two readings,
  unless it says they are others ("two other attackers").

:func:`add_attacker_death` adds them once to the incident's count (the event with the largest count): several
mentions of the attacker's death are one death (the largest of them), and a count that already holds him ("Five
people, including the gunman, were killed", "Three drivers and a gunman were killed", the doer's suicide added by
``toll_doer_suicide.add_doer_suicide``) is left alone. A death in a later pursuit or a later day is another
engagement (ACLED codes it apart) and adds nothing.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Optional

from sitrep.events.attackers_part import incident_counts, moments_later, own_clause_part, partitive_of_attackers
from sitrep.events.cues import sense_cue
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure

__all__ = ["add_attacker_death", "add_attacker_wound", "forces_doer", "holds_attacker"]

_PRONOUNS = frozenset({"he", "him"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves"})
_SUICIDE_BOMBERS = re.compile(r"\b(?P<n>an?|one|two|three|four)\s+(?:\w+\s+)?suicide\s+(?:car\s+)?bombers?\b", re.I)
_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}


def _attacker_nouns() -> frozenset[str]:
    return sense_cue("attacker_death_nouns")


@functools.lru_cache(maxsize=1)
def _holds() -> re.Pattern[str]:
    """A count that already holds the attacker: "Five people, including the gunman", "including himself"."""
    nouns = "|".join(sorted(map(re.escape, _attacker_nouns()), key=len, reverse=True))
    return re.compile(r"^[^.;]{0,60}?\b(?:including|among them|counting|as well as)\s+(?:himself\b|herself\b|(?:the\s+)?"
                      r"(?:\w+\s+)?(?:" + nouns + r")s?\b)", re.I)


def holds_attacker(after: str) -> bool:
    """The words after a count say it already holds the attacker ("..., including the gunman", "including himself")."""
    return bool(_holds().match(after))


def _later(d: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The deed's sentence tells a later engagement ("troops pursuing the attackers", "in an encounter")."""
    sp = doc.char_span(d.sentence.start, d.sentence.end, alignment_mode="expand") if doc is not None else None
    return sp is not None and any(t.lemma_.lower() in sense_cue("later_engagement_words") or
                                  t.lower_ in sense_cue("later_engagement_words") for t in sp)


def forces_doer(e: EventMention) -> bool:
    """The event's doer is a state's police or army ("a police officer", "troops", "Police Forces of Jamaica")."""
    from sitrep.events.roles import bare_forces

    if e.actor1 is None:
        return False
    name = e.actor1.name.lower()
    if name.startswith(("police forces of", "military forces of")):
        return True
    words = set(re.findall(r"[a-z]+", name))
    return bool(words & sense_cue("police_doer_words")) or any(p in name for p in bare_forces() if " " in p)


_DEFENCE_VERB = re.compile(r"(?:repel|repuls|foil|thwart|beat|fought|fight|fend|pushed|push)", re.I)


def _repelled(e: EventMention) -> bool:
    """A defence told with the attackers as its doer ("troops repelled an attack by X, killing 23 of the assailants":
    events/repelled_attack.py; its trigger a defence verb): its count is of the attackers, killed by the side
    attacked, as a forces deed's is (branch roles13)."""
    return e.actor1 is not None and e.fatalities is not None and _attacker_noun(e.fatalities.who) \
        and e.trigger is not None and bool(_DEFENCE_VERB.match(e.trigger.text))


def _exact(f: Optional[Figure]) -> Optional[int]:
    if f is None or f.background or f.low is None or f.low != f.high or f.low < 1:
        return None
    return int(f.low)


_FATAL_LEMMAS = frozenset({"kill", "shoot", "gun", "stab"})


def _patient(t):  # type: ignore[no-untyped-def]
    """The one a passive deed word acts on: its own passive subject, or, for a deed conjoined to or hung on another
    verb ("fired at people and was shot dead", "killed one person before being shot dead"), that verb's subject."""
    seen = 0
    while t is not None and seen < 3:
        subj = [c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")]
        if subj:
            return subj[0]
        if t.dep_ not in ("conj", "pcomp", "advcl", "xcomp") or t.head is t:
            return None
        t = t.head.head if t.dep_ == "pcomp" else t.head
        seen += 1
    return None


def _told_dead(t) -> bool:  # type: ignore[no-untyped-def]
    """"shot dead", "shot and killed", "killed", "fatally shot": the deed word tells a death."""
    lem = t.lemma_.lower()
    if lem == "kill":
        return True
    if lem not in _FATAL_LEMMAS:
        return False
    kids = {c.lower_ for c in t.children} | {c.lower_ for c in t.subtree if c.head is t and c.dep_ == "conj"}
    return bool(kids & {"dead", "fatally", "killed"})


def _attacker_victim(d: EventMention, m: EventMention, text: str, doc) -> Optional[int]:  # type: ignore[no-untyped-def]
    """How many attackers the deed ``d`` of the police or troops killed (None: its dead are not told as the
    attackers of ``m``)."""
    if not (forces_doer(d) or _repelled(d)):
        return None
    n = _exact(d.fatalities)
    if n is not None and d.fatalities is not None:
        told = text[d.fatalities.span.start:d.fatalities.span.end + 20].lower()
        words = re.findall(r"[a-z]+", text[d.fatalities.span.start:d.fatalities.span.end].lower())
        tail = re.match(r"[^,.;]*?\bof\s+(?:the\s+|them\b)?(\w*)", told)  # "one of the gunmen", "31 of the ..."
        if words and words[-1] in _REFLEXIVE:
            return None
        if len(words) == 1 and words[0] in _PRONOUNS:
            return 1
        nouns = _attacker_nouns()
        if tail:
            words.append(tail.group(1))
        if not words:
            return None
        if any(w in nouns or w.rstrip("s") in nouns for w in words):
            return n
        return None
    if d.fatalities is not None or doc is None or d.trigger is None or m.trigger is None:
        return None
    trig = doc.char_span(d.trigger.start, d.trigger.end, alignment_mode="expand")
    if trig is None or not len(trig) or not _told_dead(trig.root):
        return None
    who = _patient(trig.root)
    if who is None or who.lower_ in ("who", "that"):
        return None
    if who.lemma_.lower() in _attacker_nouns():
        return 1 if who.tag_ != "NNS" else None
    doer = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if doer is not None and len(doer) and who == _patient(doer.root) and who.dep_ == "nsubj":
        return 1 if who.tag_ != "NNS" else None  # "A man ... killed one person ... before being shot dead"
    return None


# a count's first word: digits, or a number word up to twelve (alphabetical)
_ANOTHER_WORD = re.compile(r"\b(?:another|separate)\b", re.I)
_COUNT_WORD = re.compile(r"\s*(?:\d+|eight|eleven|five|four|nine|one|seven|six|ten|three|twelve|two)\b", re.I)


def _told_of_attackers(after: str) -> bool:
    """The count's own words, a number first, name the attackers within three words: "Two assailants", "One of the
    attackers", "31 of the assailants", "two suspected gunmen" (not "One died", whose noun came sentences before;
    not "the attacker" with no number, whom the lede's toll may already hold: "Two people were killed ... One person
    was killed ... The police then killed the attacker")."""
    head = re.split(r"[.;:,]", after, maxsplit=1)[0]
    if not _COUNT_WORD.match(head):
        return False  # "the attacker", "the gunman": no count, maybe one the lede's toll already holds
    words = re.findall(r"[a-z]+", head.lower())[1:4]
    nouns = _attacker_nouns()
    return any(w in nouns or w.rstrip("s") in nouns for w in words)


_A_COUNT_WORD = re.compile(r"\s*(?:an?|\d+|eight|five|four|nine|one|seven|six|ten|three|two)\b", re.I)  # "a", a number
_NAME_STOP = frozenset({"the", "of", "and", "for", "group", "forces", "people", "party", "front", "army", "state",
                        "opposition", "rebels", "militia", "unidentified", "armed", "islamic"})


def _plain(w: str) -> str:
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _told_of_doer_members(after: str, m: EventMention, text: str) -> bool:
    """The count's own words, a number or "a" first, name a member of the group that did the deed ``m``: a noun of
    membership (``attacker_member_nouns``: "member", "cadre", "rebel") with a word of the doer's name before it ("an
    Abu Sayyaf member" of the Abu Sayyaf Group, "a Maoist cadre" of the Communist Party of India (Maoist)), or that
    noun told of the doer in the deed's own sentence ("One rebel was killed in the firefight" after "Rebels of the
    New People's Army killed two soldiers"). Not a member of another group ("two members of a rival gang")."""
    if m.actor1 is None or forces_doer(m):
        return False
    head = re.split(r"[.;:,]", after, maxsplit=1)[0]
    if not _A_COUNT_WORD.match(head):
        return False
    words = re.findall(r"[A-Za-z]+", head)[1:5]
    members = sense_cue("attacker_member_nouns")
    at = next((k for k, w in enumerate(words) if _plain(w.lower()) in members), None)
    if at is None or (at + 1 < len(words) and words[at + 1].lower() == "of"):
        return False  # "two members of a rival gang": the group named after them is another one
    name = {_plain(w) for w in re.findall(r"[a-z]+", m.actor1.name.lower())} - _NAME_STOP
    if any(_plain(w.lower()) in name for w in words[:at] if w[:1].isupper()):
        return True  # "an Abu Sayyaf member", "a Maoist cadre"
    noun = _plain(words[at].lower())
    told = {_plain(w) for w in re.findall(r"[a-z]+", text[m.sentence.start:m.sentence.end].lower())}
    return at == 0 and noun in told  # "One rebel" after "Rebels of the NPA killed two soldiers"


def _attacker_noun(who: Optional[str]) -> bool:
    """A count's noun names the attackers ("Two assailants", "One of the attackers", "31 of the assailants")."""
    words = re.findall(r"[a-z]+", (who or "").lower())
    if not words:
        return False
    last = words[-1]
    nouns = _attacker_nouns()
    return last in nouns or last.rstrip("s") in nouns


def _later_find(t) -> bool:  # type: ignore[no-untyped-def]
    """ "Troops later recovered the body of an Abu Sayyaf member killed in the firefight": "later" tells when the body
    was found (a finding verb, data/time_lexicon.tsv), not a later engagement."""
    from sitrep.nlp.timelex import lexicon

    return t.lower_ == "later" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in lexicon().finding_verbs


def _counted_attackers(m: EventMention, events: list[EventMention], figures: list[Figure], text: str,
                       doc) -> list[tuple[int, bool]]:  # type: ignore[no-untyped-def]
    """The attackers' dead a count of their own tells in the incident's report, whoever killed them ("Two assailants
    were killed in the exchange of fire", "One of the attackers was killed in the firefight", "It said its troops
    had killed 31 of the assailants"): a death count whose noun is a word for the attackers, told in a sentence
    after the incident's count (never beside it: "ten dead, two of them assailants" is a part of it), with no later
    engagement in its sentence nor another day on the event it was read with, nor another incident opened."""
    from sitrep.events.claims import opens_another

    f0 = m.fatalities
    assert f0 is not None
    out = []
    for f in figures:
        if f.what != "killed" or f is f0 or _exact(f) is None:
            continue
        after = text[f.span.start:f.span.start + 60]
        if not ((_attacker_noun(f.who) or partitive_of_attackers(after)) and _told_of_attackers(after)) \
                and not _told_of_doer_members(after, m, text):
            continue  # "two gunmen fired at them ... One died": the count is not of the attackers
        if f.span.start < m.sentence.end and not own_clause_part(f, m, events, after):
            continue  # before or beside the incident's count: a part of it, or told before the incident
        sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand") if doc is not None else None
        if sp is None or not len(sp):
            continue
        sent = sp[0].sent
        if any((t.lemma_.lower() in sense_cue("later_engagement_words") or t.lower_ in sense_cue("later_engagement_words"))
               and not _later_find(t) and not moments_later(t) for t in sent) or opens_another(sent.text):
            continue
        if _ANOTHER_WORD.search(sent.text) or any(
                e is not m and e.fatalities is not None and e.fatalities is not f and _exact(e.fatalities) is not None
                and _exact(e.fatalities) != _exact(f0) and not _attacker_noun(e.fatalities.who)
                and m.sentence.end <= e.sentence.start and e.sentence.end <= sent.start_char for e in events):
            continue  # "another clash that left one dead terrorist", or a deed with a toll of its own told between:
            # another incident's dead ("the Shining Path ambushed a patrol, killing 4. Six ... were also killed")
        own = [e for e in events if e.fatalities is f and e.sentence.start <= f.span.start < e.sentence.end]
        if any(e.date_start is not None and m.date_start is not None and e.date_start != m.date_start
               for e in own):
            continue
        other = bool(re.match(r"^\w+\s+(?:\w+\s+)?other\b", text[f.span.start:f.span.start + 40], re.I))
        out.append((int(f.low), other))  # type: ignore[arg-type]
    return out


def _told_beside(m: EventMention, figures: list[Figure], doc, text: str) -> bool:  # type: ignore[no-untyped-def]
    """The sentence of the incident's count counts the attackers' dead beside it ("... and two of the attackers were
    also killed, bringing the total number of dead to six"): a part of that count, so a later count of them ("The
    bodies of the two guerrillas were found") tells the same dead again. Not when the incident's count is one side's
    alone ("Two SDF fighters were killed in the attack and three of the assailants were killed in the fighting that
    followed"): no total told, no sum spanning both, the attackers' count is told apart and added."""
    f0 = m.fatalities
    assert f0 is not None and f0.span is not None
    lo, hi = m.sentence.start, m.sentence.end
    sp = doc.char_span(f0.span.start, f0.span.end, alignment_mode="expand") if doc is not None else None
    if sp is not None and len(sp):
        lo, hi = sp[0].sent.start_char, sp[0].sent.end_char
    return any(f.what == "killed" and f is not f0 and f.span is not None and _exact(f) is not None
               and lo <= f.span.start < hi and _attacker_noun(f.who) and _holds_beside(f0, f, text) for f in figures)


def _holds_beside(f0: Figure, f: Figure, text: str) -> bool:
    """The incident's count ``f0`` may hold the attackers' count ``f`` told in its sentence: it spans it (a sum), it
    is told as a whole ("bringing the total number of dead to six"), or it is not one side's count told before it
    ("nine people died: four engineers, three guards and two attackers" counts everyone: its list holds them)."""
    from sitrep.events.nation_part import PLAIN_PEOPLE
    from sitrep.events.toll_whole import told_as_whole

    if f0.span.start <= f.span.start < f0.span.end or told_as_whole(f0, text):
        return True
    words = (f0.who or "").lower().split()
    one_side = bool(words) and words[-1] not in PLAIN_PEOPLE and not _attacker_noun(f0.who)
    return not (f0.span.end <= f.span.start and one_side)


def _listed(f: Figure) -> bool:
    """The incident's count is a list of the dead with the attacker one of its members ("Three taxi drivers and a
    suspected gunman were killed", "A police officer and a gunman are dead": events/toll_lists summed it): it holds
    him already (branch ``tolls40``)."""
    t = f.span.text.lower() if f.span is not None else ""
    if " and " not in t or len(t) > 80 or "\n" in t or ". " in t or '"' in t:
        return False  # one short phrase, never a span across sentences
    nouns = _attacker_nouns()
    return any(w in nouns or w.rstrip("s") in nouns for w in re.findall(r"[a-z]+", t))


def _bombers(m: EventMention, text: str) -> int:
    """The suicide bombers of a suicide bombing told with their number ("A suicide bomber blew himself up")."""
    if m.sub_event_type != "Suicide bomb":
        return 0
    hit = _SUICIDE_BOMBERS.search(text[m.sentence.start:m.sentence.end])
    return _N.get(hit.group("n").lower(), 0) if hit else 0


def add_attacker_death(events: list[EventMention], figures: list[Figure], text: str, doc=None) -> None:  # type: ignore[no-untyped-def]
    """Add the attacker's death told in the report to the count of the incident he did (module doc)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    counted = [e for e in violent if _exact(e.fatalities) is not None and not forces_doer(e) and not _repelled(e)]
    # a robbery that killed ("A security guard was shot dead during an attempted robbery"), the attackers' own dead
    # not the incident (events/attackers_part)
    counted = incident_counts(counted, events, text, _exact)
    if not counted:
        return
    m = max(counted, key=lambda e: (_exact(e.fatalities) or 0, -e.sentence.start))
    f = m.fatalities
    assert f is not None
    if f.id.endswith(("+doer", "+attacker")) or _holds().match(text[f.span.end:f.span.end + 80]) or _listed(f):
        return
    slain = [n for d in violent if d is not m and (d.date_start is None or m.date_start is None or
                                                    d.date_start == m.date_start)
             and not _later(d, doc)
             for n in [_attacker_victim(d, m, text, doc)] if n]
    # a count of the attackers' dead in its own words may tell the bomber or the gunman the police shot again: the
    # larger of the two readings, never their sum, unless the count says they are others ("two other attackers")
    told = [] if _told_beside(m, figures, doc, text) else _counted_attackers(m, events, figures, text, doc)
    bombers = _bombers(m, text)
    others = max((n for n, other in told if other), default=0)
    same = max((n for n, other in told if not other), default=0)
    add = max(bombers + max([*slain, others], default=0), same)
    if not add:
        return
    g = replace(f, id=f"{f.id}+attacker", low=f.low + add, high=f.high + add, best=None)  # type: ignore[operator]
    figures.append(g)
    m.fatalities = g
    m.figures.append(g.id)


def _wounded_of(e: EventMention, figures: list[Figure]) -> Optional[Figure]:
    """The largest exact wounded count the event carries."""
    own = [f for f in figures if f.id in e.figures and f.what == "wounded" and _exact(f) is not None]
    return max(own, key=lambda f: f.low or 0) if own else None


def _wounded_attacker(d: EventMention, figures: list[Figure], text: str) -> bool:
    """The police's or troops' deed ``d`` wounded the attacker and killed no one: its one wounded count is "him" or
    a noun of attackers ("officers shot and wounded him", "the gunman was wounded by police")."""
    if not forces_doer(d) or d.fatalities is not None:
        return False
    w = _wounded_of(d, figures)
    if w is None or w.low != 1:
        return False
    words = re.findall(r"[a-z]+", text[w.span.start:w.span.end].lower())
    return (len(words) == 1 and words[0] in _PRONOUNS) or _attacker_noun(w.span.text)


def add_attacker_wound(events: list[EventMention], figures: list[Figure], text: str, doc=None) -> None:  # type: ignore[no-untyped-def]
    """The attacker's own wound in the count of the hurt of the incident he did, as :func:`add_attacker_death` adds
    his death: "A man stabbed his roommate to death and wounded a neighbor ... before officers shot and wounded him"
    (2 hurt: the neighbor and he). The police's deed of that day (no later pursuit) whose one hurt is "him" or the
    attacker, and the attack of a doer not the police with a count of its own hurt that does not already hold him
    ("including the gunman"): that count plus one, on a figure of its own."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    hurt = [(e, w) for e in violent if e.actor1 is not None and not forces_doer(e) and not _repelled(e)
            for w in [_wounded_of(e, figures)] if w is not None]
    if len(hurt) != 1:
        return
    m, w = hurt[0]
    if _holds().match(text[w.span.end:w.span.end + 80]):
        return
    if not any(d is not m and (d.date_start is None or m.date_start is None or d.date_start == m.date_start)
               and not _later(d, doc) and _wounded_attacker(d, figures, text) for d in violent):
        return
    g = replace(w, id=f"{w.id}+attacker", low=w.low + 1, high=w.high + 1, best=None)  # type: ignore[operator]
    figures.append(g)
    m.figures.append(g.id)
