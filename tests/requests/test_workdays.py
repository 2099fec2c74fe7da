"""Statutory deadlines: the 2026 calendar with its 调休, uncovered years, 补正 and consultations."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest

from kiosk.calendar.workdays import Due, WorkCalendar, deadline, load_calendar
from kiosk.clock import FixedClock
from kiosk.requests import service
from tests.conftest import GONGKAI
from tests.requests.conftest import person

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("received", "notice", "reply", "extended"),
    [
        # DOMAIN.md §5 worked examples: Spring Festival (调休 Sat 02-14, 02-28), National Day (Sun 09-20,
        # Sat 10-10), Labour Day (Sat 05-09).
        ("2026-02-10", "2026-02-26", "2026-03-16", "2026-04-14"),
        ("2026-09-21", "2026-10-08", "2026-10-26", "2026-11-23"),
        ("2026-04-28", "2026-05-11", "2026-05-28", "2026-06-26"),
    ],
)
def test_worked_examples_of_the_2026_calendar(db, received, notice, reply, extended):
    for workdays, expected in ((7, notice), (20, reply), (40, extended)):
        due = deadline(db, D(received), workdays)
        assert (due.day.isoformat(), due.provisional) == (expected, False)


def test_2026_has_248_working_days_with_the_official_monthly_split(db):
    calendar = load_calendar(db)
    assert calendar.workdays_in_year(2026) == 248
    months = [calendar.workdays_between(D(f"2026-{m:02d}-01") - dt.timedelta(days=1),
                                        (D(f"2026-{m + 1:02d}-01") if m < 12 else D("2027-01-01")) - dt.timedelta(days=1))
              for m in range(1, 13)]
    assert months == [21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23]


def test_adjusted_weekends_work_and_holiday_weekdays_do_not(db):
    calendar = load_calendar(db)
    for day in ("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"):
        assert D(day).weekday() >= 5 and calendar.is_workday(D(day)), day
    for day in ("2026-02-16", "2026-02-23", "2026-10-01", "2026-10-07", "2026-05-05", "2026-09-25"):
        assert D(day).weekday() < 5 and not calendar.is_workday(D(day)), day


def test_start_day_is_not_counted_and_a_deadline_never_lands_on_a_holiday(db):
    # Received Friday 02-13: day 1 is Sat 02-14 (调休), day 2 jumps the whole Spring Festival to Tue 02-24.
    assert deadline(db, D("2026-02-13"), 1).day == D("2026-02-14")
    assert deadline(db, D("2026-02-13"), 2).day == D("2026-02-24")
    # Received on a holiday: counting starts the next working day.
    assert deadline(db, D("2026-10-03"), 1).day == D("2026-10-08")


def test_uncovered_years_skip_statutory_holidays_and_are_provisional(db):
    # 20 WD from 2026-12-15 reach into 2027, which has no calendar yet: 元旦 is still known (no
    # "最迟于2027年1月1日前答复"), the 调休 are not, so the date is provisional.
    due = deadline(db, D("2026-12-15"), 20)
    assert (due.day, due.provisional) == (D("2027-01-13"), True)
    assert due.text() == "2027-01-13 provisional"
    assert deadline(db, D("2026-12-31"), 1).day == D("2027-01-04")
    # Inside 2026 the same count is final, even from the last day of uncovered 2025 (not counted).
    assert not deadline(db, D("2026-11-02"), 20).provisional
    assert deadline(db, D("2025-12-31"), 1) == Due(D("2026-01-04"), False)  # 元旦 off, Sunday 01-04 worked
    assert deadline(db, D("2025-11-03"), 5).provisional


def test_excluded_span_moves_the_deadline_by_its_working_days():
    calendar = WorkCalendar()  # no notice imported: weekends and statutory holidays only
    plain = calendar.add_workdays(D("2027-07-01"), 20)
    span = (D("2027-07-05"), D("2027-07-09"))  # Mon..Fri: 5 working days
    assert calendar.add_workdays(D("2027-07-01"), 20, [span]).day == plain.day + dt.timedelta(days=7)


def _calendar_2027(tmp_path):
    """A HYPOTHETICAL 2027 notice for tests only (the real one is not published yet)."""
    path = tmp_path / "2027.json"
    path.write_text(json.dumps({
        "year": 2027, "source": "测试用假设日历（非官方）",
        "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03", "workdays": []}],
    }, ensure_ascii=False), encoding="utf-8")
    return path


def test_cli_deadline_prints_date_and_provisional_flag(tmp_path):
    path = tmp_path / "k.db"
    out = subprocess.run([*GONGKAI, "deadline", "2026-02-10", "--db", str(path)], capture_output=True, text=True)
    assert (out.returncode, out.stdout) == (0, "2026-03-16\n")
    out = subprocess.run([*GONGKAI, "deadline", "2026-09-21", "--workdays", "7", "--db", str(path)],
                         capture_output=True, text=True)
    assert out.stdout == "2026-10-08\n"
    out = subprocess.run([*GONGKAI, "deadline", "2026-12-15", "--db", str(path)], capture_output=True, text=True)
    assert out.stdout == "2027-01-13 provisional\n"
    assert not path.exists()  # a calculation creates no database; the shipped 2026 calendar applies
    bad = subprocess.run([*GONGKAI, "deadline", "2026-13-01", "--db", str(path)], capture_output=True, text=True)
    assert bad.returncode == 2 and "没有这一天：2026-13-01" in bad.stderr  # written right, no such month
    bad = subprocess.run([*GONGKAI, "deadline", "2026年2月3日", "--db", str(path)], capture_output=True, text=True)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr


def test_calendar_import_recomputes_open_requests(tmp_path, township, config, clerk):
    db = township
    clock = FixedClock("2026-12-16T09:00:00+08:00")
    number = service.create_request(db, clock, config, clerk, person(received="2026-12-15"))["number"]
    before = service.request_view(db, clock, number)
    assert (before["due"], before["provisional"]) == ("2027-01-13", True)
    db.close()
    out = subprocess.run([*GONGKAI, "calendar", "import", str(_calendar_2027(tmp_path)), "--db",
                          str(tmp_path / "kiosk.db")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "重新计算了 1 件" in out.stdout
    shown = subprocess.run([*GONGKAI, "request", "show", number, "--json", "--db", str(tmp_path / "kiosk.db")],
                           capture_output=True, text=True)
    view = json.loads(shown.stdout)
    # The notice confirms 元旦 (already skipped) and lists no 调休 here: the same day, now final.
    assert (view["due"], view["provisional"]) == ("2027-01-13", False)
    listed = json.loads(subprocess.run([*GONGKAI, "request", "list", "--json", "--db", str(tmp_path / "kiosk.db")],
                                       capture_output=True, text=True).stdout)
    assert [(i["number"], i["due"], i["provisional"]) for i in listed] == [(number, "2027-01-13", False)]


def test_correction_restarts_the_clock_from_the_corrected_application(township, config, clerk, late_clock):
    db = township
    number = service.create_request(db, late_clock, config, clerk, person(received="2026-02-10"))["number"]
    view = service.add_event(db, late_clock, clerk, number, "correction_sent", "2026-02-24")
    assert view["status"] == "awaiting_correction" and view["due"] is None  # clock stopped
    assert view["correction_notice_due"] == "2026-02-26"
    view = service.add_event(db, late_clock, clerk, number, "corrected", "2026-03-02")
    # 20 WD counted afresh from Mon 03-02 (not from 02-10).
    assert (view["due"], view["provisional"]) == ("2026-03-30", False)


def test_late_correction_notice_is_recorded_as_late(township, config, clerk, late_clock):
    db = township
    number = service.create_request(db, late_clock, config, clerk, person(received="2026-02-10"))["number"]
    view = service.add_event(db, late_clock, clerk, number, "correction_sent", "2026-02-27")
    assert view["events"][-1]["data"] == {"late": True}


def test_consultation_days_are_not_counted(township, config, clerk, late_clock):
    db = township
    number = service.create_request(db, late_clock, config, clerk, person(received="2026-09-21"))["number"]
    assert service.request_view(db, late_clock, number)["due"] == "2026-10-26"
    view = service.add_event(db, late_clock, clerk, number, "third_party_opinion_started", "2026-10-12", party="third_party")
    assert view["status"] == "third_party_opinion" and view["due"] is None
    # Letter out Mon 10-12, answer back Fri 10-23: 10-13 .. 10-23 = 9 working days not counted.
    view = service.add_event(db, late_clock, clerk, number, "third_party_opinion_ended", "2026-10-23")
    assert view["due"] == "2026-11-06"
    view = service.add_event(db, late_clock, clerk, number, "extended", "2026-11-02", official="李镇长")
    assert (view["due"], view["due_without_extension"]) == ("2026-12-04", "2026-11-06")
    assert view["extension_official"] == "李镇长"


# The statutory days of 2027-2030, before any notice: (received, 20 working days later)
# chosen so that the plain weekday count would land on, or run through, a known holiday.
STATUTORY = {
    2027: {"元旦": ["2027-01-01"], "春节": ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],
           "清明节": ["2027-04-05"], "劳动节": ["2027-05-01", "2027-05-02"], "端午节": ["2027-06-09"],
           "中秋节": ["2027-09-15"], "国庆节": ["2027-10-01", "2027-10-02", "2027-10-03"]},
    2028: {"春节": ["2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"], "清明节": ["2028-04-04"],
           "端午节": ["2028-05-28"], "国庆节": ["2028-10-01", "2028-10-02", "2028-10-03"]},
    2029: {"春节": ["2029-02-12", "2029-02-13", "2029-02-14", "2029-02-15"], "清明节": ["2029-04-04"],
           "端午节": ["2029-06-16"], "中秋节": ["2029-09-22"]},
    2030: {"春节": ["2030-02-02", "2030-02-03", "2030-02-04", "2030-02-05"], "清明节": ["2030-04-05"],
           "端午节": ["2030-06-05"], "中秋节": ["2030-09-12"]},
}


@pytest.mark.parametrize("year", sorted(STATUTORY))
def test_statutory_holidays_are_known_for_years_without_a_notice(year):
    from kiosk.calendar.statutory import statutory_holidays

    known = statutory_holidays(year)
    for name, days in STATUTORY[year].items():
        for day in days:
            assert known[D(day)] == name, (year, name, day)
    assert len(known) == 13 - (year == 2028), "13 statutory days (2028: 中秋 falls on 国庆's 10-03)"


@pytest.mark.parametrize("year", [2027, 2028, 2029, 2030])
def test_no_due_date_falls_on_a_known_holiday_and_it_stays_provisional(db, year):
    from kiosk.calendar.statutory import statutory_holidays

    holidays = set(statutory_holidays(year))
    day = D(f"{year}-01-01")
    while day.year == year:
        for workdays in (7, 20, 40):
            due = deadline(db, day, workdays)
            assert due.day not in holidays and due.day.weekday() < 5, (day, workdays, due)
            assert due.provisional
        day += dt.timedelta(days=3)


def test_a_known_holiday_moves_the_deadline_before_the_notice(db):
    # 2027-09-14 (Tue) + 1 WD: 09-15 is 中秋 (computed from the lunar calendar), so 09-16.
    assert deadline(db, D("2027-09-14"), 1) == Due(D("2027-09-16"), True)
    # 2029-04-03 (Tue) + 1 WD: 04-04 is 清明 (the solar term), so 04-05.
    assert deadline(db, D("2029-04-03"), 1).day == D("2029-04-05")
    # 2030: 20 WD from 2030-01-21 run through 春节 (02-04, 02-05 fall on Mon, Tue): 02-20, not 02-18.
    assert deadline(db, D("2030-01-21"), 20).day == D("2030-02-20")
