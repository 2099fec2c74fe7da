"""Named migration sets, one module per feature area.

Each module here defines `migrations = Migrations("<set name>")`. They are applied in the
order of their module names (m10_core before m20_..), so a feature adds its tables by adding
a module rather than editing another area's migrations. Migrations are never edited once landed:
change the schema with a new, named migration.
"""

from __future__ import annotations

import importlib
import pkgutil

from sqlite_utils.migrations import Migrations


def migration_sets() -> list[Migrations]:
    names = sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))
    return [importlib.import_module(f"{__name__}.{name}").migrations for name in names]
