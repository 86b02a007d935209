"""Who did it to whom, and how many died: roles and death counts against human annotation.

Usage:
    python bench/roles.py rams [--split dev|test] [--limit N] [--json] [--dump FILE] [--relative antecedent|span]
    python bench/roles.py muc4 [--split dev|tst1|tst2] [--limit N] [--json]

RAMS (../shared/data/rams): each five-sentence window has one annotated event. Windows whose event is an attack,
a violent death or an injury (``conflict.attack.*``, ``life.die.*``, ``life.injure.*``) are run through the
per-article stages (tokens detokenised, offsets kept). The gold event is *matched* when sitrep has a violent event
(ACLED Battles, Explosions/Remote violence, Violence against civilians) whose trigger overlaps the gold trigger;
else (``--match evidence``, the default) the violent event that absorbed, when restatements were merged, a mention
read at the gold trigger (a merged event carries the evidence of every mention it folded in, and its actors are
theirs too); else the nearest one in the trigger's sentence. ``--match trigger`` skips the middle step (the scorer
before 2026-12-02, which left a gold deed folded into an earlier sentence's event unmatched, or matched it to
another deed of its sentence). Roles: ``attacker``/``killer``/``injurer`` -> actor1, ``target``/``victim`` ->
actor2. A predicted actor counts as right when its evidence span overlaps a gold argument of its role, or when
its canonical name and a gold argument share a content word (a pronoun resolved to its antecedent), or (``--relative
antecedent``, the default since 2026-12-02) when the gold argument is a bare relative pronoun ("who", "which",
"that": RAMS marks the victim of "the boy who was hurt" on "who") and the predicted span ends just before it, with
nothing but spaces or a comma between: the phrase the relative clause qualifies, which is who the pronoun is
(``--relative span`` scores by overlap alone, as before). The rule reads only the gold and predicted spans and is the
same for every system. Printed:

* ``actor1_acc``: right actor1 / matched events whose gold names an attacker (empty counts as wrong);
* ``actor1_prec``: right / filled actor1 over matched events (a filled actor1 where the gold names no attacker
  is wrong: the text named nobody, yet sitrep did);
* ``actor1_prec_named``: right / filled actor1 over matched events whose gold names an attacker (RAMS leaves some
  attackers the text names unannotated -- "X claimed responsibility for that massacre" with no attacker argument --
  so this is the precision with those set aside; ``actor1_prec`` stays the headline figure);
* ``actor1_fill``: filled / matched; ``actor2_acc`` and ``actor2_prec`` the same for target/victim;
* ``a1_right_pronoun_span`` / ``a2_right_pronoun_span``: right fills whose predicted span is a pronoun ("it",
  "they"): credited by span overlap with a gold pronoun, whatever name the pronoun was resolved to (RAMS has no
  coreference to check the name against), so these rights say nothing of the name;
* ``actor1_acc_same_trigger`` / ``actor1_prec_same_trigger``: the same two actor1 figures over the matched events
  whose trigger is the gold trigger itself (a diagnostic: the rest were matched to another deed of the gold's
  sentence because sitrep has no event for the gold trigger, so their attacker is often not that deed's);
  ``actor2_acc_same_trigger`` / ``actor2_prec_same_trigger``: the same two figures for actor2.

MUC-4 (../shared/data/muc4): the dev keys' templates (one incident each) against the events of the message.
A message is scored once per template kind: ``perp_org`` (PERP: ORGANIZATION ID), ``hum_tgt``
(HUM TGT: NAME and DESCRIPTION) and ``deaths`` (HUM TGT: EFFECT OF INCIDENT DEATH with HUM TGT: NUMBER, else
the count of victims marked DEATH). Slot alternatives written ``A / B`` are all accepted (any one right is right);
optional fills marked ``?`` are accepted when given and not required when missing. For each message:
perpetrator organisations are right when a violent event's actor1 or associate shares a content word with one
alternative; human targets when an actor2 does; deaths when the largest fatality count of the message's violent
events equals the key's number (or the sum over the message's templates) -- the key's deaths are only scored
where they are a number.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from sitrep.model import VIOLENT_EVENT_TYPES  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
ACTOR1_ROLES = ("attacker", "killer", "injurer")
ACTOR2_ROLES = ("target", "victim")
STOP = frozenset("the a an of and in on at to for by from with his her their its 's s mr mrs ms who he she they it "
                 "them him we us this that these those".split())
NO_SPACE_BEFORE = frozenset({".", ",", ":", ";", "!", "?", "%", ")", "]", "}", "'s", "n't", "'", "'re", "'ve", "'ll",
                             "'d", "'m", "''"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``"})


def detok(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text and per-token character offsets from a token list."""
    out: list[str] = []
    offs = []
    pos = 0
    prev = None
    for t in tokens:
        t2 = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(t, t)
        if prev is not None and t not in NO_SPACE_BEFORE and prev not in NO_SPACE_AFTER:
            out.append(" ")
            pos += 1
        offs.append((pos, pos + len(t2)))
        out.append(t2)
        pos += len(t2)
        prev = t
    return "".join(out), offs


