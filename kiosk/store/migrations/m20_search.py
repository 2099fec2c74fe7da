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
    # The index itself is built by m002 (the ranked index that replaced these tables).


@migrations()
def m002_ranked_index(db):
    """The ranked index of kiosk/search/: one FTS5 table per kind with three columns of terms,
    title and body bigrams and the title's pinyin (`py`), weighed by bm25. Replaces m001's tables.

    search_vocab_<kind> (fts5vocab, 'col') gives each token's document count per column, which
    the search uses to leave out terms too common to rank by (see kiosk/search/engine.py).
    search_synonyms holds the county's own synonym rows, as they came in the content bundle.
    """
    for kind in KINDS:
        db.execute(f"DROP TABLE IF EXISTS search_fts_{kind}")
        db.execute(f"DROP TABLE IF EXISTS search_titles_{kind}")
    db.execute("DROP TABLE IF EXISTS search_docs")
    execute_script(
        db,
        "\n".join(
            f"""CREATE VIRTUAL TABLE search_idx_{kind} USING fts5(
                    title, body, py, tokenize = 'unicode61', content = '', prefix = '1'
                );
                CREATE VIRTUAL TABLE search_vocab_{kind} USING fts5vocab(search_idx_{kind}, 'col');"""
            for kind in KINDS
        )
        + """
        CREATE TABLE search_rows (
            kind TEXT NOT NULL,
            position INTEGER NOT NULL,   -- the rowid in search_idx_<kind>: lower is newer
            ref_id INTEGER NOT NULL,
            stored BLOB NOT NULL,        -- zlib of the title runs, body runs and py terms (U+001F)
            PRIMARY KEY (kind, position),
            UNIQUE (kind, ref_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS search_synonyms (
            seq INTEGER PRIMARY KEY,     -- line number in the county's table
            line TEXT NOT NULL           -- one row of resources/search/README.md's format
        );
        """,
    )
    from kiosk.search import reindex

    reindex(db)
