"""Keep the resident search index in step with what an import wrote."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils


def refresh(db: sqlite_utils.Database, kind: str, ids: Iterable[int]) -> None:
    """Re-index the rows of `kind` that changed (in the caller's transaction)."""
    from kiosk import search

    search.reindex_kind(db, kind, list(ids))
