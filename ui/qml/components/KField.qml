// A large text field for touch and the virtual keyboard. `kind` (InputKinds.js) picks the keys it is typed
// with; kiosk fields have no desktop context menu and no selection handles.
import QtQuick
import QtQuick.Controls
import "InputKinds.js" as Kinds
import Gongkai

TextField {
    id: field
    property string kind: "text"
    readonly property string keypad: Kinds.keypad(kind)   // read by the keyboard's numbers layout
    property string keypadPrefix: ""                       // request pad: one key types this (the township code)
    // The keyboard-avoidance wrapper keeps this item (the field, or the field with its message) in view.
    property Item keyboardTarget: field
    implicitHeight: Theme.target
    font.pixelSize: Theme.body
    color: Theme.colors.text
    placeholderTextColor: Theme.colors.muted
    leftPadding: 16
    inputMethodHints: Kinds.hints(kind)
    validator: Kinds.allowed(kind) ? allowedChars : null
    selectByMouse: false
    ContextMenu.menu: null
    onTextEdited: {
        const length = Kinds.fixedLength(kind)
        if (length > 0 && text.length >= Math.min(length, maximumLength))
            Qt.inputMethod.hide()
    }
    RegularExpressionValidator { id: allowedChars; regularExpression: new RegExp(Kinds.allowed(field.kind)) }
    background: Rectangle {
        color: Theme.colors.surface
        border.color: field.activeFocus ? Theme.colors.primary : Theme.colors.border
        border.width: field.activeFocus ? 3 : 2
        radius: 10
    }
}
