// The one keyboard-avoidance component: keeps what is being typed in in view, above the keyboard.
// The focused item's `keyboardTarget` (the field, or the field with its label and message) and, when
// shown, its `keyboardBelow` (chips or buttons right under it) are scrolled, inside their nearest
// Flickable, to sit above `keyboardTop` (scene y). It acts when the keyboard is up, and when a text field
// takes the focus with it down. When the keyboard goes away, the Flickable scrolls back as far as that
// field allows (no blank space past the end of a form). The content area itself already ends where the
// keyboard starts (Main.qml, StaffArea.qml).
import QtQuick

Item {
    id: avoider
    required property var window
    property real keyboardTop: window ? window.height : 0
    property real margin: 16
    readonly property Item focused: window ? window.activeFocusItem : null
    readonly property Item target: focused ? (focused.keyboardTarget || focused) : null
    readonly property Item below: focused && focused.keyboardBelow ? focused.keyboardBelow : null
    // A field being typed in (a TextField or TextArea), as opposed to a button or a page taking the focus.
    readonly property bool typing: focused !== null && focused.cursorPosition !== undefined

    function flickableOf(item) {
        let p = item ? item.parent : null
        while (p && !(p.contentY !== undefined && p.contentHeight !== undefined && p.flicking !== undefined))
            p = p.parent
        return p
    }
    function ensureVisible() {
        const item = avoider.target
        if (!item || !avoider.enabled || !(Qt.inputMethod.visible || avoider.typing))
            return
        const flick = flickableOf(item)
        if (!flick)
            return
        const top = item.mapToItem(flick, 0, 0).y
        let bottom = top + item.height
        if (avoider.below && avoider.below.visible)
            bottom = Math.max(bottom, avoider.below.mapToItem(flick, 0, avoider.below.height).y)
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
    // The keyboard went away from a field: back up as far as the field allows, no blank past the end.
    function settleBack() {
        const item = avoider.target
        const flick = flickableOf(item)
        if (!item || !flick || !avoider.enabled || !avoider.typing || Qt.inputMethod.visible)
            return
        const bottom = item.mapToItem(flick.contentItem, 0, item.height).y
        const limit = Math.max(0, flick.contentHeight + flick.topMargin + flick.bottomMargin - flick.height)
        const top = Math.max(0, bottom + margin - flick.height)
        flick.contentY = Math.max(-flick.topMargin, Math.min(flick.contentY, top, limit - flick.topMargin))
    }
    function schedule() { Qt.callLater(ensureVisible) }

    onTargetChanged: schedule()
    onKeyboardTopChanged: schedule()
    Connections {
        target: Qt.inputMethod
        function onVisibleChanged() { if (Qt.inputMethod.visible) avoider.schedule(); else Qt.callLater(avoider.settleBack) }
    }
    Connections {   // a message appearing under the field makes it taller
        target: avoider.target
        ignoreUnknownSignals: true
        function onHeightChanged() { avoider.schedule() }
    }
    Connections {   // chips coming up under the field (a village's groups), or laid out anew
        target: avoider.below
        ignoreUnknownSignals: true
        function onVisibleChanged() { avoider.schedule() }
        function onHeightChanged() { avoider.schedule() }
        function onYChanged() { avoider.schedule() }
    }
    onBelowChanged: schedule()
    // The field moves inside its Flickable without changing itself: the content area shrinks to end at the
    // keyboard that just came up, and the form reflows (taller) above the field. Seen: 文号 focused as the
    // keyboard rose was laid out 132 px lower after the scroll, behind the keyboard. Check again then.
    readonly property Item flick: target ? flickableOf(target) : null
    Connections {
        target: avoider.flick
        ignoreUnknownSignals: true
        function onHeightChanged() { avoider.schedule() }
        function onContentHeightChanged() { avoider.schedule() }
    }
}
