"""Format: natural variants of the stated formats (issue 10, generalisation): RFC 3339 named as the format, a Base64
string, a CIDR layout after `in the format`, and a UUID that is only a part of the value."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "key", "value"), [
    ("Creation time, in RFC 3339 format.", "string", "format", "date-time"),
    ("Creation time. The format complies with RFC 3339.", "string", "format", "date-time"),
    ("User data. The value is a Base64 string.", "string", "format", "byte"),
    ("Subnet. The value is a CIDR block in the format x.x.x.x/x.", "string", "x-format", "cidr"),
    # still read: the plain forms beside the new ones
    ("Instance ID. The value is in UUID format.", "string", "format", "uuid"),
    ("VPC ID. The value contains a maximum of 36 characters in UUID format with hyphens (-).", "string", "format",
     "uuid"),
])
def test_format_variants(text: str, kind: str, key: str, value: str) -> None:
    assert kw(text, kind).get(key) == value


@pytest.mark.parametrize(("text", "key"), [
    # a UUID that is a part of the value
    ("Name. The name must contain the UUID of the instance.", "format"),
    ("Marker. The format is <instance UUID>_<name>.", "format"),
    # RFC 3339 as one of two forms
    ("Start time, in RFC 3339 format or a Unix timestamp.", "format"),
    # Base64 encoding said of a step or a part
    ("SQL statement, which needs Base64 encoding and decoding.", "format"),
    # alternatives, examples and bare addresses
    ("The UUID or name of the instance.", "format"),
    ("Certificate, Base64-encoded or a file path.", "format"),
    ("Creation time, for example, 2020-01-01T00:00:00Z.", "format"),
    ("IP address of the instance.", "format"),
    ("IP address or CIDR block.", "x-format"),
])
def test_no_format_variants(text: str, key: str) -> None:
    assert key not in kw(text)
