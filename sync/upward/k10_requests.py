"""Information-disclosure requests and their events (条例 Art. 29-33): the first two upward kinds.

The county stores them with rules of their own (tenancy by number prefix, an event held back until
its request arrives, status derived from every event): county/service.py registers that store.
"""

from __future__ import annotations

from kiosk.errors import ValidationError
from kiosk.store import outbox_repo
from sync.upward import UpwardKind, json_object, register, text


def _received_on(item: dict) -> None:
    if "received_on" in item and not isinstance(item["received_on"], str):
        raise ValidationError("上传内容中的 received_on 无效")


REQUEST = register(UpwardKind(
    name="request", wire="requests", ref="uuid", label="申请", unit="件",
    fields=(text("uuid"), text("number"), text("updated_at")),
    check=_received_on,
    collect=outbox_repo.request_rows,
))

EVENT = register(UpwardKind(
    name="event", wire="events", ref="event_uuid", label="记录", unit="条",
    fields=(text("event_uuid"), text("request_uuid"), text("kind"), text("at"), text("actor"), json_object("data")),
    collect=outbox_repo.event_rows,
))
