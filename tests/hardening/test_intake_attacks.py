"""`gongkai request new` and the intake form against hostile input: every bad value is refused with
a message naming the field, nothing is saved, and no traceback ever reaches the clerk."""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import subprocess

import pytest

from kiosk.errors import ValidationError
from kiosk.requests.intake import check_intake, parse_intake
from tests.conftest import GONGKAI
from tests.requests.conftest import person

TODAY = dt.date(2026, 11, 22)


def _errors(**changes) -> dict:
    intake, errors = check_intake(person(**changes), TODAY)
    assert intake is None, f"accepted: {changes}"
    return errors


@pytest.mark.parametrize("value", [
    "王\x00秀英", "王\x1b[31m秀英", "王秀英\x7f", "王\u0085秀英",            # NUL, ESC, DEL, C1
    "王秀英\u202e", "\u2066王秀英\u2069", "王\u200f秀英",                  # bidi override, isolate, RLM
    "王\u200b秀英", "王\ufeff秀英", "王\u00ad秀英",                        # zero width, BOM, soft hyphen
    "\ue000\ue001",                                                      # private use
])
def test_names_with_control_bidi_or_invisible_characters_are_refused(value):
    assert "name" in _errors(name=value)


@pytest.mark.parametrize("value", ["\u200b\u200b\u200b", "\u200d", " \u3000 ", "\u2060\u200c"])
def test_names_made_only_of_invisible_characters_are_refused(value):
    assert "name" in _errors(name=value)


@pytest.mark.parametrize("field", ["description", "address", "doc_ref", "phone", "id_number", "email"])
def test_every_text_field_refuses_nul_and_escape(field):
    assert field in _errors(**{field: "东岭村3组\x00\x1b]0;pwn\x07"})


@pytest.mark.parametrize("value", [True, False, 0, 1, 3.5, [], ["王秀英"], {"x": 1}])
def test_non_string_values_are_refused_not_stringified(value):
    assert _errors(name=value)["name"].startswith("应为文字")


@pytest.mark.parametrize("field", ["applicant_type", "id_type", "delivery_form", "delivery_method", "channel"])
@pytest.mark.parametrize("value", [0, False, [], {}, 1, True, "", "不存在的选项", "x" * 500])
def test_every_enum_error_is_a_clear_message(field, value):
    errors = _errors(**{field: value})
    assert field in errors and errors[field]
    assert "x" * 50 not in errors[field], "a long bad value is not echoed back"


@pytest.mark.parametrize("value", ["2026-W47-1", "20261122", "2026-11-22T00:00", "2026-11-2", "2026/11/22",
                                   "２０２６-１１-２２", "2026-02-30", "+2026-11-22", " ", 20261122, None])
def test_dates_are_strictly_yyyy_mm_dd(value):
    errors = _errors(received=value)
    assert "received" in errors


def test_a_valid_form_still_passes():
    assert parse_intake(person(), TODAY).name == "张桂兰"


def test_full_width_or_foreign_digits_never_reach_the_stored_id_number():
    errors = _errors(phone="١٣٨١٢٣٤٥٦٧٨")
    assert "phone" in errors


def test_a_thousand_random_mutations_never_crash_the_form():
    """A bounded, seeded fuzz: any value in any field gives an Intake or a message, never an exception."""
    rng = random.Random(16)
    samples = [None, True, 0, -1, 10**40, 1.5, float("inf"), "", " ", "\x00", "\ud800", "\u202e", "2026-11-22",
               "x" * 3000, [], {}, ["a"], {"a": 1}, "person", "organization", "纸质", "当面领取", "\u200b"]
    fields = list(person()) + ["organization_kind", "email", "transcribed_by", "unknown", ""]
    for _ in range(1000):
        data = person()
        for _ in range(rng.randint(1, 4)):
            data[rng.choice(fields)] = rng.choice(samples)
        try:
            intake, errors = check_intake(data, TODAY)
        except ValidationError:
            continue
        assert (intake is None) != (not errors)


# --- through the command line -------------------------------------------------------------------

@pytest.fixture
def store(tmp_path):
    from kiosk.store import open_store, township_repo

    path = tmp_path / "k.db"
    db = open_store(path)
    township_repo.save_township(db, {"code": "362430101", "name": "青禾镇"})
    db.close()
    return path


def _new(store, stdin: bytes):
    return subprocess.run([*GONGKAI, "request", "new", "--db", str(store)], input=stdin, capture_output=True,
                          timeout=120)


def _requests(store) -> int:
    conn = sqlite3.connect(store)
    try:
        return conn.execute("SELECT count(*) FROM requests").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize(("stdin", "word"), [
    (b"[" * 100_000 + b"]" * 100_000, "嵌套"),
    (b'{"name": 1' + b"0" * 5000 + b"}", "整数"),
    (b"\xff\xfe\x00{", "UTF-8"),
    (json.dumps(person(name="\ud800")).encode(), "字符"),
    (json.dumps(person(name=True)).encode(), "应为文字"),
    (json.dumps(person(applicant_type=[])).encode(), "applicant_type"),
    (json.dumps(person(received="2026-W47-1")).encode(), "YYYY-MM-DD"),
    (json.dumps(person(name="\u200b\u200b")).encode(), "不可见"),
    (b'{"name": NaN}', "NaN"),
    (b"", "JSON"),
    (b"null", "JSON 对象"),
])
def test_hostile_stdin_is_refused_with_exit_2_and_nothing_saved(store, stdin, word):
    result = _new(store, stdin)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert "Traceback" not in err and word in err
    assert _requests(store) == 0


def test_the_not_found_status_message_does_not_echo_what_was_typed(tmp_path):
    from kiosk.errors import NotFound
    from kiosk.requests.status import lookup
    from kiosk.store import open_store

    db = open_store(tmp_path / "s.db")
    typed = "11010519491231002X"
    with pytest.raises(NotFound) as info:
        lookup(db, typed)
    assert typed not in str(info.value) and "1231002" not in str(info.value)
