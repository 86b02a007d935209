"""The `sitrep` command line.

Exit codes: 0 success, 1 bad input (each problem printed as `FILE: problem`), 2 usage.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

import click

from sitrep.errors import SitrepError
from sitrep.model import to_dict

DEFAULT_DB = "sitrep.db"


def _echo_json(obj: Any) -> None:
    click.echo(json.dumps(to_dict(obj), ensure_ascii=False, indent=2))


def _fail(msg: str, code: int = 1) -> None:
    click.echo(f"sitrep: {msg}", err=True)
    sys.exit(code)


class _Progress:
    """A progress bar on stderr for long runs (silent with --quiet or when not a terminal)."""

    def __init__(self, quiet: bool):
        self.quiet = quiet or not sys.stderr.isatty()
        self.bars: dict[str, Any] = {}

    def __call__(self, stage: str, n: int, total: Optional[int]) -> None:
        if self.quiet:
            return
        from tqdm import tqdm

        bar = self.bars.get(stage)
        if bar is None:
            bar = self.bars[stage] = tqdm(total=total, desc=stage, unit="art", leave=False, file=sys.stderr)
        bar.update(n)

    def close(self) -> None:
        for b in self.bars.values():
            b.close()


def _open(db: str):  # type: ignore[no-untyped-def]
    from sitrep.store import open_store

    try:
        return open_store(db)
    except SitrepError as e:
        _fail(str(e))


def _print_ingest(rep, quiet: bool, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    for e in rep.skipped:
        click.echo(f"skipped {e.source}: {e.problem}", err=True)
    for e in rep.errors:
        click.echo(f"error {e.source}: {e.problem}", err=True)
    if not quiet and not as_json:
        click.echo(
            f"{len(rep.stored)} new articles, {rep.already} already stored, {rep.duplicates} near-duplicates, "
            f"{len(rep.skipped)} skipped, {len(rep.errors)} errors",
            err=True,
        )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: reconstruct what happened from many overlapping news reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store: a SQLite file or postgresql:// URL.")
@click.option("--out", "out_dir", default="sitrep-out", show_default=True, help="Folder for the report files.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
def run(paths: tuple[str, ...], db: str, out_dir: str, quiet: bool, as_json: bool) -> None:
    """The main job: ingest PATHS (files, folders, - for stdin), analyse, link, write the report."""
    from sitrep import pipeline

    progress = _Progress(quiet)
    try:
        res = pipeline.run(list(paths), db, out_dir, progress=progress)
    except SitrepError as e:
        progress.close()
        _fail(str(e))
        return
    progress.close()
    _print_ingest(res.ingest, quiet, as_json)
    if as_json:
        _echo_json(
            {
                "stored": res.ingest.stored, "already": res.ingest.already, "duplicates": res.ingest.duplicates,
                "skipped": [str(e) for e in res.ingest.skipped], "errors": [str(e) for e in res.ingest.errors],
                "analysed": res.analysed, "stories": len(res.stories), "outputs": res.outputs,
            }
        )
    elif not quiet:
        for p in res.outputs:
            click.echo(f"wrote {p}")
    sys.exit(1 if res.ingest.failed else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--quiet", is_flag=True)
@click.option("--json", "as_json", is_flag=True)
def ingest(paths: tuple[str, ...], db: str, quiet: bool, as_json: bool) -> None:
    """Read PATHS into the store (clean, deduplicated articles), nothing more."""
    from sitrep import pipeline

    store = _open(db)
    progress = _Progress(quiet)
    try:
        rep = pipeline.ingest(store, list(paths), progress)
    finally:
        progress.close()
        store.close()
    _print_ingest(rep, quiet, as_json)
    if as_json:
        _echo_json({"stored": rep.stored, "already": rep.already, "duplicates": rep.duplicates,
                    "skipped": [str(e) for e in rep.skipped], "errors": [str(e) for e in rep.errors]})
    sys.exit(1 if rep.failed else 0)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--json", "as_json", is_flag=True)
def articles(db: str, as_json: bool) -> None:
    """List stored articles: id, outlet, date and how it was known, title, words, status."""
    store = _open(db)
    rows = store.article_rows()
    store.close()
    if as_json:
        _echo_json(rows)
        return
    click.echo(f"{'id':<12} {'outlet':<18} {'published':<10} {'how':<9} {'words':>5} {'status':<9} title")
    for r in rows:
        status = r["status"] + (f" of {r['duplicate_of'][:8]}" if r["duplicate_of"] else "")
        click.echo(
            f"{r['id'][:12]:<12} {(r['outlet'] or '-')[:18]:<18} {r['published'] or 'unknown':<10} "
            f"{r['published_how']:<9} {r['words']:>5} {status:<9} {(r['title'] or '')[:60]}"
        )


@main.command()
@click.argument("article_id")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--annotations", is_flag=True, help="Also print the analysis (entities, times, places, figures...).")
@click.option("--json", "as_json", is_flag=True)
def show(article_id: str, db: str, annotations: bool, as_json: bool) -> None:
    """Show one article: metadata, clean text, and what the cleaner cut."""
    store = _open(db)
    a = store.get_article(article_id)
    an = store.get_analysis(a.id) if (a and annotations) else None
    store.close()
    if a is None:
        _fail(f"no article with id {article_id!r} (see `sitrep articles`)")
        return
    if as_json:
        d = to_dict(a)
        if annotations:
            d["analysis"] = to_dict(an)
        _echo_json(d)
        return
    for k in ("id", "source_path", "url", "outlet", "title", "byline", "dateline", "language", "status"):
        click.echo(f"{k:>12}: {getattr(a, k) or '-'}")
    click.echo(f"{'published':>12}: {a.published or 'unknown'} ({a.published_how}, {a.published_precision})")
    click.echo(f"{'wires':>12}: {', '.join(a.wires) or '-'}")
    if a.duplicate_of:
        click.echo(f"{'duplicate_of':>12}: {a.duplicate_of}")
    click.echo("\n--- clean text ---\n" + a.text)
    click.echo(f"\n--- removed ({len(a.removed)}) ---")
    for r in a.removed:
        click.echo(f"[{r.reason}] {r.text[:200]!r}")
    if an is not None:
        click.echo("\n--- annotations ---")
        _echo_json(an)


@main.group()
def gazetteer() -> None:
    """Build and query the offline gazetteer (build/gazetteer.sqlite)."""


@gazetteer.command("build")
@click.option("--geonames", "geonames", type=click.Path(exists=True, dir_okay=False), default=None,
              help="A GeoNames dump (allCountries.zip, a country zip such as SY.zip, or its .txt); takes precedence.")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None, help="Output file (default build/gazetteer.sqlite).")
@click.option("--only-geonames", is_flag=True, help="Use only the dump and the supplement (skip the packaged data).")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_build(geonames: Optional[str], out: Optional[str], only_geonames: bool, as_json: bool) -> None:
    """Build the gazetteer from packaged GeoNames data, the supplement, and an optional GeoNames dump."""
    from sitrep.geo.gazetteer import build

    try:
        counts = build(Path(out) if out else None, Path(geonames) if geonames else None,
                       with_packaged=not (only_geonames and geonames))
    except (OSError, ValueError) as e:
        _fail(f"{geonames or 'gazetteer'}: {e}")
        return
    if as_json:
        _echo_json(counts)
    else:
        click.echo(f"wrote {counts['path']} ({counts['bytes'] / 1e6:.1f} MB, {counts['names']} names) in {counts['seconds']} s")


def _is_variant(e, name: str) -> bool:  # type: ignore[no-untyped-def]
    from sitrep.geo.recognize import _strict

    return e.primary and _strict(e.name) != _strict(name)


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", default=10, show_default=True)
@click.option("--region", default="", help="Countries the text is about (ISO codes, comma-separated): also list "
              "transliteration variants there (close spellings only).")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_lookup(name: str, limit: int, region: str, as_json: bool) -> None:
    """List the gazetteer entries a NAME matches: its exact names and aliases; with --region, close
    transliteration variants in those countries (a variant never matches outside the article's region)."""
    from dataclasses import asdict

    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.recognize import Recognizer

    g = get_gazetteer()
    es, how = Recognizer(g).lookup(name, tuple(c.strip().upper() for c in region.split(",") if c.strip()))
    es = sorted(es, key=lambda e: -e.population)[:limit]
    if as_json:
        _echo_json([dict(asdict(e), match=how) for e in es])
        return
    if not es:
        click.echo(f"no entry named {name!r}" + ("" if region else " (variants are searched only with --region)"))
    for e in es:
        click.echo(f"{e.gid:<12} {e.name:<30} {e.country:<3} {e.feature:<7} {e.lat:9.4f} {e.lon:9.4f} pop={e.population}"
                   f"{'  (variant)' if how == 'variant' or _is_variant(e, name) else ''}")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "acled-csv", "geojson", "md", "html"]), default="json",
              show_default=True)
