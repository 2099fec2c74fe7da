"""Leaving 政策找人 is silent: the page going away (首页, idle reset) never reads question 1 over the home screen."""

from __future__ import annotations

import pytest

from tests.ui.helpers import root_call
from ui.screenshot import settle


@pytest.mark.parametrize("leave", ["home", "idle"])
def test_leaving_the_questions_does_not_start_reading(ui, leave):
    root_call(ui, "openTarget", "eligibility", "")
    vm = ui.nav.last_opened()
    vm.choose(vm.property("options")[0]["id"])  # one answer given, the next question read
    settle(20)
    ui.speech.stop()
    ui.speech.last_text = ""
    if leave == "home":
        root_call(ui, "goHome")
    else:
        ui.idle.resetNow()
    settle(50)  # the page is destroyed after the pop: that is when it used to speak
    assert ui.speech.last_text == "" and not ui.speech.property("active")
