// A subsidy payout list: masked names, ¥ amounts, totals; rows are fetched from the database as it scrolls.
// A table where its five columns fit; otherwise (portrait, 长辈模式) each payout is a card of stacked lines,
// so no value is ever cut short.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "payoutsPage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property var widths: [0.16, 0.2, 0.18, 0.2, 0.26]
    // The widest values a column holds, in the current font: the table is used only if they all fit.
    readonly property var samples: [qsTr("姓名"), "第10村民小组", "2026年11月", "¥10,000.00", "2026年11月22日"]
    readonly property bool table: {
        const room = list.width - 24 - 16
        for (let i = 0; i < samples.length; ++i) {
            if (metrics.advanceWidth(samples[i]) + 40 > room * widths[i]) return false
        }
        return true
    }
    function speechText() { return vm.speechText(pager.firstVisible(), pager.lastVisible()) }

    FontMetrics { id: metrics; font.pixelSize: Theme.body }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar { Layout.fillWidth: true; app: page.app; title: page.vm.title; canRead: true }
        Text {
            objectName: "payoutTotals"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            text: page.vm.header
            wrapMode: Text.Wrap
            color: Theme.colors.text
            font.pixelSize: Theme.body
            font.bold: true
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            text: qsTr("为保护个人隐私，姓名已隐去部分文字。查本人记录请用「查我的补贴」。")
            wrapMode: Text.Wrap
            color: Theme.colors.muted
            font.pixelSize: Theme.small
        }
        Rectangle {
            objectName: "payoutHeader"
            visible: page.table
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2 + 24
            Layout.topMargin: Theme.spacing
            implicitHeight: Theme.minTarget
            color: Theme.colors.section
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
                        color: Theme.colors.onSection
                        font.pixelSize: Theme.body
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
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.topMargin: page.table ? 0 : Theme.spacing
            Layout.bottomMargin: Theme.spacing
            clip: true
            model: page.vm
            cacheBuffer: 0
            spacing: page.table ? 0 : 8
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollMark {}
            delegate: Loader {
                id: rowItem
                required property var model
                required property int index
                width: ListView.view.width - 24
                sourceComponent: page.table ? tableRow : cardRow
            }
        }
        Pager {
            id: pager
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            flick: list
            always: true
            positionText: {
                list.contentY; list.height; page.vm.count  // re-evaluate on scroll and as rows arrive
                const first = firstVisible(), last = lastVisible()
                return first < 0 ? "" : qsTr("第 %1–%2 条，共 %3 条").arg(first + 1).arg(last + 1).arg(page.vm.total)
            }
            // True at the end: everything loaded and the last row on screen.
            endText: page.vm.count >= page.vm.total ? qsTr("共 %1 条，已全部显示").arg(page.vm.total) : ""
        }
    }

    Component {
        id: tableRow
        Rectangle {
            readonly property var row: parent ? parent.model : null
            objectName: "payoutRow"
            height: Math.max(Theme.minTarget, cells.implicitHeight + 8)
            color: parent && parent.index % 2 ? Theme.colors.window : Theme.colors.surface
            Row {
                id: cells
                x: 16
                width: parent.width - 16
                anchors.verticalCenter: parent.verticalCenter
                Repeater {
                    model: row ? [row.name, row.groupName, row.periodText, row.amountText, row.paidText] : []
                    delegate: Text {
                        required property var modelData
                        required property int index
                        width: (cells.width - 16) * page.widths[index]
                        anchors.verticalCenter: parent ? parent.verticalCenter : undefined
                        horizontalAlignment: index === 3 ? Text.AlignRight : Text.AlignLeft
                        rightPadding: index === 3 ? 32 : 8
                        wrapMode: Text.Wrap  // never elided: at worst a value takes two lines
                        text: modelData
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                }
            }
        }
    }
    Component {
        id: cardRow
        Rectangle {
            readonly property var row: parent ? parent.model : null
            objectName: "payoutCard"
            implicitHeight: card.implicitHeight + 24
            radius: 10
            color: Theme.colors.surface
            border.color: Theme.colors.border
            GridLayout {
                id: card
                x: 16; y: 12
                width: parent.width - 32
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: row ? row.name + "　" + row.groupName : ""
                    color: Theme.colors.text
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                Text {
                    Layout.alignment: Qt.AlignRight | Qt.AlignTop
                    text: row ? row.amountText : ""
                    color: Theme.colors.text
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                Text {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: row ? qsTr("期号 %1　发放日期 %2").arg(row.periodText).arg(row.paidText) : ""
                    color: Theme.colors.muted
                    font.pixelSize: Theme.small
                }
            }
        }
    }
}
