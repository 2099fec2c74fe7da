// Digits and the punctuation residents and clerks need (Chinese and Latin), one page.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    keyWeight: 160
    readonly property bool chinese: InputContext.locale.indexOf("zh") === 0
    KeyboardRow { CharKeys { keys: "1234567890" } }
    KeyboardRow { CharKeys { keys: chinese ? "，。、？！：；“”—" : ",.?!:;\"'()" } }
    KeyboardRow {
        CharKeys { keys: chinese ? "（）《》…·" : "@#&/+*" }
        CharKeys { keys: "-@." }
        BackspaceKey { objectName: "backspaceKey"; weight: 160 }
    }
    KeyboardRow {
        SymbolModeKey { objectName: "symbolKey"; weight: 240; displayText: chinese ? qsTr("拼音") : "ABC" }
        SpaceKey { objectName: "spaceKey"; weight: 720 }
        HideKeyboardKey { objectName: "hideKey"; weight: 200 }
        EnterKey { objectName: "enterKey"; weight: 240 }
    }
}
