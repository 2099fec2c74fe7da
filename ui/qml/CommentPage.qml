// 我要提意见: a comment on an open draft by touch. Name and phone only after agreeing, never shown;
// the screen says 已收到 only once the comment is saved; everything typed is cleared at idle reset.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

FocusScope {
    id: page
    objectName: "commentPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)
    readonly property bool wantsKeyboard: true
    function speechText() { return vm.speechText() }
    Connections {
        target: page.app
        function onSessionCleared() { commentField.text = ""; nameField.text = ""; phoneField.text = "" }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Toolbar { Layout.fillWidth: true; app: page.app; title: qsTr("我要提意见"); canRead: true }
        Flickable {
            id: flick
            objectName: "commentFlick"
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
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.vm.title
                    color: Theme.colors.heading
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "commentDone"
                    visible: page.vm.stage === "done"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.vm.stage === "done" ? page.vm.message : ""
                    color: Theme.colors.done
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    visible: page.vm.stage !== "done"
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("写下您的意见（最多 %1 字；请不要写身份证号码和电话）").arg(page.vm.limit)
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                    KTextArea {
                        id: commentField
                        objectName: "commentField"
                        focus: true
                        Layout.fillWidth: true
                        maximumLength: page.vm.limit
                        placeholderText: qsTr("您的意见")
                    }
                    KButton {
                        objectName: "consentButton"
                        Layout.fillWidth: true  // a long label wraps within the page
                        text: page.vm.consent ? qsTr("✓ 同意留下姓名电话，仅用于联系我") : qsTr("愿意留下姓名电话？点此同意（可不填）")
                        fill: page.vm.consent ? Theme.colors.primary : Theme.colors.surface
                        ink: page.vm.consent ? Theme.colors.onPrimary : Theme.colors.text
                        onClicked: {
                            page.vm.toggleConsent()
                            if (!page.vm.consent) { nameField.text = ""; phoneField.text = "" }
                        }
                    }
                    KField {
                        id: nameField
                        objectName: "nameField"
                        visible: page.vm.consent
                        Layout.fillWidth: true
                        kind: "name"   // the keyboard offers whole names (姜志兰) above its keys
                        maximumLength: 30
                        placeholderText: qsTr("姓名（不会公开）")
                    }
                    KField {
                        id: phoneField
                        objectName: "phoneField"
                        visible: page.vm.consent
                        Layout.fillWidth: true
                        kind: "phone"
                        maximumLength: 20
                        placeholderText: qsTr("电话（不会公开）")
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "commentMessage"
                        visible: text !== ""
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: page.vm.stage === "done" ? "" : page.vm.message
                        color: Theme.colors.danger
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                    KButton {
                        objectName: "submitComment"
                        text: qsTr("提交意见")
                        onClicked: {
                            Qt.inputMethod.hide()
                            if (page.vm.submit(commentField.text, nameField.text, phoneField.text)) {
                                commentField.text = ""; nameField.text = ""; phoneField.text = ""
                            }
                        }
                    }
                }
            }
        }
    }
}
