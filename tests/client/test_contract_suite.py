"""The contract-test suite `generate` writes next to the client, the `check` command and determinism."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.client import GenerateResult, generate_client
from generator.client.contract import write_suite
from generator.client.defects import dump_defects, load_defects
from generator.client.tree import generated_tree
from generator.client.view import generation_view
from generator.pipeline import build
from tests.client.conftest import COMMITTED_DEFECTS, PACKAGE
from tests.conftest import CORPUS, FIXTURES, examples

ROOT = Path(__file__).resolve().parents[2]
NAME_PAGE = "api-ref/source/apis_recommended/instance_management/changing_a_db_instance_name.rst"


def _pytest(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(folder),
                           str(folder), *extra], capture_output=True, text=True, check=False, cwd=folder)


def _counts(output: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|error)", output)}


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_suite_is_written_and_passes(opengauss_client: GenerateResult) -> None:
    suite = opengauss_client.suite
    assert suite is not None and suite.modules > 0 and suite.requests > 0 and suite.responses > 0
    assert suite.boundaries > 0
    tests = Path(str(opengauss_client.package_dir)).parent / "tests"
    defects = yaml.safe_load((tests / "doc_defects.yaml").read_text(encoding="utf-8"))
    assert len(defects) == suite.defects
    assert "restore_data_to_new_db_instance/request/restore_data_to_new_db_instance_1" in defects
    run = _pytest(tests)
    assert run.returncode == 0, run.stdout[-3000:]
    assert _counts(run.stdout) == {"passed": suite.tests}


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_a_new_defect_and_a_fixed_listed_defect_both_fail(opengauss_client: GenerateResult, tmp_path: Path) -> None:
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    path = project / "tests" / "doc_defects.yaml"
    defects: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    removed = sorted(defects)[0]
    del defects[removed]  # as if the docs gained a new defect nobody reviewed
    defects["query_api_versions/response/200/query_api_versions_200_1"] = {  # valid
        "source": "x", "breaks": [{"kind": "example-wrong-type", "rule": "type", "path": "/versions", "reason": "x"}]}
    path.write_text(yaml.safe_dump(defects), encoding="utf-8")
    run = _pytest(project / "tests", "-k", "documented_example")
    assert run.returncode == 1
    assert _counts(run.stdout)["failed"] == 2, run.stdout[-3000:]
    assert "new doc defect" in run.stdout and "now validates" in run.stdout


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_a_listed_defect_asserts_its_own_rules_and_places(opengauss_client: GenerateResult, tmp_path: Path) -> None:
    """A listed example that breaks another rule, or at another place, than listed fails: "some error" is not
    enough. The restore example breaks minLength and pattern at /password and type at /port."""
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    path = project / "tests" / "doc_defects.yaml"
    defects: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    case = "restore_data_to_new_db_instance/request/restore_data_to_new_db_instance_1"
    assert sorted((b["path"], b["rule"]) for b in defects[case]["breaks"]) == [
        ("/password", "minLength"), ("/password", "pattern"), ("/port", "type")]
    defects[case]["breaks"] = [b for b in defects[case]["breaks"] if b["path"] != "/port"]  # listed: less
    other = "reset_database_password/request/reset_database_password_1"
    defects[other]["breaks"][0]["rule"] = "maxLength"  # listed: another rule
    path.write_text(yaml.safe_dump(defects), encoding="utf-8")
    run = _pytest(project / "tests", "-k", "documented_example")
    assert _counts(run.stdout)["failed"] == 2, run.stdout[-3000:]
    assert "doc_defects.yaml lists" in run.stdout
    assert f"[{case}]" in run.stdout and f"[{other}]" in run.stdout


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_a_listed_request_is_sent_corrected_and_an_unlisted_refused_one_fails(opengauss_client: GenerateResult,
                                                                               tmp_path: Path) -> None:
    """Every documented request gets a request test: a listed one is sent in its corrected form (each listed break
    mended, the rest as documented) and openapi-core accepts it; an unlisted one the client refuses fails the suite
    (the oracle: an example no sentence contradicts is presumed valid), it is not a new entry."""
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    helper = _helper(project)
    case = "restore_data_to_new_db_instance/request/restore_data_to_new_db_instance_1"
    body = helper.cases()["requests"][case]["body"]
    fixed = helper.corrected(case, "restore_data_to_new_db_instance", body)
    assert fixed["password"] != body["password"] and isinstance(fixed["port"], str)
    assert {k: v for k, v in fixed.items() if k not in ("password", "port")} == \
        {k: v for k, v in body.items() if k not in ("password", "port")}
    requests = _listed(next((project / "tests").glob("test_contract_backup_management.py")), "REQUESTS")
    assert sum(1 for r in requests if r.startswith("restore_data_to_new_db_instance/")) == 3
    path = project / "tests" / "doc_defects.yaml"
    defects: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    del defects[case]
    path.write_text(yaml.safe_dump(defects), encoding="utf-8")
    run = _pytest(project / "tests", "-k", "client_sends_the_documented_request and restore")
    assert _counts(run.stdout) == {"failed": 1, "passed": 2}, run.stdout[-3000:]
    assert "RequestValidationError" in run.stdout


def test_an_undocumented_response_field_is_a_listed_defect_its_round_trip_expects(tmp_path: Path) -> None:
    """`tests/fixtures/lint/querying_a_parcel.rst` answers `id` at the top, where no table declares it (Table 3
    declares it inside `parcel`), plus `weight` and a label's `colour`: a listed defect with the example's file:line;
    the round trip passes because those fields, and only those, are expected in `additional_properties`."""
    spec = build(FIXTURES / "lint").spec
    unreviewed = generate_client(spec, tmp_path / "parcel", "parcel_client")
    assert [d.code for d in unreviewed.diagnostics] == ["contract-defect-new"]  # never listed silently
    tests = tmp_path / "parcel" / "tests"
    assert yaml.safe_load((tests / "doc_defects.yaml").read_text(encoding="utf-8")) == {}
    result = generate_client(spec, tmp_path / "parcel", "parcel_client", accept_defects=True)
    assert result.ok and result.suite is not None
    case = "query_parcel/response/200/query_parcel_200_1"
    defects: dict[str, Any] = yaml.safe_load((tests / "doc_defects.yaml").read_text(encoding="utf-8"))
    assert list(defects) == [case]
    assert defects[case]["source"] == "querying_a_parcel.rst:74"
    assert defects[case]["undocumented"] == ["/id", "/parcel/labels/0/colour", "/parcel/weight"]
    assert [(b["kind"], b["rule"], b["path"]) for b in defects[case]["breaks"]] == [
        ("example-undocumented-field", "additionalProperties", p) for p in ("/id", "/parcel/labels/*/colour",
                                                                            "/parcel/weight")]
    assert all(b["reason"].startswith("additionalProperties: no table declares") for b in defects[case]["breaks"])
    again = generate_client(spec, tmp_path / "parcel", "parcel_client")  # the list the folder holds is reviewed
    assert again.diagnostics == []
    run = _pytest(tests)
    assert run.returncode == 0, run.stdout[-3000:]
    assert _counts(run.stdout) == {"passed": result.suite.tests} and result.suite.responses == 1
    # without the list the round trip finds `id` (a spec property) in `additional_properties`; unlisted, the
    # example is a new doc defect
    cases = json.loads((tests / "cases.json").read_text(encoding="utf-8"))
    del cases["responses"][case]["undocumented"]
    (tests / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    (tests / "doc_defects.yaml").write_text("{}\n", encoding="utf-8")
    run = _pytest(tests)
    assert _counts(run.stdout)["failed"] == 2, run.stdout[-3000:]
    assert "new doc defect" in run.stdout and "additional_properties: ['id']" in run.stdout


@pytest.mark.slow  # generates the gaussdb-opengauss client a second time: a real service's generation
def test_generation_is_deterministic(opengauss_client: GenerateResult, opengauss_spec: dict[str, Any],
                                     tmp_path: Path, uncached_generator: None) -> None:
    """The second generation runs openapi-python-client itself (the first may be the tests' kept copy of an earlier
    run: tests/generator_cache.py)."""
    first = Path(str(opengauss_client.package_dir)).parent
    again = generate_client(opengauss_spec, tmp_path / "again", PACKAGE,
                            defects=load_defects(COMMITTED_DEFECTS.read_text(encoding="utf-8")))
    assert again.ok
    one, two = generated_tree(first), generated_tree(tmp_path / "again")
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


def test_doc_text_is_escaped_in_the_rendered_suite(tmp_path: Path) -> None:
    nasty = 'a"""b\'c\\n{{ x }}\nimport os'
    spec: dict[str, Any] = {
        "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
        "paths": {"/x": {"post": {
            "operationId": "op", "tags": ["weird tag"],
            "requestBody": {"content": {"application/json": {
                "schema": {"type": "object", "properties": {"s": {"type": "string", "maxLength": 3}}},
                "examples": {nasty: {"value": {"s": "ab"}, "x-doc-source": nasty}}}}},
            "responses": {"200": {"description": "ok"}}}}},
    }
    result = write_suite(spec, generation_view(spec), tmp_path, "t_client")
    assert result.examples == 1 and result.boundaries == 1
    [module] = sorted((tmp_path / "tests").glob("test_contract_*.py"))
    tree = ast.parse(module.read_text(encoding="utf-8"))
    lists = {node.target.id: ast.literal_eval(node.value) for node in tree.body
             if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None}
    assert lists["EXAMPLES"] == [f"op/request/{nasty}"]
    assert "import os" not in [line.strip() for line in module.read_text(encoding="utf-8").splitlines()]


