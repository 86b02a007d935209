"""Hostile inputs through the real CLI, into a store that already holds a good article.

Each case: exactly one clear per-file error or skip naming the file (or, for odd but legitimate text, the
article stored with the right text), the rest of the run completes, the exit code is 1 when something
failed, and nothing stored earlier is lost (the good article is still there, ``integrity_check() == []``).
Big inputs (100 MB, 10 GB gzip bomb, 1 GB zip entry) are generated in ``tmp_path`` at test time.
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import socket
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Optional

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.store import open_store

GOOD = (
    "PORT ELWIN — Firefighters contained the blaze at the grain terminal in Port Elwin late on Friday, "
    "the harbour authority said.\n\nTwo dock workers were treated for smoke inhalation and the terminal "
    "will stay closed while investigators look for the cause, officials added on Saturday.\n"
)
OTHER = (
    "Flooding closed the coastal road north of Marden on Tuesday after two days of heavy rain, the county "
    "council said.\n\nCrews cleared mud from the lower town and the road is expected to reopen on Thursday, "
    "a council spokeswoman added.\n"
)

# a report written in Arabic (our own sentences): ingest skips it as not English
ARABIC = (
    "\u0642\u0627\u0644 \u0645\u0633\u0624\u0648\u0644\u0648\u0646 \u0645\u062d\u0644\u064a\u0648\u0646 \u0625\u0646 \u0627\u0644\u0642\u0627\u0641\u0644\u0629 \u0627\u0644\u0625\u0646\u0633\u0627\u0646\u064a\u0629 \u0648\u0635\u0644\u062a \u0625\u0644\u0649 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u0635\u0628\u0627\u062d \u064a\u0648\u0645 \u0627\u0644\u0627\u062b\u0646\u064a\u0646 \u0628\u0639\u062f \u062a\u0623\u062e\u064a\u0631 \u0637\u0648\u064a\u0644 \u0639\u0644\u0649 \u0627\u0644\u0637\u0631\u064a\u0642 \u0627\u0644\u0634\u0645\u0627\u0644\u064a.\n"
    "\u0648\u0623\u0636\u0627\u0641\u0648\u0627 \u0623\u0646 \u0627\u0644\u0634\u0627\u062d\u0646\u0627\u062a \u0643\u0627\u0646\u062a \u062a\u062d\u0645\u0644 \u0627\u0644\u063a\u0630\u0627\u0621 \u0648\u0627\u0644\u062f\u0648\u0627\u0621 \u0648\u0627\u0644\u0628\u0637\u0627\u0646\u064a\u0627\u062a \u0644\u0644\u0639\u0627\u0626\u0644\u0627\u062a \u0627\u0644\u0646\u0627\u0632\u062d\u0629 \u0641\u064a \u0627\u0644\u0645\u062e\u064a\u0645\u0627\u062a \u0627\u0644\u0642\u0631\u064a\u0628\u0629 \u0645\u0646 \u0627\u0644\u062d\u062f\u0648\u062f.\n"
    "\u0648\u0630\u0643\u0631 \u0634\u0647\u0648\u062f \u0639\u064a\u0627\u0646 \u0623\u0646 \u0627\u0644\u0633\u0643\u0627\u0646 \u062a\u062c\u0645\u0639\u0648\u0627 \u0641\u064a \u0627\u0644\u0633\u0627\u062d\u0629 \u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629 \u0644\u0627\u0633\u062a\u0642\u0628\u0627\u0644 \u0627\u0644\u0645\u0633\u0627\u0639\u062f\u0627\u062a \u0648\u0633\u0637 \u0625\u062c\u0631\u0627\u0621\u0627\u062a \u0623\u0645\u0646\u064a\u0629 \u0645\u0634\u062f\u062f\u0629.\n"
    "\u0648\u0645\u0646 \u0627\u0644\u0645\u062a\u0648\u0642\u0639 \u0623\u0646 \u062a\u0635\u0644 \u0642\u0627\u0641\u0644\u0629 \u062b\u0627\u0646\u064a\u0629 \u0641\u064a \u0646\u0647\u0627\u064a\u0629 \u0627\u0644\u0623\u0633\u0628\u0648\u0639 \u0625\u0630\u0627 \u0633\u0645\u062d\u062a \u0627\u0644\u0638\u0631\u0648\u0641 \u0627\u0644\u062c\u0648\u064a\u0629 \u0628\u0630\u0644\u0643\u060c \u0648\u0641\u0642 \u0645\u0627 \u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644\u0648\u0646.\n"
)


def _article(topic: str) -> str:
    """A short English report of our own, distinct per topic (no near-duplicates between cases)."""
    return (f"Officials said the {topic} inspection at the northern depot ended on Monday without incident.\n\n"
            f"The {topic} team will publish its findings next month, a spokesman for the regional office said.\n")


# --------------------------------------------------------------------------- harness


class Store:
    """A store built through the CLI that already holds GOOD."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.db = str(tmp_path / "store.db")
        good = tmp_path / "good.txt"
        good.write_text(GOOD, encoding="utf-8")
        r = self.cli("ingest", str(good))
        assert r.exit_code == 0, r.output
        self.good_id = self.ids()[0]

    def cli(self, *args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, [*args, "--db", self.db], catch_exceptions=False)

    def ids(self) -> list[str]:
        st = open_store(self.db)
        try:
            return [r["id"] for r in st.article_rows()]
        finally:
            st.close()

    def texts(self) -> dict[str, str]:
        st = open_store(self.db)
        try:
            return {a.id: a.text for a in st.articles()}
        finally:
            st.close()

    def sources(self) -> list[str]:
        st = open_store(self.db)
        try:
            return [r["source_path"] for r in st.article_rows()]
        finally:
            st.close()

    def ingest_with_other(self, *paths: Path):  # type: ignore[no-untyped-def]
        """Ingest the hostile ``paths`` and a fresh good article after them; returns (result, messages)."""
        other = self.tmp / f"after-{len(list(self.tmp.iterdir()))}.txt"
        other.write_text(OTHER + f"\nReport number {other.name}.\n", encoding="utf-8")
        r = self.cli("ingest", *map(str, paths), str(other))
        assert "Traceback" not in r.output, r.output
        msgs = [ln for ln in r.stderr.splitlines() if ln.startswith(("error ", "skipped "))]
        assert str(other) in self.sources(), f"the input after the hostile one was not stored:\n{r.output}"
        self.check_intact()
        return r, msgs

    def check_intact(self) -> None:
        st = open_store(self.db)
        try:
            assert st.integrity_check() == []
            good = st.get_article(self.good_id)
            assert good is not None and "grain terminal" in good.text
        finally:
            st.close()


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path)


