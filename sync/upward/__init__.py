"""Upward record kinds: every kind of record a kiosk sends up to the county, declared once.

A kind is one `UpwardKind` registered in a module of this package, sync/upward/kNN_<what>.py,
found by name and loaded in name order like the kiosk's migrations (k10_requests first); that
order is the order of the kinds in uploads and messages ("申请 2 件、记录 2 条、评价 1 条").
Everything else loops over the registry: the kiosk's
outbox counts and uploads (sync/outbox.py, sync/status.py, sync/client.py), the sealed USB
export (sync/outbox_seal.py), the county's upload API and USB import (county/upward.py), and
the round-trip test (tests/county/test_upward.py, kiosk -> county -> acknowledgement over HTTP and
on a stick, SQLite and PostgreSQL), which is parametrized over this registry.

    from kiosk.store.outbox_repo import rows_by_ref
    from sync.upward import UpwardKind, integer, optional_text, register, text

    RATING = register(UpwardKind(
        name="rating",          # outbox.kind, and the key everywhere else
        wire="ratings",         # its list in the upload body {"ratings": [...]} and in the county's ack
        ref="uuid",             # the field naming one record: the county acknowledges these values
        label="评价", unit="条",  # for messages: "上传评价 3 条"
        fields=(text("uuid", 64), text("rated_at", 40), integer("score", 1, 5), optional_text("remark", 500)),
        collect=rows_by_ref("ratings", "uuid"),   # kiosk: the rows of these refs, as plain dicts
    ))

The shape check (`fields`, plus `check` for anything they cannot say) runs on the kiosk before a
record is sent (a record that fails stays in the outbox with the reason, and does not hold back
the others) and again at the county on whatever arrives.

How a record gets into the outbox: a trigger on the kind's own table, in its kiosk migration
(kiosk/store/migrations/m60_outbox_kinds.py shows one), so nothing written is forgotten,
whoever wrote it. The outbox row stays pending until the county acknowledges its ref.

How the county stores it: by default in `county_records` (kind, township, kiosk, ref, JSON data),
one row per ref, owned by the kiosk that sent it first (county/upward.py); a kind that needs
tables and rules of its own registers a store hook there under its name instead (requests and
their events do, county/service.py).

So a new kind costs, besides the code that writes its rows:
  1. sync/upward/kNN_<what>.py       this declaration (a new module, NN after the existing ones);
  2. kiosk/store/migrations/mNN_<kind>.py   its kiosk table and the trigger that queues its rows
     (NN above 60: the outbox is rebuilt by m60_outbox_kinds);
  3. tests/county/test_upward.py     one entry in SAMPLES: how the kiosk writes one such record.
Only if the county needs more than `county_records` (tables, rules, derived state):
  4. county/migrations/versions/NNNN_<kind>.py   its county tables (an Alembic revision);
  5. county/<kind>.py (or beside related code)   its store hook, registered with
     county.upward.register_store, its module name added to county.upward.STORE_MODULES.
Nothing else names a kind: outbox, sync status, heartbeat, upload, USB export and import all loop
over this registry. The salvage of a damaged database (kiosk/store/salvage.py, which may not import
this package) finds each kind's table from the trigger of step 2, so a new kind is carried into the
recovery file and back by `gongkai recover` with nothing more.

The heartbeat is not a kind: it is a snapshot of the kiosk's state sent on every sync, latest
wins, never queued nor acknowledged (sync/client.py, /api/v1/heartbeat).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from kiosk.errors import ValidationError

MAX_UPLOAD_ITEMS = 2000  # records of all kinds in one upload
MAX_NAME = 32  # a kind's name, as county_records.kind holds it
MAX_REF = 200  # a record's ref, as county_records.ref holds it


@dataclass(frozen=True)
class Field:
    """One field of a record's shape. `type`: text (a non-empty string of at most `limit`
    characters), json_object (a JSON object, or its JSON text), integer (from `low` to `high`)."""

    name: str
    type: str = "text"
    required: bool = True
    limit: int = 200
    low: int = -(2**63)
    high: int = 2**63 - 1

    def check(self, item: dict) -> None:
        value = item.get(self.name)
        if value is None and not self.required:  # absent, or NULL in the kiosk's table
            return
        if self.type == "text":
            ok = isinstance(value, str) and (0 < len(value) <= self.limit or (not self.required and value == ""))
            if not ok:
                raise ValidationError(f"上传内容中的 {self.name} 无效")
        elif self.type == "json_object":
            if isinstance(value, str):
                try:
                    value = json.loads(value)
                except ValueError:
                    raise ValidationError(f"上传内容中的 {self.name} 不是有效的 JSON") from None
            if not isinstance(value, dict):
                raise ValidationError(f"上传内容缺少 {self.name}（JSON 对象）")
        elif self.type == "integer":
            if not isinstance(value, int) or isinstance(value, bool) or not self.low <= value <= self.high:
                raise ValidationError(f"上传内容中的 {self.name} 应为 {self.low} 至 {self.high} 的整数")
        else:
            raise AssertionError(f"field type {self.type!r} of {self.name!r}")


def text(name: str, limit: int = 200) -> Field:
    return Field(name, "text", True, limit)


def optional_text(name: str, limit: int = 200) -> Field:
    """May be absent, null or empty; otherwise a string of at most `limit` characters."""
    return Field(name, "text", False, limit)


def json_object(name: str) -> Field:
    return Field(name, "json_object")


def integer(name: str, low: int = -(2**63), high: int = 2**63 - 1, required: bool = True) -> Field:
    return Field(name, "integer", required, low=low, high=high)


Collect = Callable[[sqlite_utils.Database, list[str]], list[dict]]


@dataclass(frozen=True)
class UpwardKind:
    name: str
    wire: str
    ref: str
    label: str
    unit: str
    fields: tuple[Field, ...]
    collect: Collect = field(repr=False)
    check: Callable[[dict], None] | None = field(default=None, repr=False)

    def validate(self, item: object) -> dict:
        """The item, or ValidationError saying what is wrong with it."""
        if not isinstance(item, dict):
            raise ValidationError(f"上传内容中的{self.label}格式错误")
        for f in self.fields:
            f.check(item)
        if self.check is not None:
            self.check(item)
        return item


_KINDS: dict[str, UpwardKind] = {}
_loaded = False


def register(kind: UpwardKind) -> UpwardKind:
    """Declare a kind (at import of its module here). Names and wire keys are unique."""
    if not kind.name.isidentifier() or not kind.wire.isidentifier():
        raise AssertionError(f"upward kind {kind.name!r}/{kind.wire!r}: names are identifiers")
    for other in _KINDS.values():
        if other.name != kind.name and kind.wire in (other.wire, other.name):
            raise AssertionError(f"upward kind {kind.name!r}: wire key {kind.wire!r} is taken")
    ref = {f.name: f for f in kind.fields}.get(kind.ref)
    if ref is None or ref.type != "text" or not ref.required or ref.limit > MAX_REF:
        raise AssertionError(f"upward kind {kind.name!r}: its ref {kind.ref!r} must be a required text field "
                             f"of at most {MAX_REF} characters")
    if len(kind.name) > MAX_NAME:
        raise AssertionError(f"upward kind {kind.name!r}: a name of at most {MAX_NAME} characters")
    _KINDS[kind.name] = kind
    return kind


def kinds() -> tuple[UpwardKind, ...]:
    """Every registered kind, in the order of their modules' names, then of registration."""
    global _loaded
    if not _loaded:
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
            importlib.import_module(f"{__name__}.{info.name}")
        _loaded = True
    return tuple(_KINDS.values())


