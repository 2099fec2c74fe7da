"""Where a tap leads: `open(target, key)` builds the object for the next page.

Every list row carries a target (a page id of ui.pages) and a key, so QML never decides what comes
next; it pushes the registered component (`source(target)`) with the object `open` returned.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.clock import Clock, today
from kiosk.content import notices
from kiosk.content_kinds import kind
from kiosk.errors import KioskError
from kiosk.lazy_imports import lazy_module
from kiosk.printing.qr import public_url
from kiosk.store import township_repo
from ui.i18n import babel_locale, content, day, localized, money, period, tr, tr_data
from ui.models.page import ContentPage, PageData, body_blocks
from ui.models.payouts import PayoutListModel
from ui.models.rows import RowsModel
from ui.models.slip_printer import SlipPrinter
from ui.pages import RESIDENT_PAGES, builds

# Run when a resident first opens their pages, not before home's first frame (~10 ms of the start).
catalogue = lazy_module("kiosk.content.catalogue")
faq = lazy_module("kiosk.content.faq")
policies = lazy_module("kiosk.content.policies")
subsidies = lazy_module("kiosk.content.subsidies")
drafts = lazy_module("kiosk.feedback.drafts")

# The content kinds' declarations (kiosk/content_kinds.py): list titles, record page ids, what 朗读 reads.
CATALOGUE, DOCUMENT, NOTICE, SUBSIDY, POLICY, FAQ, DRAFT = (
    kind(n) for n in ("catalogue", "document", "notice", "subsidy", "policy", "faq", "draft"))
def draft_state(state: str) -> str:
    return {"open": tr("Draft", "正在征求意见"), "not-yet": tr("Draft", "尚未开始"), "closed": tr("Draft", "已截止")}[state]


def _spoken(content_kind, record) -> str:
    """The field of a record that 朗读 reads after its title, as the kind declares."""
    return getattr(record, content_kind.speech) if content_kind.speech else ""


def image_caption(notice_title: str, index: int, count: int) -> str:
    """What a photo shows, from the notice it belongs to (a file name such as 公示照片1.png says nothing)."""
    if count > 1:
        return tr("Navigator", "{title}　第 {n} 张照片，共 {count} 张").format(
            title=content(notice_title), n=index + 1, count=count)
    return tr("Navigator", "{title}　照片").format(title=content(notice_title))


def field_label(term: str) -> str:
    """A catalogue column (the core keeps its Chinese name) in the screens' language."""
    return tr_data("Catalogue", term)


def plain_label(term: str) -> str:
    """「多久内公开（公开时限）」: the plain words first, the standard term in brackets, both translated."""
    plain = catalogue.PLAIN_LABELS.get(term)
    if not plain:
        return field_label(term)
    return tr("Navigator", "{plain}（{term}）").format(plain=tr_data("Catalogue", plain), term=field_label(term))


def meta_rows(pairs) -> list[dict]:
    """(Chinese label, published value) pairs from the core, labels translated."""
    return [{"label": tr_data("Meta", k), "value": content(v)} for k, v in pairs]


