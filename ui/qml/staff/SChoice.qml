// A field whose value is one of a few options, shown as big toggle buttons; message underneath.
import QtQuick
import QtQuick.Layouts

ColumnLayout {
    id: choice
    required property string name
    property string label: ""
    property string error: ""
    property bool mandatory: false
    property var options: []   // [{code, label}]
    property string value: ""
    signal picked(string code)
    spacing: 4

    Text {
        objectName: "label_" + choice.name
        textFormat: Text.StyledText
        // ＊ marks a required field (red, after the label).
        text: choice.label + (choice.mandatory ? " <font color='#b00020'>＊</font>" : "")
        font.pixelSize: 20
        color: "#343a40"
    }
    Flow {
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: choice.options
            delegate: Rectangle {
                required property var modelData
                objectName: "choice_" + choice.name + "_" + modelData.code
                width: Math.max(110, optionLabel.implicitWidth + 32)
                height: 60
                radius: 8
                color: choice.value === modelData.code ? "#1864ab" : "#ffffff"
                border.width: 2
                border.color: choice.error ? "#b00020" : (choice.value === modelData.code ? "#0b3d75" : "#8d96a0")
                Text {
                    textFormat: Text.PlainText
                    id: optionLabel
                    anchors.centerIn: parent
                    text: modelData.label
                    font.pixelSize: 22
                    color: choice.value === modelData.code ? "#ffffff" : "#1f2328"
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: { choice.value = modelData.code; choice.picked(modelData.code) }
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "error_" + choice.name
        visible: choice.error !== ""
        text: choice.error
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: 20
        color: "#b00020"
    }
}
