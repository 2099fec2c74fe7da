"""The county tells the kiosk the highest request number it holds (issue 25): a kiosk whose database and
number marks were lost goes on after it instead of reusing a number the county already has."""

from __future__ import annotations

from kiosk.requests import highwater, service
from kiosk.store import open_store, township_repo
from tests.sync.conftest import TOWNSHIP, applicant, start_county, stop_county


def test_sync_brings_the_county_highest_number_back(db, kiosk, repo, kiosk_token, clock, config, clerk,
                                                    tmp_path, monkeypatch):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    numbers = [service.create_request(db, clock, config, clerk, applicant(n))["number"] for n in range(3)]
    running = start_county(repo)
    try:
        assert kiosk(server=running.url, token=kiosk_token).ok
        # The kiosk's disk is replaced: the marks beside the key are gone too.
        monkeypatch.setenv(highwater.ENV, str(tmp_path / "new-disk" / "numbers.json"))
        counter = f"request:{TOWNSHIP}:K01:2026"
        assert highwater.floor(counter) == 0
        report = kiosk(server=running.url, token=kiosk_token)
    finally:
        stop_county(running)
    assert report.ok, report.errors
    assert highwater.floor(counter) == 3
    fresh = open_store(tmp_path / "fresh.db")
    try:
        township_repo.save_township(fresh, {"code": TOWNSHIP, "name": "青禾镇"})
        new = service.create_request(fresh, clock, config, clerk, applicant(9))["number"]
    finally:
        fresh.close()
    assert new not in numbers and new.split("-")[3] == "00004"
