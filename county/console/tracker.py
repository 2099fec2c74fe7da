"""Console routes of the request tracker: the first page's charts, the worklist (sort, page,
export), a request's handling page (assignment, internal notes, the 答复书 from a template), and
the searchable audit log. Forms post, then redirect (post/redirect/get); a refused form shows
again with what was typed and a Chinese message, and changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from county import service
from county.console import (
    accounts,
    auditlog,
    charts,
    drafts,
    exports,
    handling,
    letters,
    privacy,
    publishing,
    stats,
    worklist,
)
from kiosk.clock import today
from kiosk.errors import ValidationError
from kiosk.requests.intake import DELIVERY_FORMS, DELIVERY_METHODS
from kiosk.requests.lifecycle import OPEN_STATUSES, STATUS_LABELS

DONE = {
    "assigned": "已保存分办。", "note": "已添加内部备注。", "filled": "已按模板生成答复书草稿，可修改后签发。",
    "saved": "已保存答复书草稿。", "issued": "已签发答复书并登记「答复」，一体机下次同步时收到。",
}
WORKLIST_HEADERS = ["申请编号", "乡镇", "一体机", "受理日期", "所需信息", "申请人", "证件号码", "联系电话", "状态",
                    "法定答复期限", "剩余期限", "承办人", "承办部门"]
AUDIT_HEADERS = ["时间", "人员", "操作", "对象", "内容"]


class Tracker:
    def __init__(self, console):
        self.console = console
        self.store = console.store
        self.clock = console.clock
        env = console.env
        env.globals["applicant_view"] = privacy.applicant
        env.globals["data_words"] = auditlog.data_words
        env.globals["sorts"] = worklist.SORTS
        env.globals["dues"] = worklist.DUES

    def page(self, *args, **kwargs):
        return self.console.page(*args, **kwargs)

    async def _request_row(self, request: Request):
        number = request.path_params["number"].strip().upper()[:64]
        return number, await run_in_threadpool(self.store.request_by_number, number)

    def _not_found(self, user, number: str):
        return self.page("message", 404, user=user, title="未找到申请",
                         message=f"县级没有编号为 {number} 的申请（可能尚未同步）。")

    # --- first page -----------------------------------------------------------------------------
    async def dashboard(self, request: Request) -> Response:
        user, refused = await self.console.guarded(request)
        if refused:
            return refused
        now = today(self.clock)
        figures = await run_in_threadpool(stats.figures, self.store, now)
        names = {code: letters.township_label(self.console.sources, code) for code in figures.townships}
        month_labels = [f"{m}月" for m in range(1, 13)]
        by_month = charts.stacked_bars(f"{figures.year}年各月收到的申请（按乡镇）", month_labels,
                                       [(names[t], figures.by_month[t]) for t in figures.townships])
        on_time = charts.donut("按期答复率", figures.on_time, figures.replied, f"{figures.on_time}/{figures.replied} 件按期")
        trend = charts.line("逾期未答复申请（各月末）", [label for label, _ in figures.trend],
                            [count for _, count in figures.trend])
        return self.page("dashboard", user=user, figures=figures, names=names, by_month=by_month, on_time=on_time,
                         trend=trend, month_labels=month_labels, today=now.isoformat())

    # --- worklist -------------------------------------------------------------------------------
    async def requests(self, request: Request) -> Response:
        user, refused = await self.console.guarded(request)
        if refused:
            return refused
        f = worklist.Filter.from_query(request.query_params)
        now = today(self.clock)
        total, rows = await run_in_threadpool(worklist.search, self.store, f, user.username, now)
        last_page = worklist.pages(total, f.page)
        if f.page > last_page and total:
            return RedirectResponse(f"/console/requests?{f.query(page=last_page)}", status_code=303)
        full = user.can("handler")
        for row in rows:
            row["who"] = privacy.applicant(_data(row), full)
            row["subject"] = " ".join(str(_data(row).get("description") or "").split())
        townships = await run_in_threadpool(self.store.townships)
        return self.page("requests", user=user, rows=rows, f=f, total=total, last_page=last_page,
                         townships=sorted(townships), handlers=await run_in_threadpool(handling.handlers, self.store),
                         departments=await run_in_threadpool(handling.departments, self.store),
                         today=now.isoformat(), status_labels=STATUS_LABELS, page_size=worklist.PAGE_SIZE)

    async def export(self, request: Request) -> Response:
        user, refused = await self.console.guarded(request)
        if refused:
            return refused
        fmt = request.query_params.get("format", "csv")
        if fmt not in exports.FORMATS:
            return self.page("message", 400, user=user, title="格式无效", message="导出格式只能是 CSV 或 Excel（xlsx）。")
        f = worklist.Filter.from_query(request.query_params)
        now = today(self.clock)
        total, rows = await run_in_threadpool(worklist.search, self.store, f, user.username, now, everything=True)
        full = user.can("handler")
        table = []
        for row in rows:
            data, who = _data(row), privacy.applicant(_data(row), full)
            table.append([row["number"], row["township"], row["kiosk_id"], row["received_on"],
                          " ".join(str(data.get("description") or "").split()), who["name"], who["id_number"],
                          who["phone"], STATUS_LABELS.get(row["status"], row["status"]), row["due_on"] or "",
                          row["days_text"] if row["days"] is not None else "",
                          row["assignee_name"] or row["assignee"] or "", row["department"] or ""])
        body = await run_in_threadpool(exports.table, fmt, "申请清单", WORKLIST_HEADERS, table)
        await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "export", f"{len(table)} 件",
                                f"格式：{fmt.upper()}；{f.words()}")
        name = f"requests-{now.isoformat()}.{fmt}"
        return Response(body, media_type=exports.FORMATS[fmt], headers={
            "Content-Disposition": f"attachment; filename={name}", "Cache-Control": "no-store"})

    # --- one request: assignment, notes, reply letter ---------------------------------------------
    async def work(self, request: Request, user=None, message: str = "", code: int = 200,
                   typed: dict | None = None) -> Response:
        if user is None:
            user, refused = await self.console.guarded(request)
            if refused:
                return refused
        number, row = await self._request_row(request)
        if row is None:
            return self._not_found(user, number)
        data = _data(row)
        full = user.can("handler")
        if full:
            await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "view_request", number)
        assigned = await run_in_threadpool(handling.assignment, self.store, row["uuid"])
        draft = await run_in_threadpool(drafts.get, self.store, row["uuid"])
        typed = typed or {}
        letter = {"outcome": typed.get("outcome", draft["outcome"] if draft else ""),
                  "body": typed.get("body", draft["body"] if draft else ""),
                  "on": typed.get("on", today(self.clock).isoformat())}
        done = request.query_params.get("done", "")
        return self.page(
            "work", code, user=user, row=row, data=data, who=privacy.applicant(data, full),
            subject=str(data.get("description") or ""), assigned=assigned,
            notes=await run_in_threadpool(handling.notes_for, self.store, row["uuid"]),
            handlers=await run_in_threadpool(handling.handlers, self.store),
            departments=await run_in_threadpool(handling.departments, self.store),
            draft=draft, letter=letter, outcomes=letters.outcomes(), open=row["status"] in OPEN_STATUSES,
            days=worklist.days_left(row["due_on"], row["status"], today(self.clock)),
            typed=typed, message=message or DONE.get(done, ""), error=code >= 400,
            delivery=_delivery(data), status_labels=STATUS_LABELS)

    async def _handler_form(self, request: Request):
        """(user, row, form, None) or (.., a response): a handler, a known request, a valid CSRF token."""
        user, refused = await self.console.guarded(request, "handler")
        if refused:
            return None, None, None, refused
        number, row = await self._request_row(request)
        try:
            form = await self.console.form(request, user)
        except PermissionError:
            return user, row, None, self.page("message", 403, user=user, title="请求无效", message="页面已过期，请刷新后重试。")
        except ValidationError as exc:
            return user, row, None, await self.work(request, user, str(exc), 400)
        if row is None:
            return user, row, form, self._not_found(user, number)
        return user, row, form, None

    def _back(self, row: dict, done: str, anchor: str = "") -> RedirectResponse:
        return RedirectResponse(f"/console/r/{row['number']}/work?{urlencode({'done': done})}{anchor}",
                                status_code=303)

    async def assign(self, request: Request) -> Response:
        user, row, form, refused = await self._handler_form(request)
        if refused:
            return refused
        typed = {"assignee": str(form.get("assignee", "")), "department": str(form.get("department", ""))}
        try:
            await run_in_threadpool(handling.assign, self.store, self.clock, user, row["uuid"], row["number"],
                                    typed["assignee"], typed["department"])
        except ValidationError as exc:
            return await self.work(request, user, str(exc), 400, typed)
        return self._back(row, "assigned", "#assign")

    async def note(self, request: Request) -> Response:
        user, row, form, refused = await self._handler_form(request)
        if refused:
            return refused
        typed = {"note": str(form.get("note", ""))}
        try:
            await run_in_threadpool(handling.add_note, self.store, self.clock, user, row["uuid"], row["number"],
                                    typed["note"])
        except ValidationError as exc:
            return await self.work(request, user, str(exc), 400, typed)
        return self._back(row, "note", "#notes")

    async def letter(self, request: Request) -> Response:
        user, row, form, refused = await self._handler_form(request)
        if refused:
            return refused
        action = str(form.get("action", ""))
        typed = {"outcome": str(form.get("outcome", ""))[:32], "body": str(form.get("body", ""))[:letters.MAX_BODY + 1],
                 "on": str(form.get("on", "")).strip()[:10]}
        try:
            if row["status"] not in OPEN_STATUSES:
                raise ValidationError(f"该申请{STATUS_LABELS.get(row['status'], row['status'])}，不能再签发答复书")
            if typed["outcome"] not in dict(letters.outcomes()):
                raise ValidationError("请选择答复结果")
            if action == "fill":
                on = _reply_day(typed["on"], row, today(self.clock))
                body = letters.draft(typed["outcome"], row, _data(row),
                                     letters.agency_name(self.console.sources, row["township"]), on, _delivery(_data(row)))
                await run_in_threadpool(drafts.save, self.store, self.clock, user, row["uuid"], row["number"],
                                        typed["outcome"], body)
                return self._back(row, "filled", "#letter")
            if action == "save":
                body = letters.check_body(typed["body"])
                await run_in_threadpool(drafts.save, self.store, self.clock, user, row["uuid"], row["number"],
                                        typed["outcome"], body)
                return self._back(row, "saved", "#letter")
            if action == "issue":
                await self._issue(user, row, typed)
                return self._back(row, "issued")
            raise ValidationError("请选择操作：套用模板、保存草稿或签发")
        except ValidationError as exc:
            return await self.work(request, user, str(exc), 400, typed)

    async def _issue(self, user, row: dict, typed: dict) -> None:
        on = _reply_day(typed["on"], row, today(self.clock))
        body = letters.check_issuable(typed["body"])
        pdf = await run_in_threadpool(letters.letter_pdf, row["number"], body)
        name = f"答复书-{row['number']}.pdf"
        data = {"on": on.isoformat(), "outcome": typed["outcome"],
                "reply_pdf": {"sha256": hashlib.sha256(pdf).hexdigest(), "name": name, "size": len(pdf)}}
        event_uuid = await run_in_threadpool(service.record_change, self.store, row["uuid"], "replied", data,
                                             user.display_name, self.clock)
        sha = await run_in_threadpool(publishing.save_reply_file, self.store, self.clock, row["uuid"], event_uuid,
                                      name, pdf)
        await run_in_threadpool(drafts.mark_issued, self.store, self.clock, user, row["uuid"], row["number"],
                                typed["outcome"], body, sha)
        await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "record_replied", row["number"],
                                _json(data))

    async def letter_pdf(self, request: Request) -> Response:
        """The saved draft (or the issued letter) as a PDF, to check before issuing."""
        user, refused = await self.console.guarded(request, "handler")
        if refused:
            return refused
        number, row = await self._request_row(request)
        if row is None:
            return self._not_found(user, number)
        draft = await run_in_threadpool(drafts.get, self.store, row["uuid"])
        if draft is None:
            return self.page("message", 404, user=user, title="没有答复书草稿", message="请先套用模板或保存草稿。")
        pdf = await run_in_threadpool(letters.letter_pdf, number, draft["body"])
        return Response(pdf, media_type="application/pdf", headers={
            "Content-Disposition": "inline; filename=draft.pdf", "Cache-Control": "no-store"})

    # --- audit log ------------------------------------------------------------------------------
    async def audit(self, request: Request) -> Response:
        user, refused = await self.console.guarded(request, "admin")
        if refused:
            return refused
        f = auditlog.AuditFilter.from_query(request.query_params)
        fmt = request.query_params.get("format", "")
        if fmt in exports.FORMATS:
            total, rows = await run_in_threadpool(auditlog.search, self.store, f, True)
            table = [[r["at"][:19].replace("T", " "), r["who"], r["action_words"], r["target"], r["detail_words"]]
                     for r in rows]
            body = await run_in_threadpool(exports.table, fmt, "操作日志", AUDIT_HEADERS, table)
            await run_in_threadpool(accounts.log_action, self.store, self.clock, user, "audit_export",
                                    f"{len(table)} 条", f"格式：{fmt.upper()}")
            return Response(body, media_type=exports.FORMATS[fmt], headers={
                "Content-Disposition": f"attachment; filename=audit-{today(self.clock).isoformat()}.{fmt}",
                "Cache-Control": "no-store"})
        total, rows = await run_in_threadpool(auditlog.search, self.store, f)
        return self.page("audit", user=user, entries=rows, f=f, total=total,
                         last_page=worklist.pages(total, f.page, auditlog.PAGE_SIZE), actions=auditlog.ACTIONS,
                         usernames=await run_in_threadpool(auditlog.usernames, self.store),
                         link=lambda **changes: urlencode(f.params(**changes)))

    def routes(self) -> list[Route]:
        return [
            Route("/console/dashboard", self.dashboard),
            Route("/console/requests", self.requests),
            Route("/console/requests/export", self.export),
            Route("/console/r/{number}/work", self.work, methods=["GET"]),
            Route("/console/r/{number}/assign", self.assign, methods=["POST"]),
            Route("/console/r/{number}/notes", self.note, methods=["POST"]),
            Route("/console/r/{number}/letter", self.letter, methods=["POST"]),
            Route("/console/r/{number}/letter.pdf", self.letter_pdf),
            Route("/console/audit", self.audit),
        ]


def _data(row: dict) -> dict:
    if "_data" not in row:
        try:
            value = json.loads(row.get("data") or "{}")
        except ValueError:
            value = {}
        row["_data"] = value if isinstance(value, dict) else {}
    return row["_data"]


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False)


def _delivery(data: dict) -> str:
    form = DELIVERY_FORMS.get(str(data.get("delivery_form") or ""), "")
    method = DELIVERY_METHODS.get(str(data.get("delivery_method") or ""), "")
    return "、".join(x for x in (form, method) if x)


def _reply_day(text: str, row: dict, now: dt.date) -> dt.date:
    try:
        on = dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError("答复日期应为 YYYY-MM-DD") from None
    if on > now:
        raise ValidationError("答复日期不能晚于今天")
    received = str(row.get("received_on") or "")[:10]
    if received and on.isoformat() < received:
        raise ValidationError(f"答复日期不能早于受理日期 {received}")
    return on
