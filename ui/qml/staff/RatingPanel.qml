// 好差评 at the counter, after a saved request or a 现场咨询: the national five levels in one tap, and
// for 不满意 and below one more tap for a reason (ui/models/rating.py saves it before thanking).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: panel
    objectName: "ratingPanel"
    required property QtObject staff
    property string ask: qsTr("请申请人为本次服务评价（好差评）")
    visible: panel.staff.rating.stage !== "off"
    implicitHeight: ratingColumn.implicitHeight + 24
    radius: 8
    color: "#f3f6fa"
    border.color: "#c5d0dc"
    ColumnLayout {
        id: ratingColumn
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10
        Text {
            textFormat: Text.PlainText
            objectName: "ratingPrompt"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: 24; font.bold: true; color: "#1f2328"
            text: panel.staff.rating.stage === "done" ? panel.staff.rating.message
                : panel.staff.rating.stage === "reason"
                    ? qsTr("您选择了“%1”，请告诉我们原因（点一项即可）").arg(panel.staff.rating.chosen)
                    : panel.ask
        }
        Flow {
            Layout.fillWidth: true
            spacing: 10
            visible: panel.staff.rating.stage === "ask"
            Repeater {
                model: panel.staff.rating.levels
                SButton {
                    objectName: "rate_" + modelData.score
                    text: modelData.label
                    fill: modelData.bad ? "#fbe9e7" : "#e3f4e8"
                    ink: modelData.bad ? "#8a1c0a" : "#1b4d2b"
                    onClicked: { panel.staff.touch(); panel.staff.rating.pick(modelData.score) }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: 10
            visible: panel.staff.rating.stage === "reason"
            Repeater {
                model: panel.staff.rating.reasons
                SButton {
                    objectName: "reason_" + index
                    text: modelData
                    fill: "#e9eef4"; ink: "#1f2328"
                    onClicked: { panel.staff.touch(); panel.staff.rating.pickReason(modelData) }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            visible: panel.staff.rating.stage === "reason"
            TextField {
                id: otherReason
                objectName: "otherReason"
                Layout.fillWidth: true
                implicitHeight: 56
                font.pixelSize: 22
                maximumLength: panel.staff.rating.reasonLimit
                placeholderText: qsTr("其他原因（可由群众口述，工作人员录入）")
            }
            SButton {
                objectName: "otherReasonButton"
                text: qsTr("提交原因")
                fill: "#e9eef4"; ink: "#1f2328"
                onClicked: { panel.staff.touch(); panel.staff.rating.pickReason(otherReason.text); otherReason.text = "" }
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "ratingError"
            visible: panel.staff.rating.stage !== "done" && panel.staff.rating.message !== ""
            text: panel.staff.rating.message
            font.pixelSize: 20; color: "#9b0018"
        }
    }
}
