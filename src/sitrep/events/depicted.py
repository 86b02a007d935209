"""Deeds told of a work about a war: a film, a novel, a play, an exhibition (branch precision7; quiet_reports q10).

A review or report on a work retells what the work shows: "a mortar attack on a football pitch lasts less than a
minute on screen but leaves eleven bodies", "in the novel's last chapter, militiamen burn the village". Nothing
happened in the report's time. A document is about a work when it uses at least ``_MIN_WORDS`` distinct words of
``work_words`` (film, director, cinema, premiere, novel, author, audience, screenplay ...). In such a document
:func:`depicted` reads a trigger as the work's content when its sentence names the depiction itself (a word of
``depiction_words``: screen, viewer, character, chapter, plot, episode, novel ...). Words that news of a real
attack uses as well ("the scene", "the film" shown in a cinema that was attacked, "caught on camera") are not
depiction words, so an attack on a cinema during a festival stays an event.

A review tells its plot in the present ("a platoon is attacked at dawn by gunmen who storm the checkpoint",
"players lead a squad through the old city, ambushing patrols"), news its incidents in the past: in a document
about a work, a trigger whose clause is in the simple present (active or passive) is the work's content too
(:func:`told_in_present`; branch precision8, quiet_reports2 r11, r12).
"""
from __future__ import annotations

from sitrep.events.cues import doc_uses_cue, sense_cue, sentence_names_cue

__all__ = ["depicted", "work_report"]

_MIN_WORDS = 4


def work_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc`` uses at least ``_MIN_WORDS`` distinct words about a work."""
    return doc_uses_cue(doc, "work_words", _MIN_WORDS)


def depicted(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is told of a work's content: a document about a work, a sentence naming the depiction; or a shape
    or a picture made of a deed (:func:`shape_formed`)."""
    return shape_formed(tok) or (work_report(tok.doc) and (sentence_names_cue(tok, "depiction_words")
                                                           or told_in_present(tok)))


def shape_formed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A participle deed hung on a noun that is a shape formed or drawn ("drones formed a tiger and a fighter jet
    firing a missile": the object of a verb of ``shaping_verbs``) or what a picture is of ("a mural of soldiers
    shooting at a crowd": the "of" object of a noun of ``artwork_nouns``): an image, no deed (branch precision20,
    quiet_reports14 k14)."""
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head is not tok:
        return shape_formed(tok.head)  # "a fighter jet firing a missile": the missile is the shape's too
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return False
    noun = tok.head
    if noun.lemma_.lower() in sense_cue("artwork_nouns"):
        return True  # "a mural of soldiers shooting at a crowd" with the participle hung on the mural
    while noun.dep_ in ("conj", "appos") and noun.head is not noun:
        noun = noun.head  # "a tiger, the national flag and a fighter jet firing": the first conjunct's verb
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in sense_cue("shaping_verbs")
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in sense_cue("artwork_nouns")


def _present_verb(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a verb in the simple present, active ("storm", "kills") or passive ("is attacked"), or a base form
    or participle that shares such a verb's tense ("storm the checkpoint, detonate a bomb and kill", "lead a squad,
    ambushing patrols")."""
    aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    if v.tag_ in ("VBZ", "VBP") or (v.tag_ == "VBD" and v.lower_ == v.lemma_.lower()
                                     and v.lower_ not in sense_cue("same_past")):
        return not aux  # "gunmen who storm": a base form the tagger calls past ("hit", "put" may be past)
    if v.tag_ == "VBN":
        return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")
    if v.tag_ in ("VB", "VBG") and not aux and v.dep_ in ("conj", "advcl") and v.head is not v:
        if v.head.pos_ in ("VERB", "AUX"):
            return _base_after_same_form(v) or _present_verb(v.head)
        if v.tag_ == "VBG":
            gov = _governing_verb(v.head)
            return gov is not None and _present_verb(gov)
    if v.tag_ == "VB" and not aux and v.dep_ in ("ccomp", "xcomp") and v.head is not v \
            and v.head.pos_ in ("VERB", "AUX") and v.head.tag_ in ("VBZ", "VBP"):
        return True  # "one mission has them storm a village": a bare infinitive under a verb in the present
    # a base form with no "to", modal or "do" of its own ("detonate a car bomb and kill the commander", its first
    # verb misread as a noun): no other tense than the present
    return v.tag_ == "VB" and not aux and v.dep_ in ("conj", "ROOT")


def _base_after_same_form(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a bare base form coordinated with a verb whose past and present are one form and that has no
    auxiliary: "armed men burst into a wedding and slaughter the guests" (the past would be "slaughtered")."""
    head = v.head
    return (v.tag_ == "VB" and v.dep_ == "conj" and v.lower_ == v.lemma_.lower() and not v.lower_.endswith("ed")
            and head.lower_ in sense_cue("same_past") and not any(c.dep_ in ("aux", "auxpass") for c in head.children))


def _governing_verb(tok):  # type: ignore[no-untyped-def]
    """The nearest verb above ``tok`` (a participle clause hung on a noun the parser took for a verb's object:
    "the film opens with a bang: a car bomb rips through a wedding party, killing the groom"), or None."""
    g = tok
    while g.pos_ not in ("VERB", "AUX") and g.head is not g:
        g = g.head
    return g if g.pos_ in ("VERB", "AUX") else None


def told_in_present(tok) -> bool:  # type: ignore[no-untyped-def]
    """The clause of ``tok`` (the trigger verb, or the verb a noun trigger hangs on) is in the simple present."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.dep_ != "ROOT" and v.head is not v:
        v = v.head
    return v.pos_ in ("VERB", "AUX") and _present_verb(v)
