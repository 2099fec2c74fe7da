"""Every state the counter side can put a request in reads sensibly on the resident screen."""

from kiosk.requests.lifecycle import OPEN_STATUSES, STATUS_LABELS
from kiosk.requests.status import FINISHED, STATUS_TEXT


def test_every_lifecycle_state_has_resident_text_and_a_finished_flag():
    assert set(STATUS_TEXT) == set(STATUS_LABELS)
    assert FINISHED.isdisjoint(OPEN_STATUSES)
    assert FINISHED == {"replied", "abandoned", "closed"}
    assert "放弃" in STATUS_TEXT["abandoned"]
