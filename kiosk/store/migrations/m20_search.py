"""The search index: FTS5 tables of terms made in Python (see kiosk/search_terms.py).

One table per kind (search_fts_catalogue, _document, _notice, _policy), so a query on the small
kinds never walks the big one's doclists. Each has two columns of terms: the title (literal
bigrams plus pinyin initials) and the body (literal bigrams). The titles are indexed once more
on their own (search_titles_<kind>): "in the title" is then a plain match there, where a column
filter on search_fts would check every row whose body has the words (30 ms for 8 common words). `prefix = '1'` indexes every
token's first character, which makes 1-character queries a plain lookup. (columnsize stays on:
a contentless table without it cannot be scanned at all, and Connection.iterdump() then fails.)

The tables are contentless: storing the terms as well would more than double the index.
`search_docs` maps an FTS rowid (a position: lower is newer) to the content row it indexes, and
keeps, zlib-compressed, what its terms were made from, because removing a row from a
contentless FTS5 table (SQLite 3.40) needs the exact terms it was indexed with.
"""

from sqlite_utils.migrations import Migrations

from kiosk.store.db import execute_script

migrations = Migrations("search")

KINDS = ("catalogue", "document", "notice", "policy")


@migrations()
def m001_search_tables(db):
    execute_script(
        db,
        "\n".join(
            f"""CREATE VIRTUAL TABLE search_fts_{kind} USING fts5(
                    title, body, tokenize = 'unicode61', content = '', prefix = '1'
                );
                CREATE VIRTUAL TABLE search_titles_{kind} USING fts5(
                    title, tokenize = 'unicode61', content = '', prefix = '1'
                );"""
            for kind in KINDS
        )
        + """
        CREATE TABLE search_docs (
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,   -- the rowid in search_fts_<kind>
            ref_id INTEGER NOT NULL,
            stored BLOB NOT NULL,        -- zlib of title runs, title initials, body runs joined by U+001F
            PRIMARY KEY (kind, position),
            UNIQUE (kind, ref_id)
        ) WITHOUT ROWID;
        """,
    )
    # A database that already holds content (made before search existed) gets its index now.
    from kiosk.search import reindex

    reindex(db)
