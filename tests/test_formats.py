"""One format checker, the same verdict everywhere (`generator/formats.py`).

The same good and bad values of every checked format go through each place that checks `format`: the checker
itself, the generated client's request validation (a JSON body, and a query parameter sent through the generated
endpoint; and each of its two paths alone: the compiled validator, jsonschema-rs, and jsonschema where jsonschema-rs
is not installed), the contract suite (its helper's example check, the check `generate` lists doc defects with, and
openapi-core as the suite configures it), `lint` (documented examples) and the constraint stage (a stated default,
`constraints/values.py`). Each must give the verdict the table below states.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.client import generate_client
from generator.client.contract import _first_error
from generator.constraints.values import check_values
from generator.formats import FORMAT_CHECKER, FORMATS
from generator.lint import lint_spec
from tests.modules import importable, load_file

UUID = "490a4a08-ef4b-44c5-94be-3051ef9e4fce"
# (format, value, accepted): the documented verdicts (README, "Formats")
CASES: list[tuple[str, Any, bool]] = [
    ("date-time", "2024-01-01T00:00:00Z", True),
    ("date-time", "2024-02-29T23:59:59.123+08:00", True),
    ("date-time", "2024-01-01t00:00:00z", True),  # RFC 3339 5.6: T and Z may be lower case
    ("date-time", "2024-13-01T00:00:00Z", False),  # month 13
    ("date-time", "2023-02-29T00:00:00Z", False),  # no such day
    ("date-time", "2024-01-01 00:00:00", False),  # space, no offset
    ("date-time", "20240101T000000", False),  # compact ISO 8601
    ("date-time", "2024-01-01T00:00:00", False),  # no offset
    ("date-time", "2024-01-01T00:00:00+0800", False),  # offset without a colon (ISO 8601 basic)
    ("date-time", "2024-01-01T00:00:00Z\n", False),  # a line break after it
    ("date", "2024-02-29", True),
    ("date", "2024-13-01", False),
    ("date", "2023-02-29", False),
    ("date", "20240101", False),
    ("date", "2024-1-1", False),
    ("date", "2024-01-01T00:00:00Z", False),
    ("uuid", UUID, True),
    ("uuid", UUID.upper(), True),
    ("uuid", "0", False),
    ("uuid", "not-a-uuid", False),
    ("uuid", UUID.replace("-", ""), False),  # 32 hex digits without hyphens: not the RFC 9562 text form
    ("uuid", "{" + UUID + "}", False),
    ("uuid", "urn:uuid:" + UUID, False),
    ("uuid", UUID[:-1] + "g", False),
    ("byte", "aGVsbG8=", True),
    ("byte", "U3dhZ2dlciByb2Nrcw==", True),
    ("byte", "@@@", False),
    ("byte", "abc", False),  # not a multiple of 4: padding missing
    ("byte", "aGVsbG8", False),
    ("byte", "aGVs\nbG8=", False),
    ("byte", "aGVs_bG8=", False),  # the URL-safe alphabet is not format byte
    ("ipv4", "192.168.0.1", True),
    ("ipv4", "256.1.1.1", False),
    ("ipv4", "1.2.3", False),
    ("ipv4", "01.2.3.4", False),
    ("ipv4", "::1", False),
    ("ipv6", "::1", True),
    ("ipv6", "2001:db8::1", True),
    ("ipv6", "::ffff:192.0.2.1", True),
    ("ipv6", "fe80::1%eth0", False),  # a zone is not part of the address
    ("ipv6", "1.2.3.4", False),
    ("ipv6", ":::", False),
    ("ipv6", "2001:db8::g", False),
    ("email", "user@example.com", True),
    ("email", '"john doe"@example.com', True),
    ("email", "user@[192.0.2.1]", True),
    ("email", "not-an-email", False),
    ("email", "user@", False),
    ("email", "@example.com", False),
    ("email", "a b@example.com", False),
    ("email", "user.@example.com", False),
    ("email", "user@localhost", False),  # a special-use name (email-validator)
    ("uri", "https://example.com/a?b=c", True),
    ("uri", "urn:isbn:0451450523", True),
    ("uri", "not a uri", False),
    ("uri", "/relative/path", False),  # a relative reference, not a URI
    ("uri", "example.com", False),
    ("uri", "http://exa mple.com", False),
    ("int32", 2**31 - 1, True),
    ("int32", -(2**31), True),
    ("int32", 2**31, False),
    ("int32", -(2**31) - 1, False),
    ("int64", 2**63 - 1, True),
    ("int64", 2**63, False),
]
IDS = [f"{fmt}-{value!r}" for fmt, value, _ in CASES]
INTEGER_FORMATS = ("int32", "int64")
PACKAGE = "formats_client"
HOST = "https://contract.test"


def _field(fmt: str) -> str:
    return fmt.replace("-", "_")


def _schema(fmt: str) -> dict[str, Any]:
    return {"type": "integer" if fmt in INTEGER_FORMATS else "string", "format": fmt}


def _spec() -> dict[str, Any]:
    """One operation whose body has a property of each format, one documented request example per case (line i+1 of
    `cases.rst`), and one whose query parameters are of each format."""
    fields = {_field(fmt): _schema(fmt) for fmt in FORMATS}
    examples = {f"case_{i}": {"value": {_field(fmt): value}, "x-doc-source": f"cases.rst:{i + 1}"}
                for i, (fmt, value, _) in enumerate(CASES)}
    return {
        "openapi": "3.1.0", "info": {"title": "formats", "version": "1"},
        "paths": {"/things": {
            "post": {"operationId": "create_thing", "tags": ["things"], "x-doc-source": "cases.rst:1",
                     "requestBody": {"content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/Thing"}, "examples": examples}}},
                     "responses": {"202": {"description": "accepted"}}},
            "get": {"operationId": "list_things", "tags": ["things"], "x-doc-source": "cases.rst:1",
                    "parameters": [{"name": name, "in": "query", "required": False, "schema": schema}
                                   for name, schema in fields.items()],
                    "responses": {"200": {"description": "ok"}}},
        }},
        "components": {"schemas": {"Thing": {"type": "object", "properties": fields}}},
    }


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A client and contract suite generated from `_spec()`, importable."""
    out = tmp_path_factory.mktemp("formats") / "formats"
    result = generate_client(_spec(), out, PACKAGE, accept_defects=True)  # the bad examples listed as found
    assert result.ok, result.diagnostics
    with importable(out, PACKAGE):
        yield out


