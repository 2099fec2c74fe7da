"""Modules that our dependencies import at once but the kiosk never uses, loaded only if something touches them.

- dateutil's parser: sqlite-utils imports it for CSV type guessing (12 ms, 4 MB of every start).
- pkg_resources: jieba imports it to find its own dictionary, which the kiosk never reads (70 ms).
- jieba.finalseg: jieba's HMM for unknown words, with its probability tables (several MB); the kiosk cuts
  with HMM=False over its own dictionary (kiosk/search/segment.py).
- urllib.request (and with it ssl, http.client, email): xml.sax.saxutils imports it for a function the kiosk
  never calls, and segno's writers import saxutils; the take-away QR on every page needs segno (8 MB).

(sqlite-utils' click import cannot wait: a plugin hook's annotation reads click.Group at import.) Until then sys.modules holds a stand-in
whose first attribute look-up imports the real module and hands on from then on, so any real use (the
`sqlite-utils` command, a test) still gets the whole module. (importlib's LazyLoader does not serve here: on
Python 3.11 the `import` statement itself reads `__spec__`, which loads the module.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

UNUSED_AT_START = ("dateutil.parser", "pkg_resources", "jieba.finalseg", "urllib.request")
# Packages cheap enough to import now, so that `import urllib.request; urllib.request.x` finds the stand-in
# as the package's attribute (the import statement sets it only when it really loads the submodule).
BIND_TO_PARENT = ("urllib",)


class _StandIn(types.ModuleType):
    """In sys.modules in place of a module not loaded yet; the first attribute asked for loads it."""

    stands_in = True  # on the class: look it up on type(module), which loads nothing

    def __getattr__(self, attr: str):
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        real = importlib.import_module(name)
        self.__dict__["_real"] = real
        return getattr(real, attr)


def defer(names: tuple[str, ...] = UNUSED_AT_START) -> None:
    for name in names:
        if name in sys.modules:
            continue
        try:  # the top-level package only: finding a submodule would import its package now
            found = importlib.util.find_spec(name.partition(".")[0]) is not None
        except (ImportError, ValueError):
            found = False
        if found:
            stand_in = sys.modules[name] = _StandIn(name)
            parent, _, child = name.rpartition(".")
            if parent in BIND_TO_PARENT:
                setattr(importlib.import_module(parent), child, stand_in)


def lazy_module(name: str) -> types.ModuleType:
    """Our own module `name`, run on its first attribute look-up (importlib's LazyLoader): for a view model
    that only calls into it when a resident opens its page. Imported at once when it already is."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
