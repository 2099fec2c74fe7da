"""Reading the county's source folder: spreadsheets/CSV, text files and images (README: 源文件夹).

    township.json             the township and its disclosure office
    villages.csv              编码, 名称, 类型 (村/社区), 序号
    catalogue.csv|.xlsx       基层政务公开标准目录, headers as in kiosk/content/columns.py CATALOGUE_COLUMNS
                              (read by kiosk/imports/catalogue.py, like `gongkai import`)
    subsidy_items.csv         补贴项目, 主管部门, 补贴标准
    roster*.csv|.xlsx         补贴发放名单, headers as in kiosk/content/columns.py ROSTER_COLUMNS
                              (read by kiosk/imports/roster.py: ID check digits, duplicates, amounts)
    documents/*.txt           header lines 「键：值」, a blank line, then the body
    notices/*.txt             the same; pictures named in 「图片」 live in notices/images/
    policies/*.txt            the same; an interpretation names its policy file in 「解读对象」
    drafts/*.txt              意见征集: 标题, 起草单位, 征求意见开始, 征求意见截止, 意见提交方式; the 起草说明,
                              a line 【草案】, then the draft; drafts/<name>.采纳情况.txt (发布日期, then the
                              text) is the county's 采纳情况 (written by the console, county/drafts.py)
    faq/*.txt                 简明问答: 问题, 类别, 发布日期, then the answer (written by the console, county/feedback.py)
    calendar/*.json           statutory holiday calendars (kiosk/calendar/holidays.py format)
    search/synonyms.txt       the county's own search synonyms (resources/search/README.md format)
    eligibility/rules.json    政策找人 rules (docs/eligibility.md; read by sync/eligibility.py)

Row ids are derived from each row's natural key (a village's code, a text file's name, ...), so
the same row keeps its id from one publish to the next and deltas stay small.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.calendar.holidays import parse_calendar
from kiosk.content.image_limits import check_image
from kiosk.content.payout_tokens import HIDDEN_LAST4, lookup_token
from kiosk.errors import ValidationError
from kiosk.imports.catalogue import read_catalogue
from kiosk.imports.roster import read_roster
from kiosk.imports.spreadsheet import check_cell_text, read_cells
from kiosk.masking import mask_name
from kiosk.store.township_repo import TOWNSHIP_COLUMNS
from kiosk.township_code import check_township_code
from kiosk.trust.safe_json import load_file
from kiosk.trust.safe_read import is_regular, read_bounded
from sync import eligibility

VILLAGE_COLUMNS = {"code": ("编码", "村(社区)编码"), "name": ("名称", "村(社区)"), "kind": ("类型",),
                   "seq": ("序号",)}
SUBSIDY_COLUMNS = {"name": ("补贴项目", "项目"), "department": ("主管部门",), "standard": ("补贴标准", "标准")}
KIND_NAMES = {"村": "village", "社区": "community", "village": "village", "community": "community"}
MAX_TEXT_BYTES = 16 << 20
MAX_IMAGE_BYTES = 64 << 20
POLICY_KINDS = {"政策": "policy", "解读": "interpretation", "政策解读": "interpretation"}


def stable_id(*parts: object) -> int:
    """A positive 62-bit id from a natural key: the same key gets the same id at every publish."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 2


def _norm(header: object) -> str:
    text = str(header or "").strip().replace(" ", "").replace("\u3000", "")
    return text.replace("（", "(").replace("）", ")")


def read_table(path: Path, columns: dict[str, tuple[str, ...]], required: tuple[str, ...]) -> list[dict]:
    """Rows of a CSV (UTF-8 or GB18030) or XLSX file as {field: text}, headers matched by name."""
    rows = read_cells(path)  # bounded, DTD-free, whatever its <dimension> says
    if not rows:
        raise ValidationError(f"{path.name} 是空的")
    accepted = {_norm(name): f for f, names in columns.items() for name in names}
    header = [accepted.get(_norm(h)) for h in rows[0]]
    missing = [columns[f][0] for f in required if f not in header]
    if missing:
        raise ValidationError(f"{path.name} 缺少列：{'、'.join(missing)}")
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(c not in (None, "") for c in row):
            continue
        for name, value in zip(rows[0], row, strict=False):
            check_cell_text(path, number, str(name or ""), value)
        record = {f: _cell(v) for f, v in zip(header, row, strict=False) if f}
        record["_line"] = number
        out.append(record)
    return out


