"""The intake form's state and text composition live in its view model (QML only reports edits and shows
what the model sets): values, walk-in defaults, the draft, focus order, and the quick picks' texts."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from kiosk.store import township_repo
from tests.staff_ui.harness import CLERK_PIN, seed
from ui.staff import build
from ui.timers import ManualTimers

ID_NUMBER = "362430198001011239"


@pytest.fixture
def area(qapp, db, clock):
    seed(db, clock, requests=False)
    township_repo.add_village(db, "362430101201", "东岭村", "village", 1)
    township_repo.add_village(db, "362430101202", "龙泉社区", "community", 2)
    config = Config(kiosk_id="K01", printer="escpos-file:/dev/null", intake_channel="in_person")
    model = build(db, config, clock, timers=ManualTimers(clock))
    assert model.login("lihong", CLERK_PIN)
    yield model
    model.logout()


def test_a_new_form_starts_from_the_walk_in_defaults_and_tells_the_page_each_value(area):
    form = area.intake
    shown = {}
    form.valueSet.connect(lambda field, value: shown.__setitem__(field, value))
    form.restore()
    assert shown["channel"] == "in_person" and shown["received"] == "2026-11-22"
    assert shown["applicant_type"] == "person" and shown["id_type"] == "resident_id" and shown["name"] == ""
    assert form.values == shown
    assert form.firstField() == "name"


def test_edits_are_kept_as_a_draft_that_the_next_login_restores(area):
    form = area.intake
    form.restore()
    assert form.edit("name", "王秀英") == ""
    assert form.values["name"] == "王秀英" and form.hasDraft
    area.logout()
    assert form.values == {}  # the applicant's details leave memory with the clerk
    assert area.login("lihong", CLERK_PIN)
    assert area.page == "intake"  # the half-filled form comes first
    shown = {}
    form.valueSet.connect(lambda field, value: shown.__setitem__(field, value))
    form.restore()
    assert shown["name"] == "王秀英"
    assert form.firstField() == "id_number"  # the name is there: the cursor starts at the next empty field


def test_a_complete_id_or_mobile_moves_on_and_answers_fill_what_follows_from_them(area):
    form = area.intake
    form.restore()
    assert form.edit("id_number", ID_NUMBER[:17]) == ""  # not complete yet
    assert form.edit("id_number", ID_NUMBER) == "phone"
    assert form.edit("phone", "1381234567") == ""
    assert form.edit("phone", "13812345678") == "address"
    assert form.nextField("address") == "description"
    assert form.nextField("description") == ""
    form.edit("applicant_type", "organization")
    assert form.values["id_type"] == "uscc"  # an organization shows its credit code
    form.edit("channel", "oral")
    assert form.values["transcribed_by"] == "李红"  # an oral request is written down by the clerk


def test_village_and_group_chips_compose_the_address(area):
    form = area.intake
    form.restore()
    assert form.pickVillage("东岭村") == 3
    assert form.values["address"] == "东岭村" and form.ruralVillage == "东岭村" and form.addressGroup == ""
    assert form.pickGroup("3组") == 5
    assert form.values["address"] == "东岭村3组" and form.addressGroup == "3组"
    form.edit("address", "东岭村3组12号")
    form.pickGroup("5组")  # another group replaces the first; what follows stays
    assert form.values["address"] == "东岭村5组12号" and form.addressGroup == "5组"
    form.pickVillage("龙泉社区")  # another village replaces the first
    assert form.values["address"] == "龙泉社区5组12号"
    assert form.ruralVillage == "" and form.addressGroup == ""  # a community has no villager groups


def test_year_and_suggestion_chips_compose_the_description_with_one_year(area):
    form = area.intake
    form.restore()
    assert not form.descriptionHasYear
    form.pickYear("2026年")
    assert form.values["description"] == "2026年" and form.descriptionHasYear
    form.edit("description", "2026年危房")
    form.pickSuggestion("危房改造补助对象名单")  # replaces what was typed after the year
    assert form.values["description"] == "2026年危房改造补助对象名单"
    form.pickSuggestion("东岭村2025年危房改造补助对象名单")  # it names its own year: not two
    assert form.values["description"] == "东岭村2025年危房改造补助对象名单"
    assert not form.descriptionHasYear  # the year is inside, not in front: the year chips come back


def test_save_takes_what_the_model_holds_and_bad_input_changes_nothing(area, db, qtbot):
    form = area.intake
    form.restore()
    form.edit("name", "王秀英")
    assert not form.save()  # no ID number, phone or description yet
    assert {"id_number", "phone", "description"} <= set(form.errors)
    assert db.execute("SELECT COUNT(*) FROM requests").fetchone()[0] == 0
    for field, value in (("id_number", ID_NUMBER), ("phone", "13812345678"),
                         ("description", "2026年低保审核名单")):
        form.edit(field, value)
    assert form.save()
    assert form.savedNumber and not form.hasDraft
    assert db.execute("SELECT name FROM requests").fetchone()[0] == "王秀英"
    # The receipt prints in the background: let it finish (and record itself) before the database closes.
    qtbot.waitUntil(lambda: not form.printer.busy and form.printer.message != "", timeout=30_000)
