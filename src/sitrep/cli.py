"""The `sitrep` command line.

Exit codes: 0 success, 1 bad input (each problem printed as `FILE: problem`), 2 usage.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Optional

import click

from sitrep.errors import SitrepError
from sitrep.model import to_dict

DEFAULT_DB = "sitrep.db"


# what a terminal may act on: C0 controls (ESC starts escape sequences, CR and BS overwrite), DEL, C1 controls
# (CSI, OSC), line and paragraph separators, bidi controls (a line that reads differently from its characters),
# and lone surrogates (file names that are not UTF-8; they cannot even be written out)
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_UNSAFE_LINE = re.compile(f"[\t\n{_CONTROLS}]")
_UNSAFE_TEXT = re.compile(f"[{_CONTROLS}]")  # a multi-line text keeps its tabs and line breaks
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")  # json escapes C0


def _esc(m: "re.Match[str]") -> str:
    c = m.group()
    o = ord(c)
    if 0xDC80 <= o <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{o - 0xDC00:02x}"
    return c.encode("unicode_escape").decode("ascii") if o < 0x100 else f"\\u{o:04x}"


def term(s: Any, multiline: bool = False) -> str:
    """``s`` safe to print on a terminal: control characters shown escaped (``\\x1b``, ``\\n``), never acted on.

    Single-line fields (titles, outlets, file names, messages) escape line breaks too, so a file name
    cannot forge a line of the report; ``multiline`` text (an article) keeps its line breaks and tabs."""
    s = "" if s is None else str(s)
    return (_UNSAFE_TEXT if multiline else _UNSAFE_LINE).sub(_esc, s)


def _json_text(obj: Any, indent: Optional[int] = None) -> str:
    """JSON for a terminal: the characters JSON leaves raw but a terminal acts on are written as ``\\uXXXX``."""
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(obj, ensure_ascii=False, indent=indent))


def _echo_json(obj: Any) -> None:
    click.echo(_json_text(to_dict(obj), indent=2))


def _fail(msg: str, code: int = 1) -> None:
    click.echo(f"sitrep: {term(msg)}", err=True)
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


def _is_url(db: str) -> bool:
    return db.startswith(("postgres://", "postgresql://"))


def _open(db: str, must_exist: bool = False):  # type: ignore[no-untyped-def]
    """The store ``db``; ``must_exist``: a command that only reads refuses a store that is not there
    (a mistyped --db would otherwise create an empty one and report nothing)."""
    from sitrep.store import open_store

    if must_exist and not _is_url(db) and not Path(db).is_file():
        _fail(f"{db}: no such store; run `sitrep run PATH --db {db}` first")
    try:
        return open_store(db)
    except SitrepError as e:
        _fail(str(e))


def _print_ingest(rep, quiet: bool, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    for e in rep.skipped:
        click.echo(f"skipped {term(e.source)}: {term(e.problem)}", err=True)
    for e in rep.errors:
        click.echo(f"error {term(e.source)}: {term(e.problem)}", err=True)
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


_FOLLOW_HELP = "In folders, also read links to files outside the folders given (skipped by default)."


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="Store: a SQLite file or postgresql:// URL.")
@click.option("--out", "out_dir", default="sitrep-out", show_default=True, help="Folder for the report files.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON summary on stdout.")
@click.option("--follow-links", is_flag=True, help=_FOLLOW_HELP)
def run(paths: tuple[str, ...], db: str, out_dir: str, quiet: bool, as_json: bool, follow_links: bool) -> None:
    """The main job: ingest PATHS (files, folders, - for stdin), analyse, link, write the report."""
    from sitrep import pipeline

    progress = _Progress(quiet)
    try:
        res = pipeline.run(list(paths), db, out_dir, progress=progress, follow_links=follow_links)
    except SitrepError as e:
        progress.close()
        _fail(str(e))
        return
    progress.close()
    _print_ingest(res.ingest, quiet, as_json)
    for source, why in res.set_aside:  # a sitrep bug on one article: said, never passed over in silence
        click.echo(f"error {term(source)}: {term(why)}", err=True)
    if res.set_aside and not quiet and not as_json:
        click.echo(f"{len(res.set_aside)} articles set aside: their analysis failed (see `sitrep articles`)", err=True)
    if as_json:
        _echo_json(
            {
                "stored": res.ingest.stored, "already": res.ingest.already, "duplicates": res.ingest.duplicates,
                "skipped": [str(e) for e in res.ingest.skipped], "errors": [str(e) for e in res.ingest.errors],
                "analysed": res.analysed, "set_aside": [f"{s}: {w}" for s, w in res.set_aside],
                "stories": len(res.stories), "outputs": res.outputs,
            }
        )
    elif not quiet:
        for p in res.outputs:
            click.echo(f"wrote {term(p)}")
    sys.exit(1 if res.ingest.failed or res.set_aside else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--quiet", is_flag=True)
@click.option("--json", "as_json", is_flag=True)
@click.option("--follow-links", is_flag=True, help=_FOLLOW_HELP)
def ingest(paths: tuple[str, ...], db: str, quiet: bool, as_json: bool, follow_links: bool) -> None:
    """Read PATHS into the store (clean, deduplicated articles), nothing more."""
    from sitrep import pipeline

    store = _open(db)
    progress = _Progress(quiet)
    try:
        rep = pipeline.ingest(store, list(paths), progress, follow_links=follow_links)
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
    store = _open(db, must_exist=True)
    rows = store.article_rows()
    store.close()
    if as_json:
        _echo_json(rows)
        return
    click.echo(f"{'id':<12} {'outlet':<18} {'published':<10} {'how':<9} {'words':>5} {'status':<9} title")
    for r in rows:
        status = r["status"] + (f" of {r['duplicate_of'][:8]}" if r["duplicate_of"] else "")
        click.echo(
            f"{term(r['id'][:12]):<12} {term((r['outlet'] or '-')[:18]):<18} {term(r['published'] or 'unknown'):<10} "
            f"{term(r['published_how']):<9} {r['words']:>5} {term(status):<9} {term((r['title'] or '')[:60])}"
        )
        if r.get("published_header") and r["published_how"] == "corrected":
            click.echo(f"{'':<12} {'':<18} {'':<10} header said {r['published_header']}; corrected by the text's weekdays")


@main.command()
@click.argument("article_id")
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--annotations", is_flag=True, help="Also print the analysis (entities, times, places, figures...).")
@click.option("--json", "as_json", is_flag=True)
def show(article_id: str, db: str, annotations: bool, as_json: bool) -> None:
    """Show one article: metadata, clean text, and what the cleaner cut."""
    store = _open(db, must_exist=True)
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
        click.echo(f"{k:>12}: {term(getattr(a, k) or '-')}")
    click.echo(f"{'published':>12}: {a.published or 'unknown'} ({term(a.published_how)}, {term(a.published_precision)})")
    if a.published_header:
        click.echo(f"{'header date':>12}: {a.published_header} (corrected by the text)")
    click.echo(f"{'wires':>12}: {term(', '.join(a.wires) or '-')}")
    if a.duplicate_of:
        click.echo(f"{'duplicate_of':>12}: {term(a.duplicate_of)}")
    click.echo("\n--- clean text ---\n" + term(a.text, multiline=True))
    click.echo(f"\n--- removed ({len(a.removed)}) ---")
    for r in a.removed:
        click.echo(f"[{term(r.reason)}] {term(repr(r.text[:200]))}")
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
@click.option("--only-geonames", is_flag=True, help="Use only the dump, the supplement and the natural features (skip the packaged data).")
@click.option("--json", "as_json", is_flag=True)
def gazetteer_build(geonames: Optional[str], out: Optional[str], only_geonames: bool, as_json: bool) -> None:
    """Build the gazetteer from packaged GeoNames data, the supplement, the natural features and an optional GeoNames
    dump."""
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
    from sitrep.geo.spelling_variants import strict_key

    return e.primary and strict_key(e.name) != strict_key(name)


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
        hint = "" if region else " (variants are searched only with --region)"
        click.echo(f"no match for {term(name)!s} in the gazetteer{hint}")
        sys.exit(1)
    for e in es:
        click.echo(f"{term(e.gid):<12} {term(e.name):<30} {term(e.country):<3} {term(e.feature):<7} {e.lat:9.4f} "
                   f"{e.lon:9.4f} pop={e.population}{'  (variant)' if how == 'variant' or _is_variant(e, name) else ''}")


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["json", "acled-csv", "geojson", "md", "html"]), default="json",
              show_default=True)
@click.option("--out", "out_file", default="-", show_default=True, help="File to write, - for stdout.")
def export(db: str, fmt: str, out_file: str) -> None:
    """Export stories, events, figures and disagreements (JSON, ACLED-style CSV, GeoJSON, Markdown, HTML)."""
    from sitrep.export.formats import render

    store = _open(db, must_exist=True)
    try:
        body, _media = render(store, fmt)
    finally:
        store.close()
    if out_file == "-":
        # the file's bytes are the export's when piped; a terminal gets its control characters escaped
        click.echo(term(body, multiline=True) if sys.stdout.isatty() else body, nl=False)
    else:
        try:
            Path(out_file).write_text(body, encoding="utf-8")
        except OSError as e:
            _fail(f"{out_file}: cannot be written ({e.strerror or e})")
        click.echo(f"wrote {term(out_file)}", err=True)


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (default: this machine only).")
@click.option("--port", default=8765, show_default=True, type=int)
@click.option("--token", envvar="SITREP_TOKEN", default=None,
              help="Token that allows writes (ingest); also read from $SITREP_TOKEN. Without it the API is read-only.")
def serve(db: str, host: str, port: int, token: Optional[str]) -> None:
    """Serve the web view and the API (OpenAPI docs at /api/docs)."""
    import socket

    import uvicorn

    from sitrep.web.app import LOOPBACK_HOSTS, create_app

    if not 0 <= port <= 65535:
        _fail(f"--port {port}: not a port number (1-65535; 0 picks a free one)", 2)
    if not Path(db).exists() and not _is_url(db):
        _fail(f"{db}: no such store; run `sitrep run PATH --db {db}` first")
    # bind first, so a bad or busy address is one line and exit 1, before anything says "serving"
    try:
        info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(info[0], socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(info[4])
        sock.listen(2048)
    except OSError as e:  # socket.gaierror included
        _fail(f"cannot listen on {host}:{port} ({e.strerror or e})")
        return
    port = sock.getsockname()[1]
    loopback = host in LOOPBACK_HOSTS or host.startswith("127.")
    if not loopback:
        click.echo(f"sitrep: warning: {term(host)} is not a loopback address: anyone who can reach port {port} can "
                   "read everything in the store, over plain HTTP (see SECURITY.md)", err=True)
    click.echo(f"sitrep: serving {term(db)} on http://{term(host)}:{port}/ "
               f"({'read-write with token' if token else 'read-only'})", err=True)
    hosts = LOOPBACK_HOSTS if loopback else None  # loopback: refuse other Host names (DNS rebinding)
    config = uvicorn.Config(create_app(db, token, allowed_hosts=hosts), log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


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
            try:
                inputs.extend(aj.read_jsonl(jsonl))
            except OSError as e:
                raise InputError(jsonl, f"cannot be read ({e.strerror or e})") from e
            except UnicodeDecodeError as e:
                raise InputError(jsonl, f"not UTF-8 text ({e.reason} at byte {e.start})") from e
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
            click.echo(_json_text(obj))
        elif as_json:
            click.echo(_json_text(obj, indent=2))
        else:
            click.echo(f"{term(inp.id)}  published: {obj['published'] or 'unknown'}")
            for kind in ("times", "entities", "places", "figures", "attributions", "events"):
                for a in obj[kind]:
                    extra = {k: v for k, v in a.items() if k not in ("start", "end", "text") and v not in (None, [], "")}
                    label = "entity" if kind == "entities" else kind[:-1]
                    click.echo(f"  {label:<11} {a['start']}-{a['end']} {term(repr(a['text']))}")
                    if extra:
                        click.echo(f"  {'':<11} {_fields(extra)}")


def _short(v: Any, width: int = 60) -> str:
    """One value for a person: a string as is, anything else as compact JSON; cut at a word with an ellipsis."""
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    if len(s) > width:
        s = s[: width - 1].rsplit(" ", 1)[0] + "\u2026"
    return term(s)


def _fields(d: dict[str, Any]) -> str:
    """``key=value`` pairs of an annotation, each value short (never a JSON document cut in the middle)."""
    return "  ".join(f"{k}={_short(v)}" for k, v in d.items())


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
        click.echo(term(str(e)), err=True)
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
