"""gongkai intake: load requests exported to a stick by kiosks without network; record county replies."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "intake", help="县级：导入U盘带来的申请；或登记县级答复、延期",
        description="导入一体机用 gongkai outbox export 写到U盘的申请（重复导入不会重复登记）。"
                    "加 --reply 则登记县级对某件申请作出的状态变化，一体机下次同步时收到。",
    )
    parser.add_argument("folder", type=Path, nargs="?", metavar="DIR", help="U盘上的目录")
    parser.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--db-url", default=None, metavar="URL",
                        help="县级数据库（默认 REPO_DIR/county/county.db；或环境变量 GONGKAI_COUNTY_DB，"
                             "如 postgresql+psycopg://gongkai@/gongkai?host=/run/postgresql）")
    parser.add_argument("--key", type=Path, default=None, metavar="FILE",
                        help="县级签名私钥 signing.key（解密U盘导出文件所需）")
    parser.add_argument("--reply", metavar="REQUEST_UUID", help="登记状态变化的申请 uuid")
    parser.add_argument("--kind", default="replied",
                        help="事件类型，如 replied（已答复）、extended（延期）、void（更正：data 须含 voids、reason、officer）；"
                             "与一体机相同的规则检查，不符合的拒绝登记")
    parser.add_argument("--data", default="{}", metavar="JSON",
                        help='事件内容，如 \'{"on": "2026-11-30", "status": "replied", "outcome": "10-disclosed"}\'')
    parser.add_argument("--actor", default="县级政务公开办", help="经办人或单位")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import county
    from gongkai.common import print_json
    from kiosk.clock import SystemClock
    from kiosk.errors import ValidationError

    db = county.open_county_db(args.root, args.db_url)
    try:
        if args.reply:
            try:
                data = json.loads(args.data)
            except json.JSONDecodeError as exc:
                raise ValidationError(f"--data 不是有效的 JSON: {exc}") from None
            if not isinstance(data, dict):
                raise ValidationError("--data 应为 JSON 对象")
            event = county.record_change(db, args.reply, args.kind, data, args.actor, SystemClock())
            print(f"已登记，一体机下次同步时收到（事件 {event}）")
            return 0
        if args.folder is None:
            raise ValidationError("请给出U盘目录，或用 --reply 登记答复")
        if args.key is None:
            raise ValidationError("请用 --key 指定县级签名私钥 signing.key：U盘导出文件加密给县级密钥")
        from sync.keys import load_signing_key

        result = county.intake_dir(db, args.folder, SystemClock(), load_signing_key(args.key))
        print(f"已导入 {result['files']} 个文件：新增申请 {result['new_requests']} 件、记录 {result['new_events']} 条")
        print_json(result)
    finally:
        db.close()
    return 0
