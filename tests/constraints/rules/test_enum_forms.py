"""Enumeration: the same statements in the other forms a writer of these docs uses (issue 10, generalisation): values
as ``literals``, `literals` or "quoted" words, plain lists after the cue words, the adjectives of `values`, plain
codes explained, plain capitals after `Only`. Each case fails without its rule; the near forms below give no enum."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "values"), [
    # values written as literals or quoted, where the docs write them in bold
    ("Supported values: ``a``, ``b``", "string", ["a", "b"]),
    ("Sort order. Valid values are `asc` and `desc`.", "string", ["asc", "desc"]),
    ("Mode.\n\nValue range:\n\n- ``x``: meaning x\n- ``y``: meaning y", "string", ["x", "y"]),
    ("Mode. Possible values are:\n\n- ``fast``: faster\n- ``safe``: safer", "string", ["fast", "safe"]),
    ('Mode.\n\nValue range:\n\n- "x": meaning x\n- "y": meaning y', "string", ["x", "y"]),
    ("The file system bandwidth.\n\n- \"20M\": 20 MB/s/TiB\n- \"40M\": 40 MB/s/TiB", "string", ["20M", "40M"]),
    ('Possible values: "low", "medium", and "high".', "string", ["low", "medium", "high"]),
    ("Possible values: ``x``, ``y``, and ``z``.", "string", ["x", "y", "z"]),
    ("The value can be ``-1`` or ``1``.", "integer", [-1, 1]),
    # more adjectives before `values` / `options`, with or without `are`
    ("Optional values: **a** and **b**.", "string", ["a", "b"]),
    ("Supported options: **x** and **y**.", "string", ["x", "y"]),
    ("Permitted values are **on** and **off**.", "string", ["on", "off"]),
    ("Mode. Acceptable values:\n\n- **x**: meaning\n- **y**: meaning", "string", ["x", "y"]),
    ("Value range: **x**, **y**", "string", ["x", "y"]),
    ("Value range: **x** (default), **y**", "string", ["x", "y"]),
    # plain words of code after a value label or a cue sentence
    ("Possible values: x, y, and z.", "string", ["x", "y", "z"]),
    ("Value range: ipv4, ipv6", "string", ["ipv4", "ipv6"]),
    ("Possible values are x, y, and z.", "string", ["x", "y", "z"]),
    ("Valid values are low and high.", "string", ["low", "high"]),
    ("It can be set to low, medium, or high.", "string", ["low", "medium", "high"]),
    ("The value is 0 or 1.", "integer", [0, 1]),
    ("The value is either sync or async.", "string", ["sync", "async"]),
    ("The value can be either true or false.", "string", ["true", "false"]),  # a String field: the strings
    # plain capitals after `Only`
    ("Only SATA and SSD are supported.", "string", ["SATA", "SSD"]),
    ("Currently, only SATA, SAS, and SSD are supported.", "string", ["SATA", "SAS", "SSD"]),
    # plain codes, each explained
    ("Status. 0: disabled; 1: enabled", "integer", [0, 1]),
    ("Status. 0 indicates disabled, and 1 indicates enabled.", "integer", [0, 1]),
    ("Status.\n\n0: disabled\n\n1: enabled\n\n2: frozen", "integer", [0, 1, 2]),
    ("Whether enabled. true: enabled; false: disabled.", "boolean", [True, False]),
    ("Whether enabled. true indicates enabled, and false indicates disabled.", "boolean", [True, False]),
    ("Whether enabled.\n\n- true: enabled\n- false: disabled", "boolean", [True, False]),
    ("**Definition**\n\nWhether retry is allowed.\n\n**Range**\n\nfalse: not allowed. **true**: allowed.", "boolean",
     [True, False]),
    # bold values after a bar, bullets of a value then a full stop, `this field` as the subject
    ("Mode. Value: **x** | **y** | **z**", "string", ["x", "y", "z"]),
    ("Mode. The options are as follows:\n\n- **x**. Meaning x.\n- **y**. Meaning y.", "string", ["x", "y"]),
    ("Mode. This field can be **x** or **y**.", "string", ["x", "y"]),
    ("Method. The parameter value can be **GET** or **POST**.", "string", ["GET", "POST"]),
    ("Method. The parameter value must be GET or POST.", "string", ["GET", "POST"]),
    ("Method. The value can be **GET**/**POST**.", "string", ["GET", "POST"]),
    ("Mode. The values are **x** and **y**.", "string", ["x", "y"]),
    ("Mode. Its options are **x** and **y**.", "string", ["x", "y"]),
    ("Mode. The following values are supported: **x**, **y**.", "string", ["x", "y"]),
    ("Mode. The following options are available: x and y.", "string", ["x", "y"]),
    ("Mode. Enumeration: **x**, **y**", "string", ["x", "y"]),
    # one value, fixed or to be set, in plain or bold
    ("Mode. The value is fixed to HTTPS.", "string", ["HTTPS"]),
    ("Mode. Fixed value: **x**.", "string", ["x"]),
    ("Mode. Set this parameter to **x**.", "string", ["x"]),
])
def test_enum_written_in_other_forms(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind).get("enum") == values


@pytest.mark.parametrize(("text", "kind"), [
    # a range between bold bounds, with a literal dash or a tilde
    ("Value range: **0**`-`**1024**", "integer"),
    ("Value range: **1**~**100**", "integer"),
    # quoted words of a JSON example
    ('Example:\n\n    "tags": {"key1": "value1", "key2": "value2"}', "string"),
    ('Query tags using "Key" or "Value".', "string"),
    # adjectives or a state, not alternatives
    ("The value is unique and case-sensitive.", "string"),
    ("The value is stored, and returned or omitted.", "string"),
    ("Only JSON and XML are supported.", "string"),  # formats
    ("Only x and y are supported.", "string"),  # lower-case nouns: what they are, the case does not tell
    ("Possible values: letters, digits, and hyphens.", "string"),
    # one code explained, or codes inside a stated range
    ("Priority. 0 indicates the highest priority.", "integer"),
    ("Priority, ranging from 0 to 100. 0 indicates the highest priority, and 100 indicates the lowest.", "integer"),
    # a code inside another word or a time
    ("For example, nvidia-a30:1 indicates one GPU, and nvidia-a30:2 indicates two.", "string"),
    ("Start time. 10:30 is the default. 12:00 is the latest.", "string"),
    ("Method. The value can be GET/POST.", "string"),  # one plain word with a slash: a value or two, unclear
    # a value fixed as a number of a length, a value set for one purpose
    ("ID. It is fixed at 36 bytes.", "string"),
    ("ID. The value is fixed at 36.", "string"),
    ("Mode. Set this parameter to **x** to enable the cache.", "string"),
    ("Whether enabled. true: enabled.", "boolean"),
    ("Tags. The values are separated by commas, for example **a**,**b**.", "string"),
    ("Mode. The following values are supported: **x**, **y**, and more in later versions.", "string"),
    ("Protocol. Possible values are tcp, udp, etc.", "string"),  # an open list
    ("Name. The value is fixed as unique.", "string"),  # a word of prose, not a value of code
    ("Count. Value range: 1, 100", "integer"),  # two numbers after a range label: the bounds as much as two values
])
def test_near_forms_give_no_enum(text: str, kind: str) -> None:
    assert "enum" not in kw(text, kind)
