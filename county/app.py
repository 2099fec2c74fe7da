"""The county ASGI app (Starlette): the kiosk API, the bundles as static files, the public status page.

    POST /api/v1/upload            {"requests": [...], "events": [...], <wire key>: [...]} for every
                                   upward kind (sync/upward/) -> the refs stored, under the same keys,
                                   and "refused": {<wire key>: [{"ref", "reason"}]} when the rules
                                   refused some (county/upload_rules.py, county/upward.py)
    POST /api/v1/heartbeat         {"version", "last_sync_at", "free_disk_bytes", "printer", "audit_head", ...}
    GET  /api/v1/changes?since=N   status changes made at the county for this kiosk's requests
    GET  /api/v1/numbers           the highest request serial the county holds per counter of this kiosk
    GET  /s/<number>?c=<check>     the public status of one request (receipt QR), no personal data
    GET  /<township>/...           files under REPO/public (Range), like any static host

API calls carry `Authorization: Bearer <token>`, bound to one township and kiosk. Every refusal is
a 4xx with a JSON body {"error": "..."}; an unexpected fault is a 500 with the same shape, never a
traceback or a silent close.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import anyio
import anyio.to_thread
import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Match, Route

from county import service, static
from county.status_page import StatusPages
from county.store import POOL_SIZE, UnknownToken
from kiosk.clock import Clock, SystemClock, iso_now
from kiosk.errors import Forbidden, StoreError, ValidationError

log = logging.getLogger(__name__)
MAX_SINCE = 2**63 - 1
UNAUTHORIZED = "未授权：一体机令牌无效"


@dataclass(frozen=True)
class Limits:
    max_body: int = 16 << 20
    body_timeout: float = 30.0
    max_json_depth: int = 64
    status_per_minute: int = 30


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def error(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def _depth_ok(raw: bytes, limit: int) -> bool:
    """Nesting depth of a JSON text, counted outside strings, before the parser recurses.

    Fast path: fewer opening brackets than the limit cannot nest deeper. Otherwise the strings are
    cut out (an unterminated one stays in and can only over-count: such a text is not JSON) and
    the brackets that are left are counted."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return True
    depth = 0
    for byte in _JSON_STRING.sub(b"", raw).translate(None, _NOT_BRACKET):
        if byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return False
        else:
            depth -= 1
    return True


