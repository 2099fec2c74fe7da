"""留言评价 on the kiosk (issue 26): the resident's rating of the zone (at most once per session) and a
question with a topic, with a phone number only when the resident agrees to a call back.

Both are written (one transaction each, kiosk.feedback) before the screen says 已收到, so a crash
after that loses nothing. The question form's state lives here and is cleared at idle reset; the
session's rating model is the navigator's (standing until the reset)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, ValidationError
from kiosk.feedback import drafts, questions
from ui.i18n import content, tr_data

ASK, DONE = "ask", "done"


class QuestionModel(QObject):
    changed = Signal()

    def __init__(self, db, clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self._topic = ""
        self._stage = ASK
        self._message = ""
        self._consent = False

    @Property("QVariantList", constant=True)
    def topics(self) -> list[str]:
        """The topics in the screens' language (what is stored is always the Chinese topic)."""
        return [tr_data("Voice", t) for t in questions.TOPICS]

    @Property(int, constant=True)
    def limit(self) -> int:
        return questions.QUESTION_LIMIT

    @Property(str, notify=changed)
    def topic(self) -> str:
        return tr_data("Voice", self._topic) if self._topic else ""

    @Property(str, notify=changed)
    def stage(self) -> str:
        return self._stage

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def consent(self) -> bool:
        return self._consent

    @Slot(str)
    def pickTopic(self, topic: str) -> None:  # noqa: N802
        topic = next((t for t in questions.TOPICS if tr_data("Voice", t) == topic), topic)  # shown -> stored
        self._topic, self._message = topic, ""
        self.changed.emit()

    @Slot()
    def toggleConsent(self) -> None:  # noqa: N802
        """同意留电话: only then is the phone field shown (and its number kept)."""
        self._consent = not self._consent
        self.changed.emit()

    @Slot(str, str, result=bool)
    def submit(self, text: str, phone: str) -> bool:
        try:
            questions.ask(self._db, self._clock, self._topic, text, phone if self._consent else "")
        except ValidationError as exc:
            self._message = str(exc)
            self.changed.emit()
            return False
        except KioskError as exc:
            self._message = f"没有保存成功，请再试一次（{exc}）"
            self.changed.emit()
            return False
        self._stage = DONE
        self._message = ("已收到您的留言。县里答复后，会把问答（不含个人信息）公开在“简明问答”里"
                         + ("，并按您留的电话回复。" if self._consent and phone.strip() else "。"))
        self._consent = False
        self.changed.emit()
        return True

    @Slot()
    def clear(self) -> None:
        self._topic, self._stage, self._message, self._consent = "", ASK, "", False
        self.changed.emit()


class VoiceViewModel(QObject):
    """The 留言评价 page: the session's rating and a fresh question form."""

    def __init__(self, rating: QObject, question: QuestionModel, parent: QObject | None = None):
        super().__init__(parent)
        self._rating, self._question = rating, question
        question.setParent(self)
        if rating.property("stage") == "off":  # once per session: a rated session shows its thanks
            rating.start("zone", "")

    @Property(str, constant=True)
    def title(self) -> str:
        return "留言评价"

    @Property(QObject, constant=True)
    def rating(self) -> QObject:
        return self._rating

    @Property(QObject, constant=True)
    def question(self) -> QObject:
        return self._question

    @Slot(result=str)
    def speechText(self) -> str:  # noqa: N802
        return "留言评价\n您可以为我们的服务评价，也可以选择类别后留下您的问题，或者看看简明问答和意见征集。"

    def wipe(self) -> None:
        self._question.clear()


class CommentViewModel(QObject):
    """我要提意见 on one open draft: the comment, and a name and phone only with consent."""

    changed = Signal()

    def __init__(self, db, clock, draft, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._draft = db, clock, draft
        self._stage, self._message, self._consent = ASK, "", False

    @Property(str, constant=True)
    def title(self) -> str:
        return content(self._draft.title)

    @Property(int, constant=True)
    def limit(self) -> int:
        return drafts.COMMENT_LIMIT

    @Property(str, notify=changed)
    def stage(self) -> str:
        return self._stage

    @Property(str, notify=changed)
    def message(self) -> str:
        return self._message

    @Property(bool, notify=changed)
    def consent(self) -> bool:
        return self._consent

    @Slot()
    def toggleConsent(self) -> None:  # noqa: N802
        self._consent = not self._consent
        self.changed.emit()

    @Slot(str, str, str, result=bool)
    def submit(self, text: str, name: str, phone: str) -> bool:
        try:
            drafts.comment(self._db, self._clock, self._draft.id, text, consent=self._consent, name=name, phone=phone)
        except ValidationError as exc:
            self._message = str(exc)
            self.changed.emit()
            return False
        except KioskError as exc:
            self._message = f"没有保存成功，请再试一次（{exc}）"
            self.changed.emit()
            return False
        self._stage, self._consent = DONE, False
        self._message = "已收到您的意见。征求意见结束后，意见采纳情况会在本草案页面公布（不公开姓名和电话）。"
        self.changed.emit()
        return True

    @Slot(result=str)
    def speechText(self) -> str:  # noqa: N802
        return f"{self._draft.title}\n我要提意见：请写下您的意见，姓名和电话可以不填。"

    def wipe(self) -> None:
        self._stage, self._message, self._consent = ASK, "", False
        self.changed.emit()
