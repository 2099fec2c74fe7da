"""QObject view models handed to QML by ui/app.py."""
