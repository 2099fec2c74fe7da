"""gongkai request: log and follow 依申请公开 requests from a script."""

from __future__ import annotations

import argparse
import sys

from gongkai.common import add_db_option, open_db, print_json

NEW_HELP = """从标准输入读取一个 JSON 对象，校验后保存并打印申请编号。输入有误时以退出码 2 结束，
说明哪个字段有什么问题，且不保存任何内容。
字段：applicant_type（person/自然人 或 organization/法人或其他组织）、organization_kind（商业企业/科研机构/
社会公益组织/法律服务机构/其他，组织必填）、name、id_type（resident_id、uscc、passport、hk_macau_permit、
taiwan_permit）、id_number、phone、address、postcode、email、description、doc_ref（文号/索引号）、
delivery_form（纸质/电子）、delivery_method（当面领取/邮寄/电子邮件/传真）、channel（当面/口头/信函/网络/传真）、
received（YYYY-MM-DD）、transcribed_by（口头申请的代填人，默认为操作人）。"""

EVENT_HELP = """登记办理环节：correction_sent（发出补正通知）、corrected（收到补正，期限重新计算）、
abandoned（逾期未补正）、third_party_opinion_started / third_party_opinion_ended（征求第三方意见，条例第三十二、三十四条，期间不计入期限）、
extended（延期，须 --official）、fee_notice（收费通知，须 --fee-method 与 --units）、fee_paid、
replied（答复，须 --outcome）、closed（归档）、note（备注，须 --note）、
void（更正：作废一条误登记的环节，须 --voids 环节编号（gongkai request show 列出，可写前8位）、--reason 与 --officer）。"""


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_option(parser)
    parser.add_argument("--config", metavar="FILE", default=None, help="配置文件（默认按常规位置查找）")
    parser.add_argument("--staff", metavar="USERNAME", default=None,
                        help="以该工作人员的名义操作（记入办理记录和审计日志；默认记为操作系统用户）")


def register(subparsers) -> None:
    parser = subparsers.add_parser("request", help="依申请公开：登记、查看、办理", description="依申请公开的登记与办理。")
    commands = parser.add_subparsers(dest="request_command", metavar="子命令", title="子命令", help="要执行的操作（加 --help 查看）")

    new = commands.add_parser("new", help="从标准输入的 JSON 登记一件申请", description=NEW_HELP)
    _common(new)
    new.add_argument("--json", action="store_true", help="输出新申请的全部信息（JSON），而不只是编号")
    new.set_defaults(func=run_new)

    show = commands.add_parser("show", help="查看一件申请（含答复期限）", description="按编号查看申请、答复期限和办理记录。")
    _common(show)
    show.add_argument("number", metavar="编号", help="申请编号（回执上的编号）")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(func=run_show)

    listing = commands.add_parser("list", help="待办清单（按答复期限排序）",
                                  description="列出办理中的申请，期限最近的在前；★ 为5个工作日内到期，! 为已逾期。")
    _common(listing)
    listing.add_argument("--all", action="store_true", help="包括已答复、已归档的申请")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)

    event = commands.add_parser("event", help="登记办理环节", description=EVENT_HELP)
    _common(event)
    event.add_argument("number", metavar="编号", help="申请编号（回执上的编号）")
    event.add_argument("kind", metavar="环节", help="办理环节，例如 correction_sent、extended、replied、closed")
    event.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="该环节发生的日期（默认今天）")
    event.add_argument("--outcome", default=None, metavar="CODE", help="答复的办理结果代码（见 gongkai request outcomes）")
    event.add_argument("--official", default=None, metavar="NAME", help="批准延期的负责人")
    event.add_argument("--workdays", type=int, default=None, metavar="N", help="延长的工作日数（默认 20，最多 20）")
    event.add_argument("--party", choices=("third_party", "agency"), default=None, help="征求意见对象")
    event.add_argument("--fee-method", choices=("item", "page"), default=None, help="收费方式：按件或按页")
    event.add_argument("--units", type=int, default=None, metavar="N", help="收费的件数或页数")
    event.add_argument("--note", default=None, help="备注")
    event.add_argument("--voids", default=None, metavar="EVENT", help="更正：要作废的环节编号（前8位即可）")
    event.add_argument("--reason", default=None, help="更正：理由")
    event.add_argument("--officer", default=None, metavar="NAME", help="更正：作出更正的工作人员姓名")
    event.add_argument("--json", action="store_true", help="输出申请的全部信息（JSON）")
    event.set_defaults(func=run_event)

    fee = commands.add_parser(
        "fee", help="计算信息处理费（不登记）",
        description="国办函〔2020〕109号：按件（每人每自然月累计：1-10件免费，11-30件每件100元，此后每10件每件加100元）"
                    "或按量（每件申请：1-30页免费，31-100页每页10元，101-200页每页20元，201页起每页40元）；"
                    "一件申请只能选一种方式。给出编号时，按件计收会自动计入该申请人本月此前的申请。",
    )
    add_db_option(fee)
    fee.add_argument("--method", choices=("item", "page"), required=True, help="item 按件 / page 按量")
    fee.add_argument("--units", type=int, required=True, metavar="N", help="件数或页数")
    fee.add_argument("--earlier", type=int, default=0, metavar="N", help="按件：该申请人本月此前已申请的件数")
    fee.add_argument("--number", default=None, metavar="编号", help="按这件申请计算（自动统计本月此前件数）")
    fee.set_defaults(func=run_fee)

    outcomes = commands.add_parser("outcomes", help="列出办理结果代码及其年报行", description="办理结果代码（条例第三十至三十九条）。")
    add_db_option(outcomes)  # accepted for symmetry; the codes come from the configuration file
    outcomes.set_defaults(func=run_outcomes)
    parser.set_defaults(func=lambda args: parser.print_help() or 0)


