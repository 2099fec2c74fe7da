"""The reply letter (答复书 PDF) reaches the township kiosk: recorded with the reply in the county
console, published in the next signed bundle sealed to the kiosk that logged the request, verified
and opened by that kiosk only, and printable from the request's page (the raw reply_pdf dict is never
shown). The bundle directory is public: the letter is not readable there."""

from __future__ import annotations

import hashlib

import county
from county.console.publishing import save_reply_file
from county.publish import publish
from kiosk.clock import FixedClock
from kiosk.requests import service
from kiosk.store import reply_letters_repo, township_repo
from kiosk.trust import kiosk_key
from tests.sync.conftest import TOWNSHIP, applicant, start_county, stop_county

PDF = b"%PDF-1.4\n% \xe7\xad\x94\xe5\xa4\x8d\xe4\xb9\xa6 for \xe5\xbc\xa0\xe6\xa1\x82\xe5\x85\xb0\n%%EOF\n"
LATE = FixedClock("2026-11-27T16:00:00+08:00")


def test_the_reply_letter_comes_down_sealed_in_the_bundle(db, kiosk, repo, clock, config, clerk, small_source,
                                                         signing_keys):
    township_repo.save_township(db, {"code": TOWNSHIP, "name": "青禾镇"})
    number = service.create_request(db, clock, config, clerk, applicant(0))["number"]
    other = service.create_request(db, clock, config, clerk, applicant(1))["number"]
    store = county.open_county_db(repo)
    token = county.issue_token(store, TOWNSHIP, "K01", clock, kiosk_key.public_key_b64(kiosk_key.active_key()))
    store.close()
    running = start_county(repo)
    try:
        assert kiosk(server=running.url, token=token).ok
        store = county.open_county_db(repo)
        uuids = {n: service.request_view(db, clock, n)["uuid"] for n in (number, other)}
        for n, content in ((number, PDF), (other, PDF + b"% other\n")):
            event = county.record_change(store, uuids[n], "replied", {
                "on": "2026-11-27", "outcome": "36-1",
                "reply_pdf": {"sha256": hashlib.sha256(content).hexdigest(), "name": "答复书.pdf",
                              "size": len(content)}}, "县政务公开办", LATE)
            save_reply_file(store, LATE, uuids[n], event, "答复书.pdf", content)
        # The second reply was for the wrong request: voided, so its letter stays at the county.
        wrong = [e for e in store.request_events(uuids[other]) if e["kind"] == "replied"][0]["event_uuid"]
        county.record_change(store, uuids[other], "void", {"on": "2026-11-27", "voids": wrong, "reason": "登记错了",
                                                          "officer": "刘科长"},
                             "县政务公开办", LATE)
        result = publish(small_source, repo, signing_keys[0], FixedClock("2026-11-28T02:00:00+08:00"), store=store)
        store.close()
        assert result["reply_letters"] == 1
        assert not any(PDF in p.read_bytes() for p in (repo / "public").rglob("*") if p.is_file()), "no plain letter in public files"
        report = kiosk(server=running.url, token=token, at=FixedClock("2026-11-28T03:00:00+08:00"))
        assert report.ok, report.message
    finally:
        stop_county(running)
    letters = reply_letters_repo.for_request(db, uuids[number])
    assert [(le["name"], le["size"]) for le in letters] == [("答复书.pdf", len(PDF))]
    assert reply_letters_repo.pdf(db, uuids[number], letters[0]["sha256"]) == PDF
    assert reply_letters_repo.for_request(db, uuids[other]) == []
    view = service.request_view(db, clock, number)
    assert view["reply_letters"] == [{"sha256": letters[0]["sha256"], "name": "答复书.pdf", "size": len(PDF)}]


def test_a_letter_sealed_to_another_kiosk_is_not_opened():
    from nacl.signing import SigningKey

    from sync.reply_letters import open_letter, seal_letter

    mine, theirs = SigningKey.generate(), SigningKey.generate()
    header = {"request_uuid": "u1", "event_uuid": "e1", "sha256": hashlib.sha256(PDF).hexdigest(), "name": "a.pdf"}
    blob = seal_letter(PDF, header, kiosk_key.public_key_b64(theirs))
    assert open_letter(blob, mine) is None
    assert open_letter(blob, theirs) == (header, PDF)
    forged = seal_letter(PDF + b"x", header, kiosk_key.public_key_b64(mine))
    assert open_letter(forged, mine) is None, "a PDF that is not the one the header names is refused"
