"""Builds the demo township into a database.

Everything comes from one seeded random generator and the `as_of` date, so the same seed and
date give the same content byte for byte. Bulk rows go in with executemany inside one
transaction: a million payouts take seconds, not hours.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from kiosk import search
from kiosk.calendar.holidays import install_shipped_calendars
from kiosk.clock import Clock
from kiosk.content.home import CONTENT_UPDATED_AT
from kiosk.demo import vocabulary as v
from kiosk.demo.images import notice_board_png
from kiosk.demo.voice import add_voice
from kiosk.eligibility.results import install_rules, shipped_rules_text
from kiosk.imports.seeds import add_seed_policies
from kiosk.store import sync_state_repo, township_repo
from kiosk.store.db import bulk_load, insert_rows

PAYOUTS_PER_SCALE = 50_000
DOCUMENTS_PER_SCALE = 4_700
NOTICES_PER_VILLAGE_PER_SCALE = 16
DISTINCT_IMAGES = 24


@dataclass(frozen=True)
class DemoSpec:
    scale: int = 1
    seed: int = 2026
    as_of: dt.date = dt.date(2026, 11, 22)


def build_demo(db: sqlite_utils.Database, spec: DemoSpec, clock: Clock) -> None:
    """Fill an empty, migrated database with the demo township."""
    if db.execute("SELECT count(*) FROM township").fetchone()[0]:
        raise ValueError("the database already holds a township; demo data goes into an empty one")
    rng = random.Random(spec.seed)
    with bulk_load(db), db.atomic():
        township_repo.save_township(db, v.TOWNSHIP)
        villages = _villages(db)
        items = _catalogue(db, rng)
        _documents(db, rng, spec, items)
        _notices(db, rng, spec, villages)
        _payouts(db, rng, spec, villages)
        _policies(db, rng, spec)
        add_seed_policies(db)  # the two real scraped seed texts, cleaned
        _faq(db, spec)
        _drafts(db, spec)
        add_voice(db, spec.as_of, random.Random(spec.seed + 26))  # its own stream: the rest stays as it was
        install_rules(db, shipped_rules_text())  # 政策找人: the county's rule file (resources/eligibility)
        # The demo's content is as fresh as its as-of morning, but never newer than the moment it is made
        # (a demo built before six on its as-of day showed an update time still to come).
        morning = dt.datetime.fromisoformat(f"{spec.as_of.isoformat()}T06:00:00+08:00")
        sync_state_repo.put(db, CONTENT_UPDATED_AT, min(morning, clock.now()).isoformat(timespec="seconds"))
        search.reindex(db)  # last: it indexes everything above
    install_shipped_calendars(db, clock)


def _villages(db) -> list[tuple[int, str, str]]:
    rows = [
        (i + 1, f"{v.TOWNSHIP['code']}{i + 1:03d}", name, kind, i) for i, (name, kind) in enumerate(v.VILLAGES)
    ]
    insert_rows(db, "villages", ("id", "code", "name", "kind", "seq"), rows)
    return [(r[0], r[2], r[3]) for r in rows]


def _catalogue(db, rng: random.Random) -> list[tuple[int, str, str, str]]:
    """26 domains x 4 一级事项 x 3 二级事项; returns (item_id, domain, level1, level2)."""
    domains, items = [], []
    township = v.TOWNSHIP["name"]
    for d_seq, (domain, level1s, basis, body) in enumerate(v.DOMAINS, start=1):
        domains.append((d_seq, d_seq, domain))
        for l1_index, level1 in enumerate(level1s):
            for k in range(3):
                kind, content, time_limit = v.ITEM_KINDS[(l1_index + k * 2 + d_seq) % len(v.ITEM_KINDS)]
                channels = ["政府网站", *rng.sample(v.CHANNELS[1:], rng.randint(1, 3))]
                village_level = kind in ("审核公示", "实施结果")
                items.append((
                    len(items) + 1, d_seq, len(items) + 1, level1, f"{level1}{kind}",
                    f"{level1}{content}", basis,
                    time_limit, f"{body}、{township}人民政府",
                    "、".join(channels + (["村公示栏（电子屏）"] if village_level else [])),
                    "特定群众" if kind == "审核公示" else "全社会",
                    "依申请" if kind == "监督渠道" and rng.random() < 0.2 else "主动",
                    "县级、乡级、村级" if village_level else "县级、乡级",
                ))
    insert_rows(db, "catalogue_domains", ("id", "seq", "name"), domains)
    insert_rows(
        db, "catalogue_items",
        ("id", "domain_id", "seq", "level1", "level2", "content", "basis", "time_limit", "subject",
         "channels", "audience", "method", "level"),
        items,
    )
    names = {d[0]: d[2] for d in domains}
    return [(it[0], names[it[1]], it[3], it[4]) for it in items]


def _paragraphs(rng: random.Random, pool: list[str], count: int, **fill) -> str:
    return "\n".join(rng.choice(pool).format(**fill) for _ in range(count))


def _documents(db, rng: random.Random, spec: DemoSpec, items) -> None:
    township = v.TOWNSHIP["name"]
    kinds = ["通知", "公示", "实施方案", "结果公告", "办事指南", "工作报告"]

    def rows() -> Iterator[tuple]:
        for doc_id in range(1, DOCUMENTS_PER_SCALE * spec.scale + 1):
            item_id, domain, level1, _ = items[rng.randrange(len(items))]
            published = spec.as_of - dt.timedelta(days=rng.randrange(3 * 365))
            kind = rng.choice(kinds)
            title = f"{township}关于{published.year}年{level1}的{kind}"
            serial = rng.randint(1, 120)
            body = "\n".join([
                f"各村（社区）、镇直各单位：为做好{level1}工作，根据{domain}领域有关规定，现将有关事项{kind}如下。",
                _paragraphs(rng, v.POLICY_SENTENCES, 3),
                *(_guide_lines(level1) if kind == "办事指南" else []),
                f"联系电话：{v.TOWNSHIP['office_phone']}。",
            ])
            yield (
                doc_id, item_id, title, f"青禾府字〔{published.year}〕{serial}号",
                f"{v.TOWNSHIP['code']}/{published.year}-{doc_id:06d}", f"{township}人民政府",
                published.isoformat(), body, f"{v.TOWNSHIP['public_base_url']}doc/{doc_id}.html",
            )

    insert_rows(
        db, "documents",
        ("id", "item_id", "title", "doc_number", "index_number", "publisher", "published_on", "body", "url"),
        rows(),
    )


def _guide_lines(level1: str) -> list[str]:
    """The labelled lines of a real 办事指南: what to bring, where, how long, whom to call."""
    return [
        f"办理对象：本镇户籍、符合{level1}条件的居民。",
        f"申请材料：{v.GUIDE_MATERIALS.get(level1, v.GUIDE_DEFAULT)}。",
        f"办理地点：所在村（社区）便民服务站，或{v.TOWNSHIP['office_address']}。",
        "办理时限：自受理之日起10个工作日内办结。",
        "收费标准：不收费。",
        f"咨询电话：{v.TOWNSHIP['office_phone']}。",
    ]


def _masked_name(rng: random.Random) -> str:
    return rng.choice(v.SURNAMES) + "*" + (rng.choice(v.GIVEN_CHARS) if rng.random() < 0.5 else "")


def _notices(db, rng: random.Random, spec: DemoSpec, villages) -> None:
    images = []
    for _ in range(DISTINCT_IMAGES):
        data = notice_board_png(rng)
        images.append((hashlib.sha256(data).hexdigest(), "image/png", len(data), data))
    insert_rows(db, "attachments", ("sha256", "mime", "size", "data"), images)

    notices, links = [], []
    for village_id, village, kind in villages:
        categories = ["党务", "居务", "财务"] if kind == "community" else ["党务", "村务", "财务"]
        for _ in range(NOTICES_PER_VILLAGE_PER_SCALE * spec.scale):
            category = categories[len(notices) % len(categories)]
            posted = spec.as_of - dt.timedelta(days=rng.randrange(400))
            template = rng.choice(v.NOTICE_TITLES[category])
            title = template.format(year=posted.year, month=posted.month, n=rng.randint(1, 4))
            urgent = template in v.URGENT_TITLES and (spec.as_of - posted).days < 30
            lasting = rng.random() < 0.1
            expires = None if lasting else posted + dt.timedelta(days=rng.choice((7, 10, 15, 30, 60, 90)))
            amount = rng.randint(2000, 90000)
            body = _paragraphs(
                rng, v.NOTICE_SENTENCES, rng.randint(3, 6), n=rng.randint(2, 40),
                amount=f"{amount:,}", amount2=f"{amount * 7 // 10:,}", amount3=f"{amount * 3 // 10:,}",
                phone=v.TOWNSHIP["office_phone"], name=_masked_name(rng),
            )
            lead = v.TITLE_LEADS.get(template)
            if lead:  # derived from the amount, so the random sequence (and every other row) stays as it was
                body = lead.format(amount=f"{amount:,}", a=f"{amount * 5 // 10:,}", b=f"{amount * 3 // 10:,}",
                                   c=f"{amount - amount * 5 // 10 - amount * 3 // 10:,}") + "\n" + body
            notice_id = len(notices) + 1
            notices.append((
                notice_id, village_id, category, f"{village}{title}", body, posted.isoformat(),
                expires.isoformat() if expires else None, int(urgent),
            ))
            if rng.random() < 0.3:
                for seq in range(rng.randint(1, 3)):
                    sha = images[rng.randrange(len(images))][0]
                    links.append((notice_id, seq, sha, f"公示照片{seq + 1}.png", "image"))
    # The township always has one urgent notice current on the as-of day, for the home banner.
    notices.append((
        len(notices) + 1, villages[0][0], "党务" if villages[0][2] == "community" else "村务",
        f"{v.TOWNSHIP['name']}关于做好冬春季森林防火工作的通知",
        "当前已进入森林防火紧要期，严禁野外用火。\n发现火情请立即拨打119或镇应急值班电话"
        f"{v.TOWNSHIP['office_phone']}。",
        (spec.as_of - dt.timedelta(days=2)).isoformat(), (spec.as_of + dt.timedelta(days=60)).isoformat(), 1,
    ))
    insert_rows(
        db, "notices",
        ("id", "village_id", "category", "title", "body", "posted_on", "expires_on", "urgent"),
        notices,
    )
    insert_rows(db, "notice_attachments", ("notice_id", "seq", "sha256", "name", "kind"), links)


def _periods(cadence: str, first_year: int, as_of: dt.date) -> list[tuple[int, str, dt.date]]:
    """(year, 补贴期号, paid date) for every period from first_year up to as_of."""
    periods = []
    for year in range(first_year, as_of.year + 1):
        if cadence == "monthly":
            for month in range(1, 13):
                periods.append((year, f"{year}年{month:02d}月", dt.date(year, month, 15)))
        else:
            periods.append((year, f"{year}年度", dt.date(year, 6, 20)))
    return [p for p in periods if p[2] <= as_of]


# Items paid at fixed rates (their stated standard): a drawn amount becomes one of them. 高龄津贴 is
# 50 yuan a month at 80-89 and 100 at 90-99; ¥78.90 matched no stated rate.
FIXED_RATES = {"高龄津贴": (5000, 10000)}


def _on_standard(item: str, amount: int, low: int, high: int) -> int:
    """The amount as the item's standard allows (same draw, so the rest of the demo is unchanged)."""
    rates = FIXED_RATES.get(item)
    if not rates or high <= low:
        return amount
    return rates[min(len(rates) - 1, (amount - low) * len(rates) // (high - low + 1))]


def _payouts(db, rng: random.Random, spec: DemoSpec, villages) -> None:
    items = [(i + 1, *item) for i, item in enumerate(v.SUBSIDY_ITEMS)]
    insert_rows(db, "subsidy_items", ("id", "name", "department", "standard"), [it[:4] for it in items])
    first_year = spec.as_of.year - 3
    period_cache = {c: _periods(c, first_year, spec.as_of) for c in ("monthly", "yearly")}
    target = PAYOUTS_PER_SCALE * spec.scale

    def rows() -> Iterator[tuple]:
        produced = 0
        while True:
            village_id, _, kind = villages[rng.randrange(len(villages))]
            name = rng.choice(v.SURNAMES) + "".join(rng.choices(v.GIVEN_CHARS, k=rng.choice((1, 2))))
            last4 = f"{rng.randrange(1000):03d}" + rng.choice("0123456789X")
            group = f"第{rng.randint(1, 9)}村民小组" if kind == "village" else f"第{rng.randint(1, 6)}居民小组"
            for item_id, item_name, _, _, cadence, (low, high) in rng.sample(items, rng.randint(1, 3)):
                base = rng.randrange(low, high + 1, 10) if high > low else low
                base = _on_standard(item_name, base, low, high)
                if cadence == "once":
                    year = rng.randint(first_year, spec.as_of.year)
                    chosen = [(year, f"{year}年第{rng.randint(1, 4)}批", dt.date(year, rng.randint(1, 10), 28))]
                else:
                    chosen = period_cache[cadence][rng.randrange(len(period_cache[cadence]) // 2):]
                for year, period, paid in chosen:
                    if paid > spec.as_of:
                        continue
                    produced += 1
                    yield (produced, village_id, group, name, last4, item_id, year, period, base, paid.isoformat())
                    if produced >= target:
                        return

    insert_rows(
        db, "payouts",
        ("id", "village_id", "group_name", "recipient_name", "id_last4", "subsidy_item_id", "year",
         "period", "amount_fen", "paid_on"),
        rows(),
    )


def _structured_body(rng: random.Random, topic: str) -> str:
    """A body with the heading levels real documents use: 一、 (一) 1."""
    lines = [f"为进一步做好{topic}，切实保障群众合法权益，结合我镇实际，制定本方案。"]
    for h1, heading in enumerate(["总体要求", "主要任务", "工作步骤", "保障措施"]):
        lines.append(f"{'一二三四'[h1]}、{heading}")
        for h2 in range(rng.randint(1, 3)):
            lines.append(f"（{'一二三'[h2]}）{rng.choice(v.POLICY_SENTENCES)}")
            for h3 in range(rng.randint(0, 2)):
                lines.append(f"{h3 + 1}. {rng.choice(v.POLICY_SENTENCES)}")
    return "\n".join(lines)


def _policies(db, rng: random.Random, spec: DemoSpec) -> None:
    township = v.TOWNSHIP["name"]
    rows = []
    for i, (topic, _domain) in enumerate(v.POLICY_TOPICS):
        published = spec.as_of - dt.timedelta(days=rng.randrange(30, 900))
        policy_id = 2 * i + 1
        title = f"{township}关于做好{topic}的实施方案"
        doc_number = f"青禾府发〔{published.year}〕{rng.randint(1, 60)}号"
        rows.append((policy_id, "policy", None, title, doc_number, f"{township}人民政府",
                     published.isoformat(), _structured_body(rng, topic)))
        explain = "\n".join([
            "一、出台背景",
            f"为贯彻落实上级关于{topic}的决策部署，{township}研究制定了《{title}》（{doc_number}）。",
            "二、主要内容",
            _paragraphs(rng, v.POLICY_SENTENCES, 3),
            "三、群众关心的问题",
            f"（一）怎么申请？请携带身份证、户口簿到村（社区）便民服务站或{township}便民服务中心办理。",
            f"（二）有疑问找谁？咨询电话：{v.TOWNSHIP['office_phone']}。",
        ])
        rows.append((policy_id + 1, "interpretation", policy_id, f"《{title}》政策解读", "",
                     f"{township}人民政府", (published + dt.timedelta(days=1)).isoformat(), explain))
    insert_rows(
        db, "policies",
        ("id", "kind", "interprets_id", "title", "doc_number", "issuer", "published_on", "body"),
        rows,
    )


# 简明问答: common questions residents ask, answered by the county (no personal data, no numbers).
FAQ = (
    ("惠农补贴", "耕地地力保护补贴什么时候发？", "每年上半年核定面积，一般在 6 月底前通过“一卡通”发放到户。发放名单在村务公开栏和本机“补贴查询”公示。"),
    ("惠农补贴", "补贴没有到账怎么办？", "先在本机“补贴查询”按姓名和身份证后 4 位查一查发放记录；没有记录的，带上身份证和“一卡通”存折到镇便民服务中心财政所窗口核实。"),
    ("社会保障", "城乡居民养老保险每年什么时候缴费？", "每年 1 月至 12 月都可以缴费，建议在 9 月底前缴清当年保费。可到村便民服务站或用手机“赣服通”缴纳。"),
    ("社会保障", "老人满 60 岁怎么领养老金？", "满 60 周岁的次月起可以领取。请本人带身份证、户口簿到镇社保所办理待遇领取手续，之后每月按时发放到社保卡。"),
    ("民政救助", "低保怎么申请？", "由本人或家属向户籍所在村（居）委会提出书面申请，带身份证、户口簿和家庭收入情况说明。经入户调查、民主评议、公示后由县民政局审批。"),
    ("民政救助", "临时救助找谁？", "遇到突发困难的家庭可以向村（居）委会或镇民政所申请临时救助，紧急情况可以先行救助、事后补办手续。"),
    ("户籍证件", "身份证丢了在哪里补办？", "带户口簿到镇派出所户籍窗口补办，现场采集照片，一般 15 个工作日内可以领取。急用的可以同时申请临时身份证。"),
    ("户籍证件", "新生儿怎么上户口？", "带出生医学证明、父母双方身份证和户口簿、结婚证，到父亲或母亲户籍所在地派出所办理。"),
    ("医疗卫生", "城乡居民医保在哪里缴费？", "每年 9 月至 12 月集中缴纳下一年度保费，可在村便民服务站、银行网点或手机“赣服通”缴纳。"),
    ("土地房屋", "农村建房要办什么手续？", "先向村民小组提出申请，经村委会审查、镇政府审核，取得《乡村建设规划许可证》和宅基地批准书后才能动工。"),
    ("教育就学", "孩子上小学要准备什么材料？", "一般需要户口簿、房产或居住证明和预防接种证。具体以镇中心小学当年的招生公告为准，公告会在本机“公开文件”中发布。"),
    ("村务公开", "村里的账目在哪里能看到？", "村级财务收支每季度公开一次，公开内容贴在村务公开栏，也可以在本机“村务公开”里选择您所在的村查看。"),
)


def _faq(db, spec: DemoSpec) -> None:
    rows = [(i + 1, topic, question, answer, (spec.as_of - dt.timedelta(days=7 * i + 3)).isoformat())
            for i, (topic, question, answer) in enumerate(FAQ)]
    insert_rows(db, "faq", ("id", "topic", "question", "answer", "published_on"), rows)


def _drafts(db, spec: DemoSpec) -> None:
    """意见征集: a 村规民约 revision open for comment, and a closed draft with its 采纳情况."""
    township = v.TOWNSHIP["name"]
    day = spec.as_of
    rows = [
        (1, "东岭村村规民约（修订草案）", "东岭村村民委员会",
         "为适应移风易俗和人居环境整治的新要求，村两委在广泛听取村民代表意见的基础上，对2019年制定的村规民约进行了修订。"
         "主要修改：增加红白喜事简办标准；明确房前屋后卫生责任；增加禁止在河道倾倒垃圾的约定。",
         "第一条 本村村民应当遵守法律法规，爱党爱国，团结邻里。\n"
         "第二条 红白喜事提倡简办，宴席不超过十桌，不燃放大型烟花。\n"
         "第三条 各户负责房前屋后的卫生，垃圾分类投放到指定地点。\n"
         "第四条 禁止向河道、沟渠倾倒垃圾和污水。\n"
         "第五条 本村规民约经村民会议讨论通过后施行，由村民委员会负责解释。",
         "在本机“意见征集”中点“我要提意见”；或书面意见交村委会；或在村民代表会议上当面提出。",
         (day - dt.timedelta(days=7)).isoformat(), (day + dt.timedelta(days=23)).isoformat(), "", None),
        (2, f"{township}农村人居环境整治三年行动方案（征求意见稿）", f"{township}人民政府",
         "为改善农村人居环境，根据县委、县政府统一部署，起草了本方案。",
         "一、目标任务：到2028年，全镇农村生活垃圾收运处置体系实现全覆盖。\n"
         "二、重点任务：推进厕所革命；治理生活污水；整治村容村貌。\n"
         "三、保障措施：落实镇村两级责任，镇财政每年安排专项资金。",
         f"在本机“意见征集”中提交；或送{township}党政办公室。",
         "2026-08-01", "2026-08-31",
         "征求意见期间共收到群众意见 3 条，其中采纳 1 条、部分采纳 1 条、未采纳 1 条。\n"
         "1. 意见：垃圾清运次数太少，夏天有异味。\n   处理：采纳。已在方案中明确夏季每日清运。\n"
         "2. 意见：希望每个村都建污水处理站。\n   处理：部分采纳。理由：人口集中的村先建，分散农户采用小型处理设施。\n"
         "3. 意见：建议取消所有旱厕。\n   处理：未采纳。理由：部分山区农户暂不具备改厕条件，分年度推进。",
         "2026-09-20"),
    ]
    insert_rows(db, "drafts", ("id", "title", "organiser", "explanation", "body", "how_to_comment", "opens_on",
                               "closes_on", "adoption", "adoption_on"), rows)
