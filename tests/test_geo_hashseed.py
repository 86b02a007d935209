"""The article's region (places._text_focus) must not depend on Python's hash seed: a name that is a country
of one state and a first-level unit of another gives both a count, and their order decides the ties."""
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parent.parent / "src")

SCRIPT = r"""
from types import SimpleNamespace as NS
from sitrep.geo.gazetteer import Entry
from sitrep.geo.places import _text_focus

def e(i, cc, code):
    return Entry(i, str(i), "x", 0.0, 0.0, "A", code, cc, "01", "", 1000, primary=True)

# one name that is a country of one state and a state of another, then two names of two other countries
table = {"Georgia": [e(1, "US", "ADM1"), e(2, "GE", "PCLI")], "Narnia": [e(3, "NA", "PCLI")],
         "Erewhon": [e(4, "ER", "PCLI")]}
gaz = NS(lookup=lambda name: table.get(name, []))
names = ("Georgia", "Narnia", "Erewhon")
starts = [sum(len(n) + 2 for n in names[:k]) for k in range(len(names))]
doc = NS(text=", ".join(names), user_data={},
         ents=[NS(label_="GPE", text=t, start_char=s, end_char=s + len(t)) for t, s in zip(names, starts)])
print(",".join(_text_focus(doc, gaz, NS(country_focus=None))))
"""


def test_text_focus_is_the_same_under_every_hash_seed():
    outs = set()
    for seed in range(6):
        env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=SRC)
        r = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
        outs.add(r.stdout.strip())
    assert outs == {"GE,US"}
