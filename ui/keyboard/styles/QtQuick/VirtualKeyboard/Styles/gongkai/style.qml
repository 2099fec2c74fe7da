// The kiosk's keyboard style: the theme's colours in both modes (the Theme singleton of the Gongkai QML
// module, ui/models/theme.py), keys and candidates >= 60 px in 长辈模式, Chinese labels on every function key, no
// selection handles and no language list.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Gongkai

KeyboardStyle {
    id: kioskStyle
    readonly property bool elder: Theme.elder
    readonly property var colors: Theme.colors
    // Four rows of keys, each this tall (the key face is rowHeight - 10): >= 60 in elder mode.
    readonly property int rowHeight: elder ? 96 : 84
    readonly property int candidateHeight: elder ? 84 : 68
    readonly property int candidateFont: elder ? 48 : 34
    // The ‹ › page buttons over the candidate bar's ends (components/KioskKeyboard.qml: pageButtonWidth).
    readonly property int pageButtonWidth: elder ? 96 : 80

    // Designed in pixels: the keyboard is as tall as its rows, whatever its width.
    keyboardDesignWidth: keyboard.width > 0 ? keyboard.width : 1000
    keyboardDesignHeight: rowHeight * 4 + 16
    keyboardRelativeLeftMargin: 8 / keyboardDesignWidth
    keyboardRelativeRightMargin: 8 / keyboardDesignWidth
    keyboardRelativeTopMargin: 8 / keyboardDesignHeight
    keyboardRelativeBottomMargin: 8 / keyboardDesignHeight
    languagePopupListEnabled: false
    selectionHandle: null

    keyboardBackground: Rectangle {
        color: kioskStyle.colors.section
        Rectangle { anchors.top: parent.top; width: parent.width; height: 2; color: kioskStyle.colors.border }
    }

    keyPanel: KeyPanel { KeyFace { key: control; colors: kioskStyle.colors } }
    backspaceKeyPanel: KeyPanel { KeyFace { key: control; label: qsTr("删除"); colors: kioskStyle.colors } }
    enterKeyPanel: KeyPanel {
        KeyFace { key: control; label: control.displayText !== "" ? control.displayText : qsTr("确定"); colors: kioskStyle.colors }
    }
    hideKeyPanel: KeyPanel { KeyFace { key: control; label: qsTr("收起"); colors: kioskStyle.colors } }
    spaceKeyPanel: KeyPanel { KeyFace { key: control; label: qsTr("空格"); strong: false; colors: kioskStyle.colors } }
    symbolKeyPanel: KeyPanel { KeyFace { key: control; colors: kioskStyle.colors } }
    modeKeyPanel: KeyPanel { KeyFace { key: control; on: control.mode; colors: kioskStyle.colors } }
    shiftKeyPanel: KeyPanel {
        KeyFace {
            key: control
            label: InputContext.capsLockActive ? qsTr("大写锁定") : qsTr("大写")
            on: InputContext.shiftActive || InputContext.capsLockActive
            colors: kioskStyle.colors
        }
    }
    // 中/英: the language in use is the one drawn bold; one tap switches (only two are offered).
    languageKeyPanel: KeyPanel {
        KeyFace {
            key: control
            label: InputContext.locale.indexOf("zh") === 0 ? qsTr("<b>中</b>/英") : qsTr("中/<b>英</b>")
            colors: kioskStyle.colors
        }
    }

    characterPreviewMargin: 0
    characterPreviewDelegate: Item {
        property string text
        Rectangle {
            anchors.fill: parent
            radius: 10
            color: kioskStyle.colors.primary
            Text {
                anchors.centerIn: parent
                text: parent.parent.text
                color: kioskStyle.colors.onPrimary
                font.pixelSize: Math.round(parent.height * 0.55)
            }
        }
    }

    alternateKeysListItemWidth: kioskStyle.rowHeight
    alternateKeysListItemHeight: kioskStyle.rowHeight
    alternateKeysListDelegate: Item {
        width: kioskStyle.rowHeight
        height: kioskStyle.rowHeight
        Text {
            anchors.centerIn: parent
            text: model.text
            color: kioskStyle.colors.onPrimary
            font.pixelSize: Math.round(kioskStyle.rowHeight * 0.45)
        }
    }
    alternateKeysListHighlight: Rectangle { color: kioskStyle.colors.heading; radius: 8 }
    alternateKeysListBackground: Rectangle { color: kioskStyle.colors.primary; radius: 8 }

    // The candidate bar: big, well-separated targets (长辈模式 >= 60 px each way).
    selectionListHeight: kioskStyle.candidateHeight
    selectionListDelegate: SelectionListItem {
        id: candidate
        objectName: "candidate"
        // Shown whole or not at all: one running under the › page button is left for the next page, one
        // under ‹ belongs to the page before (2 px of slack for fractional widths, as KioskKeyboard.qml pages).
        opacity: ListView.view && ListView.view.contentWidth > ListView.view.width
                 && (x - ListView.view.contentX + width > ListView.view.width - kioskStyle.pageButtonWidth + 2
                     || x - ListView.view.contentX < kioskStyle.pageButtonWidth - 2) ? 0 : 1
        readonly property string word: display
        width: Math.max(kioskStyle.candidateHeight, candidateLabel.implicitWidth + kioskStyle.candidateHeight * 0.6)
        Rectangle {
            anchors.fill: parent
            anchors.margins: 4
            radius: 8
            color: candidate.ListView.isCurrentItem ? kioskStyle.colors.accent : kioskStyle.colors.surface
            border.width: 2
            border.color: kioskStyle.colors.border
        }
        Text {
            id: candidateLabel
            anchors.centerIn: parent
            text: display
            color: candidate.ListView.isCurrentItem ? kioskStyle.colors.onAccent : kioskStyle.colors.text
            font.pixelSize: kioskStyle.candidateFont
        }
    }
    selectionListBackground: Rectangle { color: kioskStyle.colors.section }
    selectionListAdd: Transition {}
    selectionListRemove: Transition {}

    popupListDelegate: SelectionListItem {
        width: popupText.implicitWidth + 40
        height: kioskStyle.candidateHeight
        Text {
            id: popupText
            anchors.centerIn: parent
            text: display
            color: kioskStyle.colors.text
            font.pixelSize: kioskStyle.candidateFont
        }
    }
    popupListHighlight: Rectangle { color: kioskStyle.colors.accent; radius: 8 }
    popupListBackground: Rectangle { color: kioskStyle.colors.surface; border.color: kioskStyle.colors.border; radius: 8 }

    navigationHighlight: Rectangle { color: "transparent"; border.color: kioskStyle.colors.primary; border.width: 4 }
}
