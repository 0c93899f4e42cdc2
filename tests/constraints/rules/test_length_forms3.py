"""Length (issue 10, generalisation): natural variants of the length statements (other verbs and labels, several
words before `characters`, a bracketed range, the number of characters, symbols, a bound without a unit, a negated
verb before `more than`) and, for precision, lengths that are not the value's: a total, one variant's, two lengths in
one sentence, a part named as the subject, the list of an array, an example."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


def _lengths(text: str, kind: str = "string") -> tuple[object, object]:
    got = kw(text, kind, item_kind="string" if kind == "array" else "")
    return got.get("minLength"), got.get("maxLength")


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Name. Length limit: 1 to 64 characters.", 1, 64),
    ("Name (1 to 64 characters).", 1, 64),
    ("Name. The value can contain 1 to 64 Chinese or English characters.", 1, 64),
    ("Name. It supports 1 to 64 characters.", 1, 64),
    # an imperative other than `Enter`
    ("Name of the policy. Use 3 to 64 characters.", 3, 64),
    ("Name of the policy. Input 3 to 64 characters.", 3, 64),
    ("Name. The value has a maximum length of 64.", None, 64),
    ("Name. The name is limited to 64 characters.", None, 64),
    ("Name. The value cannot contain more than 64 characters.", None, 64),
    ("Name. Length ≤ 64 characters.", None, 64),
    ("Name. 1 ≤ length ≤ 64", 1, 64),
    ("Name. Length (1-64).", 1, 64),
    ("Name. The number of characters ranges from 1 to 64.", 1, 64),
    ("Name. The number of characters cannot exceed 64.", None, 64),
    ("Name. 64 characters max.", None, 64),
    ("Name. Maximum: 64 characters.", None, 64),
    ("Name. String, 1 to 64 characters.", 1, 64),
    ("Name. Length of the value: 1 to 64 characters.", 1, 64),
    # still read
    ("Name. The maximum length is 64 characters.", None, 64),
    ("Name. The length range is [1, 64].", 1, 64),
    ("Specifies the DB user name. The username can contain 1 to 32 characters.", 1, 32),
])
def test_length_variants(text: str, low: int | None, high: int | None) -> None:
    assert _lengths(text) == (low, high)


@pytest.mark.parametrize(("text", "kind"), [
    ("Password. The length is 8 to 26 characters for MySQL and 8 to 32 for PostgreSQL.", "string"),
    ("Name. The total length of all names cannot exceed 1024 characters.", "string"),
    ("Key-value pair. The key can contain up to 64 characters and the value up to 255 characters.", "string"),
    ("Name. The prefix can contain up to 10 characters.", "string"),
    ("Name. Example: a 64-character string.", "string"),
    # `use` inside another word is no verb of the value's length
    ("Name. Because 3 to 64 characters are kept, the rest is cut.", "string"),
    ("List of names. The list can contain up to 64 characters.", "array"),
    ("Tags. A tag key contains a maximum of 36 characters, and a tag value contains a maximum of 43 characters.",
     "array"),
])
def test_no_length_of_another_thing(text: str, kind: str) -> None:
    assert _lengths(text, kind) == (None, None)


def test_item_length_beside_a_count() -> None:
    # `A maximum of 50 tags` is a count, `up to 80 characters` the item's length: one length, read
    text = "Specifies ECS tags. A maximum of 50 tags can be configured, and each tag can contain up to 80 characters."
    assert _lengths(text, "array") == (None, 80)
