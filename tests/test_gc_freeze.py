"""The analyser freezes what it loads once per process (nlp/freeze.py): the collector stops scanning the model and
the lexicons. No timing is asserted; bench/README.md ("speed8") holds the measurements."""
import gc

from sitrep.nlp import freeze
from sitrep.nlp.annotate import Annotator


def _tracked_ids() -> set:
    return {id(o) for o in gc.get_objects()}


def test_annotator_freezes_loaded_objects():
    ann = Annotator()
    assert gc.get_freeze_count() > 0
    ids = _tracked_ids()  # frozen objects are in no generation the collector walks
    assert gc.is_tracked(ann.nlp) and id(ann.nlp) not in ids


def test_freeze_runs_once_per_process(monkeypatch):
    ann = Annotator()
    calls = []
    monkeypatch.setattr(freeze.gc, "freeze", lambda: calls.append(1))
    Annotator()
    Annotator()
    assert freeze.freeze_loaded(ann.nlp) is False
    assert calls == []


def test_new_objects_stay_collectable():
    Annotator()
    a, b = [], []
    a.append(b)
    b.append(a)
    assert id(a) in _tracked_ids()  # made after the freeze: the collector still sees it
