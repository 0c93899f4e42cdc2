"""Length (issue 10, round 14): sentences that look like a length statement but bound no length of this value (a
console's display, a denied or contrasted limit, one product's support, a prefix's length) and the variants of the
positive forms another writer would use (other dashes, symbols, a `Constraints:` label, both bounds named)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


def _lengths(text: str, kind: str = "string") -> tuple[object, object]:
    got = kw(text, kind, item_kind="string" if kind == "array" else "")
    return got.get("minLength"), got.get("maxLength")


@pytest.mark.parametrize("text", [
    # what another system shows
    "Name. The console displays up to 64 characters.",
    "Name. Only the first 64 characters are displayed on the console.",
    # a limit denied or contrasted
    "Name. The value is not limited to 64 characters.",
    "Name. The value is no longer limited to 64 characters.",
    "Name. Unlike the description, which can contain up to 255 characters, the name has no length limit.",
    # one product's support, a prefix's length
    "Name. Only DCS Redis 4.0 supports names of up to 64 characters.",
    "Name. It starts with a prefix of 2 to 4 characters.",
    # still not read (the earlier rounds' guards)
    "Name. The domain part can contain up to 63 characters.",
    "Name. The total length of the key and value cannot exceed 128 characters.",
    "Name. The value contains 1 to 16 characters for MySQL and 1 to 63 characters for PostgreSQL.",
    "Name. The recommended length is 8 to 16 characters.",
    "Name. The value can contain 1 to 64 characters when **type** is set to **A**.",
    "Description. The file size cannot exceed 1024 bytes.",
    "Name. Names longer than 64 characters are truncated.",
])
def test_no_length_of_this_value(text: str) -> None:
    assert _lengths(text) == (None, None)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Name. 1—64 characters.", 1, 64),
    ("Name. 1～64 characters.", 1, 64),
    ("Name. ≤ 64 characters.", None, 64),
    ("Name. The value must be ≥ 8 characters.", 8, None),
    ("Name. Constraints: 1 to 64 characters.", 1, 64),
    ("Name. Restrictions: 1 to 64 characters.", 1, 64),
    ("Name. The minimum length is 1 and the maximum length is 64.", 1, 64),
    ("Name. The maximum length is 64 characters, and the minimum length is 4 characters.", 4, 64),
    ("Name. The value is a string containing 1 to 64 characters.", 1, 64),
    # a display name is the value, not a console's display
    ("Display name. The display name can contain 1 to 64 characters.", 1, 64),
])
def test_length_variants_round14(text: str, low: int | None, high: int | None) -> None:
    assert _lengths(text) == (low, high)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Name.\n\n**Length**: 1 to 64 characters", 1, 64),
    ("Name. Length (characters): 1-64", 1, 64),
    ("Name. Length limit: [1, 64]", 1, 64),
    ("Name. The maximum number of characters is 64.", None, 64),
    ("Name. The value is limited to 1-64 characters.", 1, 64),
    ("Name. The value can contain a minimum of 8 and a maximum of 32 characters.", 8, 32),
])
def test_labels_and_bounds_named_otherwise(text: str, low: int | None, high: int | None) -> None:
    assert _lengths(text) == (low, high)


@pytest.mark.parametrize("text", [
    # a part's bold label stays a part's: `**Value**:` is the tag value, not a `Value:` label of the field
    "Tags.\n\n**Key**: 1 to 64 characters\n\n**Value**: 0 to 255 characters",
    # a note about another thing
    "Name. **Note**: The domain name can contain up to 253 characters.",
])
def test_no_length_of_a_part_or_another_thing_under_a_label(text: str) -> None:
    assert _lengths(text) == (None, None)


def test_two_labels_in_one_sentence() -> None:
    assert _lengths("Name. Minimum length: 1; maximum length: 64") == (1, 64)