@pytest.fixture(scope="module")
def helper(project: Path) -> ModuleType:
    """The generated contract suite's helper module."""
    path = project / "tests" / f"_contract_{PACKAGE}.py"
    spec = importlib.util.spec_from_file_location(f"_formats_test_{PACKAGE}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the checker ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "value", "accepted"), CASES, ids=IDS)
def test_the_checker_gives_the_documented_verdict(fmt: str, value: Any, accepted: bool) -> None:
    assert FORMATS[fmt](value) is accepted
    assert FORMAT_CHECKER.conforms(value, fmt) is accepted


def test_every_checked_format_has_good_and_bad_cases() -> None:
    for fmt in FORMATS:
        assert {accepted for f, _, accepted in CASES if f == fmt} == {True, False}, fmt


def test_other_formats_and_other_types_are_not_checked() -> None:
    """An unknown format is an annotation, and a value of another JSON type is `type`'s business, not the format's:
    both pass, as JSON Schema says."""
    for fmt in ("binary", "double", "float", "password", "unix-ms", "hostname", "time"):
        assert FORMAT_CHECKER.conforms("not anything", fmt)
    for fmt in FORMATS:
        assert FORMAT_CHECKER.conforms(12 if fmt not in INTEGER_FORMATS else "x", fmt)
        assert FORMAT_CHECKER.conforms(True, fmt)


# --- every place that checks a format -------------------------------------------------------------------------------


def _client_body(project: Path, fmt: str, value: Any) -> bool:
    """The generated client's validation of a JSON body (the call every endpoint makes before sending)."""
    validation = importlib.import_module(f"{PACKAGE}._validation")
    try:
        validation.validate_request("create_thing", {"json": {_field(fmt): value}})
    except validation.RequestValidationError as error:
        assert error.rule == "format" and error.field == _field(fmt), str(error)
        return False
    return True


def _compiled(fmt: str, value: Any) -> bool:
    """The client's compiled validator (jsonschema-rs) alone, on the body and on the query parameter: one verdict."""
    validation = importlib.import_module(f"{PACKAGE}._validation")
    body = validation._check("create_thing", "body", "").native
    query = validation._check("list_things", "query", _field(fmt)).native
    assert body is not None and query is not None, "jsonschema-rs is a dev dependency: the compiled path is tested"
    verdict = bool(body.is_valid({_field(fmt): value}))
    assert bool(query.is_valid(value)) == verdict
    return verdict


def _pure_python() -> ModuleType:
    """The client's `_validation.py` as it runs where jsonschema-rs is not installed (`jsonschema_rs` unimportable)."""
    name = f"{PACKAGE}._validation_without_jsonschema_rs"
    if name in sys.modules:
        return sys.modules[name]
    validation = importlib.import_module(f"{PACKAGE}._validation")
    module = load_file(name, validation.__file__, ["jsonschema_rs"])
    assert not module.native()
    sys.modules[name] = module
    return module


def _without_compiled(fmt: str, value: Any) -> bool:
    """The client's validation with jsonschema alone: body and query parameter."""
    validation = _pure_python()
    verdicts = set()
    for operation, kwargs in (("create_thing", {"json": {_field(fmt): value}}),
                              ("list_things", {"params": {_field(fmt): value}})):
        try:
            validation.validate_request(operation, kwargs)
        except validation.RequestValidationError as error:
            assert error.rule == "format", str(error)
            verdicts.add(False)
        else:
            verdicts.add(True)
    [verdict] = verdicts
    return verdict


def _send_query(fmt: str, value: Any, validate: bool) -> tuple[bool, httpx.Request | None]:
    """The generated endpoint called with one query parameter: (accepted by the client, the request it sent)."""
    client_module = importlib.import_module(PACKAGE)
    endpoint = importlib.import_module(f"{PACKAGE}.api.things.list_things")
    validation = importlib.import_module(f"{PACKAGE}._validation")
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200)

    client = client_module.AuthenticatedClient(base_url=HOST, token="t", prefix="", auth_header_name="X-Auth-Token",
                                               httpx_args={"transport": httpx.MockTransport(handler)})
    previous = validation._state["enabled"]
    validation.set_validation(validate)
    try:
        endpoint.sync_detailed(client=client, **{_field(fmt): value})
    except validation.RequestValidationError as error:
        assert error.rule == "format" and error.field == f"query parameter {_field(fmt)}", str(error)
        return False, None
    finally:
        validation.set_validation(previous)
    return True, sent[0]


