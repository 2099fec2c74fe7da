"""Request numbers: format, check character, scanner tolerance, uniqueness, no reuse after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from kiosk.config import Config
from kiosk.errors import ValidationError
from kiosk.requests import service
from kiosk.requests.numbers import ALPHABET, format_number, parse_number, split_number
from kiosk.store import open_store
from tests.requests.conftest import person


def test_number_encodes_township_kiosk_year_serial_and_a_check_character():
    number = format_number("362430101", "K01", 2026, 17)
    assert number == "362430101-K01-2026-00017-N"
    parts = split_number(number)
    assert (parts.township, parts.kiosk, parts.year, parts.serial) == ("362430101", "K01", 2026, 17)


def test_parse_tolerates_case_spaces_and_underscores():
    assert parse_number("  362430101-k01-2026-00017-n \n") == "362430101-K01-2026-00017-N"
    assert parse_number("362430101_K01_2026_00017_N") == "362430101-K01-2026-00017-N"
    assert parse_number("３６２４３０１０１－ｋ０１－２０２６－０００１７－Ｎ") == "362430101-K01-2026-00017-N"


def test_every_single_character_error_is_refused():
    number = format_number("362430101", "K01", 2026, 17)
    for i, char in enumerate(number):
        if char == "-":
            continue
        for other in ALPHABET:
            if other != char:
                typo = number[:i] + other + number[i + 1:]
                with pytest.raises(ValidationError):
                    parse_number(typo)


@pytest.mark.parametrize("text", ["", "12345", "362430101-K01-2026-17-N", "362430101-K01-26-00017-N", "没有"])
def test_malformed_numbers_are_refused_with_the_expected_shape(text):
    with pytest.raises(ValidationError, match="格式不正确"):
        parse_number(text)


def test_bad_check_character_has_its_own_message():
    with pytest.raises(ValidationError, match="校验位"):
        parse_number("362430101-K01-2026-00017-A")


def test_serials_increase_per_kiosk_and_two_kiosks_never_collide(township, config, clerk, clock):
    db = township
    first = [service.create_request(db, clock, config, clerk, person())["number"] for _ in range(3)]
    other = service.create_request(db, clock, config.replace(kiosk_id="K02"), clerk, person())["number"]
    assert [split_number(n).serial for n in first] == [1, 2, 3]
    assert other == format_number("362430101", "K02", 2026, 1)
    assert len({*first, other}) == 4
    # A new year starts a new serial; the number stays unique through the year part.
    assert service.create_request(db, clock, config, clerk, person(received="2025-12-30"))["number"] == \
        format_number("362430101", "K01", 2025, 1)


def test_request_has_a_uuid_and_a_received_event_and_an_audit_row(township, config, clerk, clock):
    db = township
    view = service.create_request(db, clock, config, clerk, person())
    assert len(view["uuid"]) == 36
    assert [(e["kind"], e["actor"]) for e in view["events"]] == [("received", "clerk1")]
    assert db.execute("SELECT actor, action FROM audit_log").fetchall() == [("clerk1", "request.create")]


def test_a_failed_save_rolls_back_everything_and_the_next_number_is_still_unique(township, config, clerk, clock,
                                                                                  monkeypatch):
    db = township
    first = service.create_request(db, clock, config, clerk, person())["number"]

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("kiosk.trust.audit.record", broken)
    with pytest.raises(RuntimeError):
        service.create_request(db, clock, config, clerk, person())
    monkeypatch.undo()
    assert db.execute("SELECT count(*) FROM requests").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM request_events").fetchone()[0] == 1
    second = service.create_request(db, clock, config, clerk, person())["number"]
    assert second != first and split_number(second).serial == 2


def test_a_restored_counter_never_reissues_a_number(township, config, clerk, clock):
    db = township
    numbers = [service.create_request(db, clock, config, clerk, person())["number"] for _ in range(3)]
    db.execute("UPDATE counters SET value = 1 WHERE name LIKE 'request:%'")  # an old backup of counters
    again = service.create_request(db, clock, config, clerk, person())["number"]
    assert again not in numbers and split_number(again).serial == 4


CHILD = textwrap.dedent(
    """
    import os, signal, sys, json
    from kiosk.clock import FixedClock
    from kiosk.config import Config
    from kiosk.trust.staff import Actor
    from kiosk.store import open_store
    from kiosk.requests import service
    import kiosk.trust.audit

    db = open_store(sys.argv[1])
    data = json.loads(sys.argv[3])
    clock = FixedClock("2026-11-22T10:00:00+08:00")
    if sys.argv[2] == "inside":
        # Die inside the transaction, after the request row was written but before COMMIT.
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        kiosk.trust.audit.record = die
        service.audit.record = die
    view = service.create_request(db, clock, Config(township="362430101", kiosk_id="K01"), Actor("c", "clerk"), data)
    print(view["number"], flush=True)
    # Saved; killed before the receipt prints.
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def _run_child(path, mode):
    import json

    return subprocess.run([sys.executable, "-c", CHILD, str(path), mode, json.dumps(person())],
                          capture_output=True, text=True, cwd=os.getcwd(), timeout=60)


def test_process_killed_after_save_keeps_the_request_and_killed_before_commit_leaves_nothing(tmp_path):
    path = tmp_path / "crash.db"
    open_store(path).close()
    saved = _run_child(path, "after")
    assert saved.returncode == -signal.SIGKILL
    number = saved.stdout.strip()
    killed = _run_child(path, "inside")
    assert killed.returncode == -signal.SIGKILL and killed.stdout == ""
    db = open_store(path)
    try:
        assert [r[0] for r in db.execute("SELECT number FROM requests")] == [number]
        assert db.execute("SELECT count(*) FROM request_events").fetchone()[0] == 1
        from kiosk.clock import FixedClock
        from kiosk.trust.staff import Actor

        clock = FixedClock("2026-11-22T10:00:00+08:00")
        following = service.create_request(db, clock, Config(township="362430101", kiosk_id="K01"),
                                           Actor("c", "clerk"), person())["number"]
        assert following != number
        assert service.request_view(db, clock, number)["name"] == "张桂兰"
    finally:
        db.close()
