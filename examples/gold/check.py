"""Check that every quote of the gold files occurs verbatim in the example file it names.

Run: python examples/gold/check.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent


def text_of(name: str) -> str:
    raw = (EXAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return "\n".join(json.loads(line)["text"] for line in raw.splitlines() if line.strip())
    return raw


def main() -> int:
    bad = 0
    for gold in ("events.jsonl", "disagreements.jsonl"):
        for line in (HERE / gold).read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            for q in obj.get("evidence", []) + obj.get("values", []):
                if q["quote"] not in text_of(q["file"]):
                    print(f"{gold}: quote not found in {q['file']}: {q['quote']!r}")
                    bad += 1
    print("all quotes found" if not bad else f"{bad} quotes not found")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
