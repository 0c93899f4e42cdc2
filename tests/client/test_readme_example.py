"""The README's client example ("A typed client and its contract tests") runs as written against stand-ins on
127.0.0.1.

The `clouds.yaml` and python blocks after `pip install -e 'generated/gaussdb-opengauss[cloud]'` are taken from
README.md; the clouds.yaml's `auth_url` is pointed at a Keystone stand-in whose catalog names a service stub for
`eu-de`, the file is written to a temporary folder (`OS_CLIENT_CONFIG_FILE`), and the python block runs in a subprocess
with the committed client project on PYTHONPATH (what the editable install does). The stub records what arrives and
answers 202 with a job id.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from tests.client.keystone import PROJECT, Keystone
from tests.client.loopback import Answer, Received, serve

ROOT = Path(__file__).resolve().parents[2]
INSTALL = "pip install -e 'generated/gaussdb-opengauss[cloud]'"


def readme_blocks() -> tuple[str, str]:
    """The clouds.yaml block and the python block after the install command."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## A typed client and its contract tests", 1)[1].split("\n## ", 1)[0]
    after = section.split(INSTALL, 1)[1]
    clouds = re.search(r"```yaml\n(.*?)```", after, flags=re.DOTALL)
    code = re.search(r"```python\n(.*?)```", after, flags=re.DOTALL)
    assert clouds is not None and code is not None, "no yaml and python block after the install command"
    return clouds.group(1), code.group(1)


def test_readme_example_calls_restore_through_from_cloud(tmp_path: Path) -> None:
    keystone = Keystone()

    def service(got: Received) -> Answer:
        return 202, {}, {"instance": {"id": "i1", "name": "targetInst"}, "job_id": "j1"}

    clouds_text, code = readme_blocks()
    clouds = yaml.safe_load(clouds_text)
    with serve(keystone) as identity, serve(service) as de, serve(service) as nl:
        keystone.regions = {"eu-de": de.url, "eu-nl": nl.url}
        assert clouds["clouds"]["otc"]["auth"]["auth_url"].startswith("https://")
        clouds["clouds"]["otc"]["auth"]["auth_url"] = f"{identity.url}/v3"
        (tmp_path / "clouds.yaml").write_text(yaml.safe_dump(clouds), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
        env.update({"PYTHONPATH": str(ROOT / "generated" / "gaussdb-opengauss"),
                    "OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml")})
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False,
                             timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert nl.received == []
    [request] = de.received
    assert request.method == "POST" and request.path == f"/v3/{PROJECT}/instances"
    assert request.headers["X-Auth-Token"] == keystone.issued[0]
    assert keystone.bodies[0]["auth"]["identity"]["password"]["user"]["password"] == "my-password"
    body = json.loads(request.body)
    assert body["name"] == "targetInst" and body["port"] == "8001"
    assert run.stdout.startswith("202 "), run.stdout
    assert "j1" in run.stdout
    assert keystone.issued[0] not in run.stdout + run.stderr
