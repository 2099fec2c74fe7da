// A notice photo full screen: pinch or double-tap to zoom, drag to move, 关闭 to go back.
import QtQuick
import QtQuick.Layouts
import "components"
import Gongkai

Rectangle {
    id: viewer
    objectName: "imageViewer"
    property string source: ""
    property string name: ""
    visible: source !== ""
    color: "#111111"

    function show(src, title) { source = src; name = title; photo.scale = 1; flick.contentX = 0; flick.contentY = 0 }
    function close() { source = "" }

    MouseArea { anchors.fill: parent }  // nothing underneath reacts while the photo is open

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.bottomMargin: bar.height
        contentWidth: Math.max(width, photo.width * photo.scale)
        contentHeight: Math.max(height, photo.height * photo.scale)
        clip: true
        PinchArea {
            width: Math.max(flick.contentWidth, flick.width)
            height: Math.max(flick.contentHeight, flick.height)
            pinch.target: photo
            pinch.minimumScale: 1
            pinch.maximumScale: 5
            Image {
                id: photo
                objectName: "viewerImage"
                width: flick.width
                height: flick.height
                source: viewer.source
                fillMode: Image.PreserveAspectFit
                transformOrigin: Item.Center
                MouseArea {
                    anchors.fill: parent
                    onDoubleClicked: photo.scale = photo.scale > 1 ? 1 : 2.5
                }
            }
        }
    }
    Rectangle {
        id: bar
        anchors.bottom: parent.bottom
        width: parent.width
        height: barColumn.implicitHeight + 32
        color: "#000000"
        // The caption wraps above the buttons: it says what the photo shows, never a file name.
        GridLayout {
            id: barColumn
            anchors.fill: parent
            anchors.margins: 16
            columns: viewer.width > viewer.height ? 4 : 3
            columnSpacing: 16
            rowSpacing: 12
            Text {
                objectName: "viewerCaption"
                Layout.fillWidth: true
                Layout.columnSpan: viewer.width > viewer.height ? 1 : 3
                text: viewer.name + "　" + qsTr("（双指或双击放大）")
                color: "#ffffff"
                font.pixelSize: Theme.body
                wrapMode: Text.Wrap
            }
            KButton { objectName: "viewerZoomIn"; text: qsTr("放大"); onClicked: photo.scale = Math.min(5, photo.scale * 1.5) }
            KButton { text: qsTr("缩小"); onClicked: photo.scale = Math.max(1, photo.scale / 1.5) }
            KButton { objectName: "viewerClose"; text: qsTr("关闭"); onClicked: viewer.close() }
        }
    }
}
