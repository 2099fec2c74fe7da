// Search everything, as you type (汉字 or pinyin initials like "bt"); results grouped by kind.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"

FocusScope {
    id: page
    objectName: "searchPage"
    required property var app
    required property QtObject vm
    readonly property QtObject theme: app.theme

    readonly property bool wantsKeyboard: true  // Main.qml shows the keyboard when this page opens

    ColumnLayout {
        anchors.fill: parent
        spacing: page.theme.spacing
        Toolbar { Layout.fillWidth: true; theme: page.theme; app: page.app; title: qsTr("搜索") }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: page.theme.spacing * 2
            Layout.rightMargin: page.theme.spacing * 2
            spacing: page.theme.spacing
            KField {
                id: queryField
                focus: true
                objectName: "searchField"
                Layout.fillWidth: true
                theme: page.theme
                placeholderText: qsTr("输入关键词，如“补贴”或拼音首字母“bt”")
                text: page.vm.query
                onTextChanged: if (text !== page.vm.query) page.vm.query = text
                kind: "search"
            }
            KButton {
                theme: page.theme
                text: qsTr("清空")
                fill: page.theme.colors.section
                ink: page.theme.colors.onSection
                onClicked: page.vm.clear()
            }
        }
        Text {
            objectName: "searchMessage"
            Layout.leftMargin: page.theme.spacing * 2
            visible: text !== ""
            text: page.vm.message
            color: page.theme.colors.muted
            font.pixelSize: page.theme.body
        }
        ListView {
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.theme.spacing * 2
            Layout.topMargin: 0
            clip: true
            spacing: 8
            model: page.vm.results
            onMovementStarted: Qt.inputMethod.hide()   // scrolling the results: the keyboard makes room
            section.property: "section"
            section.delegate: Rectangle {
                required property string section
                width: ListView.view.width
                height: sectionText.implicitHeight + 20
                color: page.theme.colors.section
                radius: 8
                Text {
                    id: sectionText
                    anchors.verticalCenter: parent.verticalCenter
                    x: 16
                    text: section
                    color: page.theme.colors.onSection
                    font.pixelSize: page.theme.body
                    font.bold: true
                }
            }
            delegate: RowCard {
                id: hit
                required property var model
                objectName: "searchHit"
                width: ListView.view.width
                theme: page.theme
                title: model.title
                subtitle: model.subtitle
                onClicked: page.app.openTarget(hit.model.target, hit.model.key)
            }
        }
    }
}
