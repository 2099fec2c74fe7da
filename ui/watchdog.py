"""Feeding systemd's watchdog from the Qt event loop (the sd_notify protocol, no dependency).

gongkai-kiosk.service runs the app with Type=notify and WatchdogSec=: systemd kills and restarts the
kiosk when WATCHDOG=1 stops arriving. The pings come from a QTimer on the GUI thread, so a frozen
event loop (a hung query, a QML deadlock) stops them and the kiosk comes back by itself.

Everything here is inert unless systemd set NOTIFY_SOCKET (and WATCHDOG_USEC for the pings), so
`gongkai run` from a terminal and the tests behave as before.

WATCHDOG_PID is deliberately not checked: the app runs as a child of cage, the unit's main process,
so the pid systemd names is never ours; the unit says NotifyAccess=all for the same reason.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer


def notify_socket_address(environ: Mapping[str, str] | None = None) -> str | None:
    """The datagram socket systemd listens on; '@name' is an abstract socket, as in sd_notify(3)."""
    address = (environ if environ is not None else os.environ).get("NOTIFY_SOCKET", "")
    if not address or address[0] not in "/@":
        return None
    return "\0" + address[1:] if address[0] == "@" else address


def sd_notify(state: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send one state string ("READY=1", "WATCHDOG=1", "STATUS=...") to systemd; False if not under it.

    Never raises: a lost ping is better than a kiosk that crashes because the socket went away.
    """
    address = notify_socket_address(environ)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode("utf-8"))
    except OSError:
        return False
    return True


def watchdog_interval_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """Half of WATCHDOG_USEC, as sd_watchdog_enabled(3) advises; None when there is no watchdog."""
    env = environ if environ is not None else os.environ
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    if usec <= 0 or notify_socket_address(env) is None:
        return None
    return max(1, usec // 2000)


class Watchdog(QObject):
    """Tells systemd the kiosk is ready, then pings it from the event loop for as long as that runs."""

    def __init__(self, parent: QObject | None = None, environ: Mapping[str, str] | None = None):
        super().__init__(parent)
        self._environ = environ
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.ping)
        self.interval_ms = watchdog_interval_ms(environ)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> bool:
        """Send READY=1 (the window is up) and start pinging; False when systemd is not watching."""
        sd_notify("READY=1\nSTATUS=公开一体机界面已启动", self._environ)
        if self.interval_ms is None:
            return False
        self.ping()
        self._timer.start(self.interval_ms)
        return True

    def ping(self) -> None:
        sd_notify("WATCHDOG=1", self._environ)

    def stop(self) -> None:
        self._timer.stop()
        sd_notify("STOPPING=1", self._environ)


def start_watchdog(parent: QObject | None = None) -> Watchdog:
    """For ui/app.py: call once the window is shown; keep the returned object alive."""
    watchdog = Watchdog(parent)
    watchdog.start()
    return watchdog
