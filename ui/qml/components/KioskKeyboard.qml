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
    readonly property real occupied: active ? height : 0
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
