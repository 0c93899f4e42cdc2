"""The live contract mode of the generated suite (`tests/live_contract.py`, generator/client/live.py and its template)
against real HTTP servers on 127.0.0.1: Prism serving the spec (prism.py; it must pass, for the committed
gaussdb-opengauss client and two services generated here) and a stub answering responses that break the spec (it must
fail, naming the field, the rule and the doc source). Also: it is never collected by a plain `pytest`, and it sends
no mutating request unless one is allowed by name. The suites are `live_suites` (conftest.py): a real service's suite
each, so the tests that use them are `slow`, out of the quick loop."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.client.conftest import LIVE_OTHERS
from tests.client.loopback import Answer, Received, serve
from tests.client.prism import prism, served_for_suite
from tests.client.signing import AK, SK, Gateway

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "gaussdb-opengauss" / "tests"
# the required parameters no list response of these specs fills (and the path names no list of): as a user sets them
PROJECT_ID = "0123456789abcdef0123456789abcdef"
PARAMS = {"project_id": PROJECT_ID, "tenant_id": PROJECT_ID, "date": "2024-01-02", "resource_type": "endpoint",
          "id": "5cbb8a90-2253-4cff-8a13-49aa8f31dfb5"}  # a task ID (gaussdb-opengauss obtain_task_information)


def _counts(output: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|errors?)\b", output)}


def _live(tests: Path, url: str, *extra: str, **env: str) -> subprocess.CompletedProcess[str]:
    # pytest prints whole messages in its short summary when CI or BUILD_NUMBER is set, and cuts them to the terminal
    # width otherwise: without them, the inner run prints the same on a CI machine as here
    variables = {k: v for k, v in os.environ.items()
                 if not k.startswith("RST2OPENAPI_LIVE_") and k not in {"CI", "BUILD_NUMBER"}}
    variables.update({"RST2OPENAPI_LIVE_URL": url, "RST2OPENAPI_LIVE_TOKEN": "live-token",
                      **{f"RST2OPENAPI_LIVE_PARAM_{k}": v for k, v in PARAMS.items()}, **env})
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rfEs", "--rootdir",
                           str(tests), str(tests / "live_contract.py"), *extra],
                          capture_output=True, text=True, check=False, cwd=tests, env=variables)


def _gets(tests: Path) -> list[str]:
    operations = json.loads((tests / "live.json").read_text(encoding="utf-8"))["operations"]
    return [op["id"] for op in operations if op["method"] == "get"]


@pytest.mark.parametrize("service", ["gaussdb-opengauss", *LIVE_OTHERS])
def test_live_mode_passes_against_prism(live_suites: dict[str, Path], service: str, tmp_path: Path) -> None:
    """Every GET of the service runs against Prism (the listed response examples corrected, see prism.py) and
    its response meets the spec: status, headers, body; no operation is skipped, none fails."""
    tests = live_suites[service]
    corrected = served_for_suite(tests, tmp_path / "served.json")
    with prism(tmp_path / "served.json", tmp_path) as url:
        run = _live(tests, url)
    print(f"{service}: {run.stdout.strip().splitlines()[-1]} ({len(corrected)} listed response examples corrected)")
    assert run.returncode == 0, run.stdout[-4000:]
    assert _counts(run.stdout) == {"passed": len(_gets(tests))}, run.stdout[-3000:]


def test_prism_serving_a_listed_defect_as_documented_fails(live_suites: dict[str, Path], tmp_path: Path) -> None:
    """The live validation is not weakened for Prism: served as documented, each GET whose first success example is a
    listed doc defect (breaking more than by undocumented fields) fails, and only those."""
    tests = live_suites["gaussdb-opengauss"]
    spec = json.loads((tests / "spec.json").read_text(encoding="utf-8"))
    defects = yaml.safe_load((tests / "doc_defects.yaml").read_text(encoding="utf-8")) or {}
    expected = set()
    for item in spec["paths"].values():
        op = item.get("get")
        response = (op or {}).get("responses", {}).get("200", {})
        examples = list(response.get("content", {}).get("application/json", {}).get("examples", {}))
        case_id = f"{op['operationId']}/response/200/{examples[0]}" if op and examples else None
        if case_id in defects and any(b["rule"] != "additionalProperties" for b in defects[case_id]["breaks"]):
            expected.add(op["operationId"])
    assert expected  # the committed list holds such examples (query_backups, query_tasks, ...)
    with prism(tests / "spec.json", tmp_path) as url:
        run = _live(tests, url)
    failed = set(re.findall(r"FAILED live_contract.py::test_live_response_meets_the_spec\[(\w+)\]", run.stdout))
    assert failed == expected, run.stdout[-3000:]
    assert "(doc: apis_recommended/backup_management/querying_backups.rst:107)" in run.stdout


# --- a stub that breaks the spec ---

def _version_answer(mutate: Callable[[Received, Any], Answer]) -> Callable[[Received], Answer]:
    def handler(request: Received) -> Answer:
        body = {"versions": [{"id": "v3", "links": [], "status": "CURRENT", "version": "", "min_version": "",
                              "updated": "2017-02-07T17:34:02Z"}]}
        return mutate(request, body)
    return handler


def _failure(tests: Path, url: str, operation: str) -> str:
    run = _live(tests, url, "-k", operation)
    assert run.returncode == 1 and _counts(run.stdout).get("failed") == 1, run.stdout[-3000:]
    failures = run.stdout.split("short test summary info")[0]  # the traceback only, whatever the summary prints
    found: list[str] = re.findall(r"AssertionError: (.*? breaks the spec:(?:\n[E ]\s+(?!assert )\S.*)*)", failures)
    assert len(found) == 1, run.stdout[-3000:]
    return re.sub(r"\n[E ]\s+", "\n  ", found[0])  # pytest's `E` margin off


def test_a_wrong_type_fails_naming_field_rule_and_doc_source(live_suites: dict[str, Path]) -> None:
    def wrong(_: Received, body: Any) -> tuple[int, dict[str, str], Any]:
        body["versions"][0]["id"] = 7
        return 200, {}, body

    with serve(_version_answer(wrong)) as server:
        message = _failure(live_suites["gaussdb-opengauss"], server.url, "query_api_versions")
    print(message)
    assert "query_api_versions: GET / -> 200 breaks the spec" in message
    assert ("/versions/0/id: type: 7 is not of type 'string' "
            "(doc: apis_recommended/api_version_query/querying_api_versions.rst:55)") in message
    assert [r.method for r in server.received] == ["GET"]
    assert server.received[0].headers.get("X-Auth-Token") == "live-token"


def test_an_enum_value_the_docs_do_not_list_fails_with_the_rules_own_source(live_suites: dict[str, Path]) -> None:
    def widened(_: Received, body: Any) -> tuple[int, dict[str, str], Any]:
        body["versions"][0]["status"] = "SOME_NEW_STATUS"
        return 200, {}, body

    with serve(_version_answer(widened)) as server:
        message = _failure(live_suites["gaussdb-opengauss"], server.url, "query_api_versions")
    assert "/versions/0/status: enum: 'SOME_NEW_STATUS' is not one of ['CURRENT', 'SUPPORTED', 'DEPRECATED'] " \
           "(doc: apis_recommended/api_version_query/querying_api_versions.rst:67: Version status." in message


def test_an_undocumented_status_fails(live_suites: dict[str, Path]) -> None:
    with serve(_version_answer(lambda _, body: (201, {}, body))) as server:
        message = _failure(live_suites["gaussdb-opengauss"], server.url, "query_api_versions")
    assert "query_api_versions: GET / -> 201 breaks the spec" in message
    assert "status 201: documented status: the docs list 200, 400," in message
    assert "(doc: apis_recommended/api_version_query/querying_api_versions.rst:" in message


def test_a_missing_required_field_fails_naming_its_row(live_suites: dict[str, Path]) -> None:
    tests = live_suites["vpc-endpoint"]
    spec = json.loads((tests / "spec.json").read_text(encoding="utf-8"))
    path = "/v1/{project_id}/{resource_type}/tags"
    schema = spec["components"]["schemas"]["QueryTagsOfTenantSResourceResponse"]
    assert schema["required"] == ["tags"]
    row = schema["properties"]["tags"]["x-doc-source"]
    with serve(lambda _: (200, {}, {})) as server:
        message = _failure(tests, server.url, spec["paths"][path]["get"]["operationId"])
    assert f"(root): required: 'tags' is a required property (doc: {row})" in message


def test_only_gets_are_sent_unless_a_mutating_operation_is_allowed_by_name(live_suites: dict[str, Path]) -> None:
    tests = live_suites["dedicated-host"]
    operations = json.loads((tests / "live.json").read_text(encoding="utf-8"))["operations"]
    with serve(lambda _: (200, {}, {})) as server:
        run = _live(tests, server.url)
    assert {r.method for r in server.received} == {"GET"}, run.stdout[-2000:]
    counts = _counts(run.stdout)  # `{}` fills no item's id: the operations on an item are skipped, not sent
    assert len(server.received) == counts["passed"] + counts.get("failed", 0) and counts["passed"] > 0
    allowed = next(op for op in operations if op["mutating"] and op["method"] == "delete")
    with serve(lambda _: (200, {}, {})) as server:
        run = _live(tests, server.url, "-k", allowed["id"], RST2OPENAPI_LIVE_ALLOW_MUTATING=allowed["id"],
                    **{f"RST2OPENAPI_LIVE_PARAM_{p['name']}": "x1" for p in allowed["parameters"]})
    assert [(r.method, r.path) for r in server.received] == [
        ("DELETE", re.sub(r"\{[^}]+\}", "x1", allowed["path"]))], run.stdout[-2000:]
    run = _live(tests, "http://127.0.0.1:9", RST2OPENAPI_LIVE_ALLOW_MUTATING="no_such_operation")
    assert run.returncode != 0 and "names no mutating operation of this client: ['no_such_operation']" in run.stdout


def test_live_mode_is_not_collected_by_a_plain_pytest_and_needs_a_url_when_run() -> None:
    plain = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
                            str(COMMITTED)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert plain.returncode == 0 and "test_contract_" in plain.stdout
    assert "live_contract" not in plain.stdout and "skipped" not in plain.stdout
    env = {k: v for k, v in os.environ.items() if not k.startswith("RST2OPENAPI_LIVE_")}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(COMMITTED),
                          str(COMMITTED / "live_contract.py")], capture_output=True, text=True, check=False,
                         cwd=COMMITTED, env=env)
    assert run.returncode != 0 and "needs RST2OPENAPI_LIVE_URL" in run.stdout
    assert "skipped" not in run.stdout


def test_with_an_access_key_every_request_is_signed_and_the_secret_key_never_shown(
        live_suites: dict[str, Path]) -> None:
    """RST2OPENAPI_LIVE_AK/SK: the live mode signs each request (a gateway stand-in checks the signature with its own
    implementation); a wrong secret key is answered 401 and the operation fails naming the status, never the key."""
    tests = live_suites["gaussdb-opengauss"]
    gateway = Gateway(_version_answer(lambda _, body: (200, {}, body)))
    with serve(gateway) as server:
        run = _live(tests, server.url, "-k", "query_api_versions", RST2OPENAPI_LIVE_AK=AK, RST2OPENAPI_LIVE_SK=SK)
    assert run.returncode == 0 and _counts(run.stdout) == {"passed": 1}, run.stdout[-3000:]
    assert len(gateway.verified) == 1 and not gateway.refused
    assert "X-Auth-Token" not in gateway.verified[0].headers and SK not in run.stdout + run.stderr

    wrong = SK[:-1] + "Q"
    gateway = Gateway(_version_answer(lambda _, body: (200, {}, body)))
    with serve(gateway) as server:
        run = _live(tests, server.url, "-k", "query_api_versions", RST2OPENAPI_LIVE_AK=AK, RST2OPENAPI_LIVE_SK=wrong)
    assert gateway.refused == ["signature mismatch"] and not gateway.verified
    assert run.returncode == 1 and "-> 401" in run.stdout, run.stdout[-3000:]
    assert wrong not in run.stdout + run.stderr

    run = _live(tests, "http://127.0.0.1:9", RST2OPENAPI_LIVE_AK=AK)
    assert run.returncode != 0 and "needs both RST2OPENAPI_LIVE_AK and RST2OPENAPI_LIVE_SK" in run.stdout


@pytest.fixture(autouse=True)
def _no_live_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in [k for k in os.environ if k.startswith("RST2OPENAPI_LIVE_")]:
        monkeypatch.delenv(name)
    yield


def test_a_list_fills_the_path_parameter_of_its_items_before_they_run(live_suites: dict[str, Path]) -> None:
    """`{instance_id}` comes from the `id` of the first item of `GET /v3/{project_id}/instances`, which runs first."""
    tests = live_suites["gaussdb-opengauss"]
    instances = f"/v3/{PROJECT_ID}/instances"

    def handler(request: Received) -> Answer:
        if request.path.split("?")[0] == instances:
            return 200, {}, {"instances": [{"id": "inst-1"}, {"id": "inst-2"}], "total_count": 2}
        return 200, {}, {}

    with serve(handler) as server:
        run = _live(tests, server.url)
    paths = [r.path.split("?")[0] for r in server.received]
    assert run.returncode == 0, run.stdout[-3000:]
    on_item = [p for p in paths if p.startswith(instances + "/")]
    assert on_item and all(p.startswith(instances + "/inst-1/") for p in on_item), paths
    assert paths.index(instances) < paths.index(on_item[0])


def test_documented_response_headers_are_checked_and_a_secret_is_never_quoted(
        live_suites: dict[str, Path], tmp_path: Path) -> None:
    """A copy of the gaussdb suite whose spec documents two headers of `GET /` 200 (none of the three services'
    GETs documents a response header): a required one missing, and a secret one that breaks its pattern."""
    project = tmp_path / "copy"
    shutil.copytree(COMMITTED.parent, project, ignore=shutil.ignore_patterns("__pycache__"))
    spec_file = project / "tests" / "spec.json"
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    spec["paths"]["/"]["get"]["responses"]["200"]["headers"] = {
        "X-Request-Id": {"required": True, "schema": {"type": "string"}, "x-doc-source": "fixture.rst:7"},
        "X-Subject-Token": {"schema": {"type": "string", "pattern": "^MII", "x-secret": True},
                            "x-doc-source": "fixture.rst:9"}}
    spec_file.write_text(json.dumps(spec), encoding="utf-8")

    def answer(_: Received, body: Any) -> Answer:
        return 200, {"X-Subject-Token": "s3cr3t-token-value"}, body

    with serve(_version_answer(answer)) as server:
        message = _failure(project / "tests", server.url, "query_api_versions")
    assert "header X-Request-Id: required: the response has no X-Request-Id header (doc: fixture.rst:7)" in message
    assert "header X-Subject-Token: (root): pattern: the value (secret, not shown) breaks pattern " \
           "(doc: fixture.rst:9)" in message
    assert "s3cr3t" not in message


def test_a_harvested_value_that_breaks_the_parameters_schema_is_passed_over(
        live_suites: dict[str, Path], tmp_path: Path) -> None:
    """A copy of the gaussdb suite where `{instance_id}` of one operation is documented as a UUID: that operation
    takes the first listed id that is one, the others the first id."""
    project = tmp_path / "copy"
    shutil.copytree(COMMITTED.parent, project, ignore=shutil.ignore_patterns("__pycache__"))
    live_file = project / "tests" / "live.json"
    live = json.loads(live_file.read_text(encoding="utf-8"))
    [op] = [o for o in live["operations"] if o["id"] == "query_components_of_db_instance"]
    [param] = [p for p in op["parameters"] if p["name"] == "instance_id"]
    param["schema"] = {"type": "string", "format": "uuid"}
    live_file.write_text(json.dumps(live), encoding="utf-8")
    instances, uuid = f"/v3/{PROJECT_ID}/instances", "0b1f3c2e-5d4a-4e6f-8a7b-9c0d1e2f3a4b"

    def handler(request: Received) -> Answer:
        if request.path.split("?")[0] == instances:
            return 200, {}, {"instances": [{"id": "inst-1"}, {"id": uuid}], "total_count": 2}
        return 200, {}, {}

    with serve(handler) as server:
        run = _live(project / "tests", server.url)
    paths = [r.path.split("?")[0] for r in server.received]
    assert run.returncode == 0, run.stdout[-3000:]
    assert f"{instances}/{uuid}/components" in paths
    assert f"{instances}/inst-1/configurations" in paths, paths
