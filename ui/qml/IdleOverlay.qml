// The idle countdown: visible (and spoken by Main.qml) with one big 继续 button.
import QtQuick
import QtQuick.Layouts
import "components"
import Gongkai

Rectangle {
    id: overlay
    objectName: "idleOverlay"
    required property QtObject idle
    visible: idle.countingDown
    color: "#cc000000"

    MouseArea { anchors.fill: parent }  // only 继续 continues

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 900)
        height: column.implicitHeight + 80
        radius: 24
        color: Theme.colors.surface
        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: 32
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("您还在使用吗？")
                color: Theme.colors.text
                font.pixelSize: Theme.title
                font.bold: true
            }
            Text {
                objectName: "countdownText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("%1 秒后返回首页").arg(overlay.idle.secondsLeft)
                color: Theme.colors.heading
                font.pixelSize: Theme.heading
            }
            KButton {
                objectName: "continueButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 420
                Layout.preferredHeight: Theme.target * 1.6
                fontSize: Theme.title
                text: qsTr("继续")
                onClicked: overlay.idle.continueSession()
            }
        }
    }
}
