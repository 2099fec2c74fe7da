"""Measuring helpers for `gongkai bench` that need nothing but the core.

Each helper times one thing the kiosk does against a baseline measured in the same run: on a
shared two-core box only ratios taken side by side can be trusted. The orchestration (building
the database, the UI cold start, sync) lives in gongkai/bench, above the layers it needs.
"""
