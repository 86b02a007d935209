"""Who a pronoun or "those forces" stands for: the speaker, the acting side of an earlier event, or the nearest
earlier name of the pronoun's kind; victims named by a pronoun."""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.doer_antecedent import other_number_speaker, sponsor_name, told_side, unarmed_speaker_after
from sitrep.events.modality import governors
from sitrep.events.ontology import Ontology
from sitrep.events.person_gender import disagrees, gender_of
from sitrep.events.quoted_pronoun import third_person_quoted
from sitrep.events.roles import ActorFinder, is_person
from sitrep.events.triggers import Group
from sitrep.events.weapon_pronoun import weapon_subject
from sitrep.model import ActorRef, EventMention, Span
from sitrep.nlp.actor_lexicon import unknown_id
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.group_nouns import group_nouns
from sitrep.resources import data_rows


PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our", "my"})
# a possessor pronoun stands for what its subject form would ("its efforts to kill" = the efforts of it)
POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we", "my": "i"}
ANTECEDENT_CHARS = 500  # an earlier event's actor further back than this is not what a pronoun refers to


def antecedent(pron, g: Group, onto: Ontology, finder: ActorFinder, prev: list[EventMention], sent) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun stands for: the speaker ("Turkey said it struck ..."), else the
    acting side of the nearest earlier event of the article ("The army ... . They then took ...")."""
    base = POSSESSIVE.get(pron.lower_, pron.lower_)
    person = base in ("he", "she")
    if base in ("we", "i"):  # a quoted speaker or their side, never the actor of the previous event
        return quoted_speaker(pron, finder) or (pronoun_speaker(pron, onto, finder) if base == "i" else None)
    if third_person_quoted(pron):
        return None  # '"They shot at us," said X': neither X nor the doer told before (events/quoted_pronoun)
    if both_sides_before(pron, finder):
        return None  # "X killed Y after they attacked ...": they may be either side, a guess
    if answers(pron):
        return None  # "the troops fired on the convoy and they shot back": the side fired on, not named as such
    host, rival = host_subject(pron, finder)
    if host is not None or rival:  # "the militia was ruthless when it massacred ...": the subject the clause hangs on
        return host  # (none when another candidate stands between: "X surrounded Y and they killed ...")
    first = g.head
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("VERB", "AUX") \
            and child(first, "nsubj", "nsubjpass") in (None, pron):
        first = first.head  # "X said it had arrested and killed two": the deed joined to the said one is said too
    gov = next((gv for gv in governors(first) if gv.lemma_.lower() in onto.cue("speech_verbs")), None)
    if gov is not None:
        s = child(gov, "nsubj")
        if other_number_speaker(base, s):  # "They said its fighters ...", "It said they killed ...": the one side
            return told_side(pron, finder, set(), nonstate=False)  # named before that neither speaks nor accuses
        if base in ("it", "they") and unarmed_speaker_after(pron, s, finder):  # "They killed two rangers, the reserve's management said":
            return told_side(pron, finder, set(), nonstate=False)  # the one armed side named before
        owner = owned_forces(pron.head) if pron.dep_ == "poss" else None
        if owner is not None and owner.i == pron.i and unarmed_speaker(s, onto, finder):
            pass  # "its gunmen attacked the council's office, the council said": not the council's gunmen
        elif not (base == "they" and s is not None and s.lower_ in ("he", "she", "i")):
            return speaker_antecedent(pron, s, person, finder)
        # "He said they killed ...": one person speaks of others, who are named before
    return earlier_actor(pron, base, onto, finder, prev, sent)


def speaker_antecedent(pron, s, person: bool, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun in what ``s`` (the subject of a verb of saying above it, or None) says stands for."""
    if person and s is not None and s.pos_ != "PRON" and many_or_body(s):
        return mention_antecedent(pron, finder)  # "Prosecutors say he stabbed ...": a person named before,
        # when no other person stands beside them ("X met Y. Police said she ..." is left blank)
    if s is not None and s.pos_ != "PRON" and speaker_noun(s):
        ref = speaker_principal(s, finder)  # "a spokesman for the rebels said they ...": the rebels
        return ref if ref is not None and not person and is_person(ref, finder) == person else None
    if s is not None and s.pos_ != "PRON":
        ref = finder.actor(s, via_modifier=False)
        if ref is not None and ref.entity_id.startswith("x:"):
            ref = group_antecedent(s, finder) or ref  # "ISIS ... The group said it killed ...": ISIS
        if ref is not None and is_person(ref, finder) == person:
            return ref
    for a in finder.an.attributions:  # the claimant the attribution layer found for this claim
        if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                and a.claim_start <= pron.idx < a.claim_end:
            ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
            return ref if claimant_person(ref, finder) == person else None
    return None  # "X said it ...": it is the speaker, whoever the parse missed