def _context(args):
    import getpass

    from kiosk.clock import SystemClock
    from kiosk.config import load_config
    from kiosk.trust.staff import Actor, actor_for

    config = load_config(args.config)
    if config.source is not None:
        from kiosk.trust import kiosk_key

        kiosk_key.configure(config.kiosk_key)
    db = open_db(args)
    actor = actor_for(db, args.staff) if args.staff else Actor.system(getpass.getuser())
    return db, SystemClock(), config, actor


def run_new(args: argparse.Namespace) -> int:
    from gongkai.common import read_stdin_text
    from kiosk.errors import ValidationError
    from kiosk.requests import service
    from kiosk.trust.safe_json import loads

    data = loads(read_stdin_text("标准输入"), "标准输入")
    if not isinstance(data, dict):
        raise ValidationError("标准输入应为一个 JSON 对象 {...}")
    from kiosk.errors import IntakeInvalid
    from kiosk.requests.intake import FIELD_LABELS

    db, clock, config, actor = _context(args)
    _warn_unprintable(data, FIELD_LABELS)
    try:
        view = service.create_request(db, clock, config, actor, data)
    except IntakeInvalid as exc:
        print("输入有误，未保存：", file=sys.stderr)
        for field, message in exc.errors.items():
            print(f"  {field}（{FIELD_LABELS.get(field, '表单')}）：{message}", file=sys.stderr)
        return 2
    if args.json:
        print_json(view)
    else:
        print(view["number"])
    return 0


def run_show(args: argparse.Namespace) -> int:
    from kiosk.requests import service

    db, clock, _config, _actor = _context(args)
    view = service.request_view(db, clock, args.number)
    if args.json:
        print_json(view)
        return 0
    due = "（计时暂停）" if view["due"] is None and view["open"] else (view["due"] or "—")
    if view["provisional"]:
        due += "（暂定：节假日安排尚未公布）"
    lines = [
        f"编号：{view['number']}    状态：{view['status_label']}",
        f"收到申请：{view['received']}（{view['channel_label']}）    答复期限：{due}",
        f"申请人：{view['name']}（{view['applicant_type_label']}"
        + (f"·{view['organization_kind_label']}" if view["organization_kind"] else "") + "）",
        f"证件：{view['id_type_label']} {view['id_number']}    电话：{view['phone']}",
        f"所需信息：{view['description']}" + (f"（{view['doc_ref']}）" if view["doc_ref"] else ""),
        f"提供形式：{view['delivery_form_label']}    获取方式：{view['delivery_method_label']}",
    ]
    if view["outcome"]:
        lines.append(f"办理结果：{view['outcome_label']}（{view['outcome']}）于 {view['concluded_on']}")
    if view["fee_fen"]:
        lines.append(f"信息处理费：{view['fee_method_label']} {view['fee_units']}，{view['fee_fen'] / 100:.2f} 元")
    lines.append("办理记录：")
    for event in view["events"]:
        extra = "，".join([*(f"{k}={v}" for k, v in event["data"].items()),
                          *([f"答复书《{event['reply_letter']}》"] if event.get("reply_letter") else [])])
        struck = "（已作废）" if event.get("voided") else ""
        lines.append(f"  [{event['uuid'][:8]}] {event['on']}  {event['label']}{struck}  {event['actor']}"
                     + (f"  {extra}" if extra else ""))
    print("\n".join(lines))
    return 0


