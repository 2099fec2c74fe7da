// A box for what a resident writes at length (a comment on a draft, a question): the words wrap, and the box
// grows with them from `minLines` to `maxLines`, then scrolls with the cursor. A one-line field showed some
// twenty of up to 500 characters, so nobody could read back what they had written before sending it.
// Typed like KField (the kiosk keyboard; Enter starts a new line), with no desktop menu or selection handles;
// `maximumLength` cuts what goes past it, and the count under the box says how much room is left.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gongkai

FocusScope {
    id: box
    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property int maximumLength: 0            // 0: no limit
    property int minLines: 2
    property int maxLines: 5
    readonly property alias input: area
    readonly property real lineHeight: area.font.pixelSize * 1.45
    implicitHeight: column.implicitHeight
    implicitWidth: 300

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(box.minLines * box.lineHeight,
                                             Math.min(box.maxLines * box.lineHeight, area.implicitHeight))
                                    + 2 * 12
            color: Theme.colors.surface
            border.color: area.activeFocus ? Theme.colors.primary : Theme.colors.border
            border.width: area.activeFocus ? 3 : 2
            radius: 10
            Flickable {
                id: scroller
                anchors.fill: parent
                anchors.margins: 3
                clip: true
                contentWidth: width
                contentHeight: area.height
                boundsBehavior: Flickable.StopAtBounds
                // The line being typed stays in view when the text is longer than the box.
                function follow(rect) {
                    if (rect.y < contentY)
                        contentY = rect.y
                    else if (rect.y + rect.height > contentY + height)
                        contentY = rect.y + rect.height - height
                }
                TextArea {
                    id: area
                    objectName: box.objectName ? box.objectName + "Input" : ""
                    // KeyboardAvoider: keep the whole box (and its count) above the keyboard, inside the page.
                    readonly property Item keyboardTarget: box
                    readonly property Item keyboardBelow: null
                    width: scroller.width
                    height: Math.max(implicitHeight, scroller.height)   // a tap anywhere in the box starts typing
                    focus: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.body
                    color: Theme.colors.text
                    placeholderTextColor: Theme.colors.muted
                    leftPadding: 13
                    rightPadding: 13
                    topPadding: 9
                    bottomPadding: 9
                    selectByMouse: false
                    ContextMenu.menu: null
                    background: null
                    onCursorRectangleChanged: scroller.follow(cursorRectangle)
                    onTextChanged: {
                        if (box.maximumLength > 0 && length > box.maximumLength)
                            remove(box.maximumLength, length)   // pasted or typed past the limit
                    }
                }
            }
        }
        Text {
            objectName: box.objectName ? box.objectName + "Count" : ""
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignRight
            visible: box.maximumLength > 0 && area.length > 0   // the label above says the limit until then
            text: qsTr("%1 / %2 字").arg(area.length).arg(box.maximumLength)
            color: area.length >= box.maximumLength ? Theme.colors.heading : Theme.colors.muted
            font.pixelSize: Theme.small
        }
    }
}
