// One key as the kiosk draws it: a rounded face in the theme's colours and a label sized to the key.
import QtQuick

Rectangle {
    id: face
    property var key                 // the BaseKey (KeyPanel.control)
    property string label: key ? key.displayText : ""
    property bool strong: key ? key.highlighted : false   // function keys: 删除, 确定, 中/英 ...
    property bool on: false          // shift or caps lock engaged
    property real gap: 5
    property var colors: ({})
    readonly property bool pressed: key ? key.pressed : false
    readonly property bool enabledKey: key ? key.enabled : true
    anchors.fill: parent
    anchors.margins: gap
    radius: Math.min(12, height / 6)
    color: on ? colors.accent
              : pressed ? (strong ? colors.heading : colors.section)
              : (strong ? colors.primary : colors.surface)
    border.width: 2
    border.color: colors.border
    opacity: enabledKey ? 1 : 0.6
    Text {
        anchors.fill: parent
        anchors.margins: 4
        text: face.label
        color: face.on ? face.colors.onAccent : (face.strong || (face.pressed && face.strong) ? face.colors.onPrimary : face.colors.text)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.Fit
        minimumPixelSize: 12
        font.pixelSize: Math.round(face.height * (face.label.length > 1 ? 0.36 : 0.48))
        font.capitalization: face.key && face.key.uppercased ? Font.AllUppercase : Font.MixedCase
        elide: Text.ElideNone
    }
}
