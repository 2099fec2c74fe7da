"""The Qt Quick user interface. View models adapt kiosk services; QML holds layout and bindings only."""

from ui.pyside_feature import read_sources_lightly as _read_sources_lightly

_read_sources_lightly()  # first: before the modules below are imported (see ui/pyside_feature.py)

# The Theme singleton (`import Gongkai` in QML, ui/models/theme.py) is registered as soon as `ui` is
# imported: registered after the process's first QML engine exists, PySide 6.11 leaves QtQuick's own
# types unassignable in every file that imports it ("Cannot assign object of type QQuickText").
from ui.models.theme import register_qml_singleton as _register_qml_singleton  # noqa: E402 - after the above

_register_qml_singleton()