@click.option("--out", "out_file", default="-", show_default=True, help="File to write, - for stdout.")
def export(db: str, fmt: str, out_file: str) -> None:
    """Export stories, events, figures and disagreements (JSON, ACLED-style CSV, GeoJSON, Markdown, HTML)."""
    from sitrep.export.formats import render

    store = _open(db)
    try:
        body, _media = render(store, fmt)
    finally:
        store.close()
    if out_file == "-":
        click.echo(body, nl=False)
    else:
        Path(out_file).write_text(body, encoding="utf-8")
        click.echo(f"wrote {out_file}", err=True)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (default: this machine only).")
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--token", envvar="SITREP_TOKEN", default=None,
              help="Token that allows writes (ingest); also read from $SITREP_TOKEN. Without it the API is read-only.")
def serve(db: str, host: str, port: int, token: Optional[str]) -> None:
    """Serve the web view and the API (OpenAPI docs at /api/docs)."""
    import uvicorn

    from sitrep.web.app import create_app

    if not Path(db).exists() and not db.startswith("postgres"):
        _fail(f"{db}: no such store; run `sitrep run PATH --db {db}` first")
    click.echo(f"sitrep: serving {db} on http://{host}:{port}/ ({'read-write with token' if token else 'read-only'})",
               err=True)
    from sitrep.web.app import LOOPBACK_HOSTS

    hosts = LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else None  # loopback: refuse other Host names (DNS rebinding)
    uvicorn.run(create_app(db, token, allowed_hosts=hosts), host=host, port=port, log_level="warning")


