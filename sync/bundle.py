"""The bundle format: a signed manifest plus content files, laid out as plain static files.

    <repo>/public/<township>/index.json                  what is on offer (unsigned; only points)
    <repo>/public/<township>/bundles/000013-full/         a full snapshot at sequence 13
    <repo>/public/<township>/bundles/000013-delta-000012/ the changes from 12 to 13
        manifest.json   sequence, times, township, schema version, each file's length and SHA-256
        manifest.sig    base64 Ed25519 signature of manifest.json's exact bytes
        content.sqlite  the content tables (a delta adds `_deletes`)
        attachments/<sha256>  each attachment once, named by its hash

The index is not trusted: every bundle it points at must carry its own valid signature, a
sequence higher than the one applied and this kiosk's township (TUF: rollback, mix-and-match).
Every read is capped by a declared length, so a hostile server cannot send endless data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from nacl.signing import SigningKey

from kiosk.errors import BundleRejected, ValidationError
from kiosk.township_code import is_township_code
from kiosk.trust.safe_json import loads as safe_loads
from sync import keys

FORMAT = "gongkai-bundle"
INDEX_FORMAT = "gongkai-index"
SCHEMA_VERSION = 1
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})
MANIFEST_NAME, SIGNATURE_NAME, CONTENT_NAME = "manifest.json", "manifest.sig", "content.sqlite"
INDEX_NAME = "index.json"
MAX_MANIFEST_BYTES = 8 << 20
MAX_SIGNATURE_BYTES = 1024
MAX_INDEX_BYTES = 1 << 20
MAX_FILE_BYTES = 8 << 30
MAX_FILES = 200_000          # content.sqlite plus attachments
MAX_INDEX_ENTRIES = 1000
MAX_JSON_DEPTH = 8           # the deepest a genuine manifest or index goes is 3
CLOCK_SKEW = dt.timedelta(hours=6)  # how far a manifest's creation may lie in this kiosk's future
MAX_VALIDITY = dt.timedelta(days=400)

_FILE_PATTERN = re.compile(r"^(content\.sqlite|attachments/[0-9a-f]{64})\Z")
_BUNDLE_DIR_PATTERN = re.compile(r"^bundles/[0-9]{6,}-(full|delta-[0-9]{6,})\Z")
_SHA256 = re.compile(r"^[0-9a-f]{64}\Z")
_MIME = re.compile(r"[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,80}")


@dataclass(frozen=True)
class FileEntry:
    path: str
    length: int
    sha256: str


@dataclass(frozen=True)
class Attachment:
    sha256: str
    mime: str
    size: int


@dataclass(frozen=True)
class Manifest:
    township: str
    sequence: int
    kind: str  # 'full' or 'delta'
    base_sequence: int | None
    created_at: str
    expires_at: str
    schema_version: int = SCHEMA_VERSION
    files: tuple[FileEntry, ...] = ()
    attachments: tuple[Attachment, ...] = ()  # the county's whole attachment set at this sequence
    counts: dict[str, int] = field(default_factory=dict)

    def file(self, path: str) -> FileEntry | None:
        return next((f for f in self.files if f.path == path), None)

    def to_json(self) -> bytes:
        body = {
            "format": FORMAT, "schema_version": self.schema_version, "township": self.township,
            "sequence": self.sequence, "kind": self.kind, "base_sequence": self.base_sequence,
            "created_at": self.created_at, "expires_at": self.expires_at, "counts": self.counts,
            "files": [{"path": f.path, "length": f.length, "sha256": f.sha256} for f in self.files],
            "attachments": [{"sha256": a.sha256, "mime": a.mime, "size": a.size} for a in self.attachments],
        }
        return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def check_relative_path(path: object) -> str:
    """A path inside the bundle, or a refusal that names the offending path."""
    if not isinstance(path, str) or not path:
        raise BundleRejected(f"数据包文件路径无效: {path!r}")
    pure = PurePosixPath(path)
    if "\\" in path or "\x00" in path or pure.is_absolute() or any(p in ("..", ".") for p in pure.parts):
        raise BundleRejected(f"路径越出数据包，拒绝: {path}")
    if not _FILE_PATTERN.match(path):
        raise BundleRejected(f"数据包中有不认识的文件: {path}")
    return path


def check_bundle_dir(path: object) -> str:
    if not isinstance(path, str) or not _BUNDLE_DIR_PATTERN.match(path):
        raise BundleRejected(f"索引中的数据包路径无效，拒绝: {path!r}")
    return path


def _iso(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise BundleRejected(f"清单中的{what}不是有效时间")
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BundleRejected(f"清单中的{what}不是有效时间: {value!r}") from None
    if parsed.tzinfo is None:
        raise BundleRejected(f"清单中的{what}缺少时区: {value!r}")
    return value


def _json(raw: bytes, what: str, limit: int) -> object:
    """Parsed with the kiosk's bounded parser: size, depth and integer digits are capped."""
    try:
        return safe_loads(raw, what, max_bytes=limit, max_depth=MAX_JSON_DEPTH, max_int_digits=20)
    except ValidationError as exc:
        raise BundleRejected(str(exc)) from None


