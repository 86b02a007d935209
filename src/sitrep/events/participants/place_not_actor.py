"""Whether a role's phrase is a place, not an actor, and which phrase acts when a place took its slot.

Decides: a token inside a place the place layer found, or a place noun ("town", "district"), is no actor
(:func:`is_place_tok`; a people in the plural and a person's name holding a town are not places), a phrase that is
exactly a found place (:func:`place_span`), an armed agent whose place name only says where it serves ("a Knoxville
police officer": :func:`_placed_agent`), and the apposition that acts when the parser made a place or a dateline's town
the subject (:func:`place_apposition`, :func:`dateline_apposition`; a bracketed news agency never acts).
"""
from __future__ import annotations

from sitrep.events.roles import lemma, np_tokens
from sitrep.geo.recognize import is_dateline
from sitrep.model import ActorRef, Place
from sitrep.nlp.doctext import doc_ents, doc_text


def place_span(ref: ActorRef, places: list[Place], doc) -> bool:  # type: ignore[no-untyped-def]
    """The phrase read as ``ref`` is exactly a place the place layer found (free text named after a town), and no
    people ("the massacre of Christians": a people, whatever the gazetteer makes of the word)."""
    sp = ref.span
    if sp is None or not any(p.span.start == sp.start and p.span.end == sp.end for p in places):
        return False
    words = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return words is not None and not any(t.ent_type_ == "NORP" for t in words)


def _sent_ents(tok) -> list:  # type: ignore[no-untyped-def,type-arg]
    """``tok.sent.ents`` from the Doc's cached entities (``Span.ents`` builds a Span per entity of the Doc)."""
    sent = tok.sent
    return [x for x in doc_ents(tok.doc) if x.start >= sent.start and x.end <= sent.end]


def is_place_tok(tok, places: list[Place], country_ok: bool) -> bool:  # type: ignore[no-untyped-def]
    if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.lower_.endswith("ans")):
        return False  # "the massacre of Christians": a people in the plural, whatever the gazetteer makes of it
    person = [x for x in _sent_ents(tok) if x.start <= tok.i < x.end and x.label_ == "PERSON" and len(x) >= 2] \
        if tok.ent_type_ == "PERSON" else []  # (only the token's own entity can hold it)
    toks = np_tokens(tok)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for p in places:
        if p.span.start < e and s < p.span.end and tok.idx >= p.span.start - 1:
            if person and person[0].start_char <= p.span.start and p.span.end < person[0].end_char:
                return False  # "the shooting of Sharon Brooks": the gazetteer's town is part of a person's name
            return not (country_ok and p.precision == "country")
    if tok.lemma_.lower() in ("town", "city", "village", "area", "district", "province", "highway", "road", "region",
                              "suburb", "neighbourhood", "neighborhood", "outskirts", "hamlet", "countryside",
                              "crossroads", "junction", "position", "post", "base"):
        return tok.lemma_.lower() not in ("position", "post", "base")
    return False


def _placed_agent(tok, places: list[Place], onto) -> bool:  # type: ignore[no-untyped-def]
    """ "A Knoxville police officer shot ...": an armed agent noun whose place name only says where it serves (the
    place ends before the head noun); the officer acted, not the town."""
    if lemma(tok) not in onto.cue("agent_heads") - onto.cue("civilian_words"):
        return False
    toks = np_tokens(tok)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return any(p.span.start < e and s < p.span.end for p in places) and all(
        p.span.end <= tok.idx for p in places if p.span.start < e and s < p.span.end)


def place_apposition(place):  # type: ignore[no-untyped-def]
    """The apposition that acts when the parser made a place the subject ("Beirut: rebel fighters ... retook"): the
    first one not in brackets. A dateline's bracketed news agency ("Ruritown, 19 Apr (AFP) -- a commando unit claimed
    ...", parsed as two appositions of the town) says who reports, never who acted."""
    for c in place.children:
        if c.dep_ != "appos":
            continue
        if _bracketed(c):
            continue  # "(AFP)", "19 Apr 89 (AFP)": the head word in brackets
        return c
    return None


def _bracketed(c) -> bool:  # type: ignore[no-untyped-def]
    """Whether the phrase of ``c`` stands in brackets: "(AFP)", and "(Pajhwok):" whose opening bracket the parser hung
    on the town and whose closing one it glued to the colon."""
    doc, sub = c.doc, list(c.subtree)
    opens = any(t.text in ("(", "[") and t.i < c.i for t in sub) or (
        c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in ("(", "["))
    return opens and any(t.text[:1] in (")", "]") and t.i > c.i for t in sub)


def dateline_apposition(tok, places: list[Place]):  # type: ignore[no-untyped-def]
    """The phrase that is the subject when the parser made a dateline's town the subject and the real one its
    apposition ("KORVALE (Sahel Times): Two Ruritanian soldiers were shot dead"): the first apposition not in
    brackets, or a second subject the parser gave the verb, for a town written as a dateline; None for any other
    place ("Arno, a rebel stronghold, was shelled")."""
    text = doc_text(tok.doc)
    for p in places:
        if p.span.start <= tok.idx < p.span.end:
            if not is_dateline(text, p.span.start, p.span.end):
                return None
            app = place_apposition(tok)
            if app is None and tok.dep_ in ("nsubj", "nsubjpass"):
                # or a second subject of the same verb ("KORVALE (Sahel Times): A soldier was shot dead")
                app = next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i), None)
            return app
    return None