@main.command()
@click.argument("files", nargs=-1)
@click.option("--dct", default=None, metavar="YYYY-MM-DD", help="Publication date to anchor relative dates on.")
@click.option("--raw", is_flag=True, help="Use the text exactly as given (no cleaning): offsets match the file.")
@click.option("--json", "as_json", is_flag=True, help="Print the annotations as JSON.")
@click.option("--jsonl", "jsonl", default=None, metavar="FILE",
              help='Annotate the lines {"id","text","published"} of FILE (- for stdin); prints JSON Lines.')
def annotate(files: tuple[str, ...], dct: Optional[str], raw: bool, as_json: bool, jsonl: Optional[str]) -> None:
    """Run the per-article stages on FILE(s) and print every annotation with offsets into the text.

    One file with --json prints one object; several files or --jsonl print one object per line (with "id").
    """
    from sitrep.errors import InputError
    from sitrep.nlp import annotate_json as aj

    if not files and not jsonl:
        _fail("annotate: give FILE(s) or --jsonl FILE", 2)
    try:
        anchor = aj.parse_date(dct)
    except ValueError:
        _fail(f"--dct {dct!r}: not a date (YYYY-MM-DD)", 2)
        return
    inputs: list = []
    try:
        for f in files:
            inputs.extend([aj.read_raw(f)] if raw else aj.read_clean(f))
        if jsonl:
            inputs.extend(aj.read_jsonl(jsonl))
    except InputError as e:
        _fail(str(e))
        return
    from sitrep.ingest.records import MAX_ARTICLE_CHARS

    for inp in inputs:
        if len(inp.text) > MAX_ARTICLE_CHARS:
            _fail(f"{inp.id}: text is {len(inp.text):,} characters, over the {MAX_ARTICLE_CHARS:,} one article may have")
            return
    from sitrep.nlp.annotate import Annotator, DocContext

    ann = Annotator()
    items = [(i.text, DocContext(article_id=i.id, published=anchor or i.published)) for i in inputs]
    lines = len(inputs) > 1 or bool(jsonl)
    for inp, (_t, ctx), an in zip(inputs, items, ann.annotate_many(items)):
        obj = aj.analysis_json(inp.text, anchor or inp.published, an, inp.id if lines else None)  # as given
        if lines:
            click.echo(json.dumps(obj, ensure_ascii=False))
        elif as_json:
            click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
        else:
            click.echo(f"{inp.id}  published: {obj['published'] or 'unknown'}")
            for kind in ("times", "entities", "places", "figures", "attributions", "events"):
                for a in obj[kind]:
                    extra = {k: v for k, v in a.items() if k not in ("start", "end", "text") and v not in (None, [], "")}
                    click.echo(f"  {kind[:-1]:<11} {a['start']}-{a['end']} {a['text']!r} {json.dumps(extra, ensure_ascii=False)[:160]}")


