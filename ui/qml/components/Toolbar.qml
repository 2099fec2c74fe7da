// The bar at the top of every page below the home screen: 返回, 首页, the page title, 朗读.
import QtQuick
import QtQuick.Layouts
import Gongkai

Rectangle {
    id: bar
    required property var app
    property string title: ""
    property bool canRead: false
    // 朗读 reads what the page's speechText() returns (Main.qml readPage). A page may instead hand the
    // toolbar a fixed title and body, as older pages did.
    property string readTitle: ""
    property string readBody: ""

    implicitHeight: Math.max(Theme.target, titleText.implicitHeight) + 2 * Theme.spacing
    color: Theme.colors.surface
    border.color: Theme.colors.border

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 2
        anchors.rightMargin: Theme.spacing * 2
        spacing: Theme.spacing
        KButton {
            objectName: "backButton"
            text: qsTr("‹ 返回")
            onClicked: bar.app.goBack()
        }
        KButton {
            objectName: "homeButton"
            text: qsTr("首页")
            onClicked: bar.app.goHome()
        }
        Text {
            textFormat: Text.PlainText
            id: titleText
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: bar.title
            // One line when it can be: a title a little too long for the room is set smaller (down to the
            // body size) rather than broken inside a word (我能享受哪些政 / 策); a long one still takes two lines.
            wrapMode: Text.Wrap
            color: Theme.colors.text
            font.pixelSize: Math.max(Theme.body, Math.min(Theme.heading,
                Math.floor(Theme.heading * (width - leftPadding) / Math.max(1, oneLine.advanceWidth))))
            font.bold: true
            leftPadding: Theme.spacing
            TextMetrics { id: oneLine; text: bar.title; font.pixelSize: Theme.heading; font.bold: true }
        }
        KButton {
            id: stopSizer   // never shown: the width 停止朗读 needs, so 朗读 ↔ 停止朗读 moves nothing
            visible: false
            text: qsTr("停止朗读")
        }
        KButton {
            objectName: "readAloudButton"
            Layout.preferredWidth: Math.max(implicitWidth, stopSizer.implicitWidth)
            visible: bar.canRead
            fill: bar.app.speech.active ? Theme.colors.danger : Theme.colors.primary
            text: bar.app.speech.active ? qsTr("停止朗读") : qsTr("朗读")
            onClicked: {
                if (bar.app.speech.active) bar.app.speech.stop()
                else if (bar.readTitle !== "") bar.app.speech.speak(bar.readTitle, bar.readBody)
                else bar.app.readPage()
            }
        }
    }
}
