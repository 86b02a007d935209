"""Start a throw-away local PostgreSQL (Debian's packages) for the store tests, or say why not."""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from typing import Optional


def find_bin() -> Optional[str]:
    cands = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(cands[-1]) if cands else None


def why_not() -> Optional[str]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed"
    if not find_bin():
        return "no PostgreSQL server installed (apt-get install postgresql)"
    return None


class PgServer:
    """initdb + pg_ctl in a temp folder, reachable on a Unix socket only (no TCP)."""

    def __init__(self) -> None:
        self.bin = find_bin()
        self.dir = tempfile.mkdtemp(prefix="sitrep-pg-")
        self.user_cmd: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            self.user_cmd = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.dir, "postgres")
        self.data = os.path.join(self.dir, "data")
        self.port = 54329

    def _run(self, *args: str) -> None:
        subprocess.run(self.user_cmd + list(args), check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        self._run(f"{self.bin}/initdb", "-D", self.data, "-U", "postgres", "-A", "trust")
        self._run(f"{self.bin}/pg_ctl", "-D", self.data, "-w", "-l", os.path.join(self.dir, "log"), "-o",
                  f"-k {self.dir} -p {self.port} -c listen_addresses=''", "start")
        return f"postgresql:///postgres?host={self.dir}&port={self.port}&user=postgres"

    def new_db(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"postgresql:///postgres?host={self.dir}&port={self.port}&user=postgres",
                             autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}"')
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql:///{name}?host={self.dir}&port={self.port}&user=postgres"

    def stop(self) -> None:
        try:
            self._run(f"{self.bin}/pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
