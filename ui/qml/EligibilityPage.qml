// 政策找人: one question at a time (big answer buttons, read aloud, every question skippable), then
// every policy the answers match or may match, each with why, what to bring, where, phone, QR and 朗读.
// Layout and bindings only: the questions, answers and results live in EligibilityViewModel.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "eligibilityPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: { vm.wipe(); app.nav.drop(vm) }  // the answers go with the page
    // 朗读 (Main.qml pageSpeech): the page's title first, then the question or the results.
    function speechText() { return qsTr("我能享受哪些政策") + "\n" + vm.speechTitle + "\n" + vm.speechBody }
    readonly property bool portrait: app.portrait
    readonly property int answerHeight: Math.round(Theme.target * 1.6)

    // Each question is read aloud as it appears (朗读 in the toolbar repeats it).
    function readQuestion() {
        if (!vm.done && vm.questionText !== "")
            app.speech.announce(vm.speechTitle, vm.speechBody)   // no message if silent: it is on screen
    }
    Connections {
        target: page.vm
        function onChanged() { if (page.vm.questionText !== lastQuestion.text) { lastQuestion.text = page.vm.questionText; page.readQuestion() } }
    }
    Text { textFormat: Text.PlainText; id: lastQuestion; visible: false; text: "" }
    Component.onCompleted: { lastQuestion.text = vm.questionText; readQuestion() }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            app: page.app
            title: qsTr("我能享受哪些政策")
            canRead: true
            readTitle: page.vm.speechTitle
            readBody: page.vm.speechBody
        }

        // -- one question
        ColumnLayout {
            objectName: "questionView"
            visible: !page.vm.done
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            spacing: Theme.spacing

            Text {
                textFormat: Text.PlainText
                objectName: "stepText"
                text: qsTr("第 %1 题（最多 %2 题，每题都可以跳过）").arg(page.vm.stepNumber).arg(page.vm.stepTotal)
                color: Theme.colors.muted
                font.pixelSize: Theme.body
            }
            Text {
                textFormat: Text.PlainText
                objectName: "questionText"
                Layout.fillWidth: true
                text: page.vm.questionText
                wrapMode: Text.Wrap
                color: Theme.colors.heading
                font.pixelSize: Math.round(Theme.title * 1.2)
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: text !== ""
                text: page.vm.questionHint
                wrapMode: Text.Wrap
                color: Theme.colors.muted
                font.pixelSize: Theme.body
            }

            // The answers take the room left between the question and the buttons: as large as fits
            // (never below a touch target), scrolling only if even that is not enough.
            Flickable {
                id: answerArea
                objectName: "answerArea"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: Theme.spacing
                clip: true
                contentWidth: width
                contentHeight: answerGrid.implicitHeight
                interactive: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { active: answerArea.interactive; width: 12 }
                readonly property int columns: page.portrait ? (Theme.elder ? 1 : 2) : 3
                readonly property int rows: Math.max(1, Math.ceil(page.vm.options.length / columns))
                readonly property int fitted: Math.floor((height - (rows - 1) * Theme.spacing) / rows)
                readonly property int answerHeight: Math.max(Theme.target, Math.min(page.answerHeight, fitted))

                GridLayout {
                    id: answerGrid
                    objectName: "answerGrid"
                    width: answerArea.width
                    columns: answerArea.columns
                    rowSpacing: Theme.spacing
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: page.vm.options
                        delegate: KButton {
                            required property var modelData
                            objectName: "answer_" + modelData.id
                            oneTapForTwo: true  // KButton: a double tap must not answer the next question too
                            Layout.fillWidth: true
                            Layout.preferredHeight: answerArea.answerHeight
                            text: (modelData.selected ? "✓ " : "") + modelData.label
                            fontSize: Theme.heading
                            fill: modelData.selected ? Theme.colors.tile1 : Theme.colors.primary
                            border.width: modelData.selected ? 6 : 2
                            border.color: modelData.selected ? Theme.colors.accent : Qt.darker(fill, 1.4)
                            onClicked: page.vm.multi ? page.vm.toggle(modelData.id) : page.vm.choose(modelData.id)
                        }
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KButton {
                    objectName: "previousButton"
                    oneTapForTwo: true
                    visible: page.vm.canGoBack
                    height: Theme.target
                    text: qsTr("‹ 上一题")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    onClicked: page.vm.previous()
                }
                KButton {
                    objectName: "skipButton"
                    oneTapForTwo: true
                    text: qsTr("跳过这一题")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    onClicked: page.vm.skip()
                }
                KButton {
                    objectName: "noneButton"
                    oneTapForTwo: true
                    visible: page.vm.multi
                    text: page.vm.noneLabel
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    onClicked: page.vm.chooseNone()
                }
                KButton {
                    objectName: "confirmButton"
                    oneTapForTwo: true
                    visible: page.vm.multi
                    text: qsTr("选好了，下一题 ›")
                    fill: Theme.colors.tile1
                    onClicked: page.vm.confirm()
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "privacyText"
                Layout.fillWidth: true
                text: page.vm.privacyText
                wrapMode: Text.Wrap
                color: Theme.colors.muted
                font.pixelSize: Theme.small
            }
        }

        // -- the results
        ColumnLayout {
            objectName: "resultView"
            visible: page.vm.done
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            spacing: Theme.spacing

            Text {
                textFormat: Text.PlainText
                objectName: "resultSummary"
                Layout.fillWidth: true
                text: page.vm.summary
                wrapMode: Text.Wrap
                color: Theme.colors.heading
                font.pixelSize: Theme.heading
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                objectName: "resultPrivacy"
                Layout.fillWidth: true
                text: page.vm.privacyText
                wrapMode: Text.Wrap
                color: Theme.colors.muted
                font.pixelSize: Theme.small
            }
            // What 打印带走 did: printing, printed (take it), or why not (printer off, out of paper).
            Text {
                textFormat: Text.PlainText
                objectName: "resultPrintMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.vm.printer.message
                wrapMode: Text.Wrap
                color: page.vm.printer.ok || page.vm.printer.busy ? Theme.colors.heading : Theme.colors.danger
                font.pixelSize: Theme.body
                font.bold: true
            }

            Flickable {
                id: flick
                objectName: "resultFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: width
                contentHeight: cards.implicitHeight + 20
                boundsBehavior: Flickable.StopAtBounds
                ScrollIndicator.vertical: ScrollIndicator { active: true; width: 12 }

                ColumnLayout {
                    id: cards
                    x: LayoutMirroring.enabled ? 24 : 0  // the scroll indicator's side
                    width: flick.width - 24
                    spacing: Theme.spacing
                    Repeater {
                        model: page.vm.results
                        delegate: Rectangle {
                            id: card
                            required property var modelData
                            required property int index
                            objectName: "resultCard"
                            Layout.fillWidth: true
                            implicitHeight: cardGrid.implicitHeight + 2 * Theme.spacing
                            radius: 12
                            color: Theme.colors.surface
                            border.color: modelData.matched ? Theme.colors.tile1 : Theme.colors.onAccent
                            border.width: 3

                            GridLayout {
                                id: cardGrid
                                anchors.fill: parent
                                anchors.margins: Theme.spacing
                                columns: page.portrait ? 1 : 2
                                columnSpacing: Theme.spacing * 2
                                rowSpacing: Theme.spacing

                                ColumnLayout {
                                    Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignTop
                                    spacing: 8
                                    RowLayout {
                                        Layout.fillWidth: true
                                        spacing: Theme.spacing
                                        Text {
                                            textFormat: Text.PlainText
                                            objectName: "resultTitle"
                                            Layout.fillWidth: true
                                            text: (card.index + 1) + ". " + card.modelData.title
                                            wrapMode: Text.Wrap
                                            color: Theme.colors.heading
                                            font.pixelSize: Theme.heading
                                            font.bold: true
                                        }
                                        KButton {
                                            objectName: "resultReadButton"
                                            text: qsTr("朗读")
                                            onClicked: page.app.speech.speak(card.modelData.title, card.modelData.speech)
                                        }
                                        // 打印带走: this result on the receipt printer, for a resident without a phone.
                                        KButton {
                                            objectName: "resultPrintButton"
                                            enabled: !page.vm.printer.busy
                                            text: qsTr("打印带走")
                                            onClicked: page.vm.printSlip(card.index)
                                        }
                                    }
                                    Rectangle {
                                        objectName: "resultStatus"
                                        implicitWidth: statusText.implicitWidth + 24
                                        implicitHeight: statusText.implicitHeight + 12
                                        radius: 6
                                        color: card.modelData.matched ? Theme.colors.tile1 : Theme.colors.accent
                                        Text {
                                            textFormat: Text.PlainText
                                            id: statusText
                                            anchors.centerIn: parent
                                            text: card.modelData.matched ? "✓ " + card.modelData.statusText
                                                                         : "? " + card.modelData.statusText
                                            color: card.modelData.matched ? Theme.colors.onTile : Theme.colors.onAccent
                                            font.pixelSize: Theme.body
                                            font.bold: true
                                        }
                                    }
                                    Text {
                                        textFormat: Text.PlainText
                                        objectName: "resultReason"
                                        Layout.fillWidth: true
                                        text: card.modelData.reason
                                        wrapMode: Text.Wrap
                                        color: Theme.colors.text
                                        font.pixelSize: Theme.body
                                    }
                                    Repeater {
                                        model: [
                                            { label: qsTr("标准"), value: card.modelData.standard },
                                            { label: qsTr("带什么"), value: card.modelData.materialsText },
                                            { label: qsTr("去哪里"), value: card.modelData.where },
                                            { label: qsTr("电话"), value: card.modelData.phone + (card.modelData.hours !== "" ? "（" + card.modelData.hours + "）" : "") }
                                        ]
                                        delegate: Text {
                                            required property var modelData
                                            objectName: "resultFact"
                                            visible: modelData.value !== ""
                                            Layout.fillWidth: true
                                            // The value is published content: escaped, so its markup shows as characters.
                                            function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") }
                                            text: "<b>" + esc(modelData.label) + "：</b>" + esc(modelData.value)
                                            textFormat: Text.StyledText
                                            wrapMode: Text.Wrap
                                            color: Theme.colors.text
                                            font.pixelSize: Theme.body
                                        }
                                    }
                                    Flow {
                                        Layout.fillWidth: true
                                        spacing: 12
                                        Repeater {
                                            model: card.modelData.links
                                            delegate: KButton {
                                                required property var modelData
                                                objectName: "resultLink"
                                                width: Math.min(implicitWidth, cardGrid.width)
                                                text: modelData.subtitle + "：" + modelData.title + " ›"
                                                fontSize: Theme.small
                                                bold: false
                                                fill: Theme.colors.surface
                                                ink: Theme.colors.link
                                                onClicked: page.app.openTarget(modelData.target, modelData.key)
                                            }
                                        }
                                    }
                                }
                                QrCard {
                                    objectName: "resultQr"
                                    Layout.alignment: Qt.AlignTop
                                    Layout.preferredWidth: page.portrait ? 560 : 300
                                    source: card.modelData.qrSource
                                    url: card.modelData.qrUrl
                                    caption: qsTr("手机扫码带走本条，不用上网")
                                    horizontal: page.portrait
                                }
                            }
                        }
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                KButton {
                    objectName: "resultPrintAllButton"
                    visible: page.vm.results.length > 1
                    enabled: !page.vm.printer.busy
                    text: qsTr("全部打印带走（%1 张）").arg(page.vm.results.length)
                    onClicked: page.vm.printAll()
                }
                KButton {
                    objectName: "resultPreviousButton"
                    oneTapForTwo: true
                    visible: page.vm.canGoBack
                    text: qsTr("‹ 上一题")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    onClicked: page.vm.previous()
                }
                KButton {
                    objectName: "restartButton"
                    oneTapForTwo: true
                    visible: page.vm.available
                    text: qsTr("重新回答")
                    onClicked: page.vm.restart()
                }
                KButton {
                    objectName: "resultsUp"
                    text: qsTr("上一页")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    enabled: flick.contentY > 0
                    onClicked: flick.contentY = Math.max(0, flick.contentY - flick.height * 0.9)
                }
                KButton {
                    objectName: "resultsDown"
                    text: qsTr("下一页")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    enabled: flick.contentY + flick.height < flick.contentHeight
                    onClicked: flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.9)
                }
            }
        }
    }
}
