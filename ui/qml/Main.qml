// The kiosk window. Layout and bindings only: every value comes from a Python view model.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: root
    required property QtObject home
    required property bool windowed

    width: 1920
    height: 1080
    visible: true
    title: qsTr("政务公开")
    color: "#f4f1ea"
    flags: windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)
    visibility: windowed ? Window.Windowed : Window.FullScreen

    readonly property bool portrait: height > width

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: emblem, township, today's date.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            color: "#a4161a"
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 40
                anchors.rightMargin: 40
                spacing: 24
                Rectangle {
                    objectName: "emblem"
                    width: 80; height: 80; radius: 40
                    color: "#ffd166"
                    Text { anchors.centerIn: parent; text: "★"; font.pixelSize: 48; color: "#a4161a" }
                }
                ColumnLayout {
                    spacing: 4
                    Text {
                        objectName: "townshipName"
                        text: root.home.townshipName
                        color: "white"; font.pixelSize: 44; font.bold: true
                    }
                    Text { text: qsTr("政务公开专区"); color: "#ffe8d6"; font.pixelSize: 26 }
                }
                Item { Layout.fillWidth: true }
                Text {
                    objectName: "todayText"
                    text: root.home.todayText
                    color: "white"; font.pixelSize: 30
                }
            }
        }

        // Urgent notices, when there are any.
        Rectangle {
            objectName: "urgentBanner"
            visible: root.home.urgentTitles.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? urgentText.implicitHeight + 28 : 0
            color: "#fff3bf"
            border.color: "#e8590c"
            Text {
                id: urgentText
                objectName: "urgentText"
                anchors.fill: parent
                anchors.margins: 14
                anchors.leftMargin: 40
                wrapMode: Text.Wrap
                color: "#7a2e00"
                font.pixelSize: 26
                text: qsTr("紧急通知：") + root.home.urgentTitles.join("　｜　")
            }
        }

        // The six things a resident comes for.
        GridLayout {
            objectName: "tiles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 40
            columns: root.portrait ? 2 : 3
            rowSpacing: 28
            columnSpacing: 28

            Repeater {
                model: [
                    { title: qsTr("标准目录"), hint: qsTr("二十六个领域的公开事项"), tint: "#1864ab" },
                    { title: qsTr("村务公开"), hint: qsTr("党务、村务、财务、居务"), tint: "#2b8a3e" },
                    { title: qsTr("补贴查询"), hint: qsTr("惠民惠农补贴“一卡通”"), tint: "#c2255c" },
                    { title: qsTr("政策解读"), hint: qsTr("政策文件和通俗解读"), tint: "#5f3dc4" },
                    { title: qsTr("申请公开"), hint: qsTr("怎么申请、带什么材料"), tint: "#e8590c" },
                    { title: qsTr("进度查询"), hint: qsTr("输入或扫描申请编号"), tint: "#0b7285" }
                ]
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    radius: 20
                    color: modelData.tint
                    ColumnLayout {
                        anchors.centerIn: parent
                        spacing: 12
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: modelData.title
                            color: "white"; font.pixelSize: 56; font.bold: true
                        }
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: modelData.hint
                            color: "white"; font.pixelSize: 26
                        }
                    }
                }
            }
        }

        // The freeze warning: the last bundle has expired, so the content may be out of date.
        Rectangle {
            objectName: "staleBanner"
            visible: root.home.stale
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 56 : 0
            color: "#ffe3e3"
            Text {
                anchors.centerIn: parent
                text: qsTr("数据可能已过期，请以政府网站和公告栏为准")
                color: "#a4161a"; font.pixelSize: 26; font.bold: true
            }
        }

        // Footer: how fresh the data is.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            color: "#e9e4d8"
            Text {
                objectName: "updatedText"
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: 40
                text: root.home.updatedText
                color: "#343a40"; font.pixelSize: 24
            }
        }
    }
}
