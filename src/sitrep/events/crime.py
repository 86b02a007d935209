"""Ordinary crime: violence with no political actor or aim (a robbery, a domestic killing) is outside ACLED.

ACLED's codebook leaves out criminal violence that has no political actor or motive. A violent event is read as
ordinary crime (``EventMention.outside = "crime"``, kept apart from the ACLED export, never forced into a war
type) when all of these hold:

- it is violence against a person (an attack, an abduction, sexual violence) or a generic armed clash;
- its actor is no known state or non-state armed actor;
- its sentence names a crime (``crime_words`` of ``data/event_sense_cues.tsv``: robbery, burglary, a domestic
  dispute, a homicide ...), or the article does and the sentence shares the actor;
- neither the sentence nor the article speaks of political violence (``political_words``: terrorists, militants,
  soldiers, protesters, war ...).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.nlp.doctext import doc_attr
from sitrep.nlp.span_words import lemma_lowers

PERSONAL = frozenset({"Attack", "Abduction/forced disappearance", "Armed clash"})  # sexual violence: ACLED codes it


def _words(span) -> set[int]:  # type: ignore[no-untyped-def]
    """The lemmas and lower-case forms of a Doc or Span, as string-store hashes (read as one array, not token
    by token: this runs on every article)."""
    from spacy.attrs import LEMMA, LOWER

    return set(span.to_array([LEMMA, LOWER]).ravel().tolist())


def _hashes(vocab, cue: str) -> set[int]:  # type: ignore[no-untyped-def]
    return {vocab.strings.add(w) for w in sense_cue(cue)}


def _names(span, cue: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(_words(span) & _hashes(span.vocab, cue))


def article_cues(doc) -> tuple[bool, bool]:  # type: ignore[no-untyped-def]
    """(names a crime, speaks of political violence) for the whole article."""
    words = _words(doc)
    return bool(words & _hashes(doc.vocab, "crime_words")), bool(words & _hashes(doc.vocab, "political_words"))


def ordinary_crime(sub_event_type: Optional[str], event_type: str, sent, armed_actor: bool,  # type: ignore[no-untyped-def]
                   article: tuple[bool, bool]) -> bool:
    """Whether a violent clause tells ordinary crime (see the module docstring)."""
    if event_type not in ("Violence against civilians", "Battles") or sub_event_type not in PERSONAL:
        return False
    if armed_actor:
        return False
    crime_in_article, political_in_article = article
    if political_in_article or not crime_in_article:
        return False
    return not _names(sent, "political_words")


def petty_arrest(sub_event_type: Optional[str], sent, article: tuple[bool, bool]) -> bool:  # type: ignore[no-untyped-def]
    """An arrest in an article that names ordinary offences (drunk driving, shoplifting, fraud: ``petty_offences``)
    and no political violence (``political_words``) nor a march or a rally (``gathering_words``), with no political
    word in its sentence: ACLED codes arrests only in a political context, so it is no event (branch precision8;
    quiet_reports2 r13, a police blotter). The same holds in an article that names a crime (``crime_words``: a
    robbery, a homicide, detectives) and no political violence: the arrest of a suspect in an ordinary killing
    ("Dell was arrested after detectives traced his car") is police work on a crime, not an ACLED arrest (branch
    types12; date_reports*, the court and police-blotter reports)."""
    if sub_event_type != "Arrests":
        return False
    _crime, political_in_article = article
    gathering = sense_cue("gathering_words")
    if political_in_article or _names(sent, "political_words") or any(
            w[:1].islower() and lem in gathering for w, lem in zip(doc_attr(sent.doc, "text"), lemma_lowers(sent.doc))):
        return False  # "detectives arrested the organiser of the march": a protest's arrest (not "in March")
    return _names(sent.doc[:], "petty_offences") or _crime


_THEFT = "outside.crime"


def armed_side_killing(g, primary, onto, actor1_state: Optional[bool]):  # type: ignore[no-untyped-def]
    """The killing that types a clause whose first reading is a theft by a known armed side: "the rebels killed four
    herders and stole about 200 head of cattle" is the rebels' attack, the theft part of it (the theft type is
    crime only with no political actor named: data/ontology.json ``outside.crime``); None where the doer is no known
    armed side ("robbers killed a shopkeeper and stole the takings") or the clause tells no killing
    (war_reports7 h20, branch misses12)."""
    if primary.tdef.code != _THEFT or actor1_state is None:
        return None
    kill = onto.cue("kill_lemmas")
    return next((t for t in g.triggers if t.tok.lemma_.lower() in kill), None)
