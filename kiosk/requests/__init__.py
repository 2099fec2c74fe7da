"""依申请公开 (requests for government information): intake, numbers, lifecycle, use cases.

Public entry points for the UI, receipts and sync (stable; keys documented in service.py):

- service.create_request(db, clock, config, actor, data) -> view dict   (durable before it returns)
- service.request_view(db, clock, number) -> view dict (staff); status.lookup(db, number) -> PublicStatus (resident)
- service.add_event(db, clock, actor, number, kind, on=None, **data) -> view dict
- service.worklist(db, clock) -> [item], service.recompute_open_requests(db, clock)
- intake.check_intake(data, today) -> (Intake | None, {field: message}) for live form validation
- numbers.parse_number(text) -> normalised number (ValidationError when malformed / bad check char)
- identity.mask_id_number(number), identity.mask_phone(phone) for anything not a staff view
"""

from kiosk.requests.identity import mask_id_number, mask_phone
from kiosk.requests.numbers import parse_number

__all__ = ["mask_id_number", "mask_phone", "parse_number"]