def _openapi_core(helper: ModuleType, request: httpx.Request) -> bool:
    """openapi-core, configured as the contract suite configures it, on a captured request."""
    from openapi_core.validation.request.exceptions import ParameterValidationError, RequestBodyValidationError

    case = {"parameters": [], "path": request.url.path}
    try:
        helper.openapi_core_validate(case, request)
    except (RequestBodyValidationError, ParameterValidationError):
        return False
    return True


def _lint_verdicts() -> dict[int, bool]:
    """Per case (by its example's line): `lint` reports no format defect."""
    found = lint_spec(_spec())
    assert all(d.code == "example-forbidden-value" and "(rule `format`)" in d.message for d in found), found
    bad = {d.loc.line for d in found}
    return {i + 1: i + 1 not in bad for i in range(len(CASES))}


def _default_accepted(fmt: str, value: Any) -> bool:
    """The constraint stage keeps a stated default the field's format accepts (else it becomes `x-default`)."""
    keywords, rejected = check_values("integer" if fmt in INTEGER_FORMATS else "string", fmt, None, {"default": value})
    assert ("default" in keywords) != bool(rejected)
    return not rejected


def test_every_checker_gives_the_same_verdict(project: Path, helper: ModuleType) -> None:
    lint = _lint_verdicts()
    spec = _spec()
    disagreements = []
    for i, (fmt, value, accepted) in enumerate(CASES):
        body = {_field(fmt): value}
        body_request = httpx.Request("POST", HOST + "/things", json=body)
        query_accepted, _ = _send_query(fmt, value, validate=True)
        _, query_request = _send_query(fmt, value, validate=False)  # sent anyway, for openapi-core to judge
        assert query_request is not None
        verdicts = {
            "client (body)": _client_body(project, fmt, value),
            "client (query parameter, through the endpoint)": query_accepted,
            "client (compiled validator alone, jsonschema-rs)": _compiled(fmt, value),
            "client (jsonschema alone, jsonschema-rs not installed)": _without_compiled(fmt, value),
            "contract suite (example check)": not helper.schema_errors(_schema(fmt), value),
            "contract suite (doc defects at generate)": _first_error(spec, _schema(fmt), value) is None,
            "contract suite (openapi-core, body)": _openapi_core(helper, body_request),
            "contract suite (openapi-core, query parameter)": _openapi_core(helper, query_request),
            "lint (documented example)": lint[i + 1],
            "constraints (stated default)": _default_accepted(fmt, value),
        }
        wrong = sorted(name for name, verdict in verdicts.items() if verdict is not accepted)
        if wrong:
            disagreements.append(f"{fmt} {value!r}: {'accepted' if accepted else 'refused'} by the checker, "
                                 f"not by {', '.join(wrong)}")
    assert not disagreements, "\n".join(disagreements)


