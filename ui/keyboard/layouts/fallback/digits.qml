// Digits only: PINs, postcodes, counts. A phone-style 3×4 pad with delete and 确定.
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
        KeyboardRow { FillerKey {} CharKeys { keys: "0" } FillerKey {} FillerKey {} }
    }
}
