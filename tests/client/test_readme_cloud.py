"""The generated README's "Connecting to your cloud" section runs as written (issue 15): on a freshly generated
gaussdb-opengauss client, its `clouds.yaml` and `from_cloud` blocks against a Keystone stand-in, its AK/SK block
against a stand-in that verifies each signature (tests/client/test_aksk.py), and its `iterate_*` block against a
paged stand-in behind either; every item of every page is printed once. All servers on 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from generator.client import GenerateResult
from tests.client.keystone import PROJECT, Keystone
from tests.client.loopback import Answer, Received, serve
from tests.client.test_aksk import AK, SK, Gateway

BACKUPS = [{"id": f"backup-{n:02d}", "status": "COMPLETED"} for n in range(23)]
PAGE = 10  # the most the stand-in gives in one page, whatever `limit` asks


def paged(got: Received) -> Answer:
    """query_backups with offset/limit paging over BACKUPS."""
    query = parse_qs(urlsplit(got.path).query)
    offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
    return 200, {}, {"backups": BACKUPS[offset:offset + min(limit, PAGE)], "total_count": len(BACKUPS)}


@pytest.fixture
def section(opengauss_client: GenerateResult) -> tuple[Path, str]:
    assert opengauss_client.package_dir is not None
    project = opengauss_client.package_dir.parent
    readme = (project / "README.md").read_text(encoding="utf-8")
    return project, readme.split("## Connecting to your cloud\n", 1)[1].split("\n## ", 1)[0]


def _blocks(text: str, kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", text, flags=re.DOTALL)


def _run(project: Path, code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120,
                          env={**clean, "PYTHONPATH": str(project), **env}, cwd=project)


def _printed_ids(stdout: str) -> list[str]:
    return re.findall(r"id='(backup-\d+)'", stdout)


def test_from_cloud_and_pages_as_the_readme_says(section: tuple[Path, str], tmp_path: Path) -> None:
    project, text = section
    [clouds_text] = _blocks(text, "yaml")
    from_cloud, _, pages = _blocks(text, "python")
    assert "iterate_query_backups(" in pages and "pip install '.[cloud]'" in text
    keystone = Keystone()
    service_calls: list[Received] = []

    def service(got: Received) -> Answer:
        service_calls.append(got)
        if got.headers.get("X-Auth-Token") not in keystone.issued:
            return 401, {}, {"error_msg": "no token"}
        return paged(got)

    clouds: Any = yaml.safe_load(clouds_text)
    with serve(keystone) as identity, serve(service) as de, serve(service) as nl:
        keystone.regions = {"eu-de": de.url, "eu-nl": nl.url}
        assert clouds["clouds"]["otc"]["auth"]["auth_url"] == "https://iam.eu-de.otc.t-systems.com/v3"
        clouds["clouds"]["otc"]["auth"]["auth_url"] = f"{identity.url}/v3"
        (tmp_path / "clouds.yaml").write_text(yaml.safe_dump(clouds), encoding="utf-8")
        run = _run(project, from_cloud + pages, {"OS_CLIENT_CONFIG_FILE": str(tmp_path / "clouds.yaml")})
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith(f"{PROJECT} eu-de\n")
    assert _printed_ids(run.stdout) == [b["id"] for b in BACKUPS]  # every item once, in order
    assert len(de.received) == 3 and nl.received == []  # 10 + 10 + 3 of 23
    assert keystone.issued[0] not in run.stdout + run.stderr


def test_aksk_and_pages_as_the_readme_says(section: tuple[Path, str]) -> None:
    project, text = section
    _, aksk, pages = _blocks(text, "python")
    assert "pip install '.[aksk]'" in text and "from_aksk(" in aksk
    gateway = Gateway(paged)
    with serve(gateway) as server:
        run = _run(project, aksk + pages, {"BASE_URL": server.url, "AK": AK, "SK": SK, "PROJECT_ID": PROJECT})
    assert run.returncode == 0, run.stderr[-3000:]
    assert gateway.refused == [] and len(gateway.verified) == 3
    assert all(r.path.startswith(f"/v3/{PROJECT}/backups?") for r in gateway.verified)
    assert _printed_ids(run.stdout) == [b["id"] for b in BACKUPS]
    assert SK not in run.stdout + run.stderr