def check_times(manifest: Manifest, now: dt.datetime) -> None:
    """Expiry after creation, creation not in the future (beyond a clock-skew allowance)."""
    created = dt.datetime.fromisoformat(manifest.created_at)
    expires = dt.datetime.fromisoformat(manifest.expires_at)
    if expires <= created:
        raise BundleRejected("数据包的过期时间早于（或等于）创建时间，拒绝")
    if expires - created > MAX_VALIDITY:
        raise BundleRejected(f"数据包的有效期超过 {MAX_VALIDITY.days} 天，拒绝")
    if created > now + CLOCK_SKEW:
        raise BundleRejected(
            f"数据包的创建时间 {created:%Y-%m-%d %H:%M} 晚于本机时间 {now:%Y-%m-%d %H:%M}：请核对本机时钟，拒绝"
        )


def _int(value: object, what: str, low: int = 0, high: int = 1 << 62) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BundleRejected(f"清单中的{what}无效: {value!r}")
    return value


def parse_manifest(raw: bytes) -> Manifest:
    """Parse signed manifest bytes. The schema version is checked before anything else is read."""
    body = _json(raw, "清单文件", MAX_MANIFEST_BYTES)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleRejected("这不是公开一体机的数据包清单")
    version = body.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version not in SUPPORTED_SCHEMA_VERSIONS:
        raise BundleRejected(
            f"数据包格式版本 {version!r} 不受支持（本机支持 {', '.join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS)))}），"
            "请先升级本机软件"
        )
    township = body.get("township")
    if not is_township_code(township):
        raise BundleRejected(f"清单中的乡镇代码无效: {township!r}")
    kind = body.get("kind")
    if kind not in ("full", "delta"):
        raise BundleRejected(f"清单中的数据包类型无效: {kind!r}")
    sequence = _int(body.get("sequence"), "序号", low=1)
    base = None if kind == "full" else _int(body.get("base_sequence"), "基准序号", high=sequence - 1)
    files, seen = [], set()
    raw_files = body.get("files")
    if not isinstance(raw_files, list):
        raise BundleRejected("清单缺少文件列表")
    if len(raw_files) > MAX_FILES:
        raise BundleRejected("清单中的文件太多，拒绝")
    for entry in raw_files:
        if not isinstance(entry, dict):
            raise BundleRejected("清单的文件条目格式错误")
        path = check_relative_path(entry.get("path"))
        if path in seen:
            raise BundleRejected(f"清单中文件重复: {path}")
        seen.add(path)
        sha = entry.get("sha256")
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise BundleRejected(f"清单中 {path} 的 SHA-256 无效")
        if path.startswith("attachments/") and path.split("/", 1)[1] != sha:
            raise BundleRejected(f"附件 {path} 的文件名与其 SHA-256 不一致")
        files.append(FileEntry(path, _int(entry.get("length"), f"{path} 的长度", high=MAX_FILE_BYTES), sha))
    if CONTENT_NAME not in seen:
        raise BundleRejected("清单缺少内容文件 content.sqlite")
    attachments, seen_attachments = [], set()
    raw_attachments = body.get("attachments", [])
    if not isinstance(raw_attachments, list) or len(raw_attachments) > MAX_FILES:
        raise BundleRejected("清单的附件列表格式错误")
    for entry in raw_attachments:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(sha, str) or not _SHA256.match(sha):
            raise BundleRejected("清单的附件条目格式错误")
        mime = entry.get("mime")
        if not isinstance(mime, str) or not _MIME.fullmatch(mime):
            raise BundleRejected("清单的附件类型格式错误")
        if sha in seen_attachments:
            raise BundleRejected("清单中附件重复")
        seen_attachments.add(sha)
        attachments.append(Attachment(sha, mime, _int(entry.get("size"), "附件大小", high=MAX_FILE_BYTES)))
    counts = body.get("counts", {})
    if not isinstance(counts, dict) or len(counts) > 64 or not all(
        isinstance(k, str) and len(k) <= 64 and isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 1 << 40
        for k, v in counts.items()
    ):
        raise BundleRejected("清单中的行数统计格式错误")
    return Manifest(
        township=township, sequence=sequence, kind=kind, base_sequence=base,
        created_at=_iso(body.get("created_at"), "创建时间"), expires_at=_iso(body.get("expires_at"), "过期时间"),
        schema_version=version, files=tuple(files), attachments=tuple(attachments), counts=counts,
    )