# `check` regenerates the gaussdb-opengauss client from its docs: a real service's generation (slow, out of the
# quick loop, which runs `check` on the sample service: test_tree.py)
@pytest.mark.slow
def test_check_passes_on_the_committed_tree(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(CORPUS / "gaussdb-opengauss"), "--spec", str(ROOT / "spec" / "gaussdb-opengauss.yaml"),
                 "--client", str(ROOT / "generated" / "gaussdb-opengauss")])
    assert code == 0, capsys.readouterr().out[-3000:]


# `check` regenerates the gaussdb-opengauss client from its docs: a real service's generation (slow, out of the
# quick loop, which runs `check` on the sample service: test_tree.py)
@pytest.mark.slow
def test_check_fails_until_a_new_candidate_defect_is_accepted(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """An entry missing from the committed list: regenerating writes the list as reviewed (so no file differs), but
    the candidate is reported and `check` exits 1; `generate --accept-defects` lists it again."""
    client = tmp_path / "gaussdb-opengauss"
    shutil.copytree(ROOT / "generated" / "gaussdb-opengauss", client)
    path = client / "tests" / "doc_defects.yaml"
    committed = path.read_text(encoding="utf-8")
    defects: dict[str, Any] = yaml.safe_load(committed)
    case = "reset_database_password/request/reset_database_password_1"
    del defects[case]
    path.write_text(dump_defects(defects), encoding="utf-8")
    spec = str(ROOT / "spec" / "gaussdb-opengauss.yaml")
    code = main(["check", str(CORPUS / "gaussdb-opengauss"), "--spec", spec, "--client", str(client)])
    captured = capsys.readouterr()
    assert code == 1
    assert "changed:" not in captured.out and f"warning[contract-defect-new] {case}" in captured.err
    assert "1 documented examples differ from the reviewed doc-defect list" in captured.err
    assert main(["generate", spec, "-o", str(client), "--accept-defects"]) == 0
    assert path.read_text(encoding="utf-8") == committed


# `check` regenerates the gaussdb-opengauss client from its docs: a real service's generation (slow, out of the
# quick loop, which runs `check` on the sample service: test_tree.py)
@pytest.mark.slow
def test_check_fails_when_a_table_row_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = tmp_path / "gaussdb-opengauss"
    shutil.copytree(CORPUS / "gaussdb-opengauss", docs)
    page = docs / NAME_PAGE
    text = page.read_text(encoding="utf-8")
    assert "must consist of 4 to 64 characters" in text
    page.write_text(text.replace("must consist of 4 to 64 characters", "must consist of 4 to 32 characters"),
                    encoding="utf-8")
    code = main(["check", str(docs), "--spec", str(ROOT / "spec" / "gaussdb-opengauss.yaml"),
                 "--client", str(ROOT / "generated" / "gaussdb-opengauss")])
    out = capsys.readouterr().out
    assert code == 1
    assert "changed: " in out and "gaussdb-opengauss.yaml" in out
    assert "_request_schemas.json" in out and "maxLength" in out


def test_corrected_restore_request_is_sent_and_accepted_by_openapi_core(
    opengauss_client: GenerateResult, opengauss_spec: dict[str, Any]
) -> None:
    import copy
    import importlib
    import json

    import httpx
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest

    op = opengauss_spec["paths"]["/v3/{project_id}/instances"]["post"]
    example = op["requestBody"]["content"]["application/json"]["examples"]["restore_data_to_new_db_instance_1"]
    body = dict(copy.deepcopy(example["value"]), password="Secret_123!", port="8001")  # the two doc defects fixed
    package = importlib.import_module(PACKAGE)
    restore = importlib.import_module(f"{PACKAGE}.api.backup_management.restore_data_to_new_db_instance")
    model = importlib.import_module(f"{PACKAGE}.models").RestoreDataToNewDbInstanceRequest
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"job_id": "j"})

    client = package.AuthenticatedClient(base_url="http://127.0.0.1:8080", token="T", prefix="",
                                         auth_header_name="X-Auth-Token",
                                         httpx_args={"transport": httpx.MockTransport(handler)})
    restore.sync_detailed("p1", client=client, body=model.from_dict(body))
    [request] = sent
    assert json.loads(request.content) == body
    document = dict(opengauss_spec, servers=[{"url": "http://127.0.0.1:8080"}])
    OpenAPI.from_dict(document).validate_request(MockRequest(
        "http://127.0.0.1:8080", "post", request.url.path, path_pattern="/v3/{project_id}/instances",
        view_args={"project_id": "p1"}, headers=dict(request.headers), data=request.content))


