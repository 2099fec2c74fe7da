"""Three residents at the kiosk, in 长辈模式 and portrait, tapping the on-screen keys (issue 24's live walk).

    python -m gongkai.bench.resident_walk --out DIR [--xdotool] [--db DEMO.db]

a. 村里修路的钱花哪了, typed in search (pinyin, picked from the candidate bar), to the village
   项目资金使用情况 notice;
b. a farmer whose house a storm damaged, through 政策找人, to 打印带走: the slip is a PDF (the demo's
   `pdf-file:` printer), rasterised with pdftoppm and its QR read with zbarimg;
c. an elderly woman writes a comment on the open 意见征集 draft, agrees to leave her name and types it,
   姜志兰, one character at a time from the candidate bar, paging with its › button.

Every tap is one press of one finger (the keyboard's own key items, found by what they type, as
gongkai.bench.clerk_taps does for the clerk); with --xdotool each is a real X click (run under
`xvfb-run -s "-screen 0 1080x1920x24"` with QT_QPA_PLATFORM=xcb). A screenshot is saved after every
step. It prints one JSON line per journey after MARKER: the taps, where it ended, the shots.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from gongkai.bench.clerk_taps import Clerk, Walk

MARKER = "RESIDENT_WALK "
SIZE = (1080, 1920)
CLOCK = "2026-11-22T10:00:00+08:00"  # the demo's "today" (gongkai demo --as-of 2026-11-22)

ROAD_QUESTION = "村里修路的钱花哪了"
ROAD_PINYIN = ("cunli", "xiulu", "de", "qian", "hua", "na", "le")
ROAD_NOTICE = "项目资金使用情况"

# The storm-damaged farmer: 50s, rural hukou, no one in the family to mention, a disaster and a damaged
# house this year, farmland, the rural residents' pension (question id -> the answers he taps).
STORM_FARMER = {"age": ["under60"], "hukou": ["rural"], "family": [], "events": ["disaster", "house"],
                "land": ["farmland"], "pension": ["resident"]}
SLIP_FIELDS = ("为什么：", "带什么：", "去哪里：", "办公时间：", "电话：")

NAME = "姜志兰"
NAME_PINYIN = ("jiang", "zhi", "lan")
DRAFT = "东岭村村规民约（修订草案）"
COMMENT = ("宴席太多", ("yanxi", "taiduo"))


@dataclass
class Journey:
    name: str
    walk: Walk = field(default_factory=Walk)
    ended: str = ""
    shots: list[str] = field(default_factory=list)
    seen: dict = field(default_factory=dict)

    def report(self) -> dict:
        return {"journey": self.name, "taps": self.walk.taps, "ended": self.ended, "seen": self.seen,
                "shots": self.shots, "log": self.walk.log}


class Resident(Clerk):
    """A clerk's hands on a resident's screens: candidates are picked only where they show, paging › for more."""

    def __init__(self, ui, journey: Journey, out: Path):
        super().__init__(ui, journey.walk)
        self.journey, self.out = journey, out

    def shot(self, step: str) -> Path:
        from ui.screenshot import grab_window

        self.pump(250)
        path = grab_window(self.ui.window, self.out / f"{self.journey.name}-{len(self.journey.shots):02d}-{step}.png")
        self.journey.shots.append(path.name)
        return path

    def visible(self, name: str) -> list:
        return [i for i in self._items() if i.objectName() == name and i.width() > 0]

    def wait_for(self, name: str, timeout_s: float = 20.0):
        self.wait(lambda: self.visible(name), name, timeout_s)
        return self.visible(name)[-1]

    def _bar(self):
        from PySide6.QtCore import QPointF

        prev, nxt = self.named("candidatesPrevious"), self.named("candidatesNext")
        left = prev.mapToScene(QPointF(prev.width(), 0)).x()
        right = nxt.mapToScene(QPointF(0, 0)).x()
        return left, right, nxt

    def candidates(self) -> list[tuple[str, object]]:
        """The candidates a resident can see: whole, not faded out, between the ‹ and › buttons."""
        from PySide6.QtCore import QPointF

        shown = []
        try:
            left, right, _next = self._bar()
        except LookupError:
            return []
        for item in self._items():
            if item.objectName() != "candidate" or item.opacity() < 0.5:
                continue
            x0 = item.mapToScene(QPointF(0, 0)).x()
            if x0 >= left - 1 and x0 + item.width() <= right + 1:
                shown.append((str(item.property("word") or ""), item))
        return sorted(shown, key=lambda t: t[1].mapToScene(QPointF(0, 0)).x())

    pinyin_rounds = 40  # an elder's name character may lie several pages along the bar

    def more_candidates(self) -> bool:
        """No candidate on view fits: page on with › (False when it is the last page)."""
        _l, _r, nxt = self._bar()
        if not nxt.property("enabled"):
            return False
        self.tap(nxt, "[›]")
        self.shot("next-page")
        return True

    def keyboard_top(self) -> float:
        from PySide6.QtCore import QPointF

        panel = next(i for i in self._items(visible=False) if i.objectName() == "inputPanel")
        return panel.mapToScene(QPointF(0, 0)).y() if panel.property("active") else float(self.ui.window.height())

    def texts(self) -> list[str]:
        return [str(i.property("text")) for i in self._items()
                if "Text" in i.metaObject().className() and i.property("text")]


def elder_on(r: Resident) -> None:
    r.wait_for("homePage")
    r.shot("home")
    r.tap(r.named("elderToggle"), "长辈模式")
    r.wait(lambda: bool(r.ui.theme.property("elder")), "长辈模式")
    r.shot("elder")


def road_notice(r: Resident) -> None:
    """a. The search question, typed, to the village notice."""
    elder_on(r)
    r.tap(r.named("searchButton"), "查找")
    field_item = r.wait_for("searchField")
    r.wait(lambda: field_item.hasActiveFocus() and r.keys(), "the search field ready with its keyboard")
    r.shot("search")
    r.type_text(ROAD_QUESTION, ROAD_PINYIN)
    r.pump(400)
    r.shot("typed")
    hits = [h for h in r.visible("searchHit") if ROAD_NOTICE in str(h.property("title") or "")]
    r.journey.seen["results_above_keyboard"] = sum(
        1 for h in r.visible("searchHit") if h.mapToScene(h.boundingRect().bottomLeft()).y() <= r.keyboard_top())
    if not hits:
        raise RuntimeError(f"no {ROAD_NOTICE} among the hits: {r.texts()[:40]}")
    first = min(hits, key=lambda h: h.mapToScene(h.boundingRect().topLeft()).y())
    r.journey.seen["rank"] = 1 + sorted(r.visible("searchHit"), key=lambda h: h.mapToScene(
        h.boundingRect().topLeft()).y()).index(first)
    if first.mapToScene(first.boundingRect().bottomLeft()).y() > r.keyboard_top():
        r.tap(r.named("hideKey") if r.visible("hideKey") else r.named("searchField"), "[收起键盘]")
    r.tap(first, "the notice")
    title = r.wait_for("readerTitle")
    r.journey.ended = str(title.property("text"))
    r.shot("notice")


def storm_slip(r: Resident, printed: Path) -> None:
    """b. 政策找人 as the storm-damaged farmer, then 打印带走 on the first result."""
    elder_on(r)
    r.tap(r.named("tile_eligibility"), "政策找人")
    r.wait_for("questionText")
    vm = r.ui.nav.last_opened()
    for _step in range(10):
        if vm.property("done"):
            break
        question = vm._question()
        r.shot(f"q-{question.id}")
        picks, multi = STORM_FARMER.get(question.id), bool(vm.property("multi"))
        if picks is None:
            r.tap(r.named("skipButton"), f"跳过 {question.id}")
        elif not picks:
            r.tap(r.named("noneButton"), f"都没有 {question.id}")
        else:
            for pick in picks:
                r.tap(r.wait_for(f"answer_{pick}"), f"{question.id}={pick}")
            if multi:  # several may apply: 确定 when all are picked (one answer moves on by itself)
                r.tap(r.named("confirmButton"), "确定")
        r.wait(lambda q=question: vm.property("done") or vm._question() is not q, "the next question")
    r.wait_for("resultCard")
    r.shot("results")
    results = vm.property("results")
    r.journey.seen["results"] = [(x["title"], "符合" if x["matched"] else "可能符合") for x in results]
    before = set(printed.glob("*.pdf")) if printed.exists() else set()
    first = min(r.visible("resultPrintButton"), key=lambda b: b.mapToScene(b.boundingRect().topLeft()).y())
    r.tap(first, "打印带走")
    r.wait(lambda: "已" in r.ui.slips.property("message") or "没能" in r.ui.slips.property("message"), "the print")
    r.ui.slips.wait()
    r.pump(200)
    r.journey.seen["print_message"] = r.ui.slips.property("message")
    r.shot("printed")
    pdfs = sorted(set(printed.glob("*.pdf")) - before)
    if len(pdfs) != 1:
        raise RuntimeError(f"the slip was not printed: {r.ui.slips.property('message')}")
    png = r.out / f"{r.journey.name}-slip"
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", "-singlefile", str(pdfs[0]), str(png)],
                   check=True, timeout=60)
    read = subprocess.run(["zbarimg", "-q", "--raw", f"{png}.png"], capture_output=True, text=True, timeout=60)
    if read.returncode != 0:
        raise RuntimeError(f"zbarimg read no QR on the slip: {read.stderr.strip()}")
    r.journey.shots.append(f"{png.name}.png")
    r.journey.seen["qr"] = read.stdout.strip()
    r.journey.ended = f"slip {pdfs[0].name}: {results[0]['title']}"


def name_in_comment(r: Resident, whole: bool = False) -> None:
    """c. A comment on the open draft, with her name: character by character from the candidate bar
    (paging ›), or, `whole`, typed as one pinyin and picked from the row of names."""
    elder_on(r)
    r.tap(r.named("tile_voice"), "说说您的意见")
    r.wait_for("voicePage")
    r.shot("voice")
    drafts = r.wait_for("draftsButton")
    flick = r.named("voiceFlick")
    if drafts.mapToScene(drafts.boundingRect().bottomLeft()).y() > r.ui.window.height():
        flick.setProperty("contentY", float(flick.property("contentHeight")) - flick.height())
        r.walk.taps += 1  # a swipe up the page
        r.walk.log.append("swipe")
        r.pump(200)
    r.tap(drafts, "意见征集")
    r.wait_for("choicePage")
    r.shot("drafts")
    r.tap(next(i for i in r._items() if i.property("title") == DRAFT and i.width() > 0), "the draft")
    r.wait_for("readerPage")
    reader = r.named("readerFlick")
    for _page in range(10):
        # Whole inside the page's text area (what lies below it is clipped, under the QR strip in portrait).
        top = reader.mapToScene(reader.boundingRect().topLeft()).y()
        bottom = reader.mapToScene(reader.boundingRect().bottomLeft()).y()
        links = [i for i in r.visible("readerLink")
                 if top <= i.mapToScene(i.boundingRect().topLeft()).y()
                 and i.mapToScene(i.boundingRect().bottomLeft()).y() <= bottom]
        if links:
            break
        r.tap(r.named("pageDownButton"), "下一页")
    r.shot("draft")
    r.tap(links[0], "我要提意见")
    comment = r.wait_for("commentField")
    r.wait(lambda: comment.hasActiveFocus() and r.keys(), "the comment field ready")
    r.shot("comment")
    r.type_text(COMMENT[0], COMMENT[1])
    r.tap(r.named("consentButton"), "同意留下姓名")
    name_field = r.wait_for("nameField")
    r.scroll_to_form(name_field)
    r.tap(name_field, "姓名栏")
    r.wait(lambda: name_field.hasActiveFocus(), "focus on the name field")
    r.shot("name-field")
    if whole:  # the whole name from the row of names above the keys
        for letter in "".join(NAME_PINYIN):
            r.key(letter)
        r.wait(lambda: r.visible("nameCandidate"), "the row of names")
        r.shot("names")
        for _page in range(10):  # the names drawn (whole), paging › until hers shows
            shown = [c for c in r.visible("nameCandidate") if c.opacity() > 0.5 and c.property("word") == NAME]
            if shown:
                break
            r.tap(r.named("namesNext"), "[姓名 ›]")
            r.shot("names-next")
        r.tap(shown[0], f"<{NAME}>")
    else:  # one character at a time from the candidate bar, paging › until it shows
        for pinyin, ch in zip(NAME_PINYIN, NAME, strict=True):
            for letter in pinyin:
                r.key(letter)
            r.shot(f"pinyin-{pinyin}")
            if r.pinyin("", ch):
                raise RuntimeError(f"{pinyin} gave no {ch}")
    r.journey.ended = f"name field holds {name_field.property('text')!r}"
    r.journey.seen["name"] = str(name_field.property("text"))
    r.shot("name")


def _scroll_to_form(self: Resident, item) -> None:
    """Keep a form field above the keyboard: the page's own flick, one swipe if it is hidden."""
    from PySide6.QtCore import QPointF

    y1 = item.mapToScene(QPointF(0, item.height())).y()
    if y1 <= self.keyboard_top():
        return
    flick = self.named("commentFlick")
    flick.setProperty("contentY", float(flick.property("contentY")) + y1 - self.keyboard_top() + 40)
    self.walk.taps += 1
    self.walk.log.append("swipe")
    self.pump(200)


