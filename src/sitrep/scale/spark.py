"""The pipeline as a PySpark job: the same articles, events and stories as ``sitrep run``, on a cluster.

What runs where (``run``):

1. **executors** - read the input files (Spark's ``binaryFile`` source, recursive; local paths
   or any Hadoop-compatible file system: ``hdfs://``, ``s3a://``, ``gs://``...), split each into
   records (:func:`sitrep.scale.files.records_of`), build every article and its MinHash signature.
2. **driver** - exact and near-duplicate decisions, in the single-machine input order (the
   files ranked as ``sitrep run`` walks them, then the record index): the first copy of an
   article id wins; signatures stream to the driver (``toLocalIterator``, one partition at a
   time) through the same :class:`~sitrep.ingest.dedup.NearDuplicates` LSH index, so every
   ``duplicate_of`` is the one the single-machine run gives. Only ids and 512-byte signatures
   travel; the index holds the originals' signatures (as the single-machine run does).
3. **executors** - annotation, ``mapPartitions``: each Python worker loads the spaCy pipeline
   and the lexicons once (:class:`~sitrep.nlp.annotate.Annotator`) and annotates its partition
   in ``nlp.pipe`` batches; then each article's blocking keys (:func:`article_keys`).
4. **driver** - story assignment: the keys (ids, day, a few dozen short strings per article)
   go through the same incremental clusterer (:func:`cluster_articles`), whose cost per
   article is bounded by the block caps.
5. **executors** - a reduce by story: articles and analyses grouped by story id, then
   :func:`~sitrep.stories.link_story` per story (event merging, disagreements, timeline,
   story-level dates).
6. Parquet tables (:mod:`sitrep.scale.tables`) under ``out_dir``; then, unless ``export=False``,
   the tables are loaded into a temporary SQLite store on the driver and the same report files
   as ``sitrep run`` are written (story.json, articles.json, report.md, report.html).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

from sitrep.errors import InputError

SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.session.timeZone": "UTC",
    "spark.python.worker.reuse": "true",  # a worker keeps its loaded models between tasks
    "spark.ui.showConsoleProgress": "false",  # sitrep's own output stays readable
}


@dataclass
class ScaleResult:
    articles: int = 0  # stored (ok, duplicate, skipped)
    duplicates: int = 0
    analysed: int = 0
    stories: int = 0
    events: int = 0
    errors: list[InputError] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)


def session(master: Optional[str] = "local[2]", app: str = "sitrep", conf: Optional[dict[str, str]] = None):  # type: ignore[no-untyped-def]
    """A SparkSession with sitrep's settings (UTC; for local masters no UI and a loopback driver).

    ``master=None`` leaves the master to ``spark-submit``."""
    import sys

    from pyspark.sql import SparkSession

    local = bool(master and master.startswith("local"))
    if local:  # the workers run this interpreter (and so see its packages)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
    settings = dict(SPARK_CONF) if local else {k: v for k, v in SPARK_CONF.items() if k.startswith(("spark.sql", "spark.python"))}
    for k, v in {**settings, **(conf or {})}.items():
        b = b.config(k, v)
    return b.getOrCreate()


# ----------------------------------------------------------------------------- executor-side functions
# (module-level so that they pickle by reference: the executors import sitrep)

def _read_file(row: tuple[int, str, bool, bytes]) -> Iterator[tuple]:  # type: ignore[type-arg]
    """One file -> (rank, index, kind, payload): kind is 'article', 'error' or 'skipped'."""
    from sitrep.ingest.article import build_article
    from sitrep.ingest.inputs import Skipped
    from sitrep.scale.files import records_of

    rank, source, named, data = row
    for i, item in enumerate(records_of(bytes(data), source, named)):
        if isinstance(item, Skipped):
            yield (rank, i, "skipped", (item.source, item.problem))
        elif isinstance(item, InputError):
            yield (rank, i, "error", (item.source, item.problem))
        else:
            try:
                a = build_article(item)
            except InputError as e:
                yield (rank, i, "error", (e.source, e.problem))
                continue
            yield (rank, i, "article", (item.key, a, _signature(a)))


_DEDUP = None


def _signature(a) -> Optional[bytes]:  # type: ignore[no-untyped-def]
    global _DEDUP
    if a.status != "ok":
        return None
    if _DEDUP is None:
        from sitrep.ingest.dedup import NearDuplicates

        _DEDUP = NearDuplicates()
    sig = _DEDUP.signature(a.text)
    return None if sig is None else _DEDUP.to_bytes(sig)


_ANNOTATOR = None


def _annotate_partition(items: Iterable[tuple[str, tuple]]) -> Iterator[tuple]:  # type: ignore[type-arg]
    """(id, (seq, article)) -> (id, (seq, article, analysis)); the models load once per Python worker.

    The partition is streamed in chunks (``nlp.pipe`` batches inside), so a big partition never sits in memory."""
    global _ANNOTATOR
    import itertools

    from sitrep.nlp.annotate import DocContext

    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, 256))
        if not chunk:
            return
        if _ANNOTATOR is None:
            from sitrep.nlp.annotate import Annotator

            _ANNOTATOR = Annotator()
        ctxs = [(a.text, DocContext(article_id=a.id, published=a.published, dateline=a.dateline, outlet=a.outlet,
                                    title=a.title)) for _, (_, a) in chunk]  # what pipeline.analyze gives the annotator
        try:
            analyses = list(_ANNOTATOR.annotate_many(ctxs))
        except Exception:  # noqa: BLE001 - as pipeline.analyze: redo the batch article by article
            analyses = []
            for (_, (_, a)), (text, ctx) in zip(chunk, ctxs):
                try:
                    analyses.append(_ANNOTATOR.annotate(text, ctx))
                except Exception as e:  # noqa: BLE001 - an article that breaks an annotator is set aside
                    a.status, a.status_reason = "skipped", f"analysis failed: {type(e).__name__}: {e}"[:300]
                    analyses.append(None)
        for (aid, (seq, a)), an in zip(chunk, analyses):
            yield aid, (seq, a, an)  # an is None: set aside (status skipped), not linked


def _keys(item: tuple) -> Any:  # type: ignore[type-arg]
    from sitrep.stories.cluster import article_keys

    aid, (seq, a, an) = item
    return article_keys(a, an, seq)


def _link(item: tuple) -> tuple:  # type: ignore[type-arg]
    """(story id, members) -> (story seq, story, final articles, final analyses)."""
    from sitrep.stories import link_story

    sid, members = item
    members = sorted(members, key=lambda m: m[0])
    seq = {a.id: ls for _, ls, a, _ in members}
    analyses = {a.id: an for _, _, a, an in members}
    linked = link_story(sid, [a for _, _, a, _ in members], analyses, seq)
    return (members[0][0], linked.story, [(s, a) for s, _, a, _ in members],
            [(s, an) for s, _, _, an in members])


def _lean(sig: bytes):  # type: ignore[no-untyped-def]
    """A stored signature (128 x uint32) as the LSH index takes it (as ``NearDuplicates.load`` does)."""
    import numpy as np
    from datasketch import LeanMinHash

    from sitrep.ingest.dedup import SCHEME

    return LeanMinHash(seed=1, hashvalues=np.frombuffer(sig, dtype=np.uint32), scheme=SCHEME)


# ----------------------------------------------------------------------------- the job

def _list_files(spark, inputs: Sequence[str]) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """(path, size) of every file under ``inputs``, through the Hadoop file system API (any scheme).

    Listed here rather than taken from the ``binaryFile`` scan, which never yields empty files (the
    single-machine run reports each as an error)."""
    from sitrep.scale.files import qualify

    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    out = []
    for p in inputs:
        hp = jvm.org.apache.hadoop.fs.Path(qualify(p))
        fs = hp.getFileSystem(conf)
        it = fs.listFiles(hp, True)
        while it.hasNext():
            st = it.next()
            out.append((st.getPath().toString(), int(st.getLen())))
    return out


def _check_inputs(inputs: Sequence[str], res: ScaleResult) -> list[str]:
    ok = []
    for p in inputs:
        if "://" not in p and not p.startswith("file:") and not os.path.exists(p):
            res.errors.append(InputError(p, "no such file or folder"))
        else:
            ok.append(p)
    return ok


def run(inputs: Sequence[str] | str, out_dir: str | Path, master: Optional[str] = "local[2]",
        partitions: Optional[int] = None, spark=None, export: bool = True) -> ScaleResult:  # type: ignore[no-untyped-def]
    """Run the whole pipeline over ``inputs`` (files/folders, local or ``hdfs://``/``s3a://``...) on Spark.

    Writes the Parquet tables (:mod:`sitrep.scale.tables`) under ``out_dir`` and, with ``export``,
    the report files ``sitrep run`` writes. ``spark``: an existing session (else one is started on
    ``master`` and stopped at the end). ``partitions``: how many partitions to annotate and link in
    (default: twice the default parallelism).
    """
    from sitrep.scale.tables import TABLES

    inputs = [inputs] if isinstance(inputs, str) else list(inputs)
    res = ScaleResult()
    own = spark is None
    spark = spark or session(master)
    sc = spark.sparkContext
    out = str(out_dir)
    try:
        inputs = _check_inputs(inputs, res)
        nparts = partitions or max(2, 2 * sc.defaultParallelism)
        records = _read_records(spark, inputs)
        _input_problems(records, res)
        decisions = _duplicate_decisions(records, nparts)
        kept = _kept_articles(sc, records, decisions)
        res.articles = len(decisions)
        res.duplicates = sum(1 for d in decisions.values() if d[2] is not None)
        annotated = _annotated(kept, nparts)
        linked, set_aside, res.analysed = _linked_stories(sc, annotated, nparts)
        _write_tables(spark, out, kept, linked, set_aside)
        counts = linked.map(lambda t: len(t[1].events)).collect()
        res.stories, res.events = len(counts), sum(counts)
        res.outputs = [os.path.join(out, t) for t in TABLES]
        for r in (records, kept, annotated, linked):
            r.unpersist()
        if export:
            res.outputs += export_report(out, spark)
        return res
    finally:
        if own:
            spark.stop()


def _read_records(spark, inputs: list[str]):  # type: ignore[no-untyped-def]
    """Step 1 (executors): every input file, ranked in the single-machine input order, split into
    (rank, index, kind, payload) records (:func:`_read_file`); persisted."""
    from pyspark import StorageLevel

    from sitrep.scale.files import order_files

    sc = spark.sparkContext
    listed = dict(_list_files(spark, inputs)) if inputs else {}
    ordered = order_files(inputs, list(listed))
    rank = {f: (i, source, named) for i, (f, source, named) in enumerate(ordered)}
    empty = [(i, source, named, b"") for i, (f, source, named) in enumerate(ordered) if listed[f] == 0]
    rank_b = sc.broadcast(rank)
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(inputs).rdd
             .filter(lambda r: r.path in rank_b.value)
             .map(lambda r: (*rank_b.value[r.path], r.content))) if inputs else sc.emptyRDD()
    if empty:  # what an empty file yields (an error) is decided here: the scan skips them
        files = files.union(sc.parallelize(empty, 1))
    return files.flatMap(_read_file).persist(StorageLevel.MEMORY_AND_DISK)


def _input_problems(records, res: ScaleResult) -> None:  # type: ignore[no-untyped-def]
    """Problems per input into ``res``, in input order (as the single-machine report lists them)."""
    for _, _, kind, (source, msg) in sorted(records.filter(lambda r: r[2] != "article").collect(),
                                            key=lambda r: r[:2]):
        (res.skipped if kind == "skipped" else res.errors).append(InputError(source, msg))


def _duplicate_decisions(records, nparts: int) -> dict[str, tuple[int, int, Optional[str]]]:  # type: ignore[no-untyped-def]
    """Step 2 (driver): exact + near-duplicate decisions in input order: id -> (rank, idx, duplicate_of)."""
    from sitrep.ingest.dedup import NearDuplicates

    light = (records.filter(lambda r: r[2] == "article")
             .map(lambda r: ((r[0], r[1]), (r[3][0], r[3][1].id, r[3][1].status, r[3][2])))
             .sortByKey(numPartitions=nparts))
    index = NearDuplicates()
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()
    decisions: dict[str, tuple[int, int, Optional[str]]] = {}  # id -> (rank, idx, duplicate_of)
    for (rk, idx), (key, aid, status, sig) in light.toLocalIterator():
        if key in seen_keys or aid in seen_ids:
            seen_keys.add(key)
            continue
        seen_keys.add(key)
        seen_ids.add(aid)
        dup = None
        lean = _lean(sig) if sig is not None else None
        if lean is not None:
            dup = index.match(lean)
            if dup is None:
                index.add(aid, lean)
        decisions[aid] = (rk, idx, dup)
    return decisions


def _kept_articles(sc, records, decisions: dict[str, tuple[int, int, Optional[str]]]):  # type: ignore[no-untyped-def]
    """The articles the decisions keep (the first copy of each id; near-duplicates marked), as
    (id, (store seq, article, signature)); persisted."""
    from pyspark import StorageLevel

    order = sorted(decisions, key=lambda a: decisions[a][:2])
    seq_all = {aid: i for i, aid in enumerate(order)}  # store order (1..n in the store)
    dec_b = sc.broadcast({aid: (seq_all[aid], d[0], d[1], d[2]) for aid, d in decisions.items()})

    def decide(r: tuple) -> list:  # type: ignore[type-arg]
        rk, idx, _, (_, a, sig) = r
        d = dec_b.value.get(a.id)
        if d is None or (d[1], d[2]) != (rk, idx):
            return []  # a later copy of an id already read
        if d[3] is not None:
            a.status, a.duplicate_of, a.status_reason = "duplicate", d[3], f"near-duplicate of {d[3]}"
        return [(a.id, (d[0], a, sig))]

    return records.filter(lambda r: r[2] == "article").flatMap(decide).persist(StorageLevel.MEMORY_AND_DISK)


def _annotated(kept, nparts: int):  # type: ignore[no-untyped-def]
    """Step 3 (executors): the ok and duplicate articles annotated, (id, (seq, article, analysis)); persisted."""
    from pyspark import StorageLevel

    return (kept.filter(lambda kv: kv[1][1].status in ("ok", "duplicate"))
            .map(lambda kv: (kv[0], (kv[1][0], kv[1][1])))
            .repartition(nparts)
            .mapPartitions(_annotate_partition)
            .persist(StorageLevel.MEMORY_AND_DISK))


def _linked_stories(sc, annotated, nparts: int) -> tuple:  # type: ignore[no-untyped-def, type-arg]
    """Steps 4-5: keys and clustering on the driver, then each story linked on the executors.

    (linked (persisted), the articles set aside as (seq, article), how many articles were linkable)."""
    from pyspark import StorageLevel

    from sitrep.stories.cluster import cluster_articles

    linkable = annotated.filter(lambda kv: kv[1][2] is not None)
    set_aside = annotated.filter(lambda kv: kv[1][2] is None).map(lambda kv: (kv[1][0], kv[1][1]))
    keys = sorted(linkable.map(_keys).collect(), key=lambda k: k.seq)
    # the single-machine link stage numbers only the linkable articles (store order)
    relabel = {k.article_id: i for i, k in enumerate(keys)}
    for k in keys:
        k.seq = relabel[k.article_id]
    clusters = cluster_articles(keys)
    story_of = sc.broadcast({aid: (sid, relabel[aid]) for sid, ids in clusters.items() for aid in ids})

    def to_story(kv: tuple) -> tuple:  # type: ignore[type-arg]
        sid, lseq = story_of.value[kv[0]]
        s, a, an = kv[1]
        return sid, (s, lseq, a, an)

    linked = (linkable.map(to_story)
              .groupByKey(numPartitions=nparts)
              .map(_link)
              .persist(StorageLevel.MEMORY_AND_DISK))
    return linked, set_aside, len(keys)


def _write_tables(spark, out: str, kept, linked, set_aside) -> None:  # type: ignore[no-untyped-def]
    """Step 6: the Parquet tables (:mod:`sitrep.scale.tables`) under ``out``."""
    from sitrep.scale.tables import analysis_rows, article_row, spark_schemas, story_rows

    schemas = spark_schemas()

    def write(name: str, rdd) -> None:  # type: ignore[no-untyped-def]
        cols = schemas[name].fieldNames()
        spark.createDataFrame(rdd.map(lambda d: tuple(d[c] for c in cols)), schemas[name]) \
            .write.mode("overwrite").parquet(os.path.join(out, name))

    final_articles = linked.flatMap(lambda t: t[2]).union(set_aside).union(
        kept.filter(lambda kv: kv[1][1].status not in ("ok", "duplicate")).map(lambda kv: (kv[1][0], kv[1][1])))
    write("articles", final_articles.map(lambda sa: article_row(sa[1], sa[0])))
    ana = linked.flatMap(lambda t: t[3]).map(lambda sa: analysis_rows(sa[1], sa[0]))
    write("analyses", ana.map(lambda r: r[0]))
    write("mentions", ana.flatMap(lambda r: r[1]))
    st = linked.map(lambda t: story_rows(t[1], t[0]))
    write("stories", st.map(lambda r: r[0]))
    write("events", st.flatMap(lambda r: r[1]))
    write("disagreements", st.flatMap(lambda r: r[2]))
    write("signatures", kept.filter(lambda kv: kv[1][2] is not None and kv[1][1].status == "ok")
          .map(lambda kv: {"article_id": kv[0], "sig": bytearray(kv[1][2])}))


def export_report(out_dir: str, spark=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Write story.json, articles.json, report.md and report.html for the tables under ``out_dir``
    (loaded into a temporary SQLite store on this machine: the report files are single documents)."""
    from sitrep.export import write_report
    from sitrep.scale.load import load
    from sitrep.store import open_store

    if "://" in out_dir and not out_dir.startswith("file:"):
        return []  # a cluster file system: the report files are for a local run; use `sitrep scale load`
    local = out_dir[len("file:"):] if out_dir.startswith("file:") else out_dir
    tmp = tempfile.mkdtemp(prefix="sitrep-scale-")
    try:
        store = open_store(os.path.join(tmp, "report.db"))
        try:
            stories = load(out_dir, store, spark=spark)
            return write_report(store, Path(local), stories)
        finally:
            store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
