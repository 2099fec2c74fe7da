// PIN login: user name, a big PIN pad, and the message (wrong PIN, attempts left, locked).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components/InputKinds.js" as Kinds

Item {
    id: page
    required property QtObject staff
    property string pin: ""

    function press(key) {
        page.staff.touch()
        if (key === "⌫") page.pin = page.pin.slice(0, -1)
        else if (key === "清除") page.pin = ""
        else if (page.pin.length < 12) page.pin += key
    }
    function submit() {
        const ok = page.staff.login(userField.text, page.pin)
        page.pin = ""
        if (ok) userField.text = ""
    }

    Rectangle {
        anchors.centerIn: parent
        width: 620
        height: column.implicitHeight + 64
        radius: 16
        color: "#ffffff"
        border.color: "#c5cad0"

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 32
            spacing: 14

            Text {
                textFormat: Text.PlainText
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("工作人员登录")
                font.pixelSize: 34; font.bold: true; color: "#1d3557"
            }
            Text {
                textFormat: Text.PlainText
                visible: !page.staff.hasAccounts
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("本机还没有工作人员账户：请管理员在终端运行 gongkai staff add 创建。")
                font.pixelSize: 20; color: "#6b4100"
            }
            TextField {
                id: userField
                objectName: "loginUser"
                Layout.fillWidth: true
                implicitHeight: 64
                font.pixelSize: 26
                placeholderText: qsTr("用户名")
                inputMethodHints: Kinds.hints("username")
                selectByMouse: false
                ContextMenu.menu: null
            }
            // The PIN as dots: its length is visible, its digits never are.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 64
                radius: 8
                border.width: 2
                border.color: "#8d96a0"
                Text {
                    textFormat: Text.PlainText
                    objectName: "pinDots"
                    anchors.centerIn: parent
                    text: page.pin.length ? "●".repeat(page.pin.length) : qsTr("请输入 PIN")
                    font.pixelSize: page.pin.length ? 30 : 22
                    font.letterSpacing: 6
                    color: page.pin.length ? "#1f2328" : "#6c757d"
                }
            }
            GridLayout {
                Layout.alignment: Qt.AlignHCenter
                columns: 3
                rowSpacing: 10
                columnSpacing: 10
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "清除", "0", "⌫"]
                    delegate: SButton {
                        required property string modelData
                        objectName: "pinKey_" + (modelData === "⌫" ? "back" : modelData === "清除" ? "clear" : modelData)
                        implicitWidth: 170
                        implicitHeight: 76
                        text: modelData
                        fontSize: 32
                        fill: "#e9eef4"
                        ink: "#1f2328"
                        onClicked: page.press(modelData)
                    }
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "loginMessage"
                Layout.fillWidth: true
                visible: text !== ""
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                text: page.staff.loginMessage
                font.pixelSize: 22
                color: "#b00020"
            }
            SButton {
                objectName: "loginButton"
                Layout.fillWidth: true
                implicitHeight: 76
                text: qsTr("登录")
                fontSize: 30
                enabled: userField.text.length > 0 && page.pin.length > 0
                onClicked: page.submit()
            }
        }
    }
}
