// One request: its fields and events on the left; the next steps (补正, 延期, 征求第三方意见, 答复, 归档) on the right.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    id: page
    required property QtObject staff
    readonly property QtObject detail: staff.detail
    readonly property var req: detail.request
    property string step: ""
    property string outcome: ""
    property string party: "third_party"
    property string voids: ""

    function record() {
        page.staff.touch()
        const values = { on: onField.text }
        if (page.step === "extended") { values.official = official.text; values.workdays = workdays.text }
        if (page.step === "third_party_opinion_started") values.party = page.party
        if (page.step === "replied") values.outcome = page.outcome
        if (page.step === "void") { values.voids = page.voids; values.reason = voidReason.text }
        if (page.step === "note" || note.text !== "") values.note = note.text
        if (page.detail.addStep(page.step, values)) {
            page.step = ""; official.text = ""; note.text = ""; page.outcome = ""; page.voids = ""; voidReason.text = ""
        }
    }

    // Wide: the request on the left, the steps on the right; portrait: the steps below.
    GridLayout {
        anchors.fill: parent
        anchors.margins: 24
        columnSpacing: 24
        rowSpacing: 16
        columns: page.width < 1500 ? 1 : 2

        // Left: the request.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 10
            RowLayout {
                spacing: 16
                SButton {
                    text: qsTr("‹ 待办")
                    fill: "#e9eef4"; ink: "#1f2328"
                    onClicked: page.staff.go("worklist")
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "detailNumber"
                    text: page.req.number || ""
                    font.pixelSize: 32; font.bold: true; color: "#1d3557"
                }
                Rectangle {
                    visible: !!page.req.status
                    implicitWidth: statusText.implicitWidth + 24; implicitHeight: 44; radius: 22
                    color: page.req.overdue ? "#fde8ea" : (page.req.dueSoon ? "#fff3bf" : "#e3f4e8")
                    Text {
                        textFormat: Text.PlainText
                        id: statusText; anchors.centerIn: parent
                        text: page.req.status || ""
                        font.pixelSize: 22; color: "#1f2328"
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: fields.implicitHeight + 32
                radius: 12; color: "#ffffff"; border.color: "#c5cad0"
                GridLayout {
                    id: fields
                    anchors.fill: parent
                    anchors.margins: 16
                    columns: 4
                    columnSpacing: 16
                    rowSpacing: 8
                    Repeater {
                        model: [
                            [qsTr("申请人"), page.req.name], [qsTr("类型"), page.req.applicantType],
                            [qsTr("证件"), page.req.idLine], [qsTr("电话"), page.req.phone],
                            [qsTr("地址"), page.req.address], [qsTr("邮箱"), page.req.email],
                            [qsTr("收到日期"), page.req.received], [qsTr("申请方式"), page.req.channel],
                            [qsTr("提供形式"), page.req.form], [qsTr("获取方式"), page.req.method],
                            [qsTr("答复期限"), (page.req.due || "") + (page.req.left ? "（" + page.req.left + "）" : "")],
                            [qsTr("补正告知期限"), page.req.correctionDue],
                            [qsTr("延期"), page.req.extension], [qsTr("办理结果"), page.req.outcome]
                        ]
                        delegate: RowLayout {
                            required property var modelData
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            spacing: 12
                            Text { textFormat: Text.PlainText; Layout.preferredWidth: 150; text: modelData[0]; font.pixelSize: 20; color: "#4a5057" }
                            Text {
                                textFormat: Text.PlainText
                                Layout.fillWidth: true
                                text: modelData[1] || "—"
                                wrapMode: Text.Wrap
                                font.pixelSize: 22; color: "#1f2328"
                            }
                        }
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: descText.implicitHeight + 24
                radius: 12; color: "#ffffff"; border.color: "#c5cad0"
                Text {
                    textFormat: Text.PlainText
                    id: descText
                    anchors.fill: parent; anchors.margins: 12
                    wrapMode: Text.Wrap
                    text: qsTr("所需信息：") + (page.req.description || "") + (page.req.docRef ? qsTr("（文号/索引号：") + page.req.docRef + "）" : "")
                    font.pixelSize: 22; color: "#1f2328"
                }
            }
            Text { text: qsTr("办理记录"); font.pixelSize: 24; font.bold: true; color: "#1d3557" }
            ListView {
                objectName: "eventsView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: page.detail.events
                delegate: Rectangle {
                    required property var modelData
                    width: ListView.view.width
                    height: eventRow.implicitHeight + 16
                    radius: 8; color: "#f8f9fa"; border.color: "#dee2e6"
                    RowLayout {
                        id: eventRow
                        anchors.fill: parent; anchors.margins: 8
                        spacing: 16
                        Text { textFormat: Text.PlainText; Layout.preferredWidth: 170; text: modelData.on; font.pixelSize: 20; color: "#343a40" }
                        Text { textFormat: Text.PlainText; Layout.preferredWidth: 200; text: modelData.label; font.pixelSize: 20; font.bold: true; color: "#1f2328" }
                        Text { textFormat: Text.PlainText; Layout.fillWidth: true; text: modelData.detail; wrapMode: Text.Wrap; font.pixelSize: 20; color: "#343a40" }
                        Text { textFormat: Text.PlainText; text: modelData.actor + "  " + modelData.at; font.pixelSize: 18; color: "#6c757d" }
                    }
                }
            }
        }

        // Right: what can happen next.
        Rectangle {
            Layout.preferredWidth: page.width < 1500 ? -1 : 560
            Layout.fillWidth: page.width < 1500
            Layout.fillHeight: true
            Layout.preferredHeight: page.width < 1500 ? 640 : -1
            radius: 12; color: "#ffffff"; border.color: "#c5cad0"
            Flickable {
                anchors.fill: parent
                anchors.margins: 20
                contentHeight: actions.implicitHeight
                clip: true
                ColumnLayout {
                    id: actions
                    width: parent.width
                    spacing: 12
                    Text { text: qsTr("办理"); font.pixelSize: 26; font.bold: true; color: "#1d3557" }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 10
                        Repeater {
                            model: page.detail.steps
                            delegate: SButton {
                                required property var modelData
                                objectName: "step_" + modelData.kind
                                text: modelData.label
                                fontSize: 22
                                fill: page.step === modelData.kind ? "#0b3d75" : "#1864ab"
                                onClicked: { page.step = modelData.kind; page.staff.touch() }
                            }
                        }
                    }
                    ColumnLayout {
                        visible: page.step !== ""
                        Layout.fillWidth: true
                        spacing: 10
                        DateField {
                            id: onField; name: "on"; Layout.fillWidth: true
                            label: qsTr("日期"); text: page.detail.todayText; today: page.detail.todayText
                            error: page.detail.actionField === "date" ? page.detail.actionError : ""
                        }
                        SField {
                            id: official; name: "official"; Layout.fillWidth: true
                            visible: page.step === "extended"
                            label: qsTr("批准延期的负责人")
                            error: page.detail.actionField === "official" ? page.detail.actionError : ""
                        }
                        SField {
                            id: workdays; name: "workdays"; Layout.fillWidth: true
                            visible: page.step === "extended"
                            label: qsTr("延长工作日数（最多20）"); text: "20"
                            error: page.detail.actionField === "workdays" ? page.detail.actionError : ""
                            kind: "digits"
                        }
                        SChoice {
                            name: "party"; Layout.fillWidth: true
                            visible: page.step === "third_party_opinion_started"
                            label: qsTr("征求意见对象"); options: page.detail.parties; value: page.party
                            onPicked: (code) => page.party = code
                        }
                        ColumnLayout {
                            visible: page.step === "replied"
                            Layout.fillWidth: true
                            spacing: 4
                            Text { text: qsTr("办理结果"); font.pixelSize: 20; color: "#343a40" }
                            ComboBox {
                                id: outcomeBox
                                objectName: "outcomeBox"
                                Layout.fillWidth: true
                                implicitHeight: 60
                                font.pixelSize: 20
                                model: page.detail.outcomes
                                textRole: "label"
                                valueRole: "code"
                                currentIndex: -1
                                displayText: currentIndex < 0 ? qsTr("请选择办理结果") : currentText
                                onActivated: page.outcome = currentValue
                            }
                            Text {
                                textFormat: Text.PlainText
                                objectName: "error_outcome"
                                visible: text !== ""
                                text: page.detail.actionField === "outcome" ? page.detail.actionError : ""
                                font.pixelSize: 20; color: "#b00020"
                            }
                        }
                        // 更正: void one step recorded by mistake (kept in the history, marked 已作废).
                        ColumnLayout {
                            visible: page.step === "void"
                            Layout.fillWidth: true
                            spacing: 4
                            Text { text: qsTr("要作废的环节"); font.pixelSize: 20; color: "#343a40" }
                            ComboBox {
                                objectName: "voidBox"
                                Layout.fillWidth: true
                                implicitHeight: 60
                                font.pixelSize: 20
                                model: page.detail.voidable
                                textRole: "label"
                                valueRole: "uuid"
                                currentIndex: -1
                                displayText: currentIndex < 0 ? qsTr("请选择") : currentText
                                onActivated: page.voids = currentValue
                            }
                            SField {
                                id: voidReason; name: "reason"; Layout.fillWidth: true
                                label: qsTr("更正理由")
                                error: ["reason", "voids"].indexOf(page.detail.actionField) >= 0 ? page.detail.actionError : ""
                            }
                        }
                        SField { id: note; name: "note"; Layout.fillWidth: true; label: qsTr("备注") }
                        SButton {
                            objectName: "recordStep"
                            Layout.fillWidth: true
                            text: qsTr("登记")
                            fill: "#2b7a3b"
                            onClicked: page.record()
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "actionError"
                        Layout.fillWidth: true
                        visible: text !== "" && ["date", "official", "workdays", "outcome", "reason", "voids"].indexOf(page.detail.actionField) < 0
                        wrapMode: Text.Wrap
                        text: page.detail.actionError
                        font.pixelSize: 22; color: "#b00020"
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "actionNotice"
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.detail.notice
                        font.pixelSize: 22; color: "#1b6e35"
                    }
                    Rectangle { Layout.fillWidth: true; implicitHeight: 2; color: "#dee2e6" }
                    SButton {
                        objectName: "detailReprint"
                        Layout.fillWidth: true
                        enabled: !page.detail.printer.busy
                        text: page.detail.printer.busy ? qsTr("正在打印……") : qsTr("重新打印回执")
                        fill: "#b34205"
                        onClicked: page.detail.reprint()
                    }
                    Repeater {
                        model: page.detail.letters
                        delegate: SButton {
                            required property var modelData
                            required property int index
                            objectName: "detailPrintLetter" + index
                            Layout.fillWidth: true
                            enabled: !page.detail.printer.busy
                            text: modelData.label
                            fill: "#1d3557"
                            onClicked: { page.staff.touch(); page.detail.printLetter(modelData.sha256) }
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "detailPrintMessage"
                        Layout.fillWidth: true
                        visible: text !== ""
                        wrapMode: Text.Wrap
                        text: page.detail.printer.message
                        font.pixelSize: 20
                        color: page.detail.printer.failedLast ? "#9b0018" : "#1b6e35"
                    }
                }
            }
        }
    }
}
