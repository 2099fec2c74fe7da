"""Personal data in what anyone can download: a public bundle holds no ID digits, names only as the
kiosk shows them, and nothing that lets an outsider run the my-payouts lookup. The kiosk, holding
the township secret, still finds a resident's own payouts."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from county.publish import publish
from county.source_folder import stable_id
from kiosk.clock import FixedClock
from kiosk.content import subsidies
from kiosk.content.payout_tokens import lookup_token
from kiosk.masking import mask_name
from tests.sync.conftest import PUBLISH_CLOCK, TOWNSHIP

SECRET = "qinghe-township-secret-2026"


def _roster(source: Path) -> list[dict]:
    with open(source / "roster.csv", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def published(small_source, signing_keys, tmp_path):
    repo = tmp_path / "repo"
    publish(small_source, repo, signing_keys[0], FixedClock(PUBLISH_CLOCK), township_secret=SECRET)
    return repo / "public" / TOWNSHIP / "bundles" / "000001-full"


def _payouts(bundle: Path) -> list[tuple]:
    conn = sqlite3.connect(bundle / "content.sqlite")
    try:
        return conn.execute("SELECT id, recipient_name, id_last4, lookup_token FROM payouts").fetchall()
    finally:
        conn.close()


def test_the_public_bundle_carries_no_id_digits_and_only_masked_names(published, small_source):
    rows = _payouts(published)
    people = _roster(small_source)
    assert len(rows) == len(people) > 100
    assert {r[2] for r in rows} == {"****"}
    assert {r[1] for r in rows} <= {mask_name(p["姓名"]) for p in people}
    raw = b"".join(p.read_bytes() for p in published.rglob("*") if p.is_file())
    for person in people[:200]:
        if len(person["姓名"]) >= 2:
            assert person["姓名"].encode() not in raw, "no full name anywhere in the bundle"


def test_an_outsider_cannot_test_name_and_last4_against_the_bundle(published, small_source):
    rows = _payouts(published)
    person = _roster(small_source)[0]
    name, last4 = person["姓名"], person["身份证号后四位"]
    tokens, ids = {r[3] for r in rows}, {r[0] for r in rows}
    assert lookup_token(SECRET, name, last4) in tokens, "the kiosk's token is there"
    for guess_secret in ("", "secret", TOWNSHIP, "gongkai"):
        assert lookup_token(guess_secret, name, last4) not in tokens
    # The row id is not the old sha256 of the natural key either (name + last 4 were part of it).
    old_id = stable_id("payout", person["村(社区)"], person["村民小组"], name, last4, person["补贴项目"],
                       int(person["年度"]), person["补贴期号"], 1)
    assert old_id not in ids


def test_the_kiosk_with_the_secret_still_finds_a_residents_payouts(db, kiosk, published, small_source, monkeypatch):
    assert kiosk(from_dir=published).ok
    person = _roster(small_source)[0]
    monkeypatch.setenv("GONGKAI_TOWNSHIP_SECRET", SECRET)
    found = subsidies.find_my_payouts(db, person["姓名"], person["身份证号后四位"], "surname")
    assert found and {r["name"] for r in found} == {mask_name(person["姓名"])}
    assert sum(r["amount_fen"] for r in found) > 0
    wrong = "0000" if person["身份证号后四位"] != "0000" else "1111"
    assert subsidies.find_my_payouts(db, person["姓名"], wrong, "surname") == []


def test_a_kiosk_without_the_secret_finds_nothing(db, kiosk, published, small_source, monkeypatch):
    assert kiosk(from_dir=published).ok
    monkeypatch.setenv("GONGKAI_TOWNSHIP_SECRET", "another-township-secret")
    person = _roster(small_source)[0]
    assert subsidies.find_my_payouts(db, person["姓名"], person["身份证号后四位"], "surname") == []


def test_full_names_only_when_the_county_says_so(small_source, signing_keys, tmp_path):
    repo = tmp_path / "repo"
    publish(small_source, repo, signing_keys[0], FixedClock(PUBLISH_CLOCK), township_secret=SECRET, names="full")
    rows = _payouts(repo / "public" / TOWNSHIP / "bundles" / "000001-full")
    assert {r[1] for r in rows} == {p["姓名"] for p in _roster(small_source)}
    assert {r[2] for r in rows} == {"****"}, "even then, no ID digits"


def test_the_secret_never_travels_in_a_bundle(published):
    raw = b"".join(p.read_bytes() for p in published.parent.parent.rglob("*") if p.is_file())
    assert SECRET.encode() not in raw


def test_locally_imported_rows_still_match_by_name_and_last4(demo_db, monkeypatch):
    monkeypatch.delenv("GONGKAI_TOWNSHIP_SECRET", raising=False)
    name, last4 = demo_db.execute("SELECT recipient_name, id_last4 FROM payouts LIMIT 1").fetchone()
    assert subsidies.find_my_payouts(demo_db, name, last4, "surname")
