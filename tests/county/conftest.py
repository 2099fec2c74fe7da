"""County fixtures: one throwaway PostgreSQL cluster for the whole session (stopped after), and a
`store` fixture that runs each test against SQLite and against PostgreSQL."""

from __future__ import annotations

import itertools

import pytest

from county import pgcluster
from county.store import CountyStore, sqlite_url
from tests.sync.conftest import (  # noqa: F401 - the sync fixtures (a published repo, a kiosk) for county tests
    clerk,
    config,
    kiosk,
    published_template,
    repo,
    signing_keys,
    small_source,
)

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    if not pgcluster.available():
        pytest.skip("PostgreSQL is not installed (installer/debian-packages.txt: postgresql)")
    cluster = pgcluster.PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "county" / "county.db")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t{next(_names)}")


@pytest.fixture
def store(store_url):
    opened = CountyStore(store_url)
    yield opened
    opened.close()
