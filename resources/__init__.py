"""Data files shipped with the kiosk: calendars, fonts, translations, demo content."""
