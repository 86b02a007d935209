"""The Spark runner's file ranking and byte reader agree with the single-machine reader (no Spark needed)."""
from __future__ import annotations

import gzip
import os

from sitrep.errors import InputError
from sitrep.ingest.inputs import Skipped, iter_inputs
from sitrep.scale.files import order_files, qualify, records_of


def _tree(root):
    files = {
        "b.txt": b"Shelling hit the town on Monday, officials said, and more.",
        "a/z.txt": b"Troops clashed near the river crossing overnight, residents said.",
        "a/b/c.jsonl": b'{"text": "Rebels took the hill on Friday, a monitor said today."}\n{"text": ""}\n',
        "a/notes.md": b"not an input",
        ".hidden/x.txt": b"never read because the folder is hidden",
        "c/.x.txt": b"never read because the name is hidden",
        "skip/y.txt": b"ignored by the .sitrepignore file of the folder given",
        "d.txt.gz": gzip.compress(b"Aid convoys reached the city on Tuesday, the agency said."),
        "e.txt": b"",
        ".sitrepignore": b"skip/\n",
    }
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return files


def _listing(root):
    out = []
    for dirpath, _dirs, names in os.walk(root):
        for n in names:
            out.append(qualify(os.path.join(dirpath, n)))
    return sorted(out, reverse=True)  # any order: ranking must not depend on it


def _single(paths):
    return [(type(x).__name__, x.source, getattr(x, "text", None) or str(x)) for x in iter_inputs(paths)]


def _spark_like(paths, listing):
    out = []
    for f, source, named in order_files(paths, listing):
        data = open(f[len("file:"):], "rb").read()
        out.extend((type(x).__name__, x.source, getattr(x, "text", None) or str(x))
                   for x in records_of(data, source, named))
    return out


def test_folder_order_hidden_ignored_gz_and_errors_match(tmp_path):
    root = tmp_path / "in"
    _tree(root)
    paths = [str(root)]
    single = _single(paths)
    assert [s[1] for s in single][:2] == [str(root / "b.txt"), str(root / "d.txt.gz")]  # files before folders
    assert _spark_like(paths, _listing(root)) == single
    rels = [s[1][len(str(root)):] for s in single]
    assert not any("hidden" in r or "skip/" in r or "/.x" in r for r in rels)


def test_named_files_and_several_inputs_keep_argument_order(tmp_path):
    root = tmp_path / "in"
    _tree(root)
    (root / "top.md").write_bytes(b"A named file of an unknown type is sniffed and read, not skipped.")
    paths = [str(root / "a"), str(root / "b.txt"), str(root / "top.md")]
    listing = [qualify(str(root / "top.md")), qualify(str(root / "b.txt"))] + _listing(root / "a")
    single = _single(paths)
    assert single[0][1].startswith(str(root / "a")) and single[-1][1] == str(root / "top.md")
    assert single[-1][0] == "Record"
    assert _spark_like(paths, listing) == single


def test_records_of_empty_and_broken_gzip():
    assert [type(x) for x in records_of(b"", "x/e.txt", False)] == [InputError]
    errs = list(records_of(b"\x1f\x8bnot gzip", "x/f.txt.gz", False))
    assert len(errs) == 1 and "gzip" in str(errs[0])
    assert isinstance(next(records_of(b"data", "x/n.bin", False)), Skipped)
    assert next(records_of(b"Some words of plain text here.", "x/n.bin", True)).text.startswith("Some words")
