"""generator.rst.examples.json_body: a JSON body loaded, repaired one code at a time, or a failure with its line."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.rst.examples.block import REPAIR_CODES, SniffedBlock
from generator.rst.examples.sniff import sniff_block

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
