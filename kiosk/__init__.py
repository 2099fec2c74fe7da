"""Gongkai Kiosk core: domain rules and storage. Imports no Qt and no network code."""

__version__ = "0.1.0"
