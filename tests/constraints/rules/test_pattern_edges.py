"""The first and last characters, and pairs of characters, a charset sentence states
(generator/constraints/rules/pattern_edges.py): each case states which values the sentence admits and which it
refuses, so it fails without its phrasing; the near phrasings give nothing stricter than the sentence."""

from __future__ import annotations

import re

import pytest

from tests.constraints.rules.helpers import kw
from tests.constraints.rules.test_pattern import admits, pattern


@pytest.mark.parametrize(("text", "good", "bad"), [
    # the end's class closes at `, and` (the next clause), not after it
    ("It must start with a lowercase letter and end with a lowercase letter or digit, and can contain only lowercase "
     "letters, digits, and hyphens (-).", ["a-1", "ab", "a"], ["a-", "1a", "A"]),
    # `an uppercase or lowercase letter` is any letter
    ("It must start with an uppercase or lowercase letter and can contain only letters, digits, and underscores (_).",
     ["Ab_1", "b"], ["_a", "1a"]),
    # `The first character must be ...` / `The last character cannot be ...`
    ("The first character must be a letter. Only letters, digits, and hyphens (-) are allowed.", ["a-1"], ["1a", "-a"]),
    ("The last character cannot be a hyphen (-). Only letters, digits, and hyphens (-) are allowed.", ["a-b"], ["ab-"]),
    # the characters named without their symbol
    ("Only letters, digits, periods (.), underscores (_), and hyphens (-) are allowed. It cannot start with a period "
     "or hyphen.", ["a.b-c", "_a"], [".a", "-a"]),
    ("It can contain only lowercase letters, digits, and hyphens (-), and cannot end with a hyphen.", ["a-b"], ["ab-"]),
    ("It can contain only letters, digits, and hyphens (-). It cannot start or end with a hyphen.", ["a-b"],
     ["-ab", "ab-"]),
    # `cannot start with a period or underscore, or end with a period`: both edges, each its own class
    ("The value cannot start with a period or underscore, or end with a period. Only letters, digits, periods (.) and "
     "underscores (_) are allowed.", ["a._b", "a_"], [".a", "_a", "a."]),
])
def test_first_and_last_characters(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize(("text", "good"), [
    # one item of a longer list is not the class of the first character
    ("It must start with a letter, digit, and underscore and can contain only letters, digits, and underscores (_).",
     ["_a", "1a", "a"]),
    ("It must start with a lowercase letter or a special character and can contain only lowercase letters, digits, and "
     "hyphens (-).", ["-a", "1a", "a"]),
    # a clause after the first character's is no item of its list
    ("The parameter must be 4 to 64 characters long, start with a letter, and contain only letters (case-sensitive), "
     "digits, hyphens (-), and underscores (_).", ["Ab-_1"]),
])
def test_a_first_character_list_is_read_whole_or_not_at_all(text: str, good: list[str]) -> None:
    got = pattern(text)
    assert got is not None
    assert [v for v in good if not re.search(got, v)] == [], got


@pytest.mark.parametrize(("text", "good", "bad"), [
    # the pair excluded keeps the sentence's charset (before: the whole charset was dropped)
    ("It can contain only letters, digits, and hyphens (-), and cannot contain consecutive hyphens.", ["a-b-c"],
     ["a--b", "a_b"]),
    ("A name cannot contain consecutive periods (.) or hyphens (-). Only letters, digits, periods (.) and hyphens (-) "
     "are allowed.", ["a.b-c"], ["a..b", "a--b", "a b"]),
    ("The name cannot contain consecutive spaces.", ["a b c"], ["a  b"]),
])
def test_consecutive_characters_are_excluded_as_pairs(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_consecutive_characters_named_by_no_class_give_no_pair() -> None:
    assert pattern("It can contain only letters, digits, and hyphens (-), and cannot contain consecutive "
                   "characters.") is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    # `It must start with X and can contain ...`: the list after `and can contain` is the charset
    ("It must start with a letter and can contain letters, digits, and underscores (_).", ["a_1"], ["1a", "a-b"]),
    ("The value must begin with a letter and can contain letters, digits, and underscores (_).", ["a_1"],
     ["_a", "a b"]),
    ("It must start with a letter and can contain letters, digits, underscores (_), hyphens (-), parentheses, and "
     "periods (.).", ["a(b).c-d_1"], ["1a", "a b", "a#b"]),
])
def test_a_charset_after_the_first_character_clause(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_a_count_after_the_first_character_clause_is_no_charset() -> None:
    got = kw("It must start with a letter and can contain a maximum of 64 characters, including letters and digits.")
    assert got["maxLength"] == 64 and re.search(got["pattern"], "a#b c")  # only the first character is stated


@pytest.mark.parametrize("text", [
    "The name cannot contain special characters except hyphens (-) and underscores (_).",
    "It cannot contain special characters other than hyphens (-).",
])
def test_special_characters_excepted_are_allowed_not_excluded(text: str) -> None:
    got = kw(text)
    assert "pattern" not in got  # before: `^[^\-_]*$`, which refused the very characters the sentence allows
    assert "excepted" in got["x-constraint-ambiguous"]


@pytest.mark.parametrize("text", [
    # special characters named but not listed, or listed as examples only: any charset would refuse some of them
    "It can contain only letters, digits, and special characters.",
    "It can contain letters, digits, and special characters.",
    "It can contain only letters, digits, and special characters such as hyphens (-).",
])
def test_special_characters_not_listed_give_no_charset(text: str) -> None:
    assert pattern(text) is None  # before: `^[A-Za-z0-9]*$`, refusing every special character the sentence allows


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The value can contain only alphanumeric characters and hyphens (-).", ["a-B1"], ["a_b"]),  # was `^[\-]*$`
    ("It can contain only lowercase letters, digits, and special characters (-_.).", ["a-_.1"], ["A", "a b"]),
])
def test_listed_and_named_classes(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "It cannot be empty or contain only spaces.",
    "The value cannot contain only spaces.",
])
def test_a_value_not_made_of_spaces_alone_is_no_charset_of_spaces(text: str) -> None:
    pattern = re.compile(kw(text)["pattern"])
    assert pattern.match("a b") and pattern.match("x")  # `^[ ]*$` refused every value with a letter
    assert not pattern.match("   ")


