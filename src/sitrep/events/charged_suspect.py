"""The suspect a crime report names is the attacker of the violent deed it tells without naming who did it.

Local crime reports tell the deed first with an unnamed doer ("A man was fatally shot", "a gunman opened fire") and
name the doer only in a later legal step: "X, 24, was charged with murder", "police identified the suspected shooter
as X", "X was booked on suspicion of murder", "Her neighbor, X, was arrested and charged with murder", "the gunman,
X, 22, had been asked to leave". A person is the article's suspect when (words in ``data/suspect_words.tsv``):

- a legal step (charged, arrested, booked, indicted, jailed, taken into custody; "faces charges", "charges against
  X") acts on them (the passive subject, the active object, the noun a "who was charged" clause hangs on; "he" /
  "she" as the subject: the person last named as a sentence's subject, or, in a sentence whose subject names no
  one, the person a legal step acts on: "Police arrested X. He was charged with murder.") and its clause names a violent crime (murder, homicide, manslaughter, assault,
  the shooting, the killing, the stabbing): never a bare arrest, never a charge of fraud, never a denied step;
- or a verb of identifying names an unknown doer as them ("identified the suspected shooter as X");
- or they stand in apposition to a noun of the unknown doer ("the gunman, X,", "the suspect, X,"; "the suspected
  gunman, a former employee identified as X");
- or a legal step with no crime named acts on them ("Deputies arrested X at his home") in an article that charges
  a violent crime to someone told only by kind or relation ("A Raleigh man has been charged with murder", "her son
  has been charged with murder"): the one charged is the one arrested.

"Police identified him as X" makes "him" and "he" X for the rest of its sentence ("... and obtained a warrant
charging him with murder").

The first suspect becomes actor1 of every violent event of the article whose attacker is unnamed (blank, an
unidentified group, or a person told only by kind or relation: "a gunman", "his brother", "a man"), the others its
associates (confidence 0.6; the evidence stays the event's sentence). A named attacker, police or an armed group is
never replaced, and a suspect who is the event's victim is never its attacker. A deed told only as an
accusation against a person ("X is accused of shooting Y") is asserted once X is charged with a violent crime or
arrested for one: the charge holds that the deed was done; X stays its (alleged) attacker.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span
from sitrep.resources import data_rows

_PRONOUNS = frozenset({"he", "she"})


@functools.lru_cache(maxsize=None)
def suspect_words(kind: str) -> frozenset[str]:
    """Lemmas of one kind of ``data/suspect_words.tsv`` (legal, crime, suspect_noun, identify)."""
    return frozenset(r[0].strip().lower() for r in data_rows("suspect_words.tsv", needs=("word", "kind", "source"))
                     if r[1].strip() == kind)


# words that may open a sentence before the noun of an unnamed doer ("Armed men", "Unknown attackers", "Two gunmen")
_OPENERS = frozenset({"armed", "unknown", "unidentified", "masked", "suspected", "two", "three", "four", "five",
                      "several", "some", "the", "a", "an"})


def unnamed_doer(ref: Optional[ActorRef]) -> bool:
    """No attacker named: blank, an unidentified group, or a person told by kind or relation ("gunman", "brother")."""
    from sitrep.events.claims import GENERIC_ATTACKERS
    from sitrep.events.roles import relation_nouns

    if ref is None or ref.entity_id.endswith("_UNIDENT"):
        return True
    if not ref.entity_id.startswith("x:") or any(w[:1].isupper() for w in ref.name.split()[1:]):
        return False  # ("the Kestrel Gunmen": a name; "Assailants" opening a sentence is the common noun)
    words = ref.name.split()
    if len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _OPENERS:
        return False  # "Ramirez gunmen": a name before the noun
    last = words[-1].lower() if words else ""
    last = last[:-3] + "man" if last.endswith("men") else last.rstrip("s")
    return last in GENERIC_ATTACKERS or last in relation_nouns() or last in suspect_words("suspect_noun") \
        or last in _DOER_KINDS


# doers told by the kind of crime they live by, no one named ("Bandits killed 14 villagers", "raiders"): unnamed
_DOER_KINDS = frozenset({"bandit", "raider", "robber", "kidnapper"})


class _People:
    """The people of an article: its PERSON mentions, and names of capitalised proper nouns where a legal step or an
    identification needs a person and the entity layer saw none ("identified the shooter as Tavion Markle"); a lone
    surname is the one person named in full before whose last word it is."""

    def __init__(self, mentions, aid: str, text: str) -> None:  # type: ignore[no-untyped-def]
        self.aid, self.text = aid, text
        self.ms = sorted((m for m in mentions if m.kind == "PERSON"), key=lambda m: m.span.start)
        self.seen: list[ActorRef] = []  # full names read off proper nouns

    def _full(self, word: str, before: int) -> Optional[ActorRef]:
        full = {m.span.text: ActorRef(m.entity_id or _slug(m.span.text), m.name or m.span.text, m.span, "primary", 0.6)
                for m in self.ms if m.span.end <= before and len(m.span.text.split()) > 1
                and m.span.text.split()[-1] == word}
        full.update({r.name: r for r in self.seen if r.span is not None and r.span.end <= before
                     and r.name.split()[-1] == word})
        return next(iter(full.values())) if len(full) == 1 else None

    def at(self, tok, person_slot: bool = False) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
        """The person named at ``tok``; ``person_slot``: the phrase stands where only a person can ("the suspect,
        Nolan Pike, 31,"), so a name the tagger took for a building or a company ("Nolan Pike" as FAC) is one."""
        m = next((m for m in self.ms if m.span.start <= tok.idx < m.span.end), None)
        if m is not None and len(m.span.text.split()) > 1:
            return ActorRef(m.entity_id or _slug(m.span.text), m.name or m.span.text, m.span, "primary", 0.6)
        if tok.text[:1].isupper() and tok.pos_ not in ("PRON", "DET") and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
            full = self._full(tok.text, tok.idx)  # "Pike was booked": the one person named in full before,
            if full is not None:  # whatever the tagger made of the lone surname (a town, an interjection)
                return full
        alias = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ == "alias"), None)
        if alias is not None and alias.i > 0 and alias.doc[alias.i - 1].pos_ == "PROPN":
            return self.at(alias.doc[alias.i - 1], person_slot)  # "X alias Taji": the name before the nickname
        not_people = ("GPE", "LOC", "NORP") if person_slot else ("GPE", "LOC", "FAC", "NORP")
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in not_people:
            return None
        words = [c for c in tok.children
                 if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i < tok.i] + [tok]
        if len(words) == 1:  # "Markle was booked": the person named in full before
            return self._full(tok.text, tok.idx)
        between = tok.doc[words[0].i:tok.i + 1]  # a nickname in quotes may sit inside: 'Eduardo "Lalo" Pineda'
        if any(w not in words and not w.is_quote for w in between) or not all(w.text[:1].isupper() for w in words):
            return None
        start, end = words[0].idx, tok.idx + len(tok.text)
        name = self.text[start:end]
        ref = ActorRef(_slug(name), name, Span(self.aid, start, end, name), "primary", 0.6)
        self.seen.append(ref)
        return ref


