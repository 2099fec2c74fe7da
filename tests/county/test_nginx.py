"""The shipped nginx site (installer/nginx-gongkai-county.conf) in a real nginx on a free port, in
front of the real county app: bundles served as static files with Range, the API proxied, the
private county folder never served."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

import county
from kiosk.clock import FixedClock
from tests.sync.conftest import start_county, stop_county

SITE = Path(__file__).parents[2] / "installer" / "nginx-gongkai-county.conf"
BLOB = bytes(range(256)) * 64
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def through_nginx(tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.skip("nginx is not installed (installer/debian-packages.txt)")
    base = tmp_path_factory.mktemp("nginx")
    repo = base / "repo"
    (repo / "public" / "362430101").mkdir(parents=True)
    (repo / "public" / "362430101" / "blob.bin").write_bytes(BLOB)
    (repo / "public" / "362430101" / "index.json").write_text('{"latest": 1}')
    (repo / "county").mkdir()
    (repo / "county" / "secret.txt").write_text("personal data")
    app = start_county(repo)
    port = _free_port()
    site = SITE.read_text(encoding="utf-8")
    site = (site.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};").replace("http2 on;", "")
            .replace("/srv/gongkai/public/", f"{repo / 'public'}/")
            .replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{app.server.port};"))
    conf = base / "nginx.conf"
    conf.write_text(f"""
user root;
worker_processes 1;
daemon off;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 128; }}
http {{
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path {base}/body;
    proxy_temp_path {base}/proxy;
    fastcgi_temp_path {base}/fastcgi;
    uwsgi_temp_path {base}/uwsgi;
    scgi_temp_path {base}/scgi;
{site}
}}
""", encoding="utf-8")
    process = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(base)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120  # generous: returns as soon as nginx answers
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    process.terminate()
    process.wait(timeout=10)
    stop_county(app)


def test_bundles_are_static_with_range(through_nginx):
    url, _app = through_nginx
    with httpx.Client(base_url=url, timeout=30) as client:
        whole = client.get("/gongkai/362430101/blob.bin")
        assert whole.status_code == 200 and whole.content == BLOB
        assert client.get("/gongkai/362430101/blob.bin", headers={"Range": "bytes=100-"}).content == BLOB[100:]
        tail = client.get("/gongkai/362430101/blob.bin", headers={"Range": "bytes=-5"})
        assert tail.status_code == 206 and tail.content == BLOB[-5:]
        assert client.get("/gongkai/362430101/blob.bin", headers={"Range": "items=0-5"}).status_code == 200
        assert client.get("/gongkai/362430101/index.json").headers["cache-control"] == "no-cache"
        for private in ("/gongkai/../county/secret.txt", "/county/secret.txt", "/gongkai/%2e%2e/county/secret.txt"):
            answer = client.get(private)
            assert answer.status_code in (400, 404) and b"personal data" not in answer.content, private


def test_api_and_status_page_are_proxied(through_nginx):
    url, app = through_nginx
    token = county.issue_token(app.store, "362430101", "K01", FixedClock("2026-11-22T03:00:00+08:00"))
    with httpx.Client(base_url=url, timeout=30, headers={"Authorization": f"Bearer {token}"}) as client:
        ok = client.post("/gongkai/api/v1/heartbeat", json={"version": "0.1.0"})
        assert ok.status_code == 200 and ok.json() == {"ok": True}
        refused = client.get("/gongkai/api/v1/changes", params={"since": "x"})
        assert refused.status_code == 400 and refused.json()["error"]
        page = client.get("/s/362430101-K01-2026-00001-X", params={"c": "00000000"})
        assert page.status_code == 404 and "查询码不正确" in page.text
        login = client.get("/console/login")
        assert login.status_code == 200 and "登录" in login.text
