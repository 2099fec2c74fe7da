"""The clerk's path, scripted: log the README's example request by tapping the on-screen keyboard.

The real kiosk UI (ui.app.KioskUi, Main.qml with its InputPanel) runs offscreen; the walkthrough opens
the staff area, taps 新登记, then for each field taps the field and then, character by character, the
keyboard's own key items (found in the visual tree by what they type, as a clerk finds them by eye).
A Chinese word is typed as pinyin and picked from the candidate bar; a character the visible layout
lacks costs the taps on the layout-switch key (&123 / ABC) that bring it up. So whichever keypad a
field brings up (digits for an ID number, a dial pad for a phone) shows in the count by itself.
Walk-in defaults (当面, today, 纸质, 当面领取) need no tap. Every tap is a real mouse press and release
on the window; the count is of those.

With GONGKAI_WALK_XDOTOOL=1 under an X server (xvfb-run) each tap is a real X click sent with
xdotool instead of a synthesised Qt event.

`intake_seconds` is the time a clerk would need at a fixed rate of TAP_SECONDS per tap, plus the time
the application itself spent between taps (measured). Run as
`python -m gongkai.bench.intake_walk WORKDIR` it prints one JSON line after MARKER.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from gongkai.bench.clerk_taps import Clerk, Walk

MARKER = "INTAKE_WALK "
TAP_SECONDS = 1.2  # a clerk finding and pressing one key on a touchscreen
CLERK = ("wang", "王芳", "246810")

# The README's example request: (field, text, the pinyin a clerk types for each Chinese run of it).
README_REQUEST = (
    ("name", "王秀英", {"王秀英": "wangxiuying"}),
    ("id_number", "11010519491231002X", {}),
    ("phone", "13907961234", {}),
    ("address", "东岭村3组", {"东岭村": "donglingcun", "组": "zu"}),  # or the village and group chips
    ("description", "2026年低保审核名单", {"年": "nian", "低保审核名单": "dibaoshenhemingdan"}),
)
VILLAGES = tuple((f"3624301012{i:02d}", v) for i, v in enumerate(
    ("东岭村", "西溪村", "和平村", "龙泉社区", "南山村", "北坑村", "上湾村", "下湾村", "石桥村", "青禾社区")))
RETURNING_REQUEST = (  # the same applicant, back with a new request: details reused by ID number
    ("id_number", "11010519491231002X", {}),
    ("@reuseApplicant", "", {}),
    ("description", "2026年低保审核名单", {"年": "nian", "低保审核名单": "dibaoshenhemingdan"}),
)
CHIP_PREFIXES = ("village_", "group_", "year_", "suggestion_")  # the form's one-tap picks, by what they show
_CJK_RUN = re.compile("[\u3400-\u9fff]+")


def _chips(clerk: Clerk) -> list[tuple[str, object]]:
    return [(str(i.property("label") or i.objectName().split("_", 1)[1]), i) for i in clerk._items()
            if i.objectName().startswith(CHIP_PREFIXES) and i.width() > 0]


def _chip_result(current: str, label: str, prefix: str) -> str:
    """What the field holds after tapping a chip (the form's rules: a year goes in front, a village
    starts the address, a group follows the village, a suggestion follows the year)."""
    if prefix == "year_":
        return label + current
    if prefix == "suggestion_":
        year = re.match(r"^\s*\d{4}年度?", current)
        return (year.group(0) if year and not re.search(r"\d{4}年", label) else "") + label
    return current + label if prefix == "group_" else label


def pick_chips(clerk: Clerk, target, text: str, what: str) -> None:
    """Tap the on-screen chips that bring the field closer to `text`, as a clerk does by eye."""
    for _round in range(4):
        current = str(target.property("text") or "")
        best = None
        for label, item in _chips(clerk):
            prefix = next(p for p in CHIP_PREFIXES if item.objectName().startswith(p))
            after = _chip_result(current, label, prefix)
            if len(after) > len(current) and text.startswith(after) and (best is None or len(after) > best[0]):
                best = (len(after), label, item)
        if best is None:
            return
        clerk.scroll_to(best[2], best[1])
        clerk.tap(best[2], best[1])
        clerk.wait(lambda t=target, n=best[0]: len(str(t.property("text") or "")) == n and clerk.keys(),
                   f"{best[1]} in the {what} field")


def walkthrough(ui, steps=README_REQUEST) -> Walk:
    """Open the staff area, log in, and log one request; returns the taps counted from 新登记 to 保存."""
    walk = Walk()
    clerk = Clerk(ui, walk)
    root = ui.engine.rootObjects()[0]
    root.openStaff()
    clerk.wait(lambda: ui.staff.page == "login", "the staff login page")
    if not ui.staff.login(CLERK[0], CLERK[2]):  # login is not part of logging a request
        raise RuntimeError(f"login failed: {ui.staff.loginMessage}")
    clerk.pump(100)
    clerk.tap(clerk.named("nav_intake"), "新登记")
    clerk.wait(lambda: ui.staff.page == "intake", "the intake page")
    clerk.pump(100)
    for name, text, pinyins in steps:
        if name.startswith("@"):
            button = clerk.named(name[1:])
            clerk.scroll_to(button, name[1:])
            clerk.tap(button, name[1:])
            continue
        target = clerk.named(f"field_{name}")
        if not target.hasActiveFocus():  # the form may have moved on to it by itself
            clerk.go_to(target, name)
        clerk.wait(lambda: clerk.keys(), "the on-screen keyboard")
        pick_chips(clerk, target, text, name)
        rest = text[len(str(target.property("text") or "")):]
        clerk.type_text(rest, tuple(pinyins[run] for run in _CJK_RUN.findall(rest)))
        got = str(target.property("text") or "")
        if got != text:
            raise RuntimeError(f"{name}: typed {got!r}, wanted {text!r}; taps: {' '.join(walk.log)}")
    clerk.tap(clerk.named("saveButton"), "保存")
    clerk.wait(lambda: ui.staff.intake.savedNumber != "" or ui.staff.intake.formMessage != "", "the save")
    if not ui.staff.intake.savedNumber:
        raise RuntimeError(f"not saved: {ui.staff.intake.formMessage} {dict(ui.staff.intake.errors)} "
                           f"{ui.staff.intake.applicantMessage}")
    return walk


def seed(db_path: Path, clock, *, returning: bool) -> None:
    from kiosk.config import Config
    from kiosk.requests.service import create_request
    from kiosk.store import open_store, township_repo
    from kiosk.trust import staff

    db = open_store(db_path)
    try:
        township_repo.save_township(db, {
            "code": "362430101", "name": "青禾镇", "county": "清溪县", "office_name": "青禾镇人民政府党政综合办公室",
            "office_address": "青禾镇和平路18号", "office_phone": "0796-6123456", "office_hours": "",
            "postcode": "343800", "public_base_url": "",
        })
        for seq, (code, village) in enumerate(VILLAGES):
            township_repo.add_village(db, code, village, "community" if village.endswith("社区") else "village", seq)
        staff.add_staff(db, clock, staff.Actor.system("bench"), CLERK[0], CLERK[1], "clerk", CLERK[2])
        if returning:
            create_request(db, clock, Config(), staff.Actor(CLERK[0], "clerk", CLERK[1]), {
                "applicant_type": "person", "name": "王秀英", "id_type": "resident_id",
                "id_number": "11010519491231002X", "phone": "13907961234", "address": "东岭村3组",
                "description": "2025年临时救助发放情况", "delivery_form": "paper", "delivery_method": "pickup",
                "channel": "in_person", "received": "2026-03-02",
            })
    finally:
        db.close()


def run_walk(workdir: Path, *, returning: bool = False) -> dict:
    """One walkthrough in this process (a QGuiApplication is created if there is none)."""
    from kiosk.clock import FixedClock
    from kiosk.config import Config
    from ui.app import KioskUi, ensure_app

    clock = FixedClock("2026-11-22T10:00:00+08:00")
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / ("returning.db" if returning else "walk-in.db")
    db_path.unlink(missing_ok=True)
    seed(db_path, clock, returning=returning)
    ensure_app()
    config = Config(printer=f"escpos-file:{workdir / 'receipt.bin'}",
                    public_status_base="https://gongkai.example-county.gov.cn")
    ui = KioskUi(db_path, clock=clock, windowed=True, config=config, size=(1920, 1080))
    try:
        ui.window.resize(1920, 1080)
        ui.window.show()
        ui.window.requestActivate()  # a real X display without a window manager: focus needs an active window
        Clerk(ui, Walk()).wait(lambda: ui.window.isExposed() and ui.window.isActive(), "the window to be active")
        walk = walkthrough(ui, RETURNING_REQUEST if returning else README_REQUEST)
        number = ui.staff.intake.savedNumber
        ui.staff.printer.wait()
        shot_dir = os.environ.get("GONGKAI_BENCH_INTAKE_PNG_DIR")  # to look at the receipt panel afterwards
        if shot_dir:
            Clerk(ui, Walk()).pump(500)
            ui.window.grabWindow().save(str(Path(shot_dir) / f"intake-{'returning' if returning else 'walk-in'}.png"))
    finally:
        ui.close()
    return {"taps": walk.taps, "app_s": round(walk.app_seconds, 2),
            "seconds": round(walk.taps * TAP_SECONDS + walk.app_seconds, 1), "number": number, "log": walk.log}


def measure_intake(workdir: Path, timeout_s: float = 600) -> dict:
    """Both walkthroughs in a child process (offscreen, 1920x1080, a fresh pinyin dictionary)."""
    import subprocess

    from gongkai.bench.startup import child_env

    workdir.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run([sys.executable, "-m", "gongkai.bench.intake_walk", str(workdir)], env=child_env(workdir),
                          capture_output=True, text=True, timeout=timeout_s)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith(MARKER)), None)
    if line is None or proc.returncode != 0:
        raise RuntimeError(f"登记演练没有完成（退出码 {proc.returncode}）：{proc.stderr.strip()[-800:]}")
    walks = json.loads(line[len(MARKER):])
    first, returning = walks["walk_in"], walks["returning"]
    return {
        "intake_taps": first["taps"], "intake_seconds": first["seconds"],
        "intake_taps_returning": returning["taps"], "intake_seconds_returning": returning["seconds"],
        "intake": {"tap_seconds": TAP_SECONDS, "walk_in": first, "returning": returning},
    }


def main(argv: list[str]) -> int:
    workdir = Path(argv[1])
    # A fresh pinyin user dictionary, as on a new kiosk: what earlier runs learned must not help.
    os.environ["XDG_CONFIG_HOME"] = str(workdir / "config")
    os.environ["XDG_CACHE_HOME"] = str(workdir / "cache")
    walk_in = run_walk(workdir / "walk-in")
    returning = run_walk(workdir / "returning", returning=True)
    print(MARKER + json.dumps({"walk_in": walk_in, "returning": returning}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
