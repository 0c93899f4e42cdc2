"""Long lists and long tokens end: each rule's search takes time in proportion to the cell, never in 2 to the power of
its items or in the square of a token's length. A list of 40 items that matched no rule never ended before (`a, and `
in the edge rules, bold values joined by commas in the enum rule), 5,000 digits took 0.4 s in the length rule.

Each case runs under an alarm: a case that does not end within it fails (a regression makes it take hours, not a
second more), and what the rules find is still what they found on the short form."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from tests.constraints.rules.helpers import kw

ALARM_SECONDS = 20


class _NeverEnded(Exception):
    pass


@pytest.fixture
def alarm() -> Iterator[None]:
    def ring(signum: int, frame: object) -> None:
        raise _NeverEnded

    before = signal.signal(signal.SIGALRM, ring)
    signal.alarm(ALARM_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


@pytest.mark.parametrize("item", ["a, ", "a, and ", "a and ", "**a**, ", "**a** or ", "`a`, ", "'a', ", "a (-) or ",
                                  "a x, "])
@pytest.mark.parametrize(("opening", "closing"), [
    ("The value is ", " characters."),
    ("Cannot start with ", " (default)."),
    ("- ", " cannot be the first character."),
    ("It can contain ", ""),
])
def test_a_list_of_40_items_that_matches_nothing_ends(alarm: None, item: str, opening: str, closing: str) -> None:
    try:
        kw(opening + item * 40 + closing, "string")
    except _NeverEnded:
        pytest.fail(f"the rules did not end within {ALARM_SECONDS} s on 40 items of {item!r}")


def test_a_long_run_of_digits_ends_and_states_no_length(alarm: None) -> None:
    try:
        got = kw("The value is fixed at " + "9" * 100_000 + " bytes.")
    except _NeverEnded:
        pytest.fail(f"the rules did not end within {ALARM_SECONDS} s on 100,000 digits")
    assert "minLength" not in got and "maxLength" not in got


@pytest.mark.parametrize(("text", "keywords"), [
    # the forms the rewritten expressions read, as before
    ("The name cannot start with a hyphen (-), a period (.) or an underscore (_).", {"pattern"}),
    ("Hyphens and underscores cannot be at the beginning or end.", {"pattern"}),
    ("The value can be **a**, **b**, or **c**.", {"enum"}),
    ("The key has 16 characters or 32 characters.", {"x-constraint-ambiguous"}),
])
def test_the_short_forms_still_give_their_keywords(text: str, keywords: set[str]) -> None:
    assert keywords <= set(kw(text, "string"))
