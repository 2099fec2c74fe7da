// One row of letter keys from a string ("qwertyuiop"): the key code is the upper-case letter's.
// The kiosk's own layouts share it (zh_CN and en_US import "../fallback").
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

Repeater {
    id: letters
    property string keys: ""
    property bool upper: false   // code pads: the letter itself is upper case, whatever the shift state
    model: keys.split("")
    delegate: Key {
        required property string modelData
        key: modelData.toUpperCase().charCodeAt(0)
        text: letters.upper ? modelData.toUpperCase() : modelData
        noModifier: letters.upper
    }
}
