"""Readers and scorers of the real development sets in ../shared/data for the event layer.

Used by ``bench/events.py case|rams|muc4`` and by ``scripts/train_subtype.py``. Nothing here copies text into
the project: the sets are read where they lie.

* CASE 2021 task 2 (``case2021-dev/dev.tsv``): one code per snippet; sitrep's code is its main event's
  (:func:`main_code`); weighted F1 over the 25 ACLED codes and over all 30, as the task scored it.
* RAMS (``rams/dev.jsonlines``): one annotated event per five-sentence window; the window is violent when its
  AIDA type is a violent attack, death or injury (:data:`RAMS_VIOLENT`), not violent when the type is outside
  conflict, death and injury; ``life.die.n/a``-style types that may or may not be violent are left out. sitrep
  says violent when an asserted Battles / Explosions / Violence-against-civilians event lies in the sentence of
  the gold trigger. Precision and recall of "violent" over windows.
* MUC-4 (``muc4/tst1``, ``tst2``, optionally ``dev``): incident types per document (ATTACK, BOMBING, KIDNAPPING,
  ARSON) against the set of types of the answer-key templates; P/R over (document, type) pairs. The texts are
  upper case: :func:`truecase` lowers them and restores capitals by rules before parsing (see there).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("SITREP_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"

# ---------------------------------------------------------------------------------------------- CASE 2021
CASE_CODES = {
    "Armed clash": "ARMED_CLASH", "Government regains territory": "GOV_REGAINS_TERIT",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER", "Chemical weapon": "CHEM_WEAP",
    "Air/drone strike": "AIR_STRIKE", "Suicide bomb": "SUIC_BOMB", "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Remote explosive/landmine/IED": "REM_EXPLOS", "Grenade": "GRENADE", "Sexual violence": "SEX_VIOL",
    "Attack": "ATTACK", "Abduction/forced disappearance": "ABDUCT_DISSAP", "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER", "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Violent demonstration": "VIOL_DEMONSTR", "Mob violence": "MOB_VIOL", "Agreement": "AGREEMENT", "Arrests": "ARREST",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT", "Disrupted weapons use": "DISR_WEAP",
    "Headquarters or base established": "HQ_ESTABLISHED", "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER", "Other": "OTHER",
}
ACLED_CODES = frozenset(CASE_CODES.values())
# sitrep's out-of-ACLED kinds (EventMention.outside) and PLOVER codes -> CASE's five extra codes
OUTSIDE_CODES = {"natural_disaster": "NATURAL_DISASTER", "man_made_disaster": "MAN_MADE_DISASTER",
                 "accident": "MAN_MADE_DISASTER", "crime": "ORG_CRIME"}
PLOVER_CODES = {"CONSULT": "DIPLO", "SUPPORT": "DIPLO", "AID": "DIPLO", "SANCTION": "DIPLO", "REQUEST": "DIPLO",
                "ACCUSE": "ATTRIB", "CLAIM": "ATTRIB", "REJECT": "ATTRIB"}


def read_case(path: Optional[Path] = None) -> list[tuple[str, str, str]]:
    """(id, snippet, gold code) of the CASE development half."""
    path = path or DATA / "case2021-dev" / "dev.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r[0], r[1], r[2].strip()) for r in rows[1:] if len(r) >= 3]


def event_code(e) -> Optional[str]:  # type: ignore[no-untyped-def]
    """The CASE code of one EventMention."""
    if getattr(e, "outside", None):
        return OUTSIDE_CODES.get(e.outside)
    if e.sub_event_type in CASE_CODES:
        return CASE_CODES[e.sub_event_type]
    if e.event_type == "Political":
        return PLOVER_CODES.get(e.plover or "")
    return None


# ACLED's generic violent sub-types, and the specific deeds that a sentence telling both is about: a named
# weapon, a rape, an abduction, territory taken ("attacked the post with mortars", "stormed the village and
# abducted ten", "clashed with the rebels and captured the town": ACLED codes the specific sub-type)
GENERIC_SUBTYPES = frozenset({"Attack", "Armed clash"})
SPECIFIC_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                               "Grenade", "Suicide bomb", "Chemical weapon", "Sexual violence",
                               "Abduction/forced disappearance", "Government regains territory",
                               "Non-state actor overtakes territory"})


def main_event(events: list):  # type: ignore[no-untyped-def]
    """The event a snippet is about: asserted before the rest, ACLED before political, then confidence, then order;
    a generic attack or clash gives way to a specific deed told in its sentence with the same modality."""
    cands = [e for e in events if event_code(e)]
    if not cands:
        return None

    def key(e):  # type: ignore[no-untyped-def]
        return (e.modality in ("asserted", "denied"), e.event_type != "Political",
                getattr(e, "outside", None) is None, e.confidence, -e.sentence.start)

    best = max(cands, key=key)
    if best.sub_event_type in GENERIC_SUBTYPES and not getattr(best, "outside", None):
        specific = [e for e in cands if e.sentence.start == best.sentence.start and e.modality == best.modality
                    and e.sub_event_type in SPECIFIC_SUBTYPES and not getattr(e, "outside", None)]
        if specific:
            best = max(specific, key=key)
    return best


def main_code(events: list) -> Optional[str]:  # type: ignore[no-untyped-def]
    e = main_event(events)
    return event_code(e) if e is not None else None


def weighted_f1(gold: list[str], pred: list[Optional[str]], labels: Optional[Iterable[str]] = None) -> float:
    """scikit-learn's weighted F1 over the gold labels (restricted to ``labels`` when given), as CASE scored."""
    keep = [i for i, g in enumerate(gold) if labels is None or g in labels]
    g = [gold[i] for i in keep]
    p = [pred[i] for i in keep]
    sup = Counter(g)
    tot = 0.0
    for lab, n in sup.items():
        tp = sum(1 for a, b in zip(g, p) if a == lab and b == lab)
        # predicted lab over the whole (restricted) set, as sklearn counts predictions of a label
        npred = sum(1 for b in p if b == lab)
        prec = tp / npred if npred else 0.0
        rec = tp / n
        f = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        tot += f * n
    return tot / len(g) if g else 0.0