def bundle_dir_name(sequence: int, base: int | None) -> str:
    return f"bundles/{sequence:06d}-full" if base is None else f"bundles/{sequence:06d}-delta-{base:06d}"


def sha256_file(path: Path) -> tuple[int, str]:
    digest, length = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
            length += len(chunk)
    return length, digest.hexdigest()


def write_bundle(
    out_dir: Path, *, township: str, sequence: int, base: int | None, created_at: str, expires_at: str,
    content_file: Path, attachment_files: dict[str, Path], attachments: list[Attachment],
    counts: dict[str, int], key: SigningKey,
) -> Manifest:
    """Write one bundle directory: files first, then the signature, and the manifest last.

    The directory appears under its final name only when complete (written beside it, then renamed).
    """
    staging = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "attachments").mkdir(parents=True)
    shutil.copyfile(content_file, staging / CONTENT_NAME)
    files = [FileEntry(CONTENT_NAME, *sha256_file(staging / CONTENT_NAME))]
    for sha, source in sorted(attachment_files.items()):
        target = staging / "attachments" / sha
        shutil.copyfile(source, target)
        length, digest = sha256_file(target)
        if digest != sha:
            raise BundleRejected(f"附件 {source} 的内容与其哈希不符")
        files.append(FileEntry(f"attachments/{sha}", length, digest))
    manifest = Manifest(
        township=township, sequence=sequence, kind="full" if base is None else "delta", base_sequence=base,
        created_at=created_at, expires_at=expires_at, files=tuple(files),
        attachments=tuple(sorted(attachments, key=lambda a: a.sha256)), counts=counts,
    )
    raw = manifest.to_json()
    (staging / SIGNATURE_NAME).write_bytes(keys.sign(key, raw))
    (staging / MANIFEST_NAME).write_bytes(raw)
    for path in (staging / SIGNATURE_NAME, staging / MANIFEST_NAME):
        with open(path, "rb") as f:
            os.fsync(f.fileno())
    shutil.rmtree(out_dir, ignore_errors=True)
    os.replace(staging, out_dir)
    return manifest


def parse_index(raw: bytes, township: str) -> dict:
    """The index only points at bundles; it is checked for shape, scope and safe paths.

    It is not signed, so nothing in it is trusted beyond finding a manifest: the signed manifest
    alone decides sequence, base and township (fetch_verified checks each one).
    """
    body = _json(raw, "索引文件", MAX_INDEX_BYTES)
    if not isinstance(body, dict) or body.get("format") != INDEX_FORMAT:
        raise BundleRejected("这不是公开一体机的数据包索引")
    if body.get("township") != township:
        shown = body.get("township") if isinstance(body.get("township"), str) else "?"
        raise BundleRejected(f"索引属于乡镇 {shown[:32]!r}，本机是 {township}")
    bundles = body.get("bundles", [])
    if bundles is None:
        bundles = []
    if not isinstance(bundles, list):
        raise BundleRejected("索引中的数据包列表格式错误")
    if len(bundles) > MAX_INDEX_ENTRIES:
        raise BundleRejected("索引中的数据包太多，拒绝")
    entries = []
    for entry in bundles:
        if not isinstance(entry, dict):
            raise BundleRejected("索引条目格式错误")
        sequence = _int(entry.get("sequence"), "索引中的序号", low=1)
        base = entry.get("base")
        if base is not None:
            base = _int(base, "索引中的基准序号", high=sequence - 1)
        entries.append({"sequence": sequence, "base": base, "path": check_bundle_dir(entry.get("path"))})
    return {"latest": _int(body.get("latest", 0), "索引中的最新序号"), "bundles": entries}


def choose_bundles(index: dict, applied: int) -> list[dict]:
    """The shortest way from `applied` to the newest: a chain of deltas if one exists, else the full."""
    newest = max((b["sequence"] for b in index["bundles"]), default=0)
    if newest <= applied:
        return []
    deltas = {b["base"]: b for b in index["bundles"] if b["base"] is not None}
    chain, at = [], applied
    while at in deltas and at < newest and applied > 0:
        chain.append(deltas[at])
        at = deltas[at]["sequence"]
    if chain and at == newest:
        return chain
    fulls = [b for b in index["bundles"] if b["base"] is None]
    if not fulls:
        raise BundleRejected(f"服务器上没有从序号 {applied} 可用的数据包，也没有完整数据包")
    return [max(fulls, key=lambda b: b["sequence"])]
