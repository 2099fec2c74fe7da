// A one-tap pick on the intake form (a villager group, a year, a suggested description).
// It takes no focus, so the field being typed in keeps the keyboard.
import QtQuick

Rectangle {
    id: chip
    property string label: ""
    property bool chosen: false
    property color fill: "#f3f5f7"
    signal tapped()
    width: chipLabel.implicitWidth + 28
    height: 48
    radius: 24
    color: chip.chosen ? "#d0e2f5" : chip.fill
    border.width: 1
    border.color: "#8d96a0"
    Accessible.role: Accessible.Button
    Accessible.name: chip.label
    Text { textFormat: Text.PlainText; id: chipLabel; anchors.centerIn: parent; text: chip.label; font.pixelSize: 20; color: "#1f2328" }
    MouseArea { anchors.fill: parent; onClicked: chip.tapped() }
}
