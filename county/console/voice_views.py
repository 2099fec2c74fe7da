"""Console pages of the resident's voice (issue 26): /console/voice lists 好差评 per township and
service with the monthly chart and each 差评's follow-up (整改), the questions with their answers, and
the drafts open or closed for comment with their comments, flagging a 采纳情况 not published within
one month of closing; a handler records follow-ups, answers (and may publish a 简明问答), decides
comments and publishes the 采纳情况."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from county import drafts as county_drafts
from county import feedback
from county.console import accounts, privacy
from kiosk.clock import today
from kiosk.errors import ValidationError
from kiosk.feedback.ratings import LEVELS
from kiosk.masking import mask_name
from kiosk.township_code import is_township_code


def _masked(asked: list[dict], consultations: list[dict]) -> tuple[list[dict], list[dict]]:
    """What a viewer sees: call-back phones as 138****5678 and commenters' names as 张*, like applicants
    (privacy.py); handlers and admins, who call back, see them whole."""
    asked = [{**q, "phone": privacy.mask_phone(q["phone"])} for q in asked]
    consultations = [{**d, "comments": [{**c, "name": mask_name(c["name"]) if c["name"] else "",
                                         "phone": privacy.mask_phone(c["phone"])}
                                        for c in d["comments"]]} for d in consultations]
    return asked, consultations


class VoiceViews:
    def __init__(self, console):
        self.console = console

    async def page(self, request: Request, message: str = "", error: str = "", status: int = 200,
                   user=None) -> Response:
        if user is None:
            user, refused = await self.console.guarded(request)
            if refused:
                return refused
        township = request.query_params.get("township", "")
        township = township if is_township_code(township) else ""
        store = self.console.store
        items = await run_in_threadpool(feedback.ratings, store, township)
        asked = await run_in_threadpool(feedback.questions, store, township)
        charts = []
        for code in sorted({r["township"] for r in items}):
            svg = feedback.chart_svg(feedback.monthly([r for r in items if r["township"] == code]),
                                     f"{code} 好差评（按月、按等级）")
            charts.append((code, Markup(svg)))  # noqa: S704 - drawn here; every text in it is escaped
        consultations = await run_in_threadpool(self._consultations, township)
        if not user.can("handler"):
            asked, consultations = _masked(asked, consultations)
        return self.console.page(
            "voice", status, user=user, township=township, levels=[label for _, label in LEVELS],
            consultations=consultations, decisions=county_drafts.DECISIONS,
            by_service=feedback.by_service(items), bad=[r for r in items if r["bad"]], charts=charts,
            questions=asked, states=feedback.FOLLOWUP_STATES, message=message, error=error)

    def _consultations(self, township: str) -> list[dict]:
        """意见征集 of every township with a source folder (or one): each draft with its comments."""
        sources = self.console.sources
        if sources is None:
            return []
        on = today(self.console.clock)
        codes = [township] if township else sorted(p.name for p in Path(sources).iterdir() if p.is_dir())
        found = []
        for code in codes:
            for draft in county_drafts.drafts(sources, code, on):
                found.append({**draft, "comments": county_drafts.comments(self.console.store, code, draft["id"])})
        return found

    async def _post(self, request: Request, work) -> Response:
        user, refused = await self.console.guarded(request, "handler")
        if refused:
            return refused
        try:
            form = await self.console.form(request, user)
        except PermissionError:
            return self.console.page("message", 403, user=user, title="请求无效", message="页面已过期，请刷新后重试。")
        except ValidationError as exc:
            return await self.page(request, error=str(exc), status=400, user=user)
        ref = request.path_params["ref"][:200]
        try:
            done = await run_in_threadpool(work, user, ref, form)
        except ValidationError as exc:
            return await self.page(request, error=str(exc), status=400, user=user)
        await run_in_threadpool(accounts.log_action, self.console.store, self.console.clock, user, "voice", ref, done)
        return await self.page(request, message=done, user=user)

    async def followup(self, request: Request) -> Response:
        def work(user, ref, form) -> str:
            feedback.set_followup(self.console.store, self.console.clock, ref, str(form.get("status", "")),
                                  str(form.get("note", "")), user.display_name)
            return f"已登记整改状态：{form.get('status')}"
        return await self._post(request, work)

    async def answer(self, request: Request) -> Response:
        def work(user, ref, form) -> str:
            if form.get("publish"):
                feedback.faq_file_name(ref)  # a question that cannot be published: refused before anything is saved
            feedback.answer(self.console.store, self.console.clock, ref, str(form.get("answer", "")),
                            user.display_name)
            if form.get("publish"):
                feedback.publish_faq(self.console.store, self.console.clock, self.console.sources, ref,
                                     str(form.get("question", "")))
                return "已答复并写入简明问答；下次发布数据包后各一体机收到"
            return "已答复"
        return await self._post(request, work)

    async def decide(self, request: Request) -> Response:
        def work(user, ref, form) -> str:
            county_drafts.decide(self.console.store, self.console.clock, ref, str(form.get("decision", "")),
                                 str(form.get("reason", "")), user.display_name)
            return f"已标明：{form.get('decision')}"
        return await self._post(request, work)

    async def adoption(self, request: Request) -> Response:
        def work(_user, ref, form) -> str:
            township, _, draft_id = ref.partition(":")
            if not draft_id.isdigit():
                raise ValidationError("征求意见稿编号无效")
            county_drafts.publish_adoption(self.console.store, self.console.clock, self.console.sources, township,
                                           int(draft_id))
            return "采纳情况已写入源文件夹；下次发布数据包后各一体机在草案旁显示"
        return await self._post(request, work)

    def routes(self) -> list[Route]:
        return [
            Route("/console/voice", self.page, methods=["GET"]),
            Route("/console/voice/followup/{ref}", self.followup, methods=["POST"]),
            Route("/console/voice/answer/{ref}", self.answer, methods=["POST"]),
            Route("/console/voice/decide/{ref}", self.decide, methods=["POST"]),
            Route("/console/voice/adoption/{ref}", self.adoption, methods=["POST"]),
            Route("/console/voice/", lambda _r: RedirectResponse("/console/voice", status_code=303)),
        ]
