"""Parses that put the wrong word in a verb's subject, read back for :func:`subject.subject_of`.

Decides, for one verb: that a speech tag stands between a participle and its deed ("opened fire on drinkers, police
said, killing three": :func:`said_between`), that a past conjunct goes with a relative clause, not with a progressive
head (:func:`tense_mate_relative`), that a verb's subject undergoes it ("died": :func:`_undergoer_verb`), that the noun
before a gerund is its subject ("months of the militia shelling the town": :func:`of_noun_gerund`), and that a verb of
saying read as an auxiliary names the speaker, not the doer (:func:`said_aux`). The verbs of saying are the cue list
``participant_speech_verbs`` of data/event_sense_cues.tsv (SAYING: those whose subject only says so).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import RELATIVE_WORDS


# verbs of saying that may stand between a relative word and the deed it is the subject of ("who X says shot Y")
SPEECH_VERBS = sense_cue("participant_speech_verbs")
SAYING = SPEECH_VERBS - {"claim", "accuse", "insist"}  # "he claims to have killed": the claimer did it


def said_between(v):  # type: ignore[no-untyped-def]
    """The reported clause's verb that a participle clause ``v`` goes with when a speech tag stands between them:
    "Two men ... opened fire on drinkers, police said, killing three" (the parser hangs "killing" on "said"; the
    killing is the reported deed's, done by its subject, not by the speaker; branch precision20, quiet_reports14 k18).
    None otherwise."""
    head = v.head
    if v.dep_ != "advcl" or v.tag_ != "VBG" or head.lemma_.lower() not in SAYING:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def tense_mate_relative(v):  # type: ignore[no-untyped-def]
    """The relative clause verb that a past conjunct ``v`` goes with when the parser hung it on a progressive head
    instead: "Police are hunting for gunmen who stormed a tavern ... and opened fire on patrons" ("opened" parsed as
    the conjunct of "are hunting"; it shares the tense of "stormed", told between the two, and not that of "are
    hunting"). None otherwise."""
    head = v.head
    if v.dep_ != "conj" or v.tag_ != "VBD" or head.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in v.children):
        return None
    if not any(a.dep_ == "aux" and a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in head.children):
        return None
    rels = [t for t in v.doc[head.i + 1:v.i] if t.dep_ == "relcl" and t.tag_ == "VBD"
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children)
            and head in t.ancestors]
    return rels[0] if len(rels) == 1 else None


def _undergoer_verb(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a verb whose subject undergoes it, counted as people dead, displaced or missing ("died", "perished":
    data/figure_lexicon.tsv verbs marked ``subj``): a conjunct verb does not take that subject as its doer (issue 16,
    branch actors5)."""
    from sitrep.nlp.figures import figure_lexicon

    row = figure_lexicon().verbs.get(v.lemma_.lower())
    return v.pos_ in ("VERB", "AUX") and row is not None and row[1] == "subj" and row[0] != "-"


def of_noun_gerund(v):  # type: ignore[no-untyped-def]
    """ "after months of the militia shelling the town": a gerund right after the object of an "of" that the parser
    hung on an outer preposition; the noun before it is its subject (as "footage of police beating X", parsed with the
    gerund on the noun, reads it). None otherwise."""
    if v.tag_ != "VBG" or v.i == 0 or v.left_edge.i != v.i:
        return None
    noun = v.doc[v.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    return noun


def said_aux(v, s) -> bool:  # type: ignore[no-untyped-def]
    """ "two couriers who Kenya say shot the guard" parsed with "say" as an auxiliary of "shot" and Kenya its
    subject: a relative word just before subject ``s`` and a verb of saying between ``s`` and verb ``v``. The one
    who says is not the doer; the noun the relative clause qualifies is."""
    doc = v.doc
    lo = s.left_edge.i
    return lo > 0 and doc[lo - 1].lower_ in RELATIVE_WORDS and any(
        c.dep_ == "aux" and s.i < c.i < v.i and c.lemma_.lower() in SPEECH_VERBS for c in v.children)
