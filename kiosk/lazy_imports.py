"""Modules that sqlite-utils imports at once but the kiosk never uses, loaded only if something touches them.

sqlite-utils imports dateutil's parser (for its CSV type guessing) at import time: 12 ms and 4 MB of every
kiosk start, for code the kiosk never calls. (Its click import cannot wait: a plugin hook's annotation
reads click.Group at import.) Until then sys.modules holds a stand-in
whose first attribute look-up imports the real module and hands on from then on, so any real use (the
`sqlite-utils` command, a test) still gets the whole module. (importlib's LazyLoader does not serve here: on
Python 3.11 the `import` statement itself reads `__spec__`, which loads the module.)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types

UNUSED_AT_START = ("dateutil.parser",)


class _StandIn(types.ModuleType):
    """In sys.modules in place of a module not loaded yet; the first attribute asked for loads it."""

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
        try:
            found = importlib.util.find_spec(name) is not None
        except ImportError:
            found = False
        if found:
            sys.modules[name] = _StandIn(name)
