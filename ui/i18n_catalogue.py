"""Every interface string, gathered into the .ts files; the pseudo-locale built from them.

    python -m ui.i18n_catalogue update   # refresh resources/translations/gongkai_*.ts, compile the .qm files
    python -m ui.i18n_catalogue todo en  # the messages of a language still without a translation (JSON)

Sources, each message (context, source text, key):
- the resident QML (qsTr), through pyside6-lupdate (the staff area stays Chinese);
- Python under ui/: `tr("Ctx", "…")` and `noop("Ctx", "…")` calls, found with ast (literals only);
- words the core keeps in Chinese: the catalogue's columns, a document's and a policy's facts, the
  How-to-apply guide, request states, resident-facing error messages;
- the 政策找人 rules file: every question, hint, answer and result text, keyed by its id.

A message no source has any more is dropped from the .ts files; a new one arrives without a translation,
and the tests (tests/ui/test_translation.py) fail until it has one. Translations that a native speaker
has not reviewed carry the translator comment NEEDS_REVIEW (README: how a county replaces them).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from ui.translations import PSEUDO, TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
QML_DIRS = (ROOT / "ui" / "qml", ROOT / "ui" / "keyboard")
PY_DIR = ROOT / "ui"
ERROR_SOURCES = (ROOT / "kiosk" / "requests" / "status.py", ROOT / "kiosk" / "content" / "subsidies.py")
RULES = ROOT / "resources" / "eligibility" / "rules.json"
NEEDS_REVIEW = "needs review by a native speaker"
BIN = Path(sys.executable).parent

Key = tuple[str, str, str]  # (context, source, comment)


def _tool(name: str) -> str:
    path = BIN / name
    return str(path) if path.exists() else name


# -- sources
def qml_messages() -> list[Key]:
    files = sorted(str(p) for d in QML_DIRS for p in d.rglob("*.qml") if "staff" not in p.parts)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "qml.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(out)], check=True, capture_output=True)
        return [key for key, _ in read_ts(out).items()]


def _literal(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_messages() -> list[Key]:
    """tr("Ctx", "text"[, "comment"]) and noop("Ctx", "text") calls in ui/ (not the staff area)."""
    found: list[Key] = []
    for path in sorted(PY_DIR.rglob("*.py")):
        if "staff" in path.parts or path.name in ("i18n.py", "i18n_catalogue.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "noop")):
                continue
            args = [_literal(a) for a in node.args]
            if len(args) < 2 or None in args[:2]:
                raise ValueError(f"{path.name}:{node.lineno}: {node.func.id}() needs literal strings "
                                 "(use tr_data for text from data)")
            found.append((args[0], args[1], args[2] if len(args) > 2 and args[2] else ""))
    return found


def _raised_messages(path: Path) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            text = _literal(node.exc.args[0])
            if text:
                out.append(text)
    return out


def core_messages() -> list[Key]:
    from kiosk import content_kinds
    from kiosk.content import catalogue, policies
    from kiosk.eligibility import evaluate
    from kiosk.feedback import questions, ratings
    from kiosk.requests import status

    keys: list[Key] = []
    for _key, term in catalogue.ITEM_FIELDS:
        keys.append(("Catalogue", term, ""))
    keys += [("Catalogue", plain, "") for plain in catalogue.PLAIN_LABELS.values()]
    keys += [("Meta", label, "") for label in (*catalogue.DOCUMENT_META, *policies.POLICY_META)]
    keys += [("Meta", label, "") for _column, label in status.OFFICE_LABELS]
    keys.append(("Guide", status.GUIDE_TITLE, ""))
    for heading, lines in status.GUIDE_SECTIONS:
        keys += [("Guide", heading, ""), *(("Guide", line, "") for line in lines)]
    keys += [("Status", text, "") for text in (*status.STATUS_TEXT.values(), status.IN_PROGRESS,
                                                status.PROVISIONAL, status.NO_DUE)]
    keys += [("Status", label, "") for label in status.DETAIL_LABELS]
    keys += [("Search", k.label, "") for k in content_kinds.KINDS]  # result badges: the declared labels
    keys += [("Voice", label, "") for _score, label in ratings.LEVELS]  # 好差评's five national levels
    keys += [("Voice", text, "") for text in (*questions.TOPICS, *ratings.REASONS)]
    keys += [("Errors", text, "") for path in ERROR_SOURCES for text in _raised_messages(path)]
    keys += [("Eligibility", evaluate.MATCH_TEXT, ""), ("Eligibility", evaluate.MAYBE_TEXT, "")]
    return keys


def eligibility_messages(rules_file: Path = RULES) -> list[Key]:
    """Keyed like ui/models/eligibility.py asks for them (question:<id>:text, option:<q>:<o>, rule:<id>:title)."""
    body = json.loads(rules_file.read_text(encoding="utf-8"))
    keys: list[Key] = []
    for q in body["questions"]:
        for part in ("text", "hint", "none_label"):
            if q.get(part):
                keys.append(("Eligibility", q[part], f"question:{q['id']}:{part}"))
        keys += [("Eligibility", o["label"], f"option:{q['id']}:{o['id']}") for o in q["options"]]
    for r in body["rules"]:
        for part in ("title", "reason", "reason_unsure"):
            if r.get(part):
                keys.append(("Eligibility", r[part], f"rule:{r['id']}:{part}"))
    return keys


def all_messages() -> list[Key]:
    return list(dict.fromkeys(qml_messages() + python_messages() + core_messages() + eligibility_messages()))


# -- .ts files
def read_ts(path: Path) -> dict[Key, dict]:
    """{(context, source, comment): {"translation", "type", "translatorcomment"}}."""
    out: dict[Key, dict] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = {
                "translation": (t.text or "") if t is not None else "",
                "type": t.get("type", "") if t is not None else "unfinished",
                "translatorcomment": m.findtext("translatorcomment") or "",
            }
    return out


def ts_language(path: Path) -> str:
    return ET.parse(path).getroot().get("language", "")


def write_ts(path: Path, language: str, messages: dict[Key, dict]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    contexts: dict[str, ET.Element] = {}
    for (context, source, comment), m in sorted(messages.items()):
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        msg = ET.SubElement(contexts[context], "message")
        ET.SubElement(msg, "source").text = source
        if comment:
            ET.SubElement(msg, "comment").text = comment
        if m.get("translatorcomment"):
            ET.SubElement(msg, "translatorcomment").text = m["translatorcomment"]
        t = ET.SubElement(msg, "translation")
        t.text = m.get("translation", "")
        if m.get("type") or not t.text:
            t.set("type", m.get("type") or "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def shipped_ts() -> list[Path]:
    return sorted(TRANSLATIONS_DIR.glob("gongkai_*.ts"))


def update(partial: tuple[str, ...] = ("bo",)) -> None:
    """Refresh every .ts from the sources and compile it. A `partial` language (Tibetan: the home screen
    only, to show a new language needs no code) keeps just the messages it has translations for."""
    wanted = all_messages()
    for ts in shipped_ts():
        code = ts.stem.removeprefix("gongkai_")
        old = read_ts(ts)
        merged = {k: old.get(k, {"translation": "", "type": "unfinished"}) for k in wanted}
        if code in partial:
            merged = {k: v for k, v in merged.items() if v["translation"]}
        write_ts(ts, ts_language(ts) or code, merged)
        compile_ts(ts, ts.with_suffix(".qm"))


def todo(code: str) -> list[dict]:
    old = read_ts(TRANSLATIONS_DIR / f"gongkai_{code}.ts")
    return [{"context": k[0], "source": k[1], "comment": k[2]} for k, v in old.items()
            if not v["translation"] or v["type"] in ("unfinished", "obsolete", "vanished")]


def apply_translations(code: str, rows: list[dict], review: bool) -> None:
    """Fill translations ([{context, source, comment, translation}]) into gongkai_<code>.ts and compile it."""
    ts = TRANSLATIONS_DIR / f"gongkai_{code}.ts"
    messages = read_ts(ts)
    for row in rows:
        key = (row["context"], row["source"], row.get("comment", ""))
        messages[key] = {"translation": row["translation"], "type": "",
                         "translatorcomment": NEEDS_REVIEW if review else ""}
    write_ts(ts, ts_language(ts) or code, messages)
    compile_ts(ts, ts.with_suffix(".qm"))


# -- the pseudo-locale
def pseudo_messages(source: dict[Key, dict]) -> dict[Key, dict]:
    """Every message's English wrapped in ⟦…⟧ (English lengths: realistic wrapping and clipping)."""
    return {k: {"translation": f"⟦{v['translation'] or k[1]}⟧", "type": ""} for k, v in source.items()}


def build_pseudo(out_dir: Path) -> Path:
    """gongkai_qps.qm from the English .ts plus every message the sources have now: a string missing from
    the English file is still wrapped, so the pseudo check tests tr() coverage and the completeness test
    tests the translations."""
    out_dir.mkdir(parents=True, exist_ok=True)
    english = read_ts(TRANSLATIONS_DIR / "gongkai_en.ts")
    messages = {k: english.get(k, {"translation": "", "type": ""}) for k in all_messages()}
    ts = out_dir / f"gongkai_{PSEUDO}.ts"
    write_ts(ts, "en", pseudo_messages(messages))
    compile_ts(ts, out_dir / f"gongkai_{PSEUDO}.qm")
    return out_dir / f"gongkai_{PSEUDO}.qm"


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["todo"] and len(argv) == 2:
        print(json.dumps(todo(argv[1]), ensure_ascii=False, indent=1))
        return 0
    if argv[:1] == ["apply"] and len(argv) >= 3:
        rows = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        apply_translations(argv[1], rows, review="--review" in argv)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
