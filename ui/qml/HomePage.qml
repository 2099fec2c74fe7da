// Home: big tiles (each with its icon from resources/icons/<target>.svg), a spoken guide (朗读), the
// urgent-notice banner and the freeze warning. The grid takes a seventh or eighth tile without change.
import QtQuick
import QtQuick.Layouts
import "components"
import Gongkai

Item {
    id: page
    objectName: "homePage"
    required property var app
    readonly property QtObject home: app.home
    readonly property var tiles: [
        { title: qsTr("标准目录"), hint: qsTr("二十六个领域的公开事项"), target: "catalogue" },
        { title: qsTr("村务公开"), hint: qsTr("党务、村务、财务、居务"), target: "notices" },
        { title: qsTr("补贴查询"), hint: qsTr("惠民惠农补贴“一卡通”"), target: "subsidies" },
        { title: qsTr("政策解读"), hint: qsTr("政策文件和通俗解读"), target: "policies" },
        { title: qsTr("申请公开"), hint: qsTr("怎么申请、带什么材料"), target: "apply" },
        { title: qsTr("进度查询"), hint: qsTr("输入或扫描申请编号"), target: "status" },
        { title: qsTr("我能享受哪些政策"), hint: qsTr("回答几个问题，不用打字"), target: "eligibility" },
        { title: qsTr("留言评价"), hint: qsTr("提问、评价、草案意见"), target: "voice" }
    ]
    // 朗读 on home: a short spoken guide to the tiles, for residents who cannot read.
    function speechText() { return home.speechText(tiles) }
    function iconFor(target) { return Qt.resolvedUrl("../../resources/icons/" + target + ".svg") }
    // One icon size on every tile, or none: the smallest room any tile leaves, and no icon where that is a
    // thumbnail (a crowded tile keeps its words; one tile with an icon and the next without looks broken).
    readonly property int iconSide: {
        let side = 96
        for (const t of tileGrid.children)
            if (t.iconRoom !== undefined)
                side = Math.min(side, t.iconRoom)
        return side >= 56 ? side : 0
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "urgentBanner"
            visible: page.home.urgentTitles.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? urgentFlow.implicitHeight + 24 : 0
            color: Theme.colors.accent
            border.color: Theme.colors.onAccent
            // Kept for tests and screen readers: every urgent title in one line.
            Text {
                textFormat: Text.PlainText
                id: urgentText
                objectName: "urgentText"
                visible: false
                text: qsTr("紧急通知：") + page.home.urgentTitles.join("　｜　")
            }
            Flow {
                id: urgentFlow
                anchors.fill: parent
                anchors.margins: 12
                anchors.leftMargin: 40
                spacing: 16
                Text {
                    textFormat: Text.PlainText
                    height: Theme.minTarget
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("紧急通知：")
                    color: Theme.colors.onAccent
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                Repeater {
                    model: page.home.urgentNotices
                    delegate: Rectangle {
                        required property var modelData
                        objectName: "urgentNotice"
                        height: Math.max(Theme.minTarget, urgentTitle.height + 12)
                        width: Math.min(urgentTitle.implicitWidth + 32, urgentFlow.width)
                        radius: 8
                        color: "transparent"
                        border.color: Theme.colors.onAccent
                        Text {
                            textFormat: Text.PlainText
                            id: urgentTitle
                            anchors.centerIn: parent
                            width: Math.min(implicitWidth, parent.width - 32)
                            wrapMode: Text.Wrap
                            text: modelData.title + "  ›"
                            color: Theme.colors.onAccent
                            font.pixelSize: Theme.body
                            font.bold: true
                            font.underline: true
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: page.app.openTarget(modelData.target, modelData.key)
                        }
                    }
                }
            }
        }

        GridLayout {
            id: tileGrid
            objectName: "tiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.app.portrait ? 32 : 40
            columns: page.app.portrait ? 2 : (page.tiles.length > 6 ? 4 : 3)
            rowSpacing: page.app.portrait ? 24 : 28
            columnSpacing: 28

            Repeater {
                model: page.tiles
                delegate: Rectangle {
                    id: tile
                    required property var modelData
                    required property int index
                    objectName: "tile_" + modelData.target
                    // The room this tile leaves for an icon above its words (page.iconSide).
                    readonly property int iconRoom: Math.min(96, tile.height - tileTitle.implicitHeight
                                                             - (tileHint.visible ? tileHint.implicitHeight : 0) - 56)
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: Theme.target * 2
                    Layout.preferredWidth: 100  // equal columns
                    Layout.preferredHeight: 100  // equal rows
                    radius: 20
                    color: tileTap.pressed ? Qt.darker(Theme.colors["tile" + (index % 8)], 1.2)
                                           : Theme.colors["tile" + (index % 8)]
                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 32
                        spacing: 8
                        Image {
                            objectName: "tileIcon"
                            Layout.alignment: Qt.AlignHCenter
                            Layout.preferredWidth: page.iconSide
                            Layout.preferredHeight: page.iconSide
                            visible: status === Image.Ready && page.iconSide > 0
                            source: page.iconFor(modelData.icon || modelData.target)
                            sourceSize.width: 192
                            sourceSize.height: 192
                            fillMode: Image.PreserveAspectFit
                        }
                        Text {
                            textFormat: Text.PlainText
                            id: tileTitle
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: modelData.title
                            color: Theme.colors.onTile
                            // one line where the tile allows it: a long title shrinks a little, never below body
                            font.pixelSize: Math.max(Theme.body, Math.min(Theme.tileTitle,
                                                     Math.floor((tile.width - 48) / Math.max(4, modelData.title.length))))
                            font.bold: true
                        }
                        Text {
                            textFormat: Text.PlainText
                            id: tileHint
                            objectName: "tileHint"
                            Layout.fillWidth: true
                            // Measured on the probe below, not on itself: a hidden Text in a layout has no width,
                            // so its wrapped height grew and it stayed hidden after the screen grew (a resize
                            // or a rotation left tiles without their hints that a fresh start shows).
                            visible: tile.height >= tileTitle.implicitHeight + hintProbe.implicitHeight + 40
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: modelData.hint
                            color: Theme.colors.onTile
                            // One line where a little smaller makes it fit: no lone last character (回答几个问题，
                            // 不用打 / 字) on a line of its own; a hint much too long still wraps at 80%.
                            font.pixelSize: Math.max(Math.round(Theme.body * 0.8), Math.min(Theme.body,
                                                     Math.floor(Theme.body * (tile.width - 40) / Math.max(1, hintWidth.advanceWidth))))
                            TextMetrics { id: hintWidth; text: modelData.hint; font.pixelSize: Theme.body }
                        }
                    }
                    Text {
                        id: hintProbe
                        visible: false
                        textFormat: Text.PlainText
                        width: tile.width - 32
                        wrapMode: Text.Wrap
                        text: tileHint.text
                        font: tileHint.font
                    }
                    MouseArea {
                        id: tileTap
                        anchors.fill: parent
                        onClicked: page.app.openTarget(modelData.target, "")
                    }
                }
            }
        }

        // The spoken guide: one wide button under the tiles.
        Rectangle {
            objectName: "homeReadAloud"
            Layout.fillWidth: true
            Layout.leftMargin: page.app.portrait ? 32 : 40
            Layout.rightMargin: page.app.portrait ? 32 : 40
            Layout.bottomMargin: 20
            implicitHeight: Math.max(Theme.target, readRow.implicitHeight + 16)
            radius: 14
            color: readTap.pressed ? Qt.darker(fill, 1.25) : fill
            readonly property color fill: page.app.speech.active ? Theme.colors.danger : Theme.colors.primary
            RowLayout {
                id: readRow
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 32)
                spacing: 16
                Image {
                    Layout.preferredWidth: Theme.body * 1.6
                    Layout.preferredHeight: Theme.body * 1.6
                    source: page.iconFor("speaker")
                    sourceSize.width: 96
                    sourceSize.height: 96
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "homeReadAloudText"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: page.app.speech.active ? qsTr("停止朗读") : qsTr("朗读：听听本机怎么用")
                    color: Theme.colors.onPrimary
                    font.pixelSize: Theme.body
                    font.bold: true
                }
            }
            MouseArea {
                id: readTap
                anchors.fill: parent
                onClicked: page.app.speech.active ? page.app.speech.stop() : page.app.readPage()
            }
        }

        // Languages: one tap switches every screen (the township chooses which are offered).
        LanguageBar {
            Layout.fillWidth: true
            Layout.leftMargin: page.app.portrait ? 32 : 40
            Layout.rightMargin: page.app.portrait ? 32 : 40
            Layout.bottomMargin: visible ? 20 : 0
            language: page.app.language
        }

        Rectangle {
            objectName: "staleBanner"
            visible: page.home.stale
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? staleText.implicitHeight + 24 : 0
            color: Theme.colors.surface
            border.color: Theme.colors.danger
            border.width: 3
            Text {
                textFormat: Text.PlainText
                id: staleText
                anchors.centerIn: parent
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("数据可能已过期，请以政府网站和公告栏为准")
                color: Theme.colors.danger
                font.pixelSize: Theme.body
                font.bold: true
            }
        }
    }
}
