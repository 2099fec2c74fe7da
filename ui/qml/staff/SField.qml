// One form field: its label, the input, and the message for it right underneath (red).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: field
    required property string name
    property string label: ""
    property string error: ""
    property bool mandatory: false
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias input: input
    property bool multiline: false
    signal edited()
    signal accepted()   // 回车 on the keyboard: the page moves on to the next field
    signal focusedIn()  // the page scrolls the field into view
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
        onTextEdited: field.edited()
        onAccepted: field.accepted()
        onActiveFocusChanged: if (activeFocus) field.focusedIn()
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
