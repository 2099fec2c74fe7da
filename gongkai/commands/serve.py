"""gongkai serve: the county reference server (bundles with HTTP Range, request uploads)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "serve", help="运行县级服务器：提供数据包下载、接收申请上传",
        description="提供 REPO_DIR/public 下的数据包（支持断点续传），接收一体机上传的申请和心跳，"
                    "并把县级作出的答复、延期发回一体机。生产环境建议放在 nginx 之后（见 README）。",
    )
    parser.add_argument("--root", type=Path, required=True, metavar="REPO_DIR", help="县级数据目录")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=8080, metavar="N", help="端口（默认 8080）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sync.server import make_server

    server = make_server(args.root, args.host, args.port)
    print(f"县级服务器已启动：http://{args.host}:{server.server_port}/ （数据目录 {args.root}，Ctrl+C 停止）",
          flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
