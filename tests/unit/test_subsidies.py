"""Subsidy payouts: masked names, ¥ amounts, totals, keyset pages, a resident's own rows."""

import pytest

from kiosk.content import subsidies
from kiosk.errors import ValidationError
from kiosk.store import payouts_repo


@pytest.fixture
def pick(demo_db):
    return payouts_repo.busiest_selection(demo_db)


def test_pages_cover_every_row_once_with_masked_names(demo_db, pick):
    village, item, year = pick
    totals = subsidies.item_totals(demo_db, village, item, year)
    seen, after = [], 0
    while True:
        page = subsidies.payout_page(demo_db, village, item, year, "surname", after_id=after, limit=50)
        if not page:
            break
        seen.extend(page)
        after = page[-1]["id"]
    assert len(seen) == totals.count and len({r["id"] for r in seen}) == totals.count
    assert sum(r["amount_fen"] for r in seen) == totals.total_fen
    assert all(r["name"].endswith("*") and len(r["name"]) <= 3 for r in seen)
    assert all(r["amount_text"].startswith("¥") for r in seen)
    assert not any("id_last4" in r or "recipient_name" in r for r in seen)


def test_village_total_is_the_sum_of_its_items(demo_db, pick):
    village, _, year = pick
    items = subsidies.items_for_village(demo_db, village)
    per_item = [subsidies.item_totals(demo_db, village, i["id"], year) for i in items]
    whole = subsidies.village_totals(demo_db, village, year)
    assert whole.count == sum(t.count for t in per_item)
    assert whole.total_fen == sum(t.total_fen for t in per_item)
    assert whole.total_text.startswith("¥")


def test_find_my_payouts_needs_name_and_last4_and_shows_masked_rows(demo_db, pick):
    village, item, year = pick
    row = payouts_repo.page(demo_db, village, item, year, limit=1)[0]
    last4 = demo_db.execute("SELECT id_last4 FROM payouts WHERE id = ?", [row["id"]]).fetchone()[0]
    found = subsidies.find_my_payouts(demo_db, row["recipient_name"], last4.lower(), "surname")
    assert found and row["id"] in [r["id"] for r in found]
    for r in found:
        assert r["name"] != row["recipient_name"] and row["recipient_name"] not in str(r)
        assert last4 not in str(r)
    wrong = "0000" if last4 != "0000" else "1111"
    wrong_ids = [r["id"] for r in subsidies.find_my_payouts(demo_db, row["recipient_name"], wrong, "surname")]
    assert row["id"] not in wrong_ids


@pytest.mark.parametrize(("name", "last4", "field"), [
    ("", "1234", "name"), ("Zhang", "1234", "name"), ("张", "1234", "name"),
    ("张三", "12", "id_last4"), ("张三", "12a4", "id_last4"), ("张三", "", "id_last4"),
])
def test_bad_lookup_input_is_refused_with_a_message(demo_db, name, last4, field):
    with pytest.raises(ValidationError) as err:
        subsidies.find_my_payouts(demo_db, name, last4, "surname")
    assert err.value.field == field and str(err.value)
