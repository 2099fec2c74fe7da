// Search everything, as you type (汉字, 拼音 "dibao" or initials "db"): suggestions to tap, then one
// ranked list (each hit labelled with its kind); a how-do-I question gets a best-answer card first;
// when nothing answers, it says so, with the nearest topics held here and how to ask at the counter.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "components"
import Gongkai

FocusScope {
    id: page
    objectName: "searchPage"
    required property var app
    required property QtObject vm

    readonly property bool wantsKeyboard: true  // Main.qml shows the keyboard when this page opens
    // While typing, the suggestions keep to one row and the answer card to its title and first line,
    // so that the list still shows more than one result above the keyboard.
    readonly property bool typing: Qt.inputMethod.visible
    function speechText() { return vm.speechText(pager.firstVisible(), pager.lastVisible()) }

    // A row of tappable words: suggestions, did-you-mean, popular topics.
    component WordChips: Flow {
        id: chips
        property var words: []
        property string chipName: "searchChip"
        // While typing only the first row shows (above the keyboard); the rest wait, whole, for the keyboard to go.
        property bool oneRow: false
        readonly property real rowHeight: children.length > 1 ? children[1].height : Theme.target  // [0]: the Repeater
        spacing: Theme.spacing
        Repeater {
            model: chips.words
            delegate: KButton {
                required property string modelData
                objectName: chips.chipName
                visible: !chips.oneRow || y === 0
                text: modelData
                fill: Theme.colors.accent
                ink: Theme.colors.onAccent
                onClicked: page.vm.choose(modelData)
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Toolbar { Layout.fillWidth: true; app: page.app; title: qsTr("搜索"); canRead: true }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            spacing: Theme.spacing
            KField {
                id: queryField
                focus: true
                objectName: "searchField"
                Layout.fillWidth: true
                text: page.vm.query
                onTextChanged: if (text !== page.vm.query) page.vm.query = text
                kind: "search"
            }
            KButton {
                objectName: "searchClearButton"
                text: qsTr("清空")
                fill: Theme.colors.section
                ink: Theme.colors.onSection
                // The tap took the focus from the field: give it back, with the keyboard, to type again.
                onClicked: {
                    page.vm.clear()
                    queryField.forceActiveFocus()
                    Qt.inputMethod.show()
                }
            }
        }
        // What to type, whole, under the empty field (as a one-line placeholder it was cut to
        // "…或拼音…" in 长辈模式, losing the pinyin example).
        Text {
            textFormat: Text.PlainText
            objectName: "searchHint"
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.fillWidth: true
            visible: queryField.text === "" && queryField.preeditText === ""
            wrapMode: Text.Wrap
            text: qsTr("想办什么事？如“低保怎么申请”，或拼音“dibao”")
            color: Theme.colors.muted
            font.pixelSize: Theme.body
        }
        WordChips {
            objectName: "searchSuggestions"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            visible: words.length > 0
            words: page.vm.suggestions
            chipName: "searchSuggestion"
            clip: true
            Layout.maximumHeight: page.typing ? rowHeight : Number.POSITIVE_INFINITY
            oneRow: page.typing
        }
        Text {
            textFormat: Text.PlainText
            objectName: "searchMessage"
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            text: page.vm.message
            color: Theme.colors.text
            font.pixelSize: Theme.body
            font.bold: true
        }
        // The best answer of a how-do-I question: what to bring, where, how long, whom to call.
        Rectangle {
            id: card
            objectName: "searchBestAnswer"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            visible: page.vm.hasBest
            implicitHeight: bestColumn.implicitHeight + 32
            radius: 12
            color: Theme.colors.accent
            border.color: Theme.colors.heading
            border.width: 2
            ColumnLayout {
                id: bestColumn
                anchors.fill: parent
                anchors.margins: 16
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        textFormat: Text.PlainText
                        text: qsTr("最佳答案")
                        color: Theme.colors.heading
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        text: page.vm.best.title || ""
                        color: Theme.colors.onAccent
                        font.pixelSize: Theme.body
                        font.bold: true
                    }
                    KButton {
                        objectName: "searchBestOpen"
                                // A routed answer opens the kiosk's function (去查询, 开始); the office card has none.
                        visible: (page.vm.best.target || "") !== ""
                        text: page.vm.best.action || qsTr("查看全文")
                        onClicked: page.app.openTarget(page.vm.best.target, page.vm.best.key)
                    }
                }
                Repeater {
                    model: (page.vm.best.lines || []).slice(0, page.typing ? 1 : undefined)
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property string modelData
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData
                        color: Theme.colors.text
                        font.pixelSize: Theme.body
                    }
                }
            }
        }
        // Nothing found: ways on, right here.
        Flickable {
            objectName: "searchHelp"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            visible: page.vm.noResult
            clip: true
            contentHeight: help.implicitHeight
            ColumnLayout {
                id: help
                width: parent.width
                spacing: Theme.spacing
                Text {
                    textFormat: Text.PlainText
                    visible: page.vm.didYouMean.length > 0
                    text: qsTr("本镇没有直接回答这个问题的内容。相近的内容：")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    color: Theme.colors.heading
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                WordChips {
                    objectName: "searchDidYouMean"
                    Layout.fillWidth: true
                    visible: words.length > 0
                    words: page.vm.didYouMean
                    chipName: "searchDidYouMeanWord"
                }
                Text {
                    textFormat: Text.PlainText
                    visible: page.vm.popular.length > 0
                    text: qsTr("大家常查：")
                    color: Theme.colors.heading
                    font.pixelSize: Theme.body
                    font.bold: true
                }
                WordChips {
                    objectName: "searchPopular"
                    Layout.fillWidth: true
                    words: page.vm.noResult ? page.vm.popular : []
                    chipName: "searchPopularTopic"
                }
                Rectangle {
                    objectName: "searchCounterHelp"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    implicitHeight: counterText.implicitHeight + 32
                    radius: 12
                    color: Theme.colors.section
                    Text {
                        textFormat: Text.PlainText
                        id: counterText
                        anchors.fill: parent
                        anchors.margins: 16
                        wrapMode: Text.Wrap
                        text: qsTr("找不到想要的内容？") + "\n" + page.vm.counterHelp
                        color: Theme.colors.onSection
                        font.pixelSize: Theme.body
                    }
                }
            }
        }
        ListView {
            id: results
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacing * 2
            Layout.topMargin: 0
            visible: !page.vm.noResult
            clip: true
            spacing: 8
            model: page.vm.results
            ScrollBar.vertical: ScrollMark {}
            onMovementStarted: Qt.inputMethod.hide()   // scrolling the results: the keyboard makes room
            delegate: RowCard {
                id: hit
                required property var model
                objectName: "searchHit"
                width: ListView.view.width - 24
                title: model.title
                subtitle: model.subtitle
                badge: model.badge
                excerpt: true
                onClicked: page.app.openTarget(hit.model.target, hit.model.key)
            }
        }
        Pager {
            id: pager
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing * 2
            Layout.rightMargin: Theme.spacing * 2
            Layout.bottomMargin: Theme.spacing
            flick: results
            endText: qsTr("已到结果末尾")
        }
    }
}