class CountyApp:
    def __init__(self, root: Path, store, clock: Clock | None = None, limits: Limits | None = None,
                 sources: Path | None = None):
        self.root = Path(root)
        # Township source folders (SOURCES/<code>/township.json ...): where 依申请转主动 documents go.
        default_sources = self.root / "sources"
        self.sources = Path(sources) if sources else (default_sources if default_sources.is_dir() else None)
        self.public = service.public_dir(self.root).resolve()
        self.public.mkdir(parents=True, exist_ok=True)
        self.store = store
        self.clock = clock or SystemClock()
        self.limits = limits or Limits()
        self.status_pages = StatusPages(store, self.limits.status_per_minute, sources=self.sources, clock=self.clock)
        # Kiosk calls each hold a pooled connection for their transaction: no more of them at once
        # than the pool keeps open (more would only open and close overflow connections).
        self._db_limiter: anyio.CapacityLimiter | None = None

    # --- plumbing -----------------------------------------------------------------------------
    def _too_large(self, size: int, partial: bool = False) -> str:
        limit = self.limits.max_body
        got = f"超过 {size / 1048576:.1f} MB" if partial else f"{size / 1048576:.1f} MB（{size} 字节）"
        return f"请求体过大：{got}，上限为 {limit / 1048576:.0f} MB（{limit} 字节），请分批上传"

    async def body_json(self, request: Request) -> object:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or len(length) > 12):
            raise ApiError(400, "Content-Length 无效")
        if length is not None and int(length) > self.limits.max_body:
            raise ApiError(413, self._too_large(int(length)))
        chunks, size = [], 0
        try:
            async with asyncio.timeout(self.limits.body_timeout):
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > self.limits.max_body:
                        raise ApiError(413, self._too_large(size, partial=True))
                    chunks.append(chunk)
        except TimeoutError:
            raise ApiError(408, "请求体发送超时") from None
        raw = b"".join(chunks)
        if not raw:
            raise ApiError(400, "请求体为空，应为 JSON")
        if not _depth_ok(raw, self.limits.max_json_depth):
            raise ApiError(400, f"JSON 嵌套超过 {self.limits.max_json_depth} 层")
        try:
            # orjson: a fifth of json's CPU for a night's 20-request uploads; stricter too (no NaN,
            # no lone surrogates, integers within 64 bits), and all it refuses is not JSON we take.
            return orjson.loads(raw)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise ApiError(400, f"请求体不是有效的 JSON: {str(exc)[:120]}") from None

    @staticmethod
    def token_sha256(request: Request) -> str:
        auth = request.headers.get("authorization", "")
        token = auth[7:].strip() if auth.startswith("Bearer ") else ""
        if not token or len(token) > 200:
            raise ApiError(401, UNAUTHORIZED)
        return service.token_hash(token)

    async def kiosk(self, request: Request) -> tuple[str, str]:
        found = await run_in_threadpool(self.store.kiosk_for_token, self.token_sha256(request))
        if found is None:
            raise ApiError(401, UNAUTHORIZED)
        return found

    async def kiosk_body(self, request: Request) -> tuple[str, object]:
        """The token's hash and the JSON body of a kiosk call; a malformed body is refused 401 first
        if the token is bad."""
        token = self.token_sha256(request)
        try:
            return token, await self.body_json(request)
        except ApiError:
            await self.kiosk(request)
            raise

    async def call(self, fn, *args):
        try:
            if self._db_limiter is None:  # made in the server's event loop, on the first call
                self._db_limiter = anyio.CapacityLimiter(POOL_SIZE)
            return await anyio.to_thread.run_sync(fn, *args, limiter=self._db_limiter)
        except UnknownToken:
            raise ApiError(401, UNAUTHORIZED) from None
        except Forbidden as exc:
            raise ApiError(403, str(exc)) from None
        except ValidationError as exc:
            raise ApiError(400, str(exc)) from None
        except StoreError as exc:  # the database cannot take the write: nothing was acknowledged
            log.error("county store refused a write: %s", exc)
            raise ApiError(503, str(exc)) from None

    # --- kiosk API: each call is one trip to the thread pool and one transaction (token included) ---
    async def upload(self, request: Request) -> Response:
        token, payload = await self.kiosk_body(request)
        result = await self.call(service.upload_for_token, self.store, token, payload, self.clock)
        return JSONResponse(result)

    async def heartbeat(self, request: Request) -> Response:
        token, payload = await self.kiosk_body(request)
        at = iso_now(self.clock)

        def work(conn, township: str, kiosk_id: str) -> None:
            if not isinstance(payload, dict):
                raise ValidationError("心跳内容格式错误")
            head = payload.get("audit_head")
            if head is not None and (not isinstance(head, str) or len(head) > 128
                                     or any(c not in "0123456789abcdefABCDEF" for c in head)):
                raise ValidationError("心跳中的 audit_head 应为十六进制字符串")
            self.store.store_heartbeat_in(conn, township, kiosk_id, at, payload)

        await self.call(self.store.for_kiosk, token, work)
        return JSONResponse({"ok": True})

    async def changes(self, request: Request) -> Response:
        raw = request.query_params.get("since", "0")

        def work(conn, township: str, kiosk_id: str) -> tuple[list[dict], int]:
            if not raw.isdigit() or len(raw) > 19 or int(raw) > MAX_SINCE:
                raise ValidationError("since 参数应为 0 至 2^63-1 的整数")
            return self.store.county_changes_in(conn, township, kiosk_id, int(raw)), int(raw)

        changes, since = await self.call(self.store.for_kiosk, self.token_sha256(request), work)
        return JSONResponse({"changes": changes, "next": changes[-1]["seq"] if changes else since})

    async def numbers(self, request: Request) -> Response:
        """The highest request serial the county holds per counter of this kiosk (kiosk/requests/highwater.py)."""
        def work(conn, township: str, kiosk_id: str) -> dict:
            return self.store.highest_numbers_in(conn, township, kiosk_id)

        highest = await self.call(self.store.for_kiosk, self.token_sha256(request), work)
        return JSONResponse({"highest": highest})

    # --- public status page --------------------------------------------------------------------
    async def status_page(self, request: Request) -> Response:
        client = request.client.host if request.client else "-"
        status, html = await run_in_threadpool(
            self.status_pages.render, client, request.path_params["number"], request.query_params.get("c", ""))
        headers = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                   "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"}
        if status == 429:
            headers["Retry-After"] = "60"
        return HTMLResponse(html, status_code=status, headers=headers)

    # --- static bundles -----------------------------------------------------------------------
    async def static_file(self, request: Request) -> Response:
        _refuse_wrong_method(request)
        if request.method not in ("GET", "HEAD"):
            raise ApiError(405, "不支持的请求方法")
        url_path = request.url.path
        if len(url_path) > static.MAX_PATH:
            raise ApiError(414, "路径过长")
        path = await run_in_threadpool(static.resolve, self.public, url_path)
        if path is None:
            raise ApiError(404, "文件不存在")
        try:
            stat = path.stat()
        except OSError:
            raise ApiError(404, "文件不存在") from None
        size = stat.st_size
        etag, last_modified = static.validators(stat)
        headers = {"Accept-Ranges": "bytes", "ETag": etag, "Last-Modified": last_modified,
                   "Content-Type": static.content_type(path)}
        span = None
        if request.method == "GET" and static.if_range_matches(request.headers.get("if-range"), etag,
                                                                 last_modified, stat.st_mtime):
            try:
                span = static.byte_range(request.headers.get("range"), size)
            except static.RangeNotSatisfiable:
                return Response(b"", status_code=416, headers={"Content-Range": f"bytes */{size}",
                                                               "Accept-Ranges": "bytes"})
        first, last, status = (0, size - 1, 200) if span is None else (*span, 206)
        if status == 206:
            headers["Content-Range"] = f"bytes {first}-{last}/{size}"
        length = max(0, last - first + 1)
        headers["Content-Length"] = str(length)
        if request.method == "HEAD":
            return Response(b"", status_code=status, headers=headers)
        return StreamingResponse(_file_chunks(path, first, length), status_code=status, headers=headers)

    def starlette(self) -> Starlette:
        async def api_error(_request, exc: ApiError):
            return error(exc.status, exc.message)

        async def http_error(_request, exc: HTTPException):
            return error(exc.status_code, {404: "接口不存在", 405: "不支持的请求方法"}.get(exc.status_code, exc.detail),
                         headers=exc.headers)

        async def fault(_request, exc: Exception):
            log.exception("county app fault")
            return error(500, "县级服务器内部错误，已记录")

        from county.console.views import Console

        routes = [
            *Console(self).routes(),
            Route("/api/v1/upload", self.upload, methods=["POST"]),
            Route("/api/v1/heartbeat", self.heartbeat, methods=["POST"]),
            Route("/api/v1/changes", self.changes, methods=["GET"]),
            Route("/api/v1/numbers", self.numbers, methods=["GET"]),
            Route("/api/{rest:path}", _no_api, methods=["GET", "POST", "PUT", "DELETE", "PATCH"]),
            Route("/s/{number}", self.status_page, methods=["GET", "HEAD"]),
            Route("/{path:path}", self.static_file, methods=["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]),
        ]
        app = Starlette(routes=routes, exception_handlers={ApiError: api_error, HTTPException: http_error,
                                                           Exception: fault})
        app.state.county = self
        catch_alls = (routes[-3], routes[-1])  # /api/... and /...: they match any path, so they answer first
        app.state.known_routes = [r for r in routes if r not in catch_alls]
        return app


def _refuse_wrong_method(request: Request) -> None:
    """A known path asked with a method it does not take is a 405 naming the methods it does take (Allow),
    not the 404 of the catch-all routes, which match any path and so would answer first."""
    allowed: set[str] = set()
    for route in request.app.state.known_routes:
        if route.matches(request.scope)[0] is Match.PARTIAL:
            allowed |= route.methods or set()
    if allowed:
        raise HTTPException(405, headers={"Allow": ", ".join(sorted(allowed))})


async def _no_api(request: Request) -> Response:
    _refuse_wrong_method(request)
    return error(404, "接口不存在")


async def _file_chunks(path: Path, first: int, length: int):
    with open(path, "rb") as f:
        f.seek(first)
        left = length
        while left > 0:
            chunk = await run_in_threadpool(f.read, min(left, 1 << 16))
            if not chunk:
                break
            left -= len(chunk)
            yield chunk


def create_app(root: Path, store=None, clock: Clock | None = None, limits: Limits | None = None,
               sources: Path | None = None) -> Starlette:
    store = store or service.open_county_db(root)
    return CountyApp(root, store, clock, limits, sources).starlette()

