// A subsidy payout list: masked names, ¥ amounts, totals; rows are fetched from the database as it scrolls.
import QtQuick
import QtQuick.Layouts
import "components"

Item {
    id: page
    objectName: "payoutsPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property QtObject theme: app.theme
    readonly property var widths: [0.22, 0.2, 0.18, 0.2, 0.2]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar { Layout.fillWidth: true; theme: page.theme; app: page.app; title: page.vm.title }
        Text {
            objectName: "payoutTotals"
            Layout.fillWidth: true
            Layout.margins: page.theme.spacing * 2
            Layout.bottomMargin: page.theme.spacing
            text: page.vm.header
            wrapMode: Text.Wrap
            color: page.theme.colors.text
            font.pixelSize: page.theme.body
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: page.theme.spacing * 2
            text: qsTr("为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。")
            wrapMode: Text.Wrap
            color: page.theme.colors.muted
            font.pixelSize: page.theme.small
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.leftMargin: page.theme.spacing * 2
            Layout.rightMargin: page.theme.spacing * 2
            Layout.topMargin: page.theme.spacing
            implicitHeight: page.theme.minTarget
            color: page.theme.colors.section
            Row {
                anchors.fill: parent
                anchors.leftMargin: 16
                Repeater {
                    model: [qsTr("姓名"), qsTr("村民小组"), qsTr("期号"), qsTr("金额"), qsTr("发放日期")]
                    delegate: Text {
                        required property var modelData
                        required property int index
                        width: (parent.width - 16) * page.widths[index]
                        height: parent.height
                        verticalAlignment: Text.AlignVCenter
                        horizontalAlignment: index === 3 ? Text.AlignRight : Text.AlignLeft
                        rightPadding: index === 3 ? 32 : 0
                        text: modelData
                        color: page.theme.colors.onSection
                        font.pixelSize: page.theme.body
                        font.bold: true
                    }
                }
            }
        }
        ListView {
            id: list
            objectName: "payoutList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: page.theme.spacing * 2
            Layout.rightMargin: page.theme.spacing * 2
            Layout.bottomMargin: page.theme.spacing
            clip: true
            model: page.vm
            cacheBuffer: 0
            delegate: Rectangle {
                id: rowItem
                required property var model
                required property int index
                width: ListView.view.width
                height: page.theme.minTarget
                color: index % 2 ? page.theme.colors.window : page.theme.colors.surface
                Row {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    Repeater {
                        model: [rowItem.model.name, rowItem.model.groupName, rowItem.model.period,
                                rowItem.model.amountText, rowItem.model.paidOn]
                        delegate: Text {
                            required property var modelData
                            required property int index
                            width: (parent.width - 16) * page.widths[index]
                            height: parent.height
                            verticalAlignment: Text.AlignVCenter
                            horizontalAlignment: index === 3 ? Text.AlignRight : Text.AlignLeft
                            rightPadding: index === 3 ? 32 : 0
                            elide: Text.ElideRight
                            text: modelData
                            color: page.theme.colors.text
                            font.pixelSize: page.theme.body
                        }
                    }
                }
            }
        }
        Text {
            Layout.leftMargin: page.theme.spacing * 2
            Layout.bottomMargin: page.theme.spacing
            text: qsTr("已显示 %1 / %2 条，向上滑动查看更多").arg(page.vm.count).arg(page.vm.total)
            color: page.theme.colors.muted
            font.pixelSize: page.theme.small
        }
    }
}
