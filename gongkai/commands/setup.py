"""gongkai setup: first-run questions (township, kiosk id, server, key, printer) -> /etc/gongkai/kiosk.toml.

Asks on a terminal; takes flags for scripts and tests. Every answer is checked before anything is
written, and the file is replaced atomically, keeping the owner, group and mode dpkg gave it
(root:gongkai 0640, because it holds the upload token). Settings it does not ask about are kept.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import os
import re
import sys
import tempfile
import tomllib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from kiosk.errors import ValidationError

DEFAULT_CONFIG = "/etc/gongkai/kiosk.toml"
NEW_FILE_MODE = 0o640
KIOSK_GROUP = "gongkai"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "setup", help="首次设置：乡镇、本机编号、服务器、公钥、打印机",
        description="逐项询问并写入配置文件（默认 /etc/gongkai/kiosk.toml）。在终端里运行时会提问，"
                    "回车保留括号里的当前值；也可全部用参数给出（用于脚本）。任何一项不合格都不会写入文件。",
    )
    parser.add_argument("--config", metavar="PATH", default=DEFAULT_CONFIG,
                        help=f"要写入的配置文件（默认 {DEFAULT_CONFIG}）")
    parser.add_argument("--township", metavar="CODE", help="乡镇区划代码（9位或12位数字），例如 362430101")
    parser.add_argument("--kiosk-id", metavar="ID", help="本机编号（2–4位字母或数字），例如 K01")
    parser.add_argument("--server", metavar="URL", help="县级服务器地址（http:// 或 https://）；'-' 表示只用U盘同步")
    parser.add_argument("--key", metavar="PATH|BASE64", action="append",
                        help="县级发布公钥：公钥文件路径或 base64 文本；可重复给出多个")
    parser.add_argument("--printer", metavar="SPEC",
                        help="回执打印机：CUPS 队列名，或 escpos:/dev/usb/lp0；'-' 表示用系统默认打印机")
    parser.add_argument("--upload-token", metavar="TOKEN", help="向县级服务器上传申请记录的令牌")
    parser.add_argument("--township-secret", metavar="SECRET",
                        help="乡镇密钥（县里分配，本乡镇各一体机相同）：用于“我的补贴”查询，从不随数据包传送")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--interactive", action="store_true", help="即使输入不是终端也逐项提问")
    mode.add_argument("--non-interactive", action="store_true", help="不提问；缺少必填项时报错")
    parser.set_defaults(func=run)


# --- checking answers: each returns the value to store or raises ValidationError -------------------

def check_township(text: str) -> str:
    from kiosk.township_code import check_township_code

    return check_township_code(text)


def check_kiosk_id(text: str) -> str:
    kiosk_id = text.strip().upper()
    if not re.fullmatch(r"[A-Z0-9]{2,4}", kiosk_id):
        raise ValidationError(f"本机编号应为2–4位字母或数字，例如 K01；收到“{text}”", "kiosk_id")
    return kiosk_id


def check_server(text: str) -> str:
    url = text.strip()
    if url in ("", "-"):
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"服务器地址应以 http:// 或 https:// 开头并包含主机名，例如 "
                              f"https://gongkai.example-county.gov.cn/；收到“{text}”", "server_url")
    return url if url.endswith("/") else url + "/"


def check_key(text: str) -> str:
    """A public key file or its base64 text -> the key's base64 text."""
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    entry = text.strip()
    if not entry:
        raise ValidationError("需要县级发布公钥（文件路径或 base64 文本），否则一体机会拒收所有数据包", "trusted_keys")
    raw = _base64_key(entry)
    if raw is None:
        try:
            content = Path(entry).expanduser().read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"公钥无效：既不是 base64 公钥，也不是可读的公钥文件：{entry}"
                                  f"（{getattr(exc, 'strerror', None) or exc}）", "trusted_keys") from None
        raw = _base64_key(content)
        if raw is None:
            raise ValidationError(f"公钥无效：{entry} 里不是 base64 编码的 32 字节 Ed25519 公钥"
                                  "（应为 gongkai keygen 生成的 signing.pub）", "trusted_keys")
    try:
        VerifyKey(raw)
    except (CryptoError, ValueError, TypeError) as exc:
        raise ValidationError(f"公钥无效：{exc}", "trusted_keys") from None
    return base64.b64encode(raw).decode()


