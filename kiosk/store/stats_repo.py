"""How much the kiosk holds."""

from __future__ import annotations

import sqlite_utils

COUNTED_TABLES = {
    "domains": "catalogue_domains",
    "catalogue_items": "catalogue_items",
    "documents": "documents",
    "villages": "villages",
    "notices": "notices",
    "attachments": "attachments",
    "subsidy_items": "subsidy_items",
    "payouts": "payouts",
    "policies": "policies",
    "requests": "requests",
    "staff": "staff",
}


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    result = {key: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for key, table in COUNTED_TABLES.items()}
    result["interpretations"] = db.execute(
        "SELECT count(*) FROM policies WHERE kind = 'interpretation'"
    ).fetchone()[0]
    result["policies"] -= result["interpretations"]
    result["calendar_years"] = db.execute("SELECT count(*) FROM calendar_years").fetchone()[0]
    return result