def kind(name: str) -> UpwardKind:
    found = {k.name: k for k in kinds()}.get(name)
    if found is None:
        raise KeyError(f"no upward record kind {name!r} (sync/upward/)")
    return found


def empty() -> dict[str, list]:
    """{kind name: []} for every kind."""
    return {k.name: [] for k in kinds()}


def check_upload(payload: object) -> dict[str, list[dict]]:
    """An upload body {wire key: [record, ...], ...} checked against every kind: {kind name: records}.

    A kind missing from the body is an empty list; keys of no registered kind are ignored (their
    records are not acknowledged, so a newer kiosk keeps them until its county knows the kind)."""
    if not isinstance(payload, dict):
        raise ValidationError("上传内容格式错误")
    batch: dict[str, list[dict]] = {}
    for k in kinds():
        items = payload.get(k.wire, [])
        if not isinstance(items, list):
            raise ValidationError("上传内容格式错误")
        batch[k.name] = items
    if sum(len(items) for items in batch.values()) > MAX_UPLOAD_ITEMS:
        raise ValidationError(f"一次上传最多 {MAX_UPLOAD_ITEMS} 条")
    for k in kinds():
        for item in batch[k.name]:
            k.validate(item)
    return batch


def to_wire(batch: dict[str, list]) -> dict[str, list]:
    """{kind name: values} as the body or acknowledgement keys them: {wire key: values}."""
    return {k.wire: list(batch.get(k.name, [])) for k in kinds()}


def acknowledged(ack: object) -> dict[str, set[str]]:
    """The county's acknowledgement {wire key: [ref, ...]} as {kind name: {ref, ...}}; anything
    malformed acknowledges nothing."""
    found: dict[str, set[str]] = {}
    for k in kinds():
        refs = ack.get(k.wire) if isinstance(ack, dict) else None
        found[k.name] = {r for r in refs if isinstance(r, str)} if isinstance(refs, list) else set()
    return found


def refusals(ack: object) -> dict[str, dict[str, str]]:
    """The county's per-record refusals in its answer, {"refused": {wire key: [{"ref", "reason"}]}},
    as {kind name: {ref: reason}} (records its rules refuse: not acknowledged, they stay in the
    outbox with the reason); anything malformed refuses nothing."""
    refused = ack.get("refused") if isinstance(ack, dict) else None
    found: dict[str, dict[str, str]] = {}
    for k in kinds():
        items = refused.get(k.wire) if isinstance(refused, dict) else None
        found[k.name] = {i["ref"]: str(i.get("reason") or "")[:500] for i in items
                         if isinstance(i, dict) and isinstance(i.get("ref"), str)} if isinstance(items, list) else {}
    return found


def summary(counts: dict[str, int], *, all_kinds: bool = False) -> str:
    """"申请 3 件、记录 5 条" for {kind name: count}: the kinds with a count (or every kind)."""
    return "、".join(f"{k.label} {counts.get(k.name, 0)} {k.unit}" for k in kinds()
                    if all_kinds or counts.get(k.name, 0))
