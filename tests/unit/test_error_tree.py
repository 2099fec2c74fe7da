"""One error tree: every error raised on purpose is a class of kiosk/errors.py, drawn in its docstring."""

from __future__ import annotations

import ast
import inspect
import warnings
from pathlib import Path

from kiosk import errors

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kiosk", "ui", "sync", "county", "gongkai")


def _classes() -> dict[str, type]:
    return {name: obj for name, obj in vars(errors).items()
            if inspect.isclass(obj) and issubclass(obj, errors.KioskError)}


def test_the_docstring_draws_every_class_under_its_parent():
    drawn = {}
    stack: list[tuple[int, str]] = []
    for line in errors.__doc__.splitlines():
        stripped = line.lstrip(" │├└─")
        name = stripped.split(" ", 1)[0]
        if name in _classes():
            depth = len(line) - len(stripped)
            while stack and stack[-1][0] >= depth:
                stack.pop()
            drawn[name] = stack[-1][1] if stack else None
            stack.append((depth, name))
    classes = _classes()
    assert set(drawn) == set(classes)
    for name, cls in classes.items():
        assert drawn[name] == (cls.__base__.__name__ if cls is not errors.KioskError else None), name
        assert cls.__doc__ and "\n" not in cls.__doc__.strip(), f"{name}: one line of docstring"


def test_no_module_defines_its_own_error_on_the_tree():
    names = set(_classes())
    found = []
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "kiosk" / "errors.py":
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SyntaxWarning)  # a file's own escape sequences are not the point
                warnings.simplefilter("ignore", DeprecationWarning)
                tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in names | {"KioskError"} for b in node.bases
                ):
                    found.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert found == []
    assert not (ROOT / "sync" / "errors.py").exists()
