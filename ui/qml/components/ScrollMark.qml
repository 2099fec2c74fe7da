// A scroll indicator that is always there while a list or page is taller than its view: where you are, how
// much more lies below. Not a touch target (the big 上一页/下一页 of Pager are): a thin bar cannot be hit by a
// shaky finger. Use as `ScrollBar.vertical: ScrollMark { theme: ... }` on any Flickable, ListView or GridView.
import QtQuick
import QtQuick.Controls

ScrollBar {
    id: mark
    objectName: "scrollMark"
    required property QtObject theme
    policy: ScrollBar.AlwaysOn
    interactive: false
    visible: size < 0.999
    implicitWidth: theme.elder ? 18 : 14
    padding: 0
    contentItem: Rectangle {
        implicitWidth: mark.implicitWidth
        radius: width / 2
        color: mark.theme.colors.muted
    }
    background: Rectangle {
        radius: width / 2
        color: mark.theme.colors.section
        border.color: mark.theme.colors.border
    }
}
