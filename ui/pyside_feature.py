"""PySide6 reads the source of every module imported after it, looking for the word "PySide6" (its
`__feature__` switch, shibokensupport/feature.py `_mod_uses_pyside`). It does so with inspect.getsource,
which keeps every line of every module in linecache: 6.7 MB and ~20 ms of the kiosk's start for the
~300 modules it imports. `read_sources_lightly()` makes it ask the same question of the file's bytes,
keeping nothing; a module without a .py file still goes to PySide's own check.
"""

from __future__ import annotations

import sys


def read_sources_lightly() -> None:
    import PySide6  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return

    def _mod_uses_pyside(module) -> bool:
        if getattr(type(module), "stands_in", False):  # kiosk/lazy_imports.py: asking would load it
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)

    _mod_uses_pyside.reads_bytes = True
    feature._mod_uses_pyside = _mod_uses_pyside