def _one_failure(r, msgs: list[str], path: Path, word: str, kind: str = "error") -> None:  # type: ignore[no-untyped-def]
    assert len(msgs) == 1, msgs
    assert msgs[0].startswith(f"{kind} {path}"), msgs
    assert word in msgs[0], msgs
    assert r.exit_code == (1 if kind == "error" else 0), r.output


# --------------------------------------------------------------------------- empty, binary, truncated


def _elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + b"\x02\x00\x3e\x00" + random.Random(1).randbytes(4000)


@pytest.mark.parametrize(
    "name,data,word",
    [
        ("empty.txt", b"", "empty"),
        ("random.txt", random.Random(0).randbytes(64 * 1024), "binary"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(2).randbytes(3000), "binary"),
        ("a.out", _elf(), "binary"),
        ("page.html", b"<html><he", "no article text"),
        ("cut.html", b"<!DOCTYPE html><html><head><title>x</title></head><body><div><p>Off", "no article text"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 40, "gzip"),
        ("half.txt.gz", gzip.compress(GOOD.encode() * 50)[:200], "gzip"),
    ],
)
def test_unreadable_file_is_one_error(store, name, data, word):
    p = store.tmp / name
    p.write_bytes(data)
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, word)


def test_truncated_html_with_text_keeps_the_text(store):
    p = store.tmp / "truncated.html"
    p.write_text(f"<html><head><title>Fire</title></head><body><article><p>{GOOD}</p><p>The port auth",
                 encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == []
    assert any("grain terminal" in t and "Firefighters" in t for t in store.texts().values())


def test_unsupported_and_binary_files_in_a_folder_are_skipped(store):
    d = store.tmp / "folder"
    d.mkdir()
    (d / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (d / "ok.txt").write_text(_article("folder"), encoding="utf-8")
    r, msgs = store.ingest_with_other(d)
    _one_failure(r, msgs, d / "photo.png", "not a supported input type", kind="skipped")


# --------------------------------------------------------------------------- huge inputs and bombs


def _write_repeated(path: Path, total: int, block: bytes) -> None:
    """``total`` bytes of ``block`` repeated, written incrementally (no big buffer in the test)."""
    with open(path, "wb") as f:
        left = total
        while left > 0:
            f.write(block[:left])
            left -= len(block)


def _gzip_bomb(path: Path, gib: int = 10) -> None:
    """A valid .gz that inflates to ``gib`` GiB of zeros: one 64 MiB member repeated (multi-member gzip)."""
    member = gzip.compress(bytes(64 << 20), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(gib * 16):
            f.write(member)


def _zip_bomb(path: Path, mib: int = 1024) -> None:
    """A .zip holding one entry of ``mib`` MiB of zeros, written streaming."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        with z.open("report.txt", "w", force_zip64=True) as f:
            block = bytes(1 << 20)
            for _ in range(mib):
                f.write(block)


def _peak_rss_mb(args: list[str]) -> tuple[int, float, str]:
    """Run the CLI in a fresh process; (exit code, its peak resident memory in MB, stderr)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    p = subprocess.Popen([sys.executable, "-m", "sitrep.cli", *args], stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, env=env)
    err = p.stderr.read().decode("utf-8", "replace")  # type: ignore[union-attr]
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, usage.ru_maxrss / 1024, err


@pytest.mark.slow
def test_100mb_inputs_and_bombs_are_refused_with_bounded_memory(store):
    """A 100 MB text file, a 100 MB JSONL line, a 10 GB gzip bomb, a 1 GB zip entry: each one clear error,
    and the process's peak memory stays far below what reading any of them whole would take."""
    t = store.tmp
    huge_txt = t / "huge report.txt"
    _write_repeated(huge_txt, 100 << 20, (OTHER * 40).encode())
    huge_jsonl = t / "huge.jsonl"
    with open(huge_jsonl, "wb") as f:
        f.write((json.dumps({"text": _article("first line")}) + "\n").encode())
        f.write(b'{"text": "')
        block = b"word " * 20000
        for _ in range((100 << 20) // len(block) + 1):
            f.write(block)
        f.write(b'"}\n')
        f.write((json.dumps({"text": _article("last line")}) + "\n").encode())
    bomb = t / "bomb.txt.gz"
    _gzip_bomb(bomb)
    zbomb = t / "bomb.zip"
    _zip_bomb(zbomb)
    assert huge_txt.stat().st_size >= 100 << 20 and huge_jsonl.stat().st_size >= 100 << 20

    small = t / "small.txt"
    small.write_text(_article("baseline"), encoding="utf-8")
    rc0, base_mb, _ = _peak_rss_mb(["ingest", str(small), "--db", str(t / "baseline.db")])
    assert rc0 == 0
    rc, peak_mb, err = _peak_rss_mb(["ingest", str(huge_txt), str(huge_jsonl), str(bomb), str(zbomb),
                                     "--db", store.db])
    assert rc == 1, err
    assert "Traceback" not in err, err
    lines = [ln for ln in err.splitlines() if ln.startswith(("error ", "skipped "))]
    assert len(lines) == 4, lines
    assert lines[0].startswith(f"error {huge_txt}: file is 100.0 MB")
    assert lines[1].startswith(f"error {huge_jsonl}:2: line longer than")
    assert lines[2].startswith(f"error {bomb}:") and "bomb" in lines[2]
    assert lines[3].startswith(f"error {zbomb}:") and "binary" in lines[3]
    # the lines around the 100 MB JSONL line were read
    assert sum("inspection" in x for x in store.texts().values()) == 2
    store.check_intact()
    # reading any of them whole would take >= 100 MB more than a small ingest (the bomb: 10 GB)
    assert peak_mb - base_mb < 160, (base_mb, peak_mb)


def test_gzip_bomb_inside_a_folder_is_one_error(store):
    d = store.tmp / "in"
    d.mkdir()
    _gzip_bomb(d / "feed.xml.gz", gib=1)
    (d / "z.txt").write_text(_article("after bomb"), encoding="utf-8")
    r, msgs = store.ingest_with_other(d)
    _one_failure(r, msgs, d / "feed.xml.gz", "bomb")
    assert any("after bomb" in x for x in store.texts().values())


def test_zip_bomb_is_not_opened(store):
    d = store.tmp / "zips"
    d.mkdir()
    _zip_bomb(d / "archive.zip", mib=64)
    r, msgs = store.ingest_with_other(d)  # in a folder: not a supported type
    _one_failure(r, msgs, d / "archive.zip", "not a supported input type", kind="skipped")
    r, msgs = store.ingest_with_other(d / "archive.zip")  # named: sniffed, binary
    _one_failure(r, msgs, d / "archive.zip", "binary")


def test_article_longer_than_the_model_can_analyse_is_refused(store):
    p = store.tmp / "book.txt"
    rnd = random.Random(3)
    words = "the council said on Friday that the road near the river was closed after heavy rain".split()
    with open(p, "w", encoding="utf-8") as f:
        for _ in range(12000):  # ~1.3 million characters of distinct sentences (nothing is cut as a repeat)
            f.write(" ".join(rnd.choice(words) for _ in range(20)).capitalize() + ".\n")
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "characters, over the 1,000,000")


# --------------------------------------------------------------------------- deep nesting


def test_deeply_nested_html(store):
    p = store.tmp / "nested.html"
    p.write_bytes(b"<html><body>" + b"<div>" * 100_000 + GOOD.encode() + b"</div>" * 100_000 + b"</body></html>")
    r, msgs = store.ingest_with_other(p)
    # either the text is found, or one clear error for the file
    if msgs:
        _one_failure(r, msgs, p, "no article text")
    else:
        assert r.exit_code == 0


def test_deeply_nested_json_line_is_one_error(store):
    """Regression: json.loads raised RecursionError (not ValueError), which ended the whole run."""
    p = store.tmp / "deep.jsonl"
    p.write_text(json.dumps({"text": _article("line one")}) + "\n"
                 + '{"text": "x", "a": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
                 + json.dumps({"text": _article("line three")}) + "\n", encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert len(msgs) == 1 and msgs[0].startswith(f"error {p}:2: not a valid JSON line"), msgs
    assert r.exit_code == 1
    assert sum(("line one" in x) or ("line three" in x) for x in store.texts().values()) == 2


# --------------------------------------------------------------------------- encodings and odd text


def test_meta_says_utf8_but_bytes_are_cp1252(store):
    body = ("<html><head><meta charset=\"utf-8\"><title>Caf\u00e9 reopens</title></head><body><article>"
            "<p>The caf\u00e9 on the \u201cold square\u201d reopened on Monday \u2014 two years after the fire, "
            "its owner said.</p><p>Neighbours queued for coffee before the doors opened, the owner added on "
            "Monday evening.</p></article></body></html>")
    p = store.tmp / "cp1252.html"
    p.write_bytes(body.encode("cp1252"))
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == []
    text = next(t for t in store.texts().values() if "reopened" in t)
    assert "caf\u00e9" in text and "\u201cold square\u201d" in text and "\u2014" in text and "\ufffd" not in text


@pytest.mark.parametrize("bom,codec", [(b"\xef\xbb\xbf", "utf-8"), (b"", "utf-16"), (b"", "utf-16-be")])
def test_boms(store, bom, codec):
    text = _article(f"caf\u00e9 {codec}")
    data = bom + text.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    p = store.tmp / f"bom-{codec}.txt"
    p.write_bytes(data)
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == [], r.output
    stored = next(t for t in store.texts().values() if f"caf\u00e9 {codec}" in t)
    assert not stored.startswith("\ufeff") and "\x00" not in stored


def test_mixed_scripts_zero_width_and_control_characters(store):
    text = ("Officials in Idlib (\u0625\u062f\u0644\u0628) and Kharkiv (\u0425\u0430\u0440\u043a\u0456\u0432) "
            "said on Monday that aid convoys had reached both cities.\u200b\n\n"
            "The convoy\u200d leader, Ms \u674e\u534e, said the\x07 trucks\x1b[31m carried food and "
            "medicine, and that\u00ad more were expected on Friday.\x0b\n")
    p = store.tmp / "mixed.txt"
    p.write_text(text, encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == [], r.output
    stored = next(t for t in store.texts().values() if "aid convoys" in t)
    assert "\u0625\u062f\u0644\u0628" in stored and "\u0425\u0430\u0440\u043a\u0456\u0432" in stored
    assert "\u674e\u534e" in stored
    assert not any(ord(c) < 32 and c not in "\n\t" for c in stored), repr(stored)  # no raw control characters


def test_right_to_left_text(store):
    # an English report quoting Arabic and Hebrew, with directional marks: stored as written
    en = ("Protesters in the square carried banners reading \u200f\u0644\u0627 \u0644\u0644\u062d\u0631\u0628"
          "\u200f on Saturday, police said.\n\nA second group chanted \u05e9\u05dc\u05d5\u05dd near the "
          "city hall until the evening, witnesses told reporters.\n")
    p = store.tmp / "rtl.txt"
    p.write_text(en, encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == []
    stored = next(t for t in store.texts().values() if "Protesters" in t)
    assert "\u0644\u0627 \u0644\u0644\u062d\u0631\u0628" in stored and "\u05e9\u05dc\u05d5\u05dd" in stored
    # a report written in Arabic is skipped (not English), named, and does not fail the run
    ar = store.tmp / "arabic.txt"
    ar.write_text(ARABIC, encoding="utf-8")
    r, msgs = store.ingest_with_other(ar)
    _one_failure(r, msgs, ar, "not English", kind="skipped")


def test_lone_surrogates_in_jsonl_do_not_abort_the_batch(store):
    """Regression: a JSON ``\\ud800`` escape reached the store's INSERT (UnicodeEncodeError) and ended the run."""
    p = store.tmp / "sur.jsonl"
    p.write_text(json.dumps({"text": _article("surrogate") + "Broken \ud800 char.", "title": "T \udc00",
                             "author": "\ud83d"}) + "\n", encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == [], r.output
    st = open_store(store.db)
    a = next(a for a in st.articles() if "surrogate" in a.text)
    st.close()
    assert "Broken \ufffd char." in a.text and a.title == "T \ufffd" and a.byline == "\ufffd"


@pytest.mark.parametrize("date", ["0000-05", "Fri, 02 Jun 99999999999999999999 21:30:00 GMT", {"y": 1}, [2020]])
def test_malformed_dates_give_no_date_not_a_crash(store, date):
    """Regression (found by bench/fuzz.py): year 0 and an overflowing RFC 822 year raised out of the reader."""
    p = store.tmp / "dates.jsonl"
    p.write_text(json.dumps({"text": _article(f"date {date!r}"), "date": date}) + "\n", encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == [], r.output
    rss = store.tmp / "dates.xml"
    rss.write_text(f"<rss><channel><title>T</title><item><title>x</title><pubDate>{date}</pubDate>"
                   f"<description>{_article('rss date ' + repr(date))}</description></item></channel></rss>",
                   encoding="utf-8")
    r, msgs = store.ingest_with_other(rss)
    assert r.exit_code == 0 and msgs == [], r.output


# --------------------------------------------------------------------------- containers with broken parts


def _warc_record(url: str, html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http))
    return buf.getvalue()


def _page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><article><p>{body}</p></article></body></html>"


def test_warc_with_a_broken_record(store):
    p = store.tmp / "crawl.warc"
    first = _warc_record("https://a.example/1", _page(_article("warc first")))
    last = _warc_record("https://a.example/3", _page(_article("warc last")))
    broken = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>cut off"
    p.write_bytes(first + broken + last)
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 1 and len(msgs) == 1 and msgs[0].startswith(f"error {p}"), msgs
    assert any("warc first" in t for t in store.texts().values())
    # garbage between records
    p2 = store.tmp / "crawl2.warc"
    p2.write_bytes(_warc_record("https://b.example/1", _page(_article("warc again"))) + b"\x00garbage\xff" * 50)
    r, msgs = store.ingest_with_other(p2)
    assert r.exit_code == 1 and len(msgs) == 1 and msgs[0].startswith(f"error {p2}") and "WARC" in msgs[0], msgs
    assert any("warc again" in t for t in store.texts().values())


def test_truncated_warc_gz(store):
    p = store.tmp / "cut.warc.gz"
    data = gzip.compress(_warc_record("https://c.example/1", _page(_article("gz warc"))))
    p.write_bytes(data[: len(data) // 2])
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "WARC")



def test_a_broken_member_in_a_warc_gz_does_not_end_the_file(store):
    """Regression: in a .warc.gz (one gzip member per record) a corrupt member lost every record after it."""
    p = store.tmp / "crawl.warc.gz"
    one = gzip.compress(_warc_record("https://d.example/1", _page(_article("gzip member one"))))
    two = bytearray(gzip.compress(_warc_record("https://d.example/2", _page(_article("gzip member two")))))
    two[len(two) // 2: len(two) // 2 + 40] = b"\x00" * 40  # corrupt the middle of the second member
    three = gzip.compress(_warc_record("https://d.example/3", _page(_article("gzip member three"))))
    p.write_bytes(one + bytes(two) + three)
    r, msgs = store.ingest_with_other(p)
    texts = list(store.texts().values())
    assert any("gzip member one" in t for t in texts) and any("gzip member three" in t for t in texts), msgs
    assert r.exit_code == 1 and msgs and all(m.startswith(f"error {p}") for m in msgs), msgs

def test_jsonl_with_a_broken_line_in_the_middle(store):
    p = store.tmp / "batch.jsonl"
    p.write_text(json.dumps({"text": _article("jsonl one")}) + "\n{\"text\": \"unterminated\n"
                 + json.dumps({"text": _article("jsonl three")}) + "\n", encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert len(msgs) == 1 and msgs[0].startswith(f"error {p}:2: not a valid JSON line"), msgs
    assert r.exit_code == 1
    texts = list(store.texts().values())
    assert any("jsonl one" in t for t in texts) and any("jsonl three" in t for t in texts)


# --------------------------------------------------------------------------- XML attacks on feeds


def _rss(doctype: str, description: str) -> str:
    return (f'<?xml version="1.0"?>{doctype}<rss version="2.0"><channel><title>T</title><item><title>x</title>'
            f"<description>{description}</description></item></channel></rss>")


@pytest.mark.parametrize("how", ["entity", "parameter", "external-dtd", "xinclude"])
def test_feed_external_entities_are_never_read(store, how):
    secret = store.tmp / "secret.txt"
    secret.write_text("TOPSECRET-7f3a", encoding="utf-8")
    body = _article(f"xxe {how}")
    doctype, desc = {
        "entity": (f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}"><!ENTITY h SYSTEM "file:///etc/hostname">]>',
                   body + " &x; &h;"),
        "parameter": (f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>', body),
        "external-dtd": (f'<!DOCTYPE rss SYSTEM "file://{secret}">', body),
        "xinclude": ("", body + f' <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret}" '
                               'parse="text"/>'),
    }[how]
    p = store.tmp / f"xxe-{how}.xml"
    p.write_text(_rss(doctype, desc), encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert len(msgs) <= 1, msgs
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else None
    for t in store.texts().values():
        assert "TOPSECRET" not in t
        if hostname and len(hostname) > 6:
            assert hostname not in t
    st = open_store(store.db)
    try:
        for a in st.articles():
            assert "TOPSECRET" not in (a.raw_text or "") and "TOPSECRET" not in (a.title or "")
    finally:
        st.close()


def test_billion_laughs_does_not_explode(store):
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
    p = store.tmp / "laughs.rss"
    p.write_text(_rss(f"<!DOCTYPE rss [{ents}]>", _article("laughs") + " &i;"), encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert len(msgs) <= 1 and r.exit_code in (0, 1)
    if msgs:
        _one_failure(r, msgs, p, "feed")
    for t in store.texts().values():
        assert "aaaaaaaaaaaaaaaaaaaa" not in t  # nothing was expanded


# --------------------------------------------------------------------------- paths and special files


def test_path_names_with_spaces_and_unicode(store):
    d = store.tmp / "reports from the field"
    d.mkdir()
    p = d / "\u043d\u043e\u0432\u043e\u0441\u0442\u0438 caf\u00e9 \u2014 \u00abday 1\u00bb 'q' \u2713.txt"
    p.write_text(_article("unicode path"), encoding="utf-8")
    bad = d / "\u7a7a \u6587\u4ef6.txt"
    bad.write_bytes(b"")
    r, msgs = store.ingest_with_other(d)
    _one_failure(r, msgs, bad, "empty")
    assert str(p) in store.sources()
    r = store.cli("articles", "--json")
    assert r.exit_code == 0 and str(p) in json.loads(r.stdout)[-2]["source_path"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_fifo_in_a_folder_is_skipped_not_waited_on(store):
    """Regression: a named pipe inside a folder blocked the run forever (open() waits for a writer)."""
    d = store.tmp / "with-fifo"
    d.mkdir()
    os.mkfifo(d / "pipe.txt")
    (d / "real.txt").write_text(_article("beside a fifo"), encoding="utf-8")
    r, msgs = store.ingest_with_other(d)
    _one_failure(r, msgs, d / "pipe.txt", "not a regular file", kind="skipped")
    assert any("beside a fifo" in t for t in store.texts().values())


def test_device_file_is_capped(store):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = store.tmp / "zero.txt"
    link.symlink_to("/dev/zero")
    r, msgs = store.ingest_with_other(link)  # named explicitly: read up to the cap, then refused
    _one_failure(r, msgs, link, "MB")


# --------------------------------------------------------------------------- inputs bench/fuzz.py found

HOSTILE_DIR = Path(__file__).resolve().parent / "hostile"


@pytest.mark.parametrize("path", sorted(HOSTILE_DIR.iterdir()), ids=lambda p: p.name)
def test_inputs_found_by_the_fuzzer_stay_fixed(store, path):
    """Each file in tests/hostile/ once crashed a reader (see bench/fuzz.py); now at most one clear message."""
    r, msgs = store.ingest_with_other(path)
    assert len(msgs) <= 1, msgs
    assert all(m.startswith((f"error {path}", f"skipped {path}")) for m in msgs), msgs
    assert r.exit_code == (1 if msgs else 0)


# --------------------------------------------------------------------------- the whole run


@pytest.mark.slow
def test_sitrep_run_over_a_hostile_folder_completes(tmp_path):
    """`sitrep run` (ingest, analysis, linking, report) over a folder of hostile files and good ones."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good one.txt").write_text(GOOD, encoding="utf-8")
    (d / "good two.txt").write_text(OTHER, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "random.txt").write_bytes(random.Random(5).randbytes(5000))
    (d / "mixed.txt").write_text("Officials in \u0425\u0430\u0440\u043a\u0456\u0432 said\u200b on Monday the "
                                 "\u202econvoy\u202c arrived.\x07\n\nTwo trucks \u05e9\u05dc\u05d5\u05dd were "
                                 "unloaded by the evening, the mayor said.\n", encoding="utf-8")
    (d / "bad.jsonl").write_text(json.dumps({"text": _article("run jsonl")}) + "\n{oops\n", encoding="utf-8")
    (d / "deep.html").write_bytes(b"<div>" * 20000 + b"deep" + b"</div>" * 20000)
    (d / "laughs.xml").write_text(_rss('<!DOCTYPE rss [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
                                       _article("run feed") + " &b;"), encoding="utf-8")
    db = str(tmp_path / "run.db")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent / "src"))
    p = subprocess.run([sys.executable, "-m", "sitrep.cli", "run", str(d), "--db", db, "--out",
                        str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=900)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr, p.stderr
    named = [ln for ln in p.stderr.splitlines() if ln.startswith("error ")]
    assert {ln.split(":")[0] for ln in named} >= {f"error {d / 'empty.txt'}", f"error {d / 'random.txt'}",
                                                  f"error {d / 'bad.jsonl'}"}, named
    st = open_store(db)
    try:
        assert st.integrity_check() == []
        texts = [a.text for a in st.articles()]
        assert any("grain terminal" in t for t in texts) and any("coastal road" in t for t in texts)
        assert any("run jsonl" in t for t in texts)
        assert st.unanalysed_ids() == []  # every stored article was analysed
    finally:
        st.close()
    assert (tmp_path / "out").is_dir() and any((tmp_path / "out").iterdir())


# --------------------------------------------------------------------------- links, special files, file names


def test_links_out_of_the_folder_are_skipped_with_a_reason(store):
    """A folder holding links to files elsewhere (think /etc/passwd) must not ingest them; a link that stays
    inside the folder is read; --follow-links reads the outside one when the user asks."""
    outside = store.tmp / "private"
    outside.mkdir()
    secret = outside / "notes.txt"
    secret.write_text(_article("secret ledger"), encoding="utf-8")
    d = store.tmp / "drop"
    d.mkdir()
    (d / "real.txt").write_text(_article("inside original"), encoding="utf-8")
    (d / "passwd.txt").symlink_to(secret)
    (d / "also-real.txt").symlink_to(d / "real.txt")  # inside: read (the same text, so "already stored")
    (d / "etc").symlink_to(outside, target_is_directory=True)
    r, msgs = store.ingest_with_other(d)
    assert r.exit_code == 0, r.output
    assert sorted(m.split(":")[0] for m in msgs) == [f"skipped {d / 'etc'}", f"skipped {d / 'passwd.txt'}"], msgs
    assert any("outside the folders given" in m for m in msgs) and any("not followed" in m for m in msgs)
    texts = store.texts().values()
    assert not any("secret ledger" in t for t in texts)
    assert any("inside original" in t for t in texts)
    r = store.cli("ingest", "--follow-links", str(d))
    assert r.exit_code == 0, r.output
    assert any("secret ledger" in t for t in store.texts().values())


def test_a_link_into_another_folder_given_is_read(store):
    a, b = store.tmp / "a", store.tmp / "b"
    a.mkdir()
    b.mkdir()
    (b / "x.txt").write_text(_article("second root"), encoding="utf-8")
    (a / "to-b.txt").symlink_to(b / "x.txt")
    r = store.cli("ingest", str(a), str(b))
    assert r.exit_code == 0 and "0 skipped" in r.stderr and "1 new articles" in r.stderr, r.output


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_socket_in_a_folder_is_skipped(store):
    d = store.tmp / "with-socket"
    d.mkdir()
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(d / "daemon.sock.txt"))
        (d / "real.txt").write_text(_article("beside a socket"), encoding="utf-8")
        r, msgs = store.ingest_with_other(d)
    finally:
        s.close()
    _one_failure(r, msgs, d / "daemon.sock.txt", "not a regular file", kind="skipped")


def test_a_file_name_that_is_not_utf8_never_loses_the_batch(store):
    """Regression: the store's INSERT raised UnicodeEncodeError on a name with byte 0xFF; the whole batch,
    good files included, was lost, and every rerun crashed the same way."""
    d = store.tmp / "odd names"
    d.mkdir()
    (d / "good.txt").write_text(_article("good neighbour"), encoding="utf-8")
    odd = os.path.join(os.fsencode(d), b"caf\xff report.txt")
    with open(odd, "wb") as f:
        f.write(_article("odd byte name").encode())
    r, msgs = store.ingest_with_other(d)
    assert r.exit_code == 0 and msgs == [], r.output
    texts = store.texts().values()
    assert any("good neighbour" in t for t in texts) and any("odd byte name" in t for t in texts)
    stored = [s for s in store.sources() if "report.txt" in s]
    assert stored == [str(d / "caf\\xff report.txt")]  # the byte kept, in its escaped form
    r = store.cli("ingest", str(d))  # a rerun finds both already stored
    assert r.exit_code == 0 and "2 already stored" in r.stderr, r.output


def test_a_newline_in_a_file_name_cannot_forge_a_message_line(store):
    d = store.tmp / "forge"
    d.mkdir()
    (d / "x.txt\nerror passwd: forged\x1b[2J.txt").write_bytes(b"")
    r = store.cli("ingest", str(d))
    lines = r.stderr.splitlines()
    assert not any(ln.startswith("error passwd") for ln in lines) and "\x1b" not in r.stderr, lines
    assert any(ln.startswith(f"error {d}/x.txt\\nerror passwd: forged\\x1b[2J.txt: empty") for ln in lines), lines


# --------------------------------------------------------------------------- the input budget


def _bomb_file(path: Path, inflated: int, block: bytes) -> None:
    """A .gz whose content is ``block`` repeated to ``inflated`` bytes (compressed in 1 MiB steps)."""
    z = zlib.compressobj(1, zlib.DEFLATED, 31)
    step = block * max(1, (1 << 20) // len(block))
    with open(path, "wb") as f:
        left = inflated
        while left > 0:
            f.write(z.compress(step[:left]))
            left -= len(step)
        f.write(z.flush())


PARA = b"<p>The harbour board met on Tuesday and said the ferry service would resume in the spring.</p>\n"


@pytest.mark.parametrize("name,block", [("paragraphs.html.gz", PARA), ("lines.txt.gz", PARA[3:-5] + b"\n"),
                                        ("feed.xml.gz", b"<item>" + PARA + b"</item>")])
def test_compressed_input_over_the_text_cap_is_refused_before_parsing(store, name, block):
    """Regression: a 1.3 MB .html.gz of 45 MB of paragraphs was inflated to 50 MB and parsed (6 min, 1.8 GB);
    now inflating stops at the text cap (20 MB), before any parse."""
    p = store.tmp / name
    _bomb_file(p, 25 << 20, block)
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "bomb")
    assert "20.0 MB" in msgs[0]


def test_text_over_the_character_cap_is_refused_before_cleaning(store):
    p = store.tmp / "long.txt"
    p.write_text(("The ferry board met and agreed the timetable for the coming season.\n" * 32000), encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "before cleaning")


def test_html_over_the_markup_cap_is_refused_before_extraction(store):
    p = store.tmp / "huge.html"
    p.write_bytes(b"<html><body><article>" + PARA * 60000 + b"</article></body></html>")
    assert p.stat().st_size > 5_000_000
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "characters of HTML")


def test_compressed_jsonl_is_streamed_line_by_line(store):
    p = store.tmp / "lines.jsonl.gz"
    p.write_bytes(gzip.compress(b"".join((json.dumps({"text": _article(f"gz line {i}")}) + "\n").encode()
                                         for i in range(3))))
    r, msgs = store.ingest_with_other(p)
    assert r.exit_code == 0 and msgs == [], msgs
    assert sum("gz line" in t for t in store.texts().values()) == 3


# --------------------------------------------------------------------------- WARC


def _warc(rec_type: str, url: str, payload: bytes, ctype: str = "text/html; charset=utf-8", length: Optional[int] = None
          ) -> bytes:
    head = [f"WARC/1.0", f"WARC-Type: {rec_type}", f"WARC-Target-URI: {url}",
            "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>", "WARC-Date: 2026-01-01T00:00:00Z"]
    if rec_type == "response":
        payload = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + payload
        head.append("Content-Type: application/http; msgtype=response")
    head.append(f"Content-Length: {len(payload) if length is None else length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + payload + b"\r\n\r\n"


def test_a_record_after_a_cut_off_one_is_still_read_and_warcio_stays_quiet(store):
    """Regression: after a record with a bad Content-Length the next good record was lost, and warcio's own
    warnings were printed raw."""
    p = store.tmp / "mixed.warc"
    good1 = _warc("response", "https://a.example/1", _page(_article("warc one")).encode())
    short = _warc("response", "https://a.example/2", _page(_article("warc short")).encode(), length=40)
    long_ = _warc("response", "https://a.example/3", b"<html>cut", length=5000)
    good4 = _warc("response", "https://a.example/4", _page(_article("warc four")).encode())
    good5 = _warc("response", "https://a.example/5", _page(_article("warc five")).encode())
    p.write_bytes(good1 + short + good4 + long_ + good5)
    r, msgs = store.ingest_with_other(p)
    texts = store.texts().values()
    for word in ("warc one", "warc four", "warc five"):
        assert any(word in t for t in texts), (word, msgs)
    assert r.exit_code == 1 and all(m.startswith(f"error {p}") for m in msgs) and len(msgs) <= 3, msgs
    other = [ln for ln in r.stderr.splitlines() if not ln.startswith(("error ", "skipped ")) and "new articles" not in ln]
    assert other == [], other  # nothing from warcio


def test_a_garbage_warc_is_an_error_naming_the_file(store):
    """Regression: WARC/1.0 followed by random bytes was accepted with exit 0 and nothing stored."""
    p = store.tmp / "garbage.warc"
    p.write_bytes(b"WARC/1.0\r\n" + random.Random(7).randbytes(20000))
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "WARC")
    p2 = store.tmp / "only-requests.warc"
    p2.write_bytes(_warc("request", "https://a.example/", b"GET / HTTP/1.1\r\n\r\n", ctype=""))
    r, msgs = store.ingest_with_other(p2)
    _one_failure(r, msgs, p2, "no HTML response")


def test_skipped_warc_records_are_capped_too(store):
    """A record that is not read (an image, a request) still counts: declaring 2 GB stops the file."""
    p = store.tmp / "big-skip.warc"
    p.write_bytes(_warc("response", "https://a.example/1", _page(_article("before big")).encode())
                  + _warc("resource", "https://a.example/img", b"\x89PNG", length=2 * 1024**3))
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "2.0 GB")
    assert any("before big" in t for t in store.texts().values())


def test_warc_header_line_without_end_is_bounded(store):
    p = store.tmp / "longline.warc.gz"
    _bomb_file(p, 64 << 20, b"WARC/1.0\r\nX-Long: " + b"a" * 4000)  # one header line of 64 MB
    r, msgs = store.ingest_with_other(p)
    _one_failure(r, msgs, p, "WARC")


def test_a_file_of_junk_lines_reports_the_first_hundred_then_a_count(store):
    p = store.tmp / "junk.jsonl"
    p.write_text(json.dumps({"text": _article("among junk")}) + "\n" + "not json\n" * 250, encoding="utf-8")
    r, msgs = store.ingest_with_other(p)
    assert len(msgs) == 101 and msgs[-1].startswith(f"error {p}: 150 more bad lines"), msgs[-2:]
    assert any("among junk" in t for t in store.texts().values())


# --------------------------------------------------------------------------- the memory bound, as a property

# SECURITY.md §4: whatever a compressed input holds, ingesting it raises the process's peak memory by less
# than this over a one-article ingest (measured worst case by bench/fuzz.py --hostile, plus headroom)
MEMORY_BOUND_MB = 250

_BLOCKS = {
    "zeros": bytes(4096),
    "paragraphs": PARA,
    "lines": PARA[3:-5] + b"\n",
    "no newline": b"a" * 4096,
    "noise": random.Random(11).randbytes(4096),
}
_HEADS = {
    "txt": b"", "html": b"<html><body><article>", "xml": b"<?xml version='1.0'?><rss version='2.0'><channel>",
    "jsonl": b'{"text": "', "warc": b"",
}


def _warc_prefix(declared: int, rec_type: str) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" if rec_type == "response" else b""
    return (f"WARC/1.0\r\nWARC-Type: {rec_type}\r\nWARC-Target-URI: https://h.example/x\r\n"
            f"Content-Length: {declared}\r\n\r\n").encode() + http


try:
    from hypothesis import HealthCheck, example, given, settings
    from hypothesis import strategies as hst

    _shape = hst.tuples(hst.sampled_from(sorted(_HEADS)), hst.sampled_from(sorted(_BLOCKS)),
                        hst.sampled_from([64 << 10, 8 << 20, 30 << 20, 300 << 20]),
                        hst.sampled_from(["response", "resource", "warcinfo"]),
                        hst.sampled_from([0, 1, 10, 1 << 30, 1 << 40]))
except ImportError:  # pragma: no cover - hypothesis is in the test extra
    given = None


@pytest.mark.slow
@pytest.mark.skipif(given is None, reason="hypothesis not installed")
def test_random_compressed_inputs_never_exceed_the_memory_bound(tmp_path_factory):
    """Random compressed inputs of every format (bombs of zeros, paragraphs, lines, one endless line, noise;
    WARC records of any type declaring any length) in one folder: one subprocess ingests them, its peak RSS
    stays under the documented bound, and every input ends as a record or a clear message, never a crash."""
    tmp = tmp_path_factory.mktemp("bound")
    small = tmp / "small.txt"
    small.write_text(_article("memory baseline"), encoding="utf-8")
    rc, base_mb, err = _peak_rss_mb(["ingest", str(small), "--db", str(tmp / "base.db")])
    assert rc == 0, err
    runs = {"n": 0}

    @settings(max_examples=8, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(hst.lists(_shape, min_size=1, max_size=3))
    # the shapes the review found, always tried: 30 MB of paragraphs in an .html.gz (under the old 50 MB cap
    # it was parsed whole), lines in a .txt.gz, an endless JSONL line, WARC bodies and skipped records
    @example([("html", "paragraphs", 30 << 20, "response", 0)])
    @example([("txt", "lines", 30 << 20, "response", 0), ("warc", "paragraphs", 300 << 20, "response", 1)])
    @example([("jsonl", "no newline", 300 << 20, "response", 0), ("warc", "zeros", 300 << 20, "resource", 1 << 30),
              ("xml", "paragraphs", 30 << 20, "response", 0)])
    def prop(files):  # type: ignore[no-untyped-def]
        runs["n"] += 1
        d = tmp / f"in{runs['n']}"
        d.mkdir()
        for i, (fmt, block, size, rec_type, declared_factor) in enumerate(files):
            p = d / f"f{i}.{fmt}.gz"
            head = _warc_prefix(min(size * declared_factor, 1 << 40) if declared_factor else size, rec_type) \
                if fmt == "warc" else _HEADS[fmt]
            z = zlib.compressobj(1, zlib.DEFLATED, 31)
            step = _BLOCKS[block] * ((1 << 20) // len(_BLOCKS[block]))
            with open(p, "wb") as f:
                f.write(z.compress(head))
                left = size
                while left > 0:
                    f.write(z.compress(step[:left]))
                    left -= len(step)
                f.write(z.flush())
        rc, peak_mb, err = _peak_rss_mb(["ingest", str(d), "--db", str(tmp / f"s{runs['n']}.db")])
        assert "Traceback" not in err and rc in (0, 1), err[-2000:]
        assert peak_mb - base_mb < MEMORY_BOUND_MB, (files, base_mb, peak_mb)
        for p in d.iterdir():
            p.unlink()

    prop()
