// A document, notice, policy or the application guide: title, facts, the text with its headings
// (一、 / （一） / 1.) set apart from paragraphs, photos, attachments, linked pages and the take-away QR.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "readerPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property bool portrait: app.portrait
    readonly property bool hasSide: vm.qrSource !== "" || vm.images.length > 0
    function speechText() { return vm.speechText(-1, -1) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            app: page.app
            title: page.vm.subtitle !== "" ? page.vm.subtitle : page.vm.title
            canRead: true
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            columns: page.portrait ? 1 : 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            Flickable {
                id: flick
                objectName: "readerFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: width
                contentHeight: body.implicitHeight + 40
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollMark {}

                ColumnLayout {
                    id: body
                    x: LayoutMirroring.enabled ? 30 : 0  // the scroll mark's side (right-to-left: the left)
                    width: flick.width - 30
                    spacing: Theme.spacing

                    Text {
                        textFormat: Text.PlainText
                        objectName: "readerTitle"
                        Layout.fillWidth: true
                        text: page.vm.title
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.colors.heading
                        font.pixelSize: Theme.title
                        font.bold: true
                    }
                    Rectangle {
                        objectName: "readerNotice"
                        visible: page.vm.notice !== ""
                        Layout.fillWidth: true
                        implicitHeight: noticeText.implicitHeight + 20
                        color: Theme.colors.accent
                        radius: 8
                        Text {
                            textFormat: Text.PlainText
                            id: noticeText
                            anchors.centerIn: parent
                            width: parent.width - 24
                            wrapMode: Text.Wrap
                            text: page.vm.notice
                            color: Theme.colors.onAccent
                            font.pixelSize: Theme.body
                            font.bold: true
                        }
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: 6
                        visible: page.vm.meta.length > 0
                        Repeater {
                            model: page.vm.meta
                            delegate: Text {
                                textFormat: Text.PlainText
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 0
                                Layout.alignment: Qt.AlignTop
                                text: modelData.label
                                color: Theme.colors.muted
                                font.pixelSize: Theme.small
                                font.bold: true
                            }
                        }
                        Repeater {
                            model: page.vm.meta
                            delegate: Text {
                                textFormat: Text.PlainText
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 1
                                Layout.fillWidth: true
                                text: modelData.value
                                wrapMode: Text.Wrap
                                color: Theme.colors.text
                                font.pixelSize: Theme.small
                            }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 2; color: Theme.colors.border }

                    Repeater {
                        objectName: "readerBlocks"
                        model: page.vm.blocks
                        delegate: Text {
                            textFormat: Text.PlainText
                            required property var modelData
                            objectName: "block" + modelData.level
                            Layout.fillWidth: true
                            Layout.topMargin: modelData.level === 1 ? Theme.spacing : 0
                            wrapMode: Text.Wrap
                            lineHeight: 1.35
                            // Paragraphs get the customary two-character first-line indent.
                            text: modelData.level === 0 ? "　　" + modelData.text : modelData.text
                            color: modelData.level === 0 ? Theme.colors.text : Theme.colors.heading
                            font.pixelSize: modelData.level === 1 ? Theme.heading
                                          : modelData.level === 2 ? Math.round(Theme.body * 1.1)
                                          : Theme.body
                            font.bold: modelData.level === 1 || modelData.level === 2
                            font.weight: modelData.level === 3 ? Font.DemiBold : (modelData.level > 0 ? Font.Bold : Font.Normal)
                        }
                    }

                    Text {
                        textFormat: Text.PlainText
                        visible: page.vm.files.length > 0
                        text: qsTr("附件")
                        color: Theme.colors.heading
                        font.pixelSize: Theme.heading
                        font.bold: true
                    }
                    Repeater {
                        model: page.vm.files
                        delegate: Text {
                            textFormat: Text.PlainText
                            required property var modelData
                            Layout.fillWidth: true
                            text: modelData.name + "（" + modelData.detail + "，" + qsTr("扫码带走") + "）"
                            wrapMode: Text.Wrap
                            color: Theme.colors.text
                            font.pixelSize: Theme.body
                        }
                    }

                    Text {
                        textFormat: Text.PlainText
                        visible: page.vm.links.length > 0
                        Layout.topMargin: Theme.spacing
                        text: page.vm.linksTitle
                        color: Theme.colors.heading
                        font.pixelSize: Theme.heading
                        font.bold: true
                    }
                    Repeater {
                        model: page.vm.links
                        delegate: RowCard {
                            required property var modelData
                            objectName: "readerLink"
                            Layout.fillWidth: true
                            title: modelData.title
                            subtitle: modelData.subtitle
                            onClicked: page.app.openTarget(modelData.target, modelData.key)
                        }
                    }
                }
            }

            // Photos and the QR: a side column in landscape, a strip under the text in portrait.
            Flickable {
                visible: page.hasSide
                Layout.preferredWidth: page.portrait ? -1 : (Theme.elder ? 420 : 340)
                Layout.fillWidth: page.portrait
                Layout.fillHeight: !page.portrait
                Layout.preferredHeight: page.portrait ? side.implicitHeight : -1
                clip: true
                contentWidth: side.implicitWidth
                contentHeight: side.implicitHeight
                flickableDirection: page.portrait ? Flickable.HorizontalFlick : Flickable.VerticalFlick
                GridLayout {
                    id: side
                    flow: page.portrait ? GridLayout.LeftToRight : GridLayout.TopToBottom
                    rows: page.portrait ? 1 : -1
                    columns: page.portrait ? -1 : 1
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    QrCard {
                        objectName: "qrCard"
                        source: page.vm.qrSource
                        url: page.vm.qrUrl
                        horizontal: page.portrait
                        Layout.preferredWidth: page.portrait ? 560 : (Theme.elder ? 400 : 320)
                    }
                    // 打印带走: the page's gist, what to bring, where, hours and phone on the receipt printer.
                    ColumnLayout {
                        visible: page.vm.canPrint === true
                        Layout.preferredWidth: page.portrait ? 360 : (Theme.elder ? 400 : 320)
                        spacing: 8
                        KButton {
                            objectName: "printSlipButton"
                            Layout.fillWidth: true
                            enabled: page.vm.printer ? !page.vm.printer.busy : false
                            text: qsTr("打印带走")
                            onClicked: page.vm.printSlip()
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "printSlipMessage"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: page.vm.printer ? page.vm.printer.message : ""
                            wrapMode: Text.Wrap
                            color: page.vm.printer && !page.vm.printer.ok && !page.vm.printer.busy
                                   ? Theme.colors.danger : Theme.colors.heading
                            font.pixelSize: Theme.small
                            font.bold: true
                        }
                    }
                    Repeater {
                        model: page.vm.images
                        delegate: Rectangle {
                            required property var modelData
                            objectName: "thumbnail"
                            Layout.preferredWidth: page.portrait ? 300 : (Theme.elder ? 400 : 320)
                            Layout.preferredHeight: page.portrait ? 240 : 250
                            color: Theme.colors.surface
                            border.color: Theme.colors.border
                            Image {
                                anchors.fill: parent
                                anchors.margins: 6
                                anchors.bottomMargin: 40
                                source: modelData.source
                                sourceSize.width: 320
                                fillMode: Image.PreserveAspectFit
                                asynchronous: true
                            }
                            Text {
                                textFormat: Text.PlainText
                                anchors.bottom: parent.bottom
                                anchors.bottomMargin: 6
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: qsTr("点击放大")  // the caption itself shows in the viewer
                                color: Theme.colors.link
                                font.pixelSize: Theme.small
                            }
                            MouseArea {
                                anchors.fill: parent
                                onClicked: page.app.showImage(modelData.source, modelData.caption)
                            }
                        }
                    }
                }
            }
        }
        Pager {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            flick: flick
            endText: qsTr("已到本页末尾")
        }
    }
}
