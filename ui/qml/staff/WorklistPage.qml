// The worklist: open requests sorted by due date; overdue in red, due within 5 working days in amber.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Item {
    id: page
    required property QtObject staff
    readonly property QtObject list: staff.worklist
    readonly property bool narrow: width < 1500   // portrait: each request becomes a three-line card

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        Flow {
            Layout.fillWidth: true
            spacing: 16
            Text { text: qsTr("待办申请"); font.pixelSize: 32; font.bold: true; color: "#1d3557" }
            Text {
                textFormat: Text.PlainText
                objectName: "worklistSummary"
                text: qsTr("共 %1 件").arg(page.list.count)
                      + (page.list.overdueCount ? qsTr("，已逾期 %1 件").arg(page.list.overdueCount) : "")
                      + (page.list.dueSoonCount ? qsTr("，5个工作日内到期 %1 件").arg(page.list.dueSoonCount) : "")
                font.pixelSize: 24; color: "#343a40"
            }
            Row {
                spacing: 12
                topPadding: 6
                Rectangle { width: 28; height: 28; radius: 4; color: "#fde8ea"; border.color: "#9b0018" }
                Text { text: qsTr("已逾期"); font.pixelSize: 20; color: "#343a40" }
                Rectangle { width: 28; height: 28; radius: 4; color: "#fff3bf"; border.color: "#6b4100" }
                Text { text: qsTr("5个工作日内到期"); font.pixelSize: 20; color: "#343a40" }
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "printerStatus"
            visible: text !== ""
            text: page.staff.printer.statusText
            font.pixelSize: 22
            color: page.staff.printer.statusReady ? "#1b6e35" : "#9b0018"
        }
        Text {
            textFormat: Text.PlainText
            visible: page.list.error !== ""
            text: page.list.error
            font.pixelSize: 22; color: "#b00020"
        }
        // Column headings.
        RowLayout {
            visible: !page.narrow
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            spacing: 16
            Text { Layout.preferredWidth: 360; text: qsTr("申请编号"); font.pixelSize: 20; color: "#4a5057" }
            Text { Layout.preferredWidth: 200; text: qsTr("申请人"); font.pixelSize: 20; color: "#4a5057" }
            Text { Layout.fillWidth: true; text: qsTr("所需信息"); font.pixelSize: 20; color: "#4a5057" }
            Text { Layout.preferredWidth: 170; text: qsTr("收到日期"); font.pixelSize: 20; color: "#4a5057" }
            Text { Layout.preferredWidth: 330; text: qsTr("答复期限"); font.pixelSize: 20; color: "#4a5057" }
            Text { Layout.preferredWidth: 110; text: qsTr("状态"); font.pixelSize: 20; color: "#4a5057" }
        }
        ListView {
            id: view
            objectName: "worklistView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.list
            ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AsNeeded }
            delegate: Rectangle {
                id: row
                required property string number
                required property string name
                required property string summary
                required property string received
                required property string dueText
                required property string urgencyText
                required property string statusLabel
                required property string clerkName
                required property bool overdue
                required property bool dueSoon
                objectName: "worklistRow_" + number
                width: view.width - 20
                height: page.narrow ? narrowRow.implicitHeight + 24 : 84
                radius: 10
                color: overdue ? "#fde8ea" : (dueSoon ? "#fff3bf" : "#ffffff")
                border.width: overdue || dueSoon ? 2 : 1
                border.color: overdue ? "#9b0018" : (dueSoon ? "#b07a00" : "#c5cad0")
                ColumnLayout {
                    id: narrowRow
                    visible: page.narrow
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Text { textFormat: Text.PlainText; text: row.number; font.pixelSize: 22; font.bold: true; color: "#1f2328" }
                        Item { Layout.fillWidth: true }
                        Text { textFormat: Text.PlainText; text: row.statusLabel; font.pixelSize: 20; color: "#343a40" }
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.name + "　" + row.summary
                        font.pixelSize: 20; color: "#343a40"; elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: qsTr("收到 %1（%4）　期限 %2　%3").arg(row.received).arg(row.dueText).arg(row.urgencyText).arg(row.clerkName)
                        font.pixelSize: 20; font.bold: row.overdue || row.dueSoon
                        color: row.overdue ? "#9b0018" : (row.dueSoon ? "#6b4100" : "#1f2328")
                        elide: Text.ElideRight
                    }
                }
                RowLayout {
                    visible: !page.narrow
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 16
                    spacing: 16
                    Text {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 360
                        text: row.number
                        font.pixelSize: 22; font.bold: true; color: "#1f2328"
                        elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 200
                        text: row.name
                        font.pixelSize: 22; color: "#1f2328"; elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.summary
                        font.pixelSize: 20; color: "#343a40"; elide: Text.ElideRight
                    }
                    Column {
                        Layout.preferredWidth: 170
                        Text { textFormat: Text.PlainText; text: row.received; font.pixelSize: 20; color: "#343a40" }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "clerk_" + row.number
                            visible: row.clerkName !== ""
                            text: qsTr("受理：") + row.clerkName
                            font.pixelSize: 18; color: "#4a5057"
                        }
                    }
                    Column {
                        Layout.preferredWidth: 330
                        Text {
                            textFormat: Text.PlainText
                            text: row.dueText
                            font.pixelSize: 22; font.bold: row.overdue || row.dueSoon
                            color: row.overdue ? "#9b0018" : (row.dueSoon ? "#6b4100" : "#1f2328")
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "urgency_" + row.number
                            text: row.urgencyText
                            font.pixelSize: 18
                            color: row.overdue ? "#9b0018" : (row.dueSoon ? "#6b4100" : "#4a5057")
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 110
                        text: row.statusLabel
                        font.pixelSize: 20; color: "#343a40"
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: page.staff.openRequest(row.number)
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: view.count === 0
                text: qsTr("没有待办的申请")
                font.pixelSize: 26; color: "#6c757d"
            }
        }
    }
}
