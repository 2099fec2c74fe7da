"""One date style, one period style, plain catalogue words, status colours, and English when asked."""

from __future__ import annotations

import pytest

from kiosk.content.catalogue import plain_label
from kiosk.content.home import home_summary
from kiosk.formatting import day_text, money, period_text
from kiosk.requests.status import PublicStatus


@pytest.mark.parametrize("raw", ["2026-11", "202611", "2026年11月", "第2026年11月期", "2026/11", "2026年11月期"])
def test_every_way_of_writing_a_month_reads_the_same(raw):
    assert period_text(raw) == "2026年11月"
    assert period_text(raw, "en") == "November 2026"


def test_leading_zero_months_and_other_periods():
    assert period_text("2025年01月") == "2025年1月"
    assert period_text("2025年度") == "2025年度"
    assert period_text("第3期") == "第3期"  # not a month: kept as written


def test_one_date_style_and_english_dates():
    assert day_text("2026-01-15") == "2026年1月15日"
    assert day_text("2026-01-15T09:00:00+08:00") == "2026年1月15日"
    assert day_text("2026-01-15", "en") == "January 15, 2026"
    assert day_text("长期") == "长期"
    assert money(16820, "en").endswith("168.20") and money(16820) == "¥168.20"


def test_catalogue_jargon_has_plain_words_with_the_term_beside():
    assert plain_label("公开层级") == "由哪一级负责（公开层级）"
    assert plain_label("一级事项").endswith("（一级事项）") and plain_label("别的") == "别的"


def test_red_only_for_overdue_or_refused():
    calm = PublicStatus("N", "已受理，正在办理", "", "", finished=False, status="received")
    late = PublicStatus("N", "已受理，正在办理", "", "", finished=False, overdue=True, status="received")
    given_up = PublicStatus("N", "视为放弃", "", "", finished=True, status="abandoned")
    replied = PublicStatus("N", "已答复", "", "", finished=True, status="replied")
    assert (calm.tone, late.tone, given_up.tone, replied.tone) == ("calm", "alert", "alert", "done")


def test_home_date_and_footer_in_english(demo_db, clock):
    zh, en = home_summary(demo_db, clock), home_summary(demo_db, clock, "en")
    assert zh.today_text.startswith("2026年11月22日")
    assert "November 22, 2026" in en.today_text
    assert en.updated_text.startswith(("Data updated", "Not synchronised"))


def test_the_footer_never_shows_an_update_time_still_to_come(demo_db):
    """The demo built (or a bundle stamped by a county clock running ahead) before six in the morning."""
    from kiosk.clock import FixedClock
    from kiosk.content.home import CONTENT_UPDATED_AT
    from kiosk.store import sync_state_repo

    sync_state_repo.put(demo_db, CONTENT_UPDATED_AT, "2026-11-22T06:00:00+08:00")
    early = FixedClock("2026-11-22T03:40:00+08:00")
    assert home_summary(demo_db, early).updated_text == "数据更新于 2026年11月22日 03:40"
    later = FixedClock("2026-11-22T10:00:00+08:00")
    assert home_summary(demo_db, later).updated_text == "数据更新于 2026年11月22日 06:00"


def test_a_demo_built_before_six_is_not_updated_in_the_future(tmp_path):
    import datetime as dt

    from kiosk.clock import FixedClock
    from kiosk.content.home import CONTENT_UPDATED_AT
    from kiosk.demo import DemoSpec, build_demo
    from kiosk.store import open_store, sync_state_repo

    db = open_store(tmp_path / "early.db")
    try:
        clock = FixedClock("2026-11-22T03:40:00+08:00")
        build_demo(db, DemoSpec(scale=1, seed=7, as_of=dt.date(2026, 11, 22)), clock)
        stamp = dt.datetime.fromisoformat(sync_state_repo.get(db, CONTENT_UPDATED_AT))
        assert stamp <= clock.now()
    finally:
        db.close()


def test_demo_amounts_match_the_stated_standard(demo_db):
    """高龄津贴 is 50 yuan a month (80-89) or 100 (90-99): no ¥78.90."""
    amounts = {r[0] for r in demo_db.execute(
        "SELECT DISTINCT amount_fen FROM payouts p JOIN subsidy_items i ON i.id = p.subsidy_item_id WHERE i.name = '高龄津贴'")}
    assert amounts and amounts <= {5000, 10000, 30000}, sorted(amounts)[:5]


def test_a_payout_lookup_answers_this_month(demo_db):
    """「12月尚未发放」: the month asked about is said, paid or not yet, with the last payment."""
    import datetime as dt

    from kiosk.content.subsidies import find_my_payouts, this_month

    name, last4 = demo_db.execute(
        "SELECT recipient_name, id_last4 FROM payouts p JOIN subsidy_items i ON i.id = p.subsidy_item_id "
        "WHERE i.name = '高龄津贴' AND period = '2026年11月' LIMIT 1").fetchone()
    rows = find_my_payouts(demo_db, name, last4, "surname")
    december = this_month(rows, dt.date(2026, 12, 4))
    line = next(x for x in december if x.startswith("高龄津贴："))
    assert line.startswith("高龄津贴：2026年12月尚未发放（最近一次：2026年11月，¥") and line.endswith(".00）")
    november = next(x for x in this_month(rows, dt.date(2026, 11, 30)) if x.startswith("高龄津贴："))
    assert november.startswith("高龄津贴：2026年11月已发放 ¥")
    assert not any("农机" in x or "耕地" in x for x in december)  # yearly and one-off items are not monthly
