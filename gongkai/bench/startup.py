"""Cold start and memory: spawn the kiosk offscreen, time spawn -> first frame, read its peak RSS."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from gongkai.bench.first_frame import BASELINE, MARKER

# The offscreen platform's screen is 800x800 unless told otherwise; the kiosk screen is 1080p.
SCREEN = {"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}


def child_env(workdir: Path) -> dict[str, str]:
    screen = workdir / "offscreen-screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env.setdefault("QT_QUICK_BACKEND", "software")
    # The kiosk may write its config and the pinyin dictionary: keep them out of the real home.
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_CACHE_HOME"] = str(workdir / "cache")
    return env


def one_cold_start(db: Path | str, env: dict[str, str], tour: Path | None, timeout_s: float = 150) -> dict:
    """One process: its first-frame time measured from the moment before the spawn."""
    argv = [sys.executable, "-m", "gongkai.bench.first_frame", str(db)] + ([str(tour)] if tour else [])
    spawned = time.monotonic()
    proc = subprocess.run(
        argv,
        env=env, capture_output=True, text=True, timeout=timeout_s,
    )
    exited = time.monotonic()
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(MARKER)), None)
    if line is None or proc.returncode != 0:
        raise RuntimeError(f"界面进程没有画出第一帧（退出码 {proc.returncode}）：{proc.stderr.strip()[-800:]}")
    child = json.loads(line[len(MARKER):])
    return {
        "first_frame_s": round(child["first_frame_monotonic"] - spawned, 3),
        "first_frame_cpu_s": child.get("cpu_at_first_frame_s"),
        "process_s": round(exited - spawned, 3),
        "rss_at_first_frame_mb": round(child["rss_at_first_frame_kb"] / 1024, 1),
        "peak_rss_mb": round(child["peak_rss_kb"] / 1024, 1),
        "window": child.get("window"),
        "screens": child.get("screens", []),
        "tour_error": child.get("tour_error"),
        "qml_warnings": _warnings(proc.stderr),
    }


def _warnings(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.strip()][:20]


def measure_startup(db: Path, workdir: Path, runs: int) -> dict:
    from gongkai.bench.navigate import plan_tour

    env = child_env(workdir)
    tour: Path | None = workdir / "tour.json"
    try:
        tour.write_text(json.dumps(plan_tour(db), ensure_ascii=False), encoding="utf-8")
        tour_error = None
    except Exception as exc:  # no tour: the memory figure is then the home screen's only
        tour, tour_error = None, f"{type(exc).__name__}: {exc}"
    samples, baselines = [], []
    for _ in range(runs):  # alternate, so both meet the same noise
        baselines.append(one_cold_start(BASELINE, env, None))
        samples.append(one_cold_start(db, env, tour))
    first_frames = [s["first_frame_s"] for s in samples]
    baseline = statistics.median(b["first_frame_s"] for b in baselines)
    cpu = statistics.median(s["first_frame_cpu_s"] for s in samples)
    baseline_cpu = statistics.median(b["first_frame_cpu_s"] for b in baselines)
    return {
        "first_frame_s": round(statistics.median(first_frames), 3),
        "peak_rss_mb": max(s["peak_rss_mb"] for s in samples),
        "startup": {
            "runs": runs,
            "first_frame_s_each": first_frames,
            "first_frame_s_min": min(first_frames),
            "first_frame_s_max": max(first_frames),
            "baseline_first_frame_s": round(baseline, 3),
            "baseline_first_frame_s_each": [b["first_frame_s"] for b in baselines],
            # CPU seconds (user + system) to the first frame: what the start costs, whatever else runs.
            "first_frame_cpu_s": cpu,
            "baseline_first_frame_cpu_s": baseline_cpu,
            "first_frame_cpu_over_baseline": round(cpu / baseline_cpu, 2),
            "first_frame_over_baseline": round(statistics.median(first_frames) / baseline, 2),
            "rss_at_first_frame_mb": max(s["rss_at_first_frame_mb"] for s in samples),
            "process_s_each": [s["process_s"] for s in samples],
            "window": samples[0]["window"],
            "screens": samples[-1]["screens"],
            "tour_error": tour_error or samples[-1]["tour_error"],
            "stderr": samples[-1]["qml_warnings"],
        },
    }
