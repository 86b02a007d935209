"""The crime a verdict weighs: "found guilty of murder", "charged with the murder of three men" in a report of a
sentence or an acquittal (issue 15; spurious records on court reports).

A report whose headline or lead tells a verdict ("was sentenced on Wednesday to 40 years", "a court acquitted a
police commander", "jailed for life"; a verb of ``verdict_verbs`` or the word "guilty") is about a case whose deed
lies months or years back. There the crime noun of the charge (a ``fatal_crime`` of ``data/suspect_words.tsv``:
murder, homicide, manslaughter) names that old deed, not a new one: :func:`verdict_crime` reads it as background.
A charge in a report whose lead tells a new death ("A man has been charged with murder after a woman was found
dead") is untouched: a charge is no verdict. In such a report a deed inside a quotation with no time and no count of its own
('"He was killed for money and pride," she said', '"Our sons were killed in the street"') is a speaker's words about
the case (:func:`verdict_quote`), not a new incident.
"""
from __future__ import annotations

from itertools import islice

from sitrep.events.charged_suspect import suspect_words
from sitrep.events.cues import sense_cue
from sitrep.nlp.doctext import doc_attr, doc_sents
from sitrep.nlp.span_words import lemma_lowers

__all__ = ["lead_sentences", "verdict_crime", "verdict_quote", "verdict_report"]

_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "we", "i", "you"})
_LEAD_SENTENCES = 2  # the headline and the lead (the first two sentences with a verb)


def lead_sentences(doc) -> list:  # type: ignore[no-untyped-def]
    """The headline and the lead: the first two sentences of ``doc`` with a verb."""
    poss = doc_attr(doc, "pos_")  # (from the Doc's lists: no Token is built to find them)
    return list(islice((s for s in doc_sents(doc) if any(poss[i] in ("VERB", "AUX") for i in range(s.start, s.end))),
                       _LEAD_SENTENCES))


def verdict_report(doc) -> bool:  # type: ignore[no-untyped-def]
    """``doc``'s headline or lead tells a verdict (module docstring); cached on the doc."""
    got = doc.user_data.get("sitrep_verdict_report")
    if got is None:
        words = sense_cue("verdict_verbs")
        lems, lowers = lemma_lowers(doc), doc_attr(doc, "lower_")
        got = any(lems[i] in words or lowers[i] in words for s in lead_sentences(doc) for i in range(s.start, s.end))
        doc.user_data["sitrep_verdict_report"] = got
    return got


_FOR_PREPS = frozenset({"for", "over"})


def _verdict_for(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the "for"/"over" object of a verdict word: "upheld the conviction of three officers for the killing
    of a driver", "jailed over the killing of 14 farmers" (branch precision12, quiet_reports6 t04)."""
    words = sense_cue("verdict_verbs")
    if tok.dep_ != "pobj" or tok.head.lower_ not in _FOR_PREPS:
        return False
    held = tok.head.head  # the verdict word, or a verb whose object it is ("upheld the conviction ... for")
    return held.lemma_.lower() in words or any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in held.children)


def verdict_crime(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the crime noun of a charge (murder, homicide, manslaughter), or the deed a verdict is for, in a
    verdict report."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in suspect_words("fatal_crime") or _verdict_for(tok)) \
        and verdict_report(tok.doc)


def verdict_quote(trig, clause_times: list, figs: list) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` lies inside a quotation of a verdict report, with no time and no count in its clause (a pronoun's
    one dead is no count)."""
    from sitrep.events.quoted_words import in_quotation

    counted = [f for f in figs if f.span is None or f.span.text.lower() not in _PRONOUNS]  # "He was killed": no count
    return not clause_times and not counted and verdict_report(trig.doc) and in_quotation(trig)
