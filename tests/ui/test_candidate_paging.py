"""The candidate bar pages with large ‹ › buttons (#24): elderly residents did not find the sideways swipe."""

from __future__ import annotations

import pytest

from tests.ui.helpers import root_call, tap, visible_item, visible_items, wait_for_frame, wait_until_holds
from tests.ui.keys import candidates, panel, scene_rect, type_keys


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
def test_next_and_previous_page_through_the_candidates(ui, qtbot, elder):
    ui.theme.elder = elder
    ui.search.clear()
    root_call(ui, "openSearch")
    field = visible_item(ui, "searchField")
    qtbot.waitUntil(field.hasActiveFocus, timeout=30_000)
    type_keys(ui, "zhi")
    qtbot.waitUntil(lambda: len(candidates(ui)) > 3, timeout=30_000)
    wait_for_frame(ui)
    board = scene_rect(panel(ui))
    nxt, prev = visible_item(ui, "candidatesNext"), visible_item(ui, "candidatesPrevious")
    assert nxt.height() >= 60 and nxt.width() >= (96 if elder else 80)
    assert not prev.property("enabled") and nxt.property("enabled")  # at the start: only forward

    def in_view():
        bar_left, bar_right = scene_rect(prev).right(), scene_rect(nxt).left()
        return {c.property("word") for c in candidates(ui)
                if scene_rect(c).left() >= bar_left - 1 and scene_rect(c).right() <= bar_right + 1
                and board.contains(scene_rect(c).center())}

    leftmost = min(candidates(ui), key=lambda c: scene_rect(c).left()).property("word")
    qtbot.waitUntil(lambda: leftmost in in_view(), timeout=30_000)  # the first candidate is clear of the ‹ button
    first = in_view()

    def a_new_page() -> None:  # the bar scrolls (animated) to a whole new page of characters
        shown = in_view()
        assert shown and not shown & first, (sorted(first), sorted(shown))

    def the_first_page() -> None:
        back = in_view()
        assert back == first, (sorted(first), sorted(back),
                               [(c.property("word"), scene_rect(c).left()) for c in candidates(ui)][:8], scene_rect(prev))

    tap(ui, nxt)
    wait_until_holds(qtbot, a_new_page)
    assert prev.property("enabled")
    tap(ui, prev)
    wait_until_holds(qtbot, the_first_page)
    # A candidate on the second page is still typed by a tap.
    tap(ui, nxt)
    wait_until_holds(qtbot, a_new_page)
    word = sorted(in_view())[0]
    tap(ui, next(c for c in candidates(ui) if c.property("word") == word))
    qtbot.waitUntil(lambda: field.property("text") == word, timeout=30_000)
    ui.search.clear()
    ui.theme.elder = False
    assert not visible_items(ui, "candidatesNext") or not candidates(ui)


def test_pages_are_the_same_both_ways_without_repeats_or_an_empty_slot(ui, qtbot):
    """The candidate bar's "duplicate with a gap" (#24): ‹ went back by pixels and landed on a different page
    (characters of two pages repeated) and a candidate a fraction of a pixel too wide left an empty slot before ›."""
    ui.theme.elder = True
    ui.search.clear()
    root_call(ui, "openSearch")
    field = visible_item(ui, "searchField")
    qtbot.waitUntil(field.hasActiveFocus, timeout=10000)
    type_keys(ui, "zhi")
    qtbot.waitUntil(lambda: len(candidates(ui)) > 8, timeout=10000)
    wait_for_frame(ui)
    board = scene_rect(panel(ui))
    nxt, prev = visible_item(ui, "candidatesNext"), visible_item(ui, "candidatesPrevious")

    def page():
        """What a resident sees: each candidate drawn (not faded out), and each one drawn must be whole."""
        left, right = scene_rect(prev).right(), scene_rect(nxt).left()
        drawn = [c for c in candidates(ui) if c.opacity() > 0.5 and board.contains(scene_rect(c).center())
                 and scene_rect(c).right() > left and scene_rect(c).left() < right]
        assert all(scene_rect(c).left() >= left - 2 and scene_rect(c).right() <= right + 2 for c in drawn)
        drawn.sort(key=lambda c: scene_rect(c).left())
        # No empty slot: the next candidate (faded) would not have fitted after the last one drawn.
        gap = right - scene_rect(drawn[-1]).right()
        assert gap < min(c.width() for c in drawn), (gap, [c.property("word") for c in drawn])
        return [c.property("word") for c in drawn]

    try:
        pages = [page()]
        for _ in range(3):
            tap(ui, nxt)
            wait_for_frame(ui)
            pages.append(page())
        seen = [w for p in pages for w in p]
        assert len(seen) == len(set(seen)), pages  # forward: every character once
        for expected in reversed(pages[:-1]):
            tap(ui, prev)
            wait_for_frame(ui)
            assert page() == expected  # back: the very page seen before
        assert not prev.property("enabled")
    finally:
        ui.search.clear()
        ui.theme.elder = False
