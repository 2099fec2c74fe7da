"""The county service: store (SQLAlchemy Core over SQLite or PostgreSQL), the ASGI app (kiosk
API, static bundles, public status page) and the USB outbox envelope. Never imports ui."""

from county.service import (
    Forbidden,
    check_upload,
    county_db_path,
    county_db_url,
    intake_dir,
    issue_token,
    open_county_db,
    public_dir,
    record_change,
    store_upload,
    token_hash,
)
from kiosk.errors import ValidationError

__all__ = [
    "Forbidden", "ValidationError", "check_upload", "county_db_path", "county_db_url", "intake_dir",
    "issue_token", "open_county_db", "public_dir", "record_change", "store_upload", "token_hash",
]
