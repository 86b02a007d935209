"""A habit or a rate, not one incident: "militants attack convoys", "Nikopol is shelled almost every day", "Road
crashes kill more than 1,000 people a year", "molested her 50 times", "air strikes have sometimes killed".

Decides ``background`` for a clause in the simple present (active or passive) with no date of its own, a verb with
"N times" told as repeated deeds, and a rate ("a year", "every week"). Evidence: the verb's tag and auxiliaries,
the clause's times of type SET; cues ``same_past``, ``frequency_words``, ``wound_verbs``, ``habit_nouns``,
``habit_adverbs`` (data/event_sense_cues.tsv). Tests: tests/test_subtypes9.py ("is shelled almost every day"),
tests/test_dates4.py ("late Sunday local time").
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.model import TimeExpr


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
AUX_WORDS = frozenset({"be", "have", "do", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                       "ought", "to", "get", "'s", "'re", "'ve", "'ll", "'d", "wo", "ca"})


def habitual_present(head) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the simple present (not progressive, not perfect, not passive): what someone does as a rule.
    News tells incidents in the past, the perfect or the progressive; headlines (skipped before) aside."""
    if head.pos_ != "VERB":
        return False
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ in ("VBZ", "VBP"):
        # the tagger calls unknown past forms ("retook") and same-form pasts ("hit") present: trust the form
        form, lem = head.lower_, head.lemma_.lower()
        present = (form == lem if head.tag_ == "VBP" else form.endswith("s")) and not form.endswith("ed")
        # (an "aux" that is no auxiliary word is the parser's slip: "Road crashes kill", "crashes" as aux of "kill")
        return not [a for a in aux if a.lemma_.lower() in AUX_WORDS] and present and lem not in sense_cue("same_past")
    if head.tag_ == "VB":
        if not aux and head.dep_ == "conj" and head.head.tag_ in ("VBZ", "VBP") and not any(
                c.dep_.startswith("nsubj") for c in head.children):
            return habitual_present(head.head)  # "groups mine the roads and shoot at anyone": the base form shares it
        return len(aux) == 1 and aux[0].lemma_.lower() == "do" and aux[0].tag_ in ("VBZ", "VBP")
    return False


def rate_of_deeds(trig, times: list[TimeExpr]) -> bool:  # type: ignore[no-untyped-def]
    """A deed verb in the simple present whose clause's only times are sets ("kill 1,000 people a year", "attack
    convoys every week"): a rate, not an incident (also where the parser hung the verb under another one: "Road
    crashes kill": "crashes" read as the verb, "kill" its complement)."""
    return trig.pos_ == "VERB" and bool(times) and all(t.type == "SET" for t in times) and habitual_present(trig)


def habitual_passive(head) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the simple present passive ("is shelled", "are attacked"; not "is being shelled", "has been hit"):
    with a frequency ("every day", "weekly") it tells what happens as a rule, not one incident."""
    if head.tag_ != "VBN" or any(c.dep_ == "aux" for c in head.children):
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in head.children)


def repeated_or_sometimes(head, children: list) -> bool:  # type: ignore[no-untyped-def]
    """The clause tells deeds done again and again: "N times" on the verb (cue ``habit_nouns``, read by
    :func:`_repeated_deed`: "molested her 50 times", "beaten multiple times a day") or an adverb of habit (cue
    ``habit_adverbs``: "air strikes have sometimes killed villagers"): a habit, not one incident."""
    if any(c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() in sense_cue("habit_nouns")
           and c.tag_ == "NNS"  # "50 times", "multiple times"; not "late Sunday local time" (a time zone)
           and any(n.dep_ in ("nummod", "amod") for n in c.children) and _repeated_deed(head, c) for c in children):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in sense_cue("habit_adverbs") for c in children)


def _repeated_deed(verb, times_tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether "N times" on ``verb`` tells a deed done again and again ("molested her 50 times", "beaten three
    times a week") rather than the shots or blows of one incident ("shot eight times", "stabbed 20 times")."""
    freq = sense_cue("frequency_words")
    if any(t.lemma_.lower() in freq for t in times_tok.subtree) or any(
            c.dep_ == "npadvmod" and any(t.lemma_.lower() in freq for t in c.subtree) for c in verb.children):
        return True
    if active_perfect(verb):
        return True  # "has struck the ports several times": a record of strikes up to now, not one incident's blows
    return verb.lemma_.lower() not in sense_cue("wound_verbs")


def active_perfect(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb in the active present perfect ("has struck", "have attacked"; not "has been shot", "had fired")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _PRESENT_TAGS for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in verb.children)