# (5) Property-based request bodies ---------------------------------------------------------------------------------


def _helper(project: Path) -> Any:
    """The contract helper of a generated project, loaded under a name of its own (the committed suite's helper has
    the same module name)."""
    import importlib.util

    path = project / "tests" / f"_contract_{PACKAGE}.py"
    spec = importlib.util.spec_from_file_location(f"_toolkit_test_{PACKAGE}_{abs(hash(str(project)))}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _listed(module: Path, name: str) -> list[str]:
    """The case ids a generated test module lists under `name`."""
    for node in ast.parse(module.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            assert node.value is not None
            return list(ast.literal_eval(node.value))
    return []


def test_every_json_request_body_has_a_property_test(opengauss_client: GenerateResult) -> None:
    project = Path(str(opengauss_client.package_dir)).parent
    schemas = json.loads((project / PACKAGE / "_request_schemas.json").read_text(encoding="utf-8"))
    with_body = sorted(op for op, entry in schemas["operations"].items() if "body" in entry)
    listed: list[str] = []
    for module in sorted((project / "tests").glob("test_contract_*.py")):
        ids = _listed(module, "PROPERTIES")
        listed.extend(ids)
        test = "def test_generated_bodies_valid_accepted_invalid_rejected(case_id: str)"
        assert (test in module.read_text(encoding="utf-8")) == bool(ids), module.name
    assert sorted(listed) == with_body and len(with_body) == 16
    assert {"create_db_instance", "restore_data_to_new_db_instance"} <= set(listed)  # both variants of one POST
    assert opengauss_client.suite is not None and opengauss_client.suite.properties == len(with_body)


def _draw_mutations(helper: Any, operation: str, spec_schema: Any, broken: set[str]) -> None:
    """A few (valid body, mutation) of `operation`: the body passes the client's schema, the mutated body fails it."""
    from hypothesis import HealthCheck, given, settings

    check = helper.validator(helper.client_body_schema(operation))  # with the client's format checker

    # five in the quick loop too: fewer do not reach every kind of keyword the test below requires
    @settings(max_examples=5, derandomize=True, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(drawn=helper.invalid_bodies(operation, spec_schema))
    def draw(drawn: tuple[Any, Any]) -> None:
        body, mutation = drawn
        mutated = helper.apply(body, mutation)
        assert check.is_valid(body), (operation, body)
        assert not check.is_valid(mutated), (operation, mutation)
        assert mutated != body
        for where, _ in helper.mutations(operation, body, spec_schema):  # every mutation the strategy samples from
            broken.add(where.rpartition(": ")[2].split(" ")[0])

    draw()


def test_generated_bodies_are_valid_and_mutations_invalid(opengauss_client: GenerateResult) -> None:
    """Not vacuous: the strategies give bodies the client's schema accepts and mutations of them it rejects, and the
    mutations break many kinds of keyword, not only the body's type."""
    helper = _helper(Path(str(opengauss_client.package_dir)).parent)
    broken: set[str] = set()
    for operation, case in sorted(helper.cases()["properties"].items()):
        _draw_mutations(helper, operation, case["spec_schema"], broken)
    kinds = {"type", "required", "enum", "minLength", "maxLength", "pattern", "minimum", "maximum", "format"}
    assert kinds <= broken, broken


def test_generation_schema_keeps_the_bodies_valid(opengauss_client: GenerateResult) -> None:
    """The one place where generation differs from the client's schema: the password complexity pattern becomes a
    lookahead-free subset, a conditional (`if`/`then`) an equivalent `anyOf`, plain objects are closed."""
    import re as regex

    from hypothesis import given, settings
    from hypothesis import strategies as st
    from jsonschema import Draft202012Validator

    helper = _helper(Path(str(opengauss_client.package_dir)).parent)
    schema = helper.client_body_schema("restore_data_to_new_db_instance")
    password = schema["properties"]["password"]
    subset = helper.generation_schema(password)["pattern"]
    assert "(?=" in password["pattern"] and "(?=" not in subset

    @settings(max_examples=examples(50), derandomize=True, database=None, deadline=None)
    @given(st.from_regex(subset, fullmatch=True))
    def subset_strings_match_the_pattern(text: str) -> None:
        assert regex.search(password["pattern"], text)

    subset_strings_match_the_pattern()
    point = schema["properties"]["restore_point"]
    generated = helper.generation_schema(point)
    assert "if" not in json.dumps(generated) and generated["additionalProperties"] is False
    original, rewritten = Draft202012Validator(point), Draft202012Validator(generated)
    for value in ({"instance_id": "i"}, {"instance_id": "i", "type": "timestamp"},
                  {"instance_id": "i", "type": "timestamp", "restore_time": 1}, {"instance_id": "i", "type": "backup"},
                  {"instance_id": "i", "type": "backup", "backup_id": "b"}):
        assert original.is_valid(value) == rewritten.is_valid(value), value
    recursive = {"A": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}}}
    with pytest.raises(helper.UngenerableSchema, match="recursive"):  # the test skips with this reason
        helper._inline({"$ref": "#/components/schemas/A"}, recursive, ())



def test_conditionals_on_one_field_are_generated_from_one_any_of(opengauss_client: GenerateResult) -> None:
    """Ten conditionals (as the build writes them) on two fields: hypothesis-jsonschema tries every subset of an
    `allOf`'s members it cannot merge, so each one apart doubled the time to build the strategy (85 s for one test of
    a real suite). Grouped by the field they are on, they are two members, and accept the same bodies."""
    import itertools

    from jsonschema import Draft202012Validator

    helper = _helper(Path(str(opengauss_client.package_dir)).parent)
    names = [f"f{i}" for i in range(6)]
    rules = [("kind", "a", ["f0"]), ("kind", "a", ["f1"]), ("kind", "b", ["f2", "f0"]), ("kind", "c", ["f3"]),
             ("kind", "a", ["f0", "f4"]), ("mode", True, ["f5"]), ("mode", False, ["f1"]), ("mode", True, ["f3"]),
             ("kind", "d", ["f5"]), ("mode", True, ["f4"])]
    schema = {"type": "object",
              "properties": {"kind": {"type": "string"}, "mode": {"type": "boolean"},
                             **{name: {"type": "integer"} for name in names}},
              "allOf": [{"if": {"properties": {field: {"const": value}}, "required": [field]},
                         "then": {"required": required}} for field, value, required in rules]}
    generated = helper.generation_schema(schema)
    assert len(generated["allOf"]) == 2, generated["allOf"]
    assert [len(member["anyOf"]) for member in generated["allOf"]] == [5, 3]  # a branch per value, one for the rest
    original, rewritten = Draft202012Validator(schema), Draft202012Validator(generated)
    checked = 0
    for kind, mode in itertools.product([None, "a", "b", "c", "d", "e"], [None, True, False]):
        for present in itertools.product([False, True], repeat=len(names)):
            body: dict[str, Any] = {name: 1 for name, here in zip(names, present, strict=True) if here}
            body.update({key: value for key, value in (("kind", kind), ("mode", mode)) if value is not None})
            assert original.is_valid(body) == rewritten.is_valid(body), body
            checked += original.is_valid(body)
    assert 0 < checked < 18 * 2 ** len(names)
    one = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
           "allOf": [{"if": {"properties": {"a": {"const": "x"}}, "required": ["a"]}, "then": {"required": ["b"]}},
                     {"required": ["a"]}]}
    assert helper.generation_schema(one)["allOf"][1] == {"required": ["a"]}  # other members keep their place

