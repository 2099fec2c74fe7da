"""One page of the payout list (village -> item -> year), as the list view fetches it while scrolling."""

from __future__ import annotations

import sqlite_utils

from gongkai.bench.timing import summary, time_once_ms
from kiosk.store import payouts_repo

PAGE_SIZE = 100


def measure_page_fetch(db: sqlite_utils.Database, *, repeat: int, masking: str = "surname") -> dict:
    """Walk the biggest list page by page (keyset, like fetchMore does) `repeat` times.

    Every page is one sample: the first page, pages deep in the list and the short last page.
    The figure is the p95 of those samples, through kiosk.content.subsidies (masking and ¥ formatting
    included), which is what the list view calls.
    """
    from kiosk.content import subsidies

    selection = payouts_repo.busiest_selection(db)
    if selection is None:
        raise ValueError("the database holds no payouts")
    village_id, item_id, year = selection
    # Warm: the first call loads the babel locale data once per process, not per page.
    subsidies.payout_page(db, village_id, item_id, year, masking, limit=PAGE_SIZE)
    times: list[float] = []
    pages = rows = 0
    for _ in range(repeat):
        after_id, pages, rows = 0, 0, 0
        while True:
            elapsed, page = time_once_ms(
                lambda a=after_id: subsidies.payout_page(
                    db, village_id, item_id, year, masking, after_id=a, limit=PAGE_SIZE
                )
            )
            times.append(elapsed)
            pages += 1
            rows += len(page)
            if len(page) < PAGE_SIZE:
                break
            after_id = page[-1]["id"]
    stats = summary(times)
    return {
        "page_fetch_ms": stats["p95_ms"],
        "page_fetch": {
            "selection": {"village_id": village_id, "subsidy_item_id": item_id, "year": year},
            "page_size": PAGE_SIZE,
            "pages_in_list": pages,
            "rows_in_list": rows,
            "repeat": repeat,
            **stats,
        },
    }