def _slug(name: str) -> str:
    return "x:" + re.sub(r"\W+", "-", name.lower()).strip("-")


def _person(tok, people: _People, last: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The person a noun phrase headed by ``tok`` names: the name, a name in apposition ("her neighbor, X,"), or
    the person last named as a subject for "he" / "she"."""
    if tok.lower_ in _PRONOUNS:
        return last
    if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ in ("INTJ", "X", "NOUN")):
        return people.at(tok)  # (a lone surname the tagger misread: "Pike/UH was arrested")
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return people.at(c)
    for c in tok.children:  # "the driver, identified as X, 31, was arrested"
        if c.dep_ == "acl" and c.lemma_.lower() in suspect_words("identify"):
            as_ = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children
                   if g.dep_ == "pobj" and g.pos_ == "PROPN"]
            if as_:
                return people.at(as_[0], person_slot=True)
    return None


def _driver(n) -> bool:  # type: ignore[no-untyped-def]
    """The one a legal step acts on is "the driver" (of the car that hit the victims: "The driver, X, 31, was
    arrested"), never a driver told as a victim (no legal step acts on a victim)."""
    return n is not None and n.pos_ == "NOUN" and n.lemma_.lower() == "driver"


_ACCUSED_BEFORE = frozenset({"main", "prime", "key", "chief"})


def _accused_name(tok, people):  # type: ignore[no-untyped-def]
    """ "the accused, X," / "the main accused, X (35)," (the South Asian press): the name the tagger reads as a
    person right after "the [main] accused ,", however the parser hangs it (appos, conj, "accused" as a proper
    noun); a one-word name is kept as it is ("the accused, Manjunath, a cab driver")."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "accused" or i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    j = i - 1
    if j >= 0 and doc[j].lower_ in _ACCUSED_BEFORE:
        j -= 1
    if j < 0 or doc[j].lower_ != "the":
        return None
    first = doc[i + 2]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or first.pos_ != "PROPN":
        return None
    end = i + 3
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
        end += 1
    ref = people.at(doc[end - 1], person_slot=True)
    if ref is not None:
        return ref
    start, stop = first.idx, doc[end - 1].idx + len(doc[end - 1].text)
    name = people.text[start:stop]
    return ActorRef(_slug(name), name, Span(people.aid, start, stop, name), "primary", 0.6)


def _subject(v):  # type: ignore[no-untyped-def]
    """The one a legal step acts on: its passive subject or active object, the noun a relative clause of it hangs on,
    the subject of the verb it is conjoined to ("was arrested and charged"; a passive step's after an active verb's:
    "X appeared at the magistrates' court and was remanded in custody")."""
    objs = [c for c in v.children if c.dep_ in ("nsubjpass", "dobj") and c.tag_ != "PRP$"]
    # ("arrested her ex-boyfriend, X": the parser may make each word of "her ex - boyfriend" an object; the one a
    # name stands in apposition to is the object)
    c = next((c for c in objs if any(a.dep_ == "appos" for a in c.children)), objs[0] if objs else None)
    if c is not None:
        return v.head if c.lower_ in ("who", "whom") and v.dep_ == "relcl" else c
    if v.dep_ == "relcl":
        return None
    if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
        s = _subject(v.head)
        if s is None and any(c.dep_ == "auxpass" for c in v.children):  # "X appeared in court and was remanded"
            s = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        return s
    return None


_CHARGE_VERBS = frozenset({"charge", "convict", "acquit"})  # "charged with murder", "convicted of murder"


def charged_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A deed noun that names a charge: "booked on suspicion of murder", "charged with murder", "two counts of
    murder", "murder charges", "convicted of manslaughter". The charge refers to a deed the report tells (or a legal
    claim), never an event of its own, and its suspect is no victim ("accused of" is read in events/accusation)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return _upgraded_to(tok)
    t = tok
    while t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head  # "charged with murder and attempted murder"
    if t.dep_ == "compound":
        return t.head.lemma_.lower() in suspect_words("charge_noun")
    if t.dep_ != "pobj" or t.head.dep_ != "prep":
        return False
    prep, gov = t.head.lower_, t.head.head.lemma_.lower()
    # ("the army was guilty of the murders" names who did them: an accusation, read as the deed's)
    return ((prep == "of" and (gov in suspect_words("charge_noun") or gov in _CHARGE_VERBS))
            or (prep == "with" and (gov == "charge" or _charged_object(t.head.head)))
            or (prep == "to" and gov in suspect_words("upgrade_verb") and _charge_subject(t.head.head)))


def _upgraded_to(v) -> bool:  # type: ignore[no-untyped-def]
    """ "The charge was upgraded to murder", parsed with "to murder" as an infinitive: the verb names the new charge."""
    return v.dep_ == "xcomp" and v.pos_ == "VERB" and v.head.lemma_.lower() in suspect_words("upgrade_verb") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and _charge_subject(v.head)


def _charge_subject(v) -> bool:  # type: ignore[no-untyped-def]
    """The verb's subject is a charge: "the charge was upgraded to murder" (not "the fight escalated to murder")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in suspect_words("charge_noun")
               for c in v.children)


def _charged_object(n) -> bool:  # type: ignore[no-untyped-def]
    """The object of "charge" that the parser hung the "with" phrase on: "Police charged a 46-year-old man with
    murder" ("with murder" on "man")."""
    return n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() == "charge" and n.head.pos_ in ("VERB", "AUX")


def criminal_charge(tok) -> bool:  # type: ignore[no-untyped-def]
    """The verb "charge" of a charge for a violent crime: "X was charged with murder", "police charged X with
    assault". A legal step against a suspect, no political accusation (no PLOVER ACCUSE of its own); the deed it
    names is told apart and :func:`find_suspects` credits the suspect to it. Passive, or with police or
    prosecutors as subject (kind ``legal_doer``); "the rebels charged the army with the killing of ..." and
    "charged X with treason" stay accusations."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() != "charge":
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if subj and subj[0].lemma_.lower() not in suspect_words("legal_doer"):
        return False  # "the rebels charged the army with the killing of ...": an accusation between parties
    crimes = suspect_words("crime")
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [x for o in objs for x in o.conjuncts]
            if any(o.lemma_.lower() in crimes for o in objs):
                return True
    return False


# verbs of keeping a suspect held on a charge ("held on a charge of murder", "jailed on a murder charge")
_HELD_ON = frozenset({"hold", "jail", "detain", "remand", "book", "arrest"})

_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def suspect_noun_token(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a noun of ``suspect_noun`` ("the gunman", "the suspect"), or such a word the parser read as a
    participle where a noun stands: "the main accused, X (35), has been arrested", "arrested the prime accused" (a
    "the" of its own, in a noun's slot)."""
    nouns = suspect_words("suspect_noun")
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in nouns
    return tok.tag_ == "VBN" and tok.lower_ in nouns and tok.dep_ in _NOUN_SLOTS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _legal_verb(tok):  # type: ignore[no-untyped-def]
    """The verb of a legal step: the verb itself, or the verb of "taken into custody"."""
    lem = tok.lemma_.lower()
    if lem not in suspect_words("legal"):
        return None
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB":
        return tok.head.head  # "taken into custody", "held in custody"
    return None


def _names_crime(v) -> bool:  # type: ignore[no-untyped-def]
    crimes = suspect_words("crime")
    toks = list(v.subtree)
    if v.dep_ == "conj":  # "was arrested ... and charged with murder": the step conjoined after it
        toks = [t for t in v.head.subtree if t.i >= v.i]
    toks += [t for c in v.children if c.dep_ == "conj" for t in c.subtree]
    return any(t.lemma_.lower() in crimes for t in toks)


@functools.lru_cache(maxsize=1)
def _token_gate() -> frozenset[str]:
    """Every lemma that find_suspects' tests of a token read (_legal_verb, _charged_or_identified, _identified_doer,
    suspect_noun_token: a noun by its lemma; a participle read as a noun by its form, tested apart)."""
    return suspect_words("legal") | suspect_words("register") | suspect_words("identify") \
        | suspect_words("suspect_noun") | {"charge", "count"}


def find_suspects(doc, mentions, aid: str) -> list[ActorRef]:  # type: ignore[no-untyped-def]
    """The suspects of a violent crime an article names, in order of first naming (see the module docstring)."""
    from sitrep.nlp.doctext import doc_attr, doc_sents, doc_text
    from sitrep.nlp.span_words import lemma_lowers

    people = _People(mentions, aid, doc_text(doc))
    ident = suspect_words("identify")
    lemmas, lowers = lemma_lowers(doc), doc_attr(doc, "lower_")
    gate, nouns = _token_gate(), suspect_words("suspect_noun")
    out: list[ActorRef] = []
    arrested: list[ActorRef] = []  # people a legal step acts on with no crime in its clause ("Deputies arrested X")
    unnamed_charged = False  # a crime charged to someone told only by kind or relation ("a man has been charged")
    last: Optional[ActorRef] = None
    for sent in doc_sents(doc):
        found: list[ActorRef] = []
        held: Optional[ActorRef] = None  # the person a legal step of the sentence acts on ("police arrested X")
        named_as: Optional[ActorRef] = None  # the person "identified him as X" names, for "him" after it
        for i in range(sent.start, sent.end):
            lem = lemmas[i]
            if lem not in gate and lowers[i] not in nouns:
                continue  # (a Token built only for a word one of the tests below reads)
            tok = doc[i]
            v = _legal_verb(tok)
            if v is not None and not any(c.dep_ == "neg" for c in v.children):
                p, unnamed = _legal_step_person(v, people, last, named_as)
                if p is not None and (_names_crime(v) or _driver(_subject(v))):
                    found.append(p)  # ("the driver, X, was arrested": the driver of the deed's vehicle)
                elif p is not None:
                    arrested.append(p)
                elif unnamed:
                    unnamed_charged = True
                held = held or p
            found += _charged_or_identified(tok, lem, people, last, ident)
            unnamed_charged = unnamed_charged or _unnamed_faces(tok, lem)
            named_as, p = _identified_doer(tok, lem, people, ident, named_as)
            if p is not None:
                found.append(p)
            p = _appositive_suspect(tok, people) or _accused_name(tok, people)
            if p is not None:
                found.append(p)
        for p in found:
            if not any(q.entity_id == p.entity_id for q in out):
                out.append(p)
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        named = _person(subj, people, None) if subj is not None and subj.lower_ not in _PRONOUNS else None
        if named is not None:
            last = named
        elif held is not None:
            last = held  # "Police arrested X, the victim's son. He was charged with murder.": he is X
    if unnamed_charged:  # "A man has been charged with murder ... Deputies arrested X, 54, at his home": X is he
        out += [p for i, p in enumerate(arrested) if not any(q.entity_id == p.entity_id for q in out + arrested[:i])]
    return out


def _legal_step_person(v, people, last, named_as):  # type: ignore[no-untyped-def]
    """The person a legal step ``v`` acts on ("police arrested X", "X was charged"), or None; and whether it charges
    a crime to someone told only by kind or relation ("a man has been charged with murder")."""
    from sitrep.events.roles import relation_nouns

    subj = _subject(v)
    p = _person(subj, people, last) if subj is not None else None
    if p is None and subj is not None and subj.lower_ in ("him", "her") and subj.dep_ == "dobj":
        # "police identified him as X and ... charging him"; "Officers arrested X. Prosecutors charged him with
        # murder": him is the person last named as a subject or held, as "he" is
        p = named_as or (last if _names_crime(v) else None)
    unnamed = p is None and subj is not None and _names_crime(v) and _told_by_kind(subj, relation_nouns())
    return p, unnamed


def _told_by_kind(n, relations) -> bool:  # type: ignore[no-untyped-def]
    """A noun of someone told only by kind or relation ("a Raleigh man", "her son"), or by age alone ("a
    19-year-old", which the parser heads with the adjective "old")."""
    if n.pos_ == "NOUN":
        return n.lemma_.lower() in suspect_words("unnamed_person") or n.lemma_.lower() in relations
    return n.lower_ == "old" and any(c.lower_ == "year" for c in n.children)


def _unnamed_faces(tok, lem) -> bool:  # type: ignore[no-untyped-def]
    """ "A 45-year-old man faces a capital murder charge", "a man faces two counts of murder": a violent crime
    charged to someone told only by kind or relation (the arrested person named later is he)."""
    from sitrep.events.roles import relation_nouns

    if lem not in ("charge", "count") or tok.pos_ != "NOUN" or tok.dep_ != "dobj" \
            or tok.head.lemma_.lower() != "face" or not _names_crime(tok):
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and _told_by_kind(subj, relation_nouns())


def _charged_or_identified(tok, lem, people, last, ident):  # type: ignore[no-untyped-def]
    """The suspects ``tok`` names as charged ("X faces murder charges", "an FIR was registered against X") or as
    identified ("the suspect, identified as X"), in that order."""
    found = []
    if lem in ("charge", "count") and tok.pos_ == "NOUN" and _names_crime(tok):  # "X faces murder charges",
        holder = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "face" else None  # "charges
        subj = next((c for c in holder.children if c.dep_ == "nsubj"), None) if holder is not None else None
        if holder is None and lem == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "on" \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() in _HELD_ON:
            # "X is being held on a charge of homicide", "X was jailed on a murder charge"
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubjpass"), None)
        subj = subj or next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"  # against X"
                             for g in c.children if g.dep_ == "pobj"), None)
        p = _person(subj, people, last) if subj is not None else None
        if p is not None:
            found.append(p)
    if lem in suspect_words("register") and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children):
        # "an FIR has been registered against X", "a case of murder was registered against X" (the South
        # Asian press): a complaint of a crime lodged against a person
        filed = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")
                 and (c.lower_ == "fir" or c.lemma_.lower() in suspect_words("complaint") and _names_crime(c))]
        against = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
                   for g in c.children if g.dep_ == "pobj"]
        p = _person(against[0], people, last) if filed and against else None
        if p is not None:
            found.append(p)
    if lem in ident and tok.pos_ == "VERB" and tok.dep_ == "acl" and suspect_noun_token(tok.head):
        as_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj"]  # "the suspect, identified as X, 34,"
        p = _person(as_[0], people, None) if as_ else None
        if p is not None:
            found.append(p)
    if lem in ident and tok.pos_ == "VERB" and tok.dep_ == "relcl" and suspect_noun_token(tok.head) and any(
            c.lower_ in ("whom", "who") for c in tok.subtree if c.i < tok.i):  # "The attacker, whom prosecutors identified as X,"
        as_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj"]
        p = _person(as_[0], people, None) if as_ else None
        if p is not None:
            found.append(p)
    if lem in ident and tok.pos_ == "VERB" and tok.dep_ == "acl" and tok.head.dep_ == "appos" \
            and suspect_noun_token(tok.head.head):  # "the suspected gunman, a former employee
        as_ = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
               if g.dep_ == "pobj"]  # identified as X,"
        p = _person(as_[0], people, None) if as_ else None
        if p is not None:
            found.append(p)
    return found


