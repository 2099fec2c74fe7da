"""County side of the upward record kinds (sync/upward/): store a checked upload, acknowledge it.

    register_store("rating", store=..., count=...)   a kind (or kinds stored together) with tables
                                                     and rules of its own; called at import of the
                                                     county module that owns them, which is listed
                                                     in STORE_MODULES
    store_upload_in(db, conn, township, kiosk_id, payload, at) -> {wire key: [acknowledged ref]}
    counts(db) -> {kind name: records received from kiosks}

`store(db, conn, township, kiosk_id, batch, at)` gets {kind name: [checked record]} for its kinds
inside the upload's transaction and returns {kind name: [ref acknowledged]}, or that and
{kind name: {ref: reason}} of the records its rules refuse; raising (Forbidden, ValidationError)
refuses the whole upload, nothing stored. A ref left out of the answer stays in the kiosk's outbox
and comes again next time. `count(db)` gives {kind name: records stored}.

A refused record is one bad item, not a bad batch: the rest of the upload is stored and
acknowledged, and the answer adds {"refused": {wire key: [{"ref", "reason"}]}} (only when something
was refused; older kiosks ignore it). The refused record is not acknowledged: it stays in the
kiosk's outbox with the county's reason (nothing the kiosk recorded is dropped on either side) and
is kept at the county in county_held_uploads, listed in the console for an officer to resolve (a
conflict with a step the county recorded meanwhile, or a kiosk that breaks the rules). Sent again
and accepted (the officer voided the conflicting county step), it leaves that list.

A kind without a store of its own is kept in `county_records`: one row per (kind, ref), owned by
the kiosk (township and kiosk id of the token) that sent it first; a ref another kiosk owns
refuses the upload, and the same record sent again changes nothing. The requests and their
events register their own store (county/service.py).
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from county.store import CountyStore, canonical_json, held, records
from kiosk.errors import Forbidden
from sync import upward

Acked = dict[str, list[str]]
Refused = dict[str, dict[str, str]]
Store = Callable[[CountyStore, sa.Connection, str, str, dict[str, list[dict]], str], Acked | tuple[Acked, Refused]]
Count = Callable[[CountyStore], dict[str, int]]


@dataclass(frozen=True)
class _Hook:
    names: tuple[str, ...]
    store: Store
    count: Count


_HOOKS: dict[str, _Hook] = {}
# The county modules that register a store (by name: they import this module, not the reverse).
STORE_MODULES = ("county.service",)


def register_store(*names: str, store: Store, count: Count) -> None:
    """The county's own store for these kinds (stored together, in one call per upload)."""
    hook = _Hook(tuple(names), store, count)
    for name in names:
        upward.kind(name)  # a kind that is not declared is a bug here, not at the first upload
        if name in _HOOKS:
            raise AssertionError(f"upward kind {name!r} has a county store already")
        _HOOKS[name] = hook


def _hooks() -> list[_Hook]:
    """The registered hooks, each once, in the order of their first kind in the registry."""
    for name in STORE_MODULES:
        importlib.import_module(name)
    seen: list[_Hook] = []
    for kind in upward.kinds():
        hook = _HOOKS.get(kind.name)
        if hook is not None and hook not in seen:
            seen.append(hook)
    return seen


def generic_kinds() -> list[upward.UpwardKind]:
    """The kinds kept in county_records."""
    _hooks()
    return [k for k in upward.kinds() if k.name not in _HOOKS]


def store_upload_in(db: CountyStore, conn: sa.Connection, township: str, kiosk_id: str, payload: object,
                    at: str) -> dict[str, list[str]]:
    """Check an upload of any kinds and store it in the caller's transaction; the acknowledgement."""
    batch = upward.check_upload(payload)
    acked: dict[str, list[str]] = {}
    refused: dict[str, dict[str, str]] = {}
    for hook in _hooks():
        part = {name: batch[name] for name in hook.names}
        if any(part.values()):
            answer = hook.store(db, conn, township, kiosk_id, part, at)
            if isinstance(answer, tuple):
                answer, refusals = answer
                refused.update({name: found for name, found in refusals.items() if found})
            acked.update(answer)
    for kind in generic_kinds():
        if batch[kind.name]:
            acked[kind.name] = _store_records(db, conn, kind, township, kiosk_id, batch[kind.name], at)
    _hold(db, conn, township, kiosk_id, batch, acked, refused, at)
    wire = upward.to_wire(acked)
    if refused:
        wire["refused"] = upward.to_wire({name: [{"ref": ref, "reason": reason} for ref, reason in found.items()]
                                          for name, found in refused.items()})
    return wire


