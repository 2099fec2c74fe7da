"""A throwaway PostgreSQL cluster in a temporary folder (tests, `gongkai bench county`, `make county`).

Debian's postgresql package: initdb and pg_ctl from /usr/lib/postgresql/<version>/bin. PostgreSQL
refuses to run as root, so as root the cluster runs as `nobody` in a folder it owns. It listens on a
unix socket in that folder only (no TCP port to collide with anyone else's); the random port number
only names the socket.
"""

from __future__ import annotations

import contextlib
import glob
import os
import random
import shutil
import signal
import subprocess
import tempfile
import threading
from pathlib import Path

USER = "gongkai"


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(found[-1]).parent if found else None


def available() -> bool:
    return binaries() is not None


class PgCluster:
    def __init__(self, durable: bool = False, tuned: bool = False):
        bindir = binaries()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (Debian package postgresql)")
        self.bindir = bindir
        self.durable = durable
        self.tuned = tuned
        self.base = Path(tempfile.mkdtemp(prefix="gongkai-pg-"))
        self.data = self.base / "data"
        self.port = random.randint(20000, 60000)
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.base, "nobody", "nogroup")
            os.chmod(self.base, 0o755)
            self.as_user = ["runuser", "-u", "nobody", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self.as_user, *args], capture_output=True, text=True, cwd="/")
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout}\n{done.stderr}")

    def start(self) -> PgCluster:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-c listen_addresses='' -k {self.base} -p {self.port} -c max_connections=200"
        if self.tuned:
            # A bench cluster sized for a night's writes, still durable (fsync, synchronous_commit
            # and full_page_writes stay on): more shared memory, fewer checkpoints, WAL for crash
            # recovery only (no replicas of a throwaway cluster), and fresh planner statistics.
            options += (" -c shared_buffers=256MB -c wal_buffers=16MB -c max_wal_size=4GB -c checkpoint_timeout=30min"
                        " -c wal_level=minimal -c max_wal_senders=0"
                        # The bench starts from empty tables: without statistics the planner keeps
                        # scanning them whole as they grow; analyse them soon and often instead.
                        " -c autovacuum_naptime=5s -c autovacuum_analyze_scale_factor=0.05")
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"),
                  "-o", options, "-w", "-t", "120", "start")
        return self

    def create_database(self, name: str) -> str:
        self._run(str(self.bindir / "createdb"), "-h", str(self.base), "-p", str(self.port), "-U", USER, name)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://{USER}@/{name}?host={self.base}&port={self.port}"

    def postmaster_pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@contextlib.contextmanager
def stop_signals_interrupt():
    """Within the block, SIGTERM and SIGHUP act as Ctrl+C (KeyboardInterrupt in the main thread), so
    the `finally` that stops a cluster also runs when a service manager or `kill` ends the process.
    Later signals are ignored while that cleanup runs, so a second TERM cannot cut it short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    stops = (signal.SIGTERM, signal.SIGHUP)

    def interrupt(_signum, _frame):
        for number in stops:
            signal.signal(number, signal.SIG_IGN)
        raise KeyboardInterrupt

    previous = {number: signal.signal(number, interrupt) for number in stops}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
