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
    function clearForm() {
        for (const f of [nameField, idNumber, phone, address, postcode, email, docRef, transcribedBy])
            f.text = ""
        description.text = ""
        applicantType.value = "person"; organizationKind.value = ""; idType.value = "resident_id"
        deliveryForm.value = ""; deliveryMethod.value = ""; channel.value = "in_person"
        received.text = page.form.todayText
        page.form.reset()
        flick.contentY = 0
    }
    function save() {
        page.staff.touch()
        Qt.inputMethod.hide()   // the saved panel and the messages are not under the keyboard
        page.form.submit(page.values())
    }
    Component.onCompleted: clearForm()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12

        Text { text: qsTr("依申请公开登记"); font.pixelSize: 32; font.bold: true; color: "#1d3557" }

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
                        label: page.labels.applicant_type; options: page.form.applicantTypes
                        error: page.errors.applicant_type || ""
                        onPicked: (code) => {
                            page.form.clearError("applicant_type")
                            idType.value = code === "organization" ? "uscc" : "resident_id"
                        }
                    }
                    SChoice {
                        id: organizationKind; name: "organization_kind"; Layout.fillWidth: true
                        visible: applicantType.value === "organization"
                        label: page.labels.organization_kind; options: page.form.organizationKinds
                        error: page.errors.organization_kind || ""
                        onPicked: page.form.clearError("organization_kind")
                    }
                    SField {
                        id: nameField; name: "name"; Layout.fillWidth: true
                        label: page.labels.name; error: page.errors.name || ""
                        onEdited: page.form.clearError("name")
                    }
                    SChoice {
                        id: idType; name: "id_type"; Layout.fillWidth: true
                        label: page.labels.id_type; options: page.form.idTypes
                        error: page.errors.id_type || ""
                        onPicked: { page.form.clearError("id_type"); page.form.clearError("id_number") }
                    }
                    SField {
                        id: idNumber; name: "id_number"; Layout.fillWidth: true
                        label: page.labels.id_number; error: page.errors.id_number || ""
                        kind: idType.value === "resident_id" ? "idcard" : "code"
                        onEdited: page.form.clearError("id_number")
                    }
                    SField {
                        id: phone; name: "phone"; Layout.fillWidth: true
                        label: page.labels.phone; error: page.errors.phone || ""
                        placeholder: qsTr("手机或固定电话，如 0796-6123456")
                        kind: "phone"
                        onEdited: page.form.clearError("phone")
                    }
                    SField {
                        id: address; name: "address"; Layout.fillWidth: true
                        label: page.labels.address; error: page.errors.address || ""
                        onEdited: page.form.clearError("address")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 16
                        SField {
                            id: postcode; name: "postcode"; Layout.preferredWidth: 220; Layout.fillWidth: false
                            label: page.labels.postcode; error: page.errors.postcode || ""
                            kind: "postcode"
                            onEdited: page.form.clearError("postcode")
                        }
                        SField {
                            id: email; name: "email"; Layout.fillWidth: true
                            label: page.labels.email; error: page.errors.email || ""
                            kind: "email"
                            onEdited: page.form.clearError("email")
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
                        Text { text: page.labels.description + qsTr("（名称、文号或其他特征）"); font.pixelSize: 20; color: "#343a40" }
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
                            onTextChanged: if (activeFocus) page.form.clearError("description")
                            background: Rectangle {
                                radius: 8
                                color: page.errors.description ? "#fff5f6" : "#ffffff"
                                border.width: description.activeFocus || page.errors.description ? 3 : 2
                                border.color: page.errors.description ? "#b00020"
                                              : (description.activeFocus ? "#1864ab" : "#8d96a0")
                            }
                        }
                        Text {
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
                        label: page.labels.doc_ref + qsTr("（知道的话）"); error: page.errors.doc_ref || ""
                        onEdited: page.form.clearError("doc_ref")
                    }
                    SChoice {
                        id: deliveryForm; name: "delivery_form"; Layout.fillWidth: true
                        label: page.labels.delivery_form; options: page.form.deliveryForms
                        error: page.errors.delivery_form || ""
                        onPicked: page.form.clearError("delivery_form")
                    }
                    SChoice {
                        id: deliveryMethod; name: "delivery_method"; Layout.fillWidth: true
                        label: page.labels.delivery_method; options: page.form.deliveryMethods
                        error: page.errors.delivery_method || ""
                        onPicked: { page.form.clearError("delivery_method"); page.form.clearError("address"); page.form.clearError("email") }
                    }
                    SChoice {
                        id: channel; name: "channel"; Layout.fillWidth: true
                        label: page.labels.channel; options: page.form.channels
                        error: page.errors.channel || ""
                        onPicked: (code) => {
                            page.form.clearError("channel")
                            if (code === "oral" && transcribedBy.text === "") transcribedBy.text = page.form.clerkName
                        }
                    }
                    SField {
                        id: transcribedBy; name: "transcribed_by"; Layout.fillWidth: true
                        visible: channel.value === "oral"
                        label: page.labels.transcribed_by + qsTr("（口头申请由工作人员代为填写）")
                        error: page.errors.transcribed_by || ""
                        onEdited: page.form.clearError("transcribed_by")
                    }
                    DateField {
                        id: received; name: "received"; Layout.preferredWidth: 320; Layout.fillWidth: false
                        label: page.labels.received; error: page.errors.received || ""
                        today: page.form.todayText; maximumDate: page.form.todayText
                        onEdited: page.form.clearError("received")
                    }
                }
            }
        }

        // Bottom bar: the overall message and the one button that matters.
        RowLayout {
            Layout.fillWidth: true
            spacing: 16
            Text {
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

    // After saving: the number, how printing went, reprint in one tap.
    Rectangle {
        objectName: "savedPanel"
        anchors.fill: parent
        visible: page.form.savedNumber !== ""
        color: "#cc1d3557"
        MouseArea { anchors.fill: parent }   // the form underneath is done with
        Rectangle {
            anchors.centerIn: parent
            width: 1000
            height: savedColumn.implicitHeight + 64
            radius: 16
            color: "#ffffff"
            ColumnLayout {
                id: savedColumn
                anchors.fill: parent
                anchors.margins: 32
                spacing: 18
                Text { text: qsTr("申请已保存"); font.pixelSize: 34; font.bold: true; color: "#1b6e35" }
                Text { text: qsTr("申请编号"); font.pixelSize: 22; color: "#4a5057" }
                Text {
                    objectName: "savedNumber"
                    text: page.form.savedNumber
                    font.pixelSize: 44; font.bold: true; color: "#1f2328"
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: printText.implicitHeight + 28
                    radius: 8
                    color: page.printer.failedLast ? "#fde8ea" : (page.printer.ok ? "#e3f4e8" : "#eef1f4")
                    Text {
                        id: printText
                        objectName: "printMessage"
                        anchors.fill: parent
                        anchors.margins: 14
                        wrapMode: Text.Wrap
                        text: page.printer.message
                        font.pixelSize: 24
                        color: page.printer.failedLast ? "#9b0018" : (page.printer.ok ? "#1b6e35" : "#343a40")
                    }
                }
                RowLayout {
                    spacing: 16
                    SButton {
                        objectName: "reprintButton"
                        visible: !page.printer.busy
                        text: qsTr("重新打印回执")
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
        }
    }
}
