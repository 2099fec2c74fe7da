// A 二级事项 of the standard catalogue: every standard column, then the documents published under it.
// Each column reads in plain words with the standard term under them; where two columns do not fit
// (portrait, 长辈模式) the label stacks above its value.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"

Item {
    id: page
    objectName: "itemPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property QtObject theme: app.theme
    readonly property bool stacked: flick.width < theme.body * 30
    readonly property int labelWidth: Math.max(theme.body * 6, theme.small * 8) + 40  // 「公开内容（要素）」 on one line
    function speechText() { return vm.speechText(-1, -1) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            theme: page.theme; app: page.app
            title: page.vm.subtitle
            canRead: true
        }
        Flickable {
            id: flick
            objectName: "itemFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.theme.spacing * 2
            Layout.bottomMargin: page.theme.spacing
            clip: true
            contentHeight: column.implicitHeight + 40
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollMark { theme: page.theme }
            ColumnLayout {
                id: column
                x: LayoutMirroring.enabled ? 28 : 0  // the scroll mark's side (right-to-left: the left)
                width: flick.width - 28
                spacing: page.theme.spacing
                Text {
                    objectName: "itemTitle"
                    Layout.fillWidth: true
                    text: page.vm.title
                    wrapMode: Text.Wrap
                    color: page.theme.colors.heading
                    font.pixelSize: page.theme.title
                    font.bold: true
                }
                // Documents sit below the table: say so at the top, and jump there in one tap.
                KButton {
                    objectName: "toDocuments"
                    visible: page.vm.links.length > 0 && flick.contentHeight > flick.height
                    theme: page.theme
                    fill: page.theme.colors.section
                    ink: page.theme.colors.onSection
                    text: qsTr("看本事项的文件（%1 份）▼").arg(page.vm.links.length)
                    onClicked: flick.contentY = Math.min(docsHeading.y, flick.contentHeight - flick.height)
                }
                // The standard columns: label | value, or label above value when narrow.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: rows.implicitHeight + 2
                    color: page.theme.colors.border
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
                                    x: !page.stacked && LayoutMirroring.enabled ? parent.width - width : 0
                                    width: page.stacked ? parent.width : page.labelWidth
                                    height: page.stacked ? fieldRow.labelHeight : parent.height
                                    color: page.theme.colors.section
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
                                            color: page.theme.colors.onSection
                                            font.pixelSize: page.theme.body
                                            font.bold: true
                                        }
                                        Text {
                                            visible: !!fieldRow.modelData.plain
                                            width: parent.width
                                            wrapMode: Text.Wrap
                                            text: fieldRow.modelData.label
                                            color: page.theme.colors.onSection
                                            font.pixelSize: page.theme.small
                                        }
                                    }
                                }
                                Rectangle {
                                    objectName: "itemField"
                                    x: page.stacked || LayoutMirroring.enabled ? 0 : page.labelWidth + 1
                                    y: page.stacked ? fieldRow.labelHeight + 1 : 0
                                    width: page.stacked ? parent.width : parent.width - page.labelWidth - 1
                                    height: page.stacked ? fieldRow.valueHeight : parent.height
                                    color: page.theme.colors.surface
                                    Text {
                                        id: valueText
                                        anchors.verticalCenter: parent.verticalCenter
                                        x: 14
                                        width: parent.width - 28
                                        wrapMode: Text.Wrap
                                        text: fieldRow.modelData.value
                                        color: page.theme.colors.text
                                        font.pixelSize: page.theme.body
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
                    Layout.topMargin: page.theme.spacing
                    wrapMode: Text.Wrap
                    text: page.vm.linksTitle
                    color: page.theme.colors.heading
                    font.pixelSize: page.theme.heading
                    font.bold: true
                }
                Text {
                    visible: page.vm.links.length === 0
                    text: qsTr("本事项暂无公开文件")
                    color: page.theme.colors.muted
                    font.pixelSize: page.theme.body
                }
                Repeater {
                    model: page.vm.links
                    delegate: RowCard {
                        required property var modelData
                        objectName: "itemDocument"
                        Layout.fillWidth: true
                        theme: page.theme
                        title: modelData.title
                        subtitle: modelData.subtitle
                        onClicked: page.app.openTarget(modelData.target, modelData.key)
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
