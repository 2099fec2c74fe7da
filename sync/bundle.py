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

from sync import keys
from sync.errors import BundleRejected

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

_FILE_PATTERN = re.compile(r"^(content\.sqlite|attachments/[0-9a-f]{64})$")
_BUNDLE_DIR_PATTERN = re.compile(r"^bundles/[0-9]{6,}-(full|delta-[0-9]{6,})$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_TOWNSHIP = re.compile(r"^[0-9A-Za-z_-]{1,32}$")


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
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise BundleRejected(f"清单中的{what}不是有效时间: {value!r}") from None
    if parsed.tzinfo is None:
        raise BundleRejected(f"清单中的{what}缺少时区: {value!r}")
    return str(value)


def _int(value: object, what: str, low: int = 0, high: int = 1 << 62) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BundleRejected(f"清单中的{what}无效: {value!r}")
    return value


def parse_manifest(raw: bytes) -> Manifest:
    """Parse signed manifest bytes. The schema version is checked before anything else is read."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRejected(f"清单文件无法解析: {exc}") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleRejected("这不是公开一体机的数据包清单")
    version = body.get("schema_version")
    if version not in SUPPORTED_SCHEMA_VERSIONS:
        raise BundleRejected(
            f"数据包格式版本 {version!r} 不受支持（本机支持 {', '.join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS)))}），"
            "请先升级本机软件"
        )
    township = body.get("township")
    if not isinstance(township, str) or not _TOWNSHIP.match(township):
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
    attachments = []
    for entry in body.get("attachments") or []:
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        if not isinstance(sha, str) or not _SHA256.match(sha) or not isinstance(entry.get("mime"), str):
            raise BundleRejected("清单的附件条目格式错误")
        attachments.append(Attachment(sha, entry["mime"], _int(entry.get("size"), "附件大小", high=MAX_FILE_BYTES)))
    counts = body.get("counts") if isinstance(body.get("counts"), dict) else {}
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
    """The index only points at bundles; it is checked for shape, scope and safe paths."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRejected(f"索引文件无法解析: {exc}") from None
    if not isinstance(body, dict) or body.get("format") != INDEX_FORMAT:
        raise BundleRejected("这不是公开一体机的数据包索引")
    if body.get("township") != township:
        raise BundleRejected(f"索引属于乡镇 {body.get('township')!r}，本机是 {township}")
    entries = []
    for entry in body.get("bundles") or []:
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
