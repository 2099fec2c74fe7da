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
            id: titleText
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: bar.title
            wrapMode: Text.Wrap  // a long title takes two lines rather than losing its end
            color: Theme.colors.text
            font.pixelSize: Theme.heading
            font.bold: true
            leftPadding: Theme.spacing
        }
        KButton {
            objectName: "readAloudButton"
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
