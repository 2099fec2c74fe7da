// Home: six big tiles, the urgent-notice banner, the freeze warning and how fresh the data is.
import QtQuick
import QtQuick.Layouts
import "components"

Item {
    id: page
    objectName: "homePage"
    required property var app
    readonly property QtObject theme: app.theme
    readonly property QtObject home: app.home

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            objectName: "urgentBanner"
            visible: page.home.urgentTitles.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? urgentFlow.implicitHeight + 24 : 0
            color: page.theme.colors.accent
            border.color: page.theme.colors.onAccent
            // Kept for tests and screen readers: every urgent title in one line.
            Text {
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
                    height: page.theme.minTarget
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("紧急通知：")
                    color: page.theme.colors.onAccent
                    font.pixelSize: page.theme.body
                    font.bold: true
                }
                Repeater {
                    model: page.home.urgentNotices
                    delegate: Rectangle {
                        required property var modelData
                        objectName: "urgentNotice"
                        height: page.theme.minTarget
                        width: Math.min(urgentTitle.implicitWidth + 32, urgentFlow.width)
                        radius: 8
                        color: "transparent"
                        border.color: page.theme.colors.onAccent
                        Text {
                            id: urgentTitle
                            anchors.centerIn: parent
                            width: Math.min(implicitWidth, parent.width - 32)
                            elide: Text.ElideMiddle
                            text: modelData.title + "  ›"
                            color: page.theme.colors.onAccent
                            font.pixelSize: page.theme.body
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
            objectName: "tiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: page.app.portrait ? 32 : 40
            columns: page.app.portrait ? 2 : 3
            rowSpacing: 28
            columnSpacing: 28

            Repeater {
                model: [
                    { title: qsTr("标准目录"), hint: qsTr("二十六个领域的公开事项"), target: "catalogue" },
                    { title: qsTr("村务公开"), hint: qsTr("党务、村务、财务、居务"), target: "notices" },
                    { title: qsTr("补贴查询"), hint: qsTr("惠民惠农补贴“一卡通”"), target: "subsidies" },
                    { title: qsTr("政策解读"), hint: qsTr("政策文件和通俗解读"), target: "policies" },
                    { title: qsTr("申请公开"), hint: qsTr("怎么申请、带什么材料"), target: "apply" },
                    { title: qsTr("进度查询"), hint: qsTr("输入或扫描申请编号"), target: "status" },
                    { title: page.app.portrait ? qsTr("我能享受\n哪些政策") : qsTr("我能享受哪些政策"), hint: qsTr("回答几个问题，不用打字"), target: "eligibility" }
                ]
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    objectName: "tile_" + modelData.target
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: page.theme.target * 2
                    radius: 20
                    color: tileTap.pressed ? Qt.darker(page.theme.colors["tile" + index], 1.2)
                                           : page.theme.colors["tile" + index]
                    ColumnLayout {
                        anchors.centerIn: parent
                        width: parent.width - 32
                        spacing: 12
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: modelData.title
                            color: page.theme.colors.onTile
                            font.pixelSize: page.theme.tileTitle
                            font.bold: true
                        }
                        Text {
                            Layout.fillWidth: true
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: modelData.hint
                            color: page.theme.colors.onTile
                            font.pixelSize: page.theme.body
                        }
                    }
                    MouseArea {
                        id: tileTap
                        anchors.fill: parent
                        onClicked: page.app.openTarget(modelData.target, "")
                    }
                }
            }
        }

        Rectangle {
            objectName: "staleBanner"
            visible: page.home.stale
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? staleText.implicitHeight + 24 : 0
            color: page.theme.colors.surface
            border.color: page.theme.colors.danger
            border.width: 3
            Text {
                id: staleText
                anchors.centerIn: parent
                width: parent.width - 40
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("数据可能已过期，请以政府网站和公告栏为准")
                color: page.theme.colors.danger
                font.pixelSize: page.theme.body
                font.bold: true
            }
        }
    }
}
