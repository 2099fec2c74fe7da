"""`gongkai bench county`: simulated kiosks against the real stack on 127.0.0.1.

For each backend (SQLite, then PostgreSQL in a throwaway durable cluster) the county runs as its
own process (`gongkai serve`); N kiosks, up to `concurrency` at a time, each do one night's traffic:
a heartbeat, an upload of 20 requests with their 20 events, a poll of the county's changes, and the
same upload again (as after a lost acknowledgement). Reported: throughput, p50/p95 latency per call,
requests sent / stored / lost / duplicated, the CPU seconds per kiosk of the server workers, the
database and the load generator, and the time 20,000 kiosks take (measured when N is 20,000,
otherwise extrapolated from the sample and labelled as such).

The load generator shares the machine's cores with the county, so it is kept lean: one keep-alive
HTTP/1.1 connection per concurrent kiosk over plain asyncio streams (uvloop when installed), and
request bodies serialised once as a template that only gets each kiosk's township and id filled in.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from county import pgcluster, service
from county.store import CountyStore, sqlite_url
from kiosk.clock import SystemClock, iso_now

PROVINCE = 20_000
TARGET_SECONDS = 300
PER_KIOSK = 20
_T, _K = "@TOWNSHIP@", "@KIOSK@"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _night(township: str, kiosk: str) -> dict:
    requests, events = [], []
    for n in range(1, PER_KIOSK + 1):
        uuid = f"{township}-{kiosk}-{n}"
        requests.append({"uuid": uuid, "number": f"{township}-{kiosk}-2026-{n:05d}-X", "kiosk_id": kiosk,
                         "updated_at": "2026-11-20T10:00:00+08:00", "received_on": "2026-11-20",
                         "name": "测试申请人", "id_number": "0" * 18, "phone": "13800000000",
                         "description": "2026年耕地地力保护补贴发放名单", "status": "received"})
        events.append({"event_uuid": f"{uuid}-e", "request_uuid": uuid, "kind": "note",
                       "at": "2026-11-20T10:05:00+08:00", "actor": "clerk", "data": {"note": "已受理"}})
    return {"requests": requests, "events": events}


_UPLOAD = json.dumps(_night(_T, _K), ensure_ascii=False).encode()
_HEARTBEAT = json.dumps({"version": "0.1.0", "last_sequence": 1, "free_disk_bytes": 10 << 30,
                         "printer": "ok"}).encode()


def upload_body(township: str, kiosk: str) -> bytes:
    return _UPLOAD.replace(_T.encode(), township.encode()).replace(_K.encode(), kiosk.encode())


class Connection:
    """One keep-alive HTTP/1.1 connection to the county (reconnects when the server closes it)."""

    def __init__(self, port: int):
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, token: str, body: bytes = b"") -> tuple[int, bytes]:
        head = (f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n"
                + (f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n" if method == "POST" else "")
                + "\r\n").encode()
        for attempt in (1, 2):  # a kept-alive connection the server has just closed: once more on a new one
            fresh = self.writer is None
            if fresh:
                self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
            try:
                self.writer.write(head + body)
                status_line_and_headers = await self.reader.readuntil(b"\r\n\r\n")
            except (ConnectionError, asyncio.IncompleteReadError):
                self.close()
                if fresh or attempt == 2:
                    raise
                continue
            lines = status_line_and_headers.split(b"\r\n")
            status, length, close = int(lines[0].split(b" ", 2)[1]), 0, False
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                name = name.lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    close = True
            answer = await self.reader.readexactly(length)
            if close:
                self.close()
            return status, answer
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _kiosk(conn: Connection, token: str, township: str, kiosk: str, latencies: dict, tally: dict) -> None:
    body = upload_body(township, kiosk)

    async def call(name: str, method: str, path: str, payload: bytes = b"") -> bytes:
        started = time.perf_counter()
        try:
            status, answer = await conn.request(method, path, token, payload)
        except (OSError, asyncio.IncompleteReadError):
            status, answer = 0, b""
        latencies[name].append(time.perf_counter() - started)
        if status != 200:
            tally["errors"] += 1
            return b""
        return answer

    await call("heartbeat", "POST", "/api/v1/heartbeat", _HEARTBEAT)
    for name in ("upload", "upload_again"):
        if name == "upload_again":
            await call("changes", "GET", "/api/v1/changes?since=0")
        ack = await call(name, "POST", "/api/v1/upload", body)
        tally["sent"] += PER_KIOSK
        tally["acked"] += len(json.loads(ack).get("requests") or []) if ack else 0


async def _drive(port: int, tokens: list[tuple[str, str, str]], concurrency: int, latencies: dict,
                 tally: dict, progress) -> float:
    todo = iter(tokens)
    done, step = 0, max(1000, len(tokens) // 10)

    async def worker() -> None:
        nonlocal done
        conn = Connection(port)
        try:
            for token, township, kiosk in todo:
                await _kiosk(conn, token, township, kiosk, latencies, tally)
                done += 1
                if done % step == 0:
                    progress(f"  {done} / {len(tokens)} kiosks, {time.perf_counter() - started:.0f} s")
        finally:
            conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(min(concurrency, len(tokens)))))
    return time.perf_counter() - started


def _run_loop(coro):
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)


def _own_seconds(pid: str, ticks_seconds: float) -> float:
    """CPU seconds a live process has run, to the nanosecond where the kernel keeps schedstat."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            # The larger of the two: a kernel without schedstats reports 0 there.
            return max(int(f.read().split()[0]) / 1e9, ticks_seconds)
    except (OSError, IndexError, ValueError):
        return ticks_seconds