def _event_uuid(view: dict, prefix: str) -> str:
    """The full uuid of the step a 更正 voids, from the prefix shown by `gongkai request show`."""
    from kiosk.errors import ValidationError

    prefix = prefix.strip().lower()
    found = [e["uuid"] for e in view["events"] if prefix and e["uuid"].startswith(prefix)]
    if len(found) != 1:
        raise ValidationError(f"--voids {prefix}：{'没有' if not found else '有多个'}这个编号开头的环节"
                              "（见 gongkai request show 方括号中的编号）", "voids")
    return found[0]


def run_list(args: argparse.Namespace) -> int:
    from kiosk.requests import service
    from kiosk.requests.lifecycle import OPEN_STATUSES

    db, clock, _config, _actor = _context(args)
    items = service.worklist(db, clock, include_replied=args.all)
    if args.json:
        print_json(items)
        return 0
    if not items:
        print("没有待办的申请")
    for item in items:
        mark = "!" if item["overdue"] else ("★" if item["due_soon"] else " ")
        open_ = item["status"] in OPEN_STATUSES
        due = item["due"] or ("计时暂停" if open_ else "已办结")
        if item["provisional"]:
            due += "(暂定)"
        print(f"{mark} {due:<16} {item['number']}  {item['status_label']:<6} {item['name']}  {item['description'][:30]}")
    return 0


def run_event(args: argparse.Namespace) -> int:
    from kiosk.requests import service

    db, clock, _config, actor = _context(args)
    data = {"outcome": args.outcome, "official": args.official, "workdays": args.workdays, "party": args.party,
            "method": args.fee_method, "units": args.units, "note": args.note, "reason": args.reason,
            "officer": args.officer}
    if args.voids:
        data["voids"] = _event_uuid(service.request_view(db, clock, args.number), args.voids)
    view = service.add_event(db, clock, actor, args.number, args.kind, args.date,
                             **{k: v for k, v in data.items() if v is not None})
    if args.json:
        print_json(view)
    else:
        due = view["due"] or ("计时暂停" if view["open"] else "—")
        print(f"{view['number']}  {view['status_label']}  答复期限：{due}" + ("（暂定）" if view["provisional"] else ""))
    return 0


def run_outcomes(args: argparse.Namespace) -> int:
    from kiosk.requests.outcomes import load_report_config

    config = load_report_config()
    rows = dict(config.rows)
    for outcome in config.outcomes.values():
        print(f"{outcome.code:<15} {outcome.label}  →  {outcome.row} {rows[outcome.row]}")
    return 0


def run_fee(args: argparse.Namespace) -> int:
    from kiosk.requests.fees import METHODS, compute_fee

    if args.number:
        from kiosk.requests import service

        quote = service.fee_quote(open_db(args), args.number, args.method, args.units)
        earlier, amount = quote["earlier_items"], quote["amount_fen"]
    else:
        earlier, amount = args.earlier, compute_fee(args.method, args.units, args.earlier)
    extra = f"（本月此前已申请 {earlier} 件）" if args.method == "item" else ""
    print(f"{METHODS[args.method]} {args.units}{'件' if args.method == 'item' else '页'}{extra}：{amount / 100:,.2f} 元")
    return 0


def _warn_unprintable(data: dict, labels: dict) -> None:
    """A character no print font has is named before saving (it is saved as typed; the receipt flags it □)."""
    import unicodedata

    from kiosk.receipts.fonts import unprintable

    for field in ("name", "address", "description", "doc_ref", "transcribed_by"):
        value = data.get(field)
        chars = unprintable(unicodedata.normalize("NFC", value)) if isinstance(value, str) else []
        if chars:
            shown = "".join(f"“{ch}”（U+{ord(ch):04X}）" for ch in chars)
            print(f"注意：{labels.get(field, field)}中的 {shown} 回执上印不出（本机没有这个字的字体），"
                  "将按原样保存，请与申请人核对", file=sys.stderr)
