"""Enumeration, a third battery of the forms another writer of these docs uses for the same statement (issue 10,
generalisation): a noun that names the field as the subject of its values (`The status can be ...`, `Possible
severities are ...`, `Possible statuses: ...`), a line that introduces the values of such a noun (`Currently, the
following DB engines are supported:`, `Supported protocols:`) with plain bullets under it, codes explained in a run on
one line (`0: disabled 1: enabled`, `Values: 0 - off, 1 - on`), a value label's definitions cut by semicolons, plain
values after `The value range is`, `in the range of` and `one of the following values:`. Each case fails without its
rule; the near forms below (another noun, one state named, words of prose, bounds, an open list) give no enum."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "name", "values"), [
    # a noun that names the field: the head of the opening phrase, or the field's own name
    ("Status of the instance. The status can be **ACTIVE**, **DOWN**, or **ERROR**.", "string", "x",
     ["ACTIVE", "DOWN", "ERROR"]),
    ("Instance status. The status can be ACTIVE, DOWN, or ERROR.", "string", "x", ["ACTIVE", "DOWN", "ERROR"]),
    ("Instance status. The status is **ACTIVE** or **DOWN**.", "string", "x", ["ACTIVE", "DOWN"]),
    ("Instance status. Possible statuses: **ACTIVE**, **DOWN**", "string", "x", ["ACTIVE", "DOWN"]),
    ("Specifies the alarm severity.\n\nPossible severities are **1** (critical), **2** (major), and **3** (minor).",
     "integer", "alarm_level", [1, 2, 3]),
    ("Specifies the period during which the service checks whether to raise an alarm.\n\nPossible periods are **0**, "
     "**300**, and **3600**.", "integer", "period", [0, 300, 3600]),
    ("Transport used. The protocol can be TCP or UDP.", "string", "protocol", ["TCP", "UDP"]),
    ("Disk category. Supported categories are **SSD** and **SAS**.", "string", "x", ["SSD", "SAS"]),
    # a line that introduces the values of such a noun, plain bullets under it
    ("Specifies the DB engine. Currently, the following DB engines are supported:\n\n- MySQL\n- PostgreSQL",
     "string", "type", ["MySQL", "PostgreSQL"]),
    ("Transport used. Supported protocols:\n\n- TCP\n- UDP", "string", "protocol", ["TCP", "UDP"]),
    ("Disk type. Possible types:\n\n- SSD: ultra-high I/O\n- SAS: high I/O", "string", "x", ["SSD", "SAS"]),
    # codes explained in a run on one line, after the cell's first sentence or a value label
    ("Status. 0: disabled 1: enabled", "integer", "x", [0, 1]),
    ("Status. Values: 0 - disabled, 1 - enabled", "integer", "x", [0, 1]),
    ("Status. Value: 0: disabled, 1: enabled, 2: frozen", "integer", "x", [0, 1, 2]),
    # plain bullets explained after an en dash
    ("Mode. Possible values:\n\n- x – one\n- y – two", "string", "x", ["x", "y"]),
    # a value label's definitions cut by semicolons
    ("Status. Possible values: 0: disabled; 1: enabled", "integer", "x", [0, 1]),
    ("Mode. Values: **x**: one; **y**: two; **z**: three", "string", "x", ["x", "y", "z"]),
    # plain values after more cues of the value
    ("Mode. The value must be one of the following values: x, y, z.", "string", "x", ["x", "y", "z"]),
    ("Mode. The value range is x, y, and z.", "string", "x", ["x", "y", "z"]),
    ("Mode. The value is in the range of x, y, and z.", "string", "x", ["x", "y", "z"]),
])
def test_enum_written_in_third_forms(text: str, kind: str, name: str, values: list[Any]) -> None:
    assert kw(text, kind, name=name).get("enum") == values


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a noun that is not the field, things named rather than values, one state, words of prose
    ("Instance status. The type can be **ACTIVE** or **DOWN**.", "string", "x"),
    ("Database version. Supported engines are **MySQL** and **PostgreSQL**.", "string", "version"),
    ("Instance status. The instances are **ACTIVE** and **DOWN**.", "string", "x"),
    ("Instance status. The status is **ACTIVE**.", "string", "x"),
    ("Disk status. The status can be attached or detached.", "string", "x"),
    ("Name of the disk. The name can be **a** or **b**.", "string", "x"),
    ("Instance status. The default status is **ACTIVE** or **DOWN**.", "string", "x"),
    ("Image of the server. The following regions are supported:\n\n- eu-de\n- eu-nl", "string", "image"),
    ("Transport used. Supported protocols include:\n\n- TCP\n- UDP\n- etc.", "string", "protocol"),
    # a remark that the list is open
    ("Mode. Possible values:\n\n- **x**: one\n- **y**: two\n\nOther values may be added later.", "string", "x"),
    ("Mode. Possible values include but are not limited to:\n\n- **x**: one\n- **y**: two", "string", "x"),
    ("Mode. The value can be **x** or **y**. More values will be supported in later versions.", "string", "x"),
    # bounds, a step list, an open list
    ("Count. The value range is 1, 100.", "integer", "x"),
    ("Count. The value is in the range of 0, 1, 2.", "integer", "x"),
    ("Mode. Step 1: create the pool. Step 2: attach it.", "integer", "x"),
    ("Mode. The value can be **x**, **y**, ...", "string", "x"),
    ("Mode. Possible values:\n\n- x: one\n- y: two\n- etc.", "string", "x"),
    ("Mode. Possible values:\n\n- **x**: one\n- **y**: two\n- ...", "string", "x"),
])
def test_third_near_forms_give_no_enum(text: str, kind: str, name: str) -> None:
    assert "enum" not in kw(text, kind, name=name)
