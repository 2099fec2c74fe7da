"""Annual report section 三 from generated request histories; CSV/JSON/PDF output; export for the county."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import shutil
import subprocess
import uuid

import pytest

from kiosk.clock import FixedClock
from kiosk.errors import ReportError
from kiosk.reports.annual import annual_table
from kiosk.requests import service
from kiosk.requests.outcomes import load_report_config
from tests.conftest import GONGKAI
from tests.requests.conftest import organization, person

TODAY = dt.date(2027, 3, 1)
KINDS = ["commercial", "research", "public_welfare", "legal_service", "other"]


def _generate(db, config, clerk, count=160, seed=7):
    """Random requests walked through random lifecycles; returns what the generator did, per request."""
    rng = random.Random(seed)
    clock = FixedClock("2027-03-01T10:00:00+08:00")
    outcomes = list(load_report_config().outcomes)
    outcomes.remove("30-abandoned")
    done = []
    for _ in range(count):
        received = dt.date(2025, 6, 1) + dt.timedelta(days=rng.randrange(0, 580))
        column = rng.choice(["person", "person", "person", *KINDS])
        data = person(received=received.isoformat()) if column == "person" else \
            organization(column, received=received.isoformat())
        number = service.create_request(db, clock, config, clerk, data)["number"]
        day = received
        record = {"column": column, "received": received, "concluded": None, "outcome": None}

        def step(kind, days, number=number, **extra):
            nonlocal day
            day = day + dt.timedelta(days=days)
            if day > TODAY:
                return False
            service.add_event(db, clock, clerk, number, kind, day, **extra)
            return True

        roll = rng.random()
        if roll < 0.15:
            done.append(record)  # still open
            continue
        if roll < 0.3:
            if not step("correction_sent", rng.randint(1, 5)):
                done.append(record)
                continue
            if rng.random() < 0.5:
                if step("abandoned", rng.randint(15, 40)):
                    record.update(concluded=day, outcome="30-abandoned")
                done.append(record)
                continue
            if not step("corrected", rng.randint(2, 10)):
                done.append(record)
                continue
        consulted = rng.random() < 0.2 and step("consultation_started", 1,
                                                 party=rng.choice(["third_party", "agency"]))
        if consulted and not step("consultation_ended", rng.randint(3, 20)):
            done.append(record)
            continue
        if rng.random() < 0.15:
            step("extended", 1, official="李镇长", workdays=rng.randint(5, 20))
        outcome = rng.choice(outcomes)
        if step("replied", rng.randint(1, 25), outcome=outcome):
            record.update(concluded=day, outcome=outcome)
            if rng.random() < 0.5:
                step("closed", rng.randint(0, 5))
        done.append(record)
    return done


def _expected(records, year):
    config = load_report_config()
    columns = [k for k, _ in config.columns]
    cells = {k: dict.fromkeys(columns, 0) for k, _ in config.rows}
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    for r in records:
        hits = []
        if start <= r["received"] <= end:
            hits.append("new")
        if r["received"] < start and not (r["concluded"] and r["concluded"] < start):
            hits.append("carried_in")
        if r["concluded"] and start <= r["concluded"] <= end:
            hits += [config.outcomes[r["outcome"]].row, "3.7"]
        if r["received"] <= end and not (r["concluded"] and r["concluded"] <= end):
            hits.append("carried_out")
        for row in hits:
            cells[row][r["column"]] += 1
            cells[row]["total"] += 1
    return cells


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """One generated history shared by the report tests (built once: it walks ~500 events)."""
    from kiosk.config import Config
    from kiosk.store import open_store, township_repo
    from kiosk.trust.staff import Actor

    path = tmp_path_factory.mktemp("report") / "k.db"
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    records = _generate(db, Config(township="362430101", kiosk_id="K01"), Actor("clerk1", "clerk"))
    db.close()
    return path, records


def test_generated_history_covers_every_path(history):
    _, records = history
    assert {r["column"] for r in records} == {"person", *KINDS}
    assert any(r["outcome"] == "30-abandoned" for r in records)
    assert any(r["concluded"] is None for r in records)
    assert any(r["concluded"] and r["concluded"].year == 2027 and r["received"].year == 2026 for r in records)


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_annual_table_matches_the_generated_history_and_reconciles(history, year):
    from kiosk.store import open_store

    path, records = history
    db = open_store(path)
    try:
        table = annual_table(db, year)
    finally:
        db.close()
    assert table.cells == _expected(records, year)
    for column, _ in table.columns:
        c = table.cells
        assert c["new"][column] + c["carried_in"][column] == c["3.7"][column] + c["carried_out"][column]
    assert table.cells["new"]["total"] == sum(1 for r in records if r["received"].year == year)


def test_a_log_that_does_not_reconcile_fails_loudly(history, tmp_path):
    from kiosk.store import open_store

    path = tmp_path / "broken.db"
    shutil.copy(history[0], path)
    db = open_store(path)
    try:
        uuid_, number = db.execute(
            "SELECT request_uuid, number FROM request_events JOIN requests ON uuid = request_uuid "
            "WHERE kind = 'replied' AND json_extract(data, '$.on') LIKE '2026-%' LIMIT 1").fetchone()
        # A second reply smuggled into the log (bypassing the service): counted twice in 三.
        db.execute("INSERT INTO request_events (event_uuid, request_uuid, kind, at, actor, data) VALUES "
                   "(?, ?, 'replied', '2026-12-30T10:00:00+08:00', 'x', '{\"on\": \"2026-12-30\", \"outcome\": \"36-2\"}')",
                   [str(uuid.uuid4()), uuid_])
        with pytest.raises(ReportError, match=number):
            annual_table(db, 2026)
    finally:
        db.close()


def _cli(args, path):
    return subprocess.run([*GONGKAI, *args, "--db", str(path)], capture_output=True, timeout=120)


def test_cli_annual_report_csv_json_and_pdf(history, tmp_path):
    path, records = history
    expected = _expected(records, 2026)
    out = _cli(["report", "annual", "--year", "2026", "--format", "json"], path)
    assert out.returncode == 0, out.stderr.decode()
    data = json.loads(out.stdout)
    assert [c["label"] for c in data["columns"]] == ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
                                                     "其他", "总计"]
    assert len(data["rows"]) == 25  # 一, 二, 21 result rows, (七), 四
    assert {r["key"]: r["values"] for r in data["rows"]} == expected
    out = _cli(["report", "annual", "--year", "2026", "--format", "csv"], path)
    rows = list(csv.reader(io.StringIO(out.stdout.decode())))
    assert rows[0][2:] == [c["label"] for c in data["columns"]]
    assert rows[-1][:2] == ["carried_out", "四、结转下年度继续办理"]
    assert int(rows[-1][-1]) == expected["carried_out"]["total"]
    pdf = tmp_path / "annual.pdf"
    out = _cli(["report", "annual", "--year", "2026", "--format", "pdf", "--out", str(pdf)], path)
    assert out.returncode == 0, out.stderr.decode()
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts and " yes " in fonts.split("WenQuanYi", 1)[1].splitlines()[0]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "三、收到和处理政府信息公开申请情况" in text
    assert "结转下年度继续办理" in text and "社会公益组织" in text


def test_export_for_the_county_has_full_data_and_is_audited(history, tmp_path):
    path = tmp_path / "export.db"
    shutil.copy(history[0], path)
    out = _cli(["export", "requests", "--format", "csv"], path)
    assert out.returncode == 0, out.stderr.decode()
    rows = list(csv.DictReader(io.StringIO(out.stdout.decode("utf-8-sig"))))
    assert len(rows) == len(history[1])
    assert rows[0]["证件号码"] in ("36243019560304128X", "91350100M000100Y43")  # full, for the county
    assert {r["申请人类型"] for r in rows} == {"自然人", "法人或其他组织"}
    xlsx = tmp_path / "requests.xlsx"
    assert _cli(["export", "requests", "--format", "xlsx", "--out", str(xlsx)], path).returncode == 0
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    assert sheet.max_row == len(rows) + 1
    assert sheet["I2"].value == rows[0]["证件号码"] and sheet["I2"].data_type == "s"
    log = json.loads(_cli(["audit", "list", "--json", "--limit", "2"], path).stdout)
    assert [r["action"] for r in log] == ["requests.export", "requests.export"]
