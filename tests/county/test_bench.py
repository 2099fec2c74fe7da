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
                          capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    backends = {b["backend"]: b for b in result["backends"]}
    assert set(backends) == {"sqlite", "postgresql"}
    for b in backends.values():
        assert b["requests_sent"] == 2 * b["requests_stored"] == 2 * 4 * 20, "each kiosk re-uploaded once"
        assert b["lost"] == 0 and b["duplicated"] == 0 and b["errors"] == 0
        assert b["latency_ms"]["upload"]["p95"] >= b["latency_ms"]["upload"]["p50"] > 0
        assert b["province_20000_seconds_extrapolated"] > 0
        assert b["cpu_ms_per_kiosk"] > 0 and b["province_20000_seconds_cpu_bound_2_cores"] > 0
    assert backends["postgresql"]["database_cpu_seconds"] > 0, "the database's own CPU is counted"
