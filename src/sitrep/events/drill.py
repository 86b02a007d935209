"""Soldiers' drills told in the words of battle (issue 15; spurious records on military exercise and training
reports).

"Troops fired artillery and stormed mock enemy trenches at the training ground", "tanks advanced across open
ground", "the exercise scenario imagines an attack", "recruits staged a mock raid": a drill, no battle.
:func:`drill_deed` reads a trigger so when its sentence names a drill (a word of ``drill_words``: exercise, drill,
war games; "mock" or "simulated" before a noun; a training ground or firing range), or when the document's lead
(its first sentence with a verb: a dateline is none) and another of its sentences name one and the trigger's
sentence names no other time (a year); in either case only when the sentence names no harm done (a word of
``drill_harm_words``: killed, injured, accident, murder ...): a soldier killed in a training accident stays an
event, as does a shelling told beside a drill in another sentence of a war report (its sentence names no drill,
and the report's lead tells the war). A sentence whose shots are blanks ("exchanged fire with the attackers using
blank rounds", "was shot at with blank cartridges during filming", "the actors fired blanks") stages its deed
whatever harm it names (``blank_fire``): blank ammunition wounds no one, and the "killed" of such a scene is played.
"Manoeuvre" is no drill word: it is as often an offensive or a ploy ("a
national military manoeuvre", "a communist manoeuvre"). Only the violent readings, and a disrupted weapons use
("police bomb teams defused a second device", "shot down mock drones"), are ruled out (``triggers``).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.scare_quoted import scare_quoted
from sitrep.nlp.doctext import doc_attr, doc_sents
from sitrep.nlp.span_words import names_any

__all__ = ["blank_fire", "drill_deed"]

_MOCK = frozenset({"mock", "simulated", "dummy", "imaginary"})
_GROUNDS = frozenset({"ground", "range", "area"})
_GROUND_WORDS = frozenset({"training", "firing", "proving", "test", "testing"})
_BLANK = "blank"
_BLANKS = frozenset({_BLANK})
_AMMUNITION = frozenset({"round", "cartridge", "ammunition", "bullet", "shot", "shell", "fire"})


_DRILL_FIRST: dict[frozenset[str], frozenset[str]] = {}  # drill words -> every word a drill sentence needs


def _drill_sentence(sent) -> bool:  # type: ignore[no-untyped-def]
    words = sense_cue("drill_words")
    if not names_any(sent, _DRILL_FIRST.get(words) or _DRILL_FIRST.setdefault(words, words | _MOCK | _GROUNDS)):
        return False  # no word any test below looks for: skip the walk over the sentence's tokens
    for t in sent:
        lem = t.lemma_.lower()
        if t.pos_ == "NOUN" and (lem in words or t.lower_ in words) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return True  # "the exercise", "live-fire drills" (not "the exercise of power")
        if lem in _MOCK and t.dep_ in ("amod", "compound"):
            return True  # "mock enemy trenches", "a simulated attack"
        if lem in _GROUNDS and any(c.lemma_.lower() in _GROUND_WORDS for c in t.children):
            return True  # "the training ground", "a firing range"
    return False


_FAKE = _MOCK | {"fake", "pretend", "painted"}


def _feigned(t) -> bool:  # type: ignore[no-untyped-def]
    """ "volunteers with fake wounds", "mock casualties": the harm word is made up for the drill."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in _FAKE for c in t.children)


def _harm(sent) -> bool:  # type: ignore[no-untyped-def]
    harm = sense_cue("drill_harm_words")
    if not names_any(sent, harm):
        return False
    # "carried "injured" workers on stretchers": a word alone in quotation marks is played, no harm done; so are
    # "fake wounds" (branch precision17, quiet_reports11 x20)
    return any((t.lemma_.lower() in harm or t.lower_ in harm) and not scare_quoted(t) and not _feigned(t)
               for t in sent)


_KEY = "sitrep_drill_report"


def _drill_report(doc):  # type: ignore[no-untyped-def]
    """The start of the lead of a report about a drill (its lead and another sentence name one, the lead no harm),
    or -1; cached on the doc."""
    got = doc.user_data.get(_KEY)
    if got is None:
        got = -1
        poss, sents = doc_attr(doc, "pos_"), doc_sents(doc)  # (the Doc's lists: no Token built to find the lead)
        lead = next((s for s in sents if "VERB" in poss[s.start:s.end]), None)  # past a dateline
        if lead is not None and _drill_sentence(lead) and not _harm(lead) \
                and sum(1 for s in sents if _drill_sentence(s)) >= 2:  # not one drill named in passing
            got = lead.start
        doc.user_data[_KEY] = got
    return got


def blank_fire(sent) -> bool:  # type: ignore[no-untyped-def]
    """``sent`` names blank ammunition: "blank rounds", "blank cartridges", or the noun "blanks"."""
    if not names_any(sent, _BLANKS):
        return False
    return any(t.lemma_.lower() == _BLANK and (
        (t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in _AMMUNITION)
        or (t.pos_ == "NOUN" and t.lower_ == "blanks")) for t in sent)


def drill_deed(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a deed of a drill, not of a battle (module docstring)."""
    sent = tok.sent
    if blank_fire(sent):
        return True
    if _harm(sent):
        return False
    if _drill_sentence(sent):
        return True
    lead = _drill_report(tok.doc)
    if lead < 0 or lead == sent.start:
        return False
    return not any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in sent)
