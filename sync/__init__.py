"""Nightly sync: signed bundles down, requests up. Uses kiosk, never ui or Qt."""
