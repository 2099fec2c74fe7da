// 留言评价: rate the zone (at most once per session; 不满意 and below one more tap for a reason), and
// leave a question with a topic; a phone number only after agreeing to a call back, never shown again.
// What was typed is cleared at idle reset (ui/models/voice.py); the screen says 已收到 only once saved.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

FocusScope {
    id: page
    objectName: "voicePage"
    required property var app
    required property QtObject vm
    readonly property QtObject rating: vm.rating
    readonly property QtObject question: vm.question
    Component.onDestruction: app.nav.drop(vm)
    function speechText() { return vm.speechText() }
    Connections {
        target: page.app
        function onSessionCleared() { questionField.text = ""; phoneField.text = ""; otherReason.text = "" }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Toolbar { Layout.fillWidth: true; app: page.app; title: qsTr("留言评价"); canRead: true }
        Flickable {
            id: flick
            objectName: "voiceFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: body.implicitHeight + Theme.spacing * 4
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: body
                x: Theme.spacing * 2
                width: flick.width - Theme.spacing * 4
                spacing: Theme.spacing

                // -- 好差评
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("为我们的服务评价")
                    color: Theme.colors.heading
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "ratingPrompt"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: page.rating.stage === "done" ? Theme.colors.done : Theme.colors.text
                    font.pixelSize: Theme.body
                    font.bold: page.rating.stage === "done"
                    text: page.rating.stage === "done" ? qsTr("本次已评价：%1").arg(page.rating.message)
                        : page.rating.stage === "reason" ? qsTr("您选择了“%1”，请点一项原因").arg(page.rating.chosen)
                        : qsTr("点一下您的评价（不记录任何个人信息）")
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.rating.stage === "ask"
                    Repeater {
                        model: page.rating.levels
                        KButton {
                            objectName: "rate_" + modelData.score
                            text: modelData.label
                            fill: modelData.bad ? Theme.colors.danger : Theme.colors.primary
                            onClicked: page.rating.pick(modelData.score)
                        }
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.rating.stage === "reason"
                    Repeater {
                        model: page.rating.reasons
                        KButton {
                            objectName: "reason_" + index
                            text: modelData
                            onClicked: page.rating.pickReason(modelData)
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.rating.stage === "reason"
                    KField {
                        id: otherReason
                        objectName: "otherReason"
                        Layout.fillWidth: true
                        maximumLength: page.rating.reasonLimit
                        placeholderText: qsTr("其他原因（自己写）")
                    }
                    KButton {
                        objectName: "otherReasonButton"
                        text: qsTr("提交原因")
                        onClicked: { Qt.inputMethod.hide(); page.rating.pickReason(otherReason.text) }
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "ratingError"
                    visible: page.rating.stage === "reason" && page.rating.message !== ""
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.rating.message
                    color: Theme.colors.danger
                    font.pixelSize: Theme.body
                }

                // -- 留言
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("留言提问")
                    color: Theme.colors.heading
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "askDone"
                    visible: page.question.stage === "done"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.question.stage === "done" ? page.question.message : ""
                    color: Theme.colors.done
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.question.stage !== "done"
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("1. 选择问题类别")
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Repeater {
                            model: page.question.topics
                            KButton {
                                objectName: "topic_" + index
                                text: modelData
                                fill: page.question.topic === modelData ? Theme.colors.primary : Theme.colors.surface
                                ink: page.question.topic === modelData ? Theme.colors.onPrimary : Theme.colors.text
                                onClicked: page.question.pickTopic(modelData)
                            }
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("2. 写下您的问题（最多 %1 字，请不要写身份证号码和电话）").arg(page.question.limit)
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                    KTextArea {
                        id: questionField
                        objectName: "questionField"
                        minLines: 1   // one line until the question needs more: 意见征集 stays on screen below it
                        Layout.fillWidth: true
                        maximumLength: page.question.limit
                        placeholderText: qsTr("您的问题")
                    }
                    KButton {
                        objectName: "consentButton"
                        Layout.fillWidth: true  // a long label wraps within the page
                        text: page.question.consent ? qsTr("✓ 同意留电话，仅用于回电答复") : qsTr("希望电话答复？点此同意留电话")
                        fill: page.question.consent ? Theme.colors.primary : Theme.colors.surface
                        ink: page.question.consent ? Theme.colors.onPrimary : Theme.colors.text
                        onClicked: { page.question.toggleConsent(); if (!page.question.consent) phoneField.text = "" }
                    }
                    KField {
                        id: phoneField
                        objectName: "phoneField"
                        visible: page.question.consent
                        Layout.fillWidth: true
                        kind: "phone"
                        maximumLength: 20
                        placeholderText: qsTr("回电号码（不会显示给任何人）")
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "askMessage"
                        visible: text !== ""
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: page.question.message
                        color: Theme.colors.danger
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                    KButton {
                        objectName: "askButton"
                        text: qsTr("提交留言")
                        onClicked: {
                            Qt.inputMethod.hide()
                            if (page.question.submit(questionField.text, phoneField.text)) {
                                questionField.text = ""
                                phoneField.text = ""
                            }
                        }
                    }
                }
                KButton {
                    objectName: "draftsButton"
                    Layout.topMargin: Theme.spacing
                    text: qsTr("意见征集：草案公开征求意见")
                    fill: Theme.colors.surface
                    ink: Theme.colors.link
                    onClicked: page.app.openTarget("drafts", "")
                }
                KButton {
                    objectName: "faqsButton"
                    Layout.topMargin: Theme.spacing
                    text: qsTr("看看简明问答（常见问题的答复）")
                    fill: Theme.colors.surface
                    ink: Theme.colors.link
                    onClicked: page.app.openTarget("faqs", "")
                }
            }
        }
    }
}
