"""A vehicle's maker is no place: "a white Toyota Probox" names no Japanese city, "a dark 2019 Dodge Charger" no
Nebraska village, "a Lincoln pickup" no Lincoln.

Car, van, lorry and motorcycle makers whose names are also towns' (data/geo_vehicle_makes.tsv) are read as the
maker only where the text shows a vehicle: a colour or a model year right before the name, or a vehicle noun after
it, next or after one capitalised model name ("a Toyota pickup", "a Nissan Patrol jeep"), or one of the maker's own
models right after it (data/geo_vehicle_models.tsv: "a passing Toyota Quantum", "a Honda Accord"). "Lincoln police",
"a Lincoln man", "Toyota City", "Ford Road" keep their place. :func:`vehicle_spans` gives the spans the recognizer leaves out."""
from __future__ import annotations

import functools
import re

from sitrep.resources import data_rows

_COLOURS = ("white", "black", "silver", "grey", "gray", "red", "blue", "green", "dark", "light", "maroon", "beige",
            "brown", "gold", "golden", "yellow", "orange", "purple", "navy", "tan", "champagne", "burgundy")
_VEHICLES = ("car", "cars", "pickup", "pick-up", "pickups", "truck", "trucks", "van", "vans", "suv", "suvs",
             "sedan", "saloon", "hatchback", "minibus", "bus", "lorry", "jeep", "vehicle", "vehicles", "motorcycle",
             "motorbike", "coupe", "wagon", "estate", "4x4", "taxi", "motor")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    makes = sorted({r[0] for r in data_rows("geo_vehicle_makes.tsv", ("make", "source"), header="make")},
                   key=len, reverse=True)
    make = r"(?P<make>" + "|".join(re.escape(m) for m in makes) + r")"
    before = r"(?:\b(?:" + "|".join(_COLOURS) + r")|\b(?:19|20)\d\d)\s+" + make + r"\b"
    after = make + r"(?:\s+[A-Z][\w-]*)?\s+(?:" + "|".join(re.escape(v) for v in _VEHICLES) + r")\b"
    models = r"|".join(_model_alternatives())
    return re.compile(r"(?:" + before + r")|(?:\b" + after.replace("(?P<make>", "(?P<make2>") + r")"
                      + r"|(?:\b(?P<make3>" + models + r")\b)")


def _model_alternatives() -> list[str]:
    """One regex alternative per maker: the maker, then one of its models (a lookahead, so the span is the maker's)."""
    by_make: dict[str, list[str]] = {}
    for make, model, *_ in data_rows("geo_vehicle_models.tsv", ("make", "model", "source"), header="make"):
        by_make.setdefault(make, []).append(model)
    return [re.escape(make) + r"(?=\s+(?:" + "|".join(re.escape(m) for m in sorted(ms, key=len, reverse=True)) + r")\b)"
            for make, ms in sorted(by_make.items())]


def vehicle_spans(text: str) -> list[tuple[int, int]]:
    """Spans of makers' names the text shows to be a vehicle's (see the module's doc)."""
    out = []
    for m in _pattern().finditer(text):
        g = next(k for k in ("make", "make2", "make3") if m.group(k))
        out.append((m.start(g), m.end(g)))
    return out
