"""m60_outbox_kinds: the outbox loses its per-kind CHECK and keeps every row and trigger."""

from __future__ import annotations

import pkgutil
import sqlite3

import pytest

from kiosk.requests import service
from kiosk.store import connect, migrate, township_repo
from kiosk.store.migrations import migration_sets
from tests.sync.conftest import TOWNSHIP, applicant


def test_the_outbox_rebuilt_without_its_kind_check_keeps_every_row(tmp_path, clock, config, clerk):
    db = connect(tmp_path / "kiosk.db")
    # The database before m60: every migration but m60 and those after it that queue their own kinds in the
    # outbox (their triggers name the rebuilt table); later column additions are applied, so today's code can
    # write requests, and m60 then meets real rows and triggers with the old per-kind CHECK in place.
    import importlib
    import inspect

    from kiosk.store import migrations as package

    sources = {m.name: inspect.getsource(importlib.import_module(f"{package.__name__}.{m.name}"))
               for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("m")}
    past_m60 = False
    for migrations in migration_sets():
        module = next(n for n, text in sources.items() if f'Migrations("{migrations.name}")' in text)
        past_m60 = past_m60 or migrations.name == "outbox_kinds"
        if migrations.name == "outbox_kinds" or (past_m60 and "outbox" in sources[module]):
            continue
        migrations.apply(db)
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    made = [service.create_request(db, clock, config, clerk, applicant(n)) for n in range(2)]
    with db.atomic():
        db.execute("UPDATE outbox SET sent_at = '2026-11-22T02:00:00Z', attempts = 3, last_error = 'x' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO outbox (kind, ref) VALUES ('rating', 'r1')")
    before = db.execute("SELECT * FROM outbox ORDER BY id").fetchall()
    assert len(before) == 4

    migrate(db)
    assert db.execute("SELECT * FROM outbox ORDER BY id").fetchall() == before
    with db.atomic():
        db.execute("INSERT INTO outbox (kind, ref) VALUES ('rating', 'r1')")
    # The triggers still queue new and changed requests and new events.
    service.create_request(db, clock, config, clerk, applicant(2))
    with db.atomic():
        db.execute("UPDATE requests SET updated_at = '2026-11-23' WHERE uuid = ?", [made[0]["uuid"]])
    kinds = db.execute("SELECT kind, count(*) FROM outbox WHERE sent_at IS NULL GROUP BY kind").fetchall()
    assert dict(kinds) == {"request": 3, "event": 3, "rating": 1}
    assert db.execute("SELECT version FROM outbox WHERE ref = ?", [made[0]["uuid"]]).fetchone() == (2,)
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'outbox_pending'").fetchone()
    db.close()
