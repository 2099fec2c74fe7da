// 进度查询: a request number typed or scanned → status and statutory due date. No personal data.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

FocusScope {
    id: page
    objectName: "statusPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page

    // A handheld scanner types straight in; a finger gets the keyboard at once.
    readonly property bool wantsKeyboard: true  // Main.qml shows the keyboard when this page opens
    function speechText() { return vm.speechText(-1, -1) }
    Connections {
        target: page.app
        function onSessionCleared() { numberField.text = ""; page.vm.clear() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Toolbar { Layout.fillWidth: true; app: page.app; title: qsTr("进度查询"); canRead: true }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            text: qsTr("请输入受理回执上的申请编号，或用扫码枪扫描回执上的二维码。")
            wrapMode: Text.Wrap
            color: Theme.colors.text
            font.pixelSize: Theme.body
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            spacing: Theme.spacing
            KField {
                id: numberField
                focus: true
                objectName: "numberField"
                Layout.fillWidth: true
                placeholderText: qsTr("申请编号")
                kind: "request"   // numeric first; a scanner types the receipt QR text straight in
                keypadPrefix: page.vm.numberPrefix
                onAccepted: page.vm.lookup(text)
            }
            KButton {
                objectName: "lookupButton"
                text: qsTr("查询")
                onClicked: { Qt.inputMethod.hide(); page.vm.lookup(numberField.text) }
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "statusMessage"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            visible: text !== ""
            text: page.vm.message
            wrapMode: Text.Wrap
            color: Theme.colors.danger
            font.pixelSize: Theme.body
            font.bold: true
        }
        Rectangle {
            objectName: "statusCard"
            visible: page.vm.found
            Layout.fillWidth: true
            Layout.margins: Theme.spacing * 2
            implicitHeight: facts.implicitHeight + 48
            color: Theme.colors.surface
            border.color: Theme.colors.border
            radius: 12
            GridLayout {
                id: facts
                anchors.fill: parent
                anchors.margins: 24
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                Repeater {
                    model: [
                        [qsTr("申请编号"), page.vm.number],
                        [qsTr("办理状态"), page.vm.statusText],
                        [qsTr("受理日期"), page.vm.receivedText],
                        [qsTr("法定答复期限"), page.vm.dueText]
                    ]
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData[0]
                        color: Theme.colors.muted
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                }
                Repeater {
                    model: [page.vm.number, page.vm.statusText, page.vm.receivedText, page.vm.dueText]
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index
                        objectName: "statusValue" + index
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData
                        // Red only when something is wrong (overdue, refused); in progress reads calm.
                        color: index !== 1 ? Theme.colors.text
                             : page.vm.statusTone === "alert" ? Theme.colors.danger
                             : page.vm.statusTone === "done" ? Theme.colors.done : Theme.colors.calm
                        font.pixelSize: index === 1 ? Theme.heading : Theme.body
                        font.bold: index === 1
                    }
                }
                // Outcome, reply date, how to collect, 补正, extension, how the date was counted, the office.
                Repeater {
                    model: page.vm.details
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index
                        Layout.row: 4 + index
                        Layout.column: 0
                        text: modelData[0]
                        color: Theme.colors.muted
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                }
                Repeater {
                    model: page.vm.details
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index
                        objectName: "statusDetail" + index
                        Layout.row: 4 + index
                        Layout.column: 1
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData[1]
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
