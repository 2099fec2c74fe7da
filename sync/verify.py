"""The one verifier: every bundle, fetched over HTTP or read from a USB stick, passes through here.

`fetch_verified` reads the manifest and its signature from a Source, checks the signature against
the pinned keys, then scope, schema version, sequence and paths, and only then fetches each needed
file (no more bytes than declared) and checks its length and SHA-256. Nothing is applied here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from nacl.signing import VerifyKey

from kiosk.errors import BundleRejected
from sync import bundle
from sync.bundle import FileEntry, Manifest
from sync.keys import check_signature


class Source(Protocol):
    """Where bundles come from: the county server, a mirror, or a folder on a stick."""

    def describe(self) -> str: ...

    def read_small(self, relpath: str, limit: int) -> bytes: ...

    def fetch(self, relpath: str, dest: Path, length: int) -> None:
        """Put at most `length` bytes of `relpath` at `dest`, resuming a partial `dest` if possible."""


@dataclass(frozen=True)
class VerifiedBundle:
    manifest: Manifest
    directory: Path  # holds content.sqlite and attachments/<sha> for every file that was needed


def verify_manifest(raw: bytes, signature: bytes, trusted: list[VerifyKey], township: str,
                    applied_sequence: int, now: dt.datetime | None = None) -> Manifest:
    check_signature(raw, signature, trusted)
    manifest = bundle.parse_manifest(raw)
    bundle.check_times(manifest, now or dt.datetime.now(dt.UTC))
    if manifest.township != township:
        raise BundleRejected(f"数据包属于乡镇 {manifest.township}，本机是 {township}，拒绝")
    if manifest.sequence <= applied_sequence:
        raise BundleRejected(
            f"数据包序号 {manifest.sequence} 不高于本机已应用的 {applied_sequence}：可能是重放的旧数据包，拒绝"
        )
    if manifest.kind == "delta" and manifest.base_sequence != applied_sequence:
        raise BundleRejected(
            f"增量数据包基于序号 {manifest.base_sequence}，本机是 {applied_sequence}，需要完整数据包"
        )
    return manifest


def verify_file(entry: FileEntry, path: Path) -> None:
    if not path.is_file():
        raise BundleRejected(f"缺少文件 {entry.path}")
    length, digest = bundle.sha256_file(path)
    if length != entry.length:
        raise BundleRejected(f"文件 {entry.path} 长度不符：清单声明 {entry.length} 字节，实际 {length} 字节")
    if digest != entry.sha256:
        raise BundleRejected(f"文件 {entry.path} 的 SHA-256 与清单不符：文件损坏或被篡改")


def staging_key(raw_manifest: bytes) -> str:
    """Where a bundle's files are staged: named by the SHA-256 of its exact manifest bytes.

    A partial file left by another bundle (an interrupted USB sync, a replaced stick) can never be
    taken for this bundle's, whatever its length.
    """
    return hashlib.sha256(raw_manifest).hexdigest()[:32]


def fetch_verified(source: Source, bundle_dir: str, staging: Path, *, trusted: list[VerifyKey],
                   township: str, applied_sequence: int, have_attachments: set[str],
                   now: dt.datetime | None = None) -> VerifiedBundle:
    """Fetch and verify one bundle under `staging` (a folder per manifest). On rejection it is removed."""
    prefix = f"{bundle_dir}/" if bundle_dir else ""
    try:
        raw = source.read_small(prefix + bundle.MANIFEST_NAME, bundle.MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        raise BundleRejected(f"缺少清单文件 {prefix}manifest.json") from None
    try:
        signature = source.read_small(prefix + bundle.SIGNATURE_NAME, bundle.MAX_SIGNATURE_BYTES)
    except FileNotFoundError:
        raise BundleRejected("缺少签名文件 manifest.sig，拒绝") from None
    manifest = verify_manifest(raw, signature, trusted, township, applied_sequence, now)
    directory = staging / staging_key(raw)
    _drop_other_downloads(staging, keep=directory.name)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        for entry in needed_files(manifest, have_attachments):
            dest = directory / entry.path
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.is_symlink() or (dest.exists() and not dest.is_file()):
                _remove(dest)
            if dest.is_file() and dest.stat().st_size == entry.length:
                try:
                    verify_file(entry, dest)  # finished by an earlier, interrupted run
                    continue
                except BundleRejected:
                    dest.unlink()  # torn write from a kill: fetch it again
            source.fetch(prefix + entry.path, dest, entry.length)
            verify_file(entry, dest)
    except BundleRejected:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    return VerifiedBundle(manifest, directory)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _drop_other_downloads(staging: Path, keep: str) -> None:
    """Partial downloads of other bundles would only fill the disk."""
    if staging.is_dir():
        for child in staging.iterdir():
            if child.name != keep:
                _remove(child)


def needed_files(manifest: Manifest, have_attachments: set[str]) -> list[FileEntry]:
    """The content file, plus each listed attachment this kiosk does not hold yet."""
    needed = [manifest.file(bundle.CONTENT_NAME)]
    shipped = {f.path.split("/", 1)[1]: f for f in manifest.files if f.path.startswith("attachments/")}
    for attachment in manifest.attachments:
        if attachment.sha256 in have_attachments:
            continue
        entry = shipped.get(attachment.sha256)
        if entry is None:
            raise BundleRejected(f"数据包缺少附件 {attachment.sha256[:12]}…，本机也没有")
        needed.append(entry)
    return needed
