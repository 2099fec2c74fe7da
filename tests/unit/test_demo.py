"""The demo township: enough realistic content, consistent, and the same for the same seed."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from kiosk.clock import FixedClock
from kiosk.demo import DemoSpec, build_demo
from kiosk.store import open_store, stats_repo
from tests.conftest import DEMO_AS_OF


def test_counts_meet_what_a_township_needs(demo_db):
    counts = stats_repo.counts(demo_db)
    assert counts["villages"] >= 12
    assert counts["domains"] == 26
    assert counts["catalogue_items"] >= 300
    assert counts["notices"] >= 200
    assert counts["payouts"] >= 50_000
    assert counts["policies"] >= 20
    assert counts["calendar_years"] >= 1
    kinds = dict(demo_db.execute("SELECT kind, count(*) FROM villages GROUP BY kind").fetchall())
    assert kinds["village"] >= 10 and kinds["community"] >= 2


def test_every_catalogue_item_fills_every_standard_column(demo_db):
    columns = ("level1", "level2", "content", "basis", "time_limit", "subject", "channels", "audience", "method", "level")
    empty = demo_db.execute(
        f"SELECT count(*) FROM catalogue_items WHERE {' OR '.join(f'trim({c}) = ' + repr('') for c in columns)}"
    ).fetchone()[0]
    assert empty == 0
    per_domain = [r[0] for r in demo_db.execute("SELECT count(*) FROM catalogue_items GROUP BY domain_id")]
    assert len(per_domain) == 26 and min(per_domain) >= 10
    assert {r[0] for r in demo_db.execute("SELECT DISTINCT method FROM catalogue_items")} <= {"主动", "依申请"}


def test_notices_span_the_categories_and_some_carry_images(demo_db):
    categories = {r[0] for r in demo_db.execute("SELECT DISTINCT category FROM notices")}
    assert categories == {"党务", "村务", "财务", "居务"}
    with_images = demo_db.execute("SELECT count(DISTINCT notice_id) FROM notice_attachments WHERE kind = 'image'")
    assert with_images.fetchone()[0] >= 20
    for (data,) in demo_db.execute("SELECT data FROM attachments LIMIT 3"):
        image = Image.open(io.BytesIO(data))
        assert image.format == "PNG" and image.size[0] >= 320
    today = DEMO_AS_OF.isoformat()
    current = demo_db.execute(
        "SELECT count(*) FROM notices WHERE expires_on IS NULL OR expires_on >= ?", [today]).fetchone()[0]
    archived = demo_db.execute("SELECT count(*) FROM notices WHERE expires_on < ?", [today]).fetchone()[0]
    assert current > 0 and archived > 0
    urgent = demo_db.execute("SELECT count(*) FROM notices WHERE urgent = 1 AND expires_on >= ?", [today])
    assert urgent.fetchone()[0] >= 1


def test_payouts_cover_several_items_and_years_with_sane_amounts(demo_db):
    items = demo_db.execute("SELECT count(DISTINCT subsidy_item_id) FROM payouts").fetchone()[0]
    years = [r[0] for r in demo_db.execute("SELECT DISTINCT year FROM payouts ORDER BY year")]
    assert items >= 8
    assert len(years) >= 3 and max(years) == DEMO_AS_OF.year
    low, high = demo_db.execute("SELECT min(amount_fen), max(amount_fen) FROM payouts").fetchone()
    assert low > 0 and high <= 3_000_000
    future = demo_db.execute("SELECT count(*) FROM payouts WHERE paid_on > ?", [DEMO_AS_OF.isoformat()])
    assert future.fetchone()[0] == 0


def test_every_policy_has_an_interpretation_linked_to_it(demo_db):
    orphans = demo_db.execute(
        "SELECT count(*) FROM policies p WHERE p.kind = 'policy'"
        " AND NOT EXISTS (SELECT 1 FROM policies i WHERE i.interprets_id = p.id AND i.kind = 'interpretation')"
    ).fetchone()[0]
    assert orphans == 0
    body = demo_db.execute("SELECT body FROM policies WHERE kind = 'policy' LIMIT 1").fetchone()[0]
    assert re.search(r"^一、", body, re.M) and re.search(r"^（一）", body, re.M)


def test_referential_integrity_holds(demo_db):
    assert demo_db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert demo_db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_no_full_id_or_phone_number_appears_anywhere_residents_can_read(demo_db):
    full_id = re.compile(r"\d{17}[\dX]")
    mobile = re.compile(r"1[3-9]\d{9}")
    for table, column in [("notices", "body"), ("documents", "body"), ("policies", "body")]:
        for (text,) in demo_db.execute(f"SELECT {column} FROM {table}"):
            assert not full_id.search(text) and not mobile.search(text)


def _dump(path) -> list[str]:
    database = open_store(path)
    lines = [line for line in database.conn.iterdump() if "_sqlite_migrations" not in line]
    database.close()
    return lines


def _build(path, seed):
    database = open_store(path)
    build_demo(database, DemoSpec(scale=1, seed=seed, as_of=DEMO_AS_OF), FixedClock("2026-11-22T06:00:00+08:00"))
    database.close()


def test_same_seed_gives_the_same_township_and_another_seed_does_not(tmp_path, demo_db_template):
    _build(tmp_path / "again.db", 2026)
    _build(tmp_path / "other.db", 7)
    reference = _dump(demo_db_template)
    assert _dump(tmp_path / "again.db") == reference
    assert _dump(tmp_path / "other.db") != reference


def test_demo_goes_only_into_an_empty_database(demo_db):
    with pytest.raises(ValueError, match="already holds"):
        build_demo(demo_db, DemoSpec(), FixedClock("2026-11-22T06:00:00+08:00"))
