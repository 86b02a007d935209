"""A name before a deed noun is its doer only when it can act: "the Taliban attack", "the Red Dawn Front bombing" and
"Ruritanian strikes" name who struck; "the Aramco attacks", "the Hebdo Weekly attack" name what was struck.

The modifier branch of ``events/nominal.noun_roles`` reads a proper name, an organisation's or a country's before an
event noun as the doer. A name can act when the actor dictionary knows it (an armed group, a state, a leader: matched
by ``nlp.actor_lexicon``), when its words say it is an organised body (a head word of data/org_words.tsv: "Front",
"Brigade", "Army", "Movement") or it is an acronym ("the ELN attack"). Any other organisation's name (spaCy ORG) -- a
company, a newspaper the dictionary does not know as an armed or state actor -- is most often what the deed was done
to, and never read as the doer (blank beats wrong). It is not made the target either: the parser also tags persons'
names ORG, and "the <surname> attacks" may name the attacker as well as the victim. Names of persons, of nations and
names of no known kind keep the reading as the doer. A country's full name before a deed noun ("the Iraq attacks")
says where the deeds were, not who made them (its demonym, "Iraqi attacks", or an acronym used as one, "US strikes",
does say who).
"""
from __future__ import annotations

from sitrep.nlp.doctext import doc_text

__all__ = ["names_target"]

def _name_text(c) -> str:  # type: ignore[no-untyped-def]
    """The words of the name modifier ``c`` belongs to: its own left part and the name words that follow it up to
    the deed noun ("Red Dawn Front" for "Red" of "the Red Dawn Front attack", each word a compound of "attack")."""
    doc, end = c.doc, c.i
    while end + 1 < c.head.i and doc[end + 1].dep_ in ("compound", "amod", "nmod") and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc_text(doc)[c.left_edge.idx: doc[end].idx + len(doc[end].text)]


def names_target(c) -> bool:  # type: ignore[no-untyped-def]
    """Whether the proper-name or organisation modifier ``c`` of a deed noun names what (or where) the deed was done
    rather than who did it: a country's full name that is no acronym ("the Iraq attacks"), or an organisation's name
    (spaCy ORG) that the actor dictionary does not match, whose words hold no organisation head word and that is no
    acronym. Names of persons, nations or of no known kind are left alone."""
    from sitrep.nlp.actor_lexicon import get_resolver, to_units

    res = get_resolver()
    units = to_units(_name_text(c))
    if c.ent_type_ == "GPE" and units:
        m = res._alias_at(units, 0, {"country"})  # "the Iraq attacks": where they were, not who made them; an
        return m is not None and m.j == len(units) and not all(u.raw.isupper() for u in units)  # acronym acts ("US")
    if c.ent_type_ != "ORG":
        return False  # a person's name, a nation's, or a name of no known kind: left as it was read
    if not units or res.match_units(units):
        return False  # "Hamas", "US", "the Coalition": the dictionary or its generic phrases know it
    if any(u.key in res.org_words for u in units):
        return False  # "the Lindqvist Brigade attack": an organised body names itself
    return not (len(units) == 1 and units[0].raw.isupper() and len(units[0].raw) <= 6)  # "the ELN attack": an acronym
