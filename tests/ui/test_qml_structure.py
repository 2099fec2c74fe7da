"""QML stays passive (issue 22): one Theme singleton instead of a theme handed down, one keyboard-avoidance
component, pages registered once (ui/pages.py), and no form state or text composition in IntakePage.qml."""

from __future__ import annotations

import re
from pathlib import Path

import ui.models.navigator  # noqa: F401 - its @builds register the resident pages' builders
from kiosk.content_kinds import KINDS
from ui.pages import QML_DIR, RESIDENT_PAGES, STAFF_PAGES

UI = Path(__file__).resolve().parents[2] / "ui"
QML_FILES = sorted(UI.rglob("*.qml"))


def test_no_qml_file_declares_or_hands_down_a_theme():
    found = [f"{p.relative_to(UI)}:{n}: {line.strip()}" for p in QML_FILES
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"\bproperty\s+\w+\s+theme\b|(?<![\w.])theme\s*:|\bkioskTheme\b", line)]
    assert not found, found


def test_every_qml_file_that_reads_the_theme_imports_its_module():
    users = [p for p in QML_FILES if re.search(r"\bTheme\.", p.read_text(encoding="utf-8"))]
    assert len(users) > 20  # the resident pages, their components and the keyboard style
    missing = [str(p.relative_to(UI)) for p in users
               if not re.search(r"^import Gongkai$", p.read_text(encoding="utf-8"), re.M)]
    assert not missing, missing


def test_only_the_keyboard_avoider_scrolls_a_field_into_view():
    scrollers = [p.name for p in QML_FILES
                 if re.search(r"map(To|From)Item", (text := p.read_text(encoding="utf-8"))) and "contentY =" in text]
    assert scrollers == ["KeyboardAvoider.qml"]


def test_the_intake_page_composes_no_text_and_keeps_no_form_state():
    text = (QML_DIR / "staff" / "IntakePage.qml").read_text(encoding="utf-8")
    # No regular expression and no string surgery: the model composes the address and the description.
    assert not re.search(r"\.(test|exec|replace|slice|substring)\(|/\^|/\[", text)
    # A field's text is set only to what the model says (onValueSet), never composed here.
    assert re.findall(r"\b\w+\.text\s*=(?!=)[^\n]*", text) == ["f.text = value"]
    # No values object assembled or filled in QML.
    assert "function values" not in text and "function fill" not in text and "restoring" not in text


def test_python_names_qml_pages_only_in_the_page_registry():
    named = [f"{p.relative_to(UI)}: {m}" for p in sorted(UI.rglob("*.py")) if p.name != "pages.py"
             for m in re.findall(r"[\"'](\w+Page)(?:\.qml)?[\"']", p.read_text(encoding="utf-8"))]
    assert not named, named


def test_every_registered_page_has_its_component_and_every_target_is_registered():
    for page in (*RESIDENT_PAGES.values(), *STAFF_PAGES.values()):
        assert (QML_DIR / f"{page.component}.qml").is_file(), page
    # The home tiles' targets (HomePage.qml) and every target a view model's rows name.
    targets = set(re.findall(r'target:\s*"([a-z0-9-]+)"', (QML_DIR / "HomePage.qml").read_text(encoding="utf-8")))
    assert len(targets) >= 7, targets
    targets |= {k.home for k in KINDS if k.home} | {k.page for k in KINDS if k.page}
    for p in (UI / "models").glob("*.py"):
        targets |= set(re.findall(r"[\"']target[\"']:\s*[\"']([a-z0-9-]+)[\"']", p.read_text(encoding="utf-8")))
    assert len(targets) > 10
    assert not targets - set(RESIDENT_PAGES), sorted(targets - set(RESIDENT_PAGES))
    # Every page a row can lead to has its builder (search is the header's standing view model).
    assert [p.id for p in RESIDENT_PAGES.values() if p.build is None] == ["search"]
