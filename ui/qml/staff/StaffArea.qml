// The staff area (issue 4): PIN login, then the worklist, intake, request detail and admin pages.
// `staff` is ui.staff.area.StaffAreaModel; `closed()` returns to the resident screens.
import QtQuick
import QtQuick.Layouts
import "../components"

Rectangle {
    id: area
    required property QtObject staff
    signal closed()
    color: "#eef1f4"
    readonly property bool narrow: width < 1500   // a portrait kiosk (1080 wide): pages stack their columns
    // How much of the bottom the on-screen keyboard takes (Main.qml passes its panel's exact height).
    property real keyboardHeight: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0

    Connections {
        target: area.staff
        function onCloseRequested() { area.closed() }
        function onLoggedOut(reason) { if (reason === "idle") area.closed() }
    }
    onClosed: area.staff.clearLoginMessage()
    // The field being typed in (and the chips under it) stay in view above the keyboard.
    KeyboardAvoider { window: area.Window.window; keyboardTop: area.height - area.keyboardHeight }

    ColumnLayout {
        anchors.fill: parent
        // Leave room for the on-screen keyboard, so the field being typed in and 保存 stay visible.
        anchors.bottomMargin: area.keyboardHeight
        spacing: 0

        // Header: who is logged in, the pages, logout, back to the resident screen.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: header.implicitHeight + 24
            color: "#1d3557"
            // Wide screens: title and buttons on one row; portrait: the buttons wrap below the title.
            GridLayout {
                id: header
                anchors.fill: parent
                anchors.margins: 12
                anchors.leftMargin: 24
                anchors.rightMargin: 24
                columns: area.narrow ? 1 : 2
                Column {
                    Layout.fillWidth: true
                    Text { text: qsTr("依申请公开 · 工作人员"); color: "#ffffff"; font.pixelSize: 30; font.bold: true }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "userName"
                        visible: area.staff.loggedIn
                        text: qsTr("当前：") + area.staff.userName
                        color: "#d0e2f5"; font.pixelSize: 20
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.preferredWidth: implicitWidth
                    layoutDirection: Qt.RightToLeft
                    spacing: 14
                    // Laid out right to left: 返回首页 sits at the far right, the rest wrap on a narrow screen.
                    SButton {
                        objectName: "closeStaff"
                        text: qsTr("返回首页")
                        fill: "#e9eef4"; ink: "#1d3557"
                        onClicked: { area.staff.logout(); area.closed() }
                    }
                    SButton {
                        objectName: "logoutButton"
                        visible: area.staff.loggedIn
                        text: qsTr("退出登录")
                        fill: "#b34205"
                        onClicked: area.staff.logout()
                    }
                    Repeater {
                        model: area.staff.loggedIn ? (area.staff.isAdmin ? [{ page: "admin", label: qsTr("账户管理") }] : []).concat([
                            { page: "intake", label: qsTr("新登记") },
                            { page: "consult", label: qsTr("现场咨询") },
                            { page: "worklist", label: qsTr("待办列表") }
                        ]) : []
                        delegate: SButton {
                            required property var modelData
                            objectName: "nav_" + modelData.page
                            text: modelData.label
                            fill: area.staff.page === modelData.page ? "#ffffff" : "#2f4f7a"
                            ink: area.staff.page === modelData.page ? "#1d3557" : "#ffffff"
                            onClicked: area.staff.go(modelData.page)
                        }
                    }
                }
            }
        }

        // Disk space is low: said on every staff page, before a request fails to save.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: spaceText.implicitHeight + 20
            visible: area.staff.spaceWarning !== ""
            color: "#fff3cd"
            Text {
                id: spaceText
                objectName: "spaceWarning"
                anchors.fill: parent
                anchors.margins: 10
                anchors.leftMargin: 24
                text: area.staff.spaceWarning
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: "#7a4100"; font.pixelSize: 22; font.bold: true
            }
        }

        Loader {
            id: pageLoader
            objectName: "staffPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // The component ui/pages.py registers for the page the model shows, given the model.
            readonly property string wanted: area.staff.pageSource
            onWantedChanged: pageLoader.setSource(wanted, { staff: area.staff })
            Component.onCompleted: pageLoader.setSource(wanted, { staff: area.staff })
        }
    }

    // 30 s before the idle logout: say so, with 继续 (any touch also keeps the session).
    Rectangle {
        objectName: "idleWarning"
        anchors.fill: parent
        visible: area.staff.idleWarning
        color: "#b31d3557"
        z: 100
        MouseArea { anchors.fill: parent }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 820)
            height: warnColumn.implicitHeight + 64
            radius: 16
            color: "#ffffff"
            ColumnLayout {
                id: warnColumn
                anchors.fill: parent
                anchors.margins: 32
                spacing: 20
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("长时间未操作，%1 秒后将自动退出登录").arg(area.staff.idleSecondsLeft)
                    objectName: "idleWarningText"
                    wrapMode: Text.Wrap
                    font.pixelSize: 32; font.bold: true; color: "#9b3a00"
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("正在填写的登记会保存为草稿，重新登录后可继续。")
                    wrapMode: Text.Wrap
                    font.pixelSize: 22; color: "#343a40"
                }
                SButton {
                    objectName: "keepSessionButton"
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: 320
                    text: qsTr("继续")
                    fontSize: 30
                    fill: "#2b7a3b"
                    onClicked: area.staff.keepSession()
                }
            }
        }
    }

}
