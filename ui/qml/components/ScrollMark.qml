// A scroll indicator that is always there while a list or page is taller than its view: where you are, how
// much more lies below. Not a touch target (the big 上一页/下一页 of Pager are): a thin bar cannot be hit by a
// shaky finger. Use as `ScrollBar.vertical: ScrollMark {}` on any Flickable, ListView or GridView.
import QtQuick
import QtQuick.Controls
import Gongkai

ScrollBar {
    id: mark
    objectName: "scrollMark"
    policy: ScrollBar.AlwaysOn
    interactive: false
    visible: size < 0.999
    implicitWidth: Theme.elder ? 18 : 14
    padding: 0
    contentItem: Rectangle {
        implicitWidth: mark.implicitWidth
        radius: width / 2
        color: Theme.colors.muted
    }
    background: Rectangle {
        radius: width / 2
        color: Theme.colors.section
        border.color: Theme.colors.border
    }
}
