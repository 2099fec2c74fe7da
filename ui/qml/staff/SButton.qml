// A big touch button for the staff screens (at least 64 px tall).
import QtQuick

Rectangle {
    id: button
    property string text: ""
    property color fill: "#1864ab"
    property color ink: "#ffffff"
    property int fontSize: 24
    signal clicked()

    implicitWidth: Math.max(140, label.implicitWidth + 48)
    implicitHeight: 64
    radius: 10
    color: !enabled ? "#c5cad0" : (tap.pressed ? Qt.darker(fill, 1.25) : fill)
    border.color: Qt.darker(fill, 1.3)
    border.width: 1

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 16)
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        text: button.text
        color: button.enabled ? button.ink : "#555b61"
        font.pixelSize: button.fontSize
        font.bold: true
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
