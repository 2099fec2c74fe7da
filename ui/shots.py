"""Navigating a KioskUi to a named page with a representative record, for `gongkai screenshot`."""

from __future__ import annotations

from kiosk import content_kinds
from kiosk.clock import today
from kiosk.errors import NotFound, ValidationError
from kiosk.store import catalogue_repo, notices_repo, payouts_repo, policies_repo, status_repo

# Screens of the content kinds come from their declarations (kiosk/content_kinds.py); the rest are the kiosk's own.
OWN_PAGES = ("apply", "status", "search", "idle", "staff", "voice")
PAGES = ("home", *(screen for k in content_kinds.KINDS for screen in k.screens), *OWN_PAGES)


def _first(rows, what: str):
    if not rows:
        raise NotFound(f"数据库里没有可用于截图的{what}")
    return rows[0]


# How a resident reaches each screen of a content kind: reach(ui, open_, page, query), one per kind with screens.

def _catalogue(ui, open_, page: str, _query) -> None:
    db = ui.db
    if page in ("catalogue", "catalogue-domain"):
        open_("catalogue")
        if page == "catalogue-domain":
            open_("catalogue-domain", str(_first(catalogue_repo.list_domains(db), "目录领域")["id"]))
    else:
        item_id = catalogue_repo.first_item_with_documents(db)
        if item_id is None:
            raise NotFound("数据库里没有带文件的目录事项")
        open_("catalogue-item", str(item_id))


def _document(ui, open_, _page: str, _query) -> None:
    item_id = catalogue_repo.first_item_with_documents(ui.db)
    doc = _first(catalogue_repo.list_documents(ui.db, item_id) if item_id else [], "文件")
    open_("document", str(doc["id"]))


def _notice(ui, open_, page: str, _query) -> None:
    db = ui.db
    if page in ("notices", "notice-list"):
        open_("notices")
        if page == "notice-list":
            from kiosk.store import township_repo

            open_("notice-village", str(_first(township_repo.list_villages(db), "村")["id"]))
        return
    notice_id = notices_repo.first_notice_with_images(db, today(ui.clock).isoformat())
    if notice_id is None:
        raise NotFound("数据库里没有带照片的公告")
    open_("notice", str(notice_id))
    if page == "image":
        image = ui.nav.last_opened().property("images")[0]
        ui.engine.rootObjects()[0].showImage(image["source"], image["caption"])


def _subsidy(ui, open_, page: str, query) -> None:
    open_("subsidies")
    pick = payouts_repo.busiest_selection(ui.db)
    if pick is None and page != "subsidies":
        raise NotFound("数据库里没有补贴发放记录")
    if page == "subsidy-items":
        open_("subsidy-village", str(pick[0]))
    elif page == "payouts":
        open_("subsidy-village", str(pick[0]))
        open_("subsidy-item", f"{pick[0]}|{pick[1]}")
        open_("payouts", f"{pick[0]}|{pick[1]}|{pick[2]}")
    elif page == "my-payouts":
        open_("my-payouts")
        if query:
            name, _, last4 = query.partition(",")
            ui.nav.last_opened().find(name, last4)


def _policy(ui, open_, page: str, _query) -> None:
    open_("policies")
    if page != "policies":
        policy = _first(policies_repo.list_published(ui.db), "政策文件")
        open_("policy", str(policy["id"]))
        if page == "interpretation" and policy["interpretation_id"]:
            open_("policy", str(policy["interpretation_id"]))


def _eligibility(ui, open_, page: str, query) -> None:
    open_("eligibility")
    if page == "eligibility-results":
        _answer_all(ui.nav.last_opened(), query)
    ui.speech.stop()  # the question is read aloud as it appears; a still picture shows the page at rest


def _faq(ui, open_, page: str, _query) -> None:
    from kiosk.content import faq

    open_("faqs")
    if page == "faq":
        open_("faq", str(_first(faq.entries(ui.db), "简明问答")["id"]))


def _draft(ui, open_, page: str, _query) -> None:
    from kiosk.feedback import drafts

    open_("drafts")
    if page != "drafts":
        on = today(ui.clock)
        found = [d for d in drafts.drafts(ui.db) if d.state(on) == "open"] or drafts.drafts(ui.db)
        draft = _first(found, "征求意见稿")
        open_("draft", str(draft.id))
        if page == "draft-comment":
            open_("draft-comment", str(draft.id))


REACH = {"catalogue": _catalogue, "document": _document, "notice": _notice, "subsidy": _subsidy,
         "policy": _policy, "faq": _faq, "draft": _draft, "eligibility": _eligibility}
_KIND_OF_SCREEN = {screen: k.name for k in content_kinds.KINDS for screen in k.screens}


def show_page(ui, page: str, query: str | None = None) -> None:
    """Push the pages a resident would tap through to reach `page`."""
    if page not in PAGES:
        raise ValidationError(f"未知页面：{page}（可选：{'、'.join(PAGES)}）")
    root = ui.engine.rootObjects()[0]
    db = ui.db

    def open_(target: str, key: str = "") -> None:
        root.openTarget(target, key)

    if page in _KIND_OF_SCREEN:
        REACH[_KIND_OF_SCREEN[page]](ui, open_, page, query)
    elif page == "apply":
        open_("apply")
    elif page == "voice":
        open_("voice")
    elif page == "status":
        open_("status")
        number = query or status_repo.latest_number(db)
        if number:
            ui.nav.last_opened().lookup(number)
    elif page == "search":
        root.openSearch()
        ui.search.query = query or "补贴"
        ui.search.runNow()
    elif page == "idle":
        ui.idle._start_countdown()
    elif page == "staff":
        root.openStaff()


def _answer_all(vm, query: str | None) -> None:
    """Answer the 政策找人 questions from `query` (JSON {question: option | [options]}; the rest skipped)."""
    import json

    answers = json.loads(query) if query else {"age": "a80", "hukou": "rural", "family": ["alone", "lowincome"],
                                                "land": ["farmland"]}
    while not vm.done:
        given = answers.get(vm.current_question_id())
        if given is None:
            vm.skip()
        elif isinstance(given, list):
            for option in given:
                vm.toggle(option)
            vm.confirm()
        else:
            vm.choose(given)


def page_speech(ui) -> str:
    """What 朗读 on the page now shown would speak (Main.qml pageSpeech: the page's speechText())."""
    if ui.idle.property("countingDown"):
        from ui.i18n import tr

        return tr("Main", "您还在使用吗？如需继续，请点击继续按钮，否则将返回首页。")  # what Main.qml says
    return str(ui.engine.rootObjects()[0].pageSpeech())
