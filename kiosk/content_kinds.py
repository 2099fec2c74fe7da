"""Every kind of published content, declared once: what the county sends, what search finds, where a tap leads.

    for kind in KINDS: ...                # in bundle order (parents before children)
    kind("notice").label                  # '村务公开'
    SEARCHED                              # the kinds the search index covers, in index order
    CONTENT_TABLES, CALENDAR_TABLES, SYNONYM_TABLES   # bundle membership, derived from the kinds

Readers: the bundle applier and checker (kiosk/store/content_repo.py: tables, keys, date columns),
the search index and ranking (kiosk/store/search_repo.py, kiosk/search/: SQL, prior, label), the
sync applier (sync/apply.py: which changed tables re-index which kind), the resident UI
(ui/models/search.py, ui/models/navigator.py: page ids, labels, what is read aloud) and the
screenshots (ui/shots.py: the pages each kind has).

To add a content kind (e.g. 意见征集 drafts), touch:
1. kiosk/content_kinds.py: one `ContentKind(...)` below (tables in bundle order, date columns, search SQL,
   label, page ids, what is read aloud, suggestion names);
2. kiosk/store/migrations/mNN_<kind>.py (new; never edit a landed one): its tables; when searched, also
   kiosk.store.search_repo.create_index_tables(db, name) and kiosk.search.reindex_kind(db, name, all ids);
3. kiosk/store/<kind>_repo.py and kiosk/content/<kind>.py (new): the SQL and the page data of its screens;
4. county/source_folder.py: read its source files into its tables (publishing and bundles then carry them);
5. kiosk/demo/generator.py: demo rows (the tests search the demo for every searched kind);
6. ui/models/navigator.py: `_open_<home>` and `_open_<page>`; ui/shots.py: how to reach its screens (`REACH`);
7. only when no page fits: a QML page; a home tile is one entry in ui/qml/HomePage.qml (+ its icon);
8. tests. Search, ranking, labels, bundle building and checking, sync apply and re-indexing, search hits'
   targets and the screenshot list follow from the declaration; tests/unit/test_content_kinds.py checks it.

Pure data: this module imports nothing from the project, so every layer may read it.
"""

from __future__ import annotations

from dataclasses import dataclass

# How a table's rows reach the search index.
INDEXED = "indexed"  # its rows are the kind's search rows: a delta re-indexes just the changed ids
FEEDS = "feeds"  # its text appears in other rows' search text (a renamed village): a change re-indexes all
UNSEARCHED = "unsearched"  # never in the index (payouts: recipients' names are private)

# How a bundle carries a table.
ROWS = "rows"  # a full bundle replaces the table, a delta upserts and deletes rows
BY_YEAR = "by-year"  # whole years replace the same years; years not mentioned stay (calendars)
WHOLE = "whole"  # replaced whole when the bundle has it and it differs; left alone when absent


@dataclass(frozen=True)
class Table:
    name: str
    key: tuple[str, ...]
    dates: tuple[str, ...] = ()  # columns that must hold real YYYY-MM-DD dates
    search: str = UNSEARCHED  # INDEXED | FEEDS | UNSEARCHED


@dataclass(frozen=True)
class Search:
    """How one kind is indexed and ranked. SQL placeholders are filled by kiosk/store/search_repo.py."""

    rows: str  # SELECT ref_id, title texts..., body texts... best first; {where} or {where_and} narrows to ids
    title_fields: int  # how many of the selected texts make the title
    id_column: str  # the ref_id column as `rows` names it (for the {where} filter)
    titles: str  # (r.position, ref_id, title, extra) for index positions; r is search_rows, {marks}
    texts: str  # (ref_id, text for the relevance check, snippet and answer card) for {ids}
    prior: float = 1.0  # ranking weight of the kind against the others


@dataclass(frozen=True)
class ContentKind:
    name: str  # the kind's id: search hits, page data and sync counts use it
    label: str  # what residents read for the kind (search result labels, list titles)
    tables: tuple[Table, ...]  # the bundle tables this kind owns, parents first
    bundle: str = ROWS  # ROWS | BY_YEAR | WHOLE
    search: Search | None = None  # None: not searched
    page: str = ""  # page id of one record (a search hit opens it); the UI maps page ids to QML pages
    home: str = ""  # page id of the kind's home tile ("" when it has none)
    screens: tuple[str, ...] = ()  # the kind's screen ids, in tap order (`gongkai screenshot PAGE`)
    speech: str = ""  # the record field read aloud after its title by 朗读 ("" for the page's own text)
    # SELECTs of (short name, source) offered as-you-type (kiosk/search/suggest.py): names only, never a person's
    suggest: tuple[str, ...] = ()


