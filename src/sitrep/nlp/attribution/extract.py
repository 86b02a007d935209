"""The entry point: the attributions of one parsed article, in text order: the claims of each sentence, one per
"according to" and one per speech cue with a claimant, then the sentences that carry a quotation's claimant
(:func:`extract_attributions`, :func:`_sentence_claims`)."""
from __future__ import annotations

from typing import Any, Sequence

from sitrep.model import Attribution
from sitrep.nlp.attribution.according_to import _according_to_claims
from sitrep.nlp.attribution.carry_quotes import _carry_quotes
from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.cue_claim import _cue_claim
from sitrep.nlp.attribution.cues import _is_cue
from sitrep.nlp.attribution.quotes import quote_spans
from sitrep.nlp.attribution.resolver import _Resolver
from sitrep.nlp.attribution.scan import _Scan
from sitrep.nlp.attribution.words import _text
from sitrep.nlp.doctext import doc_attr, doc_sents


def extract_attributions(doc: Any, ctx: Any, analysis: Any) -> list[Attribution]:
    """Attributions of one parsed article: claimant span, cue, canonical claimant, claim range.

    Args:
        doc: the spaCy ``Doc`` of the article's clean text.
        ctx: the :class:`~sitrep.nlp.annotate.DocContext`.
        analysis: the article's analysis so far; its ``entities`` are used to resolve claimants.

    Returns:
        :class:`~sitrep.model.Attribution` objects in text order: those of each sentence
        (:func:`_sentence_claims`), then the sentences that carry a quotation's claimant (:func:`_carry_quotes`).
    """
    mentions = list(getattr(analysis, "entities", None) or [])
    rv = _Resolver(doc, ctx, mentions)
    quotes = quote_spans(_text(doc))
    scan = _Scan(doc, ctx.article_id, rv, quotes)
    sents = doc_sents(doc)
    claims: list[_Claim] = []
    lowers, poss = doc_attr(doc, "lower_"), doc_attr(doc, "pos_")
    for si, sent in enumerate(sents):
        claims.extend(_sentence_claims(scan, sent, si, claims, lowers, poss))
    claims.extend(_carry_quotes(doc, sents, claims, quotes))
    claims.sort(key=lambda c: (c.att.claim_start or 0, c.att.span.start))
    return [c.att for c in claims]


def _sentence_claims(scan: _Scan, sent: Any, si: int, claims: list[_Claim], lowers: Sequence[str],
                     poss: Sequence[str]) -> list[_Claim]:
    """The claims of sentence ``si``, in token order: one per claimant of each "according to", one per speech
    cue with a claimant (``claims``: those of the sentences before, for pronouns and "the ministry")."""
    doc = scan.doc
    found_here: list[_Claim] = []
    for ti in range(sent.start, sent.end):
        if lowers[ti] != "according" and poss[ti] not in ("VERB", "AUX"):
            continue  # neither "according to" nor a speech verb (_is_cue): no Token built
        tok = doc[ti]
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            found_here.extend(_according_to_claims(scan, sent, si, tok))
            continue
        if not _is_cue(tok):
            continue
        claim = _cue_claim(scan, sent, si, tok, claims, found_here)
        if claim is not None:
            found_here.append(claim)
    return found_here
