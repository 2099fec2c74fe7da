// A large text field for touch and the virtual keyboard.
import QtQuick
import QtQuick.Controls

TextField {
    id: field
    required property QtObject theme
    implicitHeight: theme.target
    font.pixelSize: theme.body
    color: theme.colors.text
    placeholderTextColor: theme.colors.muted
    leftPadding: 16
    background: Rectangle {
        color: field.theme.colors.surface
        border.color: field.activeFocus ? field.theme.colors.primary : field.theme.colors.border
        border.width: field.activeFocus ? 3 : 2
        radius: 10
    }
}
