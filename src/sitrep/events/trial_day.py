"""The day of a proceeding about a deed (branch dates36; date_reports24 h09, date_reports25 i10).

A court or commemorative report opens on the day of a trial, a hearing, a funeral or an anniversary ("Jury selection
began Monday in the trial of a man charged with killing two teenagers in a shooting ..."; "The funeral was held
Sunday for ..."): that day is the proceeding's, never the deed's, which lies weeks or years back. Blank beats wrong:
such a day dates no deed told in its sentence (``date/sort_times``) and is no day of the incident
(``incident_date.told_days``); a lead that opens a trial so makes the report a court report
(``court_report.court_report``), whose undated deeds take the case's one dated deed's day.

A proceeding's day: the time hangs from a verb of starting, going on, ending or holding (event sense cue
``proceeding_verbs``) whose subject, or (holding, attending, marking) object, is a proceeding noun (cue
``proceeding_nouns``; "selection" only as "jury selection", "statements"/"arguments" only opening or closing ones).
The check reads one verb's children: no walk of the Doc.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["proceeding_verb", "COURT_PROCEEDINGS"]

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_OBJ_VERBS = frozenset({"hold", "attend", "mark", "observe"})
_QUALIFIED = {"selection": frozenset({"jury"}), "statement": frozenset({"opening", "closing"}),
              "argument": frozenset({"opening", "closing"})}
# the proceedings of a court, which make a lead a court report (a funeral or an anniversary does not)
COURT_PROCEEDINGS = frozenset({"trial", "retrial", "testimony", "hearing", "sentencing", "arraignment",
                               "deliberation", "selection", "statement", "argument"})


def _proceeding_noun(tok, court: bool = False) -> bool:  # type: ignore[no-untyped-def]
    lem = tok.lemma_.lower()
    if lem not in sense_cue("proceeding_nouns") or (court and lem not in COURT_PROCEEDINGS):
        return False
    need = _QUALIFIED.get(lem)
    return need is None or any(c.lower_ in need for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))


def proceeding_verb(verb, court: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` tells a proceeding's start, course, end or holding (module docstring); with ``court``, only a
    court's proceeding (a trial, a hearing, jury selection)."""
    lem = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lem not in sense_cue("proceeding_verbs"):
        return False
    kids = list(verb.children)
    if lem == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids):
        return False
    if lem == "get" and not any(c.lower_ == "under" for c in kids):
        return False
    deps = _SUBJ | ({"dobj"} if lem in _OBJ_VERBS else frozenset())
    return any(c.dep_ in deps and _proceeding_noun(c, court) for c in kids)