# A government's seat or capital standing for its state ("the Kremlin launched its air strikes", "what was needed
# from Moscow"): the state's one-word name is read with it, on both sides, so that "Moscow" and a predicted "Military
# Forces of Russia" are one doer (public knowledge; only states with a one-word name, so that no word such as
# "united" or "korea" joins two doers).
SEATS = {"kremlin": "russia", "moscow": "russia", "beijing": "china", "tehran": "iran", "damascus": "syria",
         "ankara": "turkey", "kyiv": "ukraine", "kiev": "ukraine", "baghdad": "iraq", "kabul": "afghanistan",
         "riyadh": "saudi", "islamabad": "pakistan"}


def words(s: str, seats: bool = False) -> set[str]:
    got = {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in STOP and len(w) > 1}
    return got | {SEATS[w] for w in got if w in SEATS} if seats else got


RELATIVE = frozenset({"who", "whom", "which", "that"})
PRONOUN_SPANS = frozenset("i we you he she it they me us him her them".split())


def actor_right(ref: Optional[dict], gold: list[tuple[int, int, str]], text: str = "", seats: bool = True) -> bool:
    if not ref:
        return False
    sp = ref.get("span") or {}
    s, e = sp.get("start"), sp.get("end")
    for gs, ge, gtext in gold:
        if s is not None and s < ge and gs < e:
            return True
        if s is not None and text and gtext.strip().lower() in RELATIVE and e <= gs \
                and re.fullmatch(r"[\s,]*", text[e:gs]):
            return True  # gold "who" of "the boy who was hurt": the phrase its clause qualifies, just before it
        gw = words(gtext, seats)
        if gw and (gw & words(ref.get("name") or "", seats) or gw & words(sp.get("text") or "", seats)):
            return True
    return False


def _ref(a) -> Optional[dict]:  # type: ignore[no-untyped-def]
    if a is None:
        return None
    sp = a.span
    return {"name": a.name, "id": a.entity_id, "confidence": getattr(a, "confidence", None),
            "span": {"start": sp.start, "end": sp.end, "text": sp.text} if sp is not None else {}}


