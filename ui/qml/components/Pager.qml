// Large 上一页 / 下一页 buttons under a list or page that is taller than the screen, and where you are
// ("第 1–8 条，共 312 条" or the end-of-list line). A ListView/GridView moves by whole rows: the row at the
// bottom becomes the top one, so nothing is skipped; a plain Flickable moves by a screen less one line.
import QtQuick
import QtQuick.Layouts
import Gongkai

RowLayout {
    id: pager
    objectName: "pager"
    required property Item flick          // a Flickable, ListView or GridView
    property string positionText: ""      // what to say between the buttons ("" hides it)
    property string endText: ""           // said instead when the end is on screen (and nothing more loads)
    property bool always: false           // lists: show the count even when everything fits
    readonly property bool isView: flick.indexAt !== undefined && flick.positionViewAtIndex !== undefined
    readonly property bool needed: flick.contentHeight > flick.height + 2 || !flick.atYBeginning
    readonly property bool atEnd: flick.atYEnd
    visible: needed || always
    spacing: Theme.spacing

    function rowAt(y) {
        // indexAt wants content coordinates; try a little inside the edge and both sides of a gap
        for (const dy of [2, 12, 30]) {
            const i = flick.indexAt(flick.contentX + 20, y + dy)
            if (i >= 0) return i
        }
        return -1
    }
    function firstVisible() { return isView ? rowAt(flick.contentY) : -1 }
    function lastVisible() {
        if (!isView) return -1
        for (const dy of [2, 12, 30]) {
            const i = flick.indexAt(flick.contentX + 20, flick.contentY + flick.height - dy)
            if (i >= 0) return i
        }
        return flick.count - 1
    }
    function nextPage() {
        if (isView) {
            const last = lastVisible()
            const first = firstVisible()
            if (last > first && last >= 0) { flick.positionViewAtIndex(last, ListView.Beginning); return }
        }
        const step = Math.max(flick.height - Theme.body * 2, flick.height / 2)
        const max = flick.originY + flick.contentHeight - flick.height
        flick.contentY = Math.max(flick.originY, Math.min(max, flick.contentY + step))
    }
    function previousPage() {
        if (isView) {
            const first = firstVisible()
            if (first > 0) { flick.positionViewAtIndex(first, ListView.End); return }
            if (first === 0) { flick.positionViewAtBeginning(); return }
        }
        const step = Math.max(flick.height - Theme.body * 2, flick.height / 2)
        flick.contentY = Math.max(flick.originY, flick.contentY - step)
    }

    KButton {
        objectName: "pageUpButton"
        visible: pager.needed
        text: qsTr("▲ 上一页")
        enabled: !pager.flick.atYBeginning
        onClicked: pager.previousPage()
    }
    Text {
        objectName: "pagerText"
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: pager.atEnd && pager.endText !== "" ? pager.endText : pager.positionText
        color: Theme.colors.muted
        font.pixelSize: Theme.small
    }
    KButton {
        objectName: "pageDownButton"
        visible: pager.needed
        text: qsTr("下一页 ▼")
        enabled: !pager.flick.atYEnd
        onClicked: pager.nextPage()
    }
}
