"""A place entity the tagger ends on the possessive ("Cote d'Ivoire's host cities") names the place without it; a
name that goes on in capitals after the possessive ("King William's Town") keeps it (geo/recognize.py
``_entity_names``; the sentences written for this test, the people and incidents made up; the entity spans are set
by hand, as the tagger sometimes makes them)."""
from __future__ import annotations


def _candidates(text: str, ent_words: tuple[str, ...]):
    from spacy.tokens import Span

    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.places import _recognizer, _text_focus
    from sitrep.model import Analysis
    from sitrep.nlp.annotate import DocContext
    from sitrep.nlp.models import load_pipeline

    gaz, doc, ctx = get_gazetteer(), load_pipeline()(text), DocContext(article_id="t")
    words = [t.text for t in doc]
    n = len(ent_words)
    i = next(k for k in range(len(words)) if tuple(words[k:k + n]) == ent_words)
    doc.ents = [e for e in doc.ents if e.end <= i or e.start >= i + n] + [Span(doc, i, i + n, label="GPE")]
    for k in [k for k in doc.user_data if str(k).startswith("sitrep")]:
        del doc.user_data[k]  # what was read of the tagger's own entities
    return [c.text for c in _recognizer(gaz).candidates(doc, ctx, Analysis(article_id="t"),
                                                          focus=_text_focus(doc, gaz, ctx))]


def test_the_possessive_is_no_part_of_the_name():
    said = _candidates("Organisers said 900 extra police officers had been posted in Cote d'Ivoire's four host cities.",
                       ("Cote", "d'Ivoire", "'s"))
    assert said == ["Cote d'Ivoire"]


def test_a_name_that_goes_on_after_the_possessive():
    said = _candidates("A truck was found burnt out near Qonce, formerly King William's Town, on Friday.",
                       ("King", "William", "'s"))
    assert "King William" not in said
