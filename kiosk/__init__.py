"""Gongkai Kiosk core: domain rules and storage. Imports no Qt and no network code."""

from kiosk import lazy_imports

__version__ = "0.1.0"

lazy_imports.defer()
