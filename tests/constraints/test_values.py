"""Every value a keyword states is one the field accepts: a `default` or `enum` member that the field's own
keywords reject (`format` included, int32/int64 ranges too) never reaches the keyword, so the spec validates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.constraints.values import check_values, contradictions
from generator.pipeline import build


@pytest.mark.parametrize(("kind", "fmt", "keywords", "expected"), [
    # geminidb: `'30' is not a 'date-time'`; virtual-private-network: `'0' is not a 'uuid'`
    ("string", "date-time", {"default": "30"}, {"x-default": "30"}),
    ("string", "uuid", {"default": "0"}, {"x-default": "0"}),
    ("string", "date", {"default": "today"}, {"x-default": "today"}),
    ("integer", "int32", {"default": 2 ** 31}, {"x-default": 2 ** 31}),
    ("integer", "int64", {"default": 2 ** 63}, {"x-default": 2 ** 63}),
    ("integer", "int64", {"default": 2 ** 63 - 1}, {"default": 2 ** 63 - 1}),
    ("string", "date-time", {"default": "2024-01-01T00:00:00Z"}, {"default": "2024-01-01T00:00:00Z"}),
    ("string", None, {"pattern": "^UTC[+-]\\d{2}:00$", "default": "UTC"},
     {"pattern": "^UTC[+-]\\d{2}:00$", "x-default": "UTC"}),
    ("string", None, {"enum": ["low", "high"], "default": "medium"}, {"enum": ["low", "high"], "x-default": "medium"}),
    # an enum member the field's own pattern/length/format rejects is dropped, and kept as an annotation
    ("string", None, {"enum": ["fast", "careful"], "maxLength": 4},
     {"enum": ["fast"], "maxLength": 4, "x-enum-outside-schema": ["careful"]}),
    ("string", "uuid", {"enum": ["0", "6e3c4bb0-5a6a-4b5e-9f5c-3f8d4a1b2c3d"]},
     {"enum": ["6e3c4bb0-5a6a-4b5e-9f5c-3f8d4a1b2c3d"], "x-enum-outside-schema": ["0"]}),
    ("string", None, {"enum": ["a-1", "b-2"], "pattern": "^[a-z]+$"},
     {"pattern": "^[a-z]+$", "x-enum-outside-schema": ["a-1", "b-2"]}),  # none left: no enum
    ("integer", "int32", {"enum": [1, 2 ** 40]}, {"enum": [1], "x-enum-outside-schema": [2 ** 40]}),
    # the default is checked against the enum that is left
    ("string", None, {"enum": ["fast", "careful"], "maxLength": 4, "default": "careful"},
     {"enum": ["fast"], "maxLength": 4, "x-enum-outside-schema": ["careful"], "x-default": "careful"}),
    ("string", None, {"enum": ["fast", "slow"], "default": "slow"}, {"enum": ["fast", "slow"], "default": "slow"}),
])
def test_check_values(kind: str, fmt: str | None, keywords: dict[str, Any], expected: dict[str, Any]) -> None:
    got, rejected = check_values(kind, fmt, None, keywords)
    assert got == expected
    assert bool(rejected) == (got != keywords)


def test_max_length_from_the_type_counts() -> None:  # `String(4)`
    got, [rejected] = check_values("string", None, 4, {"default": "toolong"})
    assert got == {"x-default": "toolong"} and rejected.reason.startswith("maxLength")


PAGE = """\
:original_name: clock.html

.. _clock:

Setting the Depot Clock
=======================

URI
---

PUT /v1/{project_id}/clock

.. table:: **Table 1** URI parameters

   ========== ========= ====== ===========
   Parameter  Mandatory Type   Description
   ========== ========= ====== ===========
   project_id Yes       String Project ID.
   ========== ========= ====== ===========

Request
-------

