"""What a resident sees for each match: why, what to bring, where to go, whom to call, how much, and links.

The rule file names content by name (a subsidy item, a policy title fragment, 领域/一级事项); here those
are found in the kiosk's content, so the standard shown is the one the township actually published.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlite_utils

from kiosk.eligibility.evaluate import MATCH, Match, evaluate, facts_from_answers
from kiosk.eligibility.schema import RuleSet, parse_rules
from kiosk.errors import KioskError
from kiosk.paths import resources_dir
from kiosk.printing.qr import public_url
from kiosk.store import eligibility_repo, township_repo

SHIPPED_RULES = "eligibility/rules.json"


@dataclass(frozen=True)
class Result:
    id: str
    title: str
    status: str          # match | maybe
    status_text: str     # 符合条件 | 可能符合，请到窗口确认
    reason: str
    standard: str
    materials: tuple[str, ...]
    where: str
    phone: str
    hours: str
    qr_url: str
    links: tuple[dict, ...] = field(default_factory=tuple)  # {title, subtitle, target, key}

    @property
    def matched(self) -> bool:
        return self.status == MATCH

    def speech(self) -> str:
        lines = [f"{self.title}，{self.status_text}。", self.reason]
        if self.standard:
            lines.append(f"标准：{self.standard}。")
        if self.materials:
            lines.append(f"请带上：{'、'.join(self.materials)}。")
        lines.append(f"办理地点：{self.where}。")
        if self.phone:
            lines.append(f"咨询电话：{self.phone}。")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        return {
            "id": self.id, "title": self.title, "status": self.status, "status_text": self.status_text,
            "reason": self.reason, "standard": self.standard, "materials": list(self.materials),
            "where": self.where, "phone": self.phone, "hours": self.hours, "qr_url": self.qr_url,
            "links": [dict(link) for link in self.links],
        }


def active_rules(db: sqlite_utils.Database) -> RuleSet | None:
    """The rules the county published to this kiosk (checked when applied); None before any arrived."""
    body = eligibility_repo.get_body(db)
    return parse_rules(body) if body else None


def shipped_rules_text() -> str:
    return (resources_dir() / SHIPPED_RULES).read_text(encoding="utf-8")


def install_rules(db: sqlite_utils.Database, text: str) -> RuleSet:
    """Check a rule file and make it the active one (the caller owns the transaction)."""
    rules = parse_rules(text)
    eligibility_repo.put(db, rules.format_version, rules.revision, text)
    return rules


def _url(base: str, path: str) -> str:
    try:
        return public_url(base, path)
    except KioskError:
        return ""


def resolve(db: sqlite_utils.Database, match: Match) -> Result:
    rule = match.rule
    township = township_repo.get_township(db) or {}
    base = township.get("public_base_url", "")
    links: list[dict] = []
    standards: list[str] = []
    qr_paths: list[str] = []
    for name in rule.subsidy_items:
        item = eligibility_repo.subsidy_item(db, name)
        if item is None:
            continue
        if item["standard"]:
            standards.append(item["standard"] if len(rule.subsidy_items) == 1 else f"{name}：{item['standard']}")
        links.append({"title": f"{name}发放名单", "subtitle": "补贴查询", "target": "subsidies", "key": ""})
    for path in rule.catalogue:
        domain, level1 = path.split("/", 1)
        items = eligibility_repo.catalogue_items(db, domain, level1)
        if items:
            guide = items[0]
            links.append({"title": guide["title"], "subtitle": f"标准目录 · {domain}",
                          "target": "catalogue-item", "key": str(guide["id"])})
            if guide["document_id"]:
                qr_paths.append(f"doc/{guide['document_id']}.html")
    for fragment in rule.policies:
        for p in eligibility_repo.policies_titled(db, fragment)[:1]:
            links.append({"title": p["title"], "subtitle": "政策文件", "target": "policy", "key": str(p["id"])})
            qr_paths.insert(0, f"policy/{p['id']}.html")
    standard = "；".join(standards) or rule.standard
    qr_url = _url(base, qr_paths[0]) if qr_paths else _url(base, "")
    return Result(
        id=rule.id, title=rule.title, status=match.status, status_text=match.status_text, reason=match.reason,
        standard=standard, materials=rule.materials,
        where=rule.where or township.get("office_address", ""),
        phone=rule.phone or township.get("office_phone", ""), hours=township.get("office_hours", ""),
        qr_url=qr_url, links=tuple(links),
    )


def find(db: sqlite_utils.Database, answers: dict, rules: RuleSet | None = None) -> list[Result]:
    """Every match for these answers ({question id: option id | [option ids]}; a missing one is skipped)."""
    rules = rules or active_rules(db)
    if rules is None:
        return []
    return [resolve(db, m) for m in evaluate(rules, facts_from_answers(rules, answers))]
