// Admin: the staff accounts, adding one, disabling or enabling one.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page
    required property QtObject staff
    readonly property QtObject admin: staff.admin
    property string role: "clerk"

    GridLayout {
        anchors.fill: parent
        anchors.margins: 24
        columnSpacing: 32
        rowSpacing: 24
        columns: page.width < 1500 ? 1 : 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
            Text { text: qsTr("工作人员账户"); font.pixelSize: 32; font.bold: true; color: "#1d3557" }
            ListView {
                objectName: "staffView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 8
                model: page.admin.staffRows
                delegate: Rectangle {
                    required property var modelData
                    width: ListView.view.width
                    height: 84
                    radius: 10
                    color: modelData.disabled ? "#f1f3f5" : "#ffffff"
                    border.color: "#c5cad0"
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 16; anchors.rightMargin: 16
                        spacing: 16
                        Text { textFormat: Text.PlainText; Layout.preferredWidth: 220; text: modelData.display_name; font.pixelSize: 24; font.bold: true; color: "#1f2328" }
                        Text { textFormat: Text.PlainText; Layout.preferredWidth: 200; text: modelData.username; font.pixelSize: 22; color: "#343a40" }
                        Text { textFormat: Text.PlainText; Layout.preferredWidth: 120; text: modelData.role_label; font.pixelSize: 22; color: "#343a40" }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: modelData.status
                            font.pixelSize: 22
                            color: modelData.status === "正常" ? "#1b6e35" : "#9b0018"
                        }
                        SButton {
                            objectName: "unlock_" + modelData.username
                            visible: modelData.locked
                            text: qsTr("解锁")
                            fill: "#1d3557"
                            onClicked: page.admin.unlock(modelData.username)
                        }
                        SButton {
                            objectName: "toggle_" + modelData.username
                            text: modelData.disabled ? qsTr("启用") : qsTr("停用")
                            fill: modelData.disabled ? "#2b7a3b" : "#b00020"
                            onClicked: page.admin.setDisabled(modelData.username, !modelData.disabled)
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.preferredWidth: page.width < 1500 ? -1 : 620
            Layout.fillWidth: page.width < 1500
            Layout.alignment: Qt.AlignTop
            implicitHeight: addColumn.implicitHeight + 48
            radius: 12; color: "#ffffff"; border.color: "#c5cad0"
            ColumnLayout {
                id: addColumn
                anchors.fill: parent
                anchors.margins: 24
                spacing: 12
                Text { text: qsTr("添加工作人员"); font.pixelSize: 26; font.bold: true; color: "#1d3557" }
                SField { id: username; name: "username"; kind: "username"; Layout.fillWidth: true; label: qsTr("用户名（小写字母或数字）"); error: page.admin.errors.username || "" }
                SField { id: displayName; name: "display_name"; Layout.fillWidth: true; label: qsTr("姓名") }
                SChoice {
                    name: "role"; Layout.fillWidth: true
                    label: qsTr("角色"); options: page.admin.roles; value: page.role
                    error: page.admin.errors.role || ""
                    onPicked: (code) => page.role = code
                }
                SField {
                    id: pin; name: "pin"; Layout.fillWidth: true
                    label: qsTr("初始 PIN（6至12位数字）"); error: page.admin.errors.pin || ""
                    kind: "pin"
                    input.echoMode: TextInput.Password
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "adminMessage"
                    Layout.fillWidth: true
                    visible: text !== ""
                    wrapMode: Text.Wrap
                    text: page.admin.errors.form || page.admin.message
                    font.pixelSize: 22
                    color: page.admin.errors.form ? "#b00020" : "#1b6e35"
                }
                SButton {
                    objectName: "addStaffButton"
                    Layout.fillWidth: true
                    text: qsTr("添加")
                    onClicked: {
                        page.staff.touch()
                        if (page.admin.addStaff(username.text, displayName.text, page.role, pin.text)) {
                            username.text = ""; displayName.text = ""; pin.text = ""
                        }
                    }
                }
            }
        }
    }
}
