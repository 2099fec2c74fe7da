// One tappable row or tile: a title, a grey line under it, and an optional badge on the right.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: card
    required property QtObject theme
    property string title: ""
    property string subtitle: ""
    property string badge: ""
    property bool urgent: false
    property bool tappable: true  // false: a plain result row, no chevron, no press feedback
    property bool excerpt: false  // the subtitle is a deliberate excerpt (a search snippet): 2 lines, then …
    signal clicked()

    radius: 12
    color: tap.pressed && tappable ? theme.colors.section : theme.colors.surface
    border.color: urgent ? theme.colors.danger : theme.colors.border
    border.width: urgent ? 3 : 1
    implicitHeight: Math.max(theme.target + 24, column.implicitHeight + 28)

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
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: card.title
                wrapMode: Text.Wrap  // the whole title, on as many lines as it needs
                color: card.theme.colors.text
                font.pixelSize: card.theme.body
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                property bool excerpt: card.excerpt  // the accessibility lint allows an elided excerpt
                Layout.fillWidth: true
                visible: text !== ""
                text: card.subtitle
                wrapMode: Text.Wrap
                maximumLineCount: card.excerpt ? 2 : 1000
                elide: card.excerpt ? Text.ElideRight : Text.ElideNone
                color: card.theme.colors.muted
                font.pixelSize: card.theme.small
            }
        }
        Text {
            textFormat: Text.PlainText
            visible: card.badge !== ""
            text: card.badge
            color: card.urgent ? card.theme.colors.danger : card.theme.colors.link
            font.pixelSize: card.theme.body
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            visible: card.tappable
            text: "›"
            color: card.theme.colors.muted
            font.pixelSize: card.theme.title
        }
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: card.tappable
        onClicked: card.clicked()
    }
}
