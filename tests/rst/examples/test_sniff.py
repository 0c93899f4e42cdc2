"""generator.rst.examples.sniff: what a block holds (JSON, HTTP envelope, XML, text, empty), whatever its text."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.rst.examples.block import REPAIR_CODES, SniffedBlock
from generator.rst.examples.sniff import sniff_block
from tests.conftest import examples

# --------------------------------------------------------------------------------------------------
# json


def test_plain_json_object() -> None:
    block = sniff_block('{\n    "server": {\n        "name": "new-server-test"\n    }\n}')
    assert block == SniffedBlock("json", {"server": {"name": "new-server-test"}}, True, (), None, None, None)


def test_plain_json_array_and_scalar() -> None:
    assert sniff_block('[\n  "baz",\n  "foo"\n]').value == ["baz", "foo"]
    scalar = sniff_block('"ok"')
    assert (scalar.kind, scalar.value, scalar.has_json) == ("json", "ok", True)


def test_request_line_then_body_is_not_a_repair() -> None:
    text = (
        "POST https://{endpoint}/v1/{project_id}/cloudservers/action\n"
        "\n"
        "{\n"
        '    "os-start": {\n'
        '        "servers": [{"id": "616fb98f-46ca-475e-917e-2563e5a8cd19"}]\n'
        "    }\n"
        "}"
    )
    block = sniff_block(text)
    assert block.kind == "json"
    assert block.value == {"os-start": {"servers": [{"id": "616fb98f-46ca-475e-917e-2563e5a8cd19"}]}}
    assert block.has_json
    assert block.repairs == ()
    assert block.error is None
    assert block.request_line == ("POST", "https://{endpoint}/v1/{project_id}/cloudservers/action")
    assert block.status is None


def test_two_request_lines_keep_the_first() -> None:
    text = (
        "PUT https://{endpoint}/v2/{project_id}/servers/{server_id}\n"
        "PUT https://{endpoint}/v2.1/{project_id}/servers/{server_id}\n"
        "\n"
        '{\n    "server": {\n        "name": "new-server-test"\n    }\n}'
    )
    block = sniff_block(text)
    assert block.request_line == ("PUT", "https://{endpoint}/v2/{project_id}/servers/{server_id}")
    assert block.value == {"server": {"name": "new-server-test"}}
    assert block.repairs == ()


def test_raw_http_request_with_headers_and_body() -> None:
    text = (
        "POST /v3/auth/tokens HTTP/1.1\n"
        "Host: iam.eu-de.otc.t-systems.com\n"
        "Content-Type: application/json;charset=utf8\n"
        "\n"
        '{"auth": {"identity": {"methods": ["password"]}}}'
    )
    block = sniff_block(text)
    assert (block.kind, block.repairs, block.request_line, block.status) == (
        "json",
        (),
        ("POST", "/v3/auth/tokens"),
        None,
    )
    assert block.value == {"auth": {"identity": {"methods": ["password"]}}}


def test_method_less_url_line_then_body() -> None:
    text = (
        "https://{Endpoint}/v3/{project_id}/instances/{instance_id}/major-version/upgrade\n"
        '{\n   "target_version":  "14.6.1"\n}'
    )
    block = sniff_block(text)
    assert block.kind == "json"
    assert block.value == {"target_version": "14.6.1"}
    assert block.repairs == ()
    assert block.request_line == (
        "",
        "https://{Endpoint}/v3/{project_id}/instances/{instance_id}/major-version/upgrade",
    )


def test_header_lines_then_body() -> None:
    block = sniff_block('Content-Type: application/json\n\n{\n    "auth": {}\n}')
    assert (block.kind, block.value, block.repairs, block.request_line, block.status) == (
        "json",
        {"auth": {}},
        (),
        None,
        None,
    )


@pytest.mark.parametrize(
    ("first_line", "status"),
    [
        ("HTTP/1.1 200 OK", "200"),
        ("HTTP/1.1 202 Accepted", "202"),
        ("200 OK", "200"),
        ("Status code: 200", "200"),
        ("Status Code: 201 Created", "201"),
    ],
)
def test_status_line_then_body(first_line: str, status: str) -> None:
    block = sniff_block(f'{first_line}\nContent-Type: application/json\n\n{{"job_id": "70a599e0"}}')
    assert (block.kind, block.value, block.repairs, block.request_line, block.status) == (
        "json",
        {"job_id": "70a599e0"},
        (),
        None,
        status,
    )


# --------------------------------------------------------------------------------------------------
# http


def test_request_line_alone_is_http() -> None:
    block = sniff_block("GET https://{endpoint}/v3/{project_id}/instances?offset=0&limit=10")
    assert block == SniffedBlock(
        "http", None, False, (), None, ("GET", "https://{endpoint}/v3/{project_id}/instances?offset=0&limit=10"), None
    )


def test_object_storage_request_with_headers_is_http() -> None:
    text = (
        "DELETE /?policy HTTP/1.1\n"
        "User-Agent: curl/7.29.0\n"
        "Host: examplebucket.obs.region.example.com\n"
        "Accept: */*\n"
        "Date: WED, 01 Jul 2015 04:20:51 GMT\n"
        "Authorization: OBS H4IPJX0TQTHTHEBQQCEC:jZiAT8Vx4azWEvPRMWi0X5BpJMA="
    )
    assert sniff_block(text) == SniffedBlock("http", None, False, (), None, ("DELETE", "/?policy"), None)


def test_status_line_with_headers_is_http() -> None:
    text = (
        "HTTP/1.1 204 No Content\n"
        "Server: OBS\n"
        "x-obs-request-id: BF260000016435D34E379ABD93320CB9\n"
        "Date: WED, 01 Jul 2015 04:20:51 GMT"
    )
    assert sniff_block(text) == SniffedBlock("http", None, False, (), None, None, "204")


def test_templated_status_line_is_http_without_code() -> None:
    block = sniff_block("HTTP/1.1 status_code\nDate: date\nContent-Length: length")
    assert (block.kind, block.status, block.request_line) == ("http", None, None)


def test_bare_path_and_header_only_blocks_are_http() -> None:
    path = sniff_block("/rds/v1/{project_id}/flavors?dbId=e8a8b8cc&region=eu-de")
    assert (path.kind, path.request_line) == ("http", ("", "/rds/v1/{project_id}/flavors?dbId=e8a8b8cc&region=eu-de"))
    headers = sniff_block("Content-Type: application/json\nX-Auth-Token: ABCDEFJ....")
    assert (headers.kind, headers.request_line, headers.status) == ("http", None, None)


def test_request_line_split_by_a_stray_space_is_joined() -> None:
    block = sniff_block("PUT https://rds.example.com/v3/{project_id}/instances/ 49b9dd1d/sql-limit/switch")
    assert block.request_line == ("PUT", "https://rds.example.com/v3/{project_id}/instances/49b9dd1d/sql-limit/switch")


def test_request_line_with_trailing_comment_or_options() -> None:
    assert sniff_block("GET /networks?router:external=True //Name in the result is returned.").request_line == (
        "GET",
        "/networks?router:external=True",
    )
    block = sniff_block('POST /v2/charts -H "X-Auth-Token:$token" -F content=@/root/chart.tgz')
    assert (block.kind, block.request_line) == ("http", ("POST", "/v2/charts"))


# --------------------------------------------------------------------------------------------------
# xml


def test_xml() -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?>\n<AccessControlPolicy xmlns="http://obs.example.com/doc/2015-06-30/">\n</AccessControlPolicy>'
    assert sniff_block(text) == SniffedBlock("xml", None, False, (), None, None, None, text)


def test_xml_body_after_request_line() -> None:
    text = (
        "PUT /?acl HTTP/1.1\nHost: bucketname.obs.region.example.com\n\n<AccessControlPolicy>\n</AccessControlPolicy>"
    )
    assert sniff_block(text) == SniffedBlock("xml", None, False, (), None, ("PUT", "/?acl"), None,
                                             "<AccessControlPolicy>\n</AccessControlPolicy>")


# --------------------------------------------------------------------------------------------------
# text and empty


@pytest.mark.parametrize(
    "text",
    [
        'echo -n "*Content to be encoded*" | base64',
        "success",
        "IyEvYmluL2Jhc2gKZWNobyB1c2VyX3Rlc3QgPiAvaG9tZS91c2VyLnR4dA==",
        '# Set form data\npayload = {\n    "auth": {\n        "identity": {}\n    }\n}',
        "password_expires_at=lt:2016-12-08T22:02:00Z",
    ],
)
def test_text(text: str) -> None:
    assert sniff_block(text) == SniffedBlock("text", None, False, (), None, None, None)


@pytest.mark.parametrize("text", ["", "   ", "\n\n  \n"])
def test_empty(text: str) -> None:
    assert sniff_block(text) == SniffedBlock("empty", None, False, (), None, None, None)


# --------------------------------------------------------------------------------------------------
# failures


def test_fragment_without_braces_fails() -> None:
    block = sniff_block('"k8sTags": {\n  "key": "value"\n}')
    assert block == SniffedBlock(
        "json", None, False, (), "line 1: fragment: an object member without the enclosing braces", None, None
    )


# --------------------------------------------------------------------------------------------------
# properties

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=25,
)


@given(_json_values)
@settings(max_examples=examples(300))
def test_any_json_value_loads_unchanged(value: Any) -> None:
    block = sniff_block(json.dumps(value, indent=2))
    assert block.kind == "json"
    assert block.has_json
    assert block.value == value
    assert block.repairs == ()
    assert block.error is None


@given(st.one_of(st.dictionaries(st.text(), _json_values, max_size=4), st.lists(_json_values, max_size=4)))
@settings(max_examples=examples(150))
def test_any_json_body_after_a_request_line(value: Any) -> None:
    block = sniff_block("POST https://{endpoint}/v1/{project_id}/x\n\n" + json.dumps(value, indent=4))
    assert (block.kind, block.value, block.repairs) == ("json", value, ())
    assert block.request_line == ("POST", "https://{endpoint}/v1/{project_id}/x")


@given(st.text())
@settings(max_examples=examples(300))
def test_never_raises_and_is_deterministic(text: str) -> None:
    block = sniff_block(text)
    assert block == sniff_block(text)
    assert list(block.repairs) == [code for code in REPAIR_CODES if code in block.repairs]
    if block.has_json:
        assert block.error is None and block.kind in ("json", "curl")
    else:
        assert block.value is None


@given(st.text(alphabet="{}[]:,\"'/*.…\n\t abc1\\", max_size=60))
@settings(max_examples=examples(500))
def test_json_like_noise_never_raises(text: str) -> None:
    block = sniff_block(text)
    if block.has_json:
        assert block.error is None
    assert block.kind in ("json", "http", "xml", "curl", "text", "empty")


# --------------------------------------------------------------------------------------------------
# after the headers


def test_a_data_placeholder_after_the_headers_is_not_a_json_array() -> None:
    text = "PUT /object01 HTTP/1.1\nHost: bucketname.obs.example.com\nContent-Length: 10240\n\n[1024 Byte data content]"
    sniffed = sniff_block(text)
    assert (sniffed.kind, sniffed.has_json, sniffed.error) == ("http", False, None)
    assert sniffed.request_line == ("PUT", "/object01")


def test_a_json_array_after_the_headers_is_still_json() -> None:
    sniffed = sniff_block('PUT /x HTTP/1.1\nHost: bucketname.obs.example.com\n\n["a b", "c"]')
    assert (sniffed.kind, sniffed.value) == ("json", ["a b", "c"])


def test_an_xml_body_keeps_its_document() -> None:
    sniffed = sniff_block("HTTP/1.1 200 OK\nServer: OBS\n\n<Location>region</Location>")
    assert (sniffed.kind, sniffed.xml, sniffed.status) == ("xml", "<Location>region</Location>", "200")
