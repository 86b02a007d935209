"""Asked, not told: "Have the bridges been bombed?", "(did not say) whether the army shelled the village"; and the
wh-question that takes its deed as done ("it is not known who carried out the bombing").

Decides ``conditional`` for a yes/no question (direct or indirect) and lets a wh-question's deed stay asserted
under a negated or denying verb. Evidence: the sentence's opening auxiliary and question mark, the ``mark`` and
wh-words of a ``ccomp``. Data: none (grammar words only). Tests: tests/test_events_leftbugs.py,
tests/test_events_presupposed.py.
"""
from __future__ import annotations

from sitrep.nlp.doctext import doc_text


WH_TAGS = frozenset({"WP", "WRB", "WP$"})


def wh_question(below) -> bool:  # type: ignore[no-untyped-def]
    """``below`` is an indirect question complement ("(not clear) who was behind the attack", "(did not say) why
    troops shelled the town", "which group carried out the bombing"): what the verb above negates, denies or
    plans is the knowing or the telling; the deed inside is taken as done. Not "whether" or "if" (still open)."""
    if below.dep_ != "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return False  # "added that when troops searched the truck they found ...": a time clause, no question
    for c in below.children:
        if c.i > below.i:
            break
        if c.tag_ in WH_TAGS and c.lower_ not in ("whether", "if"):
            return True
        if c.dep_.startswith("nsubj") and any(d.dep_ == "det" and d.tag_ == "WDT" for d in c.children):
            return True  # "which group carried out"
    return False


def open_question(below) -> bool:  # type: ignore[no-untyped-def]
    """``below`` is an indirect yes/no question ("(did not say) whether the army shelled the village", "(asked) if
    troops had fired"): the deed is left open, neither told nor denied, whatever the verb above says of it."""
    return below.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") and c.i < below.i
                                         for c in below.children)


_CLOSERS = frozenset({'"', "'", ")", "\u201d", "\u2019"})


def yes_no_question(head) -> bool:  # type: ignore[no-untyped-def]
    """The main clause of a yes/no question: the sentence opens with an auxiliary ("Have the bridges been bombed?",
    "Did the army shell the town?") and ends with a question mark. A wh-question ("Who shot the mayor?") takes the
    deed as given and is not one."""
    sent = head.sent
    if "?" not in doc_text(sent.doc)[sent.start_char:sent.end_char]:
        return False  # no question mark: no token is one (the walk below is skipped)
    toks = [t for t in sent if not t.is_space and t.text not in _CLOSERS]
    if len(toks) < 3 or toks[-1].text != "?" or toks[0].pos_ != "AUX":
        return False
    root = sent.root
    # ("Was the mayor shot?" may be parsed with the opening auxiliary as root and the verb below it)
    return head.i == root.i or (head.head.i == root.i and (head.dep_ == "conj" or root.i == toks[0].i))