def _identified_doer(tok, lem, people, ident, named_as):  # type: ignore[no-untyped-def]
    """For "identified the suspected shooter as X": the person "him" names after "identified him as X" (else
    ``named_as`` as it was) and the suspect X, or None."""
    p = None
    if lem in ident and tok.pos_ == "VERB":  # "identified the suspected shooter as X"
        doer = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and suspect_noun_token(c)]
        # (the parser may hang "as X" on the doer noun: "identified [the shooter as X]")
        as_ = [g for h in (tok, *doer) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children if g.dep_ == "pobj"]
        if as_ and any(c.dep_ == "dobj" and c.lower_ in ("him", "her") for c in tok.children):
            named_as = _person(as_[0], people, None)  # "police identified him as X and obtained a warrant
            # charging him with murder": "him" after it is X
        if doer and as_:
            p = _person(as_[0], people, None)
    return named_as, p


def _appositive_suspect(tok, people):  # type: ignore[no-untyped-def]
    """The person set in apposition to a suspect noun ("the gunman, X, 22,"), or None."""
    if suspect_noun_token(tok):  # "the gunman, X, 22,", "the main accused, X (35),"
        app = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        app = app if app is not None else _stray_apposition(tok)
        return people.at(app, person_slot=True) if app is not None else None
    return None


