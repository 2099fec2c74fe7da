"""ui/watchdog.py against a socket standing in for systemd's notify socket."""

from __future__ import annotations

import socket
import uuid

import pytest

from ui.watchdog import Watchdog, sd_notify, watchdog_interval_ms


@pytest.fixture
def notify_socket(tmp_path):
    """A datagram socket where systemd would listen; yields (NOTIFY_SOCKET value, receiving socket)."""
    path = tmp_path / "notify"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(60)  # generous: a loaded machine; recv returns as soon as the datagram arrives
    yield str(path), sock
    sock.close()


def received(sock: socket.socket) -> str:
    return sock.recv(4096).decode("utf-8")


def test_not_under_systemd_nothing_is_sent_and_nothing_runs(qapp):
    assert sd_notify("READY=1", {}) is False
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000"}) is None  # no socket to send to
    watchdog = Watchdog(environ={})
    assert watchdog.start() is False
    assert not watchdog.active


def test_ready_then_pings_at_half_the_watchdog_interval(qtbot, notify_socket):
    address, sock = notify_socket
    env = {"NOTIFY_SOCKET": address, "WATCHDOG_USEC": "100000"}  # 100 ms: pings every 50 ms
    assert watchdog_interval_ms(env) == 50
    watchdog = Watchdog(environ=env)
    assert watchdog.start() is True
    assert received(sock).startswith("READY=1\n")
    assert received(sock) == "WATCHDOG=1"
    # Later pings come from the Qt event loop's timer, so a frozen loop would stop them.
    pings = []
    sock.setblocking(False)

    def another_ping() -> bool:
        try:
            pings.append(received(sock))
        except BlockingIOError:
            pass
        return len(pings) >= 2

    qtbot.waitUntil(another_ping, timeout=30_000)
    assert pings[:2] == ["WATCHDOG=1", "WATCHDOG=1"]
    watchdog.stop()
    assert not watchdog.active


def test_abstract_socket_names_work(qapp):
    name = f"gongkai-test-{uuid.uuid4().hex}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(60)  # generous: a loaded machine; recv returns as soon as the datagram arrives
    try:
        assert sd_notify("STATUS=测试", {"NOTIFY_SOCKET": "@" + name}) is True
        assert received(sock) == "STATUS=测试"
    finally:
        sock.close()


def test_a_vanished_socket_is_not_a_crash(tmp_path):
    assert sd_notify("WATCHDOG=1", {"NOTIFY_SOCKET": str(tmp_path / "gone")}) is False
    assert watchdog_interval_ms({"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "nonsense"}) is None
