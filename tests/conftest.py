import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))  # override for git worktrees
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def tmp_db(tmp_path):
    return str(tmp_path / "t.db")


@pytest.fixture(scope="module")
def ann():
    """One Annotator per test module (the files that still define their own ``ann`` override this one)."""
    from sitrep.nlp.annotate import Annotator

    return Annotator()


@pytest.fixture(scope="module")
def nlp():
    """The spaCy pipeline with the gazetteer opened, once per test module (files that define their own override it)."""
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.nlp.models import load_pipeline

    get_gazetteer()
    return load_pipeline()


@pytest.fixture(scope="module")
def events(nlp):
    """``events(text, **DocContext fields)``: the events sitrep reads in one text."""
    from sitrep.nlp.annotate import DocContext, annotate_doc

    def _run(text, **ctx):
        return annotate_doc(nlp(text), DocContext(article_id="t", **ctx)).events

    return _run


needs_seeds = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout (only the team's machines have it)"
)

import sys  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))  # test helper modules (webstore.py)
