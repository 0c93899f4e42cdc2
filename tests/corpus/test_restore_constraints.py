"""Issue 3 acceptance on the restore page: the constraints its prose states, in the spec, with provenance."""

from __future__ import annotations

import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.corpus.catalogue import built
from tests.corpus.test_restore_page import PAGE, resolve, restore_variant

JSON = dict[str, Any]


@pytest.fixture(scope="module")
def spec() -> JSON:
    return built("gaussdb-opengauss").spec


@pytest.fixture(scope="module")
def body(spec: JSON) -> JSON:
    return restore_variant(spec)


def check(spec: JSON, schema: JSON, value: Any) -> bool:
    return Draft202012Validator({**schema, "components": spec["components"]}).is_valid(value)


def test_name(spec: JSON, body: JSON) -> None:
    name = body["properties"]["name"]
    assert (name["minLength"], name["maxLength"]) == (4, 64)
    assert check(spec, name, "targetInst") and check(spec, name, "a-b_1")
    assert not check(spec, name, "1abc") and not check(spec, name, "ab c") and not check(spec, name, "abc")
    assert any(src.startswith("pattern: " + PAGE) for src in name["x-constraint-source"])


def test_password(spec: JSON, body: JSON) -> None:
    pw = body["properties"]["password"]
    assert (pw["minLength"], pw["maxLength"]) == (8, 32)
    assert pw["x-password-complexity"]["min_classes"] == 3
    assert check(spec, pw, "Abcdefg1") and check(spec, pw, "abcd~12345")
    assert not check(spec, pw, "abcdefgh1") and not check(spec, pw, "******")


def test_port(spec: JSON, body: JSON) -> None:
    port = body["properties"]["port"]
    assert port["type"] == "string"
    assert port["x-numeric-range"] == {"minimum": 1024, "maximum": 39998}
    for ok in ("1024", "39998", "5432"):
        assert check(spec, port, ok), ok
    for bad in ("1023", "39999", "8000", "2378", "32124", "abc"):
        assert not check(spec, port, bad), bad


def test_time_zone(spec: JSON, body: JSON) -> None:
    tz = body["properties"]["time_zone"]
    assert all(check(spec, tz, v) for v in ("UTC+08:00", "UTC-12:00", "UTC+12:00", "UTC+00:00"))
    assert not any(check(spec, tz, v) for v in ("UTC+08:30", "UTC+13:00", "GMT+08:00"))


def test_restore_point(spec: JSON, body: JSON) -> None:
    rp = resolve(spec, body["properties"]["restore_point"])
    assert rp["properties"]["type"]["enum"] == ["backup", "timestamp"]
    rt = rp["properties"]["restore_time"]
    # a UNIX timestamp in milliseconds: the unit is a part of its format, no `x-unit` (LABELLING.md, Format)
    assert (rt["type"], rt["format"], rt["x-format"]) == ("integer", "int64", "unix-ms") and "x-unit" not in rt
    assert check(spec, rp, {"instance_id": "i", "type": "timestamp", "restore_time": 1})
    assert not check(spec, rp, {"instance_id": "i", "type": "timestamp"})  # restore_time required for timestamp
    assert check(spec, rp, {"instance_id": "i", "type": "backup", "backup_id": "b"})
    assert not check(spec, rp, {"instance_id": "i", "type": "backup"})  # backup_id required for backup


def test_enums_and_default(spec: JSON, body: JSON) -> None:
    assert resolve(spec, body["properties"]["volume"])["properties"]["type"]["enum"] == ["ULTRAHIGH"]
    assert resolve(spec, body["properties"]["charge_info"])["properties"]["charge_mode"]["enum"] == ["postPaid"]
    assert body["properties"]["enable_force_switch"]["default"] is False


def test_response_fields(spec: JSON) -> None:
    schemas = spec["paths"]["/v3/{project_id}/instances"]["post"]["responses"]["202"]["content"][
        "application/json"]["schema"]["anyOf"]
    restore = next(resolve(spec, s) for s in schemas if "RestoreDataToNewDb" in s["$ref"])
    instance = resolve(spec, restore["properties"]["instance"])
    strategy = resolve(spec, instance["properties"]["backup_strategy"])["properties"]
    assert (strategy["keep_days"]["minimum"], strategy["keep_days"]["maximum"]) == (0, 732)
    assert strategy["keep_days"]["default"] == 7
    assert strategy["start_time"]["deprecated"] is True
    ha = resolve(spec, instance["properties"]["ha"])["properties"]
    assert ha["consistency"]["enum"] == ["strong", "eventual"]
    assert ha["replication_mode"]["enum"] == ["sync"]


def test_every_keyword_has_a_source(spec: JSON) -> None:
    keywords = {"minLength", "maxLength", "pattern", "minimum", "maximum", "enum", "not", "default", "deprecated",
                "x-unit", "x-format"}
    for name, schema in spec["components"]["schemas"].items():
        for prop_name, prop in schema.get("properties", {}).items():
            added = keywords & set(prop) - ({"maxLength"} if re.search(r"String\(\d+\)", str(prop)) else set())
            if added and not (set(prop) & {"format"} and added == {"maxLength"}):
                sources = " ".join(prop.get("x-constraint-source", []))
                for k in added - {"maxLength"}:
                    assert f"{k}:" in sources or f"{k}/" in sources, (name, prop_name, k)