.. table:: **Table 2** Request parameters

   ========== ========= ================ ==============================================================================
   Parameter  Mandatory Type             Description
   ========== ========= ================ ==============================================================================
   start_time No        String           Start time, in the yyyy-mm-ddThh:mm:ssZ format. The default value is **30**.
   vpc_id     No        String           VPC ID, in UUID format. The default value is **0**.
   big        No        Long             Big number. The default value is **9999999999999999999**.
   mode       No        String           Mode. It contains 1 to 4 characters. It can be **fast** or **careful**.
   codes      No        Array of strings Codes. Each contains 1 to 3 characters. It can be **abc** or **abcd**.
   ========== ========= ================ ==============================================================================

Status Codes
------------

=========== ================================
Status Code Description
=========== ================================
204         The clock has been set.
=========== ================================
"""


def test_values_the_field_rejects_stay_out_of_the_keywords_and_the_spec_validates(tmp_path: Path) -> None:
    (tmp_path / "clock.rst").write_text(PAGE, encoding="utf-8")
    result = build(tmp_path)
    validate(result.spec)
    [body] = [s for n, s in result.spec["components"]["schemas"].items() if n.endswith("Request")]
    props = body["properties"]
    assert props["start_time"]["format"] == "date-time" and props["start_time"]["x-default"] == "30"
    assert props["vpc_id"]["format"] == "uuid" and props["vpc_id"]["x-default"] == "0"
    assert props["big"]["format"] == "int64" and props["big"]["x-default"] == 9999999999999999999
    assert not any("default" in p for p in props.values())
    assert props["mode"]["enum"] == ["fast"] and props["mode"]["x-enum-outside-schema"] == ["careful"]
    assert props["codes"]["items"]["enum"] == ["abc"] and props["codes"]["items"]["x-enum-outside-schema"] == ["abcd"]
    sources = props["mode"]["x-constraint-source"]
    assert any(s.startswith("x-enum-outside-schema: clock.rst:") for s in sources)
    by_code: dict[str, list[str]] = {}
    for d in result.diagnostics:
        by_code.setdefault(d.code, []).append(d.message)
    assert sorted(m.split("`")[1] for m in by_code["default-outside-schema"]) == ["big", "start_time", "vpc_id"]
    assert any('"30" is not a "date-time"' in m for m in by_code["default-outside-schema"])
    assert sorted(m.split("`")[1] for m in by_code["enum-outside-schema"]) == ["codes[]", "mode"]
    assert "internal-error" not in by_code


@pytest.mark.parametrize(("kind", "max_length", "keywords", "expected"), [
    ("integer", None, {"minimum": 0, "exclusiveMaximum": 0}, [("minimum", "exclusiveMaximum")]),
    ("integer", None, {"minimum": 10, "maximum": 5}, [("minimum", "maximum")]),
    ("integer", None, {"exclusiveMinimum": 32, "maximum": 30}, [("exclusiveMinimum", "maximum")]),
    ("integer", None, {"exclusiveMinimum": 4, "exclusiveMaximum": 5}, [("exclusiveMinimum", "exclusiveMaximum")]),
    ("number", None, {"exclusiveMinimum": 4, "exclusiveMaximum": 5}, []),  # 4.5
    ("number", None, {"minimum": 5, "maximum": 5}, []),
    ("number", None, {"minimum": 5, "exclusiveMaximum": 5}, [("minimum", "exclusiveMaximum")]),
    ("integer", None, {"minimum": 1, "maximum": 30, "exclusiveMinimum": 32},
     [("exclusiveMinimum", "maximum")]),
    ("integer", None, {"minimum": 0, "maximum": 0}, []),
    ("string", 8, {"minLength": 10}, [("minLength", "maxLength")]),
    ("string", None, {"minLength": 10, "maxLength": 4}, [("minLength", "maxLength")]),
    ("string", 64, {"minLength": 10, "maxLength": 64}, []),
    ("string", None, {"minimum": 5, "maximum": 1}, []),  # not a number's keywords: validators ignore them
])
def test_contradictions(kind: str, max_length: int | None, keywords: dict[str, Any],
                        expected: list[tuple[str, str]]) -> None:
    assert [c.keywords for c in contradictions(kind, max_length, keywords)] == expected
