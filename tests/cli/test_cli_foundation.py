"""The `gongkai` command as an administrator meets it: help, demo, stats, run."""

from __future__ import annotations

import argparse
import json
import subprocess

import pytest

from tests.conftest import GONGKAI


def gongkai(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*GONGKAI, *args], capture_output=True, text=True, timeout=120, **kwargs)


def test_bare_help_lists_every_subcommand_with_a_plain_explanation():
    result = gongkai("--help")
    assert result.returncode == 0
    for command in ("demo", "stats", "run"):
        assert command in result.stdout
    assert "政务公开" in result.stdout


def _subcommands(parser, prefix="gongkai"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            assert action.help, f"{prefix}: its subcommands have no help line"
            for name, sub in action.choices.items():
                yield f"{prefix} {name}", sub
                yield from _subcommands(sub, f"{prefix} {name}")


def test_every_subcommand_and_option_explains_itself():
    from gongkai.cli import build_parser

    seen = dict(_subcommands(build_parser()))
    assert {"gongkai demo", "gongkai stats", "gongkai run"} <= set(seen)
    for name, sub in seen.items():
        assert sub.description, f"{name} --help has no description"
        for action in sub._actions:
            if action.dest != "help" and not isinstance(action, argparse._SubParsersAction):
                assert action.help, f"{name}: option {action.option_strings or action.dest} has no help"


def test_demo_then_stats_json_reports_the_counts(tmp_path):
    db = tmp_path / "t.db"
    assert gongkai("demo", "--db", str(db), "--scale", "1", "--as-of", "2026-11-22").returncode == 0
    result = gongkai("stats", "--db", str(db), "--json")
    assert result.returncode == 0
    stats = json.loads(result.stdout)
    for key in ("domains", "catalogue_items", "notices", "payouts", "policies", "requests"):
        assert isinstance(stats[key], int)
    assert stats["domains"] == 26 and stats["catalogue_items"] >= 300 and stats["notices"] >= 200
    assert stats["payouts"] >= 50_000 and stats["policies"] >= 20 and stats["requests"] == 0
    assert stats["township"] == "362430101" and stats["township_name"] == "青禾镇"
    text = gongkai("stats", "--db", str(db))
    assert "补贴发放记录" in text.stdout and "青禾镇" in text.stdout


def test_demo_refuses_to_overwrite_without_force_and_changes_nothing(tmp_path):
    db = tmp_path / "t.db"
    assert gongkai("demo", "--db", str(db)).returncode == 0
    before = db.stat().st_size
    result = gongkai("demo", "--db", str(db), "--seed", "9")
    assert result.returncode == 2
    assert "已存在" in result.stderr and "--force" in result.stderr
    assert db.stat().st_size == before


@pytest.mark.parametrize("scale", ["0", "-3"])
def test_demo_rejects_a_meaningless_scale(tmp_path, scale):
    result = gongkai("demo", "--db", str(tmp_path / "t.db"), "--scale", scale)
    assert result.returncode == 2 and "--scale" in result.stderr
    assert not (tmp_path / "t.db").exists()


def test_run_without_a_database_says_what_to_do(tmp_path):
    result = gongkai("run", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 1
    assert "gongkai demo" in result.stderr


def test_a_bug_reads_as_an_internal_error_with_a_log_never_as_bad_input(tmp_path, monkeypatch, capsys):
    from gongkai.cli import EXIT_INTERNAL, main
    from kiosk.store import stats_repo

    db = tmp_path / "t.db"
    assert gongkai("demo", "--db", str(db)).returncode == 0

    def broken(_db):
        return {}["villages"]  # what a mistyped key in the code looks like

    monkeypatch.setattr(stats_repo, "counts", broken)
    monkeypatch.setenv("GONGKAI_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("GONGKAI_DEBUG", raising=False)
    code = main(["stats", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == EXIT_INTERNAL != 2
    assert err.startswith("内部错误") and "输入有误" not in err and "Traceback" not in err
    [log] = (tmp_path / "log").iterdir()
    assert str(log) in err and log.name.removeprefix("internal-error-").removesuffix(".log") in err
    text = log.read_text(encoding="utf-8")
    assert "command: stats" in text and "Traceback" in text and "KeyError: 'villages'" in text
    assert str(db) not in text  # the arguments are not logged: they may hold personal data


def test_a_bug_still_reports_when_the_log_folder_cannot_be_written(tmp_path, monkeypatch, capsys):
    from gongkai.cli import EXIT_INTERNAL, main
    from kiosk.store import stats_repo

    monkeypatch.setattr(stats_repo, "counts", lambda _db: 1 / 0)
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("GONGKAI_LOG_DIR", str(blocked / "log"))  # under a file: cannot be made
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    from kiosk.store import open_store

    open_store(tmp_path / "t.db").close()
    assert main(["stats", "--db", str(tmp_path / "t.db")]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "内部错误" in err and "ZeroDivisionError" in err
    [log] = (tmp_path / "tmp" / "gongkai-log").iterdir()
    assert str(log) in err


def test_the_projects_own_validation_is_bad_input(tmp_path, capsys):
    from gongkai.cli import EXIT_INVALID, main

    code = main(["demo", "--db", str(tmp_path / "t.db"), "--scale", "0"])
    err = capsys.readouterr().err
    assert code == EXIT_INVALID and err.startswith("输入有误") and "内部错误" not in err


def test_a_county_command_on_a_kiosk_without_the_county_service_says_what_to_install(tmp_path):
    """The kiosk .deb carries no county service: `gongkai county demo` there names the extra, not a bug."""
    import subprocess
    import sys

    blocker = tmp_path / "sitecustomize.py"
    # As on a kiosk: the county package and its server packages cannot be imported.
    blocker.write_text("import sys\nfor name in ('county', 'starlette', 'sqlalchemy'):\n    sys.modules[name] = None\n")
    env = {**__import__("os").environ, "PYTHONPATH": f"{tmp_path}:{__import__('os').environ.get('PYTHONPATH', '')}"}
    result = subprocess.run([sys.executable, "-m", "gongkai", "county", "demo", "--root", str(tmp_path / "c")],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1, result.stderr
    assert "没有安装县级服务" in result.stderr and "[county]" in result.stderr
    assert "内部错误" not in result.stderr and "Traceback" not in result.stderr


def test_a_mistyped_db_path_is_said_and_no_empty_database_is_made(tmp_path, capsys):
    """Seen: `gongkai request show N --db typo.db` made a new, empty database and answered 没有编号为…的申请,
    telling a clerk that a real request did not exist; stats printed zeros."""
    from gongkai.cli import EXIT_INVALID, main

    missing = tmp_path / "typo.db"
    for command in (["stats"], ["search", "低保"], ["request", "show", "362430101-K01-2026-00001-X"]):
        assert main([*command, "--db", str(missing)]) == EXIT_INVALID, command
        err = capsys.readouterr().err
        assert f"数据库文件不存在：{missing}" in err, command
    assert not missing.exists() and list(tmp_path.iterdir()) == []
