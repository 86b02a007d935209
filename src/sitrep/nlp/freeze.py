"""Keep the garbage collector off what is loaded once per process (the model, the gazetteer, the lexicons).

After the spaCy pipeline and the lexicons are loaded, about 150,000 long-lived container objects stay alive for
the whole process. CPython's cyclic collector walks every one of them in each full (generation 2) collection,
which analysing articles triggers again and again; none of them ever becomes garbage. ``gc.freeze()`` moves the
objects alive at that moment into a permanent generation the collector no longer scans (objects still die by
reference counting as usual). Measured in bench/README.md ("speed8").
"""
from __future__ import annotations

import datetime as _dt
import gc

# one short report written for this warm-up (made-up town and people): it makes every annotator load what it
# loads lazily (gazetteer, actor dictionary, time, figure and event lexicons) before the freeze
WARM_UP_TEXT = ("Gunmen killed three soldiers and wounded five civilians near Maiduguri, Nigeria, on Tuesday, "
                "police said. Boko Haram denied the attack, according to a spokesman, Musa Adamu.")

_frozen = False


def freeze_loaded(nlp) -> bool:  # type: ignore[no-untyped-def]
    """Once per process: analyse WARM_UP_TEXT (so the lazily loaded lexicons and the gazetteer are loaded), collect
    the garbage that made, then ``gc.freeze()`` what is left. Later calls do nothing. True when this call froze."""
    global _frozen
    if _frozen:
        return False
    _frozen = True
    from sitrep.nlp.annotate import DocContext, annotate_doc

    annotate_doc(nlp(WARM_UP_TEXT), DocContext(article_id="warm-up", published=_dt.date(2024, 3, 14)))
    gc.collect()  # garbage frozen now would never be collected
    gc.freeze()
    return True
