// 中文 (pinyin) for free text. Latin-only fields (email, user names) get the same keys typing letters,
// with a shift key; no language list, only the 中/英 toggle (the kiosk's two active locales).
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

KeyboardLayout {
    function createInputMethod() {
        return Qt.createQmlObject('import QtQuick; import QtQuick.VirtualKeyboard.Plugins; PinyinInputMethod {}', parent, "main.qml")
    }
    sharedLayouts: ['symbols']
    keyWeight: 160
    readonly property bool latin: InputContext.inputEngine.inputMode === InputEngine.InputMode.Latin
    KeyboardRow { LetterKeys { keys: "qwertyuiop" } }
    KeyboardRow {
        FillerKey { weight: 80 }
        LetterKeys { keys: "asdfghjkl" }
        FillerKey { weight: 80 }
    }
    KeyboardRow {
        ShiftKey { objectName: "shiftKey"; weight: 240; visible: latin }
        Key {
            objectName: "apostropheKey"
            visible: !latin
            weight: 240
            enabled: InputContext.preeditText.length > 0
            key: Qt.Key_Apostrophe
            text: "'"
            displayText: qsTr("分词'")
        }
        LetterKeys { keys: "zxcvbnm" }
        BackspaceKey { objectName: "backspaceKey"; weight: 240 }
    }
    KeyboardRow {
        SymbolModeKey { objectName: "symbolKey"; weight: 240; displayText: qsTr("符号") }
        ChangeLanguageKey { weight: 200; visible: !latin || InputContext.inputEngine.inputModes.length > 1 }
        Key { key: Qt.Key_Comma; text: latin ? "," : "\uFF0C"; weight: 160 }
        SpaceKey { objectName: "spaceKey"; weight: 560 }
        Key { key: Qt.Key_Period; text: latin ? "." : "\u3002"; weight: 160 }
        HideKeyboardKey { objectName: "hideKey"; weight: 200 }
        EnterKey { objectName: "enterKey"; weight: 240 }
    }
}
