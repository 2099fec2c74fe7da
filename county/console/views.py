"""County console routes (/console/...). Every page needs a signed-in staff member; every POST
carries the session's CSRF token; recording needs the handler role, the audit log the admin role.
Personal data is shown here, to county staff only, and never on the public status page."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from county import service
from county.console import accounts, publishing
from county.console.voice_views import VoiceViews
from county.status_page import templates
from kiosk.clock import today
from kiosk.errors import LoginRefused, ValidationError
from kiosk.requests import lifecycle

COOKIE = "gk_console"
PRE = "gk_pre"
MAX_PDF = 20 << 20
SILENT_HOURS = 36
FIRST_YEAR, LAST_YEAR = 2000, 2100  # the years the annual report may be asked for
RECORDABLE = {
    "replied": "答复", "extended": "延期", "correction_sent": "补正通知", "corrected": "收到补正",
    "third_party_opinion_started": "开始征求第三方意见", "third_party_opinion_ended": "第三方意见征求结束",
    "void": "更正（作废误登记的环节）",
}
# What the step form sends back when it is shown again after a refusal (never the PDF).
KEPT_FIELDS = ("kind", "on", "outcome", "workdays", "official", "party", "note", "what", "by", "reason",
               "voids", "item", "title", "body", "proactive")


class Console:
    def __init__(self, county_app):
        self.app = county_app
        self.store = county_app.store
        self.clock = county_app.clock
        self.root = county_app.root
        self.sources = county_app.sources
        self.env = templates()
        self.env.globals["status_labels"] = lifecycle.STATUS_LABELS
        self.env.globals["event_labels"] = lifecycle.EVENT_LABELS
        self.env.globals["roles"] = accounts.ROLES
        from kiosk.requests.intake import DELIVERY_FORMS, DELIVERY_METHODS

        self.env.globals["delivery_forms"] = DELIVERY_FORMS
        self.env.globals["delivery_methods"] = DELIVERY_METHODS

    # --- plumbing -----------------------------------------------------------------------------
    def page(self, name: str, code: int = 200, **context) -> HTMLResponse:
        html = self.env.get_template(f"console/{name}.html").render(**context)
        return HTMLResponse(html, status_code=code, headers={
            "Cache-Control": "no-store", "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; form-action 'self'"})

    async def user(self, request: Request) -> accounts.StaffUser | None:
        token = request.cookies.get(COOKIE, "")
        return await run_in_threadpool(accounts.session_user, self.store, self.clock, token) if token else None

    def _secure(self, request: Request) -> bool:
        return request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"

    async def guarded(self, request: Request, role: str = "viewer"):
        """(user, None) or (None, a response that sends the visitor to log in / refuses)."""
        user = await self.user(request)
        if user is None:
            # "expired" only for a session that existed: a first visit is simply asked to log in.
            expired = "?expired=1" if request.cookies.get(COOKIE) else ""
            return None, RedirectResponse(f"/console/login{expired}", status_code=303)
        if not user.can(role):
            return None, self.page("message", 403, user=user, title="无权操作",
                                   message=f"此操作需要「{accounts.ROLES[role]}」权限。")
        return user, None

    async def form(self, request: Request, user: accounts.StaffUser):
        try:
            form = await request.form(max_files=2, max_fields=50, max_part_size=MAX_PDF + 1024)
        except Exception:  # noqa: BLE001 - starlette raises several kinds for a malformed body
            raise ValidationError("表单内容格式错误") from None
        if not secrets.compare_digest(str(form.get("csrf", "")), user.csrf):
            raise PermissionError("CSRF")
        return form

    # --- login --------------------------------------------------------------------------------
    async def login_page(self, request: Request) -> Response:
        pre = request.cookies.get(PRE) or secrets.token_urlsafe(24)
        message = "登录已过期，请重新登录" if request.query_params.get("expired") else ""
        response = self.page("login", csrf=pre, message=message)
        response.set_cookie(PRE, pre, httponly=True, samesite="strict", path="/console", secure=self._secure(request))
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=10)
        pre = request.cookies.get(PRE, "")
        if not pre or not secrets.compare_digest(str(form.get("csrf", "")), pre):
            return self.page("login", 403, csrf=pre, message="页面已过期，请刷新后重新登录")
        try:
            token = await run_in_threadpool(accounts.login, self.store, self.clock,
                                            str(form.get("username", ""))[:64], str(form.get("password", ""))[:200])
        except LoginRefused as exc:
            return self.page("login", 401, csrf=pre, message=str(exc), username=str(form.get("username", ""))[:64])
        response = RedirectResponse("/console/dashboard", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", path="/console",
                            secure=self._secure(request), max_age=int(accounts.ABSOLUTE.total_seconds()))
        return response

    async def logout(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        try:
            await self.form(request, user)
        except PermissionError:
            return self.page("message", 403, user=user, title="请求无效", message="页面已过期，请刷新后重试。")
        await run_in_threadpool(accounts.logout, self.store, self.clock, request.cookies.get(COOKIE, ""))
        response = RedirectResponse("/console/login", status_code=303)
        response.delete_cookie(COOKIE, path="/console")
        return response

    # --- requests -----------------------------------------------------------------------------
    async def find(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        number = request.query_params.get("number", "").strip().upper()[:64]
        if not number:
            return RedirectResponse("/console/requests", status_code=303)
        return RedirectResponse(f"/console/r/{number}", status_code=303)

    async def detail(self, request: Request, message: str = "", status: int = 200, user=None,
                     typed: dict | None = None, error_field: str = "") -> Response:
        if user is None:
            user, refused = await self.guarded(request)
            if refused:
                return refused
        number = request.path_params["number"].strip().upper()[:64]
        row = await run_in_threadpool(self.store.request_by_number, number)
        if row is None:
            return self.page("message", 404, user=user, title="未找到申请",
                             message=f"县级没有编号为 {number} 的申请（可能尚未同步）。")
        if not message and request.query_params.get("done") in RECORDABLE:
            # Post/redirect/get: the step was recorded; a reload of this page records nothing.
            message = f"已登记「{RECORDABLE[request.query_params['done']]}」，一体机下次同步时收到。"
            if request.query_params.get("released") == "1":
                message += "已转为主动公开，下次发布时进入数据包。"
        if not typed:
            await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "view_request", number)
        events = await run_in_threadpool(self.store.request_events, row["uuid"])
        voided = lifecycle.voided_uuids(events)
        for event in events:
            event["voided"] = event["event_uuid"] in voided
            event["label"] = lifecycle.EVENT_LABELS.get(lifecycle.kind_of(event), event["kind"])
        voidable = [e for e in events if lifecycle.kind_of(e) not in lifecycle.NOT_VOIDABLE and not e["voided"]]
        files = await run_in_threadpool(publishing.reply_files_for, self.store, row["uuid"])
        catalogue = publishing.catalogue_for(self.sources, row["township"])
        from kiosk.requests.outcomes import load_report_config

        outcomes = [(o.code, o.label) for o in load_report_config().outcomes.values()]
        return self.page("request", status, user=user, row=row, data=json.loads(row["data"]), events=events,
                         files=files, kinds=RECORDABLE, outcomes=outcomes, catalogue=catalogue,
                         message=message, today=today(self.clock).isoformat(), typed=typed or {},
                         error_field=error_field, voidable=voidable, event_labels=lifecycle.EVENT_LABELS)

    async def record(self, request: Request) -> Response:
        user, refused = await self.guarded(request, "handler")
        if refused:
            return refused
        number = request.path_params["number"].strip().upper()[:64]
        try:
            form = await self.form(request, user)
        except PermissionError:
            return self.page("message", 403, user=user, title="请求无效", message="页面已过期，请刷新后重试。")
        except ValidationError as exc:
            return await self.detail(request, str(exc), 400, user)
        typed = {k: str(form.get(k, ""))[:2000] for k in KEPT_FIELDS if form.get(k) is not None}
        row = await run_in_threadpool(self.store.request_by_number, number)
        if row is None:
            return self.page("message", 404, user=user, title="未找到申请", message=f"县级没有编号为 {number} 的申请。")
        try:
            kind, released = await self._record(user, row, form)
        except ValidationError as exc:
            # Shown again with everything typed (the PDF must be chosen again: browsers allow no less).
            return await self.detail(request, str(exc), 400, user, typed=typed,
                                     error_field=getattr(exc, "field", "") or "")
        return RedirectResponse(f"/console/r/{row['number']}?done={kind}" + ("&released=1" if released else ""),
                                status_code=303)

    async def _record(self, user, row: dict, form) -> tuple[str, bool]:
        kind = str(form.get("kind", ""))
        if kind not in RECORDABLE:
            raise ValidationError("请选择办理环节", "kind")
        data = {"on": str(form.get("on", "")).strip()}
        if kind == "replied":
            data["outcome"] = str(form.get("outcome", ""))
        elif kind == "extended":
            data["official"] = str(form.get("official", "")).strip()[:50]
            data["workdays"] = str(form.get("workdays", "20")).strip() or "20"
            data["reason"] = str(form.get("reason", "")).strip()[:200]
        elif kind == "third_party_opinion_started":
            data["party"] = str(form.get("party", "third_party"))
        elif kind == "correction_sent":
            data["what"] = str(form.get("what", "")).strip()[:500]
            data["by"] = str(form.get("by", "")).strip()[:10]
        elif kind == "void":
            data["voids"] = str(form.get("voids", ""))[:64]
            data["reason"] = str(form.get("reason", "")).strip()[:500]
            data["officer"] = user.display_name
        note = str(form.get("note", "")).strip()[:500]
        if note:
            data["note"] = note
        upload = form.get("reply_pdf")
        pdf = None
        if kind == "replied" and upload is not None and getattr(upload, "filename", ""):
            content = await upload.read()
            if len(content) > MAX_PDF or not content.startswith(b"%PDF-"):
                raise ValidationError("答复书应为 PDF 文件（不超过 20 MB）", "reply_pdf")
            pdf = (Path(upload.filename).name[:200], content)
            data["reply_pdf"] = {"sha256": hashlib.sha256(content).hexdigest(), "name": pdf[0], "size": len(content)}
        proactive = kind == "replied" and form.get("proactive") == "1"
        if proactive:
            publication = publishing.check_publication(self.sources, row["township"], str(form.get("item", "")),
                                                       str(form.get("title", "")), str(form.get("body", "")))
        event_uuid = await run_in_threadpool(service.record_change, self.store, row["uuid"], kind, data,
                                             user.display_name, self.clock)
        if pdf:
            await run_in_threadpool(publishing.save_reply_file, self.store, self.clock, row["uuid"], event_uuid,
                                    *pdf)
        await run_in_threadpool(accounts.log_action, self.store, self.clock, user, f"record_{kind}",
                                row["number"], json.dumps(data, ensure_ascii=False))
        if proactive:
            path = await run_in_threadpool(publishing.write_publication, self.sources, row["township"],
                                           row["number"], publication, today(self.clock))
            await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "proactive_release",
                                    row["number"], str(path.name))
        return kind, proactive

    async def reply_pdf(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        found = await run_in_threadpool(publishing.reply_file, self.store, request.path_params["sha"][:64])
        if found is None:
            return self.page("message", 404, user=user, title="未找到", message="没有这个答复文件。")
        return Response(found["content"], media_type="application/pdf",
                        headers={"Content-Disposition": "attachment; filename=reply.pdf"})

    # --- fleet, publishing, report, audit -------------------------------------------------------
    async def fleet(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        kiosks = await run_in_threadpool(self.store.list_kiosks)
        now = self.clock.now()
        for k in kiosks:
            # A kiosk that never called is listed as such, not as silent for 36 hours.
            k["silent"], k["hours"], k["never"] = False, None, not k["at"]
            if k["at"]:
                try:
                    hours = (now - dt.datetime.fromisoformat(k["at"])).total_seconds() / 3600
                    k["hours"], k["silent"] = round(hours, 1), hours > SILENT_HOURS
                except (TypeError, ValueError):
                    pass
        held = await run_in_threadpool(_held_uploads, self.store)
        return self.page("fleet", user=user, kiosks=kiosks, silent=sum(k["silent"] for k in kiosks),
                         never=sum(k["never"] for k in kiosks), limit=SILENT_HOURS, held=held)

    async def publishing(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        kiosks = await run_in_threadpool(self.store.list_kiosks)
        history = await run_in_threadpool(publishing.history, self.app.public, kiosks)
        return self.page("publishing", user=user, history=history)

    async def report(self, request: Request) -> Response:
        user, refused = await self.guarded(request)
        if refused:
            return refused
        from kiosk.errors import ReportError
        from kiosk.reports.annual import table_from_facts

        raw = request.query_params.get("year", "").strip() or str(today(self.clock).year)
        year = int(raw) if raw.isascii() and raw.isdigit() and len(raw) == 4 else None
        if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
            return self.page("message", 400, user=user, title="年度无效",
                             message=f"年度应为 {FIRST_YEAR} 至 {LAST_YEAR} 之间的四位数字年份，收到的是“{raw[:20]}”。")
        facts = await run_in_threadpool(self.store.report_facts)
        try:
            table = table_from_facts(facts, year)
        except ReportError as exc:
            return self.page("message", 409, user=user, title="年报核对不通过", message=str(exc))
        fmt = request.query_params.get("format", "")
        await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "report", str(year), fmt)
        if fmt == "csv":
            return Response("\ufeff" + table.as_csv(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f"attachment; filename=county-{year}-section3.csv"})
        if fmt == "pdf":
            return Response(await run_in_threadpool(publishing.report_pdf, table), media_type="application/pdf",
                            headers={"Content-Disposition": f"attachment; filename=county-{year}-section3.pdf"})
        from county import feedback

        ratings = feedback.year_counts(await run_in_threadpool(feedback.ratings, self.store), year)
        return self.page("report", user=user, table=table, year=year, ratings=ratings)

    async def home(self, _request: Request) -> Response:
        return RedirectResponse("/console/dashboard", status_code=303)

    def routes(self) -> list[Route]:
        from county.console.tracker import Tracker

        return [*Tracker(self).routes(),
            Route("/console", self.home), Route("/console/", self.home),
            Route("/console/login", self.login_page, methods=["GET"]),
            Route("/console/login", self.login, methods=["POST"]),
            Route("/console/logout", self.logout, methods=["POST"]),
            Route("/console/find", self.find),
            Route("/console/r/{number}", self.detail, methods=["GET"]),
            Route("/console/r/{number}", self.record, methods=["POST"]),
            Route("/console/reply/{sha}", self.reply_pdf),
            Route("/console/fleet", self.fleet), Route("/console/publishing", self.publishing),
            Route("/console/report", self.report),
            *VoiceViews(self).routes(),
        ]


def _held_uploads(store) -> list[dict]:
    """What the county refused of the kiosks' uploads, for the fleet page: kind, ref and reason
    (no personal data: the record itself stays in the database)."""
    from county import upward as county_upward
    from sync import upward

    labels = {k.name: k.label for k in upward.kinds()}
    return [{"township": h["township"], "kiosk_id": h["kiosk_id"], "label": labels.get(h["kind"], h["kind"]),
             "ref": h["ref"], "reason": h["reason"], "first": h["first_received_at"], "last": h["last_received_at"]}
            for h in county_upward.held_uploads(store)]