def unarmed_speaker(s, onto: Ontology, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The subject ``s`` of a verb of saying names no armed side ("the council said", "the aid group said"), so the
    troops or gunmen that "its"/"their" owns in what it says are not its own; a spokesman speaks for his principal."""
    if s is None or s.pos_ == "PRON":
        return False
    ref = speaker_principal(s, finder) if speaker_noun(s) else finder.actor(s, via_modifier=False)
    return ref is None or not armed_side(ref, onto, finder)


def earlier_actor(pron, base: str, onto: Ontology, finder: ActorFinder, prev: list[EventMention],  # type: ignore[no-untyped-def]
                  sent) -> Optional[ActorRef]:
    """Who a subject pronoun (``base``: its subject form) outside reported speech stands for: the acting side of
    the nearest earlier event of the article, the subject of the sentence before, or the nearest earlier name."""
    person = base in ("he", "she")
    forces = base not in PRONOUNS  # "the troops", "those forces": an armed side, never a rights group or a person
    before, rival = previous_subject(pron, finder) if POSSESSIVE.get(pron.lower_, pron.lower_) == base else (None, False)
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > ANTECEDENT_CHARS:
            break
        if (before is not None or rival) and ev.sentence.end <= pron.doc[pron.sent.start - 1].sent.start_char:
            return before  # "Boko Haram has grown stronger. It attacked ...": the sentence between has no deed
        if rival and ev.sentence.end <= pron.sent.start_char:
            return None  # "Police arrested two al-Shabaab fighters. They had bombed a bus": either side, a guess
        if before is not None and ev.sentence.end <= pron.sent.start_char and ev.actor1 is not None \
                and ev.actor1.entity_id != before.entity_id:
            return None  # "X was weakened by army offensives. It attacked ...": X is the subject, the army the doer
        if ev.actor1 is not None and ev.actor1.span is not None and ev.actor1.span.text.lower() not in PRONOUNS \
                and is_person(ev.actor1, finder) == person:
            if person and disagrees(base, ev.actor1.span.text, pron.doc, finder):
                return mention_antecedent(pron, finder)  # "Mr X met Mrs Y. She ...": the nearest one she can be
            if person and gender_of(ev.actor1.span.text, pron.doc, finder) is None \
                    and other_person_beside(ev.actor1, pron, finder):
                return None  # "X met Y. She stabbed ...": neither's sex is told, so either may be meant
            if base in ("it", "they") and ev.actor2 is not None and ev.trigger.text.lower() in RECIPROCAL_DEEDS:
                return None  # "X clashed with Y. They killed 12 civilians": either side, or both
            if base in ("it", "they") and coordinated(ev, doc_text(pron.doc)):
                if base == "they":
                    return None  # "X and Y attacked the town. They killed ...": both, not X alone
                continue  # "X and Y are fighting ... It is battling Z": one of two, not both; look further back
            if forces and not armed_side(ev.actor1, onto, finder):
                continue  # "rights groups called on the government to try the soldiers": not the groups' soldiers
            return ev.actor1
    return before if before is not None or rival else mention_antecedent(pron, finder)


# clause links through which a subject pronoun's clause hangs on a clause whose subject it repeats ("X was ruthless
# when it killed", "X arrived and they searched", "X strafed the factory, where it killed")
HOST_LINKS = frozenset({"advcl", "conj"})
# words of a deed both sides do to each other (the reciprocal verbs and nouns of the ontology's armed clash, source
# ACLED): after "X clashed with Y", "it"/"they" may be either side
RECIPROCAL_DEEDS = frozenset({"clash", "clashes", "clashed", "clashing", "fight", "fights", "fought", "fighting",
                              "battle", "battles", "battled", "battling", "skirmish", "skirmishes", "skirmished",
                              "firefight", "firefights", "gunfight", "gunfights", "gunbattle", "gunbattles", "shootout",
                              "shootouts", "exchange", "exchanged", "exchanges", "confrontation", "confrontations",
                              "combat"})
# verbs of answering a deed: their subject is the side the deed was done to ("X fired and they retaliated")
RETURN_VERBS = frozenset({"retaliate", "respond", "reply"})


def named_in_own_clause(pron, ref: ActorRef, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The side a subject pronoun was read as is named again inside the pronoun's own clause, as what its verbs act on
    ("they tried to encircle the Korsa Front units and annihilate them": not the Korsa Front): a clause's subject
    and its object are not one side. Clauses hung on the verb as adverbials ("when the army came, they ...") do not
    count: the side they name may well be the pronoun."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
             if c.i > pron.i and c.dep_ not in ("advcl", "nsubj", "nsubjpass", "punct", "cc", "parataxis", "ccomp")]
    return any(m.entity_id == ref.entity_id and any(s <= m.span.start and m.span.end <= e for s, e in spans)
               for m in finder.mentions if m.entity_id)


def host_subject(pron, finder: ActorFinder) -> tuple[Optional[ActorRef], bool]:  # type: ignore[no-untyped-def]
    """The subject of the clause that the pronoun's own clause hangs on in its sentence, which a subject pronoun takes
    up: "The militia was ruthless when it massacred the villagers" (adverbial clause), "the army arrived and they
    searched every house" (conjoined clause), "the air force strafed the factory, where it killed three workers" (a
    "where"/"when" relative on the object). Through a chain of such clauses whose subject is the same pronoun. None
    when the subject does not agree with the pronoun (it: one body, not a person; they: a plural or a body; he/she: a
    person), when another candidate of the pronoun's kind is named between ("the troops fought the rebels until they
    ..."), or when the clause hangs on nothing of the kind (a said-clause is the speaker's: :func:`antecedent`).
    Returned with True when such a rival was found (the pronoun is then left blank, not read further back)."""
    base = pron.lower_
    if pron.dep_ != "nsubj" or base not in ("it", "they", "he", "she"):
        return None, False
    verb = pron.head
    for _ in range(4):
        gov = _host_verb(verb)
        if gov is None:
            return None, False
        subj = child(gov, "nsubj", "nsubjpass")
        if subj is None or subj.lower_ == base:
            verb = gov  # "X arrived, searched ... and they ...", "X ..., and it has shown ... as it bombed"
            continue
        if subj.pos_ == "PRON" or subj.i > pron.i:
            return None, False
        if base == "it" and weapon_subject(subj, finder.onto):
            return None, True  # "a roadside bomb killed two soldiers when it struck their vehicle": it is the bomb
        if any(c.dep_ == "conj" for c in subj.children):
            return None, True  # "X and Y attacked ... and they ...": both, not X alone; "it": neither
        ref = finder.actor(subj) or group_antecedent(subj, finder)  # "the organization": the one group named before
        if ref is None or not _agrees(base, subj, ref, finder):
            return None, False
        if _rival_between(base, subj, pron, finder):
            return None, True
        named = group_antecedent(subj, finder) if ref.entity_id.startswith("x:") else None
        return named or ref, False  # "ISIS ... The group was ruthless when it killed ...": ISIS
    return None, False


def previous_subject(pron, finder: ActorFinder) -> tuple[Optional[ActorRef], bool]:  # type: ignore[no-untyped-def]
    """ "it"/"they" as the subject of its sentence's main clause, or "its"/"their" owning that subject ("its gunmen
    attacked"): the subject of the previous sentence's main verb ("Boko Haram has grown stronger in the north. It
    attacked a post ..."), when it agrees with the pronoun (as in
    :func:`host_subject`) and is the one candidate there. Returned with True, and no actor, when another argument of
    a verb there names an actor that agrees ("The army said Boko Haram was regrouping. It attacked ..."); a name
    that only qualifies a thing ("stormed an al-Shabaab camp") or one in a clause on a noun is no rival."""
    base = POSSESSIVE.get(pron.lower_, pron.lower_)
    subject = pron.head if pron.dep_ == "poss" and pron.head.dep_ == "nsubj" else pron  # "its gunmen attacked": "it"
    if subject.dep_ != "nsubj" or base not in ("it", "they") or pron.sent.start == 0:
        return None, False
    if subject.head.dep_ != "ROOT":
        main = told_clause(pron.sent, finder)  # or the clause a speaker put after it says ("its gunmen ..., X said")
        if main is None or subject.head.i != main.i:
            return None, False
    last = pron.doc[pron.sent.start - 1].sent
    clause = told_clause(last, finder)
    if clause is None:
        return None, False  # "Police said the robbers entered ...": who speaks is not who the next sentence follows
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in RELATIVE_WORDS:
        return None, False
    if any(c.dep_ == "conj" for c in subj.children) and coordinates(subj):
        return None, True  # "Hamas and Islamic Jihad fired rockets. It ...": neither; "they": both, not one
    ref = finder.actor(subj)
    if ref is not None and described_by(subj, ref):
        ref = named_outside_description(subj, finder)  # "Fighters of X (ACR), al Qaeda's branch in the Sahel": X
    if ref is None and subj.lemma_.lower() in group_nouns("pointer") and (subj.tag_ in ("NNS", "NNPS")) == (base == "they"):
        return None, True  # "Some groups are in hiding. They burned buses": the groups, who are named nowhere
    if ref is None or not _agrees(base, subj, ref, finder):
        return None, False
    sub = {t.i for t in subj.subtree}
    for t in (last if clause is last.root else clause.subtree):
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _in_noun_clause(t) \
                or _where(t) or said_of(t, subj):
            continue
        other = _named_by(t, finder)
        if other is not None and other.entity_id != ref.entity_id and _agrees(base, t, other, finder):
            return None, True
    return ref, False


def told_clause(sent, finder: ActorFinder):  # type: ignore[no-untyped-def]
    """The clause of ``sent`` whose subject a pronoun opening the next sentence may take up: its main verb, or, when
    that is a verb of saying put after what is said ("Fighters of X had crossed the river, one of the sources said"),
    the clause said; None when the sayer comes first ("Police said the robbers entered ..."), whose own sentence
    may still go on about the sayer."""
    root = sent.root
    if root.lemma_.lower() not in finder.onto.cue("speech_verbs"):
        return root
    said = child(root, "ccomp")
    speaker = child(root, "nsubj")
    if said is None or speaker is None or speaker.i < said.i or said.pos_ not in ("VERB", "AUX"):
        return None
    return said


def descriptions(subj):  # type: ignore[no-untyped-def]
    """The appositions that describe the phrase headed by ``subj`` ("X, al Qaeda's branch in the Sahel,"), as
    (start, end) character spans; one the parser read as a conjunct with no coordinating word counts too."""
    apps = [c for c in subj.children if c.dep_ == "appos" or (c.dep_ == "conj" and not coordinates(subj))]
    return [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)) for a in apps]


def described_by(subj, ref: ActorRef) -> bool:  # type: ignore[no-untyped-def]
    """``ref`` was read off a description of the subject, not the subject's own words: "al Qaeda's branch" in
    "Fighters of X, al Qaeda's branch in the Sahel," names whose branch X is, not X."""
    return ref.span is not None and any(s <= ref.span.start and ref.span.end <= e for s, e in descriptions(subj))


def named_outside_description(subj, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The one group or people the subject's own words name, its descriptions left out ("Fighters of X (ACR), Y's
    branch": X); None when none or several."""
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
    told = descriptions(subj)
    found = [m for m in finder.mentions if m.entity_id and m.kind in ("ORG", "NORP") and lo <= m.span.start
             and m.span.end <= hi and not any(s <= m.span.start < e for s, e in told)]
    if len({m.entity_id for m in found}) != 1:
        return None
    m = found[0]
    return ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")


