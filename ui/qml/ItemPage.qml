// A 二级事项 of the standard catalogue: every standard column, then the documents published under it.
// Each column reads in plain words with the standard term under them; where two columns do not fit
// (portrait, 长辈模式) the label stacks above its value.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "itemPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property bool stacked: flick.width < Theme.body * 30
    readonly property int labelWidth: Math.max(Theme.body * 6, Theme.small * 8) + 40  // 「公开内容（要素）」 on one line
    function speechText() { return vm.speechText(-1, -1) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            app: page.app
            title: page.vm.subtitle
            canRead: true
        }
        Flickable {
            id: flick
            objectName: "itemFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            clip: true
            contentHeight: column.implicitHeight + 40
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollMark {}
            ColumnLayout {
                id: column
                width: flick.width - 28
                spacing: Theme.spacing
                Text {
                    objectName: "itemTitle"
                    Layout.fillWidth: true
                    text: page.vm.title
                    wrapMode: Text.Wrap
                    color: Theme.colors.heading
                    font.pixelSize: Theme.title
                    font.bold: true
                }
                // Documents sit below the table: say so at the top, and jump there in one tap.
                KButton {
                    objectName: "toDocuments"
                    visible: page.vm.links.length > 0 && flick.contentHeight > flick.height
                    fill: Theme.colors.section
                    ink: Theme.colors.onSection
                    text: qsTr("看本事项的文件（%1 份）▼").arg(page.vm.links.length)
                    onClicked: flick.contentY = Math.min(docsHeading.y, flick.contentHeight - flick.height)
                }
                // The standard columns: label | value, or label above value when narrow.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: rows.implicitHeight + 2
                    color: Theme.colors.border
                    Column {
                        id: rows
                        objectName: "itemFields"
                        x: 1; y: 1
                        width: parent.width - 2
                        spacing: 1
                        Repeater {
                            model: page.vm.meta
                            delegate: Item {
                                id: fieldRow
                                required property var modelData
                                readonly property real labelHeight: label.implicitHeight + 20
                                readonly property real valueHeight: valueText.implicitHeight + 24
                                width: rows.width
                                height: page.stacked ? labelHeight + 1 + valueHeight
                                                     : Math.max(labelHeight, valueHeight)
                                Rectangle {
                                    width: page.stacked ? parent.width : page.labelWidth
                                    height: page.stacked ? fieldRow.labelHeight : parent.height
                                    color: Theme.colors.section
                                    Column {
                                        id: label
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: 14
                                        width: parent.width - 24
                                        spacing: 2
                                        Text {
                                            width: parent.width
                                            wrapMode: Text.Wrap
                                            text: fieldRow.modelData.plain ? fieldRow.modelData.plain : fieldRow.modelData.label
                                            color: Theme.colors.onSection
                                            font.pixelSize: Theme.body
                                            font.bold: true
                                        }
                                        Text {
                                            visible: !!fieldRow.modelData.plain
                                            width: parent.width
                                            wrapMode: Text.Wrap
                                            text: fieldRow.modelData.label
                                            color: Theme.colors.onSection
                                            font.pixelSize: Theme.small
                                        }
                                    }
                                }
                                Rectangle {
                                    objectName: "itemField"
                                    x: page.stacked ? 0 : page.labelWidth + 1
                                    y: page.stacked ? fieldRow.labelHeight + 1 : 0
                                    width: page.stacked ? parent.width : parent.width - page.labelWidth - 1
                                    height: page.stacked ? fieldRow.valueHeight : parent.height
                                    color: Theme.colors.surface
                                    Text {
                                        id: valueText
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: 14
                                        width: parent.width - 28
                                        wrapMode: Text.Wrap
                                        text: fieldRow.modelData.value
                                        color: Theme.colors.text
                                        font.pixelSize: Theme.body
                                    }
                                }
                            }
                        }
                    }
                }
                Text {
                    id: docsHeading
                    objectName: "documentsHeading"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    wrapMode: Text.Wrap
                    text: page.vm.linksTitle
                    color: Theme.colors.heading
                    font.pixelSize: Theme.heading
                    font.bold: true
                }
                Text {
                    visible: page.vm.links.length === 0
                    text: qsTr("本事项暂无公开文件")
                    color: Theme.colors.muted
                    font.pixelSize: Theme.body
                }
                Repeater {
                    model: page.vm.links
                    delegate: RowCard {
                        required property var modelData
                        objectName: "itemDocument"
                        Layout.fillWidth: true
                        title: modelData.title
                        subtitle: modelData.subtitle
                        onClicked: page.app.openTarget(modelData.target, modelData.key)
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
