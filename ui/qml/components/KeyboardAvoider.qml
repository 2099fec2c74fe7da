// Keeps what the keyboard serves in view: the focused field's `keyboardTarget` (the field, or the field
// with its label and message) is scrolled, inside its nearest Flickable, to sit above the keyboard.
// The content area itself already ends where the keyboard starts (Main.qml, StaffArea.qml).
import QtQuick

Item {
    id: avoider
    required property var window
    property real keyboardTop: window.height
    property real margin: 16
    readonly property Item focused: window.activeFocusItem
    readonly property Item target: focused ? (focused.keyboardTarget || focused) : null

    function flickableOf(item) {
        let p = item ? item.parent : null
        while (p && !(p.contentY !== undefined && p.contentHeight !== undefined && p.flicking !== undefined))
            p = p.parent
        return p
    }
    function ensureVisible() {
        const item = avoider.target
        if (!item || !Qt.inputMethod.visible)
            return
        const flick = flickableOf(item)
        if (!flick)
            return
        const top = item.mapToItem(flick, 0, 0).y
        const bottom = top + item.height
        const visibleBottom = Math.min(flick.height, flick.mapFromItem(null, 0, avoider.keyboardTop).y)
        let dy = 0
        if (bottom + margin > visibleBottom)
            dy = bottom + margin - visibleBottom
        if (top - dy < margin)
            dy = top - margin
        if (dy === 0)
            return
        const limit = Math.max(0, flick.contentHeight + flick.topMargin + flick.bottomMargin - flick.height)
        flick.contentY = Math.max(-flick.topMargin, Math.min(flick.contentY + dy, limit - flick.topMargin))
    }
    function schedule() { Qt.callLater(ensureVisible) }

    onTargetChanged: schedule()
    onKeyboardTopChanged: schedule()
    Connections { target: Qt.inputMethod; function onVisibleChanged() { avoider.schedule() } }
    Connections {   // a message appearing under the field makes it taller
        target: avoider.target
        ignoreUnknownSignals: true
        function onHeightChanged() { avoider.schedule() }
    }
}
