"""The check that cannot be fooled: in the pseudo-locale every interface text on every resident page is wrapped.

The pseudo-locale is built here from the sources (ui.i18n_catalogue.build_pseudo): every message the
code has now reads ⟦…⟧, published content ⟪…⟫. A Text with a letter outside the brackets is interface
text that bypassed translation. Both orientations, both modes; the staff area is left out (Chinese).
"""

from __future__ import annotations

import pytest

from ui.pseudo_check import leftover, report, unwrapped
from ui.shots import PAGES
from ui.translations import PSEUDO, install_translator, remove_translators


def test_the_rule_itself():
    assert not unwrapped("⟦Standard catalogue⟧") and not unwrapped("⟦⟪青禾村⟫ · photo 2 of 3⟧")
    assert not unwrapped("12 / 34") and not unwrapped("⟪张*⟫　⟦Nov 10, 2026⟧")
    assert unwrapped("发布于 ⟦Nov 10, 2026⟧") and unwrapped("⟦Search⟧ 共3条") and unwrapped("Search")
    assert leftover("<b>⟦Phone⟧：</b>⟪123⟫") == "："


@pytest.fixture(scope="module")
def pseudo(qapp, tmp_path_factory, monkeypatch_module):
    from ui.pseudo_check import pseudo_translations

    folder = pseudo_translations(tmp_path_factory.mktemp("qps"))
    monkeypatch_module.setenv("GONGKAI_TRANSLATIONS", str(folder))
    assert install_translator(qapp, PSEUDO) == PSEUDO
    yield
    remove_translators(qapp)


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_every_resident_page_is_translated(pseudo, module_db_path, orientation):
    from ui.pseudo_check import SIZES

    found = report(module_db_path, sizes={orientation: SIZES[orientation]})
    counts = {combo: {page: len(texts) for page, texts in pages.items() if texts} for combo, pages in found.items()}
    assert set(found[f"{orientation}/normal"]) == (set(PAGES) - {"staff"}) | {"search:nothing", "status:unknown"}
    bad = {combo: {page: texts for page, texts in pages.items() if texts} for combo, pages in found.items()}
    assert not any(bad.values()), f"unwrapped interface text per page: {counts}\n{bad}"


def test_the_check_sees_untranslated_text(qapp, module_db_path):
    """Without the pseudo-locale (plain English), every page text counts as unwrapped: the walk is not blind."""
    assert install_translator(qapp, "en") == "en"
    try:
        found = report(module_db_path, pages=["home", "notice"], sizes={"landscape": (1920, 1080)}, modes=("normal",))
    finally:
        remove_translators(qapp)
    assert "Standard catalogue" in found["landscape/normal"]["home"]
    assert len(found["landscape/normal"]["notice"]) > 5