def case_report(gold: list[str], pred: list[Optional[str]]) -> dict:
    acc25 = [i for i, g in enumerate(gold) if g in ACLED_CODES]
    return {
        "n": len(gold), "n_acled": len(acc25),
        "weighted_f1_acled25": round(weighted_f1(gold, pred, ACLED_CODES), 3),
        "weighted_f1_all30": round(weighted_f1(gold, pred), 3),
        "accuracy_all30": round(sum(a == b for a, b in zip(gold, pred)) / len(gold), 3) if gold else 0.0,
        "no_event": sum(1 for p in pred if p is None),
    }


# ---------------------------------------------------------------------------------------------- RAMS
RAMS_VIOLENT_PREFIX = ("conflict.attack.",)
RAMS_VIOLENT_EXACT = {"life.die.deathcausedbyviolentevents", "life.injure.injurycausedbyviolentevents"}
RAMS_NOT_VIOLENT_EXCEPT = {"conflict.attack.stealrobhijack"}  # a robbery or hijacking: crime, not political violence
RAMS_UNSURE_PREFIX = ("life.die.n/a", "life.injure.n/a", "life.die.nonviolentdeath", "life.injure.illness",
                      "justice.judicialconsequences.execute", "artifactexistence.damagedestroy", "disaster.")


def rams_label(t: str) -> Optional[bool]:
    """Violent (True), not violent (False) or left out (None) for an AIDA event type."""
    if t in RAMS_NOT_VIOLENT_EXCEPT:
        return False
    if t.startswith(RAMS_VIOLENT_PREFIX) or t in RAMS_VIOLENT_EXACT:
        return True
    if t.startswith(RAMS_UNSURE_PREFIX) or t.startswith("conflict.yield"):
        return None
    return False


