"""The store: one SQLite file, WAL, foreign keys, named migrations, append-only logs."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from kiosk.calendar.holidays import import_calendar, install_shipped_calendars
from kiosk.config import ConfigError, load_config
from kiosk.errors import ValidationError
from kiosk.paths import default_db_path
from kiosk.store import calendar_repo, open_store
from kiosk.store.migrations import migration_sets


def test_database_uses_wal_and_foreign_keys(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # FULL: an acknowledged request survives a power cut
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_every_named_migration_is_recorded_and_reopening_changes_nothing(tmp_path):
    path = tmp_path / "k.db"
    first = open_store(path)
    applied = [r[0] for r in first.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    expected = [m.name for s in migration_sets() for m in s._migrations]
    assert applied == expected and "m001_core_tables" in applied
    first.close()
    again = open_store(path)
    assert [r[0] for r in again.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == applied
    again.close()


def test_default_location_is_under_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("GONGKAI_DATA_DIR", raising=False)
    assert default_db_path() == tmp_path / "gongkai" / "kiosk.db"


def test_foreign_keys_refuse_a_notice_for_an_unknown_village(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO notices (village_id, category, title, body, posted_on) VALUES (99, '村务', 't', 'b', '2026-01-01')"
        )


def test_money_is_integer_fen_and_never_negative(db):
    db.execute("INSERT INTO villages (id, code, name, kind) VALUES (1, 'v1', '东岭村', 'village')")
    db.execute("INSERT INTO subsidy_items (id, name) VALUES (1, '耕地地力保护补贴')")
    insert = (
        "INSERT INTO payouts (village_id, recipient_name, id_last4, subsidy_item_id, year, period, amount_fen, paid_on)"
        " VALUES (1, '张三', '123X', 1, 2026, '2026年度', ?, '2026-06-20')"
    )
    db.execute(insert, [33760])
    assert db.execute("SELECT amount_fen, typeof(amount_fen) FROM payouts").fetchone() == (33760, "integer")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert, [-1])


def test_payouts_hold_only_four_characters_of_an_id_number(db):
    db.execute("INSERT INTO villages (id, code, name, kind) VALUES (1, 'v1', '东岭村', 'village')")
    db.execute("INSERT INTO subsidy_items (id, name) VALUES (1, '高龄津贴')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO payouts (village_id, recipient_name, id_last4, subsidy_item_id, year, period, amount_fen,"
            " paid_on) VALUES (1, '张三', '110101199003074514', 1, 2026, '2026年01月', 5000, '2026-01-15')"
        )


@pytest.mark.parametrize("table", ["request_events", "audit_log"])
def test_logs_are_append_only(db, table):
    if table == "request_events":
        db.execute(
            "INSERT INTO requests (uuid, number, kiosk_id, applicant_type, name, id_type, id_number, phone,"
            " description, delivery_form, delivery_method, channel, received_on, created_at, updated_at)"
            " VALUES ('u1', 'N1', 'K01', 'person', '张三', 'resident_id', 'x', '1', 'd', '纸质', '当面领取', '当面',"
            " '2026-11-20', 't', 't')"
        )
        db.execute(
            "INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor) VALUES ('e1', 'u1', 'received', 't', 'a')"
        )
    else:
        db.execute("INSERT INTO audit_log (at, actor, action, prev_hash, hash) VALUES ('t', 'a', 'x', '0', '1')")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute(f"UPDATE {table} SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute(f"DELETE FROM {table}")
    assert db.execute(f"SELECT actor FROM {table}").fetchone()[0] == "a"


def test_shipped_2026_calendar_gives_the_official_working_days(db, clock):
    assert install_shipped_calendars(db, clock) == [2026]
    assert calendar_repo.covered_years(db) == {2026}
    special = calendar_repo.exceptional_days(db)
    day, workdays, per_month = dt.date(2026, 1, 1), 0, [0] * 12
    while day.year == 2026:
        kind = special.get(day.isoformat())
        if kind == "workday" or (kind is None and day.weekday() < 5):
            workdays += 1
            per_month[day.month - 1] += 1
        day += dt.timedelta(days=1)
    # shared/DOMAIN.md §5, computed from the State Council notice
    assert workdays == 248
    assert per_month == [21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23]
    assert special["2026-02-14"] == "workday" and special["2026-10-07"] == "holiday"


def test_a_broken_calendar_file_is_refused_and_changes_nothing(db, clock, tmp_path):
    install_shipped_calendars(db, clock)
    before = calendar_repo.exceptional_days(db)
    bad = tmp_path / "2027.json"
    bad.write_text(json.dumps({"year": 2027, "source": "x", "holidays": [
        {"name": "春节", "from": "2027-02-05", "to": "2027-02-11", "workdays": ["2027-02-10"]}]}), encoding="utf-8")
    with pytest.raises(ValidationError, match="不是周末"):
        import_calendar(db, bad, clock)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError, match="不是有效的 JSON"):
        import_calendar(db, bad, clock)
    assert calendar_repo.exceptional_days(db) == before
    assert calendar_repo.covered_years(db) == {2026}


def test_config_defaults_and_clear_errors(tmp_path):
    assert load_config().idle_seconds == 90
    good = tmp_path / "kiosk.toml"
    good.write_text('township = "362430101"\nkiosk_id = "K02"\nidle_seconds = 120\n', encoding="utf-8")
    config = load_config(good)
    assert (config.township, config.kiosk_id, config.idle_seconds, config.source) == ("362430101", "K02", 120, good)
    bad = tmp_path / "bad.toml"
    bad.write_text('idle_seconds = "soon"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="idle_seconds"):
        load_config(bad)
    bad.write_text('colour = "red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="colour"):
        load_config(bad)
    with pytest.raises(ConfigError, match="不存在"):
        load_config(tmp_path / "missing.toml")


def test_every_setting_is_declared_once_with_help_and_matches_the_config_defaults():
    from dataclasses import fields

    from kiosk.config import SETTINGS, Config

    declared = {s.name: s for s in SETTINGS}
    assert len(declared) == len(SETTINGS)
    config_fields = {f.name for f in fields(Config)} - {"source"}
    assert set(declared) == config_fields
    defaults = Config()
    for setting in SETTINGS:
        assert setting.help.strip()
        assert getattr(defaults, setting.name) == setting.default, setting.name
