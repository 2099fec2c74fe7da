"""The county reference server: static bundles with HTTP Range, plus the request API.

    GET  /<township>/...           files under <repo>/public (Range, 206, 416), like any static host
    POST /api/v1/upload            {"requests": [...], "events": [...]} -> the uuids stored
    POST /api/v1/heartbeat         {"version", "last_sync_at", "free_disk_bytes", "printer", ...}
    GET  /api/v1/changes?since=N   status changes made at the county for this kiosk's requests

API calls carry `Authorization: Bearer <token>`; each kiosk has its own token (gongkai keygen
--kiosk-token). Behind nginx, nginx serves /public itself and proxies /api/ here.
"""

from __future__ import annotations

import json
import mimetypes
import re
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kiosk.clock import Clock, SystemClock, iso_now
from kiosk.errors import ValidationError
from kiosk.store import county_repo
from sync import county

MAX_BODY = 16 << 20
_RANGE = re.compile(r"^bytes=(\d+)-(\d*)$")


class CountyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, root: Path, clock: Clock):
        self.root = Path(root)
        self.public = county.public_dir(self.root).resolve()
        self.public.mkdir(parents=True, exist_ok=True)
        self.clock = clock
        self.db = county.open_county_db(self.root)
        self.db_lock = threading.Lock()  # one county connection, one writer at a time
        super().__init__(address, handler)

    def server_close(self) -> None:
        super().server_close()
        self.db.close()


class Handler(BaseHTTPRequestHandler):
    server: CountyServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes: no 40 ms delayed-ACK stall

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass  # a kiosk fleet is noisy; nginx keeps the access log

    # --- static files ---------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self._static(head=True)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path == "/api/v1/changes":
            self._api(lambda township, kiosk_id: self._changes(township, kiosk_id, parts.query))
        else:
            self._static(head=False)

    def _resolve(self) -> Path | None:
        relative = unquote(urlsplit(self.path).path).lstrip("/")
        if not relative or "\x00" in relative or any(p in ("..", ".") for p in relative.split("/")):
            return None
        path = (self.server.public / relative).resolve()
        if not path.is_relative_to(self.server.public) or not path.is_file():
            return None
        return path

    def _static(self, head: bool) -> None:
        path = self._resolve()
        if path is None:
            return self._json(HTTPStatus.NOT_FOUND, {"error": "文件不存在"})
        size = path.stat().st_size
        start, end, status = 0, size - 1, HTTPStatus.OK
        header = self.headers.get("Range")
        if header:
            match = _RANGE.match(header.strip())
            if not match or int(match.group(1)) >= size:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            start = int(match.group(1))
            end = min(size - 1, int(match.group(2))) if match.group(2) else size - 1
            status = HTTPStatus.PARTIAL_CONTENT
        length = max(0, end - start + 1)
        self.send_response(status)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Length", str(length))
        self.send_header("Accept-Ranges", "bytes")
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.end_headers()
        if not head:
            with open(path, "rb") as f:
                f.seek(start)
                self.send_body(f, length)

    def send_body(self, f, length: int) -> None:
        """Copy `length` bytes of `f` to the client (a seam for tests that cut connections)."""
        left = length
        while left > 0:
            chunk = f.read(min(left, 1 << 16))
            if not chunk:
                break
            self.wfile.write(chunk)
            left -= len(chunk)

    # --- API ------------------------------------------------------------------------------
    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/api/v1/upload":
            self._api(self._upload)
        elif path == "/api/v1/heartbeat":
            self._api(self._heartbeat)
        else:
            self._json(HTTPStatus.NOT_FOUND, {"error": "接口不存在"})

    def _api(self, action) -> None:
        auth = self.headers.get("Authorization", "")
        token = auth[7:].strip() if auth.startswith("Bearer ") else ""
        with self.server.db_lock:
            kiosk = county_repo.kiosk_for_token(self.server.db, county.token_hash(token)) if token else None
        if kiosk is None:
            self._drain()
            return self._json(HTTPStatus.UNAUTHORIZED, {"error": "未授权：一体机令牌无效"})
        try:
            result = action(*kiosk)
        except ValidationError as exc:
            return self._json(HTTPStatus.BAD_REQUEST, {"error": str(exc)})
        self._json(HTTPStatus.OK, result)

    def _drain(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if 0 < length <= MAX_BODY:
            self.rfile.read(length)

    def _body(self) -> object:
        try:
            length = int(self.headers.get("Content-Length") or -1)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.close_connection = True
            raise ValidationError(f"请求体缺少长度或超过 {MAX_BODY} 字节")
        try:
            return json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValidationError(f"请求体不是有效的 JSON: {exc}") from None

    def _upload(self, township: str, kiosk_id: str) -> dict:
        payload = self._body()
        with self.server.db_lock:
            return county.store_upload(self.server.db, township, kiosk_id, payload, self.server.clock)

    def _heartbeat(self, township: str, kiosk_id: str) -> dict:
        payload = self._body()
        if not isinstance(payload, dict):
            raise ValidationError("心跳内容格式错误")
        with self.server.db_lock:
            county_repo.store_heartbeat(self.server.db, township, kiosk_id, iso_now(self.server.clock), payload)
        return {"ok": True}

    def _changes(self, township: str, kiosk_id: str, query: str) -> dict:
        try:
            since = int(parse_qs(query).get("since", ["0"])[0])
        except ValueError:
            raise ValidationError("since 参数应为整数") from None
        with self.server.db_lock:
            changes = county_repo.county_changes(self.server.db, township, kiosk_id, since)
        return {"changes": changes, "next": changes[-1]["seq"] if changes else since}

    def _json(self, status: HTTPStatus, body: dict) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8080, *, clock: Clock | None = None,
                handler: type[Handler] = Handler) -> CountyServer:
    return CountyServer((host, port), handler, root, clock or SystemClock())
