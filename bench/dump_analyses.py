"""Every per-article analysis of a fixed set of real and example texts, one JSON line each, for checking that a
speed change leaves outputs byte-identical.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/dump_analyses.py OUT.jsonl
    cmp BEFORE.jsonl AFTER.jsonl

The set: the first 150 GeoWebNews articles, the seeds (published 2020-02-27), the example set (2022-04-10, or a
line's own date), the first 100 RAMS dev windows, the first 100 CASE dev snippets (2019-06-01) and 50 MUC-4 dev
messages (truecased, dated by their dateline). Each line holds the text's id, its publication date and
``model.to_dict(analysis)``: every field of entities, times, places, attributions, figures and events. Keep
``PYTHONHASHSEED`` fixed: main's place confidences are not the same under every hash seed (bench/README.md,
speed_real). Evaluation data is read where it lies (../shared/data) and never copied here.
"""
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent

import devsets  # noqa: E402
from geo import load_gwn  # noqa: E402
from sitrep.model import to_dict  # noqa: E402
from sitrep.nlp.annotate import Annotator, DocContext  # noqa: E402


def items() -> list[tuple[str, str, object]]:
    out = []  # (id, text, published)
    for i, a in enumerate(load_gwn(devsets.DATA / "geowebnews" / "GWN.xml")[:150]):
        out.append((f"gwn-{i}", a["text"], None))
    for p in sorted((devsets.SHARED / "seeds").glob("*.txt")):
        out.append((f"seed-{p.name}", p.read_text(encoding="utf-8"), dt.date(2020, 2, 27)))
    for p in sorted((ROOT / "examples").iterdir()):
        if p.suffix in (".txt", ".html"):
            out.append((f"ex-{p.name}", p.read_text(encoding="utf-8", errors="replace"), dt.date(2022, 4, 10)))
        elif p.suffix == ".jsonl":
            for j, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    d = json.loads(line)
                    day = dt.date.fromisoformat(d["date"][:10]) if d.get("date") else None
                    out.append((f"ex-{p.name}-{j}", d.get("text", ""), day))
    for w in devsets.read_rams()[:100]:
        out.append((f"rams-{w['id']}", w["text"], None))
    for cid, snip, _code in devsets.read_case()[:100]:
        out.append((f"case-{cid}", snip, dt.date(2019, 6, 1)))
    texts, _keys = devsets.muc_sets(["dev"])
    proper = devsets.proper_words()
    for k in sorted(texts)[:50]:
        _place, day, body = devsets.muc_body(texts[k])
        out.append((f"muc-{k}", devsets.truecase(body, proper), day))
    return out


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    todo = items()
    ann = Annotator()
    n = 0
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        analyses = ann.annotate_many((t, DocContext(article_id=i, published=p)) for i, t, p in todo)
        for (iid, _text, pub), an in zip(todo, analyses):
            f.write(json.dumps({"id": iid, "published": pub.isoformat() if pub else None, "analysis": to_dict(an)},
                               ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} texts dumped to {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
