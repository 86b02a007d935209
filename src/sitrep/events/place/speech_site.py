"""Where someone spoke ("said in Ankara", "told reporters in Moscow"): not where the act the statement reports
happened, unless word order puts the place in the reported clause."""
from __future__ import annotations




# where a statement was made is not where the act it reports happened ("said in Ankara", "told reporters in Moscow")
SPEECH_VERBS = frozenset({"say", "tell", "announce", "state", "claim", "declare", "report", "add", "note", "speak",
                          "confirm", "deny", "insist", "warn", "write", "tweet", "post", "brief"})
# "a statement issued in Abuja", "a communique released from Karachi": the participle of a statement noun says where
# the statement was made, as "said in Abuja" does
ISSUE_VERBS = frozenset({"issue", "release", "publish", "send", "distribute", "circulate"})
STATEMENT_NOUNS = frozenset({"statement", "statements", "communique", "communiqué", "release", "announcement",
                             "bulletin", "notice", "message", "letter", "note", "declaration"})


def statement_site(doc, ts: list[int], trigger) -> bool:  # type: ignore[no-untyped-def]
    """True when the place says where someone spoke ("said in Ankara", "told reporters in Moscow"), the
    speech verb not being the event's own trigger."""
    tok = doc[ts[-1]]
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        below, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX") and _issued_statement(tok):
            return tok.i != trigger.i
        if tok.pos_ in ("VERB", "AUX"):
            return tok.i != trigger.i and tok.lemma_.lower() in SPEECH_VERBS and not _reported_clause_pp(below, tok,
                                                                                                      trigger) \
                and not _fronted_pp(doc[ts[-1]].head, tok, trigger)
    return False


def _reported_clause_pp(prep, verb, trigger) -> bool:  # type: ignore[no-untyped-def]
    """A locative phrase the parser hung on a trailing speech verb but that English word order puts in the reported
    clause: "Four people were shot in the X section of Y on Monday, police said" (the deed, then the phrase, then
    the speaker and the verb). "said in Ankara" (after the verb) and "officials in Ankara said" (inside the
    speaker's phrase, not a preposition of the verb's own) stay where the statement was made."""
    if prep.dep_ != "prep" or not trigger.i < prep.i < verb.i:
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    told = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < prep.i]
    return any(prep.i < c.i for c in subj) and any(
        c.left_edge.i <= trigger.i <= c.right_edge.i or c.i == trigger.i for c in told)


def _fronted_pp(prep, verb, trigger) -> bool:  # type: ignore[no-untyped-def]
    """A phrase opening the sentence before the deed, the speech verb and its speaker trailing after the deed ("In
    X, gunmen shot dead five people on Tuesday, residents said"): the phrase says where the deed was, though the
    parser hung it on the trailing verb ("said in Ankara" and "In Ankara, officials said ..." stay the speaker's)."""
    if prep.dep_ != "prep":
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.i == prep.sent.start and prep.i < trigger.i < verb.i and bool(subj) and all(trigger.i < c.i for c in subj)


def _issued_statement(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is the participle of a statement noun ("a statement issued in Abuja", "the communique released from
    Karachi"): the place on it is where the statement was made."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in ISSUE_VERBS and verb.head.lower_ in STATEMENT_NOUNS
