// A row of keys that type the characters of a string as they are ("1234567890", "-", "X").
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

Repeater {
    property string keys: ""
    model: keys.split("")
    delegate: Key {
        required property string modelData
        key: modelData.toUpperCase().charCodeAt(0) < 128 ? modelData.toUpperCase().charCodeAt(0) : Qt.Key_unknown
        text: modelData
        noModifier: true
        showPreview: false
    }
}
