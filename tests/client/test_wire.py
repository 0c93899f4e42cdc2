"""What a client of S3-style operations sends and reads (`generator/client/runtime_wire.py`, shipped as `_wire.py`):
the sub-resource of the path key stays in the URL beside the query parameters (httpx would drop it), the `#` label
is never sent, XML bodies are written and read by the spec schema. Checked on the wire (httpx.MockTransport) with a
client generated from the S3-style fixture pages."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest

from generator.client import generate_client
from generator.client.runtime_wire import from_xml, prepare_request, to_xml
from generator.pipeline import build
from tests.conftest import FIXTURES
from tests.modules import importable

PACKAGE = "parcel_client"
PAGES = ("s3_element_tables", "s3_element_outline", "s3_request_line_placeholders", "s3_subresource_in_example",
         "s3_syntax_without_body")
COMPONENTS: dict[str, Any] = {
    "Policy": {"type": "object", "xml": {"name": "Policy"}, "properties": {
        "Rule": {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}},
        "Quiet": {"type": "boolean"}}},
    "Rule": {"type": "object", "properties": {"Days": {"type": "integer"}, "ID": {"type": "string"}}},
}


def test_the_subresource_stays_and_the_parameters_follow_it() -> None:
    kwargs = prepare_request("any", {"method": "get", "url": "/obj?tagging", "params": {"versionId": "v 1"}})
    assert kwargs == {"method": "get", "url": "/obj?tagging&versionId=v+1"}
    assert prepare_request("any", {"method": "get", "url": "/?acl", "params": {}})["url"] == "/?acl"


def test_the_label_is_dropped_and_the_parameters_stay_parameters() -> None:
    kwargs = prepare_request("any", {"method": "delete", "url": "/obj#uploadId", "params": {"uploadId": "U"}})
    assert kwargs == {"method": "delete", "url": "/obj", "params": {"uploadId": "U"}}


def test_xml_is_written_and_read_by_the_schema() -> None:
    value = {"Rule": [{"ID": "a", "Days": 3}, {"Days": 4}], "Quiet": True}
    data = to_xml({"$ref": "#/components/schemas/Policy"}, value, COMPONENTS)
    root = ElementTree.fromstring(data)
    assert root.tag == "Policy"
    assert [e.tag for e in root] == ["Rule", "Rule", "Quiet"] and root.find("Quiet").text == "true"  # type: ignore[union-attr]
    assert from_xml({"$ref": "#/components/schemas/Policy"}, data, COMPONENTS) == value
    # one element of an array is still a list; an undocumented element is kept as text
    one = from_xml(COMPONENTS["Policy"], "<Policy xmlns='urn:x'><Rule><Days>7</Days></Rule><Extra>e</Extra></Policy>",
                   COMPONENTS)
    assert one == {"Rule": [{"Days": 7}], "Extra": "e"}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    docs = tmp_path_factory.mktemp("docs")
    for page in PAGES:
        shutil.copy(FIXTURES / "styles" / f"{page}.rst", docs / f"{page}.rst")
    out = tmp_path_factory.mktemp("client") / "parcel"
    result = generate_client(build(docs).spec, out, PACKAGE)
    assert result.ok, [str(d) for d in result.diagnostics]
    with importable(out, PACKAGE):
        yield importlib.import_module(PACKAGE)


def _call(client: ModuleType, module: str, *args: Any, answer: httpx.Response | None = None,
          **kwargs: Any) -> tuple[httpx.Request, Any]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer or httpx.Response(200)

    api = importlib.import_module(f"{PACKAGE}.api.default.{module}")
    authenticated = client.AuthenticatedClient(
        base_url="https://examplebin.parcel.example.com", token="PSS AK:signature", prefix="",
        auth_header_name="Authorization", httpx_args={"transport": httpx.MockTransport(handler)})
    response = api.sync_detailed(*args, client=authenticated, **kwargs)
    [request] = sent
    return request, response


def test_an_xml_body_goes_out_as_xml_to_its_subresource(client: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    body = models.ConfigureBinLifecycleRulesRequest.from_dict(
        {"Rule": [{"ID": "old", "Status": "Enabled", "Expiration": {"Days": 30}}]})
    request, _ = _call(client, "configure_bin_lifecycle_rules", body=body, content_md5="Zm9vYmFy")
    assert (request.method, request.url.raw_path) == ("PUT", b"/?lifecycle")
    assert request.headers["content-type"] == "application/xml"
    assert request.headers["authorization"] == "PSS AK:signature"
    root = ElementTree.fromstring(request.content)
    assert root.tag == "LifecycleConfiguration"
    assert root.findtext("Rule/Expiration/Days") == "30" and root.findtext("Rule/Status") == "Enabled"


def test_required_keys_travel_as_parameters_and_raw_data_as_the_body(client: ModuleType) -> None:
    types = importlib.import_module(f"{PACKAGE}.types")
    part = types.File(payload=b"0123456789")
    request, _ = _call(client, "upload_part_of_parcel", "dir/parcel 7", part_number=3, upload_id="U1", body=part)
    assert (request.method, request.url.raw_path) == ("PUT", b"/dir%2Fparcel%207?partNumber=3&uploadId=U1")
    assert request.content == b"0123456789"


def test_a_table_under_a_bodiless_syntax_is_query_parameters(client: ModuleType) -> None:
    request, _ = _call(client, "delete_parcel", "parcel-7", version_id="v2")
    assert (request.method, request.url.raw_path, request.content) == ("DELETE", b"/parcel-7?versionId=v2", b"")


def test_a_subresource_shown_only_in_the_sample_is_sent(client: ModuleType) -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    request, _ = _call(client, "configure_bin_quota", body=models.ConfigureBinQuotaRequest(quota=5))
    assert (request.url.raw_path, json.loads(request.content)) == (b"/?binquota", {"quota": 5})


def test_an_xml_response_is_read_into_the_models(client: ModuleType) -> None:
    answer = httpx.Response(200, headers={"content-type": "application/xml"}, content=(
        b"<?xml version='1.0'?><AccessControlPolicy xmlns='urn:x'><Owner><ID>o1</ID></Owner><AccessControlList>"
        b"<Grant><Grantee><ID>g1</ID></Grantee><Permission>READ</Permission></Grant></AccessControlList>"
        b"</AccessControlPolicy>"))
    request, response = _call(client, "obtain_acl_of_bin", answer=answer)
    assert request.url.raw_path == b"/?acl"
    assert response.parsed.to_dict() == {"Owner": {"ID": "o1"}, "AccessControlList": {
        "Grant": [{"Grantee": {"ID": "g1"}, "Permission": "READ"}]}}


def test_the_contract_suite_of_the_fixture_client_passes(client: ModuleType) -> None:
    project = Path(client.__file__ or "").parents[1]
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(project / "tests")],
                         capture_output=True, text=True, check=False, cwd=project)
    assert run.returncode == 0, run.stdout[-3000:]
