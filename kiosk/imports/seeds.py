"""The two real scraped seed texts (resources/demo/seeds) as policy documents of the demo township.

The 2021 work points (工作要点, a Traditional copy with pinyin readings) and its interpretation
(解读, with @@ marks, an injected gambling-app name and an editor footer) go through the same
cleaning as any import. The texts carry no dates, so the demo gives them fixed ones. The spam in
the interpretation stays flagged, and the demo publishes it as if staff had accepted it.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from kiosk.imports.policy import read_policy
from kiosk.paths import resources_dir
from kiosk.store import import_repo

WORK_POINTS_TITLE = "2021年政务公开工作要点"


@dataclass(frozen=True)
class Seed:
    file: str
    title: str | None      # None: the title is read from the text
    kind: str
    published_on: str
    issuer: str


SEEDS = (
    Seed("000_48829811cf089af9.txt", WORK_POINTS_TITLE, "policy", "2021-04-28", "省人民政府办公厅"),
    Seed("003_760c2856fb5f4647.txt", None, "interpretation", "2021-04-30", "省人民政府办公厅"),
)


def add_seed_policies(db: sqlite_utils.Database) -> list[int]:
    """Clean and insert both seeds, the interpretation linked to the work points. Returns their ids."""
    ids: list[int] = []
    by_title: dict[str, int] = {}
    for seed in SEEDS:
        draft = read_policy(resources_dir() / "demo" / "seeds" / seed.file, title=seed.title,
                            published_on=seed.published_on, kind=seed.kind)
        # Linked the way an import links: by the 《title》 the interpretation names.
        link = next((by_title[n] for n in draft.named if n in by_title), None)
        if draft.kind == "interpretation" and link is None:
            raise ValueError(f"demo seed {seed.file} names no seeded policy")
        ids.append(import_repo.insert_policy(db, {
            "kind": draft.kind, "interprets_id": link,
            "title": draft.title, "doc_number": draft.doc_number, "issuer": seed.issuer,
            "published_on": draft.published_on, "body": draft.body, "source_url": "",
            "status": "published", "flags": [f.to_dict() for f in draft.flags],
        }))
        if draft.kind == "policy":
            by_title[draft.title] = ids[-1]
    return ids