@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_property_tests_fail_when_the_client_stops_validating(opengauss_client: GenerateResult,
                                                              tmp_path: Path) -> None:
    """A client whose pre-send validation is a no-op fails the property tests (mutated bodies are accepted)."""
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    validation = project / PACKAGE / "_validation.py"
    text = validation.read_text(encoding="utf-8")
    validation.write_text(text.replace('    if not _state["enabled"]:\n        return\n',
                                       "    return\n"), encoding="utf-8")
    run = _pytest(project / "tests", "-k", "generated_bodies and (change_db_instance_name or create_manual_backup)")
    assert _counts(run.stdout).get("failed") == 2, run.stdout[-3000:]
    assert "the client accepted a body that breaks" in run.stdout


@pytest.mark.slow  # runs ruff on the gaussdb-opengauss client's suite in a subprocess: a real service's check
def test_generated_suite_passes_ruff(opengauss_client: GenerateResult) -> None:
    """ruff with the generated project's settings (mypy --strict: test_opengauss_client, with the package)."""
    project = Path(str(opengauss_client.package_dir)).parent
    lint = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "tests"], cwd=project,
                          capture_output=True, text=True, check=False)
    assert lint.returncode == 0, lint.stdout


# Loaded once per session, failures included ------------------------------------------------------------------------


