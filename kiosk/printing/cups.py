"""Printing through a CUPS queue with the command-line tools (`lp`, `lpstat`, `lpoptions`, `cancel`).

Headless and Qt-free, so `gongkai print` works over SSH. The page size goes in as the CUPS media
(`A4`, or `Custom.80x<len>mm` for the roll): left to its default, CUPS puts the roll receipt on
an A4 page (shared/TECH.md §10).

The printer is checked before the job goes in (missing, stopped, not accepting, out of paper,
offline …) and again while the job runs, for a bounded time: a job that fails on the printer is
cancelled, so a reprint after the clerk fixes the printer does not print the receipt twice.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.errors import PrintError
from kiosk.printing.base import PrintResult

Runner = Callable[[list[str]], subprocess.CompletedProcess]

IPP_STOPPED = 5
# printer-state-reasons keyword (without -error/-warning/-report) -> what the clerk is told.
REASON_TEXT = {
    "media-empty": "缺纸，请装入打印纸",
    "media-needed": "缺纸，请装入打印纸",
    "media-jam": "卡纸，请打开打印机取出卡住的纸",
    "cover-open": "打印机盖板未合上",
    "door-open": "打印机舱门未关好",
    "input-tray-missing": "纸盒未装好",
    "offline": "打印机离线（未开机或未连接）",
    "shutdown": "打印机已关机",
    "connecting-to-device": "正在连接打印机，打印机可能未开机或未连接",
    "timed-out": "打印机无响应（未开机或未连接）",
    "toner-empty": "碳粉已用完",
    "marker-supply-empty": "色带或碳粉已用完",
    "paused": "打印机已停用（暂停）",
}
# Reasons that stop printing even when reported without the -error suffix.
BLOCKING = {"media-empty", "media-needed", "media-jam", "cover-open", "door-open", "offline", "shutdown",
            "paused", "input-tray-missing", "timed-out"}


def _run(args: list[str]) -> subprocess.CompletedProcess:
    # LC_ALL=C: the messages are parsed, and a Chinese desktop locale would translate them.
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=20, env=env, check=False)
    except FileNotFoundError:
        raise PrintError("本机没有安装 CUPS 打印工具（cups-client），无法打印") from None
    except subprocess.TimeoutExpired:
        raise PrintError("打印服务（CUPS）没有响应，请稍后重新打印") from None


@dataclass(frozen=True)
class QueueStatus:
    exists: bool
    state: int = 3  # IPP printer-state: 3 idle, 4 processing, 5 stopped
    accepting: bool = True
    reasons: tuple[str, ...] = ()

    def problem(self) -> str | None:
        """What stops this queue from printing now, as a sentence; None if it can print."""
        texts = []
        for reason in self.reasons:
            base = re.sub(r"-(error|warning|report)$", "", reason)
            if base in BLOCKING or reason.endswith("-error"):
                texts.append(REASON_TEXT.get(base, f"打印机报告故障（{reason}）"))
        if self.state == IPP_STOPPED and not texts:
            texts.append(REASON_TEXT["paused"])
        if not self.accepting:
            texts.append("打印队列不接受新任务")
        return "；".join(dict.fromkeys(texts)) or None


class CupsPrinter:
    """One CUPS queue; `queue=None` means the system default destination."""

    gives_paper = True

    def __init__(self, queue: str | None = None, *, run: Runner = _run, settle_seconds: float = 4.0):
        self.queue = queue or None
        self._run = run
        self.settle_seconds = settle_seconds  # how long to watch a submitted job for a printer fault

    @property
    def name(self) -> str:
        return self.queue or "默认打印机"

    def resolve_queue(self) -> str:
        if self.queue:
            return self.queue
        self._require_scheduler()
        out = self._run(["lpstat", "-d"]).stdout
        match = re.search(r"system default destination:\s*(\S+)", out)
        if not match:
            raise PrintError("没有设置打印机：请在配置文件中设置 printer（打印队列名称），或设置系统默认打印机")
        return match.group(1)

    def _require_scheduler(self) -> None:
        if "scheduler is running" not in self._run(["lpstat", "-r"]).stdout:
            raise PrintError("打印服务（CUPS）没有运行，请重启一体机或联系管理员")

    def status(self, queue: str) -> QueueStatus:
        self._require_scheduler()
        if self._run(["lpstat", "-p", queue]).returncode != 0:
            return QueueStatus(exists=False)
        attrs = parse_lpoptions(self._run(["lpoptions", "-p", queue]).stdout)
        reasons = tuple(r for r in attrs.get("printer-state-reasons", "none").split(",") if r and r != "none")
        return QueueStatus(
            exists=True,
            state=int(attrs.get("printer-state", "3") or 3),
            accepting=attrs.get("printer-is-accepting-jobs", "true") != "false",
            reasons=reasons,
        )

    def check(self, queue: str) -> None:
        status = self.status(queue)
        if not status.exists:
            raise PrintError(f"找不到打印机“{queue}”，请检查打印机设置（printer）或联系管理员添加打印机")
        problem = status.problem()
        if problem:
            raise PrintError(f"打印机“{queue}”无法打印：{problem}。处理好后请点“重新打印”")

    def check_ready(self) -> None:
        self.check(self.resolve_queue())

    def print_receipt(self, receipt) -> PrintResult:
        queue = self.resolve_queue()
        self.check(queue)
        with tempfile.NamedTemporaryFile(prefix="gongkai-receipt-", suffix=".pdf", delete=False) as tmp:
            tmp.write(receipt.pdf)
        try:
            done = self._run([
                "lp", "-d", queue, "-t", f"gongkai-receipt-{receipt.number}",
                "-o", f"media={receipt.media}", "-o", "fit-to-page=false", "-o", "scaling=100", tmp.name,
            ])
        finally:
            os.unlink(tmp.name)
        match = re.search(r"request id is (\S+)", done.stdout)
        if done.returncode != 0 or not match:
            reason = (done.stderr or done.stdout).strip() or f"lp 退出码 {done.returncode}"
            raise PrintError(f"打印机“{queue}”没有接受打印任务：{reason}")
        job = match.group(1)
        self._watch(queue, job)
        return PrintResult(queue, job, f"回执已送往打印机“{queue}”（任务 {job}）")

    def _watch(self, queue: str, job: str) -> None:
        """Until the job leaves the queue (or settle_seconds pass), look for a printer fault."""
        deadline = time.monotonic() + self.settle_seconds
        while True:
            pending = self._run(["lpstat", "-o", queue]).stdout.split()
            status = self.status(queue)
            problem = status.problem() if status.exists else "打印机已被删除"
            if problem:
                self._run(["cancel", job])
                raise PrintError(f"打印机“{queue}”打印失败：{problem}。处理好后请点“重新打印”")
            if job not in pending or time.monotonic() >= deadline:
                return
            time.sleep(0.2)


def parse_lpoptions(text: str) -> dict[str, str]:
    """`lpoptions -p QUEUE` prints space-separated key=value pairs, shell-quoted."""
    attrs: dict[str, str] = {}
    try:
        words = shlex.split(text)
    except ValueError:
        words = text.split()
    for word in words:
        key, _, value = word.partition("=")
        attrs[key] = value
    return attrs
