// One tappable row or tile: a title, a grey line under it, and an optional badge on the right.
import QtQuick
import QtQuick.Layouts
import Gongkai

Rectangle {
    id: card
    property string title: ""
    property string subtitle: ""
    property string badge: ""
    property bool urgent: false
    property bool tappable: true  // false: a plain result row, no chevron, no press feedback
    property bool excerpt: false  // the subtitle is a deliberate excerpt (a search snippet): 2 lines, then …
    signal clicked()

    radius: 12
    color: tap.pressed && tappable ? Theme.colors.section : Theme.colors.surface
    border.color: urgent ? Theme.colors.danger : Theme.colors.border
    border.width: urgent ? 3 : 1
    implicitHeight: Math.max(Theme.target + 24, column.implicitHeight + 28)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 20
        anchors.rightMargin: 16
        spacing: 16
        ColumnLayout {
            id: column
            Layout.fillWidth: true
            spacing: 4
            Text {
                Layout.fillWidth: true
                text: card.title
                wrapMode: Text.Wrap  // the whole title, on as many lines as it needs
                color: Theme.colors.text
                font.pixelSize: Theme.body
                font.bold: true
            }
            Text {
                property bool excerpt: card.excerpt  // the accessibility lint allows an elided excerpt
                Layout.fillWidth: true
                visible: text !== ""
                text: card.subtitle
                wrapMode: Text.Wrap
                maximumLineCount: card.excerpt ? 2 : 1000
                elide: card.excerpt ? Text.ElideRight : Text.ElideNone
                color: Theme.colors.muted
                font.pixelSize: Theme.small
            }
        }
        Text {
            visible: card.badge !== ""
            text: card.badge
            color: card.urgent ? Theme.colors.danger : Theme.colors.link
            font.pixelSize: Theme.body
            font.bold: true
        }
        Text {
            visible: card.tappable
            text: "›"
            color: Theme.colors.muted
            font.pixelSize: Theme.title
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: card.tappable
        onClicked: card.clicked()
    }
}
