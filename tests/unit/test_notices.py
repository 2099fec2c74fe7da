"""Notices: current first, expired in the archive (never deleted), images served by SHA-256."""

import datetime as dt

import pytest

from kiosk.clock import FixedClock
from kiosk.content import notices
from kiosk.errors import NotFound
from kiosk.store import notices_repo


def test_current_and_archive_split_on_today(demo_db, clock):
    village = notices.villages(demo_db)[0]
    current = notices.notices_for(demo_db, village["id"], clock)
    archive = notices.notices_for(demo_db, village["id"], clock, archived=True)
    today = "2026-11-22"
    assert current and archive
    assert all(n["posted_on"] <= today and (n["expires_on"] is None or n["expires_on"] >= today) for n in current)
    assert all(n["expires_on"] < today for n in archive)
    # The urgent fire-prevention notice leads the current list.
    assert current[0]["urgent"] == 1 and "森林防火" in current[0]["title"]


def test_a_notice_expires_into_the_archive_as_the_days_pass(demo_db, clock):
    village = notices.villages(demo_db)[0]
    first = notices.notices_for(demo_db, village["id"], clock)[0]
    later = FixedClock(dt.datetime.fromisoformat(first["expires_on"] + "T10:00:00+08:00") + dt.timedelta(days=1))
    assert first["id"] not in [n["id"] for n in notices.notices_for(demo_db, village["id"], later)]
    assert first["id"] in [n["id"] for n in notices.notices_for(demo_db, village["id"], later, archived=True)]
    assert notices.notice_page(demo_db, first["id"], later).expired


def test_notice_page_has_images_from_the_attachments_table(demo_db, clock):
    notice_id = notices_repo.first_notice_with_images(demo_db, "2026-11-22")
    page = notices.notice_page(demo_db, notice_id, clock)
    assert page.images and not page.expired
    mime, data = notices.attachment(demo_db, page.images[0]["sha256"])
    assert mime == "image/png" and data.startswith(b"\x89PNG")
    with pytest.raises(NotFound):
        notices.attachment(demo_db, "0" * 64)
