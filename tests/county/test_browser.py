"""The county console in a real browser (Debian's chromium through chromium-driver, headless), one
browser for the module: log in, find a request by number, reply with a PDF, and a kiosk sync then
shows the reply on the resident status page; 依申请转主动 reaching the next bundle; the fleet page
flagging a silent kiosk."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

import county
from county.console import accounts
from county.publish import publish
from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.store import township_repo
from tests.sync.conftest import TOWNSHIP, applicant, start_county, stop_county

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
APP_CLOCK = "2026-11-24T09:00:00+08:00"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(DRIVER).exists()):
        pytest.skip("chromium and chromium-driver are not installed (installer/debian-packages.txt)")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="gongkai-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def county_site(repo, small_source, tmp_path, browser):
    sources = tmp_path / "sources"
    shutil.copytree(small_source, sources / TOWNSHIP)
    clock = FixedClock(APP_CLOCK)
    running = start_county(repo, clock=clock, sources=sources)
    accounts.add_staff(running.store, clock, "handler1", "李经办", "handler", "correct-horse-1")
    running.sources = sources
    running.token = county.issue_token(running.store, TOWNSHIP, "K01", clock)
    browser.delete_all_cookies()
    yield running
    stop_county(running)


def wait_for(browser, css: str):
    return WebDriverWait(browser, 60).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def wait_for_text(browser, css: str, text: str) -> str:
    """Until the element shows `text`, after a form was sent: the page it was on may be the one going away
    (a loaded machine), and reading it then fails; look again on the page that came. Returns its text."""
    from selenium.common.exceptions import WebDriverException

    def shown(_browser):
        try:
            return text in browser.find_element(By.CSS_SELECTOR, css).text
        except WebDriverException:  # stale, or 'node does not belong to the document': the old page
            return False

    WebDriverWait(browser, 60).until(shown, message=f"{css} never showed {text!r}")
    return browser.find_element(By.CSS_SELECTOR, css).text


def wait_for_value(browser, css: str, text: str):
    """Until the field holds `text`, after a form was sent (as wait_for_text: the page it was on may be the
    one going away). Returns the field on the page that came."""
    from selenium.common.exceptions import WebDriverException

    def holds(_browser):
        try:
            return text in (browser.find_element(By.CSS_SELECTOR, css).get_attribute("value") or "")
        except WebDriverException:
            return False

    WebDriverWait(browser, 60).until(holds, message=f"{css} never held {text!r}")
    return browser.find_element(By.CSS_SELECTOR, css)


def log_in(browser, url: str) -> None:
    browser.get(url + "console/login")
    wait_for(browser, "#username").send_keys("handler1")
    browser.find_element(By.ID, "password").send_keys("correct-horse-1")
    browser.find_element(By.ID, "login").click()
    wait_for(browser, "#find-number")


def open_request(browser, number: str) -> None:
    box = wait_for(browser, "#find-number")
    box.clear()
    box.send_keys(number)
    browser.find_element(By.ID, "find").click()
    wait_for(browser, "#record")


def test_reply_with_pdf_reaches_the_kiosk_and_the_status_page(browser, county_site, db, kiosk, clock, config,
                                                               clerk, tmp_path):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    made = service.create_request(db, clock, config, clerk, applicant(0))
    assert kiosk(server=county_site.url, token=county_site.token).ok
    number = made["number"]

    log_in(browser, county_site.url)
    open_request(browser, number)
    assert applicant(0)["id_number"] in browser.page_source, "county staff see the applicant's details"
    pdf = tmp_path / "答复书.pdf"
    pdf.write_bytes(PDF)
    Select(browser.find_element(By.ID, "kind")).select_by_value("replied")
    Select(browser.find_element(By.ID, "outcome")).select_by_value("36-1")
    browser.find_element(By.ID, "reply_pdf").send_keys(str(pdf))
    browser.find_element(By.ID, "submit").click()
    wait_for_text(browser, "#message", "已登记「答复」")
    assert wait_for(browser, "#status").text == "已答复"
    browser.save_screenshot(str(tmp_path / "console-request.png"))

    synced = kiosk(server=county_site.url, token=county_site.token, at=FixedClock("2026-11-25T02:00:00+08:00"))
    assert synced.ok and synced.county_changes == 1
    assert db.execute("SELECT status FROM requests WHERE number = ?", [number]).fetchone()[0] == "replied"

    code = db.execute("SELECT status_code FROM requests WHERE number = ?", [number]).fetchone()[0]
    browser.get(f"{county_site.url}s/{number}?c={code}")
    status = wait_for(browser, ".status").text
    assert status == "已答复"
    page = browser.page_source
    for private in (applicant(0)["name"], applicant(0)["id_number"], applicant(0)["phone"]):
        assert private not in page
    browser.save_screenshot(str(tmp_path / "status-page.png"))


def test_released_information_enters_the_next_bundle(browser, county_site, db, kiosk, clock, config, clerk,
                                                     signing_keys):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    made = service.create_request(db, clock, config, clerk, applicant(1))
    assert kiosk(server=county_site.url, token=county_site.token).ok

    log_in(browser, county_site.url)
    open_request(browser, made["number"])
    Select(browser.find_element(By.ID, "kind")).select_by_value("replied")
    Select(browser.find_element(By.ID, "outcome")).select_by_value("36-1")
    browser.find_element(By.ID, "proactive").click()
    items = Select(browser.find_element(By.ID, "item"))
    item = items.options[1].get_attribute("value")
    items.select_by_value(item)
    browser.find_element(By.ID, "title").send_keys("2026年耕地地力保护补贴发放情况（依申请转主动）")
    browser.find_element(By.ID, "body").send_keys("全镇2026年耕地地力保护补贴发放情况如下。")
    browser.find_element(By.ID, "submit").click()
    wait_for_text(browser, "#message", "已转为主动公开")

    publish(county_site.sources / TOWNSHIP, county_site.root, signing_keys[0], FixedClock("2026-11-25T00:30:00+08:00"))
    synced = kiosk(server=county_site.url, token=county_site.token, at=FixedClock("2026-11-25T02:00:00+08:00"))
    assert synced.ok, synced.errors
    row = db.execute("SELECT d.title, i.level2 FROM documents d JOIN catalogue_items i ON i.id = d.item_id "
                     "WHERE d.title LIKE '%依申请转主动%'").fetchone()
    assert row is not None and row[1] == item.split("/")[-1], "the released information is on the kiosk"


def test_fleet_page_flags_a_silent_kiosk(browser, county_site):
    store = county_site.store
    county.issue_token(store, TOWNSHIP, "K02", FixedClock(APP_CLOCK))
    store.store_heartbeat(TOWNSHIP, "K01", "2026-11-24T02:00:00+08:00", {"version": "0.1.0", "last_sequence": 1})
    store.store_heartbeat(TOWNSHIP, "K02", "2026-11-22T08:00:00+08:00", {"version": "0.1.0", "last_sequence": 1})
    log_in(browser, county_site.url)
    browser.get(county_site.url + "console/fleet")
    silent = wait_for(browser, f"#kiosk-{TOWNSHIP}-K02")
    fresh = browser.find_element(By.ID, f"kiosk-{TOWNSHIP}-K01")
    assert "silent" in silent.get_attribute("class") and "超过36小时未联系" in silent.text
    assert "silent" not in fresh.get_attribute("class")
    assert browser.find_element(By.ID, "silent-count").text == "1"
