import json

from sitrep import pipeline
from sitrep.store import open_store


def _corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"r{i}.txt").write_text(
            f"Shelling hit the town of Sloviansk on Tuesday, killing {i + 2} civilians, officials said. "
            f"Report number {i} adds that troops clashed nearby.\n", encoding="utf-8")
    return d


def _analyses(db):
    st = open_store(db)
    out = {an.article_id: json.dumps(an.__dict__, default=str, sort_keys=True) for an in st.analyses()}
    st.close()
    return out


def test_worker_processes_give_the_same_analyses(tmp_path):
    d = _corpus(tmp_path)
    dbs = []
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        st = open_store(db)
        pipeline.ingest(st, [str(d)])
        assert pipeline.analyze(st, batch_size=2, workers=workers) == 6
        assert pipeline.analyze(st, workers=workers) == 0  # nothing left to do
        st.close()
        dbs.append(db)
    assert _analyses(dbs[0]) == _analyses(dbs[1])
    assert len(_analyses(dbs[0])) == 6


def _corpus_with_a_fragile_article(tmp_path, monkeypatch):
    """Six good reports and bad.txt, whose analysis raises (an annotator bug)."""
    import sitrep.nlp.annotate as annotate_mod

    real = annotate_mod.annotate_doc

    def fragile(doc, ctx):
        if "BOOM" in doc.text:
            raise ValueError("annotator bug")
        return real(doc, ctx)

    monkeypatch.setattr(annotate_mod, "annotate_doc", fragile)
    d = _corpus(tmp_path)
    (d / "bad.txt").write_text("This report says BOOM and breaks an annotator, officials said.\n", encoding="utf-8")
    return d


def test_an_article_that_breaks_an_annotator_is_set_aside_not_retried(tmp_path, monkeypatch):
    d = _corpus_with_a_fragile_article(tmp_path, monkeypatch)
    st = open_store(str(tmp_path / "f.db"))
    pipeline.ingest(st, [str(d)])
    assert pipeline.analyze(st, batch_size=4, workers=1) == 6
    bad = [a for a in st.articles() if "BOOM" in a.text][0]
    assert bad.status == "skipped" and bad.status_reason.startswith("analysis failed: ValueError")
    assert pipeline.analyze(st, workers=1) == 0  # not retried on the next run
    assert len(list(st.analyses())) == 6


def test_a_run_says_which_article_was_set_aside_and_exits_non_zero(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from sitrep.cli import main

    d = _corpus_with_a_fragile_article(tmp_path, monkeypatch)
    res = CliRunner().invoke(main, ["run", str(d), "--db", str(tmp_path / "r.db"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 1  # a run that set an article aside is no clean run
    err = res.output  # stdout and stderr together
    assert "bad.txt" in err and "analysis failed: ValueError: annotator bug" in err
    assert "1 articles set aside" in err
    assert (tmp_path / "out" / "story.json").exists()  # the other six are reported all the same
    st = open_store(str(tmp_path / "r.db"))
    assert len(list(st.analyses())) == 6
    st.close()
