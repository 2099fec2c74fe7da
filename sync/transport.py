"""Where bytes come from: a folder (USB stick, mirror copy) or the county server over HTTP.

HTTP downloads resume with Range after a broken connection, back off between attempts, and
never accept more bytes than the manifest declared.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from kiosk.errors import BundleRejected, TransportError

CHUNK = 1 << 16
TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)


@dataclass
class Backoff:
    """Exponential backoff with jitter, so hundreds of kiosks do not retry in step."""

    attempts: int = 5
    base: float = 2.0
    cap: float = 120.0
    sleep: Callable[[float], None] = time.sleep
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempt: int) -> float:
        return min(self.cap, self.base * 2 ** attempt) * (0.5 + self.rng.random() / 2)

    def run(self, action: Callable[[], object], what: str):
        """Run `action`, retrying TransportError; other errors pass straight through."""
        for attempt in range(self.attempts):
            try:
                return action()
            except TransportError as exc:
                if attempt == self.attempts - 1:
                    raise TransportError(f"{what}：重试 {self.attempts} 次仍失败（{exc}）") from exc
                self.sleep(self.delay(attempt))
        raise AssertionError("unreachable")


class DirSource:
    """A bundle folder or repository copy on a stick. Reads are capped like downloads."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def describe(self) -> str:
        return str(self.root)

    def read_small(self, relpath: str, limit: int) -> bytes:
        path = self.root / relpath
        try:
            with _open_regular(path, relpath) as f:
                data = f.read(limit + 1)
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise TransportError(f"无法读取 {path}: {exc.strerror}") from exc
        if len(data) > limit:
            raise BundleRejected(f"{relpath} 超过 {limit} 字节上限，拒绝")
        return data

    def fetch(self, relpath: str, dest: Path, length: int) -> None:
        source = self.root / relpath
        try:
            with _open_regular(source, relpath) as src, open(dest, "wb") as out:
                # One byte more than declared is enough to prove the file is too long.
                shutil.copyfileobj(_Capped(src, length + 1), out, CHUNK)
        except FileNotFoundError:
            raise BundleRejected(f"数据包缺少文件 {relpath}") from None
        except OSError as exc:
            raise TransportError(f"无法复制 {source}: {exc.strerror}") from exc
        if dest.stat().st_size > length:
            raise BundleRejected(f"文件 {relpath} 比清单声明的 {length} 字节更长，拒绝")


def _open_regular(path: Path, relpath: str):
    """Only regular files are read from a stick: a FIFO would hang the sync, a device never end."""
    from kiosk.errors import ValidationError
    from kiosk.trust.safe_read import open_regular

    try:
        return open_regular(path, relpath)
    except ValidationError as exc:
        raise BundleRejected(str(exc)) from None


class _Capped:
    def __init__(self, f, limit: int):
        self.f, self.left = f, limit

    def read(self, n: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        n = self.left if n < 0 else min(n, self.left)
        data = self.f.read(n)
        self.left -= len(data)
        return data


class HttpSource:
    """The county server (or any static host) at `base_url`, e.g. https://host/gongkai/<township>/."""

    def __init__(self, client: httpx.Client, base_url: str, backoff: Backoff | None = None):
        self.client = client
        self.base_url = base_url.rstrip("/") + "/"
        self.backoff = backoff or Backoff()

    def describe(self) -> str:
        return self.base_url

    def read_small(self, relpath: str, limit: int) -> bytes:
        return self.backoff.run(lambda: self._read_small(relpath, limit), f"下载 {relpath}")

    def _read_small(self, relpath: str, limit: int) -> bytes:
        url = self.base_url + relpath
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code == 404:
                    raise FileNotFoundError(relpath)
                _raise_for_status(response, url)
                data = bytearray()
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > limit:
                        raise BundleRejected(f"{relpath} 超过 {limit} 字节上限，拒绝")
                return bytes(data)
        except httpx.TransportError as exc:
            raise TransportError(_describe(exc, url)) from exc

    def fetch(self, relpath: str, dest: Path, length: int) -> None:
        part = dest.with_name(dest.name + ".part")
        self.backoff.run(lambda: self._fetch_once(relpath, part, length), f"下载 {relpath}")
        part.replace(dest)

    def _fetch_once(self, relpath: str, part: Path, length: int) -> None:
        url = self.base_url + relpath
        offset = part.stat().st_size if part.exists() else 0
        if offset > length:
            part.unlink()
            offset = 0
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                if response.status_code == 404:
                    raise BundleRejected(f"服务器上缺少文件 {relpath}")
                if response.status_code == 416:
                    return  # nothing past `offset`: the file is shorter than declared; the verifier says so
                _raise_for_status(response, url)
                mode = "ab" if response.status_code == 206 and offset else "wb"
                written = offset if mode == "ab" else 0
                with open(part, mode) as out:
                    for chunk in response.iter_bytes():
                        written += len(chunk)
                        if written > length:
                            raise BundleRejected(f"文件 {relpath} 比清单声明的 {length} 字节更长，拒绝")
                        out.write(chunk)
                    out.flush()
        except httpx.TransportError as exc:
            raise TransportError(_describe(exc, url)) from exc


def _raise_for_status(response: httpx.Response, url: str) -> None:
    if response.status_code >= 500:
        raise TransportError(f"服务器错误 {response.status_code}: {url}")
    if response.status_code >= 400:
        raise BundleRejected(f"服务器拒绝请求 {response.status_code}: {url}")


def _describe(exc: httpx.TransportError, url: str) -> str:
    if isinstance(exc, httpx.ConnectError):
        return f"无法连接县级服务器 {url}"
    if isinstance(exc, httpx.TimeoutException):
        return f"连接县级服务器超时 {url}"
    return f"下载中断 {url}（{type(exc).__name__}）"


def make_client(token: str = "") -> httpx.Client:
    headers = {"User-Agent": "gongkai-kiosk"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.Client(timeout=TIMEOUT, headers=headers, follow_redirects=False)