def test_the_generated_suite_lists_exactly_the_bad_examples_as_doc_defects(project: Path) -> None:
    import yaml

    defects = yaml.safe_load((project / "tests" / "doc_defects.yaml").read_text(encoding="utf-8")) or {}
    listed = {int(entry["source"].rpartition(":")[2]) for entry in defects.values()}
    assert listed == {i + 1 for i, (_, _, accepted) in enumerate(CASES) if not accepted}
    assert all([b["rule"] for b in entry["breaks"]] == ["format"] for entry in defects.values())


def test_openapi_core_checks_formats_with_the_project_checker(helper: ModuleType) -> None:
    """Not vacuous: left to itself openapi-core judges some of these values otherwise (jsonschema's `email` check
    wants only an `@`), so the suite's configuration is what makes the verdicts agree."""
    from openapi_core import OpenAPI
    from openapi_core.testing import MockRequest

    document = dict(helper.spec(), servers=[{"url": HOST}])
    default = OpenAPI.from_dict(document)
    request = httpx.Request("POST", HOST + "/things", json={"email": "user@"})
    mock = MockRequest(HOST, "post", "/things", path_pattern="/things", headers=dict(request.headers),
                       data=request.content, content_type="application/json")
    default.validate_request(mock)  # accepted
    assert not _openapi_core(helper, request)


def test_the_client_ships_the_checker_as_it_is(project: Path) -> None:
    """`_formats.py` is `generator/formats.py` byte for byte, and `_validation.py` takes its checker from there."""
    shipped = project / PACKAGE
    source = Path(__file__).resolve().parents[1] / "generator" / "formats.py"
    assert (shipped / "_formats.py").read_bytes() == source.read_bytes()
    validation = (shipped / "_validation.py").read_text(encoding="utf-8")
    assert "\nfrom ._formats import FORMAT_CHECKER, FORMATS\n" in validation and "from generator" not in validation
    setup = (project / "setup.py").read_text(encoding="utf-8")
    for requirement in ("jsonschema", "rfc3339-validator", "rfc3986-validator", "email-validator", "jsonschema-rs"):
        assert f'"{requirement} >=' in setup, requirement
    assert json.loads((shipped / "_request_schemas.json").read_text(encoding="utf-8"))["operations"]["list_things"]
