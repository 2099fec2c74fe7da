"""The console as a request tracker in a real browser (Chromium, headless): a county officer answers
a request end to end from the worklist, by its number, with a reply template, in at most 8 clicks
after logging in (counted here); the kiosk's next sync receives the reply. Screenshots of the
worklist and of the charts page are saved for a person to look at (GONGKAI_SCREENSHOTS=DIR keeps
them; otherwise they go to the test's tmp_path)."""

from __future__ import annotations

import os
import random
from pathlib import Path

from county import service as county_service
from county.console import accounts, handling
from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.store import township_repo
from tests.county.test_browser import (  # noqa: F401 - the module's browser and county fixtures
    APP_CLOCK,
    By,
    browser,
    county_site,
    log_in,
    wait_for,
    wait_for_text,
    wait_for_value,
)
from tests.county.test_tenancy import request_row
from tests.sync.conftest import TOWNSHIP, applicant

MAX_CLICKS = 8


def _history(store) -> None:
    """A year of requests in two townships (some answered late, some still open) for the charts."""
    chance = random.Random(23)
    clock = FixedClock(APP_CLOCK)
    for township, kiosk_id, share in ((TOWNSHIP, "K02", 1.0), ("362430102", "K01", 0.6)):
        rows, events = [], []
        for n in range(1, 80):
            if chance.random() > share:
                continue
            month = chance.randint(1, 11)
            day = chance.randint(1, 28 if month < 11 else 20)
            received = f"2026-{month:02d}-{day:02d}"
            uuid = f"{township}-{kiosk_id}-{n}"
            rows.append(request_row(township, kiosk_id, n, uuid, received_on=received, name=f"李{n}",
                                    description=f"2026年第{n}批农村危房改造补助对象名单"))
            if month < 11 and chance.random() < 0.8:
                late = chance.random() < 0.2
                on = f"2026-{min(month + (2 if late else 1), 11):02d}-{min(day, 20):02d}"
                events.append({"event_uuid": f"{uuid}-r", "request_uuid": uuid, "kind": "replied",
                               "at": f"{on}T10:00:00+08:00", "actor": "clerk", "data": {"on": on, "outcome": "36-2"}})
        county_service.store_upload(store, township, kiosk_id, {"requests": rows, "events": events}, clock)


def test_answer_a_request_from_the_worklist_with_a_template_in_at_most_8_clicks(
        browser, county_site, db, kiosk, clock, config, clerk, tmp_path):  # noqa: F811 - imported fixtures
    shots = Path(os.environ.get("GONGKAI_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    made = [service.create_request(db, clock, config, clerk, applicant(n)) for n in range(3)]
    assert kiosk(server=county_site.url, token=county_site.token).ok
    number = made[1]["number"]
    store = county_site.store
    _history(store)
    accounts.add_staff(store, FixedClock(APP_CLOCK), "handler2", "王承办", "handler", "correct-horse-1")
    first = store.request_by_number(made[0]["number"])
    handling.assign(store, FixedClock(APP_CLOCK), accounts.StaffUser("handler1", "李经办", "handler"),
                    first["uuid"], first["number"], "handler2", "综合办")

    log_in(browser, county_site.url)
    assert wait_for(browser, "#chart-months svg") is not None, "the first page is the charts page"
    browser.set_window_size(1280, 1500)
    browser.save_screenshot(str(shots / "console-dashboard.png"))
    browser.set_window_size(1280, 1000)

    clicks = 0

    def click(element) -> None:
        nonlocal clicks
        clicks += 1
        element.click()

    click(browser.find_element(By.LINK_TEXT, "申请办理"))  # 1: the worklist
    wait_for(browser, "#requests")
    assert "共 " in browser.find_element(By.ID, "total").text
    browser.save_screenshot(str(shots / "console-worklist.png"))
    box = browser.find_element(By.ID, "find-number")
    box.send_keys(number)
    click(browser.find_element(By.ID, "find"))  # 2: open it by its number
    click(wait_for(browser, "#work-link"))  # 3: its handling page
    wait_for(browser, "#fill")  # the handling page has come (the request page has an #outcome too)
    outcome = browser.find_element(By.ID, "outcome")
    click(outcome)  # 4: open the outcome list
    click(outcome.find_element(By.CSS_SELECTOR, 'option[value="36-2"]'))  # 5: 予以公开
    click(browser.find_element(By.ID, "fill"))  # 6: fill the 答复书 from the template
    body = wait_for_value(browser, "#body", "第三十六条")  # on the page the fill brought back
    letter = body.get_attribute("value")
    assert "第三十六条第（二）项" in letter and "60日内" in letter and "6个月内" in letter
    assert "当面领取" in letter, "the applicant's chosen way of collecting the reply"
    body.send_keys("\n附件：2026年耕地地力保护补贴发放名单（1页）")  # editable before it is issued
    click(browser.find_element(By.ID, "issue"))  # 7: issue it and record the reply
    wait_for_text(browser, "#message", "已签发答复书")
    assert browser.find_element(By.ID, "status").text == "已答复"
    assert clicks <= MAX_CLICKS, f"{clicks} clicks"
    browser.save_screenshot(str(shots / "console-issued.png"))

    synced = kiosk(server=county_site.url, token=county_site.token, at=FixedClock("2026-11-25T02:00:00+08:00"))
    assert synced.ok and synced.county_changes == 1
    status, = db.execute("SELECT status FROM requests WHERE number = ?", [number]).fetchone()
    assert status == "replied"
    row = store.request_by_number(number)
    files = [e["data"].get("reply_pdf") for e in store.request_events(row["uuid"]) if e["kind"] == "replied"]
    assert files and files[0]["name"] == f"答复书-{number}.pdf"
