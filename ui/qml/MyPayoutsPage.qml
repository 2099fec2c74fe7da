// 查我的补贴: full name + the last 4 ID characters; the results show masked data only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

FocusScope {
    id: page
    objectName: "myPayoutsPage"
    // The name field is ready on arrival, with the keyboard up (Main.qml): one tap fewer for everyone.
    readonly property bool wantsKeyboard: true
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    function speechText() { return vm.speechText(pager.firstVisible(), pager.lastVisible()) }

    Connections {
        target: page.app
        function onSessionCleared() { nameField.text = ""; last4Field.text = ""; page.vm.clear() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Toolbar { Layout.fillWidth: true; app: page.app; title: qsTr("查我的补贴"); canRead: true }
        GridLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            columns: page.app.portrait ? 1 : 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            KField {
                id: nameField
                objectName: "nameField"
                focus: true
                Layout.fillWidth: true
                placeholderText: qsTr("姓名（完整填写）")
                kind: "name"
            }
            KField {
                id: last4Field
                objectName: "last4Field"
                Layout.fillWidth: true
                placeholderText: qsTr("身份证号码后4位")
                maximumLength: 4
                kind: "idcard"   // digits and X; the keyboard goes at the 4th
                onAccepted: page.vm.find(nameField.text, last4Field.text)
            }
            KButton {
                objectName: "findButton"
                text: qsTr("查询")
                onClicked: { Qt.inputMethod.hide(); page.vm.find(nameField.text, last4Field.text) }
            }
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            text: qsTr("本机不保存您输入的内容。查询结果中姓名同样隐去部分文字。")
            wrapMode: Text.Wrap
            color: Theme.colors.muted
            font.pixelSize: Theme.small
        }
        Text {
            textFormat: Text.PlainText
            objectName: "myPayoutsMessage"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            visible: text !== ""
            text: page.vm.message
            wrapMode: Text.Wrap
            color: Theme.colors.danger
            font.pixelSize: Theme.body
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            objectName: "myPayoutsTotal"
            Layout.leftMargin: Theme.spacing * 2
            visible: page.vm.searched && page.vm.results.count > 0
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacing * 2
            wrapMode: Text.Wrap
            text: qsTr("共 %1 笔，合计 %2").arg(page.vm.results.count).arg(page.vm.totalText)
            color: Theme.colors.text
            font.pixelSize: Theme.heading
            font.bold: true
        }
        // This month first: paid or not yet (「高龄津贴：2026年12月尚未发放」), what residents come to ask.
        Text {
            textFormat: Text.PlainText
            objectName: "myPayoutsMonth"
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.fillWidth: true
            visible: page.vm.searched && page.vm.monthText !== ""
            wrapMode: Text.Wrap
            text: page.vm.monthText
            color: Theme.colors.heading
            font.pixelSize: Theme.body
            font.bold: true
        }
        ListView {
            id: results
            objectName: "myPayoutsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            clip: true
            spacing: 8
            model: page.vm.results
            ScrollBar.vertical: ScrollMark {}
            delegate: RowCard {
                required property var model
                width: ListView.view.width - 24
                title: model.title
                subtitle: model.subtitle + "\n" + model.detail
                badge: model.badge
                tappable: false
            }
        }
        Pager {
            id: pager
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            flick: results
            endText: qsTr("已到最后一笔")
        }
    }
}
