"""generator.openapi.transport and the builder on the S3-style fixture pages: one operation per sub-resource (path
keys), XML bodies with their root's xml name, raw data bodies, XML samples as text examples, the AK/SK signature."""

from __future__ import annotations

from functools import cache
from typing import Any

from openapi_spec_validator import validate

from generator.diagnostics import Loc
from generator.model import Operation, PageInfo
from generator.openapi.transport import path_key
from generator.pipeline import build
from tests.conftest import FIXTURES


@cache
def _spec() -> dict[str, Any]:
    spec: dict[str, Any] = build(FIXTURES / "styles").spec
    return spec


def _op(**fields: Any) -> Operation:
    page = PageInfo(path="p.rst", loc=Loc("p.rst", 1), title="T", original_name=None, tag="t", deprecated=False,
                    description="")
    base: dict[str, Any] = dict(method="GET", path="/{ObjectName}", loc=Loc("p.rst", 1), page=page, parameters=(),
                                request=None, request_examples=(), responses=(), auth_token=False)
    return Operation(**{**base, **fields})


def test_the_path_key_labels_subresources_then_the_keys_that_tell_operations_apart_and_holds_no_query() -> None:
    assert path_key(_op()) == "/{ObjectName}"
    assert path_key(_op(subresources=("acl",))) == "/{ObjectName}#acl"
    assert path_key(_op(subresources=("tagging", "x")), ) == "/{ObjectName}#tagging&x"
    assert path_key(_op(discriminators=("partNumber", "uploadId"))) == "/{ObjectName}#partNumber&uploadId"
    assert path_key(_op(subresources=("modify",), discriminators=("position",))) == "/{ObjectName}#modify&position"


def test_operations_on_one_path_are_told_apart_and_the_spec_stays_valid() -> None:
    paths = _spec()["paths"]
    assert not any("?" in key for key in paths)
    for key in ("/#lifecycle", "/#acl", "/#policy", "/#binquota", "/{ParcelName}#partNumber&uploadId",
                "/{ParcelName}"):
        assert key in paths, key
    assert "x-variants" not in paths["/#acl"]["get"]
    validate(_spec())


def test_a_subresource_is_no_parameter_and_a_discriminating_key_is_a_required_one() -> None:
    paths = _spec()["paths"]
    (acl,) = paths["/#policy"]["delete"]["parameters"]  # the sub-resource: required, present with no value
    assert (acl["name"], acl["in"], acl["required"], acl["allowEmptyValue"], acl["x-subresource"]) == (
        "policy", "query", True, True, True)
    assert acl["schema"] == {"type": "string", "enum": [""]}
    params = {(p["in"], p["name"]): p for p in paths["/{ParcelName}#partNumber&uploadId"]["put"]["parameters"]}
    assert params[("query", "partNumber")]["required"] and params[("query", "uploadId")]["required"]
    assert params[("query", "partNumber")]["schema"]["type"] == "integer"  # from the `Type:` line
    assert params[("path", "ParcelName")]["required"]
    assert [p["name"] for p in paths["/#binquota"]["put"]["parameters"] if p["in"] == "query"] == ["binquota"]


def test_an_xml_body_is_application_xml_with_the_root_as_xml_name_and_its_samples_as_text() -> None:
    spec = _spec()
    body = spec["paths"]["/#lifecycle"]["put"]["requestBody"]["content"]
    assert list(body) == ["application/xml"]
    component = spec["components"]["schemas"][body["application/xml"]["schema"]["$ref"].rpartition("/")[2]]
    assert component["xml"] == {"name": "LifecycleConfiguration"}
    assert component["properties"]["Rule"]["type"] == "array"
    [example] = body["application/xml"]["examples"].values()
    assert isinstance(example["value"], str) and example["value"].lstrip().startswith("<?xml")
    response = spec["paths"]["/#acl"]["get"]["responses"]["200"]["content"]
    assert list(response) == ["application/xml"]


def test_raw_object_data_is_an_octet_stream_body() -> None:
    content = _spec()["paths"]["/{ParcelName}#partNumber&uploadId"]["put"]["requestBody"]["content"]
    schema = content["application/octet-stream"]["schema"]
    assert list(content) == ["application/octet-stream"]
    assert (schema["type"], schema["format"], schema["x-doc-source"]) == (
        "string", "binary", "s3_request_line_placeholders.rst:18")


def test_signed_pages_declare_the_access_key_signature() -> None:
    spec = _spec()
    scheme = spec["components"]["securitySchemes"]["AccessKeySignature"]
    assert (scheme["type"], scheme["in"], scheme["name"], scheme["x-signature-scheme"]) == (
        "apiKey", "header", "Authorization", "PSS")
    assert "signature" in scheme["description"]
    assert spec["paths"]["/#lifecycle"]["put"]["security"] == [{"AccessKeySignature": []}]
    # the token pages of the tree keep the document's X-Auth-Token security
    assert spec["security"] == [{"XAuthToken": []}]
    assert "security" not in spec["paths"]["/v2/{project_id}/fleets"]["post"]
