// 现场咨询: the clerk records a question answered at the counter with its topic (the 现场咨询解答 log,
// counted by topic for the annual report); once saved, the resident may rate the service in one tap.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    id: page
    required property QtObject staff
    readonly property QtObject consult: staff.consult

    function saveIt() {
        page.staff.touch()
        Qt.inputMethod.hide()
        if (page.consult.save(questionField.text, answerField.text, phoneField.text)) {
            questionField.text = ""; answerField.text = ""; phoneField.text = ""
        }
    }
    function next() {
        page.staff.rating.clear()
        page.consult.reset()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 24
        contentHeight: column.implicitHeight + 200
        clip: true
        ColumnLayout {
            id: column
            width: flick.width
            spacing: 14
            Text { text: qsTr("现场咨询解答登记"); font.pixelSize: 32; font.bold: true; color: "#1d3557" }
            Text {
                textFormat: Text.PlainText
                objectName: "consultLog"
                text: page.consult.logText
                font.pixelSize: 20; color: "#4a5057"
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 14
                visible: !page.consult.done
                Text { text: qsTr("咨询类别"); font.pixelSize: 22; font.bold: true; color: "#1f2328" }
                Flow {
                    Layout.fillWidth: true
                    spacing: 10
                    Repeater {
                        model: page.consult.topics
                        SButton {
                            objectName: "consultTopic_" + index
                            text: modelData
                            fill: page.consult.topic === modelData ? "#1864ab" : "#e9eef4"
                            ink: page.consult.topic === modelData ? "#ffffff" : "#1f2328"
                            onClicked: { page.staff.touch(); page.consult.pickTopic(modelData) }
                        }
                    }
                }
                SField {
                    id: questionField; name: "consult_question"; Layout.fillWidth: true
                    label: qsTr("群众咨询的问题"); mandatory: true
                }
                SField {
                    id: answerField; name: "consult_answer"; Layout.fillWidth: true
                    label: qsTr("现场解答"); mandatory: true
                }
                SField {
                    id: phoneField; name: "consult_phone"; Layout.fillWidth: true; kind: "phone"
                    label: qsTr("回电号码（群众同意时才填，仅用于回电）")
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "consultMessage"
                    visible: text !== ""
                    text: page.consult.message
                    font.pixelSize: 22; color: "#9b0018"
                }
                SButton {
                    objectName: "consultSave"
                    text: qsTr("保存到台账")
                    fill: "#2b7a3b"
                    onClicked: page.saveIt()
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "consultDone"
                visible: page.consult.done
                text: page.consult.message
                font.pixelSize: 26; font.bold: true; color: "#1b6e35"
            }
            RatingPanel {
                Layout.fillWidth: true
                staff: page.staff
                ask: qsTr("请咨询的群众为本次服务评价（好差评）")
            }
            SButton {
                objectName: "consultNext"
                visible: page.consult.done
                text: qsTr("登记下一位")
                fill: "#1864ab"
                onClicked: page.next()
            }
        }
    }
}
