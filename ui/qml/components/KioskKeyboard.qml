// The on-screen keyboard, in the scene (Qt Virtual Keyboard with the kiosk's layouts and style, see
// ui/keyboard): 中文 and English only, pads per field kind, bigger in 长辈模式. Main.qml keeps its content
// above `occupied` pixels at the bottom and calls resetSession() whenever one person's use ends.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Gongkai

InputPanel {
    id: panel
    objectName: "inputPanel"
    required property bool portrait
    // Landscape: narrower than the screen (so not so tall), centred; wider keys in 长辈模式.
    width: portrait ? parent.width : Math.round(parent.width * (Theme.elder ? 0.75 : 0.6))
    x: (parent.width - width) / 2
    y: active ? parent.height - height : parent.height
    visible: active
    readonly property real occupied: active ? height + (names.length > 0 ? nameRowHeight : 0) : 0
    readonly property int nameRowHeight: Theme.elder ? 96 : 80
    readonly property string language: keyboard.locale   // "zh_CN" or "en_US"

    // The next person starts as the first did: 中文, shift off, no half-typed pinyin or candidates, hidden.
    function resetSession() {
        Qt.inputMethod.reset()
        keyboard.symbolMode = false
        const shift = InputContext.priv.shiftHandler
        if (shift) { shift.capsLockActive = false; shift.shiftActive = false }
        if (keyboard.locale !== "zh_CN") {
            keyboard.updateDefaultLocale()
            keyboard.localeIndex = keyboard.defaultLocaleIndex
        }
        Qt.inputMethod.hide()
    }

    // The candidate bar pages with two large buttons (‹ ›) instead of a sideways swipe, which elderly
    // residents did not find: a character cut off at the edge was the only hint that more were there.
    readonly property var candidateView: keyboard.wordCandidateView
    readonly property int pageButtonWidth: Theme.elder ? 96 : 80
    // By whole candidates, and the same pages both ways: › starts the next page at the first candidate
    // that did not fit whole (a candidate is either shown whole or faded out, style.qml), ‹ goes back to
    // where the page before started. (Going back by pixels from the current page left a different page,
    // repeating characters already seen and leaving an empty slot before ›: the "duplicate with a gap".)
    readonly property real fitSlack: 2   // px: candidates' widths are fractional; style.qml uses the same
    property var pageStarts: []   // where the pages before this one started
    property int pageStart: 0      // the index of this page's first candidate
    function showFrom(index) {
        const view = candidateView
        if (index <= 0) { view.positionViewAtBeginning(); view.contentX = view.originX - view.leftMargin; return }
        view.positionViewAtIndex(index, ListView.Beginning)
        const item = view.itemAtIndex(index)
        if (item) view.contentX = item.x - view.leftMargin
    }
    function pageCandidates(direction) {
        const view = candidateView
        if (!view || view.count === 0) return
        if (direction > 0) {
            const first = pageStart
            let next = first
            const edge = view.width - view.rightMargin + fitSlack
            while (next < view.count) {
                const item = view.itemAtIndex(next)
                if (!item || item.x - view.contentX + item.width > edge) break
                next++
            }
            if (next >= view.count || next === first) return
            pageStarts = pageStarts.concat([first])
            pageStart = next
            showFrom(next)
        } else {
            const back = pageStarts.length > 0 ? pageStarts[pageStarts.length - 1] : 0
            pageStarts = pageStarts.slice(0, -1)
            pageStart = back
            showFrom(back)
        }
    }
    Connections {
        // New candidates start at the first page, clear of the ‹ button.
        target: panel.candidateView
        function onCountChanged() {
            panel.pageStarts = []
            panel.pageStart = 0
            Qt.callLater(function() {
                const view = panel.candidateView
                if (view && view.count > 0) view.contentX = view.originX - view.leftMargin
            })
        }
    }
    Binding { target: panel.candidateView; property: "leftMargin"; value: panel.pageButtonWidth }
    Binding { target: panel.candidateView; property: "rightMargin"; value: panel.pageButtonWidth }
    Repeater {
        model: [{ name: "candidatesPrevious", label: "‹", direction: -1 },
                { name: "candidatesNext", label: "›", direction: 1 }]
        delegate: Rectangle {
            required property var modelData
            readonly property var view: panel.candidateView
            readonly property bool more: !!view && view.count > 0 && (modelData.direction < 0
                ? view.contentX > view.originX - view.leftMargin + 1
                : view.contentX + view.width < view.originX + view.contentWidth + view.rightMargin - 1)
            objectName: modelData.name
            visible: panel.active && !!view && view.count > 0 && view.visible
            enabled: more
            z: 10
            width: panel.pageButtonWidth
            height: view ? view.height : 0
            // The sizes named first make the mapping re-evaluate when the panel is laid out again.
            x: view ? (panel.width, view.width, panel.active,
                       modelData.direction < 0 ? view.mapToItem(panel, 0, 0).x
                                               : view.mapToItem(panel, view.width, 0).x - width) : 0
            y: view ? (panel.height, view.height, panel.active, view.mapToItem(panel, 0, 0).y) : 0
            color: Theme.colors.primary
            opacity: more ? 1 : 0.35
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: modelData.label
                color: Theme.colors.onPrimary
                font.pixelSize: Math.round(parent.height * 0.7)
                font.bold: true
            }
            MouseArea {
                anchors.fill: parent
                onClicked: panel.pageCandidates(modelData.direction)
            }
        }
    }

    // Whole names for a name field: the pinyin typed so far as common surname + given-name characters
    // (姜志兰), above the keyboard, largest first; a tap puts the name in and clears the pinyin.
    readonly property var nameItem: InputContext.inputItem && InputContext.inputItem.nameEntry === true
                                    ? InputContext.inputItem : null
    readonly property var names: nameItem && typeof kioskNames !== "undefined" && InputContext.preeditText !== ""
                                 ? kioskNames.candidates(InputContext.preeditText) : []
    Rectangle {
        objectName: "nameCandidates"
        visible: panel.active && panel.names.length > 0
        width: panel.width
        height: panel.nameRowHeight
        y: -height
        color: Theme.colors.section
        Text {
            id: nameLabel
            textFormat: Text.PlainText
            x: 6
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("姓名：")
            color: Theme.colors.onSection
            font.pixelSize: Theme.elder ? 34 : 28
            font.bold: true
        }
        // Whole names only, paged with ‹ › like the candidate bar (a name cut at the edge was the only
        // hint that more were there, and a sideways swipe the only way to them).
        ListView {
            id: nameList
            objectName: "nameList"
            // More names than the whole row holds (measured without the buttons: no binding loop).
            readonly property bool paged: contentWidth > parent.width - nameLabel.x - nameLabel.width - 16 + 1
                                          || pageStart > 0
            property var pageStarts: []
            property int pageStart: 0
            anchors.left: nameLabel.right
            anchors.leftMargin: 10
            anchors.right: namePrevious.visible ? namePrevious.left : parent.right
            anchors.rightMargin: 6
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.topMargin: 6
            anchors.bottomMargin: 6
            orientation: ListView.Horizontal
            spacing: 10
            clip: true
            interactive: false
            rightMargin: paged ? width : 0   // the last page starts with its first name too, not at the end
            model: panel.names
            onCountChanged: { pageStarts = []; pageStart = 0; positionViewAtBeginning() }
            function page(direction) {
                if (direction > 0) {
                    let next = pageStart
                    while (next < count) {
                        const item = itemAtIndex(next)
                        if (!item || item.x - contentX + item.width > width + panel.fitSlack) break
                        next++
                    }
                    if (next >= count || next === pageStart) return
                    pageStarts = pageStarts.concat([pageStart])
                    pageStart = next
                } else {
                    pageStart = pageStarts.length > 0 ? pageStarts[pageStarts.length - 1] : 0
                    pageStarts = pageStarts.slice(0, -1)
                }
                positionViewAtIndex(pageStart, ListView.Beginning)
                const first = itemAtIndex(pageStart)
                if (first) contentX = first.x
            }
            delegate: Rectangle {
                id: nameChip
                required property string modelData
                objectName: "nameCandidate"
                readonly property string word: modelData
                opacity: x - nameList.contentX + width > nameList.width + panel.fitSlack
                         || x - nameList.contentX < -panel.fitSlack ? 0 : 1
                enabled: opacity > 0
                width: nameText.implicitWidth + 40
                height: nameList.height
                radius: 8
                color: Theme.colors.surface
                border.color: Theme.colors.border
                border.width: 2
                Text {
                    textFormat: Text.PlainText
                    id: nameText
                    anchors.centerIn: parent
                    text: nameChip.modelData
                    color: Theme.colors.text
                    font.pixelSize: Theme.elder ? 44 : 34
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: {
                        const item = panel.nameItem
                        Qt.inputMethod.reset()
                        if (item) item.insert(item.cursorPosition, nameChip.modelData)
                    }
                }
            }
        }
        Repeater {
            model: [{ name: "namesPrevious", label: "‹", direction: -1 }, { name: "namesNext", label: "›", direction: 1 }]
            delegate: Rectangle {
                required property var modelData
                readonly property bool more: modelData.direction < 0 ? nameList.pageStart > 0
                    : nameList.contentX + nameList.width < nameList.contentWidth - 1
                objectName: modelData.name
                visible: nameList.paged
                enabled: more
                width: panel.pageButtonWidth
                height: parent.height
                x: parent.width - (modelData.direction < 0 ? 2 : 1) * width
                color: Theme.colors.primary
                opacity: more ? 1 : 0.35
                Text {
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: modelData.label
                    color: Theme.colors.onPrimary
                    font.pixelSize: Math.round(parent.height * 0.7)
                    font.bold: true
                }
                MouseArea { anchors.fill: parent; onClicked: nameList.page(modelData.direction) }
            }
        }
        Item { id: namePrevious; visible: nameList.paged; width: 2 * panel.pageButtonWidth; anchors.right: parent.right; height: parent.height }
    }

    Component.onCompleted: {
        if (typeof kioskKeyboardLayouts !== "undefined"
                && String(VirtualKeyboardSettings.layoutPath) !== String(kioskKeyboardLayouts))
            VirtualKeyboardSettings.layoutPath = kioskKeyboardLayouts
        VirtualKeyboardSettings.styleName = "gongkai"
        VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_US"]
        VirtualKeyboardSettings.locale = "zh_CN"
        VirtualKeyboardSettings.closeOnReturn = true       // Enter (and a scanner's Enter) puts it away
        VirtualKeyboardSettings.fullScreenMode = false
    }
}
