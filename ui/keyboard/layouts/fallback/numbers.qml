// Identity and reference numbers (Qt.ImhFormattedNumbersOnly). The focused field says which pad with
// its `keypad` property (ui/qml/components/InputKinds.js):
//   "idcard"  — digits and X (居民身份证, last 4 characters);
//   "code"    — digits, upper-case letters and "-" (统一社会信用代码, passports, permits);
//   "request" — numeric first: digits, "-" and K, with 字母 for the one letter a check character may be
//               (a handheld scanner types straight into the field, whatever the pad shows).
// Any other field with this hint gets digits, "." and "-".
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import QtQuick.VirtualKeyboard.Plugins

KeyboardLayoutLoader {
    id: loader
    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Latin
    readonly property string pad: {
        const item = InputContext.inputItem
        return item && item.keypad ? item.keypad : "number"
    }
    readonly property string prefix: {
        const item = InputContext.inputItem
        return item && item.keypadPrefix ? item.keypadPrefix : ""
    }
    property bool letters: false
    onPadChanged: letters = false
    onVisibleChanged: if (!visible) letters = false
    sourceComponent: pad === "code" || (pad === "request" && letters) ? codePage : digitPage

    Component {
        id: digitPage
        KeyboardLayout {
            KeyboardColumn {
                Layout.fillWidth: false
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.round(height * 1.6)
                KeyboardRow { CharKeys { keys: "123" } BackspaceKey { objectName: "backspaceKey" } }
                KeyboardRow {
                    CharKeys { keys: "456" }
                    CharKeys { keys: loader.pad === "request" ? "-" : "" }
                    HideKeyboardKey { objectName: "hideKey"; visible: loader.pad !== "request" }
                }
                KeyboardRow {
                    CharKeys { keys: "789" }
                    Key {
                        objectName: "lettersKey"
                        visible: loader.pad === "request"
                        displayText: qsTr("字母")
                        functionKey: true
                        highlighted: true
                        noKeyEvent: true
                        showPreview: false
                        onClicked: loader.letters = true
                    }
                    EnterKey { objectName: "enterKey"; visible: loader.pad !== "request" }
                }
                KeyboardRow {
                    CharKeys { keys: loader.pad === "idcard" ? "X0" : loader.pad === "request" ? "K0" : ".0-" }
                    Key {   // the township's code and "-", which every request number here starts with
                        objectName: "prefixKey"
                        visible: loader.pad === "request" && loader.prefix !== ""
                        text: loader.prefix
                        enabled: InputContext.surroundingText === ""
                        showPreview: false
                    }
                    FillerKey { visible: loader.pad === "idcard" || (loader.pad === "request" && loader.prefix === "") }
                    EnterKey { objectName: "enterKey"; visible: loader.pad === "request" }
                    FillerKey { visible: loader.pad !== "request" }
                }
            }
        }
    }
    Component {
        id: codePage
        KeyboardLayout {
            keyWeight: 160
            KeyboardRow { CharKeys { keys: "1234567890" } }
            KeyboardRow { CharKeys { keys: "QWERTYUIOP" } }
            KeyboardRow { FillerKey { weight: 80 } CharKeys { keys: "ASDFGHJKL" } CharKeys { keys: "-" } }
            KeyboardRow {
                Key {
                    objectName: "digitsKey"
                    visible: loader.pad === "request"
                    weight: 240
                    displayText: "123"
                    functionKey: true
                    highlighted: true
                    noKeyEvent: true
                    showPreview: false
                    onClicked: loader.letters = false
                }
                HideKeyboardKey { objectName: "hideKey"; visible: loader.pad !== "request"; weight: 240 }
                CharKeys { keys: "ZXCVBNM" }
                BackspaceKey { objectName: "backspaceKey"; weight: 160 }
                EnterKey { objectName: "enterKey"; weight: 240 }
            }
        }
    }
}
