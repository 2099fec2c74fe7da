"""The resident's voice (issue 26): 好差评 ratings, questions and comments on drafts go up to the county.

Both are kept at the county in county_records (no store of their own); what the county adds (a
差评's follow-up, a question's answer) lives in its own tables (county/feedback.py)."""

from __future__ import annotations

from kiosk.errors import ValidationError
from kiosk.feedback import drafts, questions, ratings
from kiosk.feedback.text import looks_personal
from kiosk.store import outbox_repo
from sync.upward import UpwardKind, integer, optional_text, register, text


def _rating(item: dict) -> None:
    if item.get("service") not in ratings.SERVICES or item.get("channel") not in ratings.CHANNELS:
        raise ValidationError("上传内容中的评价服务或渠道无效")
    if looks_personal(item.get("reason") or ""):
        raise ValidationError("上传内容中的评价原因含有号码")


def _question(item: dict) -> None:
    if item.get("channel") not in questions.CHANNELS or item.get("topic") not in questions.TOPICS:
        raise ValidationError("上传内容中的问题渠道或类别无效")


RATING = register(UpwardKind(
    name="rating", wire="ratings", ref="uuid", label="评价", unit="条",
    fields=(text("uuid", 64), text("rated_at", 40), integer("score", 1, 5),
            optional_text("reason", ratings.REASON_LIMIT), text("service", 20), text("channel", 20),
            optional_text("request_number", 60)),
    check=_rating,
    collect=outbox_repo.rows_by_ref("ratings", "uuid", ("uuid", "rated_at", "score", "reason", "service", "channel",
                                                         "request_number")),
))

QUESTION = register(UpwardKind(
    name="question", wire="questions", ref="uuid", label="留言咨询", unit="条",
    fields=(text("uuid", 64), text("asked_at", 40), text("channel", 20), text("topic", 20),
            text("text", questions.QUESTION_LIMIT), optional_text("phone", 30),
            optional_text("counter_answer", questions.ANSWER_LIMIT), optional_text("clerk", 60)),
    check=_question,
    collect=outbox_repo.rows_by_ref("questions", "uuid", ("uuid", "asked_at", "channel", "topic", "text", "phone",
                                                           "counter_answer", "clerk")),
))

COMMENT = register(UpwardKind(
    name="comment", wire="comments", ref="uuid", label="草案意见", unit="条",
    fields=(text("uuid", 64), integer("draft_id", 1), text("draft_title", 200), text("commented_at", 40),
            text("text", drafts.COMMENT_LIMIT), optional_text("name", drafts.NAME_LIMIT), optional_text("phone", 30)),
    collect=outbox_repo.rows_by_ref("draft_comments", "uuid", ("uuid", "draft_id", "draft_title", "commented_at",
                                                                "text", "name", "phone")),
))
