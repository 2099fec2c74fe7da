// Telephone numbers: digits and "-" (0796-6123456), nothing else to get wrong.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayout {
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric
    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.round(height * 1.6)
        KeyboardRow { CharKeys { keys: "123" } BackspaceKey { objectName: "backspaceKey" } }
        KeyboardRow { CharKeys { keys: "456" } HideKeyboardKey { objectName: "hideKey"; visible: true } }
        KeyboardRow { CharKeys { keys: "789" } EnterKey { objectName: "enterKey" } }
        KeyboardRow { CharKeys { keys: "-0" } FillerKey {} FillerKey {} }
    }
}
