"""Walk the whole kiosk once and list the Qt files it loaded: the source of installer/qt-keep.txt and the
package build's check that nothing the kiosk loads was pruned.

    python installer/qt_walk.py DB [--loaded FILE]

It starts the kiosk UI the way `gongkai run` does (ui.app.KioskUi) on the platform QT_QPA_PLATFORM names,
then opens every resident page (each home tile and the pages under it, the photo viewer, 搜索 with the
virtual keyboard up and pinyin typed into it, 政策找人), the staff login and 朗读's engine, and
exits. Every QML warning is printed; a warning that a module, plugin or library is missing makes the walk
fail (exit 1), so a build that pruned something the kiosk needs fails at build time, not on a kiosk.

--loaded FILE writes the PySide6/shiboken6 files that were mapped into the process (from /proc/self/maps),
one path a line relative to site-packages, plus the PySide6 Python modules that were imported.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

# Problems that mean "the package lacks something", as Qt words them.
MISSING_MARKERS = ("is not installed", "not a type", "Cannot load library", "cannot open shared object",
                   "Could not load the Qt platform plugin", "No such file or directory", "failed to load",
                   "plugin cannot be loaded", "Failed to load", "is unavailable")


# What must have been loaded by the end of the walk: the on-screen keyboard and its pinyin engine. Without
# them Qt says nothing (it falls back to no keyboard), so their absence is checked, not their errors.
REQUIRED = ("platforminputcontexts/libqtvirtualkeyboardplugin.so", "VirtualKeyboard/Plugins/Pinyin/libqtvkbpinyinplugin.so")


def loaded_files(site_packages: Path) -> list[str]:
    """Files under site-packages/PySide6 and shiboken6 mapped into this process, relative to site-packages."""
    found: set[str] = set()
    prefix = str(site_packages) + os.sep
    with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        for line in maps:
            parts = line.split(None, 5)
            if len(parts) == 6:
                path = parts[5].strip()
                if path.startswith(prefix) and path[len(prefix):].split(os.sep)[0] in ("PySide6", "shiboken6"):
                    found.add(os.path.realpath(path)[len(prefix):] if os.path.realpath(path).startswith(prefix)
                              else path[len(prefix):])
    found |= {f"PySide6/{name.split('.', 1)[1]}.abi3.so" for name in sys.modules
              if name.startswith("PySide6.Qt") and name.count(".") == 1}
    return sorted(found)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--loaded", type=Path, default=None)
    args = parser.parse_args(argv)

    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="qt-walk-config-"))
    messages: list[str] = []

    from PySide6.QtCore import Q_ARG, QMetaObject, QtMsgType, qInstallMessageHandler

    def handler(kind, _context, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            messages.append(text)
            print(f"qt: {text}", file=sys.stderr)

    qInstallMessageHandler(handler)

    from gongkai.bench.navigate import plan_tour
    from kiosk.config import Config
    from ui.app import KioskUi, ensure_app

    app = ensure_app()
    ui = KioskUi(args.db, windowed=True, config=Config(), speech_dir=Path(tempfile.mkdtemp(prefix="qt-walk-")))
    window = ui.window

    def settle(ms: int = 150) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def call(name: str, *values) -> None:
        QMetaObject.invokeMethod(window, name, *[Q_ARG("QVariant", v) for v in values])
        settle()

    settle(500)
    opened = 0
    for step in plan_tour(args.db):
        if step["call"] == "search":
            ui.search.setProperty("query", step["args"][0])
            QMetaObject.invokeMethod(ui.search, "runNow")
            settle()
        else:
            call(step["call"], *step["args"])
        opened += 1
    for target in ("apply", "status", "eligibility", "my-payouts"):
        call("openTarget", target, "")
        call("goHome")
        opened += 1
    # The keyboard with its pinyin engine: the search page brings it up.
    call("openSearch")
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().show()
    settle(800)
    # The keyboard panel loaded the pinyin engine (PinyinDecoderService) on the way up.
    call("goHome")
    # The staff area's login page (the emblem's hidden gesture opens it).
    call("openStaff")
    settle(400)
    call("closeStaff")
    # 朗读's engine is a child process; starting it loads nothing of Qt's, but proves the path.
    ui.speech.speakText("测试")
    settle(200)
    ui.speech.stop()

    import PySide6

    loaded = loaded_files(Path(PySide6.__file__).resolve().parent.parent)
    if args.loaded is not None:
        args.loaded.write_text("\n".join(loaded) + "\n", encoding="utf-8")
    ui.close()
    missing = [m for m in messages if any(marker in m for marker in MISSING_MARKERS)]
    missing += [f"{name} was never loaded" for name in REQUIRED if not any(f.endswith(name) for f in loaded)]
    print(f"qt-walk: {opened} pages opened on {app.platformName()}; {len(messages)} Qt warnings, "
          f"{len(missing)} about something missing", file=sys.stderr)
    for line in missing:
        print(f"qt-walk: MISSING: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
