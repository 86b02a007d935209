"""One claimant under the names its reports give it (issue 16 item 3: the latest claim per claimant): "the regional
disaster risk management commission" on Thursday and "the Amhara regional disaster risk management commission" on
Monday are one body, whose Monday count updates its Thursday count. A name whose words all recur in exactly one
longer name with the same last word (the head noun: commission, ministry, office) is that name; a name that fits
several longer ones ("the ministry" beside "the interior ministry" and "the health ministry") stays apart. Names
whose words differ only in an article ("a regional official", "the regional official") are one name."""
from __future__ import annotations

import re
from typing import Any

__all__ = ["fold_claimants", "named_titles", "unquoted_restated"]

_FILLER = frozenset({"the", "a", "an", "s", "of", "its", "their"})


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", name.lower()) if w not in _FILLER)


def fold_claimants(names: list[str]) -> dict[str, str]:
    """Each name of ``names`` -> the name it is folded into (itself when none, or several, fit)."""
    words = {n: _words(n) for n in set(names)}
    first = {}  # "a regional official" and "the regional official": one name but for its article
    for n in sorted(words):
        first.setdefault(words[n], n)
    out = {}
    for n, w in words.items():
        longer = [m for m, v in words.items() if w and len(v) > len(w) and v[-1] == w[-1] and set(w) <= set(v)
                  and first[v] == m]
        out[n] = longer[0] if len(longer) == 1 else first[w]
    return out


def unquoted_restated(figs: list[Any]) -> list[Any]:
    """``figs`` (the figures of one key-figure group) less those with no claimant whose report tells the same count
    with one ("..., while police put the number at 61. Police spokesman X said the 61 arrested would appear in
    court"): one count told twice in a report is one claim, its claimant's."""
    quoted = {(f.span.article_id, f.low, f.high) for f in figs if f.claimant_name or f.claimant}
    return [f for f in figs if f.claimant_name or f.claimant or (f.span.article_id, f.low, f.high) not in quoted]


_BARE_TITLE = re.compile(r"^the\s+((?:[a-z]+\s+){0,2}[a-z]+)$")
# a body that speaks through a named spokesman: "police put the number at 61" and "Police spokesman Peter Kiprono
# Wafula said the 61 arrested ...": the spokesman's name stands for the body's unnamed claim
_SPEAKING_BODY = re.compile(r"^(?:the\s+)?(police|army|military)$")


def named_titles(figs: list[Any], text_of: Any) -> dict[str, str]:
    """A bare title ("the governor") whose report names its holder ("regional governor Oleh Syniehubov said") -> that
    name, when the name is another claimant of ``figs``: one person, whose later count updates the earlier. A report
    of the story that names no holder takes the holder another of its reports names (a rank between: "governor
    Colonel X").
    ``text_of(article_id)`` gives a report's text."""
    names = {f.claimant_name or f.claimant for f in figs if f.claimant_name or f.claimant}
    articles = {f.span.article_id for f in figs}
    out: dict[str, str] = {}
    for f in figs:
        who = f.claimant_name or f.claimant
        m = _BARE_TITLE.match((who or "").strip())
        body = _SPEAKING_BODY.match((who or "").strip())
        if not (m or body) or who in out:
            continue
        title = re.escape(m.group(1)) if m else _spokesman_of(body.group(1))  # type: ignore[union-attr]
        held = _holder(title, who, names, [f.span.article_id] + sorted(articles - {f.span.article_id}), text_of)
        if held:
            out[who] = held
    return out


def _spokesman_of(body: str) -> str:
    """The pattern of a body's spokesman's title ("Police spokesman", "a police spokeswoman,")."""
    return re.escape(body) + r",?\s+spokes(?:man|woman|person),?"


# a rank between a title and its holder's name: "Tillaberi governor Colonel Ibrahim Salou"
_RANK = r"(?:(?:Colonel|Col\.|General|Gen\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Dr\.?)\s+)?"


def _holder(title: str, who: str, names: set[str], article_ids: list[str], text_of: Any) -> str:
    """The claimant of ``names`` (not ``who``) named with ``title`` (a pattern) in the first of the reports that names
    one (its own report first, then the story's others: "the governor" on Sunday is the governor named on Wednesday), or ""."""
    for aid in article_ids:
        text = text_of(aid) or ""
        for n in re.finditer(r"\b(?i:" + title + r")\s+" + _RANK + r"((?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+)",
                             text):
            held = [x for x in names if x != who and (n.group(1) == x or n.group(1).startswith(x + " "))]
            if held:
                return held[0]
    return ""