_EVALS = {
    "timebank": ("timebank.py", "time expressions on ../shared/data/timebank (TempEval-3 scoring)"),
    "geowebnews": ("geo.py", "geoparsing on ../shared/data/geowebnews (GeoWebNews, GeoVirus)"),
    "events": ("events.py", "events of a JSON export against a gold JSONL file (args: EXPORT GOLD)"),
    "timeline": ("timeline.py", "a timeline against tilse reference timelines (args: SYSTEM REF...)"),
}
_BENCHES = {
    "ingest": ("ingest.py", "ingest speed and memory on generated articles"),
    "perf": ("perf.py", "whole-pipeline speed per stage, memory, overhead over bare spaCy, growth per tenfold"),
    "link": ("link_perf.py", "linking cost for growing numbers of articles"),
}


def _run_bench_script(table: dict[str, tuple[str, str]], name: str, args: tuple[str, ...]) -> None:
    import subprocess

    from sitrep.resources import ROOT

    script = ROOT / "bench" / table[name][0]
    if not script.exists():
        _fail(f"{script}: not found (evaluations run from a source checkout)", 2)
    sys.exit(subprocess.call([sys.executable, str(script), *args]))


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("dataset", type=click.Choice(sorted(_EVALS)))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def eval(dataset: str, args: tuple[str, ...]) -> None:  # noqa: A001 - the command's name
    """Score sitrep on an annotated dataset (runs bench/<script>.py; extra ARGS are passed on)."""
    _run_bench_script(_EVALS, dataset, args)


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name", type=click.Choice(sorted(_BENCHES)))
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def bench(name: str, args: tuple[str, ...]) -> None:
    """Speed and memory benchmarks (runs bench/<script>.py; extra ARGS are passed on)."""
    _run_bench_script(_BENCHES, name, args)

@main.group()
def scale() -> None:
    """Run the pipeline on Spark (needs the `spark` extra: pip install 'sitrep[spark]')."""


@scale.command("run")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, help="Folder (local or hdfs://, s3a://...) for the Parquet tables.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master (local[N], yarn, spark://...).")
@click.option("--partitions", type=int, default=None, help="Partitions to annotate and link in.")
@click.option("--no-report", is_flag=True, help="Write only the Parquet tables (no story.json/report files).")
def scale_run(inputs: tuple[str, ...], out_dir: str, master: str, partitions: Optional[int], no_report: bool) -> None:
    """Ingest, analyse and link INPUTS (files, folders) as a Spark job; write Parquet tables to --out."""
    try:
        from sitrep.scale.spark import run as spark_run
        import pyspark  # noqa: F401
    except ImportError:
        _fail("pyspark is not installed (pip install 'sitrep[spark]')", 2)
        return
    res = spark_run(list(inputs), out_dir, master=master, partitions=partitions, export=not no_report)
    for e in res.errors:
        click.echo(str(e), err=True)
    click.echo(f"{res.articles} articles ({res.duplicates} near-duplicates), {res.analysed} analysed, "
               f"{res.stories} stories, {res.events} events", err=True)
    for p in res.outputs:
        click.echo(f"wrote {p}")
    sys.exit(1 if res.errors else 0)


@scale.command("load")
@click.argument("out_dir")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store: a SQLite file or postgresql:// URL.")
def scale_load(out_dir: str, db: str) -> None:
    """Load the Parquet tables of `sitrep scale run` into a store (then `sitrep serve --db ...`)."""
    from sitrep.scale.load import load

    store = _open(db)
    try:
        stories = load(out_dir, store)
    finally:
        store.close()
    click.echo(f"loaded {len(stories)} stories into {db}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
