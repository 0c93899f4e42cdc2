"""Issue 4 acceptance on all six services of ../shared/corpus: client and contract suite generated into a temporary
folder (never committed), then checked.

Per service: generation without warnings or findings (client/verify.py's checks: every operation and every variant a
function, every schema property a typed attribute; and no doc-defect candidate the reviewed list does not hold as
found), `mypy --strict` clean on the package, and the generated contract suite passing, i.e. failing only on the doc
defects the reviewed list names -- except the cases listed in KNOWN_FAILURES, which fail for a reason outside the
client generator (the spec build, the docs), listed exactly. The reviewed lists are committed: gaussdb-opengauss's
with its client (`generated/gaussdb-opengauss/tests/doc_defects.yaml`), the five others in `tests/client/defects/`
(`rst2openapi generate spec/<service>.yaml -o /tmp/<service> --defects tests/client/defects/<service>.yaml
--accept-defects` rewrites one, to review in the diff).
gaussdb-opengauss reuses the session client of `tests/client/conftest.py`; its mypy run and suite run are the tests
of `test_opengauss_client.py` and `test_contract_suite.py`, so they are not repeated here.

Time: the five other services are generated two at a time, then their five suites and one `mypy --strict` over the
five packages run as concurrent subprocesses (one mypy process: the stdlib, httpx and attrs are analysed once; errors
are attributed to a service by the package path they name).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.client.defects import load_defects
from generator.client.view import HTTP_METHODS
from tests.client.conftest import PACKAGE, Generated, package_name, reviewed_list
from tests.conftest import SERVICES
from tests.corpus.catalogue import built

OTHERS = [s for s in SERVICES if s != "gaussdb-opengauss"]


def _spec_operation_ids(spec: dict[str, Any]) -> list[str]:
    ids: list[str] = []
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict) and op.get("x-variants"):
                ids.extend(str(v["operationId"]) for v in op["x-variants"])
            elif isinstance(op, dict):
                ids.append(str(op["operationId"]))
    return ids


@pytest.mark.parametrize("service", SERVICES)
def test_generation_has_no_warning_and_no_finding(six: dict[str, Generated], service: str) -> None:
    result = six[service].result
    assert result.diagnostics == [], [f"{d.code}: {d.message[:300]}" for d in result.diagnostics]
    assert result.ok and result.package_dir is not None


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_and_variant_has_a_function(six: dict[str, Generated], service: str) -> None:
    result = six[service].result
    ids = _spec_operation_ids(built(service).spec)
    assert len(ids) == result.operations == result.functions
    assert result.view is not None
    package = Path(str(result.package_dir))
    modules = {p.stem for p in (package / "api").glob("*/*.py")}
    names = [result.view.modules[result.view.renamed.get(op_id, op_id)] for op_id in ids]
    assert sorted(set(names) - modules) == []


@pytest.mark.parametrize("service", SERVICES)
def test_every_schema_property_is_a_typed_attribute(six: dict[str, Generated], service: str) -> None:
    result = six[service].result
    spec = built(service).spec
    declared = sum(len(s["properties"]) for s in spec["components"]["schemas"].values()
                   if isinstance(s, dict) and isinstance(s.get("properties"), dict))
    assert result.properties == declared > 0  # each checked by check_output; a finding fails the test above
    assert not [d for d in result.diagnostics if d.code in ("client-property-untyped", "client-model-missing")]


@pytest.mark.parametrize("service", OTHERS)
def test_generated_package_passes_mypy_strict(six: dict[str, Generated], service: str) -> None:
    assert six[service].mypy_errors == ""


# Contract cases that fail for a reason outside generator/client (measured; the test fails if one of them starts
# passing or another one fails). None left: documented requests valid under several variants of a merged operation
# (add and delete tags) are accepted since the builder writes `anyOf` where it cannot prove the variants exclusive
# (`variants-overlap`); response examples that put fields where no table declares them are listed doc defects whose
# round trip expects those fields in `additional_properties`; the RDS v1.0 instance list was a reader error (a
# `:ref:` that skipped the table titled after the field).
KNOWN_FAILURES: dict[str, dict[str, str]] = {service: {} for service in OTHERS}


def _failed(output: str) -> set[str]:
    """`request[case]` / `response[case]` / ... for every FAILED line of a contract suite run."""
    kinds = {"client_sends_the_documented_request": "request",
             "documented_response_round_trips_through_the_models": "response",
             "generated_bodies_valid_accepted_invalid_rejected": "bodies"}
    found = set()
    for test, case in re.findall(r"^FAILED \S+::test_(\w+)\[(.+?)\]", output, flags=re.MULTILINE):
        found.add(f"{kinds.get(test, test)}[{case}]")
    return found


def _counts(output: str) -> dict[str, int]:
    return {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|skipped|errors?)\b", output)}


@pytest.mark.parametrize("service", OTHERS)
def test_contract_suite_fails_only_on_listed_doc_defects(six: dict[str, Generated], service: str) -> None:
    g = six[service]
    suite = g.result.suite
    assert suite is not None
    defects = yaml.safe_load((g.project / "tests" / "doc_defects.yaml").read_text(encoding="utf-8"))
    assert len(defects) == suite.defects
    # a listed doc defect is asserted by its test (which passes); what else fails is KNOWN_FAILURES, exactly
    known = KNOWN_FAILURES[service]
    assert _failed(g.suite_output) == set(known), g.suite_output[-4000:]
    assert g.suite_code == (1 if known else 0), g.suite_output[-4000:]
    expected = {"passed": suite.tests - len(known)} | ({"failed": len(known)} if known else {})
    assert _counts(g.suite_output) == expected


# The former `docs` known failures: response examples that put fields where the tables do not declare them. Each
# is a listed doc defect at the example's file:line, and its round trip expects exactly those fields in
# `additional_properties` (checked by the suite run above).
SHAPE_DEFECTS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "cloud-container-engine": {
        "query_specified_node_pool/response/200/query_specified_node_pool_200_1": (
            "apis/cluster_management/querying_a_specified_node_pool.rst:664", ["/metadata", "/spec", "/status"]),
    },
    "elastic-cloud-server": {
        "query_specified_api_version/response/200/query_specified_api_version_200_1": (
            "native_openstack_nova_apis/api_version_query/querying_a_specified_api_version.rst:128", ["/version"]),
        "create_ecs/response/200/create_ecs_200_2": (
            "native_openstack_nova_apis/lifecycle_management/creating_an_ecs.rst:660", ["/reservation_id"]),
        "create_ecs_v2/response/200/create_ecs_v2_200_2": (
            "native_openstack_nova_apis/lifecycle_management/creating_an_ecs.rst:660", ["/reservation_id"]),
    },
    "identity-access-management": {
        "obtain_agency_token/response/201/obtain_agency_token_201_1": (
            "apis/token_management/obtaining_an_agency_token.rst:451", ["/token/user/password_expires_at"]),
    },
}


@pytest.mark.parametrize("service", sorted(SHAPE_DEFECTS))
def test_responses_with_undocumented_fields_are_listed_doc_defects(six: dict[str, Generated], service: str) -> None:
    defects = yaml.safe_load((six[service].project / "tests" / "doc_defects.yaml").read_text(encoding="utf-8"))
    for case, (source, fields) in SHAPE_DEFECTS[service].items():
        assert (defects[case]["source"], defects[case]["undocumented"]) == (source, fields), case


@pytest.mark.parametrize("service", SERVICES)
def test_every_reviewed_entry_names_what_it_breaks_and_why(service: str) -> None:
    """Each entry: the example's file:line, and per break its kind, rule, place and the reason with file:line."""
    defects = load_defects(reviewed_list(service).read_text(encoding="utf-8"))
    assert defects
    for case, entry in defects.items():
        assert re.fullmatch(r"\S+\.rst:\d+", entry["source"]), case
        assert entry["breaks"], case
        for b in entry["breaks"]:
            assert b["kind"].startswith("example-") and b["rule"] and b["path"].startswith("/"), (case, b)
            assert b["reason"].startswith(b["rule"] if b["rule"] != "type" else "type ") or \
                b["rule"] in ("oneOf", "anyOf"), (case, b)
            assert re.search(r"\.rst:\d+", b["reason"]) or b["rule"] in ("oneOf", "anyOf"), (case, b)


def test_gaussdb_is_the_session_client() -> None:
    assert package_name("gaussdb-opengauss") == PACKAGE
