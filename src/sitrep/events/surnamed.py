"""A suspect told by surname alone: "A man surnamed Chen was detained", "The suspect, a 52-year-old local man surnamed
Zhou, was detained", "The man, surnamed Park, allegedly attacked ... . Park was arrested" (issue 16; the practice of
East Asian wire services, which give a suspect's family name only).

A name after "surnamed" is the article's suspect when the person it names is the subject of a legal step of
``data/suspect_words.tsv`` (kinds "legal" and "held": arrested, charged, detained; or a verb coordinated with one:
"was subdued by passers-by and detained"), when its noun phrase is headed by a suspect noun ("the suspect, a man
surnamed Zhou"), or when the bare surname is a legal step's subject elsewhere ("Park was arrested"). A victim told
the same way ("the 58-year-old victim, surnamed Lin") is none of these. :func:`credit_surnamed_suspect` makes the
one such surname actor1 of every violent event whose doer is unnamed (blank, an unidentified group, a person told by
kind) and whose target it is not; two surnames so told: blank beats wrong.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.doctext import doc_text
from sitrep.events.charged_suspect import suspect_words, unnamed_doer
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention, Span

__all__ = ["credit_surnamed_suspect", "give_unnamed_deeds", "surnamed_suspect"]

# (a Hispanic double surname, accents kept: "a man surnamed Mora Solís", as the Costa Rican and Chilean police give it)
_SURNAMED = re.compile(r"\bsurnamed\s+([A-Z][a-zà-öø-ÿ]+(?:-[A-Z]?[a-zà-öø-ÿ]+|\s[A-Z][a-zà-öø-ÿ]+)?)(?![\w-])")
_SUBJECTS = ("nsubj", "nsubjpass")


def _legal(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is a legal step, or coordinated with one ("was subdued ... and detained")."""
    legal = suspect_words("legal") | suspect_words("held")
    return any(v.lemma_.lower() in legal for v in (verb, *verb.conjuncts))


def _suspect_phrase(tok) -> bool:  # type: ignore[no-untyped-def]
    """The noun phrase ``tok`` ("surnamed") hangs in is a legal step's subject, or is headed by a suspect noun."""
    nouns = suspect_words("suspect_noun")
    for anc in tok.ancestors:
        if anc.lemma_.lower() in nouns and anc.pos_ == "NOUN":
            return True
        if anc.dep_ in _SUBJECTS or (anc.dep_ == "dobj" and anc.head.pos_ == "VERB"):
            return _legal(anc.head)  # ("agents arrested a man surnamed X": the one arrested)
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _bare_subject(doc, name: str) -> bool:  # type: ignore[no-untyped-def]
    """``name`` alone is the subject of a legal step ("Park was arrested at the scene")."""
    return any(t.text == name and t.dep_ in _SUBJECTS and _legal(t.head) for t in doc)


def surnamed_suspect(doc, aid: str) -> Optional[tuple[str, Span]]:  # type: ignore[no-untyped-def]
    """The one surname told with "surnamed" that names the article's suspect, with its span; None if none or two."""
    found: dict[str, Span] = {}
    for m in _SURNAMED.finditer(doc_text(doc)):
        name = m.group(1)
        tok = doc.char_span(m.start(), m.start() + len("surnamed"), alignment_mode="expand")
        if tok is None:
            continue
        if _suspect_phrase(tok[0]) or _bare_subject(doc, name):
            found.setdefault(name, Span(aid, m.start(1), m.end(1), name))
    return next(iter(found.items())) if len(found) == 1 else None


def credit_surnamed_suspect(out: list[EventMention], doc, aid: str) -> None:  # type: ignore[no-untyped-def]
    """The surnamed suspect becomes actor1 of the violent events whose doer is unnamed and whose target he is not."""
    if "surnamed" not in doc_text(doc):
        return
    got = surnamed_suspect(doc, aid)
    if got is None:
        return
    name, span = got
    give_unnamed_deeds(out, ActorRef(f"x:{name.lower()}", name, span, "primary", 0.6))


def give_unnamed_deeds(out: list[EventMention], ref: ActorRef) -> None:
    """``ref`` becomes actor1 of the violent events whose doer is unnamed and whose target it is not."""
    for e in out:
        if e.event_type not in VIOLENT_EVENT_TYPES or not unnamed_doer(e.actor1):
            continue
        if e.actor2 is not None and ref.name.split()[-1] in e.actor2.name.split():
            continue
        e.actor1 = ref
