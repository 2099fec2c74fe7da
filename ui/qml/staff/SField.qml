// One form field: its label, the input, and the message for it right underneath (red).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard as VK
import "../components/InputKinds.js" as Kinds

ColumnLayout {
    id: field
    required property string name
    property string label: ""
    property string error: ""
    property bool mandatory: false
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property string kind: "text"   // which keys it is typed with (components/InputKinds.js)
    property alias inputMethodHints: input.inputMethodHints
    property alias input: input
    property bool multiline: false
    // What KeyboardAvoider keeps in view with the field (chips or buttons right under it), when shown.
    property Item keyboardBelow: null
    signal edited()

    // 下一项: Enter moves on to the next field below or to the right (the keyboard stays up and follows);
    // after the last one it puts the keyboard away.
    function next() {
        const here = input.mapToItem(null, 0, 0)
        const candidate = input.nextItemInFocusChain(true)
        if (candidate && candidate !== input) {
            const there = candidate.mapToItem(null, 0, 0)
            if (there.y > here.y + 1 || there.x > here.x + 1) {
                candidate.forceActiveFocus()
                Qt.inputMethod.show()
                return
            }
        }
        Qt.inputMethod.hide()
    }
    signal accepted()   // 回车 on the keyboard: the page may move on to the next field itself
    spacing: 4

    Text {
        objectName: "label_" + field.name
        textFormat: Text.StyledText
        // ＊ marks a required field (red, after the label).
        text: field.label + (field.mandatory ? " <font color='#b00020'>＊</font>" : "")
        font.pixelSize: 20
        color: "#343a40"
    }
    TextField {
        id: input
        objectName: "field_" + field.name
        visible: !field.multiline
        Layout.fillWidth: true
        implicitHeight: 60
        font.pixelSize: 24
        leftPadding: 14
        color: "#1f2328"
        readonly property string keypad: Kinds.keypad(field.kind)   // read by the keyboard's numbers layout
        readonly property Item keyboardTarget: field                 // keep the label and message in view too
        readonly property Item keyboardBelow: field.keyboardBelow
        inputMethodHints: Kinds.hints(field.kind)
        validator: Kinds.allowed(field.kind) ? allowedChars : null
        selectByMouse: false
        ContextMenu.menu: null
        EnterKey.type: Qt.EnterKeyNext                 // so the keyboard does not close on it
        VK.EnterKeyAction.label: qsTr("下一项")
        // The page may take 回车 itself (focusNext); when it did not move the focus, go to the next field.
        onAccepted: { field.accepted(); if (input.activeFocus) field.next() }
        onTextEdited: {
            field.edited()
            const length = Kinds.fixedLength(field.kind)
            // Complete: the keyboard goes, unless the page has moved on to the next field already.
            if (length > 0 && text.length >= Math.min(length, maximumLength) && input.activeFocus)
                Qt.inputMethod.hide()
        }
        RegularExpressionValidator { id: allowedChars; regularExpression: new RegExp(Kinds.allowed(field.kind)) }
        background: Rectangle {
            color: field.error ? "#fff5f6" : "#ffffff"
            radius: 8
            border.width: input.activeFocus || field.error ? 3 : 2
            border.color: field.error ? "#b00020" : (input.activeFocus ? "#1864ab" : "#8d96a0")
        }
    }
    Text {
        objectName: "error_" + field.name
        visible: field.error !== ""
        text: field.error
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 20
        color: "#b00020"
    }
}