def _stray_apposition(noun):  # type: ignore[no-untyped-def]
    """The name right after "<noun>," that the parser hung on the noun's verb instead of the noun ("arrested the
    suspected shooter, Nery Cux, 22," with "Cux" an adverbial of "arrested"): the head of a person's name (a proper
    noun the tagger reads as a person) starting just after the comma, a sibling of the noun; None otherwise."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    first = doc[noun.i + 2]
    if first.pos_ != "PROPN" or first.ent_type_ != "PERSON":
        return None
    head = first
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ == "PROPN":
        head = head.head
    if head.head.i != noun.head.i or head.dep_ not in ("npadvmod", "appos") or head is noun.head:
        return None
    return head


def credit_suspects(events: list[EventMention], doc, mentions, aid: str) -> None:  # type: ignore[no-untyped-def]
    """The article's suspects become the attackers of its violent events whose attacker is unnamed (module docstring)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and unnamed_doer(e.actor1)]
    accused = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "claimed"
               and e.actor1 is not None and e.actor1.entity_id.startswith(("x:", "unk:"))]
    if not violent and not accused:
        return
    suspects = find_suspects(doc, mentions, aid)
    if not suspects:
        return
    names = {s.name.lower() for s in suspects} | {s.entity_id for s in suspects}
    for e in accused:
        if e.actor1.name.lower() in names or e.actor1.entity_id in names:
            # "X is accused of shooting Y" and X was charged with murder: the authorities hold that the crime
            # happened; only who did it is alleged, and X stays its attacker
            e.modality = "asserted"
    for e in violent:
        v = e.actor2
        cands = [s for s in suspects if v is None or (v.entity_id != s.entity_id and v.name.lower() != s.name.lower())]
        if not cands:
            continue
        e.actor1 = cands[0]
        e.associates = e.associates + [ActorRef(s.entity_id, s.name, s.span, "associate") for s in cands[1:]
                                       if not any(a.entity_id == s.entity_id for a in e.associates)]

