"""Length phrasings of the wide services (issue 10): each class with a test that fails without its rule."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("Username of the administrator. The username:\n\n- Can include 1 to 32 characters.\n- Must start with a letter.",
     1, 32),
    ("**Range**\n\nIt is a 36-digit UUID.", 36, 36),
    ("**Range**:\n\nThe value must contain 32 characters.", 32, 32),
    ("**Range**:\n\nA string between 1 and 36 characters long.", 1, 36),
])
def test_length_ranges(text: str, lo: int, hi: int) -> None:
    got = kw(text)
    assert (got["minLength"], got["maxLength"]) == (lo, hi)


@pytest.mark.parametrize(("text", "key", "value"), [
    ("Key\n\nIt can contain a maximum of 36 characters.\n\nIt cannot be an empty string.", "minLength", 1),
    ("Constraints:\n\n- The tag contains a maximum of 80 characters.\n- An empty tag cannot be created.",
     "minLength", 1),
    ("Specifies the BMS name. It contains fewer than 256 characters and cannot be left blank.", "maxLength", 255),
])
def test_length_bounds(text: str, key: str, value: int) -> None:
    assert kw(text)[key] == value


@pytest.mark.parametrize("text", [
    # a condition on other fields makes it non-empty, not the field itself
    "Time zone. If any of the parameters of yearly or daily backup is selected, this parameter cannot be left empty.",
    # the parts of the value, each
    "The event source in the format of service.item. **service** and **item** each must start with a letter and "
    "contain 3 to 32 characters.",
])
def test_no_length(text: str) -> None:
    got = kw(text)
    assert "minLength" not in got and "maxLength" not in got


def test_disagreeing_maxima_give_no_maximum() -> None:
    got = kw("The value contains a maximum of 36 characters in UUID format.\n\nMinimum: **0**\n\nMaximum: **255**")
    assert "maxLength" not in got and got["minLength"] == 0
