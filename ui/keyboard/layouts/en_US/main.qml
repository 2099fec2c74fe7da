// English: letters with shift (off at the start of every session), reached from 中文 by the 中/英 key.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

KeyboardLayout {
    inputMode: InputEngine.InputMode.Latin
    keyWeight: 160
    KeyboardRow { LetterKeys { keys: "qwertyuiop" } }
    KeyboardRow {
        FillerKey { weight: 80 }
        LetterKeys { keys: "asdfghjkl" }
        FillerKey { weight: 80 }
    }
    KeyboardRow {
        ShiftKey { objectName: "shiftKey"; weight: 240 }
        LetterKeys { keys: "zxcvbnm" }
        BackspaceKey { objectName: "backspaceKey"; weight: 240 }
    }
    KeyboardRow {
        SymbolModeKey { objectName: "symbolKey"; weight: 240; displayText: qsTr("符号") }
        ChangeLanguageKey { weight: 200 }
        Key { key: Qt.Key_Comma; text: ","; weight: 160 }
        SpaceKey { objectName: "spaceKey"; weight: 560 }
        Key { key: Qt.Key_Period; text: "."; weight: 160 }
        HideKeyboardKey { objectName: "hideKey"; weight: 200 }
        EnterKey { objectName: "enterKey"; weight: 240 }
    }
}
