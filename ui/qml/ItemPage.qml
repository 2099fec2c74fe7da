// A 二级事项 of the standard catalogue: every standard column, then the documents published under it.
import QtQuick
import QtQuick.Layouts
import "components"

Item {
    id: page
    objectName: "itemPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property QtObject theme: app.theme

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar {
            Layout.fillWidth: true
            theme: page.theme; app: page.app
            title: page.vm.subtitle
            canRead: true
            readTitle: page.vm.speechTitle
            readBody: page.vm.speechBody
        }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.theme.spacing * 2
            clip: true
            contentHeight: column.implicitHeight + 40
            boundsBehavior: Flickable.StopAtBounds
            ColumnLayout {
                id: column
                width: flick.width
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
                // The standard columns as a two-column table: label | value.
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: table.implicitHeight + 2
                    color: page.theme.colors.border
                    GridLayout {
                        id: table
                        objectName: "itemFields"
                        x: 1; y: 1
                        width: parent.width - 2
                        columns: 2
                        columnSpacing: 1
                        rowSpacing: 1
                        Repeater {
                            model: page.vm.meta
                            delegate: Rectangle {
                                required property var modelData
                                required property int index
                                Layout.row: index
                                Layout.column: 0
                                Layout.fillHeight: true
                                Layout.preferredWidth: page.theme.body * 8
                                color: page.theme.colors.section
                                implicitHeight: labelText.implicitHeight + 24
                                Text {
                                    id: labelText
                                    anchors.verticalCenter: parent.verticalCenter
                                    x: 14
                                    width: parent.width - 20
                                    wrapMode: Text.Wrap
                                    text: modelData.label
                                    color: page.theme.colors.onSection
                                    font.pixelSize: page.theme.body
                                    font.bold: true
                                }
                            }
                        }
                        Repeater {
                            model: page.vm.meta
                            delegate: Rectangle {
                                required property var modelData
                                required property int index
                                objectName: "itemField"
                                Layout.row: index
                                Layout.column: 1
                                Layout.fillWidth: true
                                Layout.fillHeight: true
                                color: page.theme.colors.surface
                                implicitHeight: valueText.implicitHeight + 24
                                Text {
                                    id: valueText
                                    anchors.verticalCenter: parent.verticalCenter
                                    x: 14
                                    width: parent.width - 28
                                    wrapMode: Text.Wrap
                                    text: modelData.value
                                    color: page.theme.colors.text
                                    font.pixelSize: page.theme.body
                                }
                            }
                        }
                    }
                }
                Text {
                    Layout.topMargin: page.theme.spacing
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
    }
}
