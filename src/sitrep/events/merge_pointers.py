"""Words that point a mention back to a deed already told: "the attack", "this kidnapping", "the group's bombing"
(:func:`points_back`, :func:`names_the_deed`, :func:`described_deed`), a sentence opening on the definite deed
noun ("The blast woke residents", "The assault left 15 guests dead": :func:`opens_on_deed`,
:func:`opening_restatement`), and a deed done to a pronoun ("he was kidnapped": :func:`pronoun_victim`).

Decision: whether a mention's own words say it retells an incident rather than tell a new one; an ordinal or
"other"/"new" before the noun ("the second attack", ``NOT_THE_SAME``) counts another deed. Read by the type and
modality tests (merge_types), the positive evidence (merge_together), the split guards (merge_guards), the doer
tests (merge_doers) and the toll carried (merge_lend)."""
from __future__ import annotations

import re

from sitrep.model import EventMention


# "the attack", "the car bombing", "the group's kidnapping" right before a trigger: a definite deed noun (a plural
# or capitalised word in between, "the guerrillas attack", "the FMLN planted", is a subject before a verb)
_THE_DEED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his)|[\w.-]+(?:'s|\u2019s))\s+(?:[a-z][\w-]*[^\Ws]\s+)?$")


def names_the_deed(m: EventMention) -> bool:
    """The trigger is a singular deed noun after "the"/"this" or a possessive ("claimed the kidnapping")."""
    if m.trigger is None:
        return False
    word = m.trigger.text.lower()
    if word.endswith(("s", "ed")):
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 40):max(0, m.trigger.start - m.sentence.start)]
    return bool(_THE_DEED_BEFORE.search(before))


# "the tragic murder", "this fifth dynamite attack": a definite article and up to two lower-case words before the
# deed noun; an ordinal or "other"/"new" there counts another deed of a series ("the second attack")
_DESCRIBED_DEED_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z][\w-]*\s+){0,2})$")
NOT_THE_SAME = frozenset({"other", "second", "third", "fourth", "new", "next", "latest", "previous", "earlier", "first",
                           "last", "recent"})


def described_deed(m: EventMention) -> bool:
    """The trigger is a singular deed noun after "the"/"this"/"that" and up to two lower-case words ("the tragic
    murder", "this dynamite attack"), none of which counts another deed ("the second attack", "the new attack")."""
    if m.trigger is None or m.trigger.text.lower().endswith(("s", "ed")):
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 40):max(0, m.trigger.start - m.sentence.start)]
    hit = _DESCRIBED_DEED_BEFORE.search(before)
    return hit is not None and not (set(hit.group(1).split()) & NOT_THE_SAME)


# a personal pronoun as the one the deed was done to: "he was kidnapped", "they were wounded", "killed him"
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she|they)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                             r"(?:(?:being|also|later|then)\s+)*$", re.I)
_PRONOUN_AFTER = re.compile(r"^\s+(?:him|her|them)\b", re.I)


def pronoun_victim(m: EventMention) -> bool:
    """The deed is done to a personal pronoun ("he was kidnapped", "they are badly injured", "broke in and killed
    him"): someone the report has told already."""
    if m.trigger is None:
        return False
    i, j = m.trigger.start - m.sentence.start, m.trigger.end - m.sentence.start
    before, after = m.sentence.text[max(0, i - 40):max(0, i)], m.sentence.text[j:j + 10]
    if re.search(r"\b(?:are|is)\s+(?:\w+ly\s+)?$", before):
        before = re.sub(r"\b(?:are|is)\s+(?:\w+ly\s+)?$", "were ", before)  # "they are badly injured"
    return bool(_PRONOUN_BEFORE.search(before) or _PRONOUN_AFTER.match(after))


_DEFINITE_BEFORE = re.compile(r"(?:\b(?:the|this|that)\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}|[\w.-]+(?:'s|\u2019s)\s+)$")


_OPENING_DEFINITE = re.compile(r"^\W*(?:the|this|that)\s+(?:[\w-]+\s+){0,2}$", re.I)


def opens_on_deed(m: EventMention) -> bool:
    """The sentence opens on the definite deed noun: "The blast woke residents shortly before midnight"."""
    return m.trigger is not None and bool(_OPENING_DEFINITE.match(m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]))


def opening_restatement(m: EventMention) -> bool:
    """ "(Gunmen stormed a hotel on Monday.) The assault left 15 guests dead.": a sentence that opens on a definite
    deed noun as its subject and tells a toll of its own restates the incident just told, so lends it its toll;
    not "a week after the murder of five monks", a reference inside a sentence about something else."""
    if m.trigger is None or m.fatalities is None or m.fatalities.span is None:
        return False
    head = m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]
    return bool(_OPENING_DEFINITE.match(head)) and m.sentence.start <= m.fatalities.span.start < m.sentence.end


def points_back(m: EventMention) -> bool:
    """The trigger follows "the"/"this"/"that" or a possessive ("in the attack", "the group's bombing")."""
    if m.trigger is None:
        return False
    before = m.sentence.text[max(0, m.trigger.start - m.sentence.start - 60):max(0, m.trigger.start - m.sentence.start)]
    return bool(_DEFINITE_BEFORE.search(before))