def _cell(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _date(text: str, where: str) -> str:
    try:
        return dt.date.fromisoformat(text.replace("/", "-").replace(".", "-")).isoformat()
    except ValueError:
        raise ValidationError(f"{where}: 日期格式错误「{text}」，应为 2026-11-22") from None


def read_text_file(path: Path) -> tuple[dict[str, str], str]:
    """Header lines 「键：值」 up to the first blank line, then the body."""
    try:
        text = read_bounded(path, MAX_TEXT_BYTES, path.name).decode("utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise ValidationError(f"{path.name} 不是 UTF-8 编码的文字") from None
    head, _, body = text.partition("\n\n")
    fields = {}
    for line in head.splitlines():
        key, sep, value = line.replace("：", ":", 1).partition(":")
        if not sep:
            raise ValidationError(f"{path.name}: 文件开头应为「键：值」行，再空一行写正文（问题行：{line[:30]}）")
        fields[key.strip()] = value.strip()
    return fields, body.strip()


@dataclass
class SourceContent:
    township: dict
    tables: dict[str, tuple[tuple[str, ...], list[tuple]]] = field(default_factory=dict)
    attachments: dict[str, tuple[str, Path]] = field(default_factory=dict)  # sha256 -> (mime, file)
    calendars: list[tuple[int, str, list[tuple[str, str, str]]]] = field(default_factory=list)


NAME_FORMS = ("surname", "surname_last", "full")


_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def _languages(township: dict) -> dict:
    """township.json's "default_language": "ug" and "languages": ["zh", "ug", "en"] (both optional)."""
    default = township.get("default_language") or ""
    offered = township.get("languages") or []
    if isinstance(offered, str):
        offered = [c.strip() for c in offered.split(",") if c.strip()]
    if not isinstance(default, str) or not isinstance(offered, list) \
            or not all(isinstance(c, str) and _LANGUAGE.match(c) for c in [*offered, *([default] if default else [])]):
        raise ValidationError("township.json 的 default_language 应为语言代码（如 \"ug\"），"
                              "languages 应为语言代码列表（如 [\"zh\", \"ug\", \"en\"]）")
    if default and offered and default not in offered:
        raise ValidationError(f"township.json 的 default_language（{default}）不在 languages 之中")
    return {"default_language": default, "languages": ",".join(offered)}


def read_source(folder: Path, *, township_secret: str = "", names: str = "surname") -> SourceContent:
    """Read and check a source folder. Payout rows leave here without ID digits: with `township_secret`
    each carries a keyed lookup token instead (kiosk/content/payout_tokens.py), and its name is masked as the
    kiosk shows it (`names`: surname 张*, surname_last 张*明, or full where a village notice board
    must show full names by law)."""
    if names not in NAME_FORMS:
        raise ValidationError(f"姓名发布方式应为 {'、'.join(NAME_FORMS)} 之一")
    folder = Path(folder)
    if not (folder / "township.json").is_file():
        raise ValidationError(f"{folder} 不是源文件夹：缺少 township.json")
    township = load_file(folder / "township.json", "township.json")
    if not isinstance(township, dict) or not township.get("code") or not township.get("name"):
        raise ValidationError("township.json 需要 code（乡镇代码）和 name（名称）")
    check_township_code(str(township["code"]), "code")
    township = {**township, **_languages(township)}
    content = SourceContent(township={k: str(township.get(k, "")) for k in TOWNSHIP_COLUMNS})
    content.tables["township"] = (("id", *TOWNSHIP_COLUMNS), [(1, *content.township.values())])
    villages = _villages(folder, content)
    domains, items = _catalogue(folder, content)
    subsidies = _subsidy_items(folder, content)
    _roster(folder, content, villages, subsidies, township_secret, names)
    _documents(folder, content, items)
    _notices(folder, content, villages)
    _policies(folder, content)
    _faq(folder, content)
    _drafts(folder, content)
    content.tables["eligibility_rules"] = eligibility.source_table(folder)
    for path in sorted((folder / "calendar").glob("*.json")):
        content.calendars.append(parse_calendar(load_file(path, path.name)))
    _synonyms(folder, content)
    return content


def _synonyms(folder: Path, content: SourceContent) -> None:
    """search/synonyms.txt as (line number, line): the kiosk checks each row when it loads them
    (a bad row is skipped with a message naming this line number)."""
    path = folder / "search" / "synonyms.txt"
    if not path.exists():
        return
    try:
        lines = read_bounded(path, 4 << 20, "search/synonyms.txt").decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise ValidationError("search/synonyms.txt 不是 UTF-8 文本") from None
    rows = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.lstrip().startswith("#")]
    content.tables["search_synonyms"] = (("seq", "line"), rows)


def _one(folder: Path, stem: str) -> Path | None:
    found = sorted(p for ext in ("csv", "xlsx") for p in folder.glob(f"{stem}.{ext}"))
    return found[0] if found else None


def _villages(folder: Path, content: SourceContent) -> dict[str, int]:
    path = _one(folder, "villages")
    if path is None:
        raise ValidationError("源文件夹缺少 villages.csv（村、社区名单）")
    rows, by_name = [], {}
    for r in read_table(path, VILLAGE_COLUMNS, ("code", "name", "kind")):
        kind = KIND_NAMES.get(r["kind"])
        if kind is None:
            raise ValidationError(f"{path.name} 第{r['_line']}行: 类型应为「村」或「社区」")
        village_id = stable_id("village", r["code"])
        by_name[r["name"]] = village_id
        seq = r.get("seq") or str(len(rows))
        if not seq.isascii() or not seq.isdigit() or len(seq) > 9:
            raise ValidationError(f"{path.name} 第{r['_line']}行: 序号应为不超过9位的数字")
        rows.append((village_id, r["code"], r["name"], kind, int(seq)))
    content.tables["villages"] = (("id", "code", "name", "kind", "seq"), rows)
    return by_name


def _rows_or_refuse(path: Path, result) -> list:
    rows, errors = result
    if errors:
        shown = "；".join(f"第{e.row}行 {e}" for e in errors[:5])
        more = f"（另有 {len(errors) - 5} 行）" if len(errors) > 5 else ""
        raise ValidationError(f"{path.name} 有 {len(errors)} 行不合格：{shown}{more}")
    return rows


def _catalogue(folder: Path, content: SourceContent):
    """The catalogue sheet, read and checked by the importer's reader (kiosk/imports/catalogue.py)."""
    path = _one(folder, "catalogue")
    domains: dict[str, int] = {}
    items, by_path = [], {}
    fields = ("level1", "level2", "content", "basis", "time_limit", "subject", "channels", "audience",
              "method", "level")
    if path is not None:
        for r in _rows_or_refuse(path, read_catalogue(path)):
            domain_id = domains.setdefault(r.domain, stable_id("domain", r.domain))
            item_id = stable_id("item", r.domain, r.level1, r.level2)
            by_path[f"{r.domain}/{r.level1}/{r.level2}"] = item_id
            items.append((item_id, domain_id, r.seq, *(getattr(r, f) for f in fields)))
    content.tables["catalogue_domains"] = (
        ("id", "seq", "name"), [(i, n, name) for n, (name, i) in enumerate(domains.items(), start=1)]
    )
    content.tables["catalogue_items"] = (("id", "domain_id", "seq", *fields), items)
    return domains, by_path


def _subsidy_items(folder: Path, content: SourceContent) -> dict[str, int]:
    path = _one(folder, "subsidy_items")
    rows = read_table(path, SUBSIDY_COLUMNS, ("name",)) if path else []
    by_name = {r["name"]: stable_id("subsidy", r["name"]) for r in rows}
    content.tables["subsidy_items"] = (
        ("id", "name", "department", "standard"),
        [(by_name[r["name"]], r["name"], r.get("department", ""), r.get("standard", "")) for r in rows],
    )
    return by_name


def _roster(folder: Path, content: SourceContent, villages: dict[str, int], subsidies: dict[str, int],
            secret: str = "", names: str = "surname") -> None:
    """Every roster*.csv/.xlsx, read and checked by the importer's reader (kiosk/imports/roster.py),
    which keeps only the last four characters of an ID number; those stay here (see read_source)."""
    columns = ("id", "village_id", "group_name", "recipient_name", "id_last4", "subsidy_item_id", "year",
               "period", "amount_fen", "paid_on", "lookup_token")
    rows, seen = [], Counter()
    for path in sorted(p for ext in ("csv", "xlsx") for p in folder.glob(f"roster*.{ext}")):
        for r in _rows_or_refuse(path, read_roster(path, villages=set(villages))):
            item = subsidies.get(r.subsidy_item)
            if item is None:
                item = subsidies[r.subsidy_item] = stable_id("subsidy", r.subsidy_item)
                content.tables["subsidy_items"][1].append((item, r.subsidy_item, "", ""))
            token = lookup_token(secret, r.recipient_name, r.id_last4) if secret else None
            shown = r.recipient_name if names == "full" else mask_name(r.recipient_name, names)
            # The row id must not be a function of name + last 4 either: an outsider could test guesses.
            who = token or f"{shown}#{r.row}"
            key = (r.village, r.group_name, who, r.subsidy_item, r.year, r.period)
            seen[key] += 1
            rows.append((stable_id("payout", *key, seen[key]), villages[r.village], r.group_name,
                         shown, HIDDEN_LAST4, item, r.year, r.period, r.amount_fen, r.paid_on, token))
    content.tables["payouts"] = (columns, rows)


def _documents(folder: Path, content: SourceContent, items: dict[str, int]) -> None:
    columns = ("id", "item_id", "title", "doc_number", "index_number", "publisher", "published_on", "body", "url")
    rows = []
    for path in sorted((folder / "documents").glob("*.txt")):
        head, body = read_text_file(path)
        catalogue = head.get("目录", "")
        if catalogue and catalogue not in items:
            raise ValidationError(f"{path.name}: 目录「{catalogue}」不在 catalogue 中（格式：领域/一级事项/二级事项）")
        rows.append((stable_id("document", path.name), items.get(catalogue), _need(head, "标题", path),
                     head.get("文号", ""), head.get("索引号", ""), head.get("发布机构", ""),
                     _date(_need(head, "发布日期", path), path.name), body, head.get("链接", "")))
    content.tables["documents"] = (columns, rows)


def _need(head: dict, key: str, path: Path) -> str:
    if not head.get(key):
        raise ValidationError(f"{path.name}: 缺少「{key}」")
    return head[key]


def _notices(folder: Path, content: SourceContent, villages: dict[str, int]) -> None:
    rows, links = [], []
    for path in sorted((folder / "notices").glob("*.txt")):
        head, body = read_text_file(path)
        village = villages.get(_need(head, "村(社区)", path))
        if village is None:
            raise ValidationError(f"{path.name}: 村(社区)「{head['村(社区)']}」不在 villages.csv 中")
        notice_id = stable_id("notice", path.name)
        expires = head.get("截止日期", "")
        rows.append((notice_id, village, _need(head, "类别", path), _need(head, "标题", path), body,
                     _date(_need(head, "公示日期", path), path.name),
                     _date(expires, path.name) if expires else None, int(head.get("紧急", "否") == "是")))
        pictures = [p.strip() for p in head.get("图片", "").replace(",", "、").split("、") if p.strip()]
        for seq, name in enumerate(pictures):
            image = folder / "notices" / "images" / name
            if not is_regular(image) or "/" in name or name.startswith("."):
                raise ValidationError(f"{path.name}: 图片 {name} 不在 notices/images/ 中")
            data = read_bounded(image, MAX_IMAGE_BYTES, name)
            sha = hashlib.sha256(data).hexdigest()
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            if mime.startswith("image/"):
                try:
                    check_image(data, name)
                except ValidationError as exc:
                    raise ValidationError(f"{path.name}: {exc}") from None
            content.attachments[sha] = (mime, image)
            links.append((notice_id, seq, sha, name, "image" if mime.startswith("image/") else "file"))
    content.tables["notices"] = (
        ("id", "village_id", "category", "title", "body", "posted_on", "expires_on", "urgent"), rows
    )
    content.tables["notice_attachments"] = (("notice_id", "seq", "sha256", "name", "kind"), links)


def _policies(folder: Path, content: SourceContent) -> None:
    rows = []
    for path in sorted((folder / "policies").glob("*.txt")):
        head, body = read_text_file(path)
        kind = POLICY_KINDS.get(head.get("类型", "政策"))
        if kind is None:
            raise ValidationError(f"{path.name}: 类型应为「政策」或「解读」")
        target = head.get("解读对象", "")
        if target and not (folder / "policies" / target).is_file():
            raise ValidationError(f"{path.name}: 解读对象 {target} 不存在")
        rows.append((stable_id("policy", path.name), kind, stable_id("policy", target) if target else None,
                     _need(head, "标题", path), head.get("文号", ""), head.get("发布机关", ""),
                     _date(_need(head, "发布日期", path), path.name), body, head.get("来源链接", "")))
    content.tables["policies"] = (
        ("id", "kind", "interprets_id", "title", "doc_number", "issuer", "published_on", "body", "source_url"),
        rows,
    )


def _faq(folder: Path, content: SourceContent) -> None:
    from kiosk.feedback.text import looks_personal

    rows = []
    for path in sorted((folder / "faq").glob("*.txt")):
        head, body = read_text_file(path)
        question = _need(head, "问题", path)
        if not body:
            raise ValidationError(f"{path.name}: 缺少答复正文")
        if looks_personal(question) or looks_personal(body):
            raise ValidationError(f"{path.name}: 简明问答中不能有身份证号码或电话号码")
        rows.append((stable_id("faq", path.name), _need(head, "类别", path), question, body,
                     _date(_need(head, "发布日期", path), path.name)))
    content.tables["faq"] = (("id", "topic", "question", "answer", "published_on"), rows)


DRAFT_MARK = "【草案】"
ADOPTION_SUFFIX = ".采纳情况.txt"


def _drafts(folder: Path, content: SourceContent) -> None:
    rows = []
    for path in sorted((folder / "drafts").glob("*.txt")):
        if path.name.endswith(ADOPTION_SUFFIX):
            continue
        head, text = read_text_file(path)
        explanation, mark, body = text.partition(DRAFT_MARK)
        if not mark or not body.strip() or not explanation.strip():
            raise ValidationError(f"{path.name}: 正文应先写起草说明，再单独一行「{DRAFT_MARK}」，再写草案全文")
        opens = _date(_need(head, "征求意见开始", path), path.name)
        closes = _date(_need(head, "征求意见截止", path), path.name)
        if closes < opens:
            raise ValidationError(f"{path.name}: 征求意见截止日期早于开始日期")
        adoption, adoption_on = "", None
        adoption_path = path.with_name(path.name[:-4] + ADOPTION_SUFFIX)
        if adoption_path.is_file():
            a_head, adoption = read_text_file(adoption_path)
            adoption_on = _date(_need(a_head, "发布日期", adoption_path), adoption_path.name)
        rows.append((stable_id("draft", path.name), _need(head, "标题", path), _need(head, "起草单位", path),
                     explanation.strip(), body.strip(), _need(head, "意见提交方式", path), opens, closes,
                     adoption, adoption_on))
    content.tables["drafts"] = (("id", "title", "organiser", "explanation", "body", "how_to_comment", "opens_on",
                                 "closes_on", "adoption", "adoption_on"), rows)


def catalogue_paths(folder: Path) -> list[str]:
    """The catalogue items of a source folder as 领域/一级事项/二级事项 (what a document's 目录 names)."""
    return list(_catalogue(Path(folder), SourceContent(township={}))[1])
