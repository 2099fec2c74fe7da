// A date, chosen by touch: the field shows YYYY-MM-DD (`text`); a tap opens a month calendar
// (‹ › for months, « » for years, 今天), and a tap on a day sets it. Same outline as staff/SField
// (name, label, error, text, edited()) so the forms can swap one for the other.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: field
    required property string name
    property string label: ""
    property string error: ""
    property bool mandatory: false      // ＊ after the label (a required field)
    property string text: ""            // YYYY-MM-DD, or "" for none yet
    property string today: ""           // YYYY-MM-DD from the page's clock (else the system's)
    property string minimumDate: ""     // days outside [minimumDate, maximumDate] cannot be picked
    property string maximumDate: ""
    property int fontSize: 24
    property int cell: 76               // a day's touch target, px
    readonly property alias picker: picker
    signal edited()
    spacing: 4

    function pad(n) { return (n < 10 ? "0" : "") + n }
    function iso(y, m, d) { return y + "-" + pad(m) + "-" + pad(d) }   // m is 1-12
    function parse(text) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "")
        return m ? { y: +m[1], m: +m[2], d: +m[3] } : null
    }
    function todayIso() {
        if (parse(field.today)) return field.today
        const now = new Date()
        return iso(now.getFullYear(), now.getMonth() + 1, now.getDate())
    }
    function allowed(dayIso) {
        return (field.minimumDate === "" || dayIso >= field.minimumDate)
            && (field.maximumDate === "" || dayIso <= field.maximumDate)
    }
    function open() {
        Qt.inputMethod.hide()   // nothing to type: the keyboard goes away for the calendar
        const shown = parse(field.text) || parse(todayIso())
        picker.year = shown.y
        picker.month = shown.m
        picker.open()
    }
    function pick(dayIso) {
        if (!allowed(dayIso)) return
        field.text = dayIso
        picker.close()
        field.edited()
    }

    Text {
        objectName: "label_" + field.name
        visible: field.label !== ""
        textFormat: Text.StyledText
        text: field.label + (field.mandatory ? " <font color='#b00020'>＊</font>" : "")
        font.pixelSize: Math.round(field.fontSize * 0.83)
        color: "#343a40"
    }
    Rectangle {
        id: box
        objectName: "field_" + field.name
        readonly property string text: field.text   // what the field holds, as for a text field
        Layout.fillWidth: true
        implicitWidth: 300
        implicitHeight: Math.max(60, field.fontSize * 2.5)
        radius: 8
        color: field.error ? "#fff5f6" : "#ffffff"
        border.width: picker.opened || field.error ? 3 : 2
        border.color: field.error ? "#b00020" : (picker.opened ? "#1864ab" : "#8d96a0")
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 14
            anchors.rightMargin: 10
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: field.text !== "" ? field.text : qsTr("点此选择日期")
                color: field.text !== "" ? "#1f2328" : "#5c636a"
                font.pixelSize: field.fontSize
            }
            Text { textFormat: Text.PlainText; text: "▦"; font.pixelSize: field.fontSize; color: "#1864ab" }
        }
        MouseArea { objectName: "dateOpen_" + field.name; anchors.fill: parent; onClicked: field.open() }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "error_" + field.name
        visible: field.error !== ""
        text: field.error
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Math.round(field.fontSize * 0.83)
        color: "#b00020"
    }

    Popup {
        id: picker
        objectName: "datePicker_" + field.name
        parent: Overlay.overlay
        modal: true
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        anchors.centerIn: parent
        padding: 24
        property int year: 2026
        property int month: 1          // 1-12
        readonly property int firstWeekday: (new Date(year, month - 1, 1).getDay() + 6) % 7   // Monday = 0
        readonly property int days: new Date(year, month, 0).getDate()
        function shift(months) {
            const index = year * 12 + (month - 1) + months
            year = Math.floor(index / 12)
            month = index % 12 + 1
        }
        background: Rectangle { radius: 16; color: "#ffffff"; border.color: "#8d96a0"; border.width: 2 }

        contentItem: ColumnLayout {
            spacing: 12
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: [{ n: "datePrevYear", t: "«", by: -12 }, { n: "datePrevMonth", t: "‹", by: -1 }]
                    delegate: Button {
                        required property var modelData
                        objectName: modelData.n
                        text: modelData.t
                        font.pixelSize: field.fontSize * 1.3
                        implicitWidth: field.cell; implicitHeight: field.cell
                        onClicked: picker.shift(modelData.by)
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "dateMonthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%1年%2月").arg(picker.year).arg(picker.month)
                    font.pixelSize: field.fontSize * 1.2
                    font.bold: true
                    color: "#1d3557"
                }
                Repeater {
                    model: [{ n: "dateNextMonth", t: "›", by: 1 }, { n: "dateNextYear", t: "»", by: 12 }]
                    delegate: Button {
                        required property var modelData
                        objectName: modelData.n
                        text: modelData.t
                        font.pixelSize: field.fontSize * 1.3
                        implicitWidth: field.cell; implicitHeight: field.cell
                        onClicked: picker.shift(modelData.by)
                    }
                }
            }
            GridLayout {
                columns: 7
                rowSpacing: 6
                columnSpacing: 6
                Repeater {
                    model: ["一", "二", "三", "四", "五", "六", "日"]
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property string modelData
                        Layout.preferredWidth: field.cell
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData
                        font.pixelSize: field.fontSize * 0.9
                        color: "#4a5057"
                    }
                }
                Repeater {
                    model: 42
                    delegate: Rectangle {
                        id: day
                        required property int index
                        readonly property int number: index - picker.firstWeekday + 1
                        readonly property bool inMonth: number >= 1 && number <= picker.days
                        readonly property string dayIso: inMonth ? field.iso(picker.year, picker.month, number) : ""
                        readonly property bool chosen: inMonth && dayIso === field.text
                        readonly property bool usable: inMonth && field.allowed(dayIso)
                        objectName: inMonth ? "day_" + dayIso : ""
                        visible: inMonth || index < 35 || picker.firstWeekday + picker.days > 35
                        Layout.preferredWidth: field.cell
                        Layout.preferredHeight: field.cell
                        radius: 8
                        color: chosen ? "#1864ab" : (inMonth ? "#eef1f4" : "transparent")
                        border.width: inMonth && dayIso === field.todayIso() ? 3 : 0
                        border.color: "#b34205"
                        opacity: usable || !inMonth ? 1 : 0.35
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: day.inMonth ? day.number : ""
                            font.pixelSize: field.fontSize
                            font.bold: day.chosen
                            color: day.chosen ? "#ffffff" : "#1f2328"
                        }
                        MouseArea { anchors.fill: parent; enabled: day.usable; onClicked: field.pick(day.dayIso) }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Button {
                    objectName: "dateToday"
                    text: qsTr("今天")
                    font.pixelSize: field.fontSize
                    implicitHeight: field.cell
                    Layout.fillWidth: true
                    enabled: field.allowed(field.todayIso())
                    onClicked: field.pick(field.todayIso())
                }
                Button {
                    objectName: "dateCancel"
                    text: qsTr("取消")
                    font.pixelSize: field.fontSize
                    implicitHeight: field.cell
                    Layout.fillWidth: true
                    onClicked: picker.close()
                }
            }
        }
    }
}
