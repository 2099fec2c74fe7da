// What each kind of kiosk field is typed with (ui/keyboard/layouts): input method hints, the pad the
// numbers layout draws (`keypad`), the longest entry, and which characters a key press may add.
.pragma library

// kind -> hints. FormattedNumbersOnly selects layouts/fallback/numbers.qml, which reads `keypad`.
function hints(kind) {
    switch (kind) {
    case "idcard":   return Qt.ImhFormattedNumbersOnly | Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    case "code":     return Qt.ImhFormattedNumbersOnly | Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
    case "request":  return Qt.ImhFormattedNumbersOnly | Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
    case "digits":
    case "postcode": return Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
    case "pin":      return Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    case "phone":    return Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
    case "email":    return Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    case "username": return Qt.ImhLatinOnly | Qt.ImhPreferLowercase | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
    case "search":   return Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    case "name":     return Qt.ImhNoPredictiveText   // no "next word" after a name (兰 → 州, 花, 州市)
    default:         return Qt.ImhNone   // "text": 中文 (pinyin) with 英 one tap away
    }
}

// The pad numbers.qml draws for the kinds that use it.
function keypad(kind) {
    return ["idcard", "code", "request"].indexOf(kind) >= 0 ? kind : ""
}

// Entries of a fixed length: the keyboard goes away when the last character is in.
function fixedLength(kind) {
    switch (kind) {
    case "idcard":   return 18
    case "postcode": return 6
    default:         return 0
    }
}

// Characters a key may add (hardware keyboards and scanners too); "" accepts anything.
function allowed(kind) {
    switch (kind) {
    case "idcard":   return "^[0-9Xx]*$"
    case "digits":
    case "postcode":
    case "pin":      return "^[0-9]*$"
    case "phone":    return "^[0-9+\\- ]*$"
    case "code":     return "^[0-9A-Za-z\\-]*$"
    default:         return ""
    }
}
