"""The clerk's-path benchmark: a real walkthrough over the on-screen keyboard, counted tap by tap."""

from __future__ import annotations

import pytest

from gongkai.bench.intake_walk import README_REQUEST, measure_intake


@pytest.mark.slow
def test_walkthrough_logs_the_readme_request_by_tapping_keys(tmp_path):
    figures = measure_intake(tmp_path / "walk")
    first, back = figures["intake"]["walk_in"], figures["intake"]["returning"]
    assert first["number"] and back["number"] and first["number"] != back["number"]
    # Every character of the README example went through a key tap (pinyin letters, digits, candidates).
    typed = [t for t in first["log"] if len(t) == 1]
    assert typed.count("1") >= 8 and "X" in typed and "保存" in first["log"]
    assert figures["intake_taps"] == first["taps"] >= sum(len(text) for _f, text, _p in README_REQUEST) // 2
    # Reusing the applicant's details saves taps; the defaults mean no tap on form, method, channel, date.
    assert figures["intake_taps_returning"] < figures["intake_taps"]
    assert not any(t.startswith(("choice", "field received")) for t in first["log"])
    assert figures["intake_seconds"] >= figures["intake_taps"] * figures["intake"]["tap_seconds"]
    # The form's quick picks, tapped as seen: village, group and year chips; after the ID's X and the
    # phone's last digit the form moved on by itself (no 回车, no tap on the next field).
    log = first["log"]
    assert {"东岭村", "3组", "2026年"} <= set(log)
    x = log.index("X")
    assert log[x + 1] == "1" and log[x + 12] == "东岭村"