def _base64_key(text: str) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def store_keys(keys_dir: Path, keys: list[str]) -> list[str]:
    """Write each key to its own file beside the config and return the paths, which go in trusted_keys.

    The key is copied, not referenced, because the USB stick it came from will be gone; a file per
    key (named by its hash) lets an admin see at a glance which county keys this kiosk trusts.
    """
    paths = []
    for key in keys:
        raw = base64.b64decode(key)
        path = keys_dir / f"county-{hashlib.sha256(raw).hexdigest()[:12]}.pub"
        if not (path.is_file() and path.read_text(encoding="ascii").strip() == key):
            write_atomically(path, key + "\n", mode=0o644)
        paths.append(str(path))
    return paths


def check_keys(text: str) -> list[str]:
    """One or more keys separated by commas -> their base64 texts, duplicates dropped."""
    entries = [e.strip() for e in text.split(",") if e.strip()]
    if not entries:
        return [check_key("")]
    return list(dict.fromkeys(check_key(e) for e in entries))


def check_printer(text: str) -> str:
    spec = text.strip()
    if spec in ("", "-"):
        return ""
    if spec.startswith(("escpos:", "escpos-file:")):
        path = spec.partition(":")[2].partition("?")[0]
        if not path.startswith("/"):
            raise ValidationError(f"ESC/POS 打印机应写成 escpos:/dev/usb/lp0；收到“{text}”", "printer")
        return spec
    # CUPS queue names: printable, no spaces, '/', '#' or quotes (lpadmin(8)).
    if not re.fullmatch(r"[^\s/#\\'\"]{1,127}", spec):
        raise ValidationError(f"打印队列名不能含空格、/、# 或引号；收到“{text}”（用 lpstat -p 查看队列名）", "printer")
    return spec


def check_token(text: str) -> str:
    token = text.strip()
    if any(ch.isspace() for ch in token):
        raise ValidationError("上传令牌不能含空格", "upload_token")
    return token


# --- reading and writing the file ------------------------------------------------------------------

def read_existing(path: Path) -> dict:
    """The settings already in the file (kept unless answered anew); {} when there is no file."""
    from kiosk.config import SETTINGS

    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(f"现有配置文件 {path} 无法读取（{exc}）；请先修正或改名后再运行 gongkai setup") from exc
    known = {s.name for s in SETTINGS}
    unknown = sorted(set(raw) - known)
    if unknown:
        # The kiosk refuses a file with unknown settings, so they cannot stay.
        print(f"注意：去掉配置文件中未知的设置：{', '.join(unknown)}", file=sys.stderr)
    return {k: v for k, v in raw.items() if k in known}


def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    # A JSON string is a valid TOML basic string (same escapes), and keeps 中文 readable.
    return json.dumps(str(value), ensure_ascii=False)


def render(values: dict) -> str:
    """The whole file: every setting in table order, with its help as a comment."""
    from kiosk.config import SETTINGS

    lines = ["# 公开一体机配置，由 gongkai setup 写入。修改后重启：sudo systemctl restart gongkai-kiosk", ""]
    for setting in SETTINGS:
        lines.append(f"# {setting.help}")
        if setting.name in values:
            lines.append(f"{setting.name} = {_toml_value(values[setting.name])}")
        else:
            lines.append(f"# {setting.name} = {_toml_value(setting.default)}")
        lines.append("")
    return "\n".join(lines)