@pytest.mark.parametrize("text", [
    "The name can contain letters, digits, underscores (_), and hyphens (-). It cannot contain only digits.",
    "The name can contain only letters, digits, underscores (_), and hyphens (-), and cannot be all digits.",
])
def test_a_value_not_made_of_digits_alone(text: str) -> None:
    pattern = re.compile(kw(text)["pattern"])
    assert pattern.match("a1") and pattern.match("12-3")
    assert not pattern.match("123") and not pattern.match("a b")


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The value cannot start with a digit or hyphen.", ["a1-", "x"], ["1a", "-a"]),
    ("The value cannot end with a period (.) or space.", ["a.b", "a"], ["a.", "a "]),
    ("The name cannot end with a hyphen (-) or underscore (_), and cannot start with a digit.",
     ["a-b_c"], ["a-", "a_", "1a"]),
])
def test_edge_lists_that_mix_a_class_and_named_or_symbol_items(text: str, good: list[str], bad: list[str]) -> None:
    rx = re.compile(kw(text)["pattern"])
    assert all(rx.match(v) for v in good) and not any(rx.match(v) for v in bad)


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The value must be 1 to 64 characters long and can contain letters and digits.", ["ab12"], ["a-b", "a b"]),
    ("It contains a maximum of 64 characters and can contain letters, digits, and hyphens (-).", ["a-1"], ["a_b"]),
])
def test_a_charset_after_the_length_clause(text: str, good: list[str], bad: list[str]) -> None:
    rx = re.compile(kw(text)["pattern"])
    assert all(rx.match(v) for v in good) and not any(rx.match(v) for v in bad)


def test_a_count_after_the_length_clause_is_no_charset() -> None:
    assert "pattern" not in kw("The value must be 1 to 64 characters long and can contain a maximum of 3 digits.")


@pytest.mark.parametrize("text", [
    "If **type** is **A**, the name can contain only letters and digits.",
    "When **type** is **A**, the value must start with a letter.",
    "For Linux, the password can contain only letters and digits.",
    "The name can contain only letters and digits when **type** is **A**.",
    "The value must start with a letter if **type** is **A**.",
])
def test_characters_stated_for_one_case_give_no_pattern_and_say_so(text: str) -> None:
    got = kw(text)
    assert "pattern" not in got
    assert got["x-constraint-ambiguous"] == "pattern: the characters are stated under a condition"


@pytest.mark.parametrize("text", [
    "If this parameter is specified, the name can contain only letters and digits.",  # the field's own presence
    "The value can contain only letters and digits if it is specified.",
])
def test_the_fields_own_presence_is_no_condition_on_its_characters(text: str) -> None:
    assert kw(text)["pattern"] == "^[A-Za-z0-9]*$"


def test_a_condition_on_no_charset_sentence_says_nothing() -> None:
    assert kw("If a prefix is specified, the response only contains tasks whose names start with the prefix.") == {}