Resident.scroll_to_form = _scroll_to_form

JOURNEYS = {"road": road_notice, "storm": storm_slip, "name": name_in_comment,
            "name_row": lambda r: name_in_comment(r, whole=True)}


def open_kiosk(db_path: Path, printed: Path):
    from kiosk.clock import FixedClock
    from kiosk.config import Config
    from ui.app import KioskUi, ensure_app

    ensure_app()
    ui = KioskUi(db_path, clock=FixedClock(CLOCK), windowed=True, size=SIZE,
                 config=Config(township="362430101", printer=f"pdf-file:{printed}"))
    ui.window.resize(*SIZE)
    ui.window.show()
    ui.window.requestActivate()
    Clerk(ui, Walk()).wait(lambda: ui.window.isExposed() and ui.window.isActive(), "the window to be active")
    return ui


def run_journey(ui, name: str, out: Path, printed: Path) -> Journey:
    journey = Journey(name)
    resident = Resident(ui, journey, out)
    try:
        if name == "storm":
            storm_slip(resident, printed)
        else:
            JOURNEYS[name](resident)
    except Exception as exc:  # noqa: BLE001 — the report says where the resident got stuck
        journey.ended = f"stuck: {type(exc).__name__}: {exc}"
        resident.shot("stuck")
    return journey