def coordinates(tok) -> bool:  # type: ignore[no-untyped-def]
    """The conjuncts of ``tok`` are joined by a coordinating word ("Hamas and Islamic Jihad"), not an apposition the
    parser read as one ("Fighters of X, al Qaeda's affiliate in the Sahel, ..."): two sides, not one described."""
    last = max(c.i for c in tok.children if c.dep_ == "conj")
    return any(t.dep_ == "cc" or t.lower_ in ("and", "or", "nor", "&") for t in tok.doc[tok.i + 1:last])


def answers(pron) -> bool:  # type: ignore[no-untyped-def]
    """The pronoun is the subject of a verb of answering a deed ("they shot back", "it retaliated"): it stands for the
    side the deed told before was done to, not for its doer, the nearest acting side."""
    verb = pron.head
    return pron.dep_ == "nsubj" and (verb.lemma_.lower() in RETURN_VERBS or any(
        (c.lower_ == "back" and c.dep_ in ("prt", "advmod"))
        or (c.dep_ == "dobj" and c.lower_ == "fire" and verb.lemma_.lower() == "return") for c in verb.children))
    # ("they returned fire"; not "they returned to the town and killed ...")


def _host_verb(verb):  # type: ignore[no-untyped-def]
    """The verb whose clause the clause of ``verb`` hangs on: its head through advcl/conj, or, for a "where"/"when"
    relative on a noun, the verb that noun belongs to (through prepositions); None otherwise."""
    if verb.dep_ in HOST_LINKS and verb.head.i != verb.i:
        gov = verb.head
    elif verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children):
        gov = verb.head
        while gov.dep_ in ("dobj", "pobj", "prep") and gov.head.i != gov.i:
            gov = gov.head
    else:
        return None
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _agrees(base: str, tok, ref: ActorRef, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` (resolved to ``ref``) can be what pronoun ``base`` stands for: "it" one body (a
    singular noun, no person, not civilians), "they" a plural or a body, "he"/"she" a person."""
    person = is_person(ref, finder) or (  # "Fuentes": a surname alone the entity layer left out, the parser's name
        tok.ent_type_ == "PERSON" and not finder._mentions_in(tok.idx, tok.idx + len(tok.text)))
    if base in ("he", "she"):
        return person
    if person or (base == "it" and ref.entity_id == "CIVILIANS"):
        return False
    if base == "it":
        return tok.tag_ in ("NN", "NNP")
    return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP") or finder._dictionary_type(ref.entity_id) \
        is not None


def _in_noun_clause(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` lies in a clause that qualifies a noun ("information that the order released to the authorities"): a
    side told in passing, not a candidate for a pronoun of the next sentence."""
    cur = t
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def _named_by(t, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The actor a phrase headed by ``t`` names when its head is a name or a word for people, offenders or a force
    (ontology cues agent_heads, civilian_words, nonstate_words; data/relation_nouns.tsv, data/plural_doers.tsv); not
    a thing a name qualifies ("an al-Shabaab camp")."""
    from sitrep.events.roles import lemma, relation_nouns

    words = finder.onto.cue("agent_heads") | finder.onto.cue("civilian_words") | finder.onto.cue("nonstate_words") \
        | relation_nouns() | plural_doers()
    if t.pos_ != "PROPN" and lemma(t) not in words:
        return None
    return finder.actor(t, via_modifier=False)


def _verb_argument(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` (or the head it is coordinated with) is a verb's subject, object or object of a preposition on the verb."""
    if t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "attr", "oprd"):
        return True
    return t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.pos_ in ("VERB", "AUX")


def many_or_body(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names several people or a body ("prosecutors", "police", "the ministry"), which
    "he"/"she" never stands for: a speaker of that kind tells of a person named before."""
    return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.lower_ == "police"


def said_of(t, subj) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is what its clause says the subject ``subj`` is ("X is a rebel group", "X became an armed movement", "X
    was declared a terrorist organisation"): the subject again under a description, no rival of it for a pronoun."""
    if t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "X is a party and a militia"
    if t.dep_ not in ("attr", "oprd"):
        return False
    s = child(t.head, "nsubj", "nsubjpass")
    return s is not None and s.i == subj.i


# prepositions after which a place name only says where something happened ("stormed a hotel in Mogadishu"); not
# "to"/"from"/"into", after which a state may be a party ("sent troops to Kenya. It ...")
WHERE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"})


def _where(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is a place name that only says where: the object of a locative preposition ("in Mogadishu", "near
    Darko"), which no pronoun after it stands for, though the actor layer may read a capital as its government."""
    return t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPS and t.ent_type_ in ("GPE", "LOC", "FAC")


def _rival_between(base: str, subj, pron, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """Another phrase between the subject and the pronoun could be what the pronoun stands for: an argument of a verb
    (object, subject, a preposition's object on the verb) naming an actor that agrees with it ("the troops fought the
    rebels until they ...", not "demanded the release of the prisoners, and they ...") or a name of a person, body or
    people anywhere."""
    doc = pron.doc
    sub = {t.i for t in subj.subtree}
    for t in doc[subj.i + 1:pron.i]:
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _where(t) or said_of(t, subj):
            continue
        ref = _named_by(t, finder)
        if ref is not None and _agrees(base, t, ref, finder):
            return True
    lo, hi = max(t.idx + len(t.text) for t in subj.subtree), pron.idx
    return any(m.entity_id and lo <= m.span.start and m.span.end <= hi and m.kind in ("PERSON", "ORG", "NORP")
               for m in finder.mentions)


@functools.lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Lemmas of data/speaker_nouns.tsv: who speaks for a body or tells what he saw ("spokesman", "witness")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("speaker_nouns.tsv"))


def speaker_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a phrase naming a speaker ("a spokesman for the rebels", "police officials", "witnesses")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in speaker_nouns() or tok.lower_ in speaker_nouns())


def speaker_principal(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The body speaker noun ``tok`` speaks for: "a spokesman for / of / from the rebels", "the army's spokesman", "a
    Taliban spokesman", "police officials" -- the actor the phrase's owner, modifier or prepositional object names
    (not another speaker noun); None when the phrase names none ("witnesses", "an official", "its spokesman")."""
    cands = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
             for p in c.children if p.dep_ == "pobj"]
    cands += sorted((c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
                     and c.pos_ != "PRON"), key=lambda c: -c.i)
    for c in cands:
        if speaker_noun(c):
            continue
        ref = finder.actor(c)
        if ref is not None:
            return ref
    return None


def both_sides_before(pron, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The pronoun is the subject of an adverbial clause ("after they attacked a base") hung on a verb whose clause
    names two actors, one acting and one acted on: "troops killed the fighters after they attacked a base", "the
    fighters were killed by troops after they attacked": either side may be meant, so naming one is a guess."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "advcl":
        return False
    host = verb.head
    sides = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [p for a in host.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return len([t for t in sides if t.lower_ in PRONOUNS or finder.actor(t) is not None]) >= 2


def coordinated(ev: EventMention, text: str) -> bool:
    """The event's actor1 was named together with another actor ("X and Y attacked", "X and Y are fighting" where Y
    became actor2 of the symmetric deed): a plural subject, which "it" never stands for."""
    a = ev.actor1
    if a is None or a.span is None:
        return False
    return any(o is not None and o.span is not None and o.span.start >= a.span.end
               and re.fullmatch(r"\s*(?:,|and|&|as well as)\s*(?:the\s+)?", text[a.span.end:o.span.start], re.I)
               for o in [*ev.associates, ev.actor2])  # "X and Y are fighting": Y is the other side, still a pair


def quoted_speaker(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who "I" or "we" is inside a quotation: the claimant the attribution layer found for the quoted stretch ("'I
    shot him,' Smith told the court": Smith; "'We struck the depot,' the group said": the group), a person for "I", a
    body for "we". None outside an attributed quotation or when the claimant is of the other kind."""
    first = POSSESSIVE.get(pron.lower_, pron.lower_) == "i"
    for a in finder.an.attributions:
        if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                and a.claim_start <= pron.idx < a.claim_end:
            ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
            return ref if claimant_person(ref, finder) == first else None
    return None


def claimant_person(ref: ActorRef, finder: ActorFinder) -> bool:
    """The claimant of an attribution is a person: its phrase names one, or it is told by "he" / "she" ("He said the
    group was finished, days before it struck": the speaker is a person, so "it" is not the speaker)."""
    return is_person(ref, finder) or (ref.span is not None and ref.span.text.strip().lower() in ("he", "she", "i"))


OPEN_QUOTES = frozenset({'"', "“", "``"})
CLOSE_QUOTES = frozenset({'"', "”", "''"})


def pronoun_speaker(pron, onto: Ontology, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "I" inside a quotation that "he said" / "she told police" closes, the attribution layer having found no
    claimant (a pronoun speaker with no earlier claim): the person "he"/"she" stands for, as
    :func:`mention_antecedent` finds it, when it is the one person named in the :data:`ANTECEDENT_CHARS` before. None
    when the quotation is not closed by such a speech verb within the next sentence, or when "I" is not inside
    quotation marks."""
    doc = pron.doc
    start = pron.sent.start
    if not any(doc[i].text in OPEN_QUOTES for i in range(start, pron.i)):
        return None
    end = pron.sent.end
    if end < len(doc):
        end = doc[end].sent.end  # a quotation may run into the next sentence
    close = next((i for i in range(pron.i + 1, end) if doc[i].text in CLOSE_QUOTES), None)
    if close is None:
        return None
    for tok in doc[close + 1:min(close + 4, len(doc))]:
        if tok.lemma_.lower() in onto.cue("speech_verbs"):
            subj = child(tok, "nsubj")
            if subj is None or subj.lower_ not in ("he", "she"):
                return None
            people = {m.entity_id or m.span.text for m in finder.mentions if m.kind == "PERSON"
                      and m.span.end <= subj.idx and subj.idx - m.span.end <= ANTECEDENT_CHARS}
            if len(people) == 1:
                return mention_antecedent(subj, finder)
            return topic_person(pron, finder)  # two people (an unlinked name counts too): the one the quote follows
    return None


def surname_told_before(tok, finder: ActorFinder):  # type: ignore[no-untyped-def]
    """The person mention an untagged proper noun ``tok`` repeats: a name alone ("Strand") that is the last word of
    exactly one person named before it in the article ("the colonel, Ivo Strand, ... Strand denies"); None when the
    word is no proper noun, has words of its own ("Strand Ltd"), or ends the names of two people."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat", "amod", "poss") for c in tok.children) \
            or tok.dep_ == "compound":
        return None
    found = {}
    for m in finder.mentions:
        if m.kind == "PERSON" and m.span.end <= tok.idx and m.span.text.split()[-1:] == [tok.text]:
            found[m.entity_id or m.span.text] = m
    return next(iter(found.values())) if len(found) == 1 else None


def topic_person(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The person a quotation follows: the subject of the main clause of the sentence just before the quotation's
    own, when it is a person's name and the only person named in that sentence ("X denies the charges. 'I only followed
    orders,' he said": X). None otherwise."""
    doc = pron.doc
    start = pron.sent.start
    if start == 0:
        return None
    last = doc[start - 1].sent
    subj = child(last.root, "nsubj")
    if subj is None:
        return None
    if subj.ent_type_ != "PERSON":
        named = surname_told_before(subj, finder)  # "X Y presented ... . Y denies ...": the entity layer missed Y
        if named is None or any(m.kind in ("PERSON", "ORG") and last.start_char <= m.span.start < last.end_char
                                for m in finder.mentions):
            return None  # (the one person there only when no other name stands in that sentence)
        return ActorRef(named.entity_id or unknown_id(named.span.text), named.name or named.span.text,
                        Span(named.span.article_id, subj.idx, subj.idx + len(subj.text), subj.text), "primary")
    people = {m.entity_id or m.span.text for m in finder.mentions if m.kind == "PERSON"
              and last.start_char <= m.span.start < last.end_char}
    if len(people) != 1:
        return None
    ref = finder.actor(subj, via_modifier=False)
    return ref if ref is not None and claimant_person(ref, finder) or (ref is not None and subj.ent_type_ == "PERSON") \
        else None
    return None


# what a subject pronoun can stand for: he/she a person; it a body (organisation, state); they a body or a people
# ("it" is left out: "it took a week", "it is time" have no antecedent)
PRONOUN_KINDS = {"he": ("PERSON",), "she": ("PERSON",), "they": ("ORG", "NORP"), "his": ("PERSON",),
                 "her": ("PERSON",), "their": ("ORG", "NORP"), "its": ("ORG", "NORP")}


def mention_antecedent(pron, finder: ActorFinder, as_pronoun: Optional[str] = None) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The nearest entity mention before the pronoun, within :data:`ANTECEDENT_CHARS`, of a kind the pronoun can
    stand for ("Hamas ... They fired ..."; "the suspect, X, ... He shot ..."). None when another name lies between:
    any other name for he/she, a person for "they" (places are passed over), since then the reading is a guess."""
    form = as_pronoun or pron.lower_
    kinds = PRONOUN_KINDS.get(form)
    if not kinds:
        return None
    # (a name the entity layer left unlinked is still a name: nearer than a linked one, it makes the reading a guess)
    before = [m for m in finder.mentions if (m.entity_id or m.kind == "PERSON") and m.span.end <= pron.idx
              and pron.idx - m.span.end <= ANTECEDENT_CHARS and m.kind in ("PERSON", "ORG", "GPE", "NORP")]
    personal = POSSESSIVE.get(form, form) in ("he", "she")
    if POSSESSIVE.get(form, form) == "they":
        doers = plural_doer_before(pron, finder)
        if doers is not None:
            return doers
    acted_on = names_acted_on(pron) if personal else frozenset()
    for m in reversed(before):
        if personal and m.kind == "PERSON" and disagrees(POSSESSIVE.get(form, form), m.span.text, pron.doc, finder):
            continue  # "Mrs Y met Mr X. She ...": X is never "she"
        if m.kind == "PERSON" and acted_on & _name_words(m.span.text):
            continue  # "X quarrelled with his brother, Y. He ... fired at Y": Y is not he
        if m.kind in kinds:
            if not m.entity_id:
                return None  # the nearest name of the kind is one the entity layer left unlinked: not a linked one
            if personal and m.kind == "PERSON" and other_person_beside(m, pron, finder, acted_on):
                return None  # "Davis and Brown argued. He shot him": either may be meant
            return ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
        if personal and m.kind in ("GPE", "NORP"):
            continue  # "Smith ... in Vermont ... he": a place or a people is never "he"
        if personal or m.kind == "PERSON":
            return None  # "Obama ... told Turkey ... it": the person in between makes the reading a guess
    if personal:
        return only_person_before(pron, finder)
    return None


@functools.lru_cache(maxsize=1)
def plural_doers() -> frozenset[str]:
    """Lemmas of data/plural_doers.tsv: armed nouns "they" may stand for."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("plural_doers.tsv"))


def plural_doer_before(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "they" for the plural armed or offender noun just before it, in its own sentence or the one before, with no
    name between ("... too hard for the vandals to cut. They detonated a bomb instead": the vandals). The noun is one
    of data/plural_doers.tsv (armed) or data/relation_nouns.tsv (offenders, kin); None when a name comes after it."""
    from sitrep.events.roles import lemma, relation_nouns

    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    doers = plural_doers() | relation_nouns()
    for tok in reversed(pron.doc[start:pron.i]):
        if tok.tag_ in ("NNS", "NNPS") and tok.pos_ == "NOUN" and lemma(tok) in doers:
            if any(m.entity_id and tok.idx < m.span.start < pron.idx and m.kind in ("PERSON", "ORG", "NORP", "GPE")
                   for m in finder.mentions):
                return None  # a name after the noun: "they" may stand for it
            return finder.actor(tok)
    return None


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", text))


def names_acted_on(pron) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The words of the proper names a subject pronoun's own clause acts on ("he ... fired at Tariq and his son":
    Tariq), through its verb's objects and the objects of their prepositions (clauses of saying, adverbial and
    relative clauses aside): a clause's subject is not what it acts on."""
    if pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    verbs = [pron.head] + [c for c in pron.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
    objs += [g for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objs += [x for o in objs for x in o.conjuncts]
    return frozenset(w.lower() for o in objs if o.pos_ == "PROPN" for w in [o.text])


def other_person_beside(m, pron, finder: ActorFinder, acted_on: frozenset[str] = frozenset()) -> bool:  # type: ignore[no-untyped-def]
    """Another person than the one of mention ``m`` is named in m's sentence before ``pron`` ("Davis and Brown argued.
    He ...", "Smith shot Jones. He ..."): "he"/"she" may stand for either."""
    sp = pron.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
    if sp is None:
        return False
    lo = sp.sent.start_char
    words = {w.lower() for w in re.findall(r"\w+", m.span.text)}
    text = doc_text(pron.doc)

    def same(o) -> bool:  # type: ignore[no-untyped-def]
        """o is m spelt again ("Cerezo" after "Vinicio Cerezo") or m's title next to it ("the president, X"); two
        full names that share a surname ("Faisal Mehmood ... his brother, Tariq Mehmood") are two people."""
        gap = text[o.span.end:m.span.start] if o.span.end <= m.span.start else text[m.span.end:o.span.start]
        ow = {w.lower() for w in re.findall(r"\w+", o.span.text)}
        return bool(ow) and (ow <= words or words <= ow) or re.fullmatch(r"[\s,]*", gap) is not None

    form = OBJECT_PRONOUNS.get(pron.lower_) or POSSESSIVE.get(pron.lower_, pron.lower_)
    return any(o.kind == "PERSON" and o.entity_id != m.entity_id and lo <= o.span.start  # (unlinked ones too)
               and o.span.end <= pron.idx and not same(o) and not acted_on & _name_words(o.span.text) and not disagrees(form, o.span.text, pron.doc, finder)
               for o in finder.mentions)  # (one whose sex the article tells otherwise is no rival)


# plural nouns of an armed side's members that "the" points back with ("five members of the BIFF were killed when
# the militants attacked ...": the BIFF's militants; "X fighters were seen ... the gunmen stormed ...": X)
SIDE_NOUNS = frozenset({"militant", "insurgent", "jihadist", "extremist", "terrorist", "rebel", "fighter", "gunman"})
# dictionary roles that stand for a side the report leaves unnamed ("Islamist Militants (Pakistan)")
UNNAMED_ROLES = ("_ISLAMIST", "_OPP", "_UNIDENT")


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
                   or (c.dep_ == "amod" and c.lemma_.lower() not in armed_words() | {"armed", "militant", "jihadist", "same"})
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


def only_person_before(pron, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "he"/"she" further back than :data:`ANTECEDENT_CHARS`: the one person the article has named before it, when it
    has named exactly one (and no organisation since); None when two people or none are named."""
    people = [m for m in finder.mentions if m.entity_id and m.span.end <= pron.idx and m.kind == "PERSON"]
    if not people or len({m.entity_id for m in people}) != 1:
        return None
    last = people[-1]
    if any(m.kind == "ORG" and m.entity_id and last.span.end <= m.span.start and m.span.end <= pron.idx
           for m in finder.mentions):
        return None  # "Smith ... the agency ... he": an organisation's spokesman may be meant
    return ActorRef(last.entity_id, last.name or last.span.text, last.span, "primary")


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "he": "he", "she": "she", "they": "they"}


def pronoun_patient(tok, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim named by a pronoun: "the girl who was stabbed" (who: the girl), "he was shot" / "killing them" (the
    nearest earlier name of the pronoun's kind, as :func:`mention_antecedent` finds it, with the pronoun as span)."""
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return finder.actor(tok.head.head)
    base = OBJECT_PRONOUNS.get(tok.lower_)
    if base is None:
        return None
    held = held_object(tok)
    if held is not None:  # "the gang tied the guard up, beating him": the guard
        from sitrep.events.victim_nouns import person_patient

        ante = finder.actor(held) or person_patient(held, aid, finder)
        if ante is not None:
            return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")
    main_subj = when_clause_subject(tok)
    if main_subj is not None:  # "troops were patrolling when they were attacked": the troops
        ante = finder.actor(main_subj)
        if ante is not None:
            return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")
    ante = mention_antecedent(tok, finder, base)
    if ante is None:
        return None
    return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")


# the words that open a clause of what befell the main clause's subject while it was doing something
_WHILE_MARKS = frozenset({"when", "as", "while"})


def when_clause_subject(pron):  # type: ignore[no-untyped-def]
    """ "Troops of the brigade were patrolling near X when they were attacked", "The farmers were returning home as
    they were ambushed": the subject pronoun of a "when"/"as"/"while" clause hung on the main verb stands for the
    main clause's subject, a noun of the pronoun's number before it ("they": plural, "he"/"she": singular). None
    otherwise (no such clause, a subject that is a name or a pronoun, or one of the other number)."""
    if pron.dep_ not in ("nsubjpass", "nsubj") or pron.lower_ not in ("they", "he", "she"):
        return None
    v = pron.head
    if v.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHILE_MARKS for c in v.children):
        return None
    main = v.head  # (the parser may hang the clause on the verb of saying after it: "X were patrolling when they
    # were attacked, the army said": the clause before "said" is the main one)
    main = next((c for c in main.children if c.dep_ == "ccomp" and c.i < v.i), main) if main.i > v.i else main
    subj = child(main, "nsubj")
    if subj is None or subj.pos_ != "NOUN" or subj.i > pron.i:
        return None
    plural = subj.tag_ == "NNS" or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (pron.lower_ == "they") else None


def held_object(pron):  # type: ignore[no-untyped-def]
    """ "The gang tied the guard up, beating him", "rebels seized two farmers, killing them": the object pronoun of a
    participle clause set off by a comma after its main clause stands for the main verb's object, a person noun of
    the pronoun's number ("him"/"her": singular, "them": plural). None otherwise (no such clause, an object that is
    a thing or a name, or one of the other number)."""
    if pron.dep_ != "dobj" or pron.lower_ not in ("him", "her", "them"):
        return None
    v = pron.head
    while v.dep_ == "conj" and v.head.tag_ == "VBG":
        v = v.head  # "beating and kicking them"
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "conj", "xcomp") or v.left_edge.i == 0 \
            or pron.doc[v.left_edge.i - 1].text != ",":
        return None
    main = v.head
    obj = child(main, "dobj") if main.pos_ == "VERB" else None
    if obj is None or obj.pos_ != "NOUN" or obj.i > v.i:
        return None
    plural = obj.tag_ == "NNS" or any(c.dep_ == "conj" for c in obj.children)
    return obj if plural == (pron.lower_ == "them") else None


def anaphoric_forces(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "those forces", "these troops", "the forces": a bare armed noun pointing back at an actor named before; not
    one that its own relative clause defines ("the soldiers who massacred the villagers"; "those forces, which ..."
    and "those forces, backed by X" still point back)."""
    kids = list(tok.children)
    return (tok.lemma_.lower() in ("force", "troop", "soldier", "fighter", "unit")
            and any(c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in kids)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids)
            and not any(c.dep_ == "relcl" and c.left_edge.i > 0 and tok.doc[c.left_edge.i - 1].text != ","
                        for c in kids))


def armed_side(ref: ActorRef, onto: Ontology, finder: ActorFinder) -> bool:
    """An actor "the troops" may belong to: a state, its forces, an armed group or an international body of the
    dictionary, or an ad-hoc phrase headed by an armed-force word (ontology cue armed_force_words); not a person,
    civilians, the media, a monitor or an aid group."""
    if ref.entity_id == "CIVILIANS":
        return False
    if ref.entity_id.startswith("x:"):
        words = ref.name.lower().split()
        head = words[-1] if words else ""
        return head in onto.cue("armed_force_words") or head.rstrip("s") in onto.cue("armed_force_words")
    return finder._dictionary_type(ref.entity_id) not in ("person", "media", "ngo", "monitor") \
        and not is_person(ref, finder)


def owned_forces(tok):  # type: ignore[no-untyped-def]
    """The "its" / "their" of "its troops", "their fighters", "its warplanes": an armed noun (ontology cues of armed
    groups, :func:`sitrep.events.nominal.armed_words`) owned by a body named by a pronoun, which stands for the
    body ("The army said its troops killed ..."), or by "the group" ("the group's fighters"). None for anything
    else ("his men", "their children")."""
    from sitrep.events.nominal import armed_words
    from sitrep.events.roles import lemma

    if own_unit_name(tok):
        return child(tok, "poss")  # "The ELN said its Eastern War Front had carried out the attack": the ELN's front
    if tok.pos_ != "NOUN" or lemma(tok) not in armed_words():
        return None
    poss = child(tok, "poss")
    if poss is not None and poss.lower_ == "whose" and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return tok.head.head  # "the Islamic State, whose fighters beheaded ...": the noun the clause qualifies
    if poss is not None and poss.pos_ == "NOUN" and poss.lemma_.lower() in group_nouns("pointer"):
        return poss  # "the group's fighters": the group, which :func:`group_antecedent` reads
    return poss if poss is not None and poss.lower_ in ("its", "their") else None


def own_unit_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A unit's capitalised name owned by "its"/"their" ("its Eastern War Front", "their 5th Brigade"): the head
    word names an armed body (data/armed_name_words.tsv); the unit is the owner's, which ACLED codes as the group."""
    from sitrep.events.roles import armed_name_words

    poss = child(tok, "poss")
    return tok.pos_ == "PROPN" and poss is not None and poss.lower_ in ("its", "their") \
        and tok.lower_ in armed_name_words()


# people who speak for or lead a body and whose "his men" / "her fighters" are the body's ("a Taliban commander said
# his men ambushed the convoy"); besides data/speaker_nouns.tsv
LEADER_NOUNS = frozenset({"commander", "leader", "chief", "head"})


def leader_forces(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "his men", "her fighters", "their troops" as the subject of a clause that a leader or spokesman of a named
    armed body says ("an al-Shabaab commander said his men ambushed the convoy", "a spokesman for the army said
    its troops ..."): that body (:func:`speaker_principal`). None for anything else ("a farmer said his men ...",
    "a commander said the men ...")."""
    from sitrep.events.nominal import armed_words
    from sitrep.events.roles import lemma

    if tok.pos_ != "NOUN" or (lemma(tok) not in armed_words() and tok.lower_ != "men"):
        return None
    poss = child(tok, "poss")
    if poss is None or poss.lower_ not in ("his", "her", "their"):
        return None
    for gov in governors(tok.head if tok.head.pos_ in ("VERB", "AUX") else tok):
        if gov.lemma_.lower() not in finder.onto.cue("speech_verbs"):
            continue
        s = child(gov, "nsubj")
        if s is None or not (speaker_noun(s) or s.lemma_.lower() in LEADER_NOUNS):
            return None
        ref = speaker_principal(s, finder)
        return ref if ref is not None and armed_side(ref, finder.onto, finder) else None
    return None


def deed_doer_before(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "Al-Shabaab's fighters stormed a hotel on Monday. The assault left 15 guests dead": a definite deed noun that
    opens its clause with no doer of its own ("the assault", "this attack") takes the subject of the previous
    sentence's main verb, when that verb is one of the ontology's violent trigger heads needing no other word
    ("storm", "attack", "overrun"; the parser may not have read it as an event, as with a building stormed), its
    subject names an armed side and no other agreeing actor is an argument of a verb there (as for "they" in
    :func:`previous_subject`). None otherwise ("Villagers fled. The attack ...", "X stormed Y's base. The raid ...")."""
    from sitrep.model import VIOLENT_EVENT_TYPES

    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.sent.start == 0 \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
            or any(c.dep_ in ("poss", "prep", "compound", "relcl", "acl") for c in tok.children):
        return None
    last = tok.doc[tok.sent.start - 1].sent
    root = last.root
    onto = finder.onto
    if root.pos_ != "VERB" or not any(p.deps == () and p.tdef.event_type in VIOLENT_EVENT_TYPES
                                      for p in onto.patterns(root.lemma_.lower(), "VERB")):
        return None
    subj = child(root, "nsubj")
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in RELATIVE_WORDS or any(c.dep_ == "conj" for c in subj.children):
        return None
    ref = finder.actor(subj)
    if ref is None or not armed_side(ref, onto, finder):
        return None
    sub = {t.i for t in subj.subtree}
    for t in last:
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _in_noun_clause(t) or _where(t):
            continue
        other = _named_by(t, finder)
        if other is not None and other.entity_id != ref.entity_id and armed_side(other, onto, finder):
            return None  # "Troops stormed a rebel camp ... fought the rebels. The assault ...": either side
    return ref
