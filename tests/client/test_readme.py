"""generator.client.readme on the six services' generated clients: the README names this platform's authentication
and the service's endpoint, its example (a real operation of the service) runs as written against a mock transport
and sends what the README says, and models print without `Unset` noise."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest

from generator.client import GenerateResult
from tests.client.conftest import PACKAGE, Generated, package_name
from tests.conftest import SERVICES
from tests.corpus.catalogue import built

# runs the README's blocks with every httpx transport replaced by a mock: nothing leaves the machine
RUNNER = """
import json, sys
import httpx

sent = []

def answer(request):
    sent.append({"method": request.method, "path": request.url.path, "headers": dict(request.headers)})
    return httpx.Response(404, json={"error_code": "DBS.0001", "error_msg": "not found"})

class Mock(httpx.MockTransport):
    def __init__(self, *args, **kwargs):
        super().__init__(answer)

httpx._client.HTTPTransport = httpx.HTTPTransport = Mock  # the client builds its (retrying) transport from either
exec(compile(sys.stdin.read(), "README.md", "exec"), {"__name__": "__readme__"})
print("SENT " + json.dumps(sent))
"""


def _python_blocks(readme: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", readme, re.DOTALL)


def _readme(generated: Generated) -> str:
    return (generated.project / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("service", SERVICES)
def test_the_readme_is_the_platforms_not_the_stock_text(six: dict[str, Generated], service: str) -> None:
    readme = _readme(six[service])
    spec = built(service).spec
    host = spec["servers"][0]["variables"]["endpoint"]["default"]
    assert "api.example.com" not in readme and "get_my_data_model" not in readme and "Bearer" not in readme.split(
        "AuthenticatedClient` sends")[0]
    for section in ("## Install", "## Authenticate", "## Call an operation", "## Request validation", "## Models",
                    "## Contract tests"):
        assert section in readme
    assert f'os.environ.get("ENDPOINT", "{host}")' in readme
    assert "set_validation(False)" in readme and "CLIENT_VALIDATION=0" in readme and "pytest tests" in readme
    if "XAuthToken" in json.dumps(spec.get("security", [])):
        assert 'prefix="", auth_header_name="X-Auth-Token"' in readme


@pytest.mark.parametrize("service", SERVICES)
def test_the_readme_example_runs_as_written_and_sends_what_it_says(six: dict[str, Generated], service: str) -> None:
    generated = six[service]
    readme = _readme(generated)
    auth, call = _python_blocks(readme)[:2]
    method, path = re.search(r"\(`(GET) ([^`]+)`, documented in", readme).groups()  # type: ignore[union-attr]
    env = {**os.environ, "PYTHONPATH": str(generated.project), "TOKEN": "my-token", "ENDPOINT": "dbs.example.test"}
    proc = subprocess.run([sys.executable, "-c", RUNNER], input=auth + call, capture_output=True, text=True, env=env,
                          cwd=generated.project, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    sent: list[dict[str, Any]] = json.loads(proc.stdout.rpartition("SENT ")[2])
    assert [(r["method"], r["path"]) for r in sent] == [(method, path)]
    headers = sent[0]["headers"]
    if "X-Auth-Token" in auth:
        assert headers.get("x-auth-token") == "my-token" and "authorization" not in headers
    assert proc.stdout.startswith("404 ")  # the example prints the status and the parsed body


def test_the_example_is_an_operation_of_the_service_with_its_module(six: dict[str, Generated]) -> None:
    readme = _readme(six["gaussdb-opengauss"])
    (call,) = [b for b in _python_blocks(readme) if "sync_detailed" in b]
    module = re.search(r"from (\S+) import (\w+)", call)
    assert module is not None and module.group(1).startswith(f"{package_name('gaussdb-opengauss')}.api.")


def test_models_print_the_fields_that_hold_a_value_and_no_unset(opengauss_client: GenerateResult) -> None:
    import importlib

    models = importlib.import_module(f"{PACKAGE}.models")
    point = models.RestorePoint.from_dict({"instance_id": "d8e6ca5a624745bcb546a227aa3ae1cfin14"})
    assert repr(point) == "RestorePoint(instance_id='d8e6ca5a624745bcb546a227aa3ae1cfin14')"
    volume = models.RestoreDataToNewDbInstanceVolume.from_dict({"type": "ULTRAHIGH", "size": 40, "extra": 1})
    assert "Unset" not in repr(volume) and "additional_properties={'extra': 1}" in repr(volume)
