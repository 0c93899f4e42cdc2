"""The charset rule on more variants of the catalogued statements: a list of shown symbols ended by its verb
(`"-", and "_" are allowed`), symbols named without being shown (`equal signs`), ranges written as items (`a-z, A-Z,
0-9`), CJK letters, other words for `no spaces`; and the lists and bullets that state no rule of the whole value (an
item the rule cannot read, one variant's characters, a count `including` a list)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import admits, pattern


@pytest.mark.parametrize("text", [
    'Only letters, digits, "-", and "_" are allowed.',
    "Only letters, digits, -, and _ are allowed.",
    "Only letters, digits, ``-``, and ``_`` are allowed.",
    "Only letters, digits, **-**, and **_** are allowed.",
    "Only letters, digits, '-', and '_' are allowed.",
    'Letters, digits, "-" and "_" are supported.',
    'Only letters, digits, "-", and "_" are allowed in the name.',
    "Only letters, digits, (-), and (_) are allowed.",
    "Only letters, digits, hyphens, and underscores are allowed.",
])
def test_last_shown_symbol_before_the_verb(text: str) -> None:
    # the list's last item was `"_" are allowed`, read as no symbol: the underscore was refused
    admits(text, ["a-_1"], ["a@1", "a b", "a.b"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Only letters, digits, hyphens, and equal signs are allowed.", ["a-=1"], ["a_1", "a*"]),
    ("Only letters, digits, hyphens, and asterisks are allowed.", ["a-*1"], ["a_1", "a="]),
    ("Only letters, digits, underscores, and tildes are allowed.", ["a_~1"], ["a-1"]),
    ("The value can contain only letters, digits, hyphens, and number signs.", ["a-#1"], ["a_1"]),
    ("Only letters, digits, hyphens, and semicolons are allowed.", ["a-;1"], ["a_1"]),
    ("Only letters, digits, underlines, and hyphens are allowed.", ["a_-1"], ["a.1"]),
    ("The value consists of letters, digits, and equal signs.", ["a=1"], ["a-1"]),
])
def test_symbols_named_not_shown(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "Only letters, digits, hyphens, and brackets are allowed.",  # which brackets?
    "The value can contain only letters, digits, hyphens, and emojis.",
])
def test_an_item_the_rule_cannot_read_gives_no_charset(text: str) -> None:
    # the item was dropped and its characters refused
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Only a-z, A-Z, 0-9, hyphens (-), and underscores (_) are allowed.", ["aZ-_9"], ["a.b", "a b"]),
    ("The value can contain only a-z, 0-9, and hyphens (-).", ["a-9"], ["A", "a_b"]),
    ("The value can contain a-z, A-Z, 0-9, -, and _.", ["aZ-_9"], ["a.b"]),
    ("Allowed characters: a-z, 0-9, and hyphens (-).", ["a-9"], ["A", "a_b"]),
    ("Only characters a-z and 0-9 are allowed.", ["a9"], ["A", "a-b"]),
    ("The key can be any of Unicode characters (\\u4E00-\\u9FFF) or the following character set: A-Z, a-z, 0-9, "
     "hyphens (-), underscores (_), and at signs (@).", ["Ab-_@9", "标签"], ["a.b", "a b"]),
])
def test_ranges_as_items(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "Only Chinese characters, letters, digits, hyphens (-), and underscores (_) are allowed.",
    "Only letters, digits, Chinese characters, hyphens (-), and underscores (_) are allowed.",
    "The name can contain only Chinese characters, English letters, digits, hyphens (-), and underscores (_).",
    "Only Chinese and English letters, digits, hyphens, and underscores are allowed.",
    "The value consists of Chinese characters, letters, digits, underscores (_), and hyphens (-).",
])
def test_chinese_characters_in_the_set(text: str) -> None:
    admits(text, ["名称-a_1", "abc"], ["a.b", "a b", "a@b"])


@pytest.mark.parametrize("text", [
    "Consists of 1 to 64 characters, including letters, digits, underscores (_), and hyphens (-).",
    "Consists of a maximum of 64 characters, including letters and digits.",
])
def test_a_count_including_a_list_is_no_charset(text: str) -> None:
    # LABELLING.md: a charset introduced with `including` instead of `only` is left out
    assert pattern(text) is None


@pytest.mark.parametrize("text", [
    "No spaces are allowed.",
    "Spaces cannot be used.",
    "Spaces are prohibited.",
    "Do not use spaces.",
])
def test_no_spaces_in_other_words(text: str) -> None:
    admits(text, ["a-b", "a_b"], ["a b"])


@pytest.mark.parametrize("text", [
    "Spaces at the beginning or end are not allowed.",
    "No leading or trailing spaces are allowed.",
    "No spaces are allowed at the beginning or end.",
])
def test_no_spaces_at_the_ends_in_other_words(text: str) -> None:
    admits(text, ["a b", "ab"], [" ab", "ab "])


@pytest.mark.parametrize("text", [
    "- MySQL: Only letters and digits are allowed.\n- PostgreSQL: The name can contain up to 63 characters.",
    "- Windows: The name can contain only letters and digits.\n- Linux: The name can contain only lowercase letters.",
])
def test_one_variants_characters_are_no_rule_of_every_value(text: str) -> None:
    assert pattern(text) is None


def test_a_labelled_bullet_is_no_variant() -> None:
    admits("- Constraints: Only letters and digits are allowed.\n- Range: 1 to 64 characters.", ["a1"], ["a-1"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("Characters allowed: letters, digits, and underscores (_).", ["a_1"], ["a-1"]),
    ("The value can be composed of letters, digits, and hyphens (-) only.", ["a-1"], ["a_1"]),
    ("The value is made up of letters and digits only.", ["a1"], ["a-1"]),
])
def test_allowed_characters_in_other_words(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


def test_first_character_clause_then_the_last_characters() -> None:
    # `, and the last character cannot be ...` was read as an item of the first character's class
    admits("The first character must be a letter, and the last character cannot be a hyphen (-).", ["a-b", "ab"],
           ["-ab", "1ab", "ab-"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    ("The name must start with a letter or Chinese character.", ["名a", "ab"], ["1a", "_a"]),
    ("It must start with a letter, digit, or Chinese character.", ["名a", "1a"], ["_a", "-a"]),
])
def test_first_character_chinese(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "Suggestion: Use only letters and digits.",
    "In Linux, the name can contain only letters and digits.",
    "In MySQL databases, the name must start with a letter.",
])
def test_advice_and_one_variant_opening_the_sentence(text: str) -> None:
    assert pattern(text) is None


def test_in_addition_is_no_variant() -> None:
    admits("In addition, the name can contain only letters and digits.", ["a1"], ["a-1"])


def test_characters_that_can_only_be() -> None:
    admits("The value contains 1 to 64 characters, which can only be letters, digits, and hyphens (-).", ["a-1"],
           ["a_1"])
    assert pattern("The value cannot only be letters.") is None


def test_a_count_including_only_a_list() -> None:
    # `including only` closes the list as `only` does (with a case named before the first class)
    admits("The value must contain 3 to 63 characters, including only lowercase letters, digits, hyphens (-), and "
           "periods (.).", ["a.b-1"], ["A", "a_b"])


@pytest.mark.parametrize(("text", "good", "bad"), [
    # `can include ... only`: the list ended by `only`
    ("The name can include letters, digits, and underscores (_) only.", ["a_1"], ["a-1"]),
    # a quoted symbol after the word for it
    ("The value can contain only letters, digits, and the characters '-' and '_'.", ["a-_1"], ["a@1"]),
    # `the following characters:` then named symbols, or the symbols spaced
    ("The name can contain only letters, digits, and the following characters: hyphens (-) and underscores (_).",
     ["a-_1"], ["a@1", "a.1"]),
    ("The name can contain only letters, digits, and the following characters: - _ .", ["a-_.1"], ["a@1"]),
    # `is a string of` a list of classes
    ("The name is a string of letters, digits, and hyphens (-).", ["a-1"], ["a_b"]),
    ("The name must be a combination of lowercase letters and digits.", ["a1"], ["A1", "a-1"]),
    # `does not support spaces`
    ("The value does not support spaces.", ["ab"], ["a b"]),
])
def test_more_words_for_the_allowed_characters(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "The value is a string of letters, digits, and hyphens (-), for example, **a-1**.",
    "The value is not a string of letters and digits.",
    "The name can include letters, digits, and hyphens (-), but only letters are case-sensitive.",
])
def test_a_string_of_classes_shown_by_an_example_or_denied(text: str) -> None:
    assert pattern(text) is None


@pytest.mark.parametrize(("text", "good", "bad"), [
    # ranges written in brackets (was a pattern of the hyphen alone: every letter refused)
    ("The name can contain only [a-z], [0-9], and hyphens (-).", ["a-1"], ["A-1"]),
    # `the following symbols:`; `the following characters:` then named classes
    ("The name can contain only letters, digits, and the following symbols: -_.", ["a-_.1"], ["a@1"]),
    ("The name can contain only the following characters: letters, digits, hyphens (-), and underscores (_).",
     ["a-_1"], ["a@1"]),
    # `supports ... only`, `only supports ...`
    ("The name supports letters, digits, and hyphens (-) only.", ["a-1"], ["a_1"]),
    ("The value only supports letters, digits, and hyphens (-).", ["a-1"], ["a_1"]),
])
def test_ranges_in_brackets_symbols_and_supports(text: str, good: list[str], bad: list[str]) -> None:
    admits(text, good, bad)


@pytest.mark.parametrize("text", [
    "The API only supports queries by name.",
    "The name supports letters and digits, and other characters in later versions.",
])
def test_supports_without_a_closed_list(text: str) -> None:
    assert pattern(text) is None
