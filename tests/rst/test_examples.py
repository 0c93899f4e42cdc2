"""Tests for generator.rst.examples: sniffing example code blocks and loading their JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.rst.examples import REPAIR_CODES, SniffedBlock, sniff_block

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
# curl


def test_curl_with_quoted_data() -> None:
    text = (
        "curl -i -k -H \"X-Auth-Token:$token\" -H 'Content-Type:application/json;charset=utf8' -X PATCH "
        '-d \'{"project":{"name":"region_test2","description":"test_project_desc"}}\' '
        "https://sample.domain.com/v3/projects/23da5961c8214f5caf701c27d9703959"
    )
    block = sniff_block(text)
    assert block == SniffedBlock(
        "curl",
        {"project": {"name": "region_test2", "description": "test_project_desc"}},
        True,
        (),
        None,
        ("PATCH", "https://sample.domain.com/v3/projects/23da5961c8214f5caf701c27d9703959"),
        None,
    )


def test_curl_with_attached_data_and_bogus_first_x() -> None:
    text = (
        "curl -i -k -H 'Accept:application/json' -X \"X-Auth-Token:$token\" -X PUT "
        '-d\'{"project": {"status":"suspended"}}\'https://sample.domain.com/v3-ext/projects/5c9f5525'
    )
    block = sniff_block(text)
    assert block.kind == "curl"
    assert block.value == {"project": {"status": "suspended"}}
    assert block.request_line == ("PUT", "https://sample.domain.com/v3-ext/projects/5c9f5525")


def test_curl_without_method_and_multiline() -> None:
    text = 'curl -H \'Content-Type: application/json\' \\\n  --data \'{"group": {"name": "g1"}}\' \\\n  https://x.example.com/v3/groups'
    block = sniff_block(text)
    assert (block.kind, block.value, block.request_line) == (
        "curl",
        {"group": {"name": "g1"}},
        ("POST", "https://x.example.com/v3/groups"),
    )


@pytest.mark.parametrize("option", ["--data-raw ", "--data=", "--data-binary="])
def test_curl_long_data_options(option: str) -> None:
    block = sniff_block(f"curl -X PUT {option}'[1, 2]' https://x.example.com/v1/items")
    assert (block.kind, block.value, block.request_line) == ("curl", [1, 2], ("PUT", "https://x.example.com/v1/items"))


def test_curl_without_json_payload() -> None:
    get = sniff_block('curl -i -k -H "X-Auth-Token:$token" -X GET https://sample.domain.com/v3/groups?domain_id=ac7')
    assert get == SniffedBlock(
        "curl", None, False, (), None, ("GET", "https://sample.domain.com/v3/groups?domain_id=ac7"), None
    )
    form = sniff_block("curl -X POST -d 'SAMLResponse=PD94bWwg' https://sample.domain.com/v3.0/OS-FEDERATION/tokens")
    assert (form.kind, form.has_json, form.error) == ("curl", False, None)
    from_file = sniff_block("curl -X POST -d @${filename}.json https://sample.domain.com/v3/users/2c1c/password")
    assert (from_file.kind, from_file.has_json, from_file.request_line) == (
        "curl",
        False,
        ("POST", "https://sample.domain.com/v3/users/2c1c/password"),
    )


def test_curl_payload_is_repaired_and_reported() -> None:
    fixed = sniff_block("curl -X POST -d '{\"a\": 1,}' https://x.example.com/v1")
    assert (fixed.value, fixed.repairs) == ({"a": 1}, ("trailing-comma",))
    broken = sniff_block("curl -X POST -d '{\"a\": XXX}' https://x.example.com/v1")
    assert (broken.kind, broken.has_json, broken.value) == ("curl", False, None)
    assert broken.error == "line 1: Expecting value"


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
# repairs, one per code


def _repaired(text: str) -> tuple[Any, tuple[str, ...]]:
    block = sniff_block(text)
    assert block.kind == "json"
    assert block.has_json, block.error
    assert block.error is None
    return block.value, block.repairs


def test_repair_trailing_comma() -> None:
    text = (
        '{\n  "password_policy" : {\n    "minimum_password_age" : 20,\n'
        '    "maximum_consecutive_identical_chars" : 3 ,\n\n  }\n}'
    )
    assert _repaired(text) == (
        {"password_policy": {"minimum_password_age": 20, "maximum_consecutive_identical_chars": 3}},
        ("trailing-comma",),
    )


def test_repair_trailing_comma_run_and_array() -> None:
    text = '{\n  "user" : {\n    "email" : "",\n,\n\n  },\n  "tags": ["a", "b",]\n}'
    assert _repaired(text) == ({"user": {"email": ""}, "tags": ["a", "b"]}, ("trailing-comma",))


def test_repair_line_comment() -> None:
    text = '{\n  "project": {\n    "id": "2e93d63d",\n    "name": "MOS"   //Default project name of OBS\n  }\n}'
    assert _repaired(text) == ({"project": {"id": "2e93d63d", "name": "MOS"}}, ("comment",))


def test_repair_block_comment() -> None:
    text = '{\n  /* the zone */\n  "zoneName": "az1",\n  "hosts": null /* always\n null */\n}'
    assert _repaired(text) == ({"zoneName": "az1", "hosts": None}, ("comment",))


def test_repair_comment_then_trailing_comma() -> None:
    text = '{\n  "a": 1, // first\n  "b": 2, // second\n}'
    assert _repaired(text) == ({"a": 1, "b": 2}, ("comment", "trailing-comma"))


def test_repair_ellipsis() -> None:
    text = '{\n  "servers": [\n    {"id": "1"},\n    ...\n  ],\n  "tags": ["a", …, "b"],\n  "name": "x",\n  ...\n}'
    assert _repaired(text) == ({"servers": [{"id": "1"}], "tags": ["a", "b"], "name": "x"}, ("ellipsis",))


def test_ellipsis_as_a_value_is_not_repaired() -> None:
    block = sniff_block('{\n  "id": ...\n}')
    assert (block.kind, block.has_json, block.value) == ("json", False, None)
    assert block.error is not None and block.error.startswith("line 2: ")


def test_repair_control_characters() -> None:
    text = '{\n  "description": "Enable volume actions\n    ",\n  "alias": "os-volume-actions\tx"\n}'
    assert _repaired(text) == (
        {"description": "Enable volume actions\n    ", "alias": "os-volume-actions\tx"},
        ("control-characters",),
    )


def test_repair_single_quotes() -> None:
    text = "{\n  'name': 'it\\'s \"quoted\"',\n  'size': 40\n}"
    assert _repaired(text) == ({"name": 'it\'s "quoted"', "size": 40}, ("single-quotes",))


def test_repair_unquoted_keys() -> None:
    text = '{\n  volume: {\n    size: 40,\n    "name": "vol-1",\n    metadata.key: true\n  }\n}'
    assert _repaired(text) == (
        {"volume": {"size": 40, "name": "vol-1", "metadata.key": True}},
        ("unquoted-keys",),
    )


def test_unquoted_values_are_not_repaired() -> None:
    block = sniff_block('{\n    "error": {"message": "", "code": XXX}\n}')
    assert block == SniffedBlock("json", None, False, (), "line 2: Expecting value", None, None)


def test_repair_missing_comma() -> None:
    text = (
        "{\n"
        '    "users": [{\n'
        '        "id": "6d8b04e3",\n'
        '        "email" : ""\n'
        '        "enabled": false\n'
        '        "links": {"self": "https://x/v3/users/6d8b04e3"}\n'
        '        "pwd_status": true\n'
        "    }]\n"
        "}"
    )
    assert _repaired(text) == (
        {
            "users": [
                {
                    "id": "6d8b04e3",
                    "email": "",
                    "enabled": False,
                    "links": {"self": "https://x/v3/users/6d8b04e3"},
                    "pwd_status": True,
                }
            ]
        },
        ("missing-comma",),
    )


def test_missing_comma_on_the_same_line_is_not_repaired() -> None:
    block = sniff_block('{"a": "x" "b": "y"}')
    assert (block.kind, block.has_json, block.repairs) == ("json", False, ())
    assert block.error == "line 1: Expecting ',' delimiter"


def test_repair_several_values() -> None:
    text = '{\n  "quota": 20\n}\n{\n  "quota": 10\n}'
    assert _repaired(text) == ({"quota": 20}, ("several-values",))


def test_repair_prose_lines_before_body() -> None:
    text = 'Group quota:\n{\n    "quotas": {"resources": [{"max": 200, "type": "group"}]}\n}'
    assert _repaired(text) == ({"quotas": {"resources": [{"max": 200, "type": "group"}]}}, ("prose-lines",))


def test_repair_prose_and_header_lines_before_body() -> None:
    text = (
        "Token information stored in the response header:\n"
        "X-Subject-Token:MIIDkgYJKoZIhvcNAQcCoIIDgzCCA38CAQExDTALBglghkgBZQMEAgEwgXXXXX...\n"
        "\n"
        "Token information stored in the response body:\n"
        '{\n  "token" : {\n    "methods" : [ "password" ]\n  }\n}'
    )
    block = sniff_block(text)
    assert (block.kind, block.value, block.repairs) == ("json", {"token": {"methods": ["password"]}}, ("prose-lines",))


def test_repair_prose_lines_around_several_values() -> None:
    text = (
        "When option is set to password_regex:\n"
        '{\n  "config": {"password_regex": "^(?=.*\\\\d).{7,}$"}\n}\n'
        "When option is set to password_regex_description:\n"
        '{\n  "config": {"password_regex_description": "at least 7 characters"}\n}'
    )
    assert _repaired(text) == ({"config": {"password_regex": "^(?=.*\\d).{7,}$"}}, ("prose-lines", "several-values"))


def test_repair_trailing_text_after_body() -> None:
    text = '{\n    "spec": {"replicas": 2}\n}\'\n2. Run the following command.\ncurl -X PATCH -d @patch.json https://x'
    assert _repaired(text) == ({"spec": {"replicas": 2}}, ("prose-lines",))


def test_repairs_combine_in_stable_order() -> None:
    text = (
        "Example response:\n"
        "{\n"
        "  name: 'vm-1', // the name\n"
        '  "flavor": "s3.large.1"\n'
        '  "nics": [\n    "n1",\n    ...\n  ],\n'
        "}"
    )
    value, repairs = _repaired(text)
    assert value == {"name": "vm-1", "flavor": "s3.large.1", "nics": ["n1"]}
    assert repairs == (
        "prose-lines",
        "comment",
        "ellipsis",
        "single-quotes",
        "unquoted-keys",
        "missing-comma",
        "trailing-comma",
    )
    assert list(repairs) == [code for code in REPAIR_CODES if code in repairs]


# --------------------------------------------------------------------------------------------------
# failures


def test_fragment_without_braces_fails() -> None:
    block = sniff_block('"k8sTags": {\n  "key": "value"\n}')
    assert block == SniffedBlock(
        "json", None, False, (), "line 1: fragment: an object member without the enclosing braces", None, None
    )


def test_truncated_example_fails_with_line() -> None:
    text = '{\n    "token": {\n        "expires_at": "2019-02-13T06:52:13.855000Z",\n......'
    block = sniff_block(text)
    assert (block.kind, block.has_json, block.value, block.repairs) == ("json", False, None, ())
    assert block.error is not None
    assert block.error.startswith("line 4: ")
    assert "truncated" in block.error


def test_error_line_is_counted_within_the_block() -> None:
    text = 'POST /v3/x\n\n{\n  "a": 1,\n  "b": XXX\n}'
    block = sniff_block(text)
    assert (block.kind, block.has_json, block.request_line) == ("json", False, ("POST", "/v3/x"))
    assert block.error == "line 5: Expecting value"


def test_bare_placeholder_object_fails() -> None:
    block = sniff_block('{\n   "success"\n}')
    assert (block.kind, block.has_json, block.error) == ("json", False, "line 3: Expecting ':' delimiter")


def test_non_standard_constants_are_rejected() -> None:
    block = sniff_block('{"a": NaN}')
    assert (block.kind, block.has_json, block.value) == ("json", False, None)
    assert block.error == "non-standard constant NaN"


# --------------------------------------------------------------------------------------------------
# text inside strings is never altered


def test_strings_are_never_altered_by_repairs() -> None:
    tricky = {
        "url": "https://sample.domain.com//v3",
        "comma": ",}",
        "bracket": ",]",
        "dots": "...",
        "unicode": "wait…",
        "comment": "/* keep */ // keep",
        "quote": "it's",
        "key": "a: b",
        "escaped": 'say "hi",}',
    }
    body = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in tricky.items())
    block = sniff_block("{\n" + body + ",\n  // a real comment\n}")
    assert block.value == tricky
    assert block.repairs == ("comment", "trailing-comma")


def test_strings_inside_missing_comma_and_ellipsis_repairs_are_kept() -> None:
    text = '{\n  "a": "x, \\"y\\": 1"\n  "b": ["...", ...]\n}'
    assert _repaired(text) == ({"a": 'x, "y": 1', "b": ["..."]}, ("ellipsis", "missing-comma"))


# --------------------------------------------------------------------------------------------------
# properties

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=25,
)


@given(_json_values)
@settings(max_examples=300)
def test_any_json_value_loads_unchanged(value: Any) -> None:
    block = sniff_block(json.dumps(value, indent=2))
    assert block.kind == "json"
    assert block.has_json
    assert block.value == value
    assert block.repairs == ()
    assert block.error is None


@given(st.one_of(st.dictionaries(st.text(), _json_values, max_size=4), st.lists(_json_values, max_size=4)))
@settings(max_examples=150)
def test_any_json_body_after_a_request_line(value: Any) -> None:
    block = sniff_block("POST https://{endpoint}/v1/{project_id}/x\n\n" + json.dumps(value, indent=4))
    assert (block.kind, block.value, block.repairs) == ("json", value, ())
    assert block.request_line == ("POST", "https://{endpoint}/v1/{project_id}/x")


@given(st.text())
@settings(max_examples=300)
def test_never_raises_and_is_deterministic(text: str) -> None:
    block = sniff_block(text)
    assert block == sniff_block(text)
    assert list(block.repairs) == [code for code in REPAIR_CODES if code in block.repairs]
    if block.has_json:
        assert block.error is None and block.kind in ("json", "curl")
    else:
        assert block.value is None


@given(st.text(alphabet="{}[]:,\"'/*.…\n\t abc1\\", max_size=60))
@settings(max_examples=500)
def test_json_like_noise_never_raises(text: str) -> None:
    block = sniff_block(text)
    if block.has_json:
        assert block.error is None
    assert block.kind in ("json", "http", "xml", "curl", "text", "empty")


# --------------------------------------------------------------------------------------------------
# values JSON syntax allows but no spec can hold


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('{\n  "size": 1e999\n}', "line 2: the number 1e999 is beyond a 64-bit float"),
        ('{"a": [1, -1E+400]}', "line 1: the number -1E+400 is beyond a 64-bit float"),
        ('{\n  "a": "ok",\n  "b": "x\\ud800y"\n}', "line 3: \\ud800 is one half of a UTF-16 surrogate pair"),
        ('{"\\udfff": 1}', "line 1: \\udfff is one half of a UTF-16 surrogate pair"),
        ('POST /v1/x\n\n{\n  "a": "\\ud83d\\ude00",\n  "b": "\\udc00",\n}', "line 5: \\udc00 is one half"),
    ],
)
def test_an_infinite_number_or_a_lone_surrogate_is_not_loaded(text: str, error: str) -> None:
    block = sniff_block(text)
    assert block.kind == "json" and not block.has_json and block.value is None
    assert block.error is not None and block.error.startswith(error), block.error


def test_a_surrogate_pair_and_a_tiny_number_still_load() -> None:
    block = sniff_block('{"smile": "\\ud83d\\ude00", "tiny": 1e-999, "big": 1e308}')
    assert block.value == {"smile": "\U0001f600", "tiny": 0.0, "big": 1e308}


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
