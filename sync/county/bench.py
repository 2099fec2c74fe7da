"""`gongkai bench county`: simulated kiosks against the real stack on 127.0.0.1.

For each backend (SQLite, then PostgreSQL in a throwaway durable cluster) the county runs as its
own process (`gongkai serve`); N kiosks, up to `concurrency` at a time, each do one night's traffic:
a heartbeat, an upload of 20 requests with their 20 events, a poll of the county's changes, and the
same upload again (as after a lost acknowledgement). Reported: throughput, p50/p95 latency per call,
requests sent / stored / lost / duplicated, and the time 20,000 kiosks would take at the measured
rate (an extrapolation from the sample, and labelled as one).
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from kiosk.clock import SystemClock
from sync.county import pgcluster, service
from sync.county.store import CountyStore, sqlite_url

PROVINCE = 20_000
TARGET_SECONDS = 300
PER_KIOSK = 20


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


async def _kiosk(client: httpx.AsyncClient, token: str, township: str, kiosk: str, latencies: dict,
                 tally: dict) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    body = _night(township, kiosk)

    async def call(name: str, method: str, path: str, **kw):
        started = time.perf_counter()
        answer = await client.request(method, path, headers=headers, **kw)
        latencies.setdefault(name, []).append(time.perf_counter() - started)
        if answer.status_code != 200:
            tally["errors"] += 1
            return {}
        return answer.json()

    await call("heartbeat", "POST", "/api/v1/heartbeat",
               json={"version": "0.1.0", "last_sequence": 1, "free_disk_bytes": 10 << 30, "printer": "ok"})
    for name in ("upload", "upload_again"):
        if name == "upload_again":
            await call("changes", "GET", "/api/v1/changes", params={"since": 0})
        ack = await call(name, "POST", "/api/v1/upload", json=body)
        tally["sent"] += len(body["requests"])
        tally["acked"] += len(ack.get("requests") or [])


def _tree_cpu(root_pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its live descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        stats[pid] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [root_pid]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, 0.0)
        todo.extend(children.get(pid, []))
    return total


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def run_backend(name: str, url: str, kiosks: int, concurrency: int, progress, workers: int = 1,
                db_pid: int | None = None) -> dict:
    root = Path(tempfile.mkdtemp(prefix=f"gongkai-county-bench-{name}-"))
    store = CountyStore(url)
    tokens = []
    for i in range(kiosks):
        township, kiosk = f"3624{30000 + i // 50:05d}", f"K{i % 50:02d}"
        tokens.append((service.issue_token(store, township, kiosk, SystemClock()), township, kiosk))
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
        progress(f"county bench: {name}, {kiosks} kiosks, {concurrency} at a time, {workers} server worker(s)")
        latencies: dict[str, list[float]] = {}
        tally = {"sent": 0, "acked": 0, "errors": 0}

        async def main() -> float:
            limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=120, limits=limits) as client:
                gate = asyncio.Semaphore(concurrency)

                async def one(entry):
                    async with gate:
                        await _kiosk(client, entry[0], entry[1], entry[2], latencies, tally)

                started = time.perf_counter()
                await asyncio.gather(*(one(t) for t in tokens))
                return time.perf_counter() - started

        cpu_before = _tree_cpu(server.pid), _tree_cpu(db_pid) if db_pid else 0.0
        elapsed = asyncio.run(main())
        cpu_after = _tree_cpu(server.pid), _tree_cpu(db_pid) if db_pid else 0.0
    finally:
        server.terminate()
        server.wait(timeout=30)
    counts = store.counts()
    store.close()
    unique = kiosks * PER_KIOSK
    rate = kiosks / elapsed if elapsed else 0.0
    province = PROVINCE / rate if rate else None
    calls = sum(len(v) for v in latencies.values())
    server_cpu, db_cpu = cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]
    cpu_per_kiosk = (server_cpu + db_cpu) / kiosks
    return {
        "backend": name, "kiosks": kiosks, "server_workers": workers, "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "kiosks_per_second": round(rate, 1), "calls_per_second": round(calls / elapsed, 1) if elapsed else 0,
        "requests_sent": tally["sent"], "requests_acknowledged": tally["acked"],
        "requests_stored": counts["requests"], "events_stored": counts["events"],
        "lost": unique - counts["requests"], "duplicated": max(0, counts["requests"] - unique),
        "errors": tally["errors"],
        "latency_ms": {k: {"p50": round(statistics.median(v) * 1000, 1), "p95": round(_percentile(v, 0.95) * 1000, 1)}
                       for k, v in sorted(latencies.items())},
        "province_20000_seconds_extrapolated": round(province, 1) if province else None,
        # Load-independent: CPU the county (server workers + database) spent per kiosk, and what
        # 20,000 kiosks need of this machine's 2 cores when the kiosks are not on the same box.
        "server_cpu_seconds": round(server_cpu, 2), "database_cpu_seconds": round(db_cpu, 2),
        "cpu_ms_per_kiosk": round(cpu_per_kiosk * 1000, 1),
        "province_20000_seconds_cpu_bound_2_cores": round(PROVINCE * cpu_per_kiosk / 2, 1),
        "province_target_met": bool(province and province <= TARGET_SECONDS),
    }


def run_county_bench(kiosks: int, concurrency: int, progress=lambda _m: None, workers: int = 1) -> dict:
    """SQLite with one worker (one writer file: more workers only queue on its lock), PostgreSQL
    with `workers` uvicorn workers, as a province would run it."""
    results = []
    with tempfile.TemporaryDirectory(prefix="gongkai-county-bench-") as tmp:
        results.append(run_backend("sqlite", sqlite_url(Path(tmp) / "county.db"), kiosks, concurrency, progress))
    if pgcluster.available():
        with pgcluster.PgCluster(durable=True) as cluster:
            results.append(run_backend("postgresql", cluster.create_database("bench"), kiosks, concurrency,
                                       progress, workers, cluster.postmaster_pid()))
    return {"bench": "county", "per_kiosk": {"heartbeat": 1, "upload": f"{PER_KIOSK} requests + {PER_KIOSK} events",
                                             "changes": 1, "upload_again": 1},
            "note": (f"province_20000_seconds_extrapolated = {PROVINCE} / measured kiosks_per_second (load generator on "
             "the same 2 cores, so a pessimistic figure); province_20000_seconds_cpu_bound_2_cores = "
             f"{PROVINCE} x county CPU per kiosk / 2 cores (server + database only). Both are extrapolated from "
             "the sample of N kiosks, not a full 20,000-kiosk run."),
            "backends": results}
