"""好差评 at the counter (issue 26): after a saved request the applicant rates the service on the
saved panel by tapping the real buttons, in at most two taps; the rating is linked to the request's
number, holds no personal data, is on disk (and queued for the county) the moment the screen thanks,
and is gone from the screen for the next applicant."""

from __future__ import annotations

import sqlite3

from kiosk.requests.service import list_requests
from tests.staff_ui.harness import CLERK_PIN
from tests.staff_ui.test_counter import open_intake


def _save_a_request(screen) -> str:
    screen.login("lihong", CLERK_PIN)
    open_intake(screen)
    screen.type_into("field_name", "王秀英")
    screen.type_into("field_id_number", "11010519491231002X")
    screen.type_into("field_phone", "13907961234")
    screen.item("field_description").setProperty("text", "2026年低保审核名单")
    screen.tap("saveButton")
    screen.qtbot.waitUntil(lambda: screen.item("receiptPanel").isVisible())
    screen.qtbot.waitUntil(lambda: not screen.model.printer.busy, timeout=20000)  # the receipt is out
    return screen.text("savedNumber")


class Taps:
    """Counts the taps a resident makes, through the harness's real taps."""

    def __init__(self, screen):
        self.screen, self.count = screen, 0

    def __call__(self, name: str) -> None:
        self.count += 1
        self.screen.tap(name)


def _on_disk(tmp_db_path) -> list[tuple]:
    with sqlite3.connect(tmp_db_path) as other:  # another connection: what a crash would leave
        return other.execute("SELECT score, reason, service, channel, request_number FROM ratings").fetchall()


def test_a_bad_rating_after_a_saved_request_takes_two_taps_and_is_linked_to_its_number(make_screen, seeded_db,
                                                                                      tmp_path):
    screen = make_screen()
    number = _save_a_request(screen)
    assert screen.shoot(tmp_path / "saved-panel.png").stat().st_size > 20_000
    assert number in [r["number"] for r in list_requests(seeded_db)]
    assert screen.item("ratingPanel").isVisible() and "请申请人为本次服务评价" in screen.text("ratingPrompt")
    labels = [screen.text(f"rate_{s}") for s in (5, 4, 3, 2, 1)]
    assert labels == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"]

    tap = Taps(screen)
    tap("rate_2")
    assert "请告诉我们原因" in screen.text("ratingPrompt") and screen.item("reason_0").isVisible()
    screen.shoot(tmp_path / "reasons.png")
    tap("reason_0")
    assert tap.count == 2
    assert screen.text("ratingPrompt") == "已收到您的评价，谢谢！"
    path = seeded_db.execute("PRAGMA database_list").fetchall()[0][2]
    assert _on_disk(path) == [(2, "等候时间太长", "request", "counter", number)]
    queued = seeded_db.execute("SELECT kind FROM outbox WHERE sent_at IS NULL AND kind = 'rating'").fetchall()
    assert queued == [("rating",)]
    columns = [r[1] for r in seeded_db.execute("PRAGMA table_info(ratings)").fetchall()]
    assert not {"name", "phone", "id_number", "address"} & set(columns)  # nothing personal to keep

    screen.tap("nextButton")  # the next applicant: no trace of the rating on screen
    screen.qtbot.waitUntil(lambda: not screen.item("savedPanel").isVisible())
    assert not screen.item("ratingPanel").isVisible()


def test_a_good_rating_takes_one_tap_and_logout_clears_it(make_screen, seeded_db):
    screen = make_screen()
    number = _save_a_request(screen)
    tap = Taps(screen)
    tap("rate_5")
    assert tap.count == 1 and screen.text("ratingPrompt") == "已收到您的评价，谢谢！"
    assert not screen.item("rate_4").isVisible()  # rated once: the levels are gone
    rows = seeded_db.execute("SELECT score, reason, request_number FROM ratings").fetchall()
    assert rows == [(5, "", number)]
    screen.model.logout()
    assert screen.model.rating.property("stage") == "off" and screen.model.rating.property("message") == ""


def test_a_consultation_goes_in_the_counter_log_by_topic_then_is_rated_in_one_tap(make_screen, seeded_db):
    screen = make_screen()
    screen.login("lihong", CLERK_PIN)
    screen.tap("nav_consult")
    screen.qtbot.waitUntil(lambda: screen.maybe("consultSave") is not None)
    assert screen.text("consultLog") == "本年现场咨询解答 0 次"
    screen.type_into("field_consult_question", "养老保险怎么补缴")
    screen.type_into("field_consult_answer", "带身份证到镇社保所窗口办理")
    screen.tap("consultSave")
    assert screen.text("consultMessage") == "请选择问题类别" and not screen.item("ratingPanel").isVisible()
    screen.tap("consultTopic_0")
    screen.tap("consultSave")
    screen.qtbot.waitUntil(lambda: screen.item("consultDone").isVisible())
    assert screen.text("consultLog") == "本年现场咨询解答 1 次：社会保障 1"
    logged = seeded_db.execute("SELECT channel, topic, text, counter_answer, clerk, phone FROM questions").fetchall()
    assert logged == [("counter", "社会保障", "养老保险怎么补缴", "带身份证到镇社保所窗口办理", "lihong", "")]
    assert "请咨询的群众为本次服务评价" in screen.text("ratingPrompt")
    tap = Taps(screen)
    tap("rate_4")
    assert tap.count == 1 and screen.text("ratingPrompt") == "已收到您的评价，谢谢！"
    rows = seeded_db.execute("SELECT score, service, channel, request_number FROM ratings").fetchall()
    assert rows == [(4, "consultation", "counter", "")]
    screen.tap("consultNext")
    assert not screen.item("ratingPanel").isVisible() and screen.item("consultSave").isVisible()
