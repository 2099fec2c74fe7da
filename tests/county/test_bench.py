"""`gongkai bench county --quick`: both backends measured in one run, nothing lost or duplicated."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import GONGKAI


@pytest.mark.slow
def test_county_bench_quick_reports_both_backends(tmp_path):
    out = tmp_path / "county.json"
    done = subprocess.run([*GONGKAI, "bench", "county", "--quick", "--kiosks", "4", "--json", str(out)],
                          capture_output=True, text=True, timeout=900)  # a loaded machine: initdb alone can crawl
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    backends = {b["backend"]: b for b in result["backends"]}
    assert set(backends) == {"sqlite", "postgresql"}
    for b in backends.values():
        assert b["errors"] == 0, json.dumps(b, ensure_ascii=False)  # what went wrong, when it does
        assert b["requests_sent"] == 2 * b["requests_stored"] == 2 * 4 * 20, "each kiosk re-uploaded once"
        assert b["lost"] == 0 and b["duplicated"] == 0 and b["errors"] == 0
        assert b["latency_ms"]["upload"]["p95"] >= b["latency_ms"]["upload"]["p50"] > 0
        assert b["province_20000_seconds_extrapolated"] > 0
        assert b["cpu_ms_per_kiosk"] > 0 and b["province_20000_seconds_cpu_bound_2_cores"] > 0
    assert backends["postgresql"]["database_cpu_seconds"] > 0, "the database's own CPU is counted"


def test_process_cpu_survives_processes_ending_while_it_reads(monkeypatch):
    """Under load other processes end while /proc is read: an empty or cut stat file must not end the bench."""
    import builtins
    import io
    import os

    from gongkai.bench import county as bench

    real_open = builtins.open
    ended = {str(pid) for pid in map(int, filter(str.isdigit, os.listdir("/proc"))) if pid != os.getpid()}

    def open_(path, *args, **kwargs):
        parts = str(path).split("/")
        if len(parts) == 4 and parts[1] == "proc" and parts[3] == "stat" and parts[2] in ended:
            return io.StringIO("" if int(parts[2]) % 2 else "123 (gone")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", open_)
    assert bench._tree_cpu(os.getpid()) > 0
