"""留言评价 on the kiosk (issue 26): the resident's rating of the zone (at most once per session) and a
question with a topic, with a phone number only when the resident agrees to a call back.

Both are written (one transaction each, kiosk.feedback) before the screen says 已收到, so a crash
after that loses nothing. The question form's state lives here and is cleared at idle reset; the
session's rating model is the navigator's (standing until the reset)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.errors import KioskError, ValidationError
from kiosk.feedback import drafts, questions
from ui.i18n import content, tr_data

ASK, DONE = "ask", "done"
log = logging.getLogger(__name__)


class ConsentForm(QObject):
    """A resident's form on these pages: its stage (ask, done), the message under it, and whether the resident
    agreed to leave a way to be reached (only then are those fields shown and what is typed there kept)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stage, self._message, self._consent = ASK, "", False

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

    def _save(self, write, thanks) -> bool:
        """`write()` (one transaction), then the form is done and says `thanks()` (read while the consent still
        stands); bad input or a failed write is said under the form, which keeps what was typed."""
        try:
            write()
        except ValidationError as exc:
            self._message = str(exc)
            self.changed.emit()
            return False
        except KioskError as exc:
            self._message = f"没有保存成功，请再试一次（{exc}）"
            self.changed.emit()
            return False
        except Exception:  # noqa: BLE001 — a bug: said as one, logged, and the form keeps what was typed
            log.exception("resident form could not be saved")
            self._message = "本机出现内部错误，没有保存。请告诉窗口工作人员"
            self.changed.emit()
            return False
        self._stage, self._message, self._consent = DONE, thanks(), False
        self.changed.emit()
        return True

    def _reset(self) -> None:
        self._stage, self._message, self._consent = ASK, "", False
        self.changed.emit()


class QuestionModel(ConsentForm):
    # Its own signal: a property of a subclass notified by the base class's signal crashes PySide6's QML binding.
    topicChanged = Signal()  # noqa: N815 (Qt's name)

    def __init__(self, db, clock, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock = db, clock
        self._topic = ""

    @Property("QVariantList", constant=True)
    def topics(self) -> list[str]:
        """The topics in the screens' language (what is stored is always the Chinese topic)."""
        return [tr_data("Voice", t) for t in questions.TOPICS]

    @Property(int, constant=True)
    def limit(self) -> int:
        return questions.QUESTION_LIMIT

    @Property(str, notify=topicChanged)
    def topic(self) -> str:
        return tr_data("Voice", self._topic) if self._topic else ""

    @Slot(str)
    def pickTopic(self, topic: str) -> None:  # noqa: N802
        topic = next((t for t in questions.TOPICS if tr_data("Voice", t) == topic), topic)  # shown -> stored
        self._topic, self._message = topic, ""
        self.topicChanged.emit()
        self.changed.emit()

    @Slot(str, str, result=bool)
    def submit(self, text: str, phone: str) -> bool:
        return self._save(
            lambda: questions.ask(self._db, self._clock, self._topic, text, phone if self._consent else ""),
            lambda: "已收到您的留言。县里答复后，会把问答（不含个人信息）公开在“简明问答”里"
                    + ("，并按您留的电话回复。" if self._consent and phone.strip() else "。"))

    @Slot()
    def clear(self) -> None:
        self._topic = ""
        self.topicChanged.emit()
        self._reset()


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


class CommentViewModel(ConsentForm):
    """我要提意见 on one open draft: the comment, and a name and phone only with consent."""

    def __init__(self, db, clock, draft, parent: QObject | None = None):
        super().__init__(parent)
        self._db, self._clock, self._draft = db, clock, draft

    @Property(str, constant=True)
    def title(self) -> str:
        return content(self._draft.title)

    @Property(int, constant=True)
    def limit(self) -> int:
        return drafts.COMMENT_LIMIT

    @Slot(str, str, str, result=bool)
    def submit(self, text: str, name: str, phone: str) -> bool:
        return self._save(
            lambda: drafts.comment(self._db, self._clock, self._draft.id, text, consent=self._consent, name=name,
                                   phone=phone),
            lambda: "已收到您的意见。征求意见结束后，意见采纳情况会在本草案页面公布（不公开姓名和电话）。")

    @Slot(result=str)
    def speechText(self) -> str:  # noqa: N802
        return f"{self._draft.title}\n我要提意见：请写下您的意见，姓名和电话可以不填。"

    def wipe(self) -> None:
        self._reset()
