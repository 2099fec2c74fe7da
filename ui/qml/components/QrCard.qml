// Take-away QR: the page's public web address, or the text itself (read offline), to take on a phone.
// Stacked in the landscape side column; QR beside its caption in the portrait strip.
import QtQuick
import QtQuick.Layouts
import Gongkai

Rectangle {
    id: card
    property string source: ""
    property string url: ""
    property string caption: qsTr("手机扫码，带走本页")
    property bool horizontal: false
    visible: source !== ""
    implicitWidth: horizontal ? 560 : 300
    implicitHeight: grid.implicitHeight + 32
    color: Theme.colors.surface
    border.color: Theme.colors.border
    radius: 12
    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.margins: 16
        columns: card.horizontal ? 2 : 1
        columnSpacing: 16
        rowSpacing: 8
        Image {
            objectName: "qrImage"
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
            Layout.preferredWidth: 240  // a page's text makes a dense code: modules large enough for a phone
            Layout.preferredHeight: Layout.preferredWidth
            source: card.source
            smooth: false
            fillMode: Image.PreserveAspectFit
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 8
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                horizontalAlignment: card.horizontal ? Text.AlignLeft : Text.AlignHCenter
                wrapMode: Text.Wrap
                text: card.caption
                color: Theme.colors.text
                font.pixelSize: Theme.small
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                horizontalAlignment: card.horizontal ? Text.AlignLeft : Text.AlignHCenter
                wrapMode: Text.WrapAnywhere
                visible: card.url !== ""
                text: card.url
                color: Theme.colors.muted
                font.pixelSize: Theme.small  // readable in 长辈模式 too: some type the link in by hand
            }
        }
    }
}
