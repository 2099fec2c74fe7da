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

    function values() {
        return {
            applicant_type: applicantType.value, organization_kind: organizationKind.value,
            name: nameField.text, id_type: idType.value, id_number: idNumber.text, phone: phone.text,
            address: address.text, postcode: postcode.text, email: email.text,
            description: description.text, doc_ref: docRef.text,
            delivery_form: deliveryForm.value, delivery_method: deliveryMethod.value,
            channel: channel.value, transcribed_by: transcribedBy.text, received: received.text
        }
    }
    // Walk-in defaults (kiosk config): channel, the office's usual form and method, today's date.
    function fill(v) {
        const d = page.form.defaults
        nameField.text = v.name || ""; idNumber.text = v.id_number || ""; phone.text = v.phone || ""
        address.text = v.address || ""; postcode.text = v.postcode || ""; email.text = v.email || ""
        docRef.text = v.doc_ref || ""; transcribedBy.text = v.transcribed_by || ""
        description.text = v.description || ""
        applicantType.value = v.applicant_type || d.applicant_type
        organizationKind.value = v.organization_kind || ""
        idType.value = v.id_type || d.id_type
        deliveryForm.value = v.delivery_form !== undefined ? v.delivery_form : d.delivery_form
        deliveryMethod.value = v.delivery_method !== undefined ? v.delivery_method : d.delivery_method
        channel.value = v.channel || d.channel
        received.text = v.received || d.received
    }
    function clearForm() {
        page.restoring = true
        fill({})
        page.restoring = false
        page.form.discardDraft()
        page.form.reset()
        flick.contentY = 0
        Qt.callLater(page.focusFirst)
    }
    // A new form starts with the cursor in the first empty field (the name), the keyboard up.
    function focusFirst() {
        if (page.form.savedNumber !== "") return
        for (const f of page.order) {
            if (!f.visible || f.text !== "") continue
            if (f === description) description.forceActiveFocus()
            else f.input.forceActiveFocus()
            Qt.inputMethod.show()
            return
        }
    }
    function edited(field) {
        page.form.clearError(field)
        if (!page.restoring) page.form.saveDraft(page.values())
    }
    function reuseApplicant() {
        page.staff.touch()
        const found = page.form.lookupApplicant(idType.value, idNumber.text)
        if (!found.name) return
        page.restoring = true
        for (const [f, key] of [[nameField, "name"], [phone, "phone"], [address, "address"],
                                [postcode, "postcode"], [email, "email"]])
            if (found[key]) f.text = found[key]
        applicantType.value = found.applicant_type || applicantType.value
        organizationKind.value = found.organization_kind || ""
        idNumber.text = found.id_number
        page.restoring = false
        page.form.saveDraft(page.values())
    }
    function save() {
        page.staff.touch()
        Qt.inputMethod.hide()   // the saved panel and the messages are not under the keyboard
        if (page.form.submit(page.values()))
            page.forceActiveFocus()   // the receipt panel is for the resident to see (and photograph)
    }
    property bool restoring: false
    property Item current: null   // the field being typed in, kept in view above the keyboard
    // 回车 moves on to the next empty field, in the order a clerk asks for things at the counter.
    readonly property var order: [nameField, idNumber, phone, address, description]
    function focusNext(from) {
        const i = page.order.indexOf(from)
        for (let j = i + 1; j < page.order.length; ++j) {
            const next = page.order[j]
            if (!next.visible || (next.text !== "" && j < page.order.length - 1)) continue  // the next empty one
            if (next === description) description.forceActiveFocus()
            else next.input.forceActiveFocus()
            Qt.inputMethod.show()
            return
        }
    }
    function reveal(item, below) {
        page.current = item
        page.currentBelow = below || null
        if (!item) return
        const p = item.mapToItem(flick.contentItem, 0, 0)
        let bottom = p.y + item.height
        if (below && below.visible) bottom = below.mapToItem(flick.contentItem, 0, below.height).y
        if (p.y < flick.contentY)
            flick.contentY = Math.max(0, p.y - 20)
        else if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(Math.max(0, flick.contentHeight - flick.height),
                                      Math.min(p.y - 20, bottom - flick.height + 20))
    }
    property Item currentBelow: null
    // Auto-advance: a whole, valid ID number (check digit) or an 11-digit mobile number needs no 回车.
    function advanceIfComplete(field) {
        if (field === idNumber && page.form.idComplete(idType.value, idNumber.text)) page.focusNext(idNumber)
        else if (field === phone && page.form.mobileComplete(phone.text)) page.focusNext(phone)
    }
    // The village the address starts with, when it is a village (村): its groups are one tap away.
    readonly property string ruralVillage: {
        for (const v of page.form.ruralVillages)
            if (address.text.indexOf(v) === 0) return v
        return ""
    }
    function pickGroup(group) {
        // 东岭村 + 3组 (+ what follows); another group replaces the first one.
        const v = page.ruralVillage
        const rest = address.text.slice(v.length).replace(/^[0-9]+组/, "")
        address.text = v + group + rest
        address.input.forceActiveFocus()
        address.input.cursorPosition = (v + group).length
        page.edited("address")
    }
    // Description: the year in front; a suggestion replaces what was typed after it.
    function pickYear(year) {
        Qt.inputMethod.commit()
        description.text = year + description.text
        page.afterChip()
    }
    function pickSuggestion(phrase) {
        Qt.inputMethod.commit()
        const m = /^\s*[0-9]{4}年度?/.exec(description.text)
        description.text = (m && !/[0-9]{4}年/.test(phrase) ? m[0] : "") + phrase   // one year, not two
        page.afterChip()
    }
    function afterChip() {
        description.forceActiveFocus()
        description.cursorPosition = description.text.length
        page.edited("description")
    }
    readonly property bool descriptionHasYear: /^\s*[0-9]{4}年/.test(description.text)
    function pickVillage(name) {
        // 东岭村 + what follows it (3组); a village picked again replaces the first one.
        let rest = address.text
        for (const v of page.form.villages)
            if (rest.indexOf(v) === 0) { rest = rest.slice(v.length); break }
        address.text = name + rest
        address.input.forceActiveFocus()
        address.input.cursorPosition = address.text.length
        page.edited("address")
        Qt.callLater(page.revealAddress)   // its groups come up under the villages: keep them in view
    }
    function revealAddress() { page.reveal(address, groupChips.visible ? groupChips : villageChips) }
    Connections {
        target: flick
        // The keyboard came up: keep the field in view. It went away: no scrolling past the end of the form.
        function onHeightChanged() {
            if (Qt.inputMethod.visible && page.current) page.reveal(page.current, page.currentBelow)
            else {
                // Scroll back as far as the field being typed in allows: the top of the form comes back.
                let top = 0
                if (page.current) {
                    const p = page.current.mapToItem(flick.contentItem, 0, 0)
                    top = Math.max(0, p.y + page.current.height + 20 - flick.height)
                }
                flick.contentY = Math.min(flick.contentY, top, Math.max(0, flick.contentHeight - flick.height))
            }
        }
    }
    Component.onCompleted: {
        page.restoring = true
        fill(page.form.hasDraft ? page.form.draft : {})
        page.restoring = false
        Qt.callLater(page.focusFirst)
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
                        onPicked: (code) => {
                            idType.value = code === "organization" ? "uscc" : "resident_id"
                            page.edited("applicant_type")
                        }
                    }
                    SChoice {
                        id: organizationKind; name: "organization_kind"; Layout.fillWidth: true
                        visible: applicantType.value === "organization"
                        mandatory: page.form.required.indexOf("organization_kind") >= 0
                        label: page.labels.organization_kind; options: page.form.organizationKinds
                        error: page.errors.organization_kind || ""
                        onPicked: page.edited("organization_kind")
                    }
                    SField {
                        id: nameField; name: "name"; Layout.fillWidth: true
                        onAccepted: page.focusNext(nameField); onFocusedIn: page.reveal(nameField)
                        mandatory: page.form.required.indexOf("name") >= 0
                        label: page.labels.name; error: page.errors.name || ""
                        onEdited: page.edited("name")
                    }
                    SChoice {
                        id: idType; name: "id_type"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("id_type") >= 0
                        label: page.labels.id_type; options: page.form.idTypes
                        error: page.errors.id_type || ""
                        onPicked: { page.form.clearError("id_number"); page.edited("id_type") }
                    }
                    SField {
                        id: idNumber; name: "id_number"; Layout.fillWidth: true
                        onAccepted: page.focusNext(idNumber); onFocusedIn: page.reveal(idNumber, reuseRow)
                        mandatory: page.form.required.indexOf("id_number") >= 0
                        label: page.labels.id_number; error: page.errors.id_number || ""
                        kind: idType.value === "resident_id" ? "idcard" : "code"
                        onEdited: { page.edited("id_number"); page.advanceIfComplete(idNumber) }
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
                            onClicked: page.reuseApplicant()
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
                        onAccepted: page.focusNext(phone); onFocusedIn: page.reveal(phone)
                        mandatory: page.form.required.indexOf("phone") >= 0
                        label: page.labels.phone; error: page.errors.phone || ""
                        placeholder: qsTr("手机或固定电话，如 0796-6123456")
                        kind: "phone"
                        onEdited: { page.edited("phone"); page.advanceIfComplete(phone) }
                    }
                    SField {
                        id: address; name: "address"; Layout.fillWidth: true
                        onAccepted: page.focusNext(address); onFocusedIn: page.revealAddress()
                        mandatory: page.form.required.indexOf("address") >= 0
                        label: page.labels.address; error: page.errors.address || ""
                        onEdited: page.edited("address")
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
                                MouseArea { anchors.fill: parent; onClicked: page.pickVillage(parent.modelData) }
                            }
                        }
                    }
                    Flow {
                        id: groupChips
                        objectName: "groupChips"
                        Layout.fillWidth: true
                        spacing: 8
                        visible: page.ruralVillage !== ""
                        // Laid out once it shows: then keep it in view with the address it belongs to.
                        onYChanged: if (visible && address.input.activeFocus) Qt.callLater(page.revealAddress)
                        onHeightChanged: if (visible && address.input.activeFocus) Qt.callLater(page.revealAddress)
                        Text { text: qsTr("村民小组"); font.pixelSize: 20; color: "#4a5057"; height: 48; verticalAlignment: Text.AlignVCenter }
                        Repeater {
                            model: page.form.groupChips
                            delegate: Chip {
                                required property string modelData
                                objectName: "group_" + modelData
                                label: modelData
                                chosen: address.text.indexOf(page.ruralVillage + modelData) === 0
                                        && !/^[0-9]/.test(address.text.slice((page.ruralVillage + modelData).length))
                                onTapped: page.pickGroup(modelData)
                            }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        SField {
                            id: postcode; name: "postcode"; Layout.preferredWidth: 220; Layout.fillWidth: false
                            onFocusedIn: page.reveal(postcode)
                            mandatory: page.form.required.indexOf("postcode") >= 0
                            label: page.labels.postcode; error: page.errors.postcode || ""
                            kind: "postcode"
                            onEdited: page.edited("postcode")
                        }
                        SField {
                            id: email; name: "email"; Layout.fillWidth: true
                            onFocusedIn: page.reveal(email)
                            mandatory: page.form.required.indexOf("email") >= 0
                            label: page.labels.email; error: page.errors.email || ""
                            kind: "email"
                            onEdited: page.edited("email")
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
                            onTextChanged: if (activeFocus) page.edited("description")
                            onActiveFocusChanged: if (activeFocus) page.reveal(description)
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
                                model: page.descriptionHasYear ? [] : page.form.yearChips
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
                        onFocusedIn: page.reveal(docRef)
                        mandatory: page.form.required.indexOf("doc_ref") >= 0
                        label: page.labels.doc_ref + qsTr("（知道的话）"); error: page.errors.doc_ref || ""
                        onEdited: page.edited("doc_ref")
                    }
                    SChoice {
                        id: deliveryForm; name: "delivery_form"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("delivery_form") >= 0
                        label: page.labels.delivery_form; options: page.form.deliveryForms
                        error: page.errors.delivery_form || ""
                        onPicked: page.edited("delivery_form")
                    }
                    SChoice {
                        id: deliveryMethod; name: "delivery_method"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("delivery_method") >= 0
                        label: page.labels.delivery_method; options: page.form.deliveryMethods
                        error: page.errors.delivery_method || ""
                        onPicked: { page.form.clearError("address"); page.form.clearError("email"); page.edited("delivery_method") }
                    }
                    SChoice {
                        id: channel; name: "channel"; Layout.fillWidth: true
                        mandatory: page.form.required.indexOf("channel") >= 0
                        label: page.labels.channel; options: page.form.channels
                        error: page.errors.channel || ""
                        onPicked: (code) => {
                            if (code === "oral" && transcribedBy.text === "") transcribedBy.text = page.form.clerkName
                            page.edited("channel")
                        }
                    }
                    SField {
                        id: transcribedBy; name: "transcribed_by"; Layout.fillWidth: true
                        onFocusedIn: page.reveal(transcribedBy)
                        visible: channel.value === "oral"
                        mandatory: page.form.required.indexOf("transcribed_by") >= 0
                        label: page.labels.transcribed_by + qsTr("（口头申请由工作人员代为填写）")
                        error: page.errors.transcribed_by || ""
                        onEdited: page.edited("transcribed_by")
                    }
                    DateField {
                        id: received; name: "received"; Layout.preferredWidth: 320; Layout.fillWidth: false
                        mandatory: page.form.required.indexOf("received") >= 0
                        label: page.labels.received; error: page.errors.received || ""
                        today: page.form.todayText; maximumDate: page.form.todayText
                        onEdited: page.edited("received")
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