class Navigator(QObject):
    failed = Signal(str)

    def __init__(self, db, clock: Clock, *, masking: str = "surname", parent: QObject | None = None,
                 slips: SlipPrinter | None = None):
        super().__init__(parent)
        self._slips = slips  # 打印带走 on the configured receipt printer
        self._db = db
        self._clock = clock
        self._masking = masking
        self._pages: list[QObject] = []  # page objects alive while their page is on the StackView
        # 好差评 from home: one rating per session, so the model stands until the idle reset (made on the
        # first visit to 留言评价: the feedback modules are not on the way to home's first frame).
        self._rating = None

    # -- QML API
    @Slot(str, str, result=QObject)
    def open(self, target: str, key: str = "") -> QObject | None:
        """The view model of the registered page `target` (ui.pages) for `key`; None and a message if none."""
        spec = RESIDENT_PAGES.get(target)
        if spec is None or spec.build is None:
            self.failed.emit(tr("Navigator", "无法打开：{target}").format(target=target))
            return None
        try:
            page = spec.build(self, key)
        except KioskError as exc:
            self.failed.emit(tr_data("Errors", str(exc)))
            return None
        if isinstance(page, ContentPage):
            page.take_away(township_repo.get_township(self._db), self._slips)
            if self._slips is not None:
                self._slips.clear()
        self._pages.append(page)
        return page

    @Slot(str, result=str)
    def source(self, target: str) -> str:
        """The QML component (URL) that shows the page `target`."""
        spec = RESIDENT_PAGES.get(target)
        return spec.url if spec else ""

    @Slot(QObject)
    def drop(self, page: QObject) -> None:
        """A page item is being destroyed: its object goes with it (objects not built here are ignored)."""
        if page in self._pages:
            self._pages.remove(page)
            page.deleteLater()

    def wipe_answers(self) -> None:
        """Idle reset: every page still alive that holds what a resident answered or typed (政策找人, 留言,
        意见: each has `wipe`) forgets it now, not when QML gets round to it."""
        for page in self._pages:
            wipe = getattr(page, "wipe", None)
            if callable(wipe):
                wipe()
        if self._rating is not None:
            self._rating.clear()

    def page_count(self) -> int:
        return len(self._pages)

    def last_opened(self) -> QObject | None:
        return self._pages[-1] if self._pages else None

    # -- helpers
    def _rows(self, rows: list[dict], title: str, header: str = "", **kw) -> RowsModel:
        return RowsModel(rows, title=title, header=header, parent=self, **kw)

    def _url(self, path: str) -> str:
        township = township_repo.get_township(self._db) or {}
        try:
            return public_url(township.get("public_base_url", ""), path)
        except KioskError:
            return ""

    # -- catalogue
    @builds("catalogue")
    def _open_catalogue(self, _key: str) -> RowsModel:
        rows = [
            {"title": content(d["name"]),
             "subtitle": tr("Navigator", "{n} 个公开事项").format(n=d["item_count"]), "badge": str(d["seq"]),
             "target": "catalogue-domain", "key": str(d["id"])}
            for d in catalogue.domains(self._db)
        ]
        return self._rows(rows, tr("Navigator", "标准目录"), tr("Navigator", "基层政务公开标准目录：请选择领域"), grid=True)

    @builds("catalogue-domain")
    def _open_catalogue_domain(self, key: str) -> RowsModel:
        domain_id = int(key)
        rows = [
            {"title": content(r["level1"]),
             "subtitle": tr("Navigator", "{n} 个具体事项（二级事项）").format(n=r["item_count"]),
             "target": "catalogue-level1", "key": f"{domain_id}|{r['level1']}"}
            for r in catalogue.level1_items(self._db, domain_id)
        ]
        name = next((d["name"] for d in catalogue.domains(self._db) if d["id"] == domain_id), "")
        return self._rows(rows, content(name), tr("Navigator", "请选择大类（一级事项）"))

    @builds("catalogue-level1")
    def _open_catalogue_level1(self, key: str) -> RowsModel:
        domain_id, level1 = key.split("|", 1)
        rows = [
            {"title": content(r["level2"]),
             "subtitle": tr("Navigator", "{label}：{value}").format(label=plain_label("公开时限"),
                                                                  value=content(r["time_limit"])),
             "detail": tr("Navigator", "{n} 份文件").format(n=r["document_count"]) if r["document_count"] else "",
             "target": "catalogue-item", "key": str(r["id"])}
            for r in catalogue.level2_items(self._db, int(domain_id), level1)
        ]
        return self._rows(rows, content(level1), tr("Navigator", "请选择具体事项（二级事项）"))

    @builds("catalogue-item")
    def _open_catalogue_item(self, key: str) -> ContentPage:
        item = catalogue.item_page(self._db, int(key))
        return ContentPage(PageData(
            kind=CATALOGUE.page, title=content(item.title), subtitle=content(item.domain),
            meta=[{"label": field_label(k), "value": content(v),
                   "plain": tr_data("Catalogue", catalogue.PLAIN_LABELS.get(k, ""))} for k, v in item.fields],
            links=[{"title": content(d["title"]), "subtitle": f"{content(d['publisher'])}　{day(d['published_on'])}",
                    "target": "document", "key": str(d["id"])} for d in item.documents],
            links_title=tr("Navigator", "本事项下公开的文件（{n}）").format(n=len(item.documents)),
        ), self)

    @builds("document")
    def _open_document(self, key: str) -> ContentPage:
        doc = catalogue.document_page(self._db, int(key), babel_locale())
        url = self._url(doc.path)
        return ContentPage(PageData(
            kind=DOCUMENT.page, title=content(doc.title),
            meta=meta_rows(doc.meta),
            blocks=body_blocks(doc.body), qr_url=url, speech_body=_spoken(DOCUMENT, doc),
        ), self)

    # -- notices
    def _villages(self, target: str, title: str, header: str) -> RowsModel:
        rows = [
            {"title": content(v["name"]),
             "subtitle": tr("Navigator", "社区") if v["kind"] == "community" else tr("Navigator", "行政村"),
             "target": target, "key": str(v["id"])}
            for v in notices.villages(self._db)
        ]
        return self._rows(rows, title, header, grid=True)

    @builds("notices")
    def _open_notices(self, _key: str) -> RowsModel:
        return self._villages("notice-village", tr("Navigator", "村务公开"), tr("Navigator", "请选择您所在的村或社区"))

    @builds("notice-village")
    def _open_notice_village(self, key: str) -> RowsModel:
        village_id = int(key)
        name = next((v["name"] for v in notices.villages(self._db) if v["id"] == village_id), "")
        current = notices.notices_for(self._db, village_id, self._clock)
        archive = notices.notices_for(self._db, village_id, self._clock, archived=True)

        def row(n: dict, section: str) -> dict:
            return {
                "title": content(n["title"]),
                "subtitle": tr("Navigator", "{category}　发布于 {day}").format(category=content(n["category"]),
                                                                          day=day(n["posted_on"])),
                "detail": tr("Navigator", "公示至 {day}").format(day=day(n["expires_on"])) if n["expires_on"]
                else tr("Navigator", "长期公示"),
                "badge": tr("Navigator", "紧急") if n["urgent"] else "",
                "section": section, "target": "notice", "key": str(n["id"]),
            }

        rows = ([row(n, tr("Navigator", "正在公示")) for n in current]
                + [row(n, tr("Navigator", "历史存档（已过公示期）")) for n in archive])
        return self._rows(rows, content(name), tr("Navigator", "正在公示 {current} 条，历史存档 {archive} 条").format(
            current=len(current), archive=len(archive)))

    @builds("notice")
    def _open_notice(self, key: str) -> ContentPage:
        locale = babel_locale()
        n = notices.notice_page(self._db, int(key), self._clock, locale)
        url = self._url(n.path)
        expires = tr("Navigator", "长期公示") if n.expires_text == "长期公开" else localized(n.expires_text)
        return ContentPage(PageData(
            kind=NOTICE.page, title=content(n.title), subtitle=content(n.village),
            notice=tr("Navigator", "本公告已过公示期，仅供查阅存档") if n.expired else "",
            meta=[{"label": tr("Navigator", "类别"), "value": content(n.category)},
                  {"label": tr("Navigator", "发布日期"), "value": localized(n.posted_text)},
                  {"label": tr("Navigator", "公示至"), "value": expires}],
            blocks=body_blocks(n.body),
            images=[{"source": f"image://attachment/{a['sha256']}", "name": content(a["name"]),
                     "caption": image_caption(n.title, i, len(n.images))} for i, a in enumerate(n.images)],
            files=[{"name": content(a["name"]), "detail": f"{max(1, a['size'] // 1024)} KB"} for a in n.files],
            qr_url=url, speech_body=_spoken(NOTICE, n),
        ), self)

    # -- subsidies
    @builds("subsidies")
    def _open_subsidies(self, _key: str) -> RowsModel:
        model = self._villages("subsidy-village", tr("Navigator", "补贴查询"),
                               tr("Navigator", "惠民惠农补贴“一卡通”发放名单：请选择村或社区"))
        model.set_action(tr("Navigator", "查我的补贴（姓名＋身份证后4位）"), "my-payouts")
        return model

    @builds("subsidy-village")
    def _open_subsidy_village(self, key: str) -> RowsModel:
        village_id = int(key)
        name = next((v["name"] for v in notices.villages(self._db) if v["id"] == village_id), "")
        rows = [
            {"title": content(r["name"]), "subtitle": tr("Navigator", "共 {n} 笔").format(n=r["count"]),
             "badge": money(r["total_fen"]),
             "detail": content(r["standard"]), "target": "subsidy-item", "key": f"{village_id}|{r['id']}"}
            for r in subsidies.items_for_village(self._db, village_id)
        ]
        return self._rows(rows, content(name), tr("Navigator", "请选择补贴项目（金额为历年合计）"))

    @builds("subsidy-item")
    def _open_subsidy_item(self, key: str) -> RowsModel:
        village_id, item_id = (int(x) for x in key.split("|"))
        from kiosk.store import payouts_repo

        item_name = payouts_repo.subsidy_item_name(self._db, item_id) or ""
        rows = [
            {"title": tr("Navigator", "{year}年").format(year=r["year"]),
             "subtitle": tr("Navigator", "共 {n} 笔").format(n=r["count"]), "badge": money(r["total_fen"]),
             "target": "payouts", "key": f"{village_id}|{item_id}|{r['year']}"}
            for r in subsidies.years_for(self._db, village_id, item_id)
        ]
        return self._rows(rows, content(item_name), tr("Navigator", "请选择年度"))

    @builds("payouts")
    def _open_payouts(self, key: str) -> PayoutListModel:
        village_id, item_id, year = (int(x) for x in key.split("|"))
        from kiosk.store import payouts_repo

        item_name = payouts_repo.subsidy_item_name(self._db, item_id) or ""
        village = next((v["name"] for v in notices.villages(self._db) if v["id"] == village_id), "")
        item_total = subsidies.item_totals(self._db, village_id, item_id, year)
        village_total = subsidies.village_totals(self._db, village_id, year)
        header = (
            tr("Navigator", "本项目合计 {n} 笔 {total}").format(n=item_total.count, total=money(item_total.total_fen))
            + "\n" + tr("Navigator", "{village}{year}年全部补贴合计 {n} 笔 {total}").format(
                village=content(village), year=year, n=village_total.count, total=money(village_total.total_fen))
        )
        masking = self._masking

        def fetch(after_id: int, limit: int) -> list[dict]:
            rows = subsidies.payout_page(
                self._db, village_id, item_id, year, masking, after_id=after_id, limit=limit
            )
            for r in rows:  # dates and amounts in the screens' language; names and villages as published
                r.update(period_text=period(r["period"]), paid_text=day(r["paid_on"]),
                         amount_text=money(r["amount_fen"]), name=content(r["name"]),
                         group_name=content(r.get("group_name") or ""))
            return rows

        return PayoutListModel(
            fetch, total=item_total.count, parent=self, header=header,
            title=tr("Navigator", "{village} {year}年 {item}").format(village=content(village), year=year,
                                                                     item=content(item_name)),
        )

    # The page models below are imported when first opened, not before the home screen is drawn.
    @builds("my-payouts")
    def _open_my_payouts(self, _key: str):
        from ui.models.forms import MyPayoutsViewModel

        return MyPayoutsViewModel(self._db, self._masking, self, clock=self._clock)

    # -- policies
    @builds("policies")
    def _open_policies(self, _key: str) -> RowsModel:
        rows = [
            {"title": content(p["title"]),
             "subtitle": f"{content(p['issuer'])}　{content(p['doc_number'])}　{day(p['published_on'])}",
             "badge": tr("Navigator", "有解读") if p["interpretation_id"] else "", "target": "policy", "key": str(p["id"])}
            for p in policies.published(self._db)
        ]
        return self._rows(rows, tr("Navigator", "政策解读"), tr("Navigator", "政策文件和通俗解读"))

    @builds("policy")
    def _open_policy(self, key: str) -> ContentPage:
        p = policies.policy_page(self._db, int(key), babel_locale())
        url = self._url(p.path)
        link_label = tr("Navigator", "查看通俗解读") if p.kind == "policy" else tr("Navigator", "查看政策原文")
        return ContentPage(PageData(
            kind=POLICY.page, title=content(p.title),
            subtitle=tr("Navigator", "政策解读") if p.kind == "interpretation" else tr("Navigator", "政策文件"),
            meta=meta_rows(p.meta),
            blocks=[{"level": b.level, "text": content(b.text)} for b in p.blocks],
            links=[{"title": content(p.linked_title), "subtitle": link_label, "target": "policy",
                    "key": str(p.linked_id)}]
            if p.linked_id else [],
            links_title=link_label if p.linked_id else "",
            qr_url=url, speech_body=_spoken(POLICY, p),
        ), self)

    # -- 简明问答
    @builds("faqs")
    def _open_faqs(self, _key: str) -> RowsModel:
        rows = [{"title": content(e["question"]), "subtitle": f"{content(e['topic'])}　{localized(e['date_text'])}",
                 "badge": "", "target": "faq", "key": str(e["id"])} for e in faq.entries(self._db)]
        return self._rows(rows, tr_data("Search", FAQ.label), tr("Faq", "群众常问的问题和答复"))

    @builds("faq")
    def _open_faq(self, key: str) -> ContentPage:
        f = faq.faq_page(self._db, int(key))
        return ContentPage(PageData(
            kind=FAQ.page, title=content(f.question), subtitle=tr_data("Search", FAQ.label),
            meta=[{"label": tr("Navigator", "类别"), "value": content(f.topic)},
                  {"label": tr("Draft", "答复日期"), "value": localized(f.date_text)}],
            blocks=body_blocks(f.answer), speech_body=_spoken(FAQ, f),
        ), self)

    # -- 意见征集
    @builds("drafts")
    def _open_drafts(self, _key: str) -> RowsModel:
        on = today(self._clock)
        rows = [{"title": content(d.title), "subtitle": f"{content(d.organiser)}　{localized(d.period_text())}",
                 "badge": draft_state(d.state(on)) if not d.adoption else tr("Draft", "已公布采纳情况"),
                 "target": "draft", "key": str(d.id)} for d in drafts.drafts(self._db)]
        return self._rows(rows, tr_data("Search", DRAFT.label), tr("Draft", "草案公开征求意见：可阅读、朗读，并提出您的意见"))

    @builds("draft")
    def _open_draft(self, key: str) -> ContentPage:
        d = drafts.draft(self._db, int(key))
        state = d.state(today(self._clock))
        blocks = [{"level": 1, "text": tr("Draft", "起草说明")}, *body_blocks(d.explanation),
                  {"level": 1, "text": tr("Draft", "草案全文")}, *body_blocks(d.body)]
        if d.adoption:
            blocks += [{"level": 1, "text": tr("Draft", "意见采纳情况（{date}公布）").format(date=day(str(d.adoption_on)))},
                       *body_blocks(d.adoption)]
        notice = {"closed": tr("Draft", "本草案征求意见已于{date}截止，不再收集意见").format(date=day(str(d.closes_on))),
                  "not-yet": tr("Draft", "本草案{date}起征求意见").format(date=day(str(d.opens_on)))}.get(state, "")
        return ContentPage(PageData(
            kind=DRAFT.page, title=content(d.title),
            subtitle=f"{tr_data('Search', DRAFT.label)} · {draft_state(state)}", notice=notice,
            meta=[{"label": tr("Draft", "起草单位"), "value": content(d.organiser)},
                  {"label": tr("Draft", "征求意见时间"), "value": localized(d.period_text())},
                  {"label": tr("Draft", "提意见方式"), "value": content(d.how_to_comment)}],
            blocks=blocks,
            links=[{"title": tr("Draft", "我要提意见"), "subtitle": tr("Draft", "用触摸屏写下您的意见，姓名电话可不填"),
                    "target": "draft-comment", "key": str(d.id)}] if state == "open" else [],
            links_title=tr("Draft", "提出意见") if state == "open" else "",
            speech_body="\n".join(b["text"] for b in blocks),
        ), self)

    @builds("draft-comment")
    def _open_draft_comment(self, key: str) -> QObject:
        from ui.models.voice import CommentViewModel

        return CommentViewModel(self._db, self._clock, drafts.draft(self._db, int(key)))

    # -- 留言评价
    @builds("voice")
    def _open_voice(self, _key: str) -> QObject:
        from ui.models.rating import RatingModel
        from ui.models.voice import QuestionModel, VoiceViewModel

        if self._rating is None:
            self._rating = RatingModel(self._db, self._clock, "kiosk", parent=self)
        return VoiceViewModel(self._rating, QuestionModel(self._db, self._clock))

    # -- applying and progress
    @builds("apply")
    def _open_apply(self, _key: str) -> ContentPage:
        from kiosk.requests import status as request_status

        guide = request_status.application_guide(self._db)
        blocks = []
        for heading, lines in guide.sections:
            blocks.append({"level": 1, "text": tr_data("Guide", heading)})
            blocks.extend({"level": 0, "text": tr_data("Guide", line)} for line in lines)
        return ContentPage(PageData(
            kind="guide", title=tr_data("Guide", guide.title),
            meta=meta_rows(guide.office),
            blocks=blocks,
            links=[{"title": tr("Navigator", "查询申请进度"), "subtitle": tr("Navigator", "输入或扫描回执上的申请编号"),
                    "target": "status", "key": ""}],
            links_title=tr("Navigator", "已经申请过？"),
            speech_body="\n".join(b["text"] for b in blocks),
        ), self)

    @builds("status")
    def _open_status(self, _key: str):
        from ui.models.forms import StatusViewModel

        return StatusViewModel(self._db, self, clock=self._clock)

    # -- 政策找人
    @builds("eligibility")
    def _open_eligibility(self, _key: str):
        from ui.models.eligibility import EligibilityViewModel

        return EligibilityViewModel(self._db, self, printer=self._slips)