def test_a_spec_that_fails_to_load_is_loaded_once(opengauss_client: GenerateResult) -> None:
    """openapi-core's view of the spec is made once per session: when making it fails, every later test that needs it
    gets the same error at once, with the first failure's traceback (not one that grows with each test)."""
    import traceback

    helper = _helper(Path(str(opengauss_client.package_dir)).parent)
    calls: list[str] = []

    class Refusing:
        @staticmethod
        def from_dict(document: dict[str, Any], config: Any) -> Any:
            calls.append(document["servers"][0]["url"])
            raise ValueError("spec.json is not a valid OpenAPI document")

    depths = []
    for _ in range(3):
        with pytest.raises(ValueError, match="not a valid OpenAPI document") as caught:
            helper._openapi(Refusing, "https://server.test")
        depths.append(len(traceback.extract_tb(caught.value.__traceback__)))
    assert calls == ["https://server.test"]
    assert depths[1] == depths[2]


@pytest.mark.slow  # runs the gaussdb-opengauss client's suite in a subprocess: a real service's suite run
def test_the_suite_of_a_spec_openapi_core_refuses_loads_it_once(opengauss_client: GenerateResult,
                                                                  tmp_path: Path) -> None:
    """End to end: spec.json made invalid for openapi-core (a security scheme of no known type); the request tests
    all fail with its error, and the spec was loaded, and validated, once for the whole run."""
    project = tmp_path / "copy"
    shutil.copytree(Path(str(opengauss_client.package_dir)).parent, project)
    spec_path = project / "tests" / "spec.json"
    document = json.loads(spec_path.read_text(encoding="utf-8"))
    document.setdefault("components", {}).setdefault("securitySchemes", {})["broken"] = {"type": "no-such-type"}
    spec_path.write_text(json.dumps(document), encoding="utf-8")
    counter = project / "tests" / "loads.txt"
    with (project / "tests" / "conftest.py").open("a", encoding="utf-8") as conftest:
        conftest.write(  # counts openapi-core's loads of the spec in this run
            "\n\nimport openapi_core as _core\n_original = _core.OpenAPI.from_dict.__func__\n\n\n"
            "def _counted(cls, *args, **kwargs):\n"
            f"    with open({str(counter)!r}, 'a') as out:\n        out.write('load\\n')\n"
            "    return _original(cls, *args, **kwargs)\n\n\n_core.OpenAPI.from_dict = classmethod(_counted)\n")
    run = _pytest(project / "tests", "-k", "test_client_sends_the_documented_request")
    counts = _counts(run.stdout)
    assert opengauss_client.suite is not None
    assert counts.get("failed") == opengauss_client.suite.requests and "passed" not in counts, run.stdout[-3000:]
    assert counter.read_text(encoding="utf-8").splitlines() == ["load"]
