// One step of a drill-down (domains, 事项, villages, notices, subsidy items, years, policies).
// Every row carries target + key; a tap asks the navigator for the next page.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "choicePage"
    required property var app
    required property QtObject vm
    Component.onDestruction: app.nav.drop(vm)  // the page's object lives exactly as long as the page
    readonly property Item view: vm.grid ? grid : list
    // 朗读: what the list is, how many entries, and the entries now on screen.
    function speechText() { return vm.speechText(pager.firstVisible(), pager.lastVisible()) }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Toolbar { Layout.fillWidth: true; app: page.app; title: page.vm.title; canRead: true }

        Text {
            objectName: "choiceHeader"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.topMargin: Theme.spacing
            visible: text !== ""
            text: page.vm.header
            wrapMode: Text.Wrap
            color: Theme.colors.muted
            font.pixelSize: Theme.body
        }
        KButton {
            objectName: "choiceAction"
            Layout.leftMargin: Theme.spacing * 2
            Layout.topMargin: Theme.spacing
            visible: page.vm.actionLabel !== ""
            text: page.vm.actionLabel
            fill: Theme.colors.tile2
            onClicked: page.app.openTarget(page.vm.actionTarget, "")
        }
        Text {
            Layout.margins: Theme.spacing * 2
            visible: page.vm.count === 0
            text: qsTr("暂无内容")
            color: Theme.colors.muted
            font.pixelSize: Theme.body
        }

        GridView {
            id: grid
            objectName: "choiceGrid"
            visible: page.vm.grid
            Layout.fillWidth: true
            Layout.fillHeight: visible
            Layout.margins: Theme.spacing
            clip: true
            model: visible ? page.vm : null
            ScrollBar.vertical: ScrollMark {}
            readonly property int columns: page.app.portrait ? 2 : 4
            cellWidth: Math.floor((width - 24) / columns)
            cellHeight: Theme.target + Theme.small * 2 + 40
            delegate: Item {
                id: cell
                required property var model
                width: grid.cellWidth
                height: grid.cellHeight
                RowCard {
                    anchors.fill: parent
                    anchors.margins: 8
                    title: cell.model.title
                    subtitle: cell.model.subtitle
                    onClicked: page.app.openTarget(cell.model.target, cell.model.key)
                }
            }
        }

        ListView {
            id: list
            objectName: "choiceList"
            visible: !page.vm.grid
            Layout.fillWidth: true
            Layout.fillHeight: visible
            Layout.margins: Theme.spacing
            clip: true
            spacing: 10
            model: visible ? page.vm : null
            ScrollBar.vertical: ScrollMark {}
            section.property: "section"
            section.delegate: Item {
                required property string section
                width: ListView.view.width - 24
                height: section === "" ? 0 : sectionText.implicitHeight + 24
                visible: section !== ""
                Rectangle {
                    anchors.fill: parent
                    anchors.bottomMargin: 6
                    color: Theme.colors.section
                    radius: 8
                    Text {
                        id: sectionText
                        anchors.verticalCenter: parent.verticalCenter
                        x: 16
                        text: section
                        color: Theme.colors.onSection
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                }
            }
            delegate: RowCard {
                id: rowCard
                required property var model
                width: ListView.view.width - 24
                title: model.title
                subtitle: model.detail !== "" ? model.subtitle + "　" + model.detail : model.subtitle
                badge: model.badge
                urgent: model.badge === "紧急"
                onClicked: page.app.openTarget(rowCard.model.target, rowCard.model.key)
            }
        }
        Pager {
            id: pager
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            flick: page.view
            always: true
            positionText: {
                page.view.contentY; page.view.height; page.vm.count  // re-evaluate on scroll
                const first = firstVisible(), last = lastVisible()
                return first < 0 ? "" : qsTr("第 %1–%2 项，共 %3 项").arg(first + 1).arg(last + 1).arg(page.vm.count)
            }
            endText: page.vm.count > 0 ? qsTr("共 %1 项，已到最后").arg(page.vm.count) : ""
        }
    }
}
