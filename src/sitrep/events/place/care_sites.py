"""Hospitals the hurt were taken to or died at (``data/care_sites.tsv``): where they were cared for, not where they
were hurt."""
from __future__ import annotations

import functools

from sitrep.resources import data_rows


# verbs of carrying the hurt to care or caring for them: where they were taken or treated ("airlifted to X Hospital",
# "pronounced dead at X", "rushed to Y for treatment") is not where they were hurt
def _care_site(head) -> bool:  # type: ignore[no-untyped-def]
    """The place is where the hurt were taken or cared for: ``head``, the token its name hangs on (or the noun it
    qualifies: "the X hospital"), is the object of the preposition of a verb of ``data/care_sites.tsv`` (kinds "to", "at") in the passive
    ("was airlifted to X", "were rushed to the X hospital", "taken to X", "was pronounced dead at X"; the preposition
    may hang on the verb's complement, "dead"), or the town of such a hospital ("were taken to a hospital in X")."""
    if head.dep_ in ("compound", "nmod", "amod") and head.head.lower_ in care_words("name"):
        head = head.head  # "died in a Mogadishu hospital": the town names the hospital (the noun it qualifies)
    if head.lower_ in care_words("name") and head.dep_ == "pobj" and head.head.pos_ == "ADP" \
            and head.head.head.pos_ in ("VERB", "AUX") and head.head.head.lemma_.lower() in care_words("verb"):
        return True  # "three of the injured died in a Mogadishu hospital": the hospital of the care, not the scene
    prep = head.head if head.dep_ == "pobj" else head
    if prep.lower_ in ("in", "at") and prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN") \
            and prep.head.lower_ in care_words("name") and prep.head.dep_ == "pobj":
        # "were taken to a hospital in X", "flown to hospital in X", "took him to the Regional Hospital at X"
        return _care_site(prep.head)
    verbs = care_words({"to": "to", "at": "at", "in": "at"}.get(prep.lower_, ""))
    if prep.dep_ != "prep" or verbs is None:
        return False
    verb = prep.head
    if verb.pos_ == "ADJ" and verb.dep_ in ("oprd", "acomp", "advmod"):  # "pronounced dead at"
        verb = verb.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and (verb.tag_ == "VBN" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children))


@functools.lru_cache(maxsize=None)
def care_words(kind: str) -> frozenset[str]:
    """Words of one kind of ``data/care_sites.tsv`` (name: of a hospital's name; to / at: a verb that takes the hurt
    to one or treats them there; verb: a verb of care)."""
    return frozenset(r[0].strip().lower() for r in data_rows("care_sites.tsv", needs=("word", "kind", "source"))
                     if r[1].strip() == kind)


def care_site(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """A hospital the hurt were taken to or died at ("was pronounced dead at Temple University Hospital", "were
    airlifted to Lodwar County Referral Hospital"): not where they were hurt (``data/care_sites.tsv``)."""
    name = " ".join(doc[i].lower_ for i in ts)
    if not any(w in name for w in care_words("name")):
        return False
    tset = set(ts)
    root = next((doc[i] for i in ts if doc[i].head.i not in tset or doc[i].head.i == i), doc[ts[-1]])
    # ("the University of Mississippi Medical Center": the name's head is "University")
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "the Temple University Hospital emergency room"
    if root.dep_ != "pobj" or root.head.pos_ != "ADP":
        return False
    verb = root.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in care_words("verb")
