"""The one way the kiosk parses JSON it did not write itself: bounded size, depth and integer digits.

    loads(raw, what="申请内容", max_bytes=..., max_depth=..., max_int_digits=...) -> object

Python's own parser recurses per nesting level (a RecursionError at ~100k), converts integers of
any length (a ValueError past 4,300 digits, and quadratic time before that) and accepts NaN and
Infinity. Here too deep a text is caught as it parses and the depth checked after, integers and floats are parsed
by hooks that refuse long digit runs and non-finite values, and every failure is a
ValidationError whose message names `what` and says what is wrong (never the offending text).
"""

from __future__ import annotations

import json
import math
import re

from kiosk.errors import ValidationError

MAX_BYTES = 1 << 20
MAX_DEPTH = 32
MAX_INT_DIGITS = 30


class _Refused(Exception):
    pass


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _depth_of(value: object, limit: int) -> int:
    """How deep the parsed value nests (iteratively); stops counting past `limit`."""
    deepest = 0
    stack = [(value, 1)]
    containers = (dict, list)
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        children = item.values() if type(item) is dict else item
        stack.extend((c, depth + 1) for c in children if type(c) in containers)
    return deepest


def decode_utf8(raw: bytes, what: str) -> str:
    """Strict UTF-8 (a BOM is dropped); anything else is refused with a clear message."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"{what}不是 UTF-8 编码的文字，请另存为 UTF-8 后再试") from None


def loads(raw: bytes | str, what: str = "JSON", *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH,
          max_int_digits: int = MAX_INT_DIGITS) -> object:
    size = len(raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw)
    if size > max_bytes:
        raise ValidationError(f"{what}太大（超过 {max_bytes} 字节上限）")
    text = decode_utf8(raw, what) if isinstance(raw, bytes | bytearray) else raw
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{what}中有无效的字符（孤立的代理码位）") from None

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > max_int_digits:
            raise _Refused(f"{what}中的整数位数太多（最多 {max_int_digits} 位）")
        return int(digits)

    def parse_float(digits: str) -> float:
        if len(digits) > max_int_digits + 20:
            raise _Refused(f"{what}中的数字太长")
        value = float(digits)
        if not math.isfinite(value):
            raise _Refused(f"{what}中的数字超出范围")
        return value

    def parse_constant(name: str) -> float:
        raise _Refused(f"{what}中不能有 {name}")

    try:
        value = json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant)
    except _Refused as exc:
        raise ValidationError(str(exc)) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{what}不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）") from None
    except RecursionError:
        raise ValidationError(f"{what}嵌套太深（最多 {max_depth} 层）") from None
    except ValueError:
        raise ValidationError(f"{what}不是有效的 JSON") from None
    if isinstance(value, dict | list) and _depth_of(value, max_depth) > max_depth:
        raise ValidationError(f"{what}嵌套太深（最多 {max_depth} 层）")
    if _SURROGATE_ESCAPE.search(text):
        _check_strings(value, what)
    return value


def _check_strings(value: object, what: str) -> None:
    """Lone surrogates (\\ud800 escapes) cannot be stored or printed: refuse them here."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ValidationError(f"{what}中有无效的字符（孤立的代理码位）") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def load_file(path, what: str, *, max_bytes: int = MAX_BYTES, **limits) -> object:
    """A regular file's JSON, read with a bounded read (a FIFO or a device is refused)."""
    from kiosk.trust.safe_read import read_bounded

    return loads(read_bounded(path, max_bytes, what), what, max_bytes=max_bytes, **limits)
