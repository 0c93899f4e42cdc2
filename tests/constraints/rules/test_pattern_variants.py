"""The charset rule on the variants another writer of the same docs would use for the catalogued statements: the
symbols shown alone (quoted, as literals, bare), the character types named otherwise (`upper-case`, `capital`,
`small`, `numbers`), forbidden characters listed without the word `characters`, prefixes not in bold; and the
sentences that state no rule of the whole value (examples, advice, hedges, one variant's rule)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import admits, pattern


@pytest.mark.parametrize("text", [
    'The value can contain only letters, digits, "-", and "_".',
    "The value can contain only letters, digits, ``-``, and ``_``.",
    "The value can contain only letters, digits, - and _.",
    "The value can contain only letters, digits, and the following characters: -_",
    "The value can contain only letters, digits, and the special characters -_.",
])
def test_allowed_symbols_shown_alone(text: str) -> None:
    # a symbol the list shows without its name is allowed too: leaving it out refuses valid values
    admits(text, ["a-_1"], ["a@1", "a b"])


@pytest.mark.parametrize("text", [
    # the cue's own `must` opened the list and cut it to nothing
    "The value must contain only letters, digits, and hyphens (-).",
    "The value must only contain letters, digits, and hyphens (-).",
    # other words for `only`
    "A string of 1 to 64 characters consisting only of letters, digits, and hyphens (-).",
    "The value is restricted to letters, digits, and hyphens (-).",
    "The value is limited to letters, digits, and hyphens (-).",
    "Letters, digits, and hyphens (-) only.",
    # special characters listed bare inside the sentence (the period is one of them here)
    "Only letters, digits, and special characters -_. are allowed.",
])
def test_allowed_other_words_for_only(text: str) -> None:
    admits(text, ["a-1"], ["a_1@", "a b"])


@pytest.mark.parametrize("text", [
    "The value is limited to 64 characters, including letters and digits.",
    "Access is restricted to users with letters and digits in their names.",
    "Letters and digits are case-sensitive only.",
])
def test_other_words_for_only_need_the_list_after_them(text: str) -> None:
    assert pattern(text) is None


def test_special_characters_listed_bare_end_at_the_full_stop() -> None:
    # was no charset (`the special characters -_.` read as unlisted); the list is read, the full stop ends it
    admits("It can contain only lowercase letters, digits, and the special characters -_.", ["a-_1"],
           ["A1", "a.b", "a@b"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Only upper-case letters and digits are allowed.", ["AB1"], ["ab", "A-1"]),
    ("Only lower-case letters and digits are allowed.", ["ab1"], ["AB", "a-1"]),
    ("The value is a string of letters, digits, and hyphens (-) only.", ["a-1"], ["a_1"]),
])
def test_allowed_classes_named_otherwise(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Contains at least three of the following character types: upper-case letters, lower-case letters, digits, "
     "and special characters.", ["Ab1", "a1!"], ["abc1", "ABC!"]),
    ("The password must be a combination of at least three of the following: uppercase letters, lowercase letters, "
     "numbers, and special characters.", ["Ab1", "a1!"], ["abc1"]),
    ("The password must contain at least three of the following: capital letters, small letters, digits, and "
     "special characters.", ["Ab1"], ["abc1"]),
    ("The password must contain at least two of the following: letters, digits, and special characters.",
     ["a1", "a!", "1!"], ["abc", "123"]),
    ("The password must contain at least three kinds of the following characters: uppercase letters, lowercase "
     "letters, digits, and special characters.", ["Ab1"], ["abc1"]),
    # the types as bullets after a line that is no bullet itself
    ("The password must contain at least three of the following:\n\n- Uppercase letters\n- Lowercase letters\n"
     "- Digits\n- Special characters (!@#$%^&*)", ["Ab1", "a1!"], ["abc1", "a1~x"]),
])
def test_complexity_types_named_otherwise(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_recommended_complexity_as_sibling_bullets_gives_none() -> None:
    text = ("Recommended password complexity requirements are as follows:\n\n- The password contains 8 to 26 "
            "characters.\n- Contains at least three of the following character types: uppercase letters, lowercase "
            "letters, digits, and special characters `!@$%^-_=+[{}]:,./?`")
    assert pattern(text) is None


@pytest.mark.parametrize("text", [
    'The value cannot contain "<", ">", or "&".',
    "The value cannot contain ``<``, ``>``, or ``&``.",
    'Cannot contain:\n\n  "<", ">", "&"',
    "The value cannot contain the following special characters:\n\n- <\n- >\n- &",
    "Characters <, >, and & are not allowed.",
    "The characters <>& are not allowed.",
])
def test_forbidden_symbols_shown_without_their_name(text: str) -> None:
    admits(text, ["ab", "a-b"], ["a<b", "a>b", "a&b"])


def test_cannot_contain_then_the_list_under_it() -> None:
    text = ("The key:\n\n- Can contain 1 to 36 characters.\n- Cannot be an empty string or start with **_sys_**, "
            'and cannot start or end with a space.\n- Cannot contain:\n\n  Non-printable ASCII characters (0-31), '
            '"`*`", "<", ">", "\\", ",", "|", "/"')
    admits(text, ["env a", "a_sys_"], ["_sys_a", " a", "a ", "a*b", "a/b", "a,b", "a\\b", "a\x01"])


@pytest.mark.parametrize("text", [
    "The value cannot start with ``http://`` or ``https://``.",
    'The value cannot start with "http://" or "https://".',
    "The value must not start with http:// or https://.",
])
def test_excluded_prefixes_not_in_bold(text: str) -> None:
    admits(text, ["ftp://a", "a"], ["http://a", "https://a"])


def test_excluded_prefix_bare_and_after_an_empty_string() -> None:
    admits("The value cannot start with _sys_.", ["a_sys_"], ["_sys_a"])
    admits("The value cannot be an empty string or start with **_sys_**.", ["a"], ["_sys_a"])


@pytest.mark.parametrize("text", [
    # an open list or examples: not every allowed character is named
    "The value can contain characters such as letters, digits, and hyphens (-).",
    "The value can contain letters, digits, hyphens (-), etc.",
    "The name can contain letters, digits, and other characters.",
    # advice and hedges: what the value should or usually is, not what the service accepts
    "You are advised to use only letters and digits.",
    "It is recommended that the value contain only letters and digits.",
    "The value starts with a letter in most cases.",
    # one case's or one variant's rule
    "In this case, only letters and digits are allowed.",
    "For MySQL, only letters and digits are allowed.",
    "Only letters and digits are allowed for MySQL.",
    "The name can contain only letters and digits for MySQL and letters, digits, and hyphens for PostgreSQL.",
])
def test_no_rule_of_the_whole_value(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize("text", [
    "The value must be a string of digits.",
    "The value is a string of digits.",
    "The value must be all digits.",
])
def test_one_class_the_whole_value_is_made_of(text: str) -> None:
    admits(text, ["0123"], ["12a", "1-2"])


@pytest.mark.parametrize("text", [
    # which characters a count counts, not which the value holds
    "Only letters are counted.",
    "Only letters and digits are counted in the length.",
    # one class explained further: an example follows, not the end of the rule
    "The value is a string of digits, for example 0012.",
])
def test_no_charset_of_a_count_or_an_example(text: str) -> None:
    assert pattern(text) is None