KINDS: tuple[ContentKind, ...] = (
    ContentKind(
        "township", "乡镇与村",
        (Table("township", ("id",)), Table("villages", ("id",), search=FEEDS)),
    ),
    ContentKind(
        "catalogue", "标准目录",
        (Table("catalogue_domains", ("id",), search=FEEDS), Table("catalogue_items", ("id",), search=INDEXED)),
        search=Search(
            rows="""SELECT i.id, i.level2, i.level1, d.name, i.content FROM catalogue_items i
           JOIN catalogue_domains d ON d.id = i.domain_id {where}
           ORDER BY d.seq, i.seq, i.id""",
            title_fields=2,  # level2 and level1 are the title; domain name and content the body
            id_column="i.id",
            titles="""SELECT r.position, i.id, i.level2, i.level1 || ' ' || d.name FROM search_rows r
                    JOIN catalogue_items i ON i.id = r.ref_id JOIN catalogue_domains d ON d.id = i.domain_id
                    WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT i.id, i.content || '。' || i.time_limit FROM catalogue_items i WHERE i.id IN ({ids})",
            prior=1.15,
        ),
        page="catalogue-item", home="catalogue", screens=("catalogue", "catalogue-domain", "catalogue-item"),
        suggest=("SELECT level1, 'catalogue' FROM catalogue_items GROUP BY level1",
                 "SELECT name, 'domain' FROM catalogue_domains"),
    ),
    ContentKind(
        "document", "公开文件",
        (Table("documents", ("id",), dates=("published_on",), search=INDEXED),),
        search=Search(
            rows="SELECT id, title, doc_number, body FROM documents {where} ORDER BY published_on DESC, id DESC",
            title_fields=1,
            id_column="id",
            titles="""SELECT r.position, t.id, t.title, '' FROM search_rows r JOIN documents t ON t.id = r.ref_id
                   WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT id, body FROM documents WHERE id IN ({ids})",
        ),
        page="document", screens=("document",), speech="body",
    ),
    ContentKind(
        "notice", "村务公开",
        (Table("notices", ("id",), dates=("posted_on", "expires_on"), search=INDEXED),
         Table("notice_attachments", ("notice_id", "seq"))),
        search=Search(
            rows="""SELECT n.id, n.title, v.name, n.body FROM notices n JOIN villages v ON v.id = n.village_id
           {where} ORDER BY n.posted_on DESC, n.id DESC""",
            title_fields=1,
            id_column="n.id",
            titles="""SELECT r.position, t.id, t.title, '' FROM search_rows r JOIN notices t ON t.id = r.ref_id
                 WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT id, body FROM notices WHERE id IN ({ids})",
        ),
        page="notice", home="notices", screens=("notices", "notice-list", "notice", "image"), speech="body",
    ),
    ContentKind(
        "subsidy", "补贴查询",
        (Table("subsidy_items", ("id",)), Table("payouts", ("id",), dates=("paid_on",))),
        home="subsidies", screens=("subsidies", "subsidy-items", "payouts", "my-payouts"),
        suggest=("SELECT name, 'subsidy' FROM subsidy_items",),  # the items' names, never the recipients'
    ),
    ContentKind(
        "policy", "政策解读",
        (Table("policies", ("id",), dates=("published_on",), search=INDEXED),),
        search=Search(
            rows="""SELECT id, title, doc_number, body FROM policies WHERE status = 'published' {where_and}
           ORDER BY published_on DESC, id DESC""",
            title_fields=1,
            id_column="id",
            titles="""SELECT r.position, t.id, t.title, t.kind FROM search_rows r JOIN policies t ON t.id = r.ref_id
                 WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT id, body FROM policies WHERE id IN ({ids})",
            prior=1.1,
        ),
        page="policy", home="policies", screens=("policies", "policy", "interpretation"), speech="body",
        suggest=("SELECT title, 'policy' FROM policies WHERE status = 'published' AND kind = 'policy'",),
    ),
    ContentKind(
        "faq", "简明问答",
        (Table("faq", ("id",), dates=("published_on",), search=INDEXED),),
        search=Search(
            rows="SELECT id, question, topic, answer FROM faq {where} ORDER BY published_on DESC, id DESC",
            title_fields=1,
            id_column="id",
            titles="""SELECT r.position, t.id, t.question, t.topic FROM search_rows r JOIN faq t ON t.id = r.ref_id
                 WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT id, answer FROM faq WHERE id IN ({ids})",
            prior=1.1,
        ),
        page="faq", home="faqs", screens=("faqs", "faq"), speech="answer",
    ),
    ContentKind(
        "draft", "意见征集",
        (Table("drafts", ("id",), dates=("opens_on", "closes_on", "adoption_on"), search=INDEXED),),
        search=Search(
            rows="SELECT id, title, organiser, explanation, body FROM drafts {where} ORDER BY closes_on DESC, id DESC",
            title_fields=1,
            id_column="id",
            titles="""SELECT r.position, t.id, t.title, t.organiser FROM search_rows r JOIN drafts t ON t.id = r.ref_id
                 WHERE r.kind = ? AND r.position IN ({marks})""",
            texts="SELECT id, explanation || '。' || body FROM drafts WHERE id IN ({ids})",
        ),
        page="draft", home="drafts", screens=("drafts", "draft", "draft-comment"), speech="body",
    ),
    ContentKind(
        "eligibility", "政策找人",
        (Table("eligibility_rules", ("id",)),),
        home="eligibility", screens=("eligibility", "eligibility-results"),
    ),
    ContentKind(
        "calendar", "工作日历",
        (Table("calendar_years", ("year",)), Table("calendar_days", ("day",), dates=("day",))),
        bundle=BY_YEAR,
    ),
    ContentKind(
        "synonyms", "同义词表",
        (Table("search_synonyms", ("seq",)),),  # read at query time: a change needs no re-index
        bundle=WHOLE,
    ),
)

_BY_NAME = {k.name: k for k in KINDS}
SEARCHED: tuple[ContentKind, ...] = tuple(k for k in KINDS if k.search is not None)


def kind(name: str) -> ContentKind:
    """The declaration of `name`; KeyError names an undeclared kind (a bug, never resident input)."""
    return _BY_NAME[name]


def tables(bundle: str) -> tuple[Table, ...]:
    """Every table a bundle carries in the `bundle` way, in declaration order."""
    return tuple(t for k in KINDS if k.bundle == bundle for t in k.tables)


def indexed_table(k: ContentKind) -> str:
    """The table whose rows are `k`'s search rows."""
    return next(t.name for t in k.tables if t.search == INDEXED)
