// 依申请公开登记: every field of the application form, each with its message underneath.
// Nothing is saved until every field is valid; after saving, the receipt prints (or says why not).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

Item {
    id: page
    required property QtObject staff
    readonly property QtObject form: staff.intake
    readonly property QtObject printer: staff.intake.printer
    readonly property var errors: form.errors
    readonly property var labels: form.labels

    // The form's values, their defaults and every text the quick picks compose live in the view model
    // (ui/staff/intake_model.py); this page reports edits, shows what the model sets and moves the focus.
    readonly property var fields: ({
        applicant_type: applicantType, organization_kind: organizationKind, name: nameField, id_type: idType,
        id_number: idNumber, phone: phone, address: address, postcode: postcode, email: email,
        description: description, doc_ref: docRef, delivery_form: deliveryForm, delivery_method: deliveryMethod,
        channel: channel, transcribed_by: transcribedBy, received: received
    })
    Connections {
        target: page.form
        function onValueSet(field, value) {
            const f = page.fields[field]
            if (f.value !== undefined) f.value = value
            else if (f.text !== value) f.text = value
        }
    }
    // Put the cursor in a field (by name) with the keyboard up; "" leaves it where it is.
    function focusField(name) {
        if (!name) return
        const f = page.fields[name]
        if (f === description) description.forceActiveFocus()
        else f.input.forceActiveFocus()
        Qt.inputMethod.show()
    }
    function edited(field, value) { page.focusField(page.form.edit(field, value)) }
    function clearForm() {
        page.staff.rating.clear()
        page.form.clear()
        flick.contentY = 0
        Qt.callLater(() => page.focusField(page.form.firstField()))
    }
    function save() {
        page.staff.touch()
        Qt.inputMethod.hide()   // the saved panel and the messages are not under the keyboard
        if (page.form.save())
            page.forceActiveFocus()   // the receipt panel is for the resident to see (and photograph)
    }
    // A chip puts its text into the field; the cursor goes where the model says.
    function picked(field, cursor) {
        const f = page.fields[field]
        const input = f === description ? description : f.input
        input.forceActiveFocus()
        input.cursorPosition = cursor >= 0 ? cursor : input.text.length
    }
    // (Here, not in the chip: a year chip goes away as the year goes in.)
    function pickYear(year) { Qt.inputMethod.commit(); page.form.pickYear(year); page.picked("description", -1) }
    function pickSuggestion(phrase) { Qt.inputMethod.commit(); page.form.pickSuggestion(phrase); page.picked("description", -1) }
    Component.onCompleted: {
        page.form.restore()
        Qt.callLater(() => page.focusField(page.form.firstField()))
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        RowLayout {
            Layout.fillWidth: true
            spacing: 24
            Text { text: qsTr("依申请公开登记"); font.pixelSize: 32; font.bold: true; color: "#1d3557" }
            Text { text: qsTr("<font color='#b00020'>＊</font> 为必填项"); textFormat: Text.StyledText; font.pixelSize: 20; color: "#4a5057" }
            Item { Layout.fillWidth: true }
            Text {
                textFormat: Text.PlainText
                objectName: "draftNotice"
                visible: page.form.hasDraft && page.form.draftText !== ""
                text: page.form.draftText
                font.pixelSize: 20; color: "#6b4100"
            }
        }

        Flickable {
            id: flick
            objectName: "intakeFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: grid.implicitHeight + 24
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AlwaysOn }

            GridLayout {
                id: grid
                width: flick.width - 40
                columns: page.width < 1500 ? 1 : 2
                columnSpacing: 40
                rowSpacing: 14

                // Left column: who applies.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    spacing: 14
                    SChoice {
                        id: applicantType; name: "applicant_type"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("applicant_type") >= 0
                        label: page.labels.applicant_type; options: page.form.applicantTypes
                        error: page.errors.applicant_type || ""
                        onPicked: (code) => page.edited("applicant_type", code)
                    }
                    SChoice {
                        id: organizationKind; name: "organization_kind"; Layout.fillWidth: true
                        visible: applicantType.value === "organization"
                        mandatory: page.form.required.indexOf("organization_kind") >= 0
                        label: page.labels.organization_kind; options: page.form.organizationKinds
                        error: page.errors.organization_kind || ""
                        onPicked: (code) => page.edited("organization_kind", code)
                    }
                    SField {
                        id: nameField; name: "name"; Layout.fillWidth: true
                        onAccepted: page.focusField(page.form.nextField("name"))
                        mandatory: page.form.required.indexOf("name") >= 0
                        label: page.labels.name; error: page.errors.name || ""
                        onTextChanged: page.edited("name", text)
                    }
                    SChoice {
                        id: idType; name: "id_type"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("id_type") >= 0
                        label: page.labels.id_type; options: page.form.idTypes
                        error: page.errors.id_type || ""
                        onPicked: (code) => page.edited("id_type", code)
                    }
                    SField {
                        id: idNumber; name: "id_number"; Layout.fillWidth: true
                        onAccepted: page.focusField(page.form.nextField("id_number")); keyboardBelow: reuseRow
                        mandatory: page.form.required.indexOf("id_number") >= 0
                        label: page.labels.id_number; error: page.errors.id_number || ""
                        kind: idType.value === "resident_id" ? "idcard" : "code"
                        onTextChanged: page.edited("id_number", text)
                    }
                    RowLayout {
                        id: reuseRow
                        Layout.fillWidth: true
                        spacing: 12
                        SButton {
                            objectName: "reuseApplicant"
                            text: qsTr("调取以往信息")
                            fill: "#e9eef4"; ink: "#1d3557"
                            enabled: idNumber.text.length >= 6
                            onClicked: { page.staff.touch(); page.form.reuseApplicant() }
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "applicantMessage"
                            Layout.fillWidth: true
                            text: page.form.applicantMessage || qsTr("再次来申请的，输入证件号码后可调取本机以往的登记信息")
                            wrapMode: Text.Wrap
                            font.pixelSize: 18; color: "#4a5057"
                        }
                    }
                    SField {
                        id: phone; name: "phone"; Layout.fillWidth: true
                        onAccepted: page.focusField(page.form.nextField("phone"))
                        mandatory: page.form.required.indexOf("phone") >= 0
                        label: page.labels.phone; error: page.errors.phone || ""
                        placeholder: qsTr("手机或固定电话，如 0796-6123456")
                        kind: "phone"
                        onTextChanged: page.edited("phone", text)
                    }
                    SField {
                        id: address; name: "address"; Layout.fillWidth: true
                        onAccepted: page.focusField(page.form.nextField("address")); keyboardBelow: groupChips.visible ? groupChips : villageChips
                        mandatory: page.form.required.indexOf("address") >= 0
                        label: page.labels.address; error: page.errors.address || ""
                        onTextChanged: page.edited("address", text)
                    }
                    Flow {
                        id: villageChips
                        objectName: "villageChips"
                        Layout.fillWidth: true
                        spacing: 8
                        visible: page.form.villages.length > 0
                        Repeater {
                            model: page.form.villages
                            delegate: Rectangle {
                                required property string modelData
                                objectName: "village_" + modelData
                                width: villageLabel.implicitWidth + 28
                                height: 48
                                radius: 24
                                color: address.text.indexOf(modelData) === 0 ? "#d0e2f5" : "#f3f5f7"
                                border.width: 1
                                border.color: "#8d96a0"
                                Text { textFormat: Text.PlainText; id: villageLabel; anchors.centerIn: parent; text: parent.modelData; font.pixelSize: 20; color: "#1f2328" }
                                MouseArea { anchors.fill: parent; onClicked: page.picked("address", page.form.pickVillage(parent.modelData)) }
                            }
                        }
                    }
                    Flow {
                        id: groupChips
                        objectName: "groupChips"
                        Layout.fillWidth: true
                        spacing: 8
                        visible: page.form.ruralVillage !== ""
                        Text { text: qsTr("村民小组"); font.pixelSize: 20; color: "#4a5057"; height: 48; verticalAlignment: Text.AlignVCenter }
                        Repeater {
                            model: page.form.groupChips
                            delegate: Chip {
                                required property string modelData
                                objectName: "group_" + modelData
                                label: modelData
                                chosen: page.form.addressGroup === modelData
                                onTapped: page.picked("address", page.form.pickGroup(modelData))
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        SField {
                            id: postcode; name: "postcode"; Layout.preferredWidth: 220; Layout.fillWidth: false
                            mandatory: page.form.required.indexOf("postcode") >= 0
                            label: page.labels.postcode; error: page.errors.postcode || ""
                            kind: "postcode"
                            onTextChanged: page.edited("postcode", text)
                        }
                        SField {
                            id: email; name: "email"; Layout.fillWidth: true
                            mandatory: page.form.required.indexOf("email") >= 0
                            label: page.labels.email; error: page.errors.email || ""
                            kind: "email"
                            onTextChanged: page.edited("email", text)
                        }
                    }
                }

                // Right column: what is asked for, and how it came in.
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1
                    spacing: 14
                    ColumnLayout {
                        id: descriptionBlock
                        Layout.fillWidth: true
                        spacing: 4
                        Text {
                            objectName: "label_description"
                            textFormat: Text.StyledText
                            text: page.labels.description + qsTr("（名称、文号或其他特征）") + " <font color='#b00020'>＊</font>"
                            font.pixelSize: 20; color: "#343a40"
                        }
                        TextArea {
                            id: description
                            objectName: "field_description"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 150
                            wrapMode: TextEdit.Wrap
                            font.pixelSize: 24
                            readonly property Item keyboardTarget: descriptionBlock   // with its message
                            selectByMouse: false
                            ContextMenu.menu: null
                            onTextChanged: page.edited("description", text)
                            background: Rectangle {
                                radius: 8
                                color: page.errors.description ? "#fff5f6" : "#ffffff"
                                border.width: description.activeFocus || page.errors.description ? 3 : 2
                                border.color: page.errors.description ? "#b00020"
                                              : (description.activeFocus ? "#1864ab" : "#8d96a0")
                            }
                        }
                        Flow {
                            id: descriptionChips
                            objectName: "descriptionChips"
                            Layout.fillWidth: true
                            spacing: 8
                            // What was typed so far, matched against the catalogue and recent requests here.
                            readonly property var suggestions: page.form.descriptionSuggestions(description.text)
                            Repeater {
                                model: page.form.descriptionHasYear ? [] : page.form.yearChips
                                delegate: Chip {
                                    required property string modelData
                                    objectName: "year_" + modelData
                                    label: modelData
                                    onTapped: page.pickYear(modelData)
                                }
                            }
                            Repeater {
                                model: descriptionChips.suggestions
                                delegate: Chip {
                                    required property string modelData
                                    objectName: "suggestion_" + modelData
                                    label: modelData
                                    fill: "#fff8e1"
                                    onTapped: page.pickSuggestion(modelData)
                                }
                            }
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "error_description"
                            visible: text !== ""
                            text: page.errors.description || ""
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: 20; color: "#b00020"
                        }
                    }
                    SField {
                        id: docRef; name: "doc_ref"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("doc_ref") >= 0
                        label: page.labels.doc_ref + qsTr("（知道的话）"); error: page.errors.doc_ref || ""
                        onTextChanged: page.edited("doc_ref", text)
                    }
                    SChoice {
                        id: deliveryForm; name: "delivery_form"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("delivery_form") >= 0
                        label: page.labels.delivery_form; options: page.form.deliveryForms
                        error: page.errors.delivery_form || ""
                        onPicked: (code) => page.edited("delivery_form", code)
                    }
                    SChoice {
                        id: deliveryMethod; name: "delivery_method"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("delivery_method") >= 0
                        label: page.labels.delivery_method; options: page.form.deliveryMethods
                        error: page.errors.delivery_method || ""
                        onPicked: (code) => page.edited("delivery_method", code)
                    }
                    SChoice {
                        id: channel; name: "channel"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("channel") >= 0
                        label: page.labels.channel; options: page.form.channels
                        error: page.errors.channel || ""
                        onPicked: (code) => page.edited("channel", code)
                    }
                    SField {
                        id: transcribedBy; name: "transcribed_by"; Layout.fillWidth: true
                        visible: channel.value === "oral"
                        mandatory: page.form.required.indexOf("transcribed_by") >= 0
                        label: page.labels.transcribed_by + qsTr("（口头申请由工作人员代为填写）")
                        error: page.errors.transcribed_by || ""
                        onTextChanged: page.edited("transcribed_by", text)
                    }
                    DateField {
                        id: received; name: "received"; Layout.preferredWidth: 320; Layout.fillWidth: false
                        mandatory: page.form.required.indexOf("received") >= 0
                        label: page.labels.received; error: page.errors.received || ""
                        today: page.form.todayText; maximumDate: page.form.todayText
                        onTextChanged: page.edited("received", text)
                    }
                }
            }
        }

        // Bottom bar: the overall message and the one button that matters.
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Text {
                textFormat: Text.PlainText
                objectName: "formMessage"
                Layout.fillWidth: true
                text: page.form.formMessage
                wrapMode: Text.Wrap
                font.pixelSize: 24; font.bold: true; color: "#b00020"
            }
            SButton {
                objectName: "clearButton"
                text: qsTr("清空")
                fill: "#e9eef4"; ink: "#1f2328"
                onClicked: page.clearForm()
            }
            SButton {
                objectName: "saveButton"
                implicitWidth: 360
                text: qsTr("保存并打印回执")
                fontSize: 28
                onClicked: page.save()
            }
        }
    }

    // After saving, always: the number in large type, the due date and the receipt's QR on screen
    // (the resident can photograph it when no printer works), how printing goes, reprint in one tap.
    Rectangle {
        objectName: "savedPanel"
        anchors.fill: parent
        visible: page.form.savedNumber !== ""
        color: "#cc1d3557"
        MouseArea { anchors.fill: parent }   // the form underneath is done with
        Rectangle {
            objectName: "receiptPanel"
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 1400)
            height: Math.min(parent.height - 32, savedRow.implicitHeight + 64)
            radius: 16
            color: "#ffffff"
            RowLayout {
                id: savedRow
                anchors.fill: parent
                anchors.margins: 32
                spacing: 32
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 14
                    Text { text: qsTr("申请已保存 · 请申请人核对，可拍照留存"); font.pixelSize: 30; font.bold: true; color: "#1b6e35" }
                    Text { text: qsTr("申请编号"); font.pixelSize: 22; color: "#4a5057" }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "savedNumber"
                        Layout.fillWidth: true
                        text: page.form.savedNumber
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 36
                        font.pixelSize: 64; font.bold: true; color: "#1f2328"
                    }
                    Text { text: qsTr("答复期限"); font.pixelSize: 22; color: "#4a5057" }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "savedDue"
                        text: page.form.savedDue
                        font.pixelSize: 34; font.bold: true; color: "#1f2328"
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: printRow.implicitHeight + 28
                        radius: 8
                        color: page.printer.failedLast ? "#fde8ea" : (page.printer.ok ? "#e3f4e8" : "#eef1f4")
                        RowLayout {
                            id: printRow
                            anchors.fill: parent
                            anchors.margins: 14
                            spacing: 12
                            BusyIndicator {
                                objectName: "printBusy"
                                visible: page.printer.busy
                                running: visible
                                Layout.preferredWidth: 44; Layout.preferredHeight: 44
                            }
                            Text {
                                textFormat: Text.PlainText
                                id: printText
                                objectName: "printMessage"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: page.printer.message || qsTr("准备打印回执……")
                                font.pixelSize: 24
                                color: page.printer.failedLast ? "#9b0018" : (page.printer.ok ? "#1b6e35" : "#343a40")
                            }
                        }
                    }
                    // 好差评: the applicant rates the service here, one tap (two for 不满意 and below).
                    RatingPanel { Layout.fillWidth: true; staff: page.staff }
                    RowLayout {
                        spacing: 16
                        SButton {
                            objectName: "reprintButton"
                            enabled: !page.printer.busy
                            opacity: enabled ? 1 : 0.5
                            text: page.printer.busy ? qsTr("正在打印……") : qsTr("重新打印回执")
                            fill: page.printer.failedLast ? "#b34205" : "#1864ab"
                            onClicked: page.printer.reprint(page.form.savedNumber)
                        }
                        SButton {
                            objectName: "nextButton"
                            text: qsTr("继续登记")
                            fill: "#2b7a3b"
                            onClicked: page.clearForm()
                        }
                        SButton {
                            text: qsTr("查看待办")
                            fill: "#e9eef4"; ink: "#1f2328"
                            onClicked: page.staff.go("worklist")
                        }
                    }
                }
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    spacing: 8
                    Image {
                        objectName: "receiptQr"
                        Layout.preferredWidth: 320
                        Layout.preferredHeight: 320
                        source: page.form.savedQrSource
                        smooth: false
                        fillMode: Image.PreserveAspectFit
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: 320
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        text: page.form.savedQrText.indexOf("http") === 0 ? qsTr("手机扫码查看办理进度") : qsTr("在查询机“进度查询”扫码或输入编号")
                        font.pixelSize: 20; color: "#343a40"
                    }
                }
            }
        }
    }
}