def _hold(db: CountyStore, conn: sa.Connection, township: str, kiosk_id: str, batch: dict[str, list[dict]],
          acked: dict[str, list[str]], refused: dict[str, dict[str, str]], at: str) -> None:
    """Keep this upload's refused records for the console (the latest reason and text of each), and
    drop those of its records that are now acknowledged."""
    mine = (held.c.township == township, held.c.kiosk_id == kiosk_id)
    holding = conn.execute(sa.select(held.c.ref).where(*mine).limit(1)).first() is not None
    done = [(name, ref) for name, refs in acked.items() for ref in refs] if holding else []
    for start in range(0, len(done), 500):
        conn.execute(held.delete().where(sa.tuple_(held.c.kind, held.c.ref).in_(done[start:start + 500]), *mine))
    rows = []
    for name, found in refused.items():
        ref_field = upward.kind(name).ref
        items = {item[ref_field]: item for item in batch[name]}
        rows += [dict(kind=name, ref=ref, township=township, kiosk_id=kiosk_id, reason=reason,
                      data=canonical_json(items.get(ref, {})), first_received_at=at, last_received_at=at)
                 for ref, reason in found.items()]
    if rows:
        stmt = db.dialect_insert(held)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[held.c.kind, held.c.ref],
            set_={"reason": stmt.excluded.reason, "data": stmt.excluded.data,
                  "last_received_at": stmt.excluded.last_received_at},
            where=sa.and_(held.c.township == stmt.excluded.township, held.c.kiosk_id == stmt.excluded.kiosk_id)), rows)


def held_uploads(db: CountyStore, township: str = "", limit: int = 500) -> list[dict]:
    """The records the county refused and keeps for an officer, latest first."""
    query = sa.select(held).order_by(held.c.last_received_at.desc(), held.c.kind, held.c.ref).limit(limit)
    if township:
        query = query.where(held.c.township == township)
    with db.engine.connect() as conn:
        return [{**dict(r._mapping), "data": json.loads(r.data)} for r in conn.execute(query)]


def _store_records(db: CountyStore, conn: sa.Connection, kind: upward.UpwardKind, township: str, kiosk_id: str,
                   items: list[dict], at: str) -> list[str]:
    latest = {item[kind.ref]: item for item in items}  # the same ref twice in a batch: the last wins
    refs = sorted(latest)
    stored: dict[str, tuple] = {}
    for start in range(0, len(refs), 500):
        rows = conn.execute(sa.select(records.c.ref, records.c.township, records.c.kiosk_id, records.c.data)
                            .where(records.c.kind == kind.name, records.c.ref.in_(refs[start:start + 500])))
        stored.update({r[0]: tuple(r[1:]) for r in rows})
    for ref, row in stored.items():
        if (row[0], row[1]) != (township, kiosk_id):
            raise Forbidden(f"{kind.label} {ref} 属于其他乡镇或其他一体机，拒绝上传")
    texts = {ref: canonical_json(item) for ref, item in latest.items()}
    changed = [dict(kind=kind.name, ref=ref, township=township, kiosk_id=kiosk_id, data=texts[ref],
                    first_received_at=at, last_received_at=at)
               for ref in refs if ref not in stored or stored[ref][2] != texts[ref]]
    if changed:
        stmt = db.dialect_insert(records)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[records.c.kind, records.c.ref],
            set_={"data": stmt.excluded.data, "last_received_at": stmt.excluded.last_received_at},
            # Two kiosks racing for a new ref: the one that lost the race overwrites nothing.
            where=sa.and_(records.c.township == stmt.excluded.township, records.c.kiosk_id == stmt.excluded.kiosk_id),
        ), changed)
    return [item[kind.ref] for item in items]


def counts(db: CountyStore) -> dict[str, int]:
    """{kind name: records received from kiosks} for every kind."""
    found: dict[str, int] = {}
    for hook in _hooks():
        found.update(hook.count(db))
    generic = [k.name for k in generic_kinds()]
    if generic:
        with db.engine.connect() as conn:
            rows = dict(conn.execute(sa.select(records.c.kind, sa.func.count()).where(records.c.kind.in_(generic))
                                     .group_by(records.c.kind)).all())
        found.update({name: rows.get(name, 0) for name in generic})
    return {k.name: found.get(k.name, 0) for k in upward.kinds()}


def stored_records(db: CountyStore, kind_name: str, township: str = "", kiosk_id: str = "") -> list[dict]:
    """The records of a kind kept in county_records, oldest first (for the console and reports)."""
    query = sa.select(records).where(records.c.kind == kind_name).order_by(records.c.id)
    if township:
        query = query.where(records.c.township == township)
    if kiosk_id:
        query = query.where(records.c.kiosk_id == kiosk_id)
    with db.engine.connect() as conn:
        return [{**dict(r._mapping), "data": json.loads(r.data)} for r in conn.execute(query)]
