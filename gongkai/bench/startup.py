"""Cold start and memory: spawn the kiosk offscreen, time spawn -> first frame, read its peak RSS.

Both children (the kiosk and the bare Qt Quick window) start as on a kiosk's every start: with the
bytecode that the package's postinst compiles, and with the QML disk cache that an earlier start left.
The first start of all (no QML cache yet: the start right after an install or update) is untimed for
the ratio but reported on its own. Then the same pairs again, both pinned to one core.
"""

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
    # Bytecode as on a kiosk (its postinst runs compileall), kept out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


APP_PACKAGES = ("kiosk", "ui", "sync", "gongkai")


def compile_bytecode(env: dict[str, str]) -> None:
    """What the package's postinst does (compileall), into the children's pycache prefix."""
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0",
                    *(str(root / name) for name in APP_PACKAGES)],
                   env=env, capture_output=True, timeout=300, check=False)


def one_core() -> int:
    """The first core this process may run on: both children are pinned to it for the one-core figure."""
    return min(os.sched_getaffinity(0))


def one_cold_start(db: Path | str, env: dict[str, str], tour: Path | None, timeout_s: float = 150,
                   core: int | None = None) -> dict:
    """One process: its first-frame time measured from the moment before the spawn (on `core` alone if given)."""
    argv = [sys.executable, "-m", "gongkai.bench.first_frame", str(db)] + ([str(tour)] if tour else [])
    pin = (lambda: os.sched_setaffinity(0, {core})) if core is not None else None
    spawned = time.monotonic()
    proc = subprocess.run(
        argv,
        env=env, capture_output=True, text=True, timeout=timeout_s, preexec_fn=pin,
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
    compile_bytecode(env)
    # The first start of each: no QML disk cache yet (as right after an install); not in the ratio.
    first_baseline = one_cold_start(BASELINE, env, None)
    first = one_cold_start(db, env, None)
    samples, baselines = [], []
    for _ in range(runs):  # alternate, so both meet the same noise
        baselines.append(one_cold_start(BASELINE, env, None))
        samples.append(one_cold_start(db, env, tour))
    core = one_core()
    pinned, pinned_baselines = [], []
    for _ in range(runs):
        pinned_baselines.append(one_cold_start(BASELINE, env, None, core=core))
        pinned.append(one_cold_start(db, env, None, core=core))
    one_core_s = statistics.median(s["first_frame_s"] for s in pinned)
    one_core_baseline_s = statistics.median(b["first_frame_s"] for b in pinned_baselines)
    first_frames = [s["first_frame_s"] for s in samples]
    baseline = statistics.median(b["first_frame_s"] for b in baselines)
    cpu = statistics.median(s["first_frame_cpu_s"] for s in samples)
    baseline_cpu = statistics.median(b["first_frame_cpu_s"] for b in baselines)
    return {
        "first_frame_s": round(statistics.median(first_frames), 3),
        "first_frame_ratio": round(statistics.median(first_frames) / baseline, 2),
        "first_frame_cpu_ratio": round(cpu / baseline_cpu, 2),
        "first_frame_one_core_ratio": round(one_core_s / one_core_baseline_s, 2),
        "rss_at_first_frame_mb": max(s["rss_at_first_frame_mb"] for s in samples),
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
            # Both children pinned to one core (taskset -c N): a one-core kiosk, or a busy second core.
            "one_core": {
                "core": core,
                "first_frame_s": round(one_core_s, 3),
                "first_frame_s_each": [s["first_frame_s"] for s in pinned],
                "baseline_first_frame_s": round(one_core_baseline_s, 3),
                "baseline_first_frame_s_each": [b["first_frame_s"] for b in pinned_baselines],
                "first_frame_cpu_s": statistics.median(s["first_frame_cpu_s"] for s in pinned),
                "baseline_first_frame_cpu_s": statistics.median(b["first_frame_cpu_s"] for b in pinned_baselines),
                "first_frame_over_baseline": round(one_core_s / one_core_baseline_s, 2),
            },
            # The very first start, before any QML disk cache (right after an install or an update).
            "first_start": {
                "first_frame_s": first["first_frame_s"],
                "first_frame_cpu_s": first["first_frame_cpu_s"],
                "baseline_first_frame_s": first_baseline["first_frame_s"],
                "baseline_first_frame_cpu_s": first_baseline["first_frame_cpu_s"],
            },
            "process_s_each": [s["process_s"] for s in samples],
            "window": samples[0]["window"],
            "screens": samples[-1]["screens"],
            "tour_error": tour_error or samples[-1]["tour_error"],
            "stderr": samples[-1]["qml_warnings"],
        },
    }
