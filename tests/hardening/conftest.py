"""Shared pieces for the attack tests: a staffed township with requests, and raw-file tampering."""

from __future__ import annotations

import sqlite3

import pytest

from kiosk.config import Config
from kiosk.requests import service
from kiosk.store import open_store, township_repo
from kiosk.trust.staff import Actor, add_staff, login
from tests.requests.conftest import person, resident_id

ROOT = Actor.system("root")


@pytest.fixture
def kiosk_db(tmp_path, clock):
    """A kiosk database with two staff, three requests and some logins, all through the real services."""
    path = tmp_path / "kiosk.db"
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇", "office_phone": "0796-6123456"})
    add_staff(db, clock, ROOT, "admin", "赵主任", "admin", "908172")
    add_staff(db, clock, ROOT, "wang", "王小明", "clerk", "246810")
    clerk = login(db, clock, "wang", "246810")
    config = Config(township="362430101", kiosk_id="K01")
    numbers = []
    for n, name in enumerate(("张桂兰", "李建国", "王秀英")):
        view = service.create_request(db, clock, config, clerk, person(
            name=name, id_number=resident_id(f"3624301956030412{n}")))
        numbers.append(view["number"])
    service.add_event(db, clock, clerk, numbers[0], "replied", "2026-11-21", outcome="37")
    db.numbers = numbers
    db.path = path
    yield db
    db.close()


def raw(path) -> sqlite3.Connection:
    """The attacker's own connection to the file: no triggers stop them (they drop them first)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    return conn


def table_snapshot(db, table: str) -> list[tuple]:
    return db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()


# The sync fixtures (signed demo bundles, a county server on 127.0.0.1, one-call kiosk syncs).
from tests.sync.conftest import (  # noqa: E402,F401
    county_server,
    kiosk,
    kiosk_token,
    published_template,
    repo,
    signing_keys,
    small_source,
)
