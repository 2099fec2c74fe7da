// PLACEHOLDER until issue 4 lands: the staff login and counter screens replace this file.
import QtQuick
import QtQuick.Controls

Rectangle {
    required property QtObject staff
    signal closed()
    color: "#f8f9fa"
    Text { anchors.centerIn: parent; text: qsTr("工作人员登录"); font.pixelSize: 40 }
}