def reset(ui) -> None:
    """The next resident: the idle reset (home, normal mode, nothing typed)."""
    ui.idle.resetNow()
    ui.theme.elder = False
    Clerk(ui, Walk()).pump(300)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", type=Path, help="a demo database (default: built in OUT with --as-of 2026-11-22)")
    parser.add_argument("--xdotool", action="store_true", help="real X clicks (needs an X server: xvfb-run)")
    parser.add_argument("--only", choices=sorted(JOURNEYS), action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.xdotool:
        os.environ["GONGKAI_WALK_XDOTOOL"] = "1"
    os.environ.setdefault("XDG_CONFIG_HOME", str(args.out / "config"))  # a fresh pinyin dictionary
    os.environ.setdefault("XDG_CACHE_HOME", str(args.out / "cache"))
    db = args.db
    if db is None:
        db = args.out / "demo.db"
        if not db.exists():
            subprocess.run([sys.executable, "-m", "gongkai", "demo", "--db", str(db), "--as-of", "2026-11-22"],
                           check=True, timeout=600)
    printed = args.out / "printed"
    ui = open_kiosk(db, printed)
    failed = False
    try:
        for name in args.only or list(JOURNEYS):
            journey = run_journey(ui, name, args.out, printed)
            failed |= journey.ended.startswith("stuck")
            print(MARKER + json.dumps(journey.report(), ensure_ascii=False), flush=True)
            reset(ui)
    finally:
        ui.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
