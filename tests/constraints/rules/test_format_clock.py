"""Format: the layouts of a time of day, a window of two, and a month (issue 10, generalisation; format_clock.py), as a
`Format:` label gives them as much as `The format is ...` and `in the ... format`, italic placeholders included; each
case is checked by its witnesses, and fails without its rule. A longer layout that opens with the same letters is
not one of them."""

from __future__ import annotations

import re

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "valid", "invalid"), [
    ("Quiet period. Format: *hh:mm*-*HH:mm*, in 24-hour notation, for example, **22:00-07:00**.",
     ["22:00-07:00", "08:30-12:00"], ["22:00", "22-07", "2200-0700", "24:00-07:00"]),
    ("Window. Format: hh:mm-HH:MM.", ["22:00-23:00"], ["22:00", "22:00:00-23:00:00"]),
    ("Start time. Format: hh:mm.", ["08:30", "23:59"], ["8:30", "24:00", "08:30:00"]),
    ("Billing cycle. Format: YYYY-MM.", ["2023-11", "2019-01"], ["2023-1", "2023/11", "202311", "2023-11-01",
                                                                 "2023-13"]),
    ("Billing cycle. The value is in the yyyy-MM format.", ["2023-11"], ["2023-11-01", "23-11"]),
    # the minutes a sentence lists
    ("Backup start time.\n\nFormat: **hh:mm** (UTC, 24-hour clock). The minute must be **00**, **15**, **30**, or "
     "**45**.", ["01:15", "23:45", "00:00"], ["01:10", "1:15", "24:00"]),
])
def test_clock_window_and_month_layouts(text: str, valid: list[str], invalid: list[str]) -> None:
    pattern = kw(text)["pattern"]
    assert all(re.search(pattern, v) for v in valid), pattern
    assert not any(re.search(pattern, v) for v in invalid), pattern


@pytest.mark.parametrize(("text", "name"), [
    ("Billing cycle. Format: YYYY-MM.", "YYYY-MM"),
    ("Window. Format: hh:mm-HH:MM.", "hh:mm-HH:MM"),
])
def test_the_layout_is_named_for_readers(text: str, name: str) -> None:
    assert kw(text)["x-format"] == name


@pytest.mark.parametrize("text", [
    "Date. Format: YYYY-MM-DD.",  # a date: `format: date`, no month pattern
    "Billing cycle. Format: YYYY-MM-DD hh:mm:ss.",
])
def test_a_longer_layout_is_no_month(text: str) -> None:
    assert kw(text).get("x-format") != "YYYY-MM" and kw(text).get("pattern") != "^[0-9]{4}-(?:0[1-9]|1[0-2])$"
