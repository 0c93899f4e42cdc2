"""Enumeration, a second battery of the forms another writer of these docs uses for the same statement (issue 10,
generalisation): plain values after `which can be`, an instruction whose object is the field (`Set it to **x** or
**y**.`), a sentence of bold values alone, a note in brackets after a plain value, `one of the following:`, values
joined by slashes or semicolons, plain bullets explained with `indicates`, single-quoted values, more subjects of
`can be`. Each case fails without its rule; the near forms below give no enum."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "values"), [
    # `<phrase>, which can be x or y` with plain words of code
    ("Sort order, which can be asc or desc.", "string", ["asc", "desc"]),
    ("Billing mode, which can be prePaid or postPaid.", "string", ["prePaid", "postPaid"]),
    ("Protocol used for sending requests, which can be either HTTP or HTTPS.", "string", ["HTTP", "HTTPS"]),
    # an instruction whose object is the field
    ("Mode. Set it to **x** or **y**.", "string", ["x", "y"]),
    ("Mode. Specify it to **x** or **y**.", "string", ["x", "y"]),
    ("Mode. Set this parameter to **x** or **y**.", "string", ["x", "y"]),
    ("Mode. Set the value to **x** or **y**.", "string", ["x", "y"]),
    ("Sorting order. You can set this parameter to **desc** (descending order) and **asc** (ascending order).",
     "string", ["desc", "asc"]),
    ("Mode. Set it to x or y.", "string", ["x", "y"]),
    ("Specifies a remote login mode. Set it to **novnc**.", "string", ["novnc"]),
    # the subject left out, or a sentence of bold values alone
    ("Mode. Can be **x** or **y**.", "string", ["x", "y"]),
    ("Mode. **x** or **y**.", "string", ["x", "y"]),
    ("Mode. **x**, **y**, or **z**.", "string", ["x", "y", "z"]),
    # plain values with a note in brackets
    ("Method. Value: GET or POST (default)", "string", ["GET", "POST"]),
    ("Method. Possible values: GET (default), POST", "string", ["GET", "POST"]),
    ("Method. The value can be GET or POST (default).", "string", ["GET", "POST"]),
    ("Status. Possible values are 0 (disabled) and 1 (enabled).", "integer", [0, 1]),
    ("Status. Values: 0 (disabled), 1 (enabled).", "integer", [0, 1]),
    ("Mode. The value can be x (one) or y (two).", "string", ["x", "y"]),
    # `one of the following:` with a colon, `The value is one of`
    ("Mode. The value can be one of the following: x, y, z.", "string", ["x", "y", "z"]),
    ("Mode. The value must be one of: x, y.", "string", ["x", "y"]),
    ("Mode. The value is one of the following: x, y", "string", ["x", "y"]),
    ("Mode. The value must be one of the following values: **x**, **y**.", "string", ["x", "y"]),
    # values joined by slashes after a cue of a choice, the two of a flag after any value cue
    ("Mode. Possible values: x/y/z.", "string", ["x", "y", "z"]),
    ("Mode. The value can be x/y/z.", "string", ["x", "y", "z"]),
    ("Protocol. Possible values: TCP/UDP/ICMP", "string", ["TCP", "UDP", "ICMP"]),
    ("Whether enabled. Value: true/false", "boolean", [True, False]),
    # values joined by semicolons
    ("Mode. Values: **x**; **y**.", "string", ["x", "y"]),
    ("Mode. Value range: x; y; z", "string", ["x", "y", "z"]),
    # plain bullets explained with `indicates`, single-quoted values
    ("Mode. Value:\n\n- x indicates one.\n- y indicates two.", "string", ["x", "y"]),
    ("Mode. Value range: 'x', 'y'", "string", ["x", "y"]),
    ("Mode. The value can be 'x' or 'y'.", "string", ["x", "y"]),
    # more subjects of `can be` / `is`
    ("Mode. Values can be **x** or **y**.", "string", ["x", "y"]),
    ("Mode. The valid value is **x** or **y**.", "string", ["x", "y"]),
    ("Mode. The value range is **x**, **y**.", "string", ["x", "y"]),
    # a media type with its parameter is one value, not two
    ("Message body type. Possible values:\n\napplication/json;charset=utf-8\n\napplication/json", "string",
     ["application/json;charset=utf-8", "application/json"]),
])
def test_enum_written_in_more_forms(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind).get("enum") == values


@pytest.mark.parametrize(("text", "kind"), [
    # one value explained, maybe among others; an open list; an example
    ("Mode. The value can be **x**, which indicates one.", "string"),
    ("Mode. Values such as:\n\n- x\n- y", "string"),
    ("Mode. Value: **x**, for example.", "string"),
    ("Mode. The value can be x, y, etc.", "string"),
    # an instruction that names fields, another field, or says what a value is for
    ("You must specify either **metric** or **event**.", "string"),
    ("Specify either **ip_range** or **group**.", "string"),
    ("Mode. Set **type** to **x** or **y**.", "string"),
    ("Mode. Set it to **x** or **y** to enable the cache.", "string"),
    ("Mode. The value of **type** can be **x** or **y**.", "string"),
    ("Mode. If **type** is **z**, the value can be **x** or **y**.", "string"),
    ("Mode. **x** or **y** is recommended.", "string"),
    # a sentence of bold values alone, after an intro of something else or before a remark that more exist
    ("The body contains:\n\n**PREPARE** or **RUNNING**.", "string"),
    ("Status. **PREPARE** or **RUNNING**. Other values may be added later.", "string"),
    # `which can be` followed by states or words of prose
    ("Disk, which can be attached or detached.", "string"),
    ("Node login mode, which can be key pair or password.", "string"),
    ("Name of a virtual storage group, which must be unique.", "string"),
    # slashes in one value, two plain words, a fraction; bounds in brackets
    ("Path. Value: v1/projects/list", "string"),
    ("Mode. Values: x/y", "string"),
    ("Rate. Value: 1/2", "string"),
    ("Unit. Value: KB/s", "string"),
    ("Count. Value range: 1 (minimum), 100 (maximum)", "integer"),
])
def test_more_near_forms_give_no_enum(text: str, kind: str) -> None:
    assert "enum" not in kw(text, kind)
