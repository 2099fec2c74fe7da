// A big touch button: at least Theme.target tall and wide (60 px in elder mode, 44 otherwise).
import QtQuick
import Gongkai

Rectangle {
    id: button
    property string text: ""
    property color fill: Theme.colors.primary
    property color ink: Theme.colors.onPrimary
    property int fontSize: Theme.body
    property bool bold: true
    // A shaky finger's double tap is one tap here: the second lands on what the first brought up in the
    // same spot (the next question's answer, 跳过 again), and must not answer it too.
    property bool oneTapForTwo: false
    signal clicked()

    implicitWidth: Math.max(Theme.target, label.implicitWidth + 2 * Theme.spacing + 16)
    // A label longer than the room the layout gives wraps onto more lines (a translated sentence on a portrait
    // screen) instead of running off the screen or losing its end.
    implicitHeight: Math.max(Theme.target, label.height + 16)
    radius: 12
    color: tap.pressed ? Qt.darker(fill, 1.25) : fill
    border.color: Qt.darker(fill, 1.4)
    border.width: 2
    opacity: enabled ? 1 : 0.5

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 16)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
        text: button.text
        color: button.ink
        font.pixelSize: button.fontSize
        font.bold: button.bold
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        onClicked: button.clicked()
        // With this handler the second tap of a double tap gives no `clicked` of its own.
        onDoubleClicked: if (!button.oneTapForTwo) button.clicked()
    }
}