@pytest.mark.parametrize(("text", "good", "bad"), [
    # every `The first/last character ...` clause of a sentence, and both edges at once
    ("The first character must be a letter and the last character must be a letter or digit.", ["a-1", "a"],
     ["1a", "a-"]),
    ("Only letters, digits, and hyphens (-) are allowed. The first character must be a letter and the last character "
     "cannot be a hyphen (-).", ["a-b"], ["1a", "ab-"]),
    ("Only letters, digits, and hyphens (-) are allowed. The first and last characters cannot be hyphens.", ["a-b"],
     ["-a", "a-"]),
    ("Only letters, digits, and hyphens (-) are allowed. The first and last characters must be letters or digits.",
     ["a-1", "1"], ["-a", "a-"]),
    # the characters as the subject, the edge as the place
    ("Only letters, digits, and hyphens (-) are allowed. Hyphens cannot be at the beginning or end.", ["a-b"],
     ["-a", "a-"]),
    ("Only letters, digits, and hyphens (-) are allowed. A hyphen cannot be the first or last character.", ["a-b"],
     ["-a", "a-"]),
    ("Only letters, digits, and hyphens (-) are allowed. A hyphen (-) cannot be the first character.", ["a-b", "a-"],
     ["-a"]),
    # spaces excluded at the ends only; spaces inside stay allowed (before: `cannot contain spaces at the beginning or
    # end` refused every space, and `Leading and trailing spaces` gave nothing)
    ("The value cannot contain spaces at the beginning or end.", ["a b"], [" a", "a "]),
    ("Leading and trailing spaces are not allowed.", ["a b"], [" a", "a "]),
    ("Spaces are not allowed at the beginning or end of the value.", ["a b"], [" a", "a "]),
    # a start excluded and then an end excluded, each named (before: the start was dropped)
    ("Only letters, digits, and hyphens (-) are allowed. It cannot start with a hyphen or end with a hyphen.",
     ["a-b"], ["-a", "a-"]),
    # an edge list of named items with and without their symbols (before: only the first or the last item)
    ("The value cannot start with a digit, hyphen (-), or underscore (_).", ["a1-_"], ["1a", "-a", "_a"]),
    ("It cannot start with a hyphen (-) or a digit.", ["a-1"], ["-a", "1a"]),
    ("It cannot start with a digit or a hyphen (-).", ["a-1"], ["-a", "1a"]),
])
def test_edges_stated_in_words(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "The first or last character must be a letter.",  # which one, the sentence does not say
    "Only letters, digits, and hyphens (-) are allowed. The value cannot be at the beginning or end.",
])
def test_edges_stated_of_no_character_give_no_edge(text: str) -> None:
    got = pattern(text)
    assert got is None or re.search(got, "1a1"), got


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Only letters, digits, periods (.), and hyphens (-) are allowed. Periods and hyphens cannot be adjacent.",
     ["a.b-c"], ["a.-b", "a-.b"]),
    ("Only letters, digits, periods (.), and hyphens (-) are allowed. Consecutive periods are not allowed.",
     ["a.b.c"], ["a..b"]),
    ("Two consecutive hyphens (--) are not allowed.", ["a-b-c"], ["a--b"]),
    # a run longer than the stated maximum
    ("Only letters, digits, and underscores (_) are allowed. A maximum of two consecutive underscores are allowed.",
     ["a__b"], ["a___b"]),
    ("It cannot contain more than two consecutive hyphens (-).", ["a--b"], ["a---b"]),
])
def test_pairs_and_runs_stated_in_words(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The value cannot contain commas or semicolons.", ["a b"], ["a,b", "a;b"]),
    ("Commas and semicolons are not allowed.", ["a b"], ["a,b", "a;b"]),
    ("The value cannot contain spaces or tabs.", ["ab"], ["a b", "a\tb"]),
    ("The value cannot contain line breaks.", ["a b"], ["a\nb"]),
])
def test_forbidden_characters_named_without_their_symbols(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_forbidden_words_that_name_no_character_give_no_pattern() -> None:
    assert pattern("The value cannot contain uppercase letters or commas.") is None
    assert pattern("The value cannot contain sensitive words.") is None


@pytest.mark.parametrize("text", [
    "The value cannot be purely numeric.",
    "It cannot be a pure number.",
    "It cannot consist of digits only.",
])
def test_a_value_not_made_of_digits_alone_in_other_words(text: str) -> None:
    admits(text, ["a1", "1-2"], ["123"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    # participial: `starting with a letter and not ending with a hyphen (-)` (before: the end was dropped)
    ("Enter 4 to 128 characters starting with a letter and not ending with a hyphen (-). Only lowercase letters, "
     "digits, and hyphens (-) are allowed.", ["a-b", "a"], ["a-", "1a"]),
    # the first character's class is no prefix list (before: `(?=\-)`, as if `a letter and cannot end with a hyphen
    # (-)` named one shown character, refusing every value)
    ("The value can contain only letters, digits, and hyphens (-). It must start with a letter and cannot end with a "
     "hyphen (-).", ["a-b", "ab"], ["a-", "-a", "1a"]),
])
def test_a_first_character_then_an_excluded_last_one(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_spaces_at_the_ends_said_of_no_rule_give_no_edge() -> None:
    assert pattern("Leading and trailing spaces are not counted in the length.") is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    # a start excluded is no start required (before: `^[A-Za-z]`, the opposite of the sentence)
    ("It cannot start with a letter.", ["1a", "_"], ["a1"]),
    ("It does not begin with a lowercase letter.", ["A", "1a"], ["a"]),
])
def test_a_negated_first_character_class(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_a_first_character_said_of_other_things_gives_no_pattern() -> None:
    assert pattern("Tags that do not start with a letter are ignored.") is None


def test_forbidden_specials_listed_bare_after_their_name() -> None:
    admits("The value cannot contain special characters !@#$%.", ["a-b"], ["a!b", "a%b", "a$"])
