"""The county service: store (SQLAlchemy Core over SQLite or PostgreSQL, schema under Alembic), the
ASGI app (kiosk API, static bundles, public status page), the upward record kinds' county side and
the USB import. Never imports ui."""

from county.service import (
    Forbidden,
    county_db_path,
    county_db_url,
    issue_token,
    open_county_db,
    public_dir,
    record_change,
    store_upload,
    token_hash,
)
from county.usb_import import import_usb_folder
from kiosk.errors import ValidationError

__all__ = [
    "Forbidden", "ValidationError", "county_db_path", "county_db_url", "import_usb_folder",
    "issue_token", "open_county_db", "public_dir", "record_change", "store_upload", "token_hash",
]
