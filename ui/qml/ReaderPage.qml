// A document, notice, policy or the application guide: title, facts, the text with its headings
// (一、 / （一） / 1.) set apart from paragraphs, photos, attachments, linked pages and the take-away QR.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"

Item {
    id: page
    objectName: "readerPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property QtObject theme: app.theme
    readonly property bool portrait: app.portrait
    readonly property bool hasSide: vm.qrSource !== "" || vm.images.length > 0
    function speechText() { return vm.speechText(-1, -1) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            theme: page.theme; app: page.app
            title: page.vm.subtitle !== "" ? page.vm.subtitle : page.vm.title
            canRead: true
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.theme.spacing * 2
            columns: page.portrait ? 1 : 2
            columnSpacing: page.theme.spacing * 2
            rowSpacing: page.theme.spacing

            Flickable {
                id: flick
                objectName: "readerFlick"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                contentWidth: width
                contentHeight: body.implicitHeight + 40
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollMark { theme: page.theme }

                ColumnLayout {
                    id: body
                    width: flick.width - 30
                    spacing: page.theme.spacing

                    Text {
                        objectName: "readerTitle"
                        Layout.fillWidth: true
                        text: page.vm.title
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        color: page.theme.colors.heading
                        font.pixelSize: page.theme.title
                        font.bold: true
                    }
                    Rectangle {
                        objectName: "readerNotice"
                        visible: page.vm.notice !== ""
                        Layout.fillWidth: true
                        implicitHeight: noticeText.implicitHeight + 20
                        color: page.theme.colors.accent
                        radius: 8
                        Text {
                            id: noticeText
                            anchors.centerIn: parent
                            width: parent.width - 24
                            wrapMode: Text.Wrap
                            text: page.vm.notice
                            color: page.theme.colors.onAccent
                            font.pixelSize: page.theme.body
                            font.bold: true
                        }
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: page.theme.spacing
                        rowSpacing: 6
                        visible: page.vm.meta.length > 0
                        Repeater {
                            model: page.vm.meta
                            delegate: Text {
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 0
                                Layout.alignment: Qt.AlignTop
                                text: modelData.label
                                color: page.theme.colors.muted
                                font.pixelSize: page.theme.small
                                font.bold: true
                            }
                        }
                        Repeater {
                            model: page.vm.meta
                            delegate: Text {
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 1
                                Layout.fillWidth: true
                                text: modelData.value
                                wrapMode: Text.Wrap
                                color: page.theme.colors.text
                                font.pixelSize: page.theme.small
                            }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 2; color: page.theme.colors.border }

                    Repeater {
                        objectName: "readerBlocks"
                        model: page.vm.blocks
                        delegate: Text {
                            required property var modelData
                            objectName: "block" + modelData.level
                            Layout.fillWidth: true
                            Layout.topMargin: modelData.level === 1 ? page.theme.spacing : 0
                            wrapMode: Text.Wrap
                            lineHeight: 1.35
                            // Paragraphs get the customary two-character first-line indent.
                            text: modelData.level === 0 ? "　　" + modelData.text : modelData.text
                            color: modelData.level === 0 ? page.theme.colors.text : page.theme.colors.heading
                            font.pixelSize: modelData.level === 1 ? page.theme.heading
                                          : modelData.level === 2 ? Math.round(page.theme.body * 1.1)
                                          : page.theme.body
                            font.bold: modelData.level === 1 || modelData.level === 2
                            font.weight: modelData.level === 3 ? Font.DemiBold : (modelData.level > 0 ? Font.Bold : Font.Normal)
                        }
                    }

                    Text {
                        visible: page.vm.files.length > 0
                        text: qsTr("附件")
                        color: page.theme.colors.heading
                        font.pixelSize: page.theme.heading
                        font.bold: true
                    }
                    Repeater {
                        model: page.vm.files
                        delegate: Text {
                            required property var modelData
                            Layout.fillWidth: true
                            text: modelData.name + "（" + modelData.detail + "，" + qsTr("扫码带走") + "）"
                            wrapMode: Text.Wrap
                            color: page.theme.colors.text
                            font.pixelSize: page.theme.body
                        }
                    }

                    Text {
                        visible: page.vm.links.length > 0
                        Layout.topMargin: page.theme.spacing
                        text: page.vm.linksTitle
                        color: page.theme.colors.heading
                        font.pixelSize: page.theme.heading
                        font.bold: true
                    }
                    Repeater {
                        model: page.vm.links
                        delegate: RowCard {
                            required property var modelData
                            objectName: "readerLink"
                            Layout.fillWidth: true
                            theme: page.theme
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
                Layout.preferredWidth: page.portrait ? -1 : (page.theme.elder ? 420 : 340)
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
                    columnSpacing: page.theme.spacing
                    rowSpacing: page.theme.spacing
                    QrCard {
                        objectName: "qrCard"
                        theme: page.theme
                        source: page.vm.qrSource
                        url: page.vm.qrUrl
                        horizontal: page.portrait
                        Layout.preferredWidth: page.portrait ? 560 : (page.theme.elder ? 400 : 320)
                    }
                    // 打印带走: the page's gist, what to bring, where, hours and phone on the receipt printer.
                    ColumnLayout {
                        visible: page.vm.canPrint === true
                        Layout.preferredWidth: page.portrait ? 360 : (page.theme.elder ? 400 : 320)
                        spacing: 8
                        KButton {
                            objectName: "printSlipButton"
                            Layout.fillWidth: true
                            theme: page.theme
                            enabled: page.vm.printer ? !page.vm.printer.busy : false
                            text: qsTr("打印带走")
                            onClicked: page.vm.printSlip()
                        }
                        Text {
                            objectName: "printSlipMessage"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: page.vm.printer ? page.vm.printer.message : ""
                            wrapMode: Text.Wrap
                            color: page.vm.printer && !page.vm.printer.ok && !page.vm.printer.busy
                                   ? page.theme.colors.danger : page.theme.colors.heading
                            font.pixelSize: page.theme.small
                            font.bold: true
                        }
                    }
                    Repeater {
                        model: page.vm.images
                        delegate: Rectangle {
                            required property var modelData
                            objectName: "thumbnail"
                            Layout.preferredWidth: page.portrait ? 300 : (page.theme.elder ? 400 : 320)
                            Layout.preferredHeight: page.portrait ? 240 : 250
                            color: page.theme.colors.surface
                            border.color: page.theme.colors.border
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
                                anchors.bottom: parent.bottom
                                anchors.bottomMargin: 6
                                anchors.horizontalCenter: parent.horizontalCenter
                                text: qsTr("点击放大")  // the caption itself shows in the viewer
                                color: page.theme.colors.link
                                font.pixelSize: page.theme.small
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
            Layout.leftMargin: page.theme.spacing * 2
            Layout.rightMargin: page.theme.spacing * 2
            Layout.bottomMargin: page.theme.spacing
            theme: page.theme
            flick: flick
            endText: qsTr("已到本页末尾")
        }
    }
}
