"""Each rule of the table on real phrasings from CORPUS.md and the restore page; each keyword has a test that
fails without its rule."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.constraints.engine import constrain_cell
from generator.constraints.rules import Cell, normalise_labelled, range_pattern


def kw(text: str, kind: str = "string", name: str = "x", siblings: tuple[str, ...] = (),
       item_kind: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in constrain_cell(Cell(name=name, kind=kind, text=text, siblings=siblings, item_kind=item_kind)):
        out.setdefault(f.keyword, f.value)
    return out


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("The name must consist of 4 to 64 characters and start with a letter.", 4, 64),
    ("It contains 0 to 100 characters.", 0, 100),
    ("The value is fixed at 36 bytes.", 36, 36),
    ("Length: 10 to 30,000 characters", 10, 30000),
    ("with a length greater than 0 bytes and less than 243 bytes.", 1, 242),
])
def test_length(text: str, lo: int, hi: int) -> None:
    got = kw(text)
    assert (got.get("minLength"), got.get("maxLength")) == (lo, hi)


def test_length_max_only_and_not_blank() -> None:
    assert kw("Description of an agency, which can contain up to 255 characters.")["maxLength"] == 255
    assert kw("The value cannot be left blank.")["minLength"] == 1


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Port number, ranging from 1024 to 39998.", "integer", {"minimum": 1024, "maximum": 39998}),
    ("Value range: 1-2000", "integer", {"minimum": 1, "maximum": 2000}),
    ("Value: **0** to **732**.", "integer", {"minimum": 0, "maximum": 732}),
    ("The size must be less than or equal to 80 GiB.", "integer", {"maximum": 80}),
    ("The value must be greater than 0.", "integer", {"exclusiveMinimum": 0}),
    ("The value cannot be a negative number. The minimum value is **1**.", "integer", {"minimum": 1}),
])
def test_numeric_range(text: str, kind: str, expected: dict[str, Any]) -> None:
    got = kw(text, kind)
    assert {k: got[k] for k in expected if k in got} == expected


def test_range_on_a_string_port_becomes_a_pattern() -> None:
    findings = {f.keyword: f.value for f in constrain_cell(Cell("port", "string", "Port, ranging from 1024 to 39998."))}
    assert findings["minimum"] == 1024 and findings["maximum"] == 39998  # the engine turns these into a pattern
    rx = re.compile(range_pattern(1024, 39998))
    assert rx.match("1024") and rx.match("39998") and not rx.match("1023") and not rx.match("39999")


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Restoration type. Value:\n\n- **backup**: restore from a backup.\n- **timestamp**: point in time.", "string",
     ["backup", "timestamp"]),
    ("The value can be **bandwidth** or **traffic**.", "string", ["bandwidth", "traffic"]),
    ("Valid value: ALL INFO LOG", "string", ["ALL", "INFO", "LOG"]),
    ("Enumeration values:\n\n- id_token\n- code", "string", ["id_token", "code"]),
    ("The value can only be **true** or **false**.", "boolean", [True, False]),
    ("**Range**\n\n- **anti-affinity**: different hosts.", "string", ["anti-affinity"]),
    ("Only **ULTRAHIGH** is supported, which indicates the local disk.", "string", ["ULTRAHIGH"]),
    ("Billing mode. **postPaid**: pay-per-use billing.", "string", ["postPaid"]),
])
def test_enum(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind)["enum"] == values


def test_enum_applies_to_the_items_of_an_array_of_strings() -> None:
    assert kw("**Range**\n\n- **anti-affinity**: x", "array", item_kind="string")["enum"] == ["anti-affinity"]


def test_example_values_are_not_an_enum() -> None:
    assert "enum" not in kw("Example value:\n\n- 08:15-09:15\n- 23:00-00:00")
    assert "enum" not in kw("The default value is **64**.", "integer")


def test_excluded_values() -> None:
    text = ("It cannot be set to the default value **8000**. The following ports are not allowed: 2378, 2379, "
            "and 32124.")
    assert kw(text, "string")["not"] == {"enum": ["8000", "2378", "2379", "32124"]}
    assert kw(text, "integer")["not"] == {"enum": [8000, 2378, 2379, 32124]}


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("It must start with a letter. It can contain only letters (case-sensitive), digits, hyphens (-), and "
     "underscores (_).", ["a-b_1", "Abcd"], ["1abc", "a b", "a.b"]),
    ("It cannot contain the following special characters: >!<\"&'=", ["daily backup"], ["a<b", "x=y"]),
    ("The value cannot start with **_sys_**.", ["env"], ["_sys_x"]),
    ("The value cannot contain only asterisks (`*`).", ["*abc"], ["***"]),
])
def test_pattern(text: str, good: list[str], bad: list[str]) -> None:
    rx = re.compile(kw(text)["pattern"])
    assert all(rx.search(v) for v in good) and not any(rx.search(v) for v in bad)


def test_password_complexity_is_checkable() -> None:
    text = ("Consist of 8 to 32 characters and include at least three of the following: uppercase letters, lowercase "
            "letters, digits, and special characters `~!@#%^*-_=+?,`.")
    got = kw(text)
    rx = re.compile(got["pattern"])
    assert rx.match("Abcdefg1") and rx.match("abc1~def") and not rx.match("abcdefgh") and not rx.match("Abcdefgh")
    assert not rx.match("Abc1$def")  # `$` is not an allowed special character
    assert got["x-password-complexity"]["min_classes"] == 3
    assert (got["minLength"], got["maxLength"]) == (8, 32)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("If this parameter is not specified or is set to **0**, the default value **7** is used.", "integer", 7),
    ("The default value is 10.", "integer", 10),
    ("Default value: 10", "integer", 10),
    ("**true**: enabled. **false**: (default value) disabled.", "boolean", False),
    ("**Default Value**\n\nv3", "string", "v3"),
])
def test_default(text: str, kind: str, value: Any) -> None:
    got = kw(text, kind)["default"]
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(("text", "kind", "key", "value"), [
    ("The format is yyyy-mm-ddThh:mm:ssZ.", "string", "format", "date-time"),
    ("in the format of yyyy-MM-dd'T'HH:mm:ss'Z'", "string", "format", "date-time"),
    ("The value is in UUID format.", "string", "format", "uuid"),
    ("Time in the UNIX timestamp format. The unit is millisecond.", "integer", "x-format", "unix-ms"),
    ("the value ranges from UTC-12:00 to UTC+12:00 at the full hour.", "string", "x-format", "utc-offset"),
])
def test_format(text: str, kind: str, key: str, value: str) -> None:
    assert kw(text, kind)[key] == value


def test_whole_hour_time_zone_pattern() -> None:
    rx = re.compile(kw("The value ranges from UTC-12:00 to UTC+12:00 at the full hour.")["pattern"])
    assert rx.match("UTC+08:00") and rx.match("UTC-12:00") and not rx.match("UTC+08:30")
    assert not rx.match("UTC+13:00")


@pytest.mark.parametrize("text", ["This field has been discarded.", "Not used currently.", "The reserved field.",
                                  "This parameter is to be discarded."])
def test_deprecated(text: str) -> None:
    assert kw(text)["deprecated"] is True


def test_deprecated_value_is_not_a_deprecated_field() -> None:
    assert "deprecated" not in kw("- **DEPRECATED**: The version is a deprecated version.")


def test_conditionally_mandatory_becomes_if_then_on_the_parent() -> None:
    text = ("Value:\n\n- **backup**: In this mode, **type** is optional and **backup_id** is mandatory.\n"
            "- **timestamp**: In this mode, **type** and **restore_time** are both mandatory.")
    findings = [f for f in constrain_cell(Cell("type", "string", text, ("backup_id", "restore_time")))
                if f.keyword == "if"]
    assert [(f.value["value"], f.value["required"]) for f in findings] == [
        ("backup", ["backup_id"]), ("timestamp", ["type", "restore_time"])]


def test_conditionally_mandatory_with_a_sibling_value() -> None:
    text = "This field is required only if **access_mode** is set to **program_console**."
    (f,) = [f for f in constrain_cell(Cell("response_type", "string", text, ("access_mode",))) if f.keyword == "if"]
    assert f.value == {"field": "access_mode", "value": "program_console", "required": ["response_type"]}


def test_conditionally_mandatory_without_a_sibling_value_is_kept_as_text() -> None:
    text = "If token-based authentication is used, this parameter is mandatory."
    assert kw(text)["x-required-when"].startswith("If token-based")


@pytest.mark.parametrize(("text", "unit"), [("Storage space in GB.", "GB"), ("(unit: Mi)", "Mi"),
                                            ("The unit is millisecond.", "ms"), ("Duration (minutes)", "min")])
def test_unit(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


def test_labelled_blocks() -> None:
    text = ("**Definition**\n\nAPI version.\n\n**Constraints**\n\nN/A\n\n**Range**\n\n- **v3**: version 3\n"
            "- **v2**: version 2\n\n**Default Value**\n\nv3")
    assert "Range:" in normalise_labelled(text)
    got = kw(text)
    assert got["enum"] == ["v3", "v2"] and got["default"] == "v3"


def test_ambiguous_sentences_give_nothing() -> None:
    assert kw("For details, see Table 3.") == {}
    assert kw("The value cannot be changed.") == {}
