"""Running the county app under uvicorn with the limits of a real server.

- header size: a request line plus headers over 16 KiB -> 431 JSON (h11's own limit as well);
- header timeout: a connection that has not sent complete request headers within `header_timeout`
  seconds (slowloris) gets 408 and is closed; the idle keep-alive timeout closes quiet ones;
- body size and body timeout: enforced by the app (413, 408);
- concurrency: past `limit_concurrency` connections uvicorn answers 503.
Malformed HTTP (e.g. `Content-Length: abc`) is answered 400 with a JSON body, not plain text.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from dataclasses import dataclass

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol


@dataclass(frozen=True)
class ServerLimits:
    header_timeout: float = 10.0
    keep_alive: int = 5
    max_header_bytes: int = 16 * 1024
    limit_concurrency: int = 2000
    backlog: int = 2048


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol plus a deadline for the request headers and JSON 400s."""

    header_timeout = ServerLimits.header_timeout
    max_header_bytes = ServerLimits.max_header_bytes
    _header_timer: asyncio.TimerHandle | None = None
    _header_bytes = 0

    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._header_timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE or self.cycle is not None \
                and not self.cycle.response_complete:
            return
        self._send_json_error(408, "请求头发送超时")

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            end = data.find(b"\r\n\r\n")
            self._header_bytes += len(data) if end < 0 else end
            if self._header_bytes > self.max_header_bytes:
                self._cancel_header_timer()
                return self._send_json_error(431, f"请求头超过 {self.max_header_bytes} 字节")
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_header_timer()  # the request line and headers are in

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._header_bytes = 0
        if not self.transport.is_closing():
            self._arm_header_timer()

    def connection_lost(self, exc) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        self._send_json_error(400, "HTTP 请求格式错误（请求行、请求头或 Content-Length 无效）")

    def _send_json_error(self, status: int, message: str) -> None:
        body = json.dumps({"error": message}, ensure_ascii=False).encode()
        try:
            if self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):
                headers = [(b"content-type", b"application/json; charset=utf-8"), (b"connection", b"close"),
                           (b"content-length", str(len(body)).encode())]
                self.transport.write(self.conn.send(h11.Response(status_code=status, headers=headers)))
                self.transport.write(self.conn.send(h11.Data(data=body)))
                self.transport.write(self.conn.send(h11.EndOfMessage()))
        except h11.LocalProtocolError:
            pass
        self.transport.close()


def protocol_for(limits: ServerLimits) -> type[GuardedH11Protocol]:
    return type("CountyH11Protocol", (GuardedH11Protocol,), {"header_timeout": limits.header_timeout,
                                                             "max_header_bytes": limits.max_header_bytes})


def uvicorn_config(app, limits: ServerLimits | None = None, **kwargs) -> uvicorn.Config:
    limits = limits or ServerLimits()
    return uvicorn.Config(
        app, http=protocol_for(limits), h11_max_incomplete_event_size=limits.max_header_bytes,
        timeout_keep_alive=limits.keep_alive, limit_concurrency=limits.limit_concurrency,
        backlog=limits.backlog, lifespan="off", access_log=False, log_level="warning",
        server_header=False, timeout_graceful_shutdown=5, **kwargs)


class ThreadedServer:
    """uvicorn on 127.0.0.1 and a free port, in a thread (tests, the bench, `make county`)."""

    def __init__(self, app, limits: ServerLimits | None = None, host: str = "127.0.0.1", port: int = 0):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://{host}:{self.port}/"
        self.server = uvicorn.Server(uvicorn_config(app, limits))
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        self.server.run(sockets=[self.sock])

    def start(self, timeout: float = 60.0) -> ThreadedServer:
        self.thread.start()
        started = threading.Event()

        def wait() -> None:
            while not self.server.started and self.thread.is_alive():
                threading.Event().wait(0.02)
            started.set()

        threading.Thread(target=wait, daemon=True).start()
        if not started.wait(timeout) or not self.server.started:
            raise RuntimeError("county server did not start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.sock.close()


ROOT_ENV = "GONGKAI_COUNTY_ROOT"


def app_factory():
    """The app for `uvicorn --factory` and several workers: REPO from $GONGKAI_COUNTY_ROOT, the
    database from $GONGKAI_COUNTY_DB (else SQLite under REPO)."""
    import os
    from pathlib import Path

    from county.app import create_app

    return create_app(Path(os.environ[ROOT_ENV]))


def run(root, host: str, port: int, workers: int = 1, db_url: str | None = None,
        limits: ServerLimits | None = None) -> None:
    """`gongkai serve`: one process, or several uvicorn workers sharing the port."""
    import os

    from county.service import DB_ENV, county_db_url

    os.environ[ROOT_ENV] = str(root)
    os.environ[DB_ENV] = county_db_url(root, db_url)
    limits = limits or ServerLimits()
    config = uvicorn_config("county.server:app_factory", limits, factory=True, host=host, port=port,
                            workers=workers if workers > 1 else None)
    config.http = "county.server:GuardedH11Protocol"  # importable by each worker process
    if workers <= 1:
        uvicorn.Server(config).run()
    else:
        uvicorn.run(config.app, **_worker_kwargs(config))


def _worker_kwargs(config: uvicorn.Config) -> dict:
    return dict(factory=True, host=config.host, port=config.port, workers=config.workers, http=config.http,
                h11_max_incomplete_event_size=config.h11_max_incomplete_event_size,
                timeout_keep_alive=config.timeout_keep_alive, limit_concurrency=config.limit_concurrency,
                backlog=config.backlog, lifespan="off", access_log=False, log_level="warning", server_header=False)
