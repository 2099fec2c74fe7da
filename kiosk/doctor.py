"""`gongkai doctor`: is this kiosk able to do its job? One check per thing that breaks in the field.

Each check returns a Finding: its level (ok / warning / error), what was found, and — when it is not
ok — how to fix it, written for the township's IT staff. Nothing here imports Qt, and nothing
writes: the database is opened read-only, the printer is only asked about.

The outside world (commands, clock, disk) comes in through `DoctorContext`, so the tests can
point each check at a broken database, a missing printer or a wrong clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.errors import DiskFull, StoreError

OK, WARNING, ERROR = "ok", "warning", "error"
# Same display width (a hanzi is two columns), so the messages line up.
LEVEL_LABELS = {OK: " OK ", WARNING: "警告", ERROR: "错误"}

SCREEN_FONT_FAMILY = "Noto Sans CJK SC"
LAST_SYNC_AT = "last_sync_at"  # sync_state key written by sync after each successful sync
SYNC_WARN_DAYS = 7
DISK_ERROR_BYTES = 200 * 1024 * 1024
DISK_WARN_BYTES = 1024 * 1024 * 1024
CLOCK_TOLERANCE = dt.timedelta(minutes=10)
CLOCK_AHEAD = dt.timedelta(days=400)  # a kiosk offline for more than a year is rarer than a mis-set clock
# build-deb.sh writes this beside the venv: {"version": ..., "built_at": ISO timestamp}.
BUILD_INFO = Path(sys.prefix).parent / "build-info.json"

Runner = Callable[[list[str]], subprocess.CompletedProcess]


def run_command(args: list[str]) -> subprocess.CompletedProcess:
    """Run a tool with C messages; a missing tool is returncode 127, as from a shell."""
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=30, env=env, check=False)
    except FileNotFoundError:
        return subprocess.CompletedProcess(args, 127, "", f"{args[0]}: command not found")
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, 124, "", f"{args[0]}: timed out")


@dataclass(frozen=True)
class Finding:
    check: str  # stable id for scripts: config, fonts.screen, fonts.receipt, voice, printer, database, disk, sync, clock
    title: str
    level: str
    message: str
    fix: str = ""

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self.level]


@dataclass
class DoctorContext:
    db_path: Path
    config: Config = field(default_factory=Config)
    clock: Clock = field(default_factory=SystemClock)
    run: Runner = run_command
    cups_run: Runner | None = None  # None: kiosk.printing.cups runs lpstat itself
    build_info: Path = BUILD_INFO
    disk_usage: Callable[[Path], tuple[int, int, int]] = shutil.disk_usage
    config_error: str = ""  # why the configuration file could not be loaded (then defaults apply)


SETUP_FIX = "以 root 身份运行 gongkai setup 填写乡镇、本机编号、服务器和公钥"


def check_config(ctx: DoctorContext) -> Finding:
    title = "配置文件"
    if ctx.config_error:
        return Finding("config", title, ERROR, ctx.config_error, "修正 /etc/gongkai/kiosk.toml，或" + SETUP_FIX)
    where = str(ctx.config.source) if ctx.config.source else "未找到 /etc/gongkai/kiosk.toml"
    missing = [label for label, value in (("乡镇代码", ctx.config.township), ("县级公钥", ctx.config.trusted_keys))
               if not value]
    if missing:
        return Finding("config", title, ERROR, f"{where}，缺少{'、'.join(missing)}，一体机无法接收数据包", SETUP_FIX)
    return Finding("config", title, OK,
                   f"{where}：乡镇 {ctx.config.township}，本机 {ctx.config.kiosk_id}，"
                   f"服务器 {ctx.config.server_url or '（只用U盘同步）'}")


def check_screen_font(ctx: DoctorContext) -> Finding:
    title = "屏幕字体"
    fix = "安装思源黑体：apt-get install fonts-noto-cjk fontconfig，然后重启一体机"
    result = ctx.run(["fc-match", "-f", "%{family}\t%{file}", "sans-serif:lang=zh-cn"])
    if result.returncode == 127:
        return Finding("fonts.screen", title, ERROR, "找不到 fc-match（fontconfig 未安装），无法确认中文字体", fix)
    family, _, path = result.stdout.partition("\t")
    if SCREEN_FONT_FAMILY.lower() not in family.lower():
        return Finding("fonts.screen", title, ERROR,
                       f"简体中文默认字体是“{family or '无'}”，不是 {SCREEN_FONT_FAMILY}，汉字可能显示为方框或日文字形", fix)
    return Finding("fonts.screen", title, OK, f"{SCREEN_FONT_FAMILY}（{path}）")


def check_receipt_font(ctx: DoctorContext) -> Finding:
    from kiosk.errors import FontMissing
    from kiosk.receipts.fonts import find_font

    title = "回执字体"
    try:
        font = find_font()
    except FontMissing as exc:
        return Finding("fonts.receipt", title, ERROR, str(exc),
                       "安装文泉驿微米黑：apt-get install fonts-wqy-microhei")
    from kiosk.receipts.fonts import FALLBACK_FONT_FILES

    if not any(Path(path).is_file() for _name, path in FALLBACK_FONT_FILES):
        return Finding("fonts.receipt", title, WARNING,
                       f"回执字体 {font.face.filename} 可用，但缺少生僻字字体（CJK 扩展 B-F），"
                       "姓名中的生僻字会印不出来", "apt-get install fonts-hanazono")
    return Finding("fonts.receipt", title, OK, f"可嵌入 PDF 的 TrueType 中文字体：{font.face.filename}（生僻字：花园明朝）")


def check_voice(ctx: DoctorContext) -> Finding:
    title = "朗读语音"
    voice = ctx.config.voice
    result = ctx.run(["espeak-ng", f"--voices={voice.split('-')[0]}"])
    if result.returncode == 127:
        return Finding("voice", title, ERROR, "找不到 espeak-ng，一体机无法朗读",
                       "apt-get install espeak-ng")
    names = {line.split()[1] for line in result.stdout.splitlines()[1:] if len(line.split()) > 1}
    if voice not in names:
        return Finding("voice", title, ERROR,
                       f"espeak-ng 没有语音“{voice}”（现有：{'、'.join(sorted(names)) or '无'}）",
                       "apt-get install --reinstall espeak-ng-data；或在配置文件中把 voice 设为 cmn-latn-pinyin")
    return Finding("voice", title, OK, f"espeak-ng 语音 {voice}")


def check_printer(ctx: DoctorContext) -> Finding:
    from kiosk.errors import PrintError
    from kiosk.printing.cups import CupsPrinter
    from kiosk.printing.escpos_printer import EscposPrinter

    title = "回执打印机"
    spec = ctx.config.printer.strip()
    try:
        if spec.startswith("pdf-file:"):
            from kiosk.printing.pdf_file import PdfFilePrinter

            pdf = PdfFilePrinter.from_spec(spec)
            pdf.check_ready()
            return Finding("printer", title, OK, f"打印内容存为 PDF，放在 {pdf.folder}（演示用，没有真的打印机）")
        if spec.startswith(("escpos:", "escpos-file:")):
            printer = EscposPrinter.from_spec(spec)
            printer.check()
            return Finding("printer", title, OK, f"ESC/POS 打印机 {printer.path} 可写入")
        cups = CupsPrinter(spec or None, run=ctx.cups_run) if ctx.cups_run else CupsPrinter(spec or None)
        queue = cups.resolve_queue()
        cups.check(queue)
    except PrintError as exc:
        if spec.startswith("escpos:"):
            fix = ("检查打印机电源和 USB 线；设备应属于 lp 组且 gongkai 用户在 lp 组中"
                   "（以 root 身份：adduser gongkai lp），或在 /etc/gongkai/kiosk.toml 中改正 printer")
        else:
            fix = ("用 lpstat -p 查看已有的打印队列，在 /etc/gongkai/kiosk.toml 中设置 printer（队列名），"
                   "或用 lpadmin 添加打印机；队列停用时运行 sudo cupsenable 队列名 && sudo cupsaccept 队列名；"
                   "CUPS 没有运行时：apt-get install cups && sudo systemctl enable --now cups")
        return Finding("printer", title, ERROR, str(exc), fix)
    return Finding("printer", title, OK, f"CUPS 打印队列“{queue}”已启用，可接受任务")


def _open_database(ctx: DoctorContext):
    from kiosk.store import integrity_repo

    return integrity_repo.open_read_only(ctx.db_path)


def rebuild_fix(db_path: Path) -> str:
    from kiosk.paths import default_db_path

    db = "" if Path(db_path) == default_db_path() else f" --db {db_path}"
    return ("停止一体机（sudo systemctl stop gongkai-kiosk），然后运行 sudo -u gongkai gongkai recover" + db +
            "：它把损坏的数据库改名备份（不删除、不改写），找回尚未上传的申请和申请编号计数，新建数据库并导入；"
            "再运行 sudo -u gongkai gongkai sync 重新下载公开内容")


NEWER_FIX = "这个数据库由更新版本的软件写入：安装新版本的 gongkai-kiosk（不要降级），数据库不要改动"


def check_database(ctx: DoctorContext) -> Finding:
    from kiosk.store import health, integrity_repo, salvage

    title = "数据库"
    if not ctx.db_path.exists():
        waiting = salvage.pending_recoveries(ctx.db_path)
        if waiting:
            return Finding("database", title, ERROR, f"数据库已损坏并被改名保存，恢复文件 {waiting[0]} 尚未导入",
                           rebuild_fix(ctx.db_path))
        return Finding("database", title, ERROR, f"数据库不存在：{ctx.db_path}",
                       "运行 sudo -u gongkai gongkai sync 下载数据（或用 gongkai sync --from 目录 从U盘导入）")
    try:
        found = health.examine(ctx.db_path)
    except (DiskFull, StoreError) as exc:
        return Finding("database", title, ERROR, str(exc), "清理日志：sudo journalctl --vacuum-size=100M；"
                       "删除不用的文件，或更换更大的磁盘")
    if found.state == health.NEWER:
        return Finding("database", title, ERROR, f"数据库 {ctx.db_path} 无法使用：{found.reason}", NEWER_FIX)
    if found.state == health.FOREIGN:
        return Finding("database", title, ERROR, f"{ctx.db_path} 不是一体机数据库：{found.reason}", rebuild_fix(ctx.db_path))
    if found.state == health.FRESH:
        return Finding("database", title, ERROR, f"数据库 {ctx.db_path} 是空的，还没有任何数据",
                       "运行 sudo -u gongkai gongkai sync 下载数据（或用 gongkai sync --from 目录 从U盘导入）")
    if found.state == health.DAMAGED:
        return Finding("database", title, ERROR, f"数据库 {ctx.db_path} 已损坏：{found.reason}", rebuild_fix(ctx.db_path))
    try:
        db = _open_database(ctx)
        try:
            problems = integrity_repo.integrity_problems(db)
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        return Finding("database", title, ERROR, f"数据库 {ctx.db_path} 无法读取（{exc}）", rebuild_fix(ctx.db_path))
    if problems:
        return Finding("database", title, ERROR,
                       f"数据库 {ctx.db_path} 已损坏：{'；'.join(' '.join(p.split()) for p in problems)}", rebuild_fix(ctx.db_path))
    size_mb = ctx.db_path.stat().st_size / 1024 / 1024
    return Finding("database", title, OK, f"{ctx.db_path}（{size_mb:.1f} MB）完整性检查通过")


def check_disk(ctx: DoctorContext) -> Finding:
    title = "磁盘空间"
    where = ctx.db_path.parent if ctx.db_path.parent.exists() else Path("/")
    _total, _used, free = ctx.disk_usage(where)
    text = f"{where} 所在磁盘剩余 {free / 1024 / 1024 / 1024:.1f} GB"
    fix = "清理日志：sudo journalctl --vacuum-size=100M；删除不用的文件，或更换更大的磁盘"
    if free < DISK_ERROR_BYTES:
        return Finding("disk", title, ERROR, text + "，不足以同步数据和保存申请记录", fix)
    if free < DISK_WARN_BYTES:
        return Finding("disk", title, WARNING, text + "，空间偏少", fix)
    return Finding("disk", title, OK, text)


def last_sync_at(ctx: DoctorContext) -> dt.datetime | None:
    """When the last successful sync happened, from the database; None if never or unreadable."""
    from kiosk.store import integrity_repo, sync_state_repo

    if not ctx.db_path.exists():
        return None
    try:
        db = _open_database(ctx)
        try:
            if not integrity_repo.has_table(db, "sync_state"):
                return None
            value = sync_state_repo.get(db, LAST_SYNC_AT)
        finally:
            db.close()
        return dt.datetime.fromisoformat(value) if value else None
    except (sqlite3.DatabaseError, ValueError):
        return None


SYNC_FIX = ("检查网络和 server_url，然后手动同步：sudo systemctl start gongkai-sync.service，"
            "用 journalctl -u gongkai-sync 查看原因；断网的一体机可用 gongkai sync --from U盘目录")


def check_sync_age(ctx: DoctorContext, synced: dt.datetime | None) -> Finding:
    title = "最近同步"
    if synced is None:
        return Finding("sync", title, WARNING, "还没有成功同步过", SYNC_FIX)
    age = ctx.clock.now() - synced
    text = f"最近一次同步：{synced.isoformat(timespec='minutes')}"
    if age > dt.timedelta(days=SYNC_WARN_DAYS):
        return Finding("sync", title, WARNING, f"{text}，已经 {age.days} 天没有同步，公开内容可能已过期", SYNC_FIX)
    return Finding("sync", title, OK, text)


def build_time(ctx: DoctorContext) -> dt.datetime | None:
    """When this software was built: the package's build-info.json, else the modification time of
    the installed kiosk package (a checkout)."""
    try:
        return dt.datetime.fromisoformat(json.loads(ctx.build_info.read_text(encoding="utf-8"))["built_at"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import kiosk

    return dt.datetime.fromtimestamp(Path(kiosk.__file__).stat().st_mtime, dt.UTC)


CLOCK_FIX = ("打开自动对时：sudo timedatectl set-ntp true；不能联网时手动设置："
             "sudo timedatectl set-time 'YYYY-MM-DD HH:MM:SS'。时间错误会让申请的法定期限算错")


def check_clock(ctx: DoctorContext, synced: dt.datetime | None) -> Finding:
    title = "系统时钟"
    now = ctx.clock.now()
    shown = now.isoformat(timespec="minutes")
    built = build_time(ctx)
    if built is not None and now < built - CLOCK_TOLERANCE:
        return Finding("clock", title, ERROR,
                       f"系统时间 {shown} 早于本软件的构建时间 {built.isoformat(timespec='minutes')}，时钟不对",
                       CLOCK_FIX)
    if synced is not None and now < synced - CLOCK_TOLERANCE:
        return Finding("clock", title, ERROR,
                       f"系统时间 {shown} 早于最近一次同步 {synced.isoformat(timespec='minutes')}，时钟被调慢了",
                       CLOCK_FIX)
    # Far ahead: numbers of a future year and deadlines years away (a 2099 clock issued 362430101-K01-2099-…).
    known = max((t for t in (built, synced) if t is not None), default=None)
    if known is not None and now > known + CLOCK_AHEAD:
        return Finding("clock", title, WARNING,
                       f"系统时间 {shown} 比{'最近一次同步' if known == synced else '本软件的构建时间'}"
                       f" {known.isoformat(timespec='minutes')} 晚了一年多，时钟可能被调快了", CLOCK_FIX)
    return Finding("clock", title, OK, f"系统时间 {shown}")


def run_checks(ctx: DoctorContext) -> list[Finding]:
    synced = last_sync_at(ctx)
    return [
        check_config(ctx),
        check_screen_font(ctx),
        check_receipt_font(ctx),
        check_voice(ctx),
        check_printer(ctx),
        check_database(ctx),
        check_disk(ctx),
        check_sync_age(ctx, synced),
        check_clock(ctx, synced),
    ]


def has_errors(findings: list[Finding]) -> bool:
    return any(f.level == ERROR for f in findings)


def as_dicts(findings: list[Finding]) -> list[dict]:
    return [{**asdict(f), "label": f.label} for f in findings]
