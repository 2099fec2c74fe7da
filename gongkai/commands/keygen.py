"""gongkai keygen: the county's signing key pair, or an upload token for one kiosk."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "keygen", help="生成县级签名密钥（或为一台一体机生成上传令牌）",
        description="生成 Ed25519 密钥对：signing.key（私钥，只留在县级发布机上）和 signing.pub（公钥，"
                    "配置到每台一体机的 trusted_keys）。加 --kiosk-token 则为一台一体机生成上传令牌。",
    )
    parser.add_argument("--out", type=Path, metavar="DIR", help="密钥写入的目录")
    parser.add_argument("--kiosk-token", metavar="乡镇代码:一体机编号",
                        help="为一台一体机生成上传令牌（需 --root），例如 341502101:K01")
    parser.add_argument("--kiosk-pub", metavar="KEY",
                        help="该机的 Ed25519 公钥（base64 或公钥文件），用于核验它签名的U盘导出文件")
    parser.add_argument("--root", type=Path, metavar="REPO_DIR", help="县级数据目录（gongkai serve --root 的目录）")
    parser.add_argument("--db-url", default=None, metavar="URL", help="县级数据库（默认 REPO_DIR/county/county.db）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from kiosk.errors import ValidationError

    if args.kiosk_token:
        import county
        from kiosk.clock import SystemClock

        township, sep, kiosk_id = args.kiosk_token.partition(":")
        if not sep or not township or not kiosk_id or args.root is None:
            raise ValidationError("用法：gongkai keygen --kiosk-token 乡镇代码:一体机编号 --root REPO_DIR")
        public_key = args.kiosk_pub or ""
        if public_key and Path(public_key).is_file():
            public_key = Path(public_key).read_text().strip()
        db = county.open_county_db(args.root, args.db_url)
        try:
            token = county.issue_token(db, township, kiosk_id, SystemClock(), public_key)
        finally:
            db.close()
        print(f"一体机 {township}:{kiosk_id} 的上传令牌（写入该机配置 upload_token，旧令牌已作废）：")
        print(token)
        return 0
    if args.out is None:
        raise ValidationError("请用 --out DIR 指定密钥目录")
    from sync.keys import generate

    private, public = generate(args.out)
    print(f"私钥：{private}（只留在县级发布机上，妥善备份，切勿外传）")
    print(f"公钥：{public}（配置到每台一体机的 trusted_keys）")
    return 0
