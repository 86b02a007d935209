"""The capitalised runs of a text, where a place's name may be: which tokens are capitalised (``is_cap``: an
upper-case first letter, or a digit then capitals, "M5"), and the runs of them with the lower-case particles and
hyphens a name has inside ("Maarat al-Numan", "Stratford-upon-Avon", "Bab al-Hawa"). Found once per Doc: the
recogniser and the facility reader both read them."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.doctext import doc_attr

# lower-case particles allowed inside a name ("Maarat al-Numan", "Stratford-upon-Avon", "Bab al-Hawa")
CONNECTORS = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "et", "de", "du", "des", "la", "le",
              "di", "da", "do", "dos", "del", "of", "upon", "on", "-", "'", "’", "bin", "ibn", "abu", "y", "van", "von"}


# the Arabic article before a name, in its sun-letter spellings ("al-Bab", "as-Sukhnah", "ad-Dana", "el-Arish"):
# a name may open on it in lower case
ARTICLES = ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az")
_HYPHENS = ("-", "‑")


def article_led(t: str) -> bool:
    """``t`` opens on a lower-case Arabic article glued by a hyphen to a capitalised word ("al-Sukhnah")."""
    head, sep, rest = t.replace("‑", "-").partition("-")
    return bool(sep) and head in ARTICLES and cap_text(rest)


def is_cap(tok: Any) -> bool:
    return cap_text(tok.text)


def cap_text(t: str) -> bool:
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and any(c.isupper() for c in t))) and any(c.isalpha() for c in t)


def caps_of(doc: Any) -> list[bool]:
    """``is_cap`` of every token, once per Doc."""
    cache = doc.user_data.setdefault("sitrep_attrs", {})
    if "sitrep_cap" not in cache:
        cache["sitrep_cap"] = [cap_text(t) for t in doc_attr(doc, "text")]
    return cache["sitrep_cap"]


def name_runs(doc: Any) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs, with lower-case particles and hyphens inside (found once
    per Doc: places and facilities both read them)."""
    got = doc.user_data.get("sitrep_name_runs")
    if got is None:
        got = doc.user_data["sitrep_name_runs"] = tuple(find_name_runs(doc))
    return list(got)


def find_name_runs(doc: Any) -> list[tuple[int, int]]:
    runs = []
    i, n = 0, len(doc)
    caps, lowers, texts = caps_of(doc), doc_attr(doc, "lower_"), doc_attr(doc, "text")
    while i < n:
        starts = caps[i] or (lowers[i] in ARTICLES and texts[i] == lowers[i]
                             and i + 2 < n and texts[i + 1] in _HYPHENS and caps[i + 2])
        if not starts:
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
                continue
            if lowers[j] in CONNECTORS and j + 1 < n and (caps[j + 1] or lowers[j + 1] in CONNECTORS):
                # particle must be glued to a following capitalised token within two steps
                k = j + 1
                while k < n and lowers[k] in CONNECTORS and k - j < 3:
                    k += 1
                if k < n and caps[k]:
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs
