"""The entry point: the entity mentions of one parsed article, the steps in their order of trust
(:func:`extract_entities`)."""
from __future__ import annotations

from typing import Any

from sitrep.model import Mention
from sitrep.nlp.actor_lexicon import get_resolver, to_units
from sitrep.nlp.actors.acronyms import _bind_acronyms
from sitrep.nlp.actors.builder import _Builder
from sitrep.nlp.actors.dictionary import _add_dictionary_matches
from sitrep.nlp.actors.focus import country_focus
from sitrep.nlp.actors.org_chunks import _add_org_chunks
from sitrep.nlp.actors.person_names import _outside_person_names
from sitrep.nlp.actors.spacy_entities import _add_spacy_entities
from sitrep.nlp.actors.surnames import _link_surnames
from sitrep.nlp.doctext import doc_text


def extract_entities(doc: Any, ctx: Any, analysis: Any) -> list[Mention]:
    """Entity mentions of one parsed article, each resolved to a canonical actor where possible.

    Args:
        doc: the spaCy ``Doc`` of the article's clean text.
        ctx: the :class:`~sitrep.nlp.annotate.DocContext` (article id, publication date, country focus).
        analysis: the article's :class:`~sitrep.model.Analysis` so far (unused: entities come first).

    Returns:
        Non-overlapping :class:`~sitrep.model.Mention` objects sorted by offset. ``entity_id`` is a
        dictionary id ("SYR_MIL"), a generic role id ("SYR_OPP"), an ``unk:`` id for unseen names,
        or None for places and names that are not actors.
    """
    res = get_resolver()
    res.forget_article()  # the fuzzy search remembers names within one article only
    b = _Builder(doc, ctx, res)
    text = doc_text(doc)
    units = to_units(text)
    matches = _outside_person_names(res.match_units(units), units, doc)
    focus = list(getattr(ctx, "country_focus", None) or []) or country_focus(units, matches, res, doc)
    _add_dictionary_matches(b, doc, units, matches, focus)
    _add_org_chunks(b)
    _add_spacy_entities(b, doc, focus)
    _bind_acronyms(b, units)
    _link_surnames(b)
    b.mentions.sort(key=lambda x: (x.span.start, -x.span.end))
    return b.mentions