def _tree_cpu(root_pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its descendants, live or ended (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            # Its own time from schedstat (nanoseconds: a quick run's database work is often under one
            # 10 ms tick of utime + stime), else utime + stime; and cutime + cstime, what its children that
            # have ended used (a PostgreSQL backend that served one connection counts in its postmaster).
            pid, ppid = int(entry), int(fields[1])
            cpu = _own_seconds(entry, (int(fields[11]) + int(fields[12])) / tick) \
                + (int(fields[13]) + int(fields[14])) / tick
        except (OSError, IndexError, ValueError):
            # A process that ended while it was read (an empty or cut stat): common on a busy machine.
            continue
        children.setdefault(ppid, []).append(pid)
        stats[pid] = cpu
    total, todo = 0.0, [root_pid]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, 0.0)
        todo.extend(children.get(pid, []))
    return total


def _wait_idle(pid: int, timeout: float = 60.0) -> None:
    """Until the server's processes use (almost) no CPU for half a second."""
    deadline, last = time.monotonic() + timeout, _tree_cpu(pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = _tree_cpu(pid)
        if now - last < 0.05:
            return
        last = now


def _own_cpu() -> float:
    t = os.times()
    return t.user + t.system


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def _issue_tokens(store: CountyStore, kiosks: int) -> list[tuple[str, str, str]]:
    """N kiosks, 50 to a township, registered in one transaction (a province's worth in seconds)."""
    import secrets

    at, rows, tokens = iso_now(SystemClock()), [], []
    for i in range(kiosks):
        township, kiosk = f"3624{30000 + i // 50:05d}", f"K{i % 50:02d}"
        token = secrets.token_urlsafe(32)
        rows.append(dict(token_sha256=service.token_hash(token), township=township, kiosk_id=kiosk, created_at=at,
                         public_key=""))
        tokens.append((token, township, kiosk))
    store.add_kiosks(rows)
    return tokens


def run_backend(name: str, url: str, kiosks: int, concurrency: int, progress, workers: int = 1,
                db_pid: int | None = None) -> dict:
    root = Path(tempfile.mkdtemp(prefix=f"gongkai-county-bench-{name}-"))
    store = CountyStore(url)
    tokens = _issue_tokens(store, kiosks)
    port = _free_port()
    env = {**os.environ, service.DB_ENV: url}
    server = subprocess.Popen([sys.executable, "-m", "gongkai", "serve", "--root", str(root), "--port", str(port),
                               "--workers", str(workers)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"county server did not start: {server.stderr.read().decode()[-500:]}") \
                        from None
                time.sleep(0.1)
        _wait_idle(server.pid)  # every worker has imported and opened its store: that CPU is not the night's
        progress(f"county bench: {name}, {kiosks} kiosks, {concurrency} at a time, {workers} server worker(s)")
        latencies: dict[str, list[float]] = {k: [] for k in ("heartbeat", "upload", "changes", "upload_again")}
        tally = {"sent": 0, "acked": 0, "errors": 0}
        cpu_before = _tree_cpu(server.pid), _tree_cpu(db_pid) if db_pid else 0.0, _own_cpu()
        elapsed = _run_loop(_drive(port, tokens, concurrency, latencies, tally, progress))
        cpu_after = _tree_cpu(server.pid), _tree_cpu(db_pid) if db_pid else 0.0, _own_cpu()
    finally:
        server.terminate()
        server.wait(timeout=30)
    counts = store.counts()
    store.close()
    unique = kiosks * PER_KIOSK
    rate = kiosks / elapsed if elapsed else 0.0
    measured = kiosks >= PROVINCE
    province = elapsed * PROVINCE / kiosks if rate else None
    calls = sum(len(v) for v in latencies.values())
    server_cpu, db_cpu, generator_cpu = (after - before for after, before in zip(cpu_after, cpu_before, strict=True))
    cpu_per_kiosk = (server_cpu + db_cpu) / kiosks
    all_per_kiosk = cpu_per_kiosk + generator_cpu / kiosks
    return {
        "backend": name, "kiosks": kiosks, "server_workers": workers, "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "kiosks_per_second": round(rate, 1), "calls_per_second": round(calls / elapsed, 1) if elapsed else 0,
        "requests_sent": tally["sent"], "requests_acknowledged": tally["acked"],
        "requests_stored": counts["requests"], "events_stored": counts["events"],
        "lost": unique - counts["requests"], "duplicated": max(0, counts["requests"] - unique),
        "errors": tally["errors"],
        "latency_ms": {k: {"p50": round(statistics.median(v) * 1000, 1), "p95": round(_percentile(v, 0.95) * 1000, 1)}
                       for k, v in latencies.items() if v},
        # The wall clock of this run: measured for 20,000 kiosks, else scaled from the sample.
        "province_20000_seconds": round(province, 1) if province else None,
        "province_20000_measured": measured,
        "province_20000_seconds_extrapolated": None if measured else (round(province, 1) if province else None),
        # Load-independent: CPU seconds per kiosk of the server workers + database, and with the
        # load generator; what 20,000 kiosks need of this machine's 2 cores (county alone, and all).
        "server_cpu_seconds": round(server_cpu, 2), "database_cpu_seconds": round(db_cpu, 4),
        "generator_cpu_seconds": round(generator_cpu, 2),
        "cpu_ms_per_kiosk": round(cpu_per_kiosk * 1000, 2),
        "cpu_ms_per_kiosk_with_generator": round(all_per_kiosk * 1000, 2),
        "province_20000_seconds_cpu_bound_2_cores": round(PROVINCE * cpu_per_kiosk / 2, 1),
        "province_20000_seconds_cpu_bound_2_cores_with_generator": round(PROVINCE * all_per_kiosk / 2, 1),
        "province_target_met": bool(province and province <= TARGET_SECONDS),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def run_county_bench(kiosks: int, concurrency: int, progress=lambda _m: None, workers: int = 1,
                     backends: tuple[str, ...] = ("sqlite", "postgresql")) -> dict:
    """SQLite with one worker (one writer file: more workers only queue on its lock), PostgreSQL
    with `workers` uvicorn workers, as a province would run it."""
    results, skipped = [], {}
    load_before = [round(x, 2) for x in os.getloadavg()]
    if "sqlite" in backends:
        with tempfile.TemporaryDirectory(prefix="gongkai-county-bench-") as tmp:
            results.append(run_backend("sqlite", sqlite_url(Path(tmp) / "county.db"), kiosks, concurrency, progress))
    if "postgresql" in backends and not pgcluster.available():
        skipped["postgresql"] = "PostgreSQL is not installed (Debian package postgresql)"
    elif "postgresql" in backends:
        with pgcluster.PgCluster(durable=True, tuned=True) as cluster:
            results.append(run_backend("postgresql", cluster.create_database("bench"), kiosks, concurrency,
                                       progress, workers, cluster.postmaster_pid()))
    return {"bench": "county", "per_kiosk": {"heartbeat": 1, "upload": f"{PER_KIOSK} requests + {PER_KIOSK} events",
                                             "changes": 1, "upload_again": 1},
            "target": f"{PROVINCE} kiosks in <= {TARGET_SECONDS} s on PostgreSQL, 0 lost, 0 duplicated",
            "load_average_before": load_before,
            "note": (f"province_20000_seconds is the wall clock of this run when N = {PROVINCE}, otherwise "
                     f"scaled from the sample of N kiosks (province_20000_measured says which). The load generator "
                     "shares the machine's cores with the county. *_cpu_bound_2_cores = "
                     f"{PROVINCE} x CPU seconds per kiosk / 2 cores: the county alone (kiosks elsewhere) and "
                     "with the generator; less noisy than the wall clock on a shared machine. PostgreSQL runs "
                     "durable (fsync and synchronous_commit on)."),
            "skipped": skipped, "backends": results}