def write_atomically(path: Path, text: str, mode: int | None = None) -> None:
    """Replace the file in one step; a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.stat() if path.exists() else None
    fd, tmp = tempfile.mkstemp(prefix=".kiosk.toml.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if old is not None:
            os.chmod(tmp, old.st_mode & 0o7777)
            if os.geteuid() == 0:
                os.chown(tmp, old.st_uid, old.st_gid)
        elif mode is not None:
            os.chmod(tmp, mode)
        else:
            os.chmod(tmp, NEW_FILE_MODE)
            _give_to_kiosk_group(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _give_to_kiosk_group(path: str) -> None:
    import grp

    if os.geteuid() != 0:
        return
    try:
        os.chown(path, 0, grp.getgrnam(KIOSK_GROUP).gr_gid)
    except KeyError:
        pass  # no kiosk user on this machine (a dev box): root-only is the safe default


# --- the questions ---------------------------------------------------------------------------------

Ask = Callable[[str], str]


def ask_until_valid(ask: Ask, prompt: str, current: str, check: Callable[[str], str]) -> str:
    """Ask again after a bad answer, showing why; Enter keeps the current value."""
    while True:
        suffix = f"（回车保留：{current}）" if current else ""
        try:
            answer = ask(f"{prompt}{suffix}：")
        except EOFError:
            raise ValidationError(f"输入提前结束，未写入配置（正在询问：{prompt}）") from None
        try:
            return check(answer if answer.strip() else current)
        except ValidationError as exc:
            print(f"  ✗ {exc}", file=sys.stderr)


def collect(args: argparse.Namespace, existing: dict, interactive: bool, ask: Ask = input) -> dict:
    """The new settings: flags first, then answers (interactive) or the values already in the file."""
    values = dict(existing)
    questions = [
        ("township", "--township", "乡镇区划代码（9位或12位）", args.township, check_township),
        ("kiosk_id", "--kiosk-id", "本机编号（2–4位字母或数字）", args.kiosk_id, check_kiosk_id),
        ("server_url", "--server", "县级服务器地址（只用U盘同步填 -）", args.server, check_server),
        ("trusted_keys", "--key", "县级发布公钥（文件路径或 base64，多个用逗号隔开）",
         ",".join(args.key) if args.key else None, check_keys),
        ("printer", "--printer", "回执打印机（CUPS 队列名或 escpos:/dev/usb/lp0，系统默认填 -）", args.printer,
         check_printer),
    ]
    problems = []
    for name, flag, prompt, given, check in questions:
        current = existing.get(name, "K01" if name == "kiosk_id" else "")
        current = ",".join(current) if isinstance(current, list) else str(current)
        if given is None and interactive:
            values[name] = ask_until_valid(ask, prompt, current, check)
            continue
        try:
            values[name] = check(given if given is not None else current)
        except ValidationError as exc:
            problems.append(str(exc) if given is not None else f"{exc}（用 {flag} 给出）")
    if args.upload_token is not None:
        try:
            values["upload_token"] = check_token(args.upload_token)
        except ValidationError as exc:
            problems.append(str(exc))
    elif interactive and values.get("server_url"):
        values["upload_token"] = ask_until_valid(ask, "上传令牌（县里分配，可留空）",
                                                 existing.get("upload_token", ""), check_token)
    secret = getattr(args, "township_secret", None)
    if secret is not None:
        from kiosk.content.payout_tokens import check_secret

        try:
            values["township_secret"] = check_secret(secret)
        except ValidationError as exc:
            problems.append(str(exc))
    if problems:
        raise ValidationError("；".join(problems) + "。配置文件没有改动。")
    return values


def _kiosk_key() -> None:
    """Make the kiosk key that seals the audit log (mode 0600), and show its public half for the county."""
    from kiosk.errors import ConfigError
    from kiosk.trust import kiosk_key

    path = kiosk_key.key_path()
    try:
        key = kiosk_key.load_or_create(path)
    except ConfigError as exc:
        print(f"注意：{exc}；审计日志将无法签名，请用 sudo 重新运行", file=sys.stderr)
        return
    _give_to_kiosk_user(path)
    print(f"本机密钥 {path}，公钥（请报县里备案）：{kiosk_key.public_key_b64(key)}")


def _give_to_kiosk_user(path: Path) -> None:
    """The kiosk process (user gongkai) signs with the key: it owns it, and nobody else may read it."""
    import pwd

    if os.geteuid() != 0:
        return
    try:
        user = pwd.getpwnam(KIOSK_GROUP)
    except KeyError:
        return  # no kiosk user on this machine (a dev box)
    for target in (path, path.with_name(path.name + ".heads.json")):
        if target.exists():
            os.chown(target, user.pw_uid, user.pw_gid)


def run(args: argparse.Namespace) -> int:
    path = Path(args.config)
    existing = read_existing(path)
    interactive = args.interactive or (not args.non_interactive and sys.stdin.isatty())
    if interactive:
        print(f"公开一体机首次设置，将写入 {path}。直接回车保留括号里的值。")
    values = collect(args, existing, interactive)
    try:
        values["trusted_keys"] = store_keys(path.parent / "keys", values["trusted_keys"])
        write_atomically(path, render(values))
    except PermissionError:
        raise ValidationError(f"没有权限写入 {path}；请用 sudo gongkai setup 运行") from None
    except OSError as exc:
        raise ValidationError(f"无法写入 {path}（{exc.strerror or exc}）；配置文件没有改动") from None
    print(f"已写入 {path}：乡镇 {values['township']}，本机 {values['kiosk_id']}，"
          f"服务器 {values.get('server_url') or '（只用U盘同步）'}，公钥 {len(values['trusted_keys'])} 个，"
          f"打印机 {values.get('printer') or '系统默认'}。")
    _kiosk_key()
    print("下一步：sudo -u gongkai gongkai sync 下载数据；sudo gongkai doctor 检查本机；"
          "sudo systemctl enable --now gongkai-sync.timer gongkai-kiosk.service 启动一体机。")
    return 0
