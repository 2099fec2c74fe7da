// The kiosk window: a header on every screen (emblem, township, date, 搜索, 长辈模式), a StackView of
// pages, the idle countdown, the photo viewer, the staff area and the virtual keyboard.
// Layout and bindings only: every value and every decision comes from a Python view model.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "components"
import Gongkai

ApplicationWindow {
    id: root
    required property QtObject home
    required property bool windowed
    required property QtObject nav
    required property QtObject search
    required property QtObject speech
    required property QtObject idle
    // The staff area's model is built after the first frame (ui/app.py): the home screen comes first.
    property QtObject staff: null
    signal staffNeeded()
    required property QtObject language

    width: 1920
    height: 1080
    visible: true
    title: qsTr("政务公开")
    color: Theme.colors.window
    flags: windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
    visibility: windowed ? Window.Windowed : Window.FullScreen
    // A right-to-left language (Uyghur) mirrors the whole window; the staff area and the keyboard keep theirs.
    LayoutMirroring.enabled: language.rtl
    LayoutMirroring.childrenInherit: true

    readonly property bool portrait: height > width
    readonly property alias stack: stack
    property string message: ""
    property int staffHoldMs: 3000  // the hidden gesture: hold the emblem this long
    signal sessionCleared()

    // Lockdown: a kiosk window does not close (Alt+F4 reaches us as a close request).
    onClosing: (close) => { close.accepted = root.windowed }

    // -- navigation (QML only pushes what the navigator built, with the component ui/pages.py registers)
    function openTarget(target, key) {
        speech.stop()
        if (target === "search") { openSearch(); return }
        const page = nav.open(target, key)
        if (page)
            show(stack.push(nav.source(target), { vm: page, app: root }))
    }
    // Focus the new page (its text field, if any) and bring up the keyboard where typing is the point.
    function show(item) {
        if (!item) return
        item.forceActiveFocus()
        if (item.wantsKeyboard) Qt.inputMethod.show()
        else Qt.inputMethod.hide()
    }
    function openSearch() {
        speech.stop()
        if (stack.currentItem && stack.currentItem.objectName === "searchPage")
            return
        show(stack.push(nav.source("search"), { vm: search, app: root }))
    }
    function goBack() {
        speech.stop()
        if (stack.depth > 1)
            show(stack.pop() ? stack.currentItem : null)
    }
    function goHome() {
        speech.stop()
        if (viewerLoader.item)
            viewerLoader.item.close()
        stack.pop(null)
        Qt.inputMethod.hide()
        home.refresh()
    }
    function showImage(source, name) {
        Qt.inputMethod.hide()
        root.homeDrawn = true   // (made already, unless this comes before home's first frame)
        viewerLoader.item.show(source, name)
    }
    // 朗读: every page item on the stack has speechText(), whose first line is the page's title.
    function pageSpeech() {
        const item = stack.currentItem
        return item && typeof item.speechText === "function" ? item.speechText() : ""
    }
    function readPage() { speech.speakText(pageSpeech()) }
    function openStaff() {
        speech.stop()
        idle.enabled = false
        if (!root.staff)
            root.staffNeeded()   // a tap before the deferred build: Python builds it now
        staffLoader.setSource("staff/StaffArea.qml", { staff: root.staff, keyboardHeight: root.keyboardOccupied })
        staffLoader.active = true
    }
    function closeStaff() {
        root.resetKeyboard()
        staffLoader.active = false
        idle.enabled = true
        goHome()
    }

    Connections {
        target: root.nav
        function onFailed(text) { root.message = text; messageTimer.restart() }
    }
    // Nothing to hear (no synthesiser, no speaker): say so on screen; the button is back on 朗读.
    Connections {
        target: root.speech
        function onFailed(text) { root.message = text; messageTimer.restart() }
    }
    // Something to reset: a page past home, the photo viewer, or elder mode left on.
    Binding { target: root.idle; property: "sessionActive"; value: stack.depth > 1 || root.viewerOpen || Theme.elder }

    Connections {
        target: root.idle
        function onCountdownStarted() {
            Qt.inputMethod.hide()   // the countdown and its 继续 button are never under the keyboard
            root.speech.say(qsTr("您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。"))
        }
        function onSessionReset() {
            root.goHome()
            root.sessionCleared()
            root.resetKeyboard()
            VirtualKeyboardSettings.userDataReset()   // the pinyin plugin forgets learned words
            Theme.elder = false
        }
    }

    // Swallow quit/close shortcuts Qt itself would act on (the Python ShortcutGuard catches the rest).
    Shortcut { sequences: [StandardKey.Quit, StandardKey.Close, "Alt+F4", "Ctrl+W", "Ctrl+Q"]; onActivated: {} }

    // A clerk's session ends at logout too: the next one starts with the keyboard as new.
    Connections {
        target: root.staff
        function onLoggedOut(reason) { root.resetKeyboard() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: emblem (hold 3 s for staff), township, today's date, search, elder mode.
        Rectangle {
            objectName: "header"
            Layout.fillWidth: true
            Layout.preferredHeight: root.portrait ? 110 + (Theme.elder ? 30 : 0) : 120
            color: Theme.colors.header
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: root.portrait ? 24 : 40
                anchors.rightMargin: root.portrait ? 24 : 40
                spacing: root.portrait ? 16 : 24
                Rectangle {
                    objectName: "emblem"
                    width: 80; height: 80; radius: 40
                    color: "#ffd166"
                    Text { textFormat: Text.PlainText; anchors.centerIn: parent; text: "★"; font.pixelSize: 48; color: Theme.colors.header }
                    MouseArea {
                        objectName: "emblemArea"
                        anchors.fill: parent
                        pressAndHoldInterval: root.staffHoldMs
                        onPressAndHold: root.openStaff()
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        objectName: "townshipName"
                        text: root.home.townshipName
                        color: Theme.colors.headerText
                        font.pixelSize: root.portrait ? 36 : 44
                        font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "todayText"
                        visible: root.portrait
                        text: root.home.todayText
                        color: Theme.colors.headerMuted
                        font.pixelSize: Theme.small
                    }
                    Text {
                        textFormat: Text.PlainText
                        visible: !root.portrait
                        text: qsTr("政务公开专区")
                        color: Theme.colors.headerMuted
                        font.pixelSize: 26
                    }
                }
                Item { Layout.fillWidth: true }
                Text {
                    textFormat: Text.PlainText
                    objectName: "todayTextWide"
                    visible: !root.portrait
                    text: root.home.todayText
                    color: Theme.colors.headerText
                    font.pixelSize: 30
                }
                KButton {
                    objectName: "searchButton"
                    text: qsTr("搜索")
                    fill: Theme.colors.surface
                    ink: Theme.colors.heading
                    onClicked: root.openSearch()
                }
                KButton {
                    objectName: "elderToggle"
                    text: Theme.elder ? qsTr("✓ 长辈模式") : qsTr("长辈模式")
                    fill: Theme.elder ? Theme.colors.accent : Theme.colors.surface
                    ink: Theme.elder ? Theme.colors.onAccent : Theme.colors.heading
                    onClicked: Theme.toggleElder()
                }
            }
        }

        StackView {
            id: stack
            objectName: "stack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Instant page changes: nothing to wait for, nothing moving for a slow reader.
            pushEnter: null; pushExit: null; popEnter: null; popExit: null; replaceEnter: null; replaceExit: null
            initialItem: HomePage { app: root }
        }

        // Footer: how fresh the data is (hidden while the keyboard is up).
        Rectangle {
            visible: !root.keyboardUp
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.minTarget
            color: Theme.colors.section
            Text {
                textFormat: Text.PlainText
                objectName: "updatedText"
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: 40
                text: root.home.updatedText
                color: Theme.colors.onSection
                font.pixelSize: Theme.small
            }
        }
        // Room for the keyboard so it never covers the field being typed in.
        Item { Layout.fillWidth: true; Layout.preferredHeight: root.keyboardOccupied }
    }

    // A message from the navigator (e.g. a record removed by the last sync).
    Rectangle {
        objectName: "messageBox"
        visible: root.message !== ""
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 120 + root.keyboardOccupied
        width: Math.min(parent.width - 80, messageText.implicitWidth + 60)
        height: messageText.implicitHeight + 40
        radius: 12
        color: Theme.colors.text
        z: 50
        Text {
            textFormat: Text.PlainText
            id: messageText
            anchors.centerIn: parent
            width: parent.width - 40
            wrapMode: Text.Wrap
            text: root.message
            color: Theme.colors.surface
            font.pixelSize: Theme.body
        }
        Timer { id: messageTimer; interval: 5000; onTriggered: root.message = "" }
    }

    // What home does not show (the photo viewer, the idle countdown, the on-screen keyboard) is made just
    // after home's first frame: Python sets homeDrawn then (ui/app.py), long before a finger can need them.
    property bool homeDrawn: false
    Loader { id: viewerLoader; anchors.fill: parent; z: 60; active: root.homeDrawn; sourceComponent: ImageViewer {} }
    readonly property bool viewerOpen: viewerLoader.item ? viewerLoader.item.visible : false

    Loader {
        anchors.fill: parent; z: 80
        active: root.homeDrawn || root.idle.countingDown
        sourceComponent: IdleOverlay { idle: root.idle }
    }

    // The staff area (issue 4): full screen, its own PIN login; closed() brings the home screen back.
    Loader {
        id: staffLoader
        objectName: "staffLoader"
        anchors.fill: parent
        z: 90
        LayoutMirroring.enabled: false
        LayoutMirroring.childrenInherit: true
        active: false
        // Loaded by URL on first use, so none of the staff pages' QML is compiled before the home screen.
        onLoaded: {
            item.keyboardHeight = Qt.binding(() => root.keyboardOccupied)
            item.closed.connect(root.closeStaff)
        }
    }

    // The on-screen keyboard (a tenth of a second and 7 MB of the start) is made with them (homeDrawn);
    // a field that takes the focus before that (a test, a very quick finger) makes it at once.
    property bool keyboardWanted: false
    onActiveFocusItemChanged: {
        if (!keyboardWanted && activeFocusItem && activeFocusItem.cursorPosition !== undefined)
            keyboardWanted = true
    }
    readonly property Item inputPanel: keyboardLoader.item ? keyboardLoader.item.panel : null
    readonly property real keyboardOccupied: inputPanel ? inputPanel.occupied : 0
    readonly property bool keyboardUp: inputPanel ? inputPanel.active : false
    function resetKeyboard() {
        if (inputPanel)
            inputPanel.resetSession()
    }
    Loader {
        id: keyboardLoader
        objectName: "keyboardLoader"
        anchors.fill: parent   // sizes the area below, in which the keyboard places itself
        z: 99
        active: root.homeDrawn || root.keyboardWanted
        sourceComponent: Item {
            readonly property alias panel: panel
            KioskKeyboard {
                id: panel
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                portrait: root.portrait
            }
        }
    }

    // Whatever field has focus (resident or staff), it and its message stay above the keyboard.
    // (The staff area has its own, over its own content.)
    KeyboardAvoider { window: root; keyboardTop: root.height - root.keyboardOccupied; enabled: !staffLoader.active }
}
