// The language buttons on home: each language named in itself, one tap switches the screens to it.
// Hidden when the township offers only one language. Values come from LanguageModel (ui/models/language.py).
import QtQuick
import QtQuick.Layouts

Flow {
    id: bar
    objectName: "languageBar"
    required property QtObject theme
    required property QtObject language
    visible: language.offered.length > 1
    spacing: 16
    Repeater {
        model: bar.language.offered
        delegate: KButton {
            required property var modelData
            objectName: "language_" + modelData.code
            theme: bar.theme
            text: (modelData.current ? "✓ " : "") + modelData.name
            fill: modelData.current ? bar.theme.colors.accent : bar.theme.colors.surface
            ink: modelData.current ? bar.theme.colors.onAccent : bar.theme.colors.heading
            onClicked: bar.language.choose(modelData.code)
        }
    }
}
