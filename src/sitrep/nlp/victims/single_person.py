"""Whether a victim's words are one single person (:func:`_single_person`): a name, a singular person noun
with an article or possessive, "he"/"she", "one of his bodyguards", "a third", "a passer-by", "a couple" (two);
and whether two coordinated nouns are two people ("his wife and daughter").
"""
from __future__ import annotations

from typing import Any

from sitrep.nlp.doctext import doc_text
from sitrep.nlp.kin_loss import kin_noun
from sitrep.nlp.labels import label_number
from sitrep.nlp.victims.fatal import fatal_phrase
from sitrep.nlp.victims.words import victim_cue


_SINGLE_DETS = frozenset({"a", "an", "the", "this", "that", "one", "another"})


_SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her"})


_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "PRODUCT", "EVENT", "WORK_OF_ART",
                              "LAW", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def _passer_by(t: Any) -> bool:
    """ "by" of "a passer-by", which the parser splits into "passer", "-", "by"."""
    doc = t.doc
    return t.lower_ == "by" and t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "passer"


def _couple(t: Any) -> bool:
    """"An Elko couple was found dead", "A couple in their seventies have died", "the couple": a couple is two people
    (a pair of spouses or partners); "a couple of men" (a few) and "a couple hundred" are no pair."""
    if t.lower_ != "couple" or t.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) or t.doc[t.i + 1:t.i + 2].text.lower() == "of":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that")) for c in t.children)


def _single_person(t: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    if _couple(t):
        return True  # one couple: counted as the two people it is (victim_counts)
    if _passer_by(t):
        return any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in (*t.children, *t.doc[t.i - 2].children))
    if t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return True  # "one of his bodyguards"
    if _one_more_by_rank(t):
        return True  # "two farmers were shot dead and a third was injured": "a third" alone is one more person
    if t.like_num or t.tag_ == "CD" or any(c.dep_ == "nummod" and not label_number(doc_text(c.doc), c.idx) for c in t.children):
        return False  # ("a Grade 11 learner" is one person: the 11 labels his school year, nlp/labels)
    if t.lower_ in _SINGLE_PRONOUNS or t.lower_ in ("his", "him"):
        return True
    if t.lower_ == "another" and t.dep_ in ("nsubj", "nsubjpass", "conj", "dobj") and not any(t.children):
        return True  # "a constable was killed and another injured": "another" alone stands for one more person
    if t.lower_ == "other" and t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children) and all(
            c.dep_ in ("det", "punct", "appos") for c in t.children):
        return True  # "One man died. The other, a 35-year-old man, suffered ...": the other one of a pair
    if t.lower_ == "old" and any(c.lower_ in ("year", "years") for c in t.children):  # "a 19-year-old"
        return any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in t.children)
    if t.tag_ == "NNP":
        return t.ent_type_ not in _NOT_PEOPLE_ENTS  # a name that dies or is killed is a person's, whatever its tag
    if t.tag_ != "NN" or nouns.get(t.lemma_.lower(), ("", ""))[1] != "person":
        return False  # "lost a leg": a thing, not a victim
    if nouns[t.lemma_.lower()][0] in _GROUP_CATEGORIES:
        return False  # "after killing the farming family": a family is several people, how many is not said
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _SINGLE_DETS) for c in t.children)


_NEXT_RANKS = victim_cue("next_ranks")


def _one_more_by_rank(t: Any) -> bool:
    """ "a third was injured", "killed two men and wounded a third": an ordinal with "a" and nothing else, standing
    where a person would (subject, object, conjunct), counts one more person; "a third of the village" (a share) and
    "a second attack" (a noun after it) do not; "and a third seriously wounded" (the participle hung on it) does."""
    kids = [c for c in t.children if not (c.dep_ == "acl" and c.tag_ == "VBN")]
    return t.lower_ in _NEXT_RANKS and t.dep_ in ("nsubj", "nsubjpass", "conj", "dobj", "npadvmod") and len(kids) == 1 \
        and kids[0].dep_ == "det" and kids[0].lower_ == "a"


_GROUP_CATEGORIES = frozenset({"families"})  # lexicon categories of person nouns that name a group, not one person


def _shared_determiner(x: Any, h: Any, v: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """ "his bodyguard and driver were killed": a singular person noun with no determiner of its own, coordinated
    with a single person who has one, is a second person when the verb is plural ("were", "have"); with "was" the
    two nouns may name one person ("his bodyguard and driver was killed")."""
    if x.tag_ != "NN" or nouns.get(x.lemma_.lower(), ("", ""))[1] != "person" or any(
            c.dep_ in ("det", "poss", "nummod") for c in x.children):
        return False
    if not any(c.dep_ in ("poss", "det") for c in h.children):
        return False
    if _two_kin(x, h):
        return True  # "killed his elder brother and nephew": two kinships are two people, whatever the verb's number
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in v.children) \
        or v.tag_ == "VBP"


def _two_kin(x: Any, h: Any) -> bool:
    """``x`` and the possessed ``h`` it is coordinated with are kin nouns of two kinships ("his wife and daughter",
    "his elder brother and nephew"): no one person is both, so they are two (local_reports13 w23, branch misses12);
    "his friend and colleague" may be one."""
    a, b = x.lemma_.lower(), h.lemma_.lower()
    return a != b and kin_noun(a) and kin_noun(b) and any(c.dep_ == "poss" for c in h.children)


def _bare_person(t: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """A person noun with no determiner, possessive or number of its own ("sergeant", "journalists")."""
    return t.tag_ in ("NN", "NNS") and nouns.get(t.lemma_.lower(), ("", ""))[1] == "person" \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)


def _one_told_dead(h: Any, v: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """ "A 28-year-old rowdy-sheeter was hacked to death", "an autorickshaw driver was shot dead": a singular noun
    with "a" or "an" that a verb phrase tells died ("shot dead", "beaten to death") is one person, whether or not
    the lexicon knows the noun (trades and local words for people are many); never a noun the lexicon knows as no
    single person ("a family")."""
    if h.tag_ != "NN" or not fatal_phrase(v) or any(c.dep_ in ("nummod", "quantmod") for c in h.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children):
        return False
    known = nouns.get(h.lemma_.lower())
    return known is None or (known[1] == "person" and known[0] not in _GROUP_CATEGORIES)
