"""gongkai serve: the county service (kiosk API, bundles with HTTP Range, public status page)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="运行县级服务：数据包下载、接收申请上传、公众查询页",
        description="提供 REPO_DIR/public 下的数据包（支持断点续传），接收一体机上传的申请和心跳，"
                    "把县级作出的答复、延期发回一体机，并提供回执二维码打开的公众查询页 /s/编号。"
                    "生产环境放在 nginx 之后（见 installer/nginx-gongkai-county.conf 和 README）。",
    )
    parser.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=8080, metavar="N", help="端口（默认 8080）")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="工作进程数（默认 1）")
    parser.add_argument("--db-url", default=None, metavar="URL",
                        help="县级数据库（默认 REPO_DIR/county/county.db；或环境变量 GONGKAI_COUNTY_DB，"
                             "如 postgresql+psycopg://gongkai@/gongkai?host=/run/postgresql）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from county import service
    from county.server import run as serve

    service.open_county_db(args.root, args.db_url).close()  # migrate once, before any worker starts
    print(f"县级服务已启动：http://{args.host}:{args.port}/ （数据目录 {args.root}，"
          f"{args.workers} 个工作进程，Ctrl+C 停止）", flush=True)
    serve(args.root, args.host, args.port, args.workers, args.db_url)
    return 0
