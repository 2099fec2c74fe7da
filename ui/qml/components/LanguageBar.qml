// The language buttons on home: each language named in itself, one tap switches the screens to it.
// Hidden when the township offers only one language. Values come from LanguageModel (ui/models/language.py).
import QtQuick
import QtQuick.Layouts
import Gongkai

Flow {
    id: bar
    objectName: "languageBar"
    required property QtObject language
    visible: language.offered.length > 1
    spacing: 16
    Repeater {
        model: bar.language.offered
        delegate: KButton {
            required property var modelData
            objectName: "language_" + modelData.code
            text: (modelData.current ? "✓ " : "") + modelData.name
            fill: modelData.current ? Theme.colors.accent : Theme.colors.surface
            ink: modelData.current ? Theme.colors.onAccent : Theme.colors.heading
            onClicked: bar.language.choose(modelData.code)
        }
    }
}