def read_rams(path: Optional[Path] = None) -> list[dict]:
    """Windows: id, text, the char span of the sentence holding the trigger, the AIDA type, the label."""
    path = path or DATA / "rams" / "dev.jsonlines"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        toks: list[str] = []
        sent_span: list[tuple[int, int]] = []  # token index range -> char range per sentence
        text = ""
        starts = []
        for s in d["sentences"]:
            s0 = len(text)
            for w in s:
                starts.append(len(text))
                toks.append(w)
                text += w + " "
            sent_span.append((s0, len(text) - 1))
            text = text[:-1] + "\n" if text else text
        ti = d["evt_triggers"][0][0]
        typ = d["evt_triggers"][0][2][0][0]
        c = starts[ti]
        sspan = next((a, b) for a, b in sent_span if a <= c <= b)
        out.append({"id": d["doc_key"], "text": text, "trigger_char": c, "sentence": sspan, "type": typ,
                    "label": rams_label(typ)})
    return out


def pr(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return {"tp": tp, "pred": npred, "gold": ngold, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


# ---------------------------------------------------------------------------------------------- MUC-4
MUC_TYPES = ("ATTACK", "BOMBING", "KIDNAPPING", "ARSON")
# a message opens with its id alone on a line, in the dev set followed by the site that keyed it: "... (NOSC)"
_MUC_SPLIT = re.compile(r"^\s*((?:DEV|TST\d)-MUC\d-\d{4})(?:[ \t]+\([^)\n]*\))?[ \t]*$", re.M)


def read_muc_texts(paths: Iterable[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p in paths:
        raw = p.read_text(encoding="latin-1")
        parts = _MUC_SPLIT.split(raw)
        for i in range(1, len(parts) - 1, 2):
            out[parts[i]] = parts[i + 1]
    return out


muc_n_templates: dict[str, int] = {}  # document id -> number of incident templates (any type), filled by read_muc_keys


def read_muc_keys(paths: Iterable[Path]) -> dict[str, set[str]]:
    """Document id -> the incident types of its templates (only the four scored; "ATTACK / BOMBING" takes the first)."""
    out: dict[str, set[str]] = defaultdict(set)
    for p in paths:
        cur = None
        for line in p.read_text(encoding="latin-1").splitlines():
            m = re.match(r"\s*0\.\s+MESSAGE: ID\s+(\S+)", line)
            if m:
                cur = m.group(1)
                out.setdefault(cur, set())
                continue
            m = re.match(r"\s*4\.\s+INCIDENT: TYPE\s+(.+)", line)
            if m and cur:
                t = m.group(1).strip().split("/")[0].strip().lstrip("?").strip()
                if t != "*":
                    muc_n_templates[cur] = muc_n_templates.get(cur, 0) + 1
                if t in MUC_TYPES:
                    out[cur].add(t)
    return dict(out)


def muc_sets(which: Iterable[str]) -> tuple[dict[str, str], dict[str, set[str]]]:
    texts: dict[str, str] = {}
    keys: dict[str, set[str]] = {}
    base = DATA / "muc4"
    for w in which:
        if w == "dev":
            texts.update(read_muc_texts(sorted((base / "dev").glob("dev-muc3-*"))))
            keys.update(read_muc_keys(sorted((base / "dev").glob("key-dev-*"))))
        elif w == "tst1":
            texts.update(read_muc_texts([base / "tst1" / "tst1-muc3"]))
            keys.update(read_muc_keys([base / "tst1" / "key-tst1.v7"]))
        elif w == "tst2":
            texts.update(read_muc_texts([base / "tst2" / "tst2-muc4"]))
            keys.update(read_muc_keys([base / "tst2" / "key-tst2.v4"]))
    return texts, keys


_MONTHS = {m: i + 1 for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def muc_body(raw: str) -> tuple[str, Optional[dt.date], str]:
    """The message's dateline place, date and body text (after "[TEXT]")."""
    head, _, body = raw.partition("[TEXT]")
    m = re.search(r"([A-Z][A-Z .'-]+),\s+(\d{1,2})\s+([A-Z]{3})\s+(\d{2})", head)
    day = None
    place = ""
    if m:
        place = m.group(1).strip()
        try:
            day = dt.date(1900 + int(m.group(4)), _MONTHS.get(m.group(3), 1), int(m.group(2)))
        except ValueError:
            day = None
    return place, day, re.sub(r"\s*\n\s*", " ", body or raw).strip()


def truecase(text: str, proper: frozenset[str]) -> str:
    """Upper-case wire text to sentence case, with capitals put back on words known as names.

    ``proper`` (see :func:`proper_words`) holds three kinds of entry, told apart by their form:

    * a lower-case word ("lima"): written with a capital ("Lima");
    * an upper-case word ("ELN", "M-19"): an acronym, kept in capitals (also before "'s" and in "ELN-MRTA");
    * an entry with a space ("Shining Path", "San Salvador"): a name of several words, written as the entry
      spells it wherever its words follow each other (the longest one wins).

    Besides, every other word is lowered; the first letter of a sentence (after . ! ? or a quote/bracket at
    the start; not after a dotted abbreviation such as "U.S.") is capitalised; acronyms in the original of 2-5
    letters with no vowel, and dotted ones ("U.S."), stay upper case (PCN);
    "march", "may" and the months' abbreviations get a capital only next to a number ("5 march", "may 3");
    the bracketed editor's notes ("[words indistinct]") are dropped."""
    text = re.sub(r"\[[^\]]*\]", " ", text)
    words = re.split(r"(\s+)", text)
    toks = [i for i, w in enumerate(words) if w and not w.isspace()]
    cores = [_core(words[i]) for i in toks]
    lows = [re.sub(r"'s$", "", c.lower()) for c in cores]  # "path's" matches the name's "path"
    phrases = _phrase_index(proper)
    cased: dict[int, str] = {}  # token number -> the cased core a multi-word name gives it
    k = 0
    while k < len(toks):
        hit = None
        for ws, spelt in phrases.get(lows[k], ()):
            n = len(ws)
            # the words must follow each other inside one sentence: only the last may end in punctuation
            if tuple(lows[k:k + n]) == ws and all((j == k or words[toks[j]].startswith(cores[j]))
                                                 and (j == k + n - 1 or words[toks[j]].endswith(cores[j]))
                                                 for j in range(k, k + n)):
                hit = spelt
                break
        if hit:
            for j, s in enumerate(hit):
                cased[k + j] = s
            k += len(hit)
        else:
            k += 1
    out = list(words)
    start = True
    for n, i in enumerate(toks):
        w, core = words[i], cores[n]
        low = w.lower()
        j = low.find(core.lower()) if core else -1
        if j < 0:
            new = low
        else:
            if n in cased:
                c = cased[n] + core[len(cased[n]):].lower()  # with the "'s" the match left out
            else:
                near_num = any(0 <= m < len(cores) and cores[m][:1].isdigit() for m in (n - 1, n + 1))
                c = _case_word(core, proper, near_num)
            if start and c:
                c = c[:1].upper() + c[1:]
            new = low[:j] + c + low[j + len(core):]
        out[i] = new
        start = (bool(re.search(r"[.!?][\"')”]*$", w))
                 and not re.search(r"(?:^|[^\w.])(?:[A-Za-z]\.){2,}$", w))  # not after "U.S."
    return "".join(out)


def _core(w: str) -> str:
    return re.sub(r"^[\"'(“]+|[\"').,;:!?”]+$", "", w)


# months that are common words too, and abbreviations: cased next to a number only ("5 march", "jan 10")
_CONTEXT_MONTHS = frozenset({"march", "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                             "nov", "dec"})


def _case_word(core: str, proper: frozenset[str], near_num: bool) -> str:
    """One word's casing (see :func:`truecase`): the core of an upper-case token, without punctuation around it."""
    base, poss = (core[:-2], core[-2:].lower()) if core.upper().endswith("'S") and len(core) > 3 else (core, "")
    if base.upper() in proper and base.isupper():
        return base + poss  # a known acronym: ELN, M-19
    parts = re.split(r"([-/])", base)
    res = []
    for p in parts:
        lp = p.lower()
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]\.?", p) or (p.isalpha() and p.isupper() and 2 <= len(p) <= 5
                                                          and not re.search(r"[AEIOUY]", p)):
            res.append(p)  # an acronym without a vowel: PCN
        elif p.isupper() and p in proper:
            res.append(p)
        elif lp in proper or (near_num and lp in _CONTEXT_MONTHS):
            res.append(lp[:1].upper() + lp[1:])
        else:
            res.append(lp)
    return "".join(res) + poss


_PHRASES: dict[int, tuple[frozenset, dict]] = {}


def _phrase_index(proper: frozenset[str]) -> dict[str, list[tuple[tuple[str, ...], list[str]]]]:
    """First lower-case word -> (lower-case words, spelt words) of the multi-word entries, longest first."""
    got = _PHRASES.get(id(proper))
    if got is not None and got[0] is proper:
        return got[1]
    idx: dict[str, list] = defaultdict(list)
    for e in proper:
        if " " in e:
            spelt = e.split()
            idx[spelt[0].lower()].append((tuple(s.lower() for s in spelt), spelt))
    for v in idx.values():
        v.sort(key=lambda x: -len(x[0]))
    _PHRASES[id(proper)] = (proper, dict(idx))
    return _PHRASES[id(proper)][1]


def muc_types(events: list) -> set[str]:  # type: ignore[no-untyped-def]
    """The MUC-4 incident types of a document's asserted events (ACLED sub-type -> MUC type)."""
    out = set()
    for e in events:
        if e.modality != "asserted" or getattr(e, "outside", None) == "natural_disaster":
            continue
        t = MUC_OF_SUBTYPE.get(e.sub_event_type or "")
        if t == "ARSON" and ARSON_FIRE_ONLY and not _fire(e):
            continue  # looting, sabotage, demolition: ACLED's property destruction, but MUC-4's ARSON is fire only
        if t:
            out.add(t)
    return out


# MUC-4's ARSON is setting fire (template-doc: incident types); ACLED's looting/property destruction is wider
ARSON_FIRE_ONLY = True  # False: every looting/property destruction counts as ARSON (the mapping before 2026-12-02)
FIRE_WORDS = ("burn", "fire", "torch", "arson", "blaze", "incendiar", "firebomb", "flame", "ablaze")


def _fire(e) -> bool:  # type: ignore[no-untyped-def]
    trig = (e.trigger.text if e.trigger is not None else "").lower()
    return any(w in trig for w in FIRE_WORDS) or bool(_FIRE_TOLD.search(e.sentence.text))


_FIRE_TOLD = re.compile(r"\bset\b[^.;]{0,60}?\bon fire\b|\bset fire\b|\bburn(?:ed|t)\b|\btorched\b|\barson\b", re.I)


MUC_OF_SUBTYPE = {
    "Armed clash": "ATTACK", "Attack": "ATTACK", "Air/drone strike": "ATTACK", "Shelling/artillery/missile attack": "ATTACK",
    "Remote explosive/landmine/IED": "BOMBING", "Suicide bomb": "BOMBING", "Grenade": "BOMBING",
    "Abduction/forced disappearance": "KIDNAPPING", "Looting/property destruction": "ARSON",
    "Mob violence": "ATTACK", "Excessive force against protesters": "ATTACK",
}


MONTHS_AND_DAYS = ("january", "february", "april", "june", "july", "august", "september", "october",
                   "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday")  # English calendar names ("march" and "may" are common words too: see _CONTEXT_MONTHS)


# words that make place names out of common words only ("North West", "New Town"): such a name is not cased
GENERIC_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
    "southeast", "southwest", "upper", "lower", "middle", "new", "old", "great", "little", "big", "city", "town",
    "district", "province", "region", "county", "port", "river", "lake", "island", "islands", "bay", "beach", "valley",
    "mount", "hills", "park", "coast", "point", "the", "of", "and", "end", "side", "capital", "territory"})
# names that are also frequent common words in news prose: left to the other rules
HOMOGRAPHS = frozenset({"jersey", "reunion", "polish"})


def proper_words() -> frozenset[str]:
    """What :func:`truecase` capitalises, by public knowledge only (never from a data set's answers):

    * lower-case words that are names: words of sitrep's actor dictionary (names and aliases) and of gazetteer
      places of 10,000 people or more, of countries, first-level divisions, continents and regions, minus the
      words spaCy's English lemmatizer lists as common words and their plurals -- except the whole one-word names
      of countries and of cities of a million people, which those tables list too ("caracas", "chile"); the
      demonyms of the actor dictionary ("Salvadoran"); the English month and weekday names (and their "'s"
      forms); :data:`HOMOGRAPHS` are left out;
    * upper-case acronyms: the actor dictionary's aliases and name words written in capitals ("ELN", "M-19"),
      unless they are English stop words in lower case ("IS", "US");
    * multi-word names as spelt there: the actor dictionary's names and aliases and the names of those
      gazetteer places ("Shining Path", "San Salvador", "Latin America"), so that common words inside a name get
      their capital; not place names made of :data:`GENERIC_PLACE_WORDS` only ("North West")."""
    import sqlite3

    from sitrep.resources import data_path

    names: set[str] = set()
    big: set[str] = set()
    acronyms: set[str] = set()
    phrases: set[str] = set()

    def add(n: str) -> None:
        names.update(w for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2)
        acronyms.update(w for w in re.findall(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])", n)
                        if len(w) >= 2 and sum(ch.isalpha() for ch in w) >= 1)
        ws = n.split()
        if len(ws) >= 2 and re.fullmatch(r"[A-Za-z .'-]+", n) and any(w[:1].isupper() for w in ws):
            phrases.add(" ".join(ws))

    demonyms: set[str] = set()
    for line in open(data_path("actors.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        for n in [re.sub(r"\s*\([^)]*\)", "", d.get("name", "")), *d.get("aliases", [])]:
            add(n)
        demonyms.update(x.lower() for x in d.get("demonyms") or [] if x.isalpha())
    db = ROOT / "build" / "gazetteer.sqlite"
    if db.is_file():
        con = sqlite3.connect(db)
        try:
            for (n,) in con.execute("SELECT asciiname FROM place WHERE population >= 10000 OR fcode LIKE 'PCL%'"
                                    " OR fcode IN ('ADM1', 'CONT', 'RGN')"):
                n = n or ""
                names.update(w for w in re.findall(r"[a-z]+", n.lower()) if len(w) > 2)
                ws = n.split()
                if (len(ws) >= 2 and re.fullmatch(r"[A-Za-z .'-]+", n)
                        and not {w.lower() for w in ws} <= GENERIC_PLACE_WORDS):
                    phrases.add(" ".join(ws))
            # a country's or a city of a million's whole one-word name is a name even where the lemmatizer's
            # tables (which hold many proper nouns: "caracas", "chile") list it
            for (n,) in con.execute("SELECT asciiname FROM place WHERE (population >= 1000000 OR fcode LIKE 'PCL%')"
                                    " AND asciiname NOT LIKE '% %'"):
                if (n or "").isalpha():
                    big.add(n.lower())
        except sqlite3.Error:
            pass
        con.close()
    common: set[str] = set()
    try:
        from sitrep.nlp.models import load_pipeline

        nlp = load_pipeline()
        lk = nlp.get_pipe("lemmatizer").lookups
        for t in ("lemma_index", "lemma_exc"):
            if lk.has_table(t):
                for v in lk.get_table(t).values():
                    common.update(v if isinstance(v, list) else list(v) if isinstance(v, dict) else [])
        common |= set(nlp.Defaults.stop_words)
    except Exception:  # noqa: BLE001 - truecasing is a best effort
        pass
    cal = set(MONTHS_AND_DAYS) | {w + "'s" for w in MONTHS_AND_DAYS}  # "Wednesday's attack"
    stop = set(nlp.Defaults.stop_words) if common else set()  # the lemmatizer's tables hold acronyms too ("eln")
    plurals = {w for w in names if w.endswith("s") and ({w[:-1], w[:-2], w[:-3] + "y"} & common)}  # "rebels"
    kept = (names - common - plurals) | (big - stop - HOMOGRAPHS) | (demonyms - stop - HOMOGRAPHS)
    return frozenset(kept | cal | {a for a in acronyms if a.lower() not in stop} | phrases)
