"""generator.rst.examples.curl: a curl command's method, URL and data payload."""

from __future__ import annotations

import pytest

from generator.rst.examples.block import SniffedBlock
from generator.rst.examples.sniff import sniff_block

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
