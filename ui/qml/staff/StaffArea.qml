// The staff area (issue 4): PIN login, then the worklist, intake, request detail and admin pages.
// `staff` is ui.staff.area.StaffAreaModel; `closed()` returns to the resident screens.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: area
    required property QtObject staff
    signal closed()
    color: "#eef1f4"

    Connections {
        target: area.staff
        function onCloseRequested() { area.closed() }
        function onLoggedOut(reason) { if (reason === "idle") area.closed() }
    }

    ColumnLayout {
        anchors.fill: parent
        // Leave room for the on-screen keyboard, so the field being typed in and 保存 stay visible.
        anchors.bottomMargin: Qt.inputMethod.visible ? Qt.inputMethod.keyboardRectangle.height : 0
        spacing: 0

        // Header: who is logged in, the pages, logout, back to the resident screen.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 96
            color: "#1d3557"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 24
                anchors.rightMargin: 24
                spacing: 14
                Column {
                    Text { text: qsTr("依申请公开 · 工作人员"); color: "#ffffff"; font.pixelSize: 30; font.bold: true }
                    Text {
                        objectName: "userName"
                        visible: area.staff.loggedIn
                        text: qsTr("当前：") + area.staff.userName
                        color: "#d0e2f5"; font.pixelSize: 20
                    }
                }
                Item { Layout.fillWidth: true }
                Repeater {
                    model: area.staff.loggedIn ? [
                        { page: "worklist", label: qsTr("待办列表") },
                        { page: "intake", label: qsTr("新登记") }
                    ].concat(area.staff.isAdmin ? [{ page: "admin", label: qsTr("账户管理") }] : []) : []
                    delegate: SButton {
                        required property var modelData
                        objectName: "nav_" + modelData.page
                        text: modelData.label
                        fill: area.staff.page === modelData.page ? "#ffffff" : "#2f4f7a"
                        ink: area.staff.page === modelData.page ? "#1d3557" : "#ffffff"
                        onClicked: area.staff.go(modelData.page)
                    }
                }
                SButton {
                    objectName: "logoutButton"
                    visible: area.staff.loggedIn
                    text: qsTr("退出登录")
                    fill: "#b34205"
                    onClicked: area.staff.logout()
                }
                SButton {
                    objectName: "closeStaff"
                    text: qsTr("返回首页")
                    fill: "#e9eef4"; ink: "#1d3557"
                    onClicked: { area.staff.logout(); area.closed() }
                }
            }
        }

        Loader {
            objectName: "staffPage"
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: {
                switch (area.staff.page) {
                case "worklist": return worklistPage
                case "intake": return intakePage
                case "detail": return detailPage
                case "admin": return adminPage
                default: return loginPage
                }
            }
        }
    }

    Component { id: loginPage; LoginPage { staff: area.staff } }
    Component { id: worklistPage; WorklistPage { staff: area.staff } }
    Component { id: intakePage; IntakePage { staff: area.staff } }
    Component { id: detailPage; DetailPage { staff: area.staff } }
    Component { id: adminPage; AdminPage { staff: area.staff } }
}