def load_rams(split: str, limit: Optional[int]) -> list[dict]:
    items = []
    with open(SHARED / "rams" / f"{split}.jsonlines", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            etype = d["evt_triggers"][0][2][0][0]
            if not etype.startswith(("conflict.attack", "life.die", "life.injure")):
                continue
            toks = [t for s in d["sentences"] for t in s]
            text, offs = detok(toks)
            sent_of = []
            for si, s in enumerate(d["sentences"]):
                sent_of.extend([si] * len(s))
            ts, te = d["evt_triggers"][0][0], d["evt_triggers"][0][1]
            roles: dict[str, list] = {"actor1": [], "actor2": []}
            for _trig, (a_s, a_e), role in d["gold_evt_links"]:
                r = re.sub(r"^evt\d+arg\d+", "", role)
                key = "actor1" if r in ACTOR1_ROLES else "actor2" if r in ACTOR2_ROLES else None
                if key:
                    roles[key].append((offs[a_s][0], offs[a_e][1], text[offs[a_s][0]:offs[a_e][1]]))
            sent_toks = [i for i, si in enumerate(sent_of) if si == sent_of[ts]]
            items.append({"id": d["doc_key"], "type": etype, "text": text,
                          "trigger": (offs[ts][0], offs[te][1]),
                          "sentence": (offs[sent_toks[0]][0], offs[sent_toks[-1]][1]), **roles})
            if limit and len(items) >= limit:
                break
    return items


# article id -> (absorbed mention, the event that absorbed it) for every restatement merged into an earlier mention
# (recorded by :func:`annotate` for the evidence-aware matching: a merged event stands for every mention it
# absorbed, each read at its own trigger)
ABSORBED: dict[str, list] = {}
PARSE_CACHE: Optional[Path] = None  # --parse-cache: spaCy parses kept between runs (for iterating on rules)


def annotate(texts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    import sitrep.events.merge as merge
    from sitrep.nlp.annotate import Annotator, DocContext

    real = merge.absorb

    def recording(keep, other):  # type: ignore[no-untyped-def]
        ABSORBED.setdefault(other.article_id, []).append((other, keep))
        return real(keep, other)

    merge.absorb = recording
    try:
        if PARSE_CACHE is not None:  # the same analyses, only the spaCy parse is reused (bench/events.py)
            import events as bench_events
            from sitrep.nlp.annotate import annotate_doc
            from sitrep.nlp.models import load_pipeline

            bench_events.PARSE_CACHE = PARSE_CACHE
            docs = bench_events._cached_docs([(i, t, None) for i, t in texts], load_pipeline())
            return [annotate_doc(d, DocContext(article_id=i)) for (i, _), d in zip(texts, docs)]
        ann = Annotator()
        return list(ann.annotate_many([(t, DocContext(article_id=i)) for i, t in texts]))
    finally:
        merge.absorb = real


def _on(e, trig: tuple[int, int]) -> bool:  # type: ignore[no-untyped-def]
    return e.trigger is not None and e.trigger.start < trig[1] and trig[0] < e.trigger.end


def absorber(events, trig: tuple[int, int], absorbed) -> Optional[object]:  # type: ignore[no-untyped-def]
    """The violent event that absorbed a restatement read at the gold trigger, if any."""
    for other, keep in absorbed or []:
        if _on(other, trig) and other.event_type in VIOLENT_EVENT_TYPES and keep.event_type in VIOLENT_EVENT_TYPES \
                and any(keep is e for e in events):
            return keep
    return None


def match_event(events, trig: tuple[int, int], sent: tuple[int, int], absorbed=None):  # type: ignore[no-untyped-def]
    """The sitrep event scored against a gold trigger: one whose trigger overlaps it; with ``absorbed`` (the merged
    restatements), else the event that absorbed the mention whose trigger overlaps it; else the nearest violent event
    whose trigger lies in the gold sentence."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES]
    on = [e for e in violent if _on(e, trig)]
    if on:
        return on[0]
    host = absorber(violent, trig, absorbed)
    if host is not None:
        return host
    near = [e for e in violent if e.trigger and sent[0] <= e.trigger.start < sent[1]]
    return min(near, key=lambda e: abs(e.trigger.start - trig[0])) if near else None


def score_rams(args) -> dict:  # type: ignore[no-untyped-def]
    items = load_rams(args.split, args.limit)
    analyses = annotate([(it["id"], it["text"]) for it in items])
    c = {k: 0 for k in ("windows", "matched", "a1_gold", "a1_right_gold", "a1_filled", "a1_filled_right",
                        "a2_gold", "a2_right_gold", "a2_filled", "a2_filled_right", "a1_filled_gold",
                        "same_trigger", "st_a1_gold", "st_a1_right_gold", "st_a1_filled", "st_a1_filled_right",
                        "st_a2_gold", "st_a2_right_gold", "st_a2_filled", "st_a2_filled_right",
                        "a1_right_pronoun_span", "a2_right_pronoun_span")}
    dump = []
    for it, an in zip(items, analyses):
        c["windows"] += 1
        ev = match_event(an.events, it["trigger"], it["sentence"],
                         ABSORBED.get(it["id"]) if args.match == "evidence" else None)
        if ev is None:
            continue
        c["matched"] += 1
        txt = it["text"] if args.relative == "antecedent" else ""  # the relative-pronoun rule reads the window
        rec = {"id": it["id"], "type": it["type"], "sentence": it["text"][it["sentence"][0]:it["sentence"][1]],
               "gold_trigger": it["text"][it["trigger"][0]:it["trigger"][1]], "pred_trigger": ev.trigger.text,
               "gold_actor1": [g[2] for g in it["actor1"]], "gold_actor2": [g[2] for g in it["actor2"]]}
        same = _on(ev, it["trigger"]) or (  # a merged event carries the triggers of the mentions it absorbed
            args.match == "evidence" and absorber([ev], it["trigger"], ABSORBED.get(it["id"])) is ev)
        if same:  # sitrep's event is the gold trigger's own, not another deed of its sentence
            r1 = actor_right(_ref(ev.actor1), it["actor1"], txt, args.seats == "state")
            r2 = actor_right(_ref(ev.actor2), it["actor2"], txt, args.seats == "state")
            c["same_trigger"] += 1
            c["st_a1_gold"] += bool(it["actor1"])
            c["st_a1_right_gold"] += bool(it["actor1"]) and r1
            c["st_a1_filled"] += ev.actor1 is not None
            c["st_a1_filled_right"] += ev.actor1 is not None and r1
            c["st_a2_gold"] += bool(it["actor2"])
            c["st_a2_right_gold"] += bool(it["actor2"]) and r2
            c["st_a2_filled"] += ev.actor2 is not None
            c["st_a2_filled_right"] += ev.actor2 is not None and r2
        for key, pred in (("a1", _ref(ev.actor1)), ("a2", _ref(ev.actor2))):
            gold = it["actor1" if key == "a1" else "actor2"]
            right = actor_right(pred, gold, txt, args.seats == "state")
            if gold:
                c[f"{key}_gold"] += 1
                c[f"{key}_right_gold"] += right
            if pred and gold and key == "a1":
                c["a1_filled_gold"] += 1
            if pred:
                c[f"{key}_filled"] += 1
                c[f"{key}_filled_right"] += right
                # a pronoun's own span ("it", "they") overlaps a gold pronoun whatever name it was resolved to
                ptext = (pred.get("span") or {}).get("text", "")
                c[f"{key}_right_pronoun_span"] += right and ptext.lower() in PRONOUN_SPANS and ptext in (
                    ptext.lower(), ptext.capitalize())  # ("US" is no "us")
            rec[f"pred_{key}"] = (pred or {}).get("span", {}).get("text") if pred else None
            rec[f"pred_{key}_name"] = pred["name"] if pred else None
            rec[f"{key}_conf"] = (pred or {}).get("confidence")
            rec[f"{key}_has_gold"] = bool(gold)
            rec[f"{key}_right"] = right
        dump.append(rec)
    if args.dump:
        Path(args.dump).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in dump) + "\n", encoding="utf-8")

    def ratio(a: int, b: int) -> Optional[float]:
        return round(a / b, 3) if b else None

    return {"dataset": f"rams/{args.split}", "match": args.match, **c,
            "actor1_acc": ratio(c["a1_right_gold"], c["a1_gold"]), "actor1_prec": ratio(c["a1_filled_right"], c["a1_filled"]),
            "actor1_fill": ratio(c["a1_filled"], c["matched"]),
            "actor1_prec_named": ratio(c["a1_right_gold"], c["a1_filled_gold"]),
            "actor2_acc": ratio(c["a2_right_gold"], c["a2_gold"]), "actor2_prec": ratio(c["a2_filled_right"], c["a2_filled"]),
            "actor1_acc_same_trigger": ratio(c["st_a1_right_gold"], c["st_a1_gold"]),
            "actor1_prec_same_trigger": ratio(c["st_a1_filled_right"], c["st_a1_filled"]),
            "actor2_acc_same_trigger": ratio(c["st_a2_right_gold"], c["st_a2_gold"]),
            "actor2_prec_same_trigger": ratio(c["st_a2_filled_right"], c["st_a2_filled"])}


# ---------------------------------------------------------------- MUC-4

MUC_SLOT = re.compile(r"^\s*(\d+)\.\s+([A-Z][A-Z :/]+?)\s{2,}(.*)$")


def muc_keys(split: str) -> dict[str, list[dict[str, list[str]]]]:
    """message id -> its templates, each slot name -> its fill lines."""
    keys: dict[str, list[dict[str, list[str]]]] = {}
    for path in sorted((SHARED / "muc4" / split).glob("key*")):
        cur: Optional[dict[str, list[str]]] = None
        slot = None
        for line in path.read_text(encoding="latin-1").splitlines():
            m = MUC_SLOT.match(line)
            if m:
                slot = m.group(2).strip()
                val = m.group(3).strip()
                if slot == "MESSAGE: ID":
                    cur = {}
                    keys.setdefault(val.split()[0], []).append(cur)
                if cur is not None:
                    cur.setdefault(slot, []).append(val)
            elif cur is not None and slot and line.strip():
                cur.setdefault(slot, []).append(line.strip())
    return keys


def muc_texts(split: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted((SHARED / "muc4" / split).glob("*")):
        if path.name.startswith("key"):
            continue
        body = path.read_text(encoding="latin-1")
        for chunk in re.split(r"\n(?=DEV-MUC3-\d{4}|TST\d-MUC\d-\d{4})", "\n" + body):
            chunk = chunk.strip()
            if not chunk:
                continue
            mid = chunk.split()[0]
            texts[mid] = chunk[len(mid):].strip()
    return texts


def fills(values: list[str]) -> list[list[str]]:
    """Each fill line -> its alternatives (quoted strings split on '/'), '-' and '*' dropped."""
    out = []
    for v in values:
        v = v.strip()
        if v in ("-", "*", "") or v.startswith("?") and v.strip("? ") in ("-", "*"):
            continue
        alts = [a.strip().strip('"') for a in re.findall(r'"[^"]*"|[^/]+', v) if a.strip(' /?"')]
        alts = [re.sub(r":.*$", "", a).strip().strip('"') for a in alts]
        alts = [a for a in alts if a and a not in ("-", "*")]
        if alts:
            out.append(alts)
    return out


def _num(s: str) -> Optional[int]:
    m = re.match(r"\s*(\d+)", s)
    return int(m.group(1)) if m else None


def score_muc(args) -> dict:  # type: ignore[no-untyped-def]
    keys = muc_keys(args.split)
    texts = muc_texts(args.split)
    ids = [m for m in sorted(keys) if m in texts and any(t.get("MESSAGE: TEMPLATE", ["*"])[0].strip() != "*"
                                                          for t in keys[m])]
    if args.limit:
        ids = ids[: args.limit]

    proper = None
    if args.truecase:  # the upper-case wire text to sentence case with names' capitals put back (bench/devsets.py)
        import devsets

        proper = devsets.proper_words()

    def clean(t: str) -> str:
        if proper is not None:
            return devsets.truecase(t, proper)
        t = re.sub(r"\[[^\]]*\]", " ", t)
        return t.lower().capitalize() if args.lowercase else t

    analyses = annotate([(m, clean(texts[m])) for m in ids])
    dump: list[dict] = []
    c = {k: 0 for k in ("messages", "perp_gold", "perp_right", "perp_filled", "tgt_gold", "tgt_right",
                        "deaths_gold", "deaths_right", "deaths_filled", "deaths_filled_right")}
    for mid, an in zip(ids, analyses):
        c["messages"] += 1
        tpls = [t for t in keys[mid] if t.get("MESSAGE: TEMPLATE", ["*"])[0].strip() != "*"]
        violent = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
        perps = [a for e in violent for a in [e.actor1, *e.associates] if a is not None]
        tgts = [e.actor2 for e in violent if e.actor2 is not None]
        perp_gold = [alts for t in tpls for alts in fills(t.get("PERP: ORGANIZATION ID", []))]
        tgt_gold = [alts for t in tpls for alts in fills(t.get("HUM TGT: NAME", []) + t.get("HUM TGT: DESCRIPTION", []))]

        def hit(refs, gold) -> bool:  # type: ignore[no-untyped-def]
            return any(words(a) & (words(r.name) | words(r.span.text if r.span else "")) for r in refs
                       for alts in gold for a in alts)
        if args.dump:
            dump.append({"id": mid, "perps": [r.name for r in perps], "perp_gold": perp_gold,
                         "perp_right": bool(perp_gold) and hit(perps, perp_gold), "tgts": [r.name for r in tgts],
                         "tgt_right": bool(tgt_gold) and hit(tgts, tgt_gold)})
        if perp_gold:
            c["perp_gold"] += 1
            c["perp_right"] += hit(perps, perp_gold)
        if perps:
            c["perp_filled"] += 1
        if tgt_gold:
            c["tgt_gold"] += 1
            c["tgt_right"] += hit(tgts, tgt_gold)
        deaths = []  # per template: the accepted death counts (alternatives of each victim line, summed)
        for t in tpls:
            dead = set()
            for line in t.get("HUM TGT: EFFECT OF INCIDENT", []):
                if line.lstrip("? ").startswith("DEATH"):
                    dead |= set(re.findall(r'"([^"]*)"', line))
            lines = []
            for line in t.get("HUM TGT: NUMBER", []):
                num, _, desc = line.partition(":")
                descs = set(re.findall(r'"([^"]*)"', desc))
                ns = [int(x) for x in re.findall(r"\d+", num)]
                if dead & descs and ns:
                    lines.append(ns)
            if lines:
                deaths.append({sum(x[0] for x in lines), sum(x[-1] for x in lines), *(n for x in lines for n in x)})
        pred = [e.fatalities.low for e in violent if e.fatalities is not None and e.fatalities.low is not None]
        best = max(pred) if pred else None
        if deaths:
            c["deaths_gold"] += 1
            accepted = set().union(*deaths) | {sum(min(a) for a in deaths)}
            c["deaths_right"] += best in accepted
            if best is not None:
                c["deaths_filled"] += 1
                c["deaths_filled_right"] += best in accepted

    if args.dump:
        Path(args.dump).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in dump) + "\n", encoding="utf-8")

    def ratio(a: int, b: int) -> Optional[float]:
        return round(a / b, 3) if b else None

    return {"dataset": f"muc4/{args.split}" + ("+truecase" if args.truecase else ""), **c, "perp_org_acc": ratio(c["perp_right"], c["perp_gold"]),
            "hum_tgt_acc": ratio(c["tgt_right"], c["tgt_gold"]), "deaths_acc": ratio(c["deaths_right"], c["deaths_gold"]),
            "deaths_prec": ratio(c["deaths_filled_right"], c["deaths_filled"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", choices=("rams", "muc4"))
    ap.add_argument("--split", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--dump", default=None, help="write one JSON line per matched event (RAMS) or message (MUC-4), "
                                                 "for error reading")
    ap.add_argument("--lowercase", action="store_true", help="MUC-4: sentence-case the upper-case texts first")
    ap.add_argument("--truecase", action="store_true",
                    help="MUC-4: truecase the upper-case texts first as bench/events.py muc4 does (devsets.truecase)")
    ap.add_argument("--match", choices=("evidence", "trigger"), default="evidence",
                    help="RAMS: 'evidence' (default) also matches a gold trigger to the merged event that absorbed the "
                         "mention read at it; 'trigger' matches only events' own triggers (the scorer before 2026-12-02)")
    ap.add_argument("--relative", choices=("antecedent", "span"), default="antecedent",
                    help="RAMS: 'antecedent' (default) credits a gold relative pronoun (who/which/that) to the phrase "
                         "just before it; 'span' only by span overlap (the scorer before 2026-12-02)")
    ap.add_argument("--seats", choices=("state", "word"), default="state",
                    help="RAMS: 'state' (default) reads a government's seat or capital as its state when comparing "
                         "names (\"Kremlin\", \"Moscow\" and \"Russia\" one doer); 'word' compares the words only "
                         "(the scorer before 2026-12-07)")
    ap.add_argument("--parse-cache", type=Path, default=None,
                    help="keep the spaCy parses in this folder between runs (same figures; for iterating on rules)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    global PARSE_CACHE
    PARSE_CACHE = args.parse_cache
    if not (SHARED / args.dataset).exists():
        sys.exit(f"{SHARED / args.dataset}: not found (the shared data is needed for this benchmark)")
    if args.dataset == "rams":
        args.split = args.split or "dev"
        res = score_rams(args)
    else:
        args.split = args.split or "dev"
        res = score_muc(args)
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:>20}: {v}")


if __name__ == "__main__":
    main()
