"""The README's client example ("A typed client and its contract tests") runs as written against a loopback server.

The python block after `pip install -e generated/gaussdb-opengauss` is taken from README.md, its base URL pointed
at an `http.server` stub on 127.0.0.1 (a free port), and run in a subprocess with the committed client project on
PYTHONPATH (what the editable install does). The stub records what arrives and answers 202 with a job id.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_URL = "http://127.0.0.1:8080"


def readme_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## A typed client and its contract tests", 1)[1].split("\n## ", 1)[0]
    after = section.split("pip install -e generated/gaussdb-opengauss", 1)[1]
    match = re.search(r"```python\n(.*?)```", after, flags=re.DOTALL)
    assert match is not None, "no python block after the install command"
    return match.group(1)


def test_readme_example_calls_restore_on_a_local_server() -> None:
    received: list[dict[str, Any]] = []

    class Stub(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            received.append({"path": self.path, "headers": dict(self.headers),
                             "body": json.loads(self.rfile.read(length) or b"null")})
            payload = json.dumps({"instance": {"id": "i1", "name": "targetInst"}, "job_id": "j1"}).encode()
            self.send_response(202)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        code = readme_example()
        assert EXAMPLE_URL in code
        env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "gaussdb-opengauss"), "TOKEN": "t0ken"}
        run = subprocess.run([sys.executable, "-c", code.replace(EXAMPLE_URL, url)], capture_output=True,
                             text=True, env=env, check=False, timeout=60, cwd=ROOT)
    finally:
        server.shutdown()
        server.server_close()
    assert run.returncode == 0, run.stderr[-3000:]
    [request] = received
    assert request["path"] == "/v3/my-project/instances"
    assert request["headers"]["X-Auth-Token"] == "t0ken"
    assert request["body"]["name"] == "targetInst" and request["body"]["port"] == "8001"
    assert run.stdout.startswith("202 "), run.stdout
    assert "j1" in run.stdout
