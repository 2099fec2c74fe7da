"""docs/architecture.md's picture is drawn from the code: the committed .dot (and the SVG rendered from
it) shows the packages, their rooms and the imports between them as they are, and every arrow points
down the layers gongkai -> (ui | county) -> sync -> kiosk."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RANK = {"gongkai": 0, "ui": 1, "county": 1, "sync": 2, "kiosk": 3}


def _graph_module():
    spec = importlib.util.spec_from_file_location("architecture_graph", DOCS / "architecture_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed_edges(dot: str) -> set[tuple[str, str]]:
    return set(re.findall(r'^\s*"(\w+)" -> "(\w+)"', dot, re.M))


def test_the_committed_picture_shows_the_imports_and_rooms_of_the_code():
    graph = _graph_module()
    dot = (DOCS / "architecture.dot").read_text(encoding="utf-8")
    # Counts move with every import; which packages import which, and the rooms, must be current.
    assert _committed_edges(dot) == set(graph.package_edges()), "run `make docs` and commit docs/architecture.*"
    svg = (DOCS / "architecture.svg").read_text(encoding="utf-8")
    for top in graph.PACKAGES:
        for room in graph.rooms(top):
            assert room in dot and room in svg, f"{top}/{room} is not in the picture: run `make docs`"


def test_every_arrow_in_the_picture_points_down_the_layers():
    edges = _committed_edges((DOCS / "architecture.dot").read_text(encoding="utf-8"))
    assert ("ui", "kiosk") in edges and ("county", "kiosk") in edges  # the picture is not empty
    upward = [(a, b) for a, b in edges if RANK[a] >= RANK[b]]
    assert not upward, upward


def test_the_architecture_page_shows_the_picture_and_the_table():
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    assert "](architecture.svg)" in text
    for row in ("A content kind", "An upward record kind", "A resident page", "A staff page", "A CLI command",
                "A county console page"):
        assert f"| **{row}**" in text, row
