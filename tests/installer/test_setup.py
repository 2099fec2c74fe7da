"""`gongkai setup`: first-run questions answered by flags or at a prompt, checked, then written."""

from __future__ import annotations

import base64
import os
import subprocess
from pathlib import Path

import pytest
from nacl.signing import SigningKey

from kiosk.config import load_config
from sync.keys import load_trusted_keys
from tests.conftest import GONGKAI


def setup(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([*GONGKAI, "setup", *args], input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture
def public_key(tmp_path):
    """A county public key file, as `gongkai keygen` writes it (base64 on one line)."""
    key = SigningKey.generate().verify_key
    path = tmp_path / "county.pub"
    path.write_text(base64.b64encode(bytes(key)).decode() + "\n")
    return path


def test_flags_write_a_config_the_kiosk_loads(tmp_path, public_key):
    config = tmp_path / "etc" / "kiosk.toml"
    result = setup("--config", str(config), "--township", "362430101", "--kiosk-id", "k02",
                   "--server", "https://gongkai.qingxi.example/county", "--key", str(public_key),
                   "--printer", "柜台", "--upload-token", "t0ken")
    assert result.returncode == 0, result.stderr
    assert f"已写入 {config}" in result.stdout
    loaded = load_config(config)
    assert loaded.township == "362430101"
    assert loaded.kiosk_id == "K02"
    assert loaded.server_url == "https://gongkai.qingxi.example/county/"
    # The key is copied beside the config (the USB stick it came from will be gone), and sync loads it.
    (stored,) = loaded.trusted_keys
    assert Path(stored).parent == config.parent / "keys"
    assert Path(stored).read_text().strip() == public_key.read_text().strip()
    assert [bytes(k) for k in load_trusted_keys(loaded.trusted_keys)] == [
        base64.b64decode(public_key.read_text())]
    assert loaded.printer == "柜台" and loaded.upload_token == "t0ken"
    # The phone page is served by the county server: by default the receipt QR opens it there.
    assert loaded.public_status_base == "https://gongkai.qingxi.example/county"
    assert "手机查询 https://gongkai.qingxi.example/county" in result.stdout
    # It holds the upload token: not readable by other users.
    assert config.stat().st_mode & 0o777 == 0o640


def test_bad_answers_are_all_named_and_nothing_is_written(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text('township = "362430101"\n')
    before = config.read_bytes()
    result = setup("--config", str(config), "--non-interactive", "--township", "3624", "--kiosk-id", "K-01",
                   "--server", "gongkai.example", "--key", "bm90IGEga2V5", "--printer", "my printer")
    assert result.returncode == 2
    for text in ("乡镇代码应为9位或12位数字", "本机编号应为2–4位字母或数字", "服务器地址应以 http:// 或 https:// 开头",
                 "公钥无效", "打印队列名不能含空格", "配置文件没有改动"):
        assert text in result.stderr, text
    assert config.read_bytes() == before


def test_missing_required_answers_without_a_terminal(tmp_path):
    config = tmp_path / "kiosk.toml"
    result = setup("--config", str(config), "--non-interactive", "--kiosk-id", "K01")
    assert result.returncode == 2
    assert "--township" in result.stderr and "--key" in result.stderr
    assert not config.exists()


def test_prompts_ask_again_after_a_bad_answer(tmp_path, public_key):
    config = tmp_path / "kiosk.toml"
    answers = "\n".join([
        "12345",  # too short: asked again
        "362430101",
        "",  # kiosk id: keep K01
        "https://gongkai.qingxi.example/",
        "gongkai.qingxi.example/s",  # not a URL: asked again
        "",  # public status address: keep the default, the county server
        "/no/such/key.pub",  # unreadable: asked again
        str(public_key),
        "-",  # printer: the system default queue
        "",  # upload token: none yet
    ]) + "\n"
    result = setup("--config", str(config), "--interactive", stdin=answers)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("✗") == 3
    assert "乡镇代码应为9位或12位数字" in result.stderr and "不是可读的公钥文件" in result.stderr
    assert "公众查询进度的网址" in result.stdout + result.stderr and "查询网址应以 https://" in result.stderr
    loaded = load_config(config)
    assert loaded.public_status_base == "https://gongkai.qingxi.example"
    assert (loaded.township, loaded.kiosk_id, loaded.printer) == ("362430101", "K01", "")
    assert len(loaded.trusted_keys) == 1


def test_input_ending_early_writes_nothing(tmp_path):
    config = tmp_path / "kiosk.toml"
    result = setup("--config", str(config), "--interactive", stdin="362430101\n")
    assert result.returncode == 2 and "输入提前结束" in result.stderr
    assert not config.exists()


def test_rerun_keeps_settings_it_does_not_ask_about_and_the_file_mode(tmp_path, public_key):
    config = tmp_path / "kiosk.toml"
    key = public_key.read_text().strip()
    config.write_text(f'township = "362430101"\ntrusted_keys = ["{key}"]\nidle_seconds = 45\nvoice = "cmn"\n')
    os.chmod(config, 0o600)
    result = setup("--config", str(config), "--non-interactive", "--printer", "escpos:/dev/usb/lp0")
    assert result.returncode == 0, result.stderr
    loaded = load_config(config)
    assert loaded.printer == "escpos:/dev/usb/lp0"
    assert (loaded.township, loaded.idle_seconds, loaded.voice) == ("362430101", 45, "cmn")
    assert [Path(p).read_text().strip() for p in loaded.trusted_keys] == [key]
    assert config.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kiosk.toml.")]


def test_base64_keys_with_a_slash_still_load_in_sync(tmp_path):
    """About half of all base64 keys contain '/', which looks like a path: they must still work."""
    key = next(k for k in (SigningKey.generate().verify_key for _ in range(200))
               if "/" in base64.b64encode(bytes(k)).decode())
    text = base64.b64encode(bytes(key)).decode()
    config = tmp_path / "kiosk.toml"
    result = setup("--config", str(config), "--township", "362430101", "--key", text)
    assert result.returncode == 0, result.stderr
    assert [bytes(k) for k in load_trusted_keys(load_config(config).trusted_keys)] == [bytes(key)]


def test_unwritable_location_is_a_message_not_a_traceback(tmp_path, public_key):
    blocker = tmp_path / "etc"
    blocker.write_text("a file where the directory should be")
    result = setup("--config", str(blocker / "kiosk.toml"), "--township", "362430101", "--key", str(public_key))
    assert result.returncode == 2
    assert "无法写入" in result.stderr and "Traceback" not in result.stderr


def test_setup_ends_with_the_readme_next_steps_runnable_as_root(tmp_path, public_key):
    """What setup says to do next is what README's "Step by step" says (steps 5-7), word for word, and none of
    it needs sudo, which a minimal Debian 12 does not have."""
    import re

    from tests.installer.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    steps = readme[readme.index("### Step by step"):readme.index("### Day to day")]
    blocks = re.findall(r"```sh\n(.*?)```", steps, flags=re.S)
    commands = [line.split("#")[0].strip() for block in blocks for line in block.splitlines()]
    readme_next = [c for c in commands if c.startswith(("runuser -u gongkai -- gongkai sync",
                                                         "runuser -u gongkai -- gongkai doctor",
                                                         "systemctl enable"))]
    assert len(readme_next) == 3, readme_next
    assert not any(c.startswith("sudo") for c in commands if c), commands

    result = setup("--config", str(tmp_path / "kiosk.toml"), "--township", "362430101", "--kiosk-id", "K01",
                   "--key", str(public_key))
    assert result.returncode == 0, result.stderr
    printed = [line.split("#")[0].strip() for line in result.stdout.splitlines() if line.startswith("  ")]
    assert printed == readme_next
    assert "sudo" not in result.stdout


def test_the_demo_kiosk_config_points_receipts_at_the_demo_county(tmp_path):
    """`make demo` runs the kiosk with this file: its receipt QRs open `make county`'s phone page."""
    db = tmp_path / "demo.db"
    db.write_bytes(b"")  # built already: only the configuration is written
    config = tmp_path / "kiosk.toml"
    out = subprocess.run([*GONGKAI, "demo", "--db", str(db), "--kiosk-config", str(config)], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stderr
    assert "手机查询网址 http://127.0.0.1:8080" in out.stdout
    loaded = load_config(config)
    assert (loaded.public_status_base, loaded.township, loaded.kiosk_id) == ("http://127.0.0.1:8080", "362430101", "K01")
    # No receipt printer on a demo machine: receipts and 打印带走 slips are filed as PDFs beside the configuration.
    assert loaded.printer == f"pdf-file:{tmp_path.resolve() / 'printed'}"
