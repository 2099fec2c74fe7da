"""The Qt Quick user interface. View models adapt kiosk services; QML holds layout and bindings only."""
