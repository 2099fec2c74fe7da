"""The county console: server-rendered pages (Jinja2, Simplified Chinese) for county staff."""
