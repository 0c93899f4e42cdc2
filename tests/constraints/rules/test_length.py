"""Length phrasings of the wide services (issue 10): each class with a test that fails without its rule."""

from __future__ import annotations

import pytest

from generator.constraints.rules import AMBIGUOUS
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


def test_allows_n_to_m_characters() -> None:
    found = kw("Name of an alarm rule. The name allows 1 to 128 characters and can only contain letters.")
    assert (found["minLength"], found["maxLength"]) == (1, 128)


def test_a_recommended_length_is_no_length() -> None:
    text = ("Initial password.\n\nRecommended password complexity requirements are as follows:\n\n"
            "- Contains 8 to 26 characters.\n- Contains at least three of the following character types: uppercase "
            "letters, lowercase letters, digits, and special characters `!@$%`")
    found = kw(text)
    assert "minLength" not in found and "maxLength" not in found and "pattern" not in found


@pytest.mark.parametrize(("text", "hi"), [
    ("- The value must start with a slash (/), **http://**, or **https://** and cannot exceed 2 KB.", 2048),
    ("The value must start with a slash (/). The length of the value cannot exceed 2 KB.", 2048),
])
def test_a_size_in_kilobytes_of_the_value(text: str, hi: int) -> None:
    assert kw(text)["maxLength"] == hi


def test_the_size_of_something_else_is_no_length() -> None:
    assert "maxLength" not in kw("Container for lifecycle rules. The total size of the rules cannot exceed 20 KB.")


def test_may_be_blank_gives_minimum_0() -> None:
    # `can be left blank`: minLength 0 constrains nothing, but states the empty string valid (issue 10, LABELLING.md)
    got = kw("A tag value contains a maximum of 43 Unicode characters and can be left blank.")
    assert (got["minLength"], got["maxLength"]) == (0, 43)



@pytest.mark.parametrize(("text", "n"), [
    ("- Specifies the ID of the peer gateway.\n- The value is a UUID containing 36 characters.", 36),
    ("Group ID that contains 32 characters.", 32),
])
def test_an_identifier_of_one_stated_length(text: str, n: int) -> None:
    found = kw(text)
    assert (found["minLength"], found["maxLength"]) == (n, n)


@pytest.mark.parametrize("text", [
    # a bound, or one of two kinds of value, or a part of the value: no one length
    "The value is a string containing 32 characters or fewer.",
    "- The value is a UUID containing 36 characters or an IPv4 address in dotted decimal notation.",
    "Tag of the group. The key is a string containing 36 characters.",
])
def test_no_fixed_length_from_a_near_phrasing(text: str) -> None:
    found = kw(text)
    assert found.get("minLength") != found.get("maxLength") or "minLength" not in found


def test_an_identifier_length_with_another_value_in_the_cell_is_ambiguous() -> None:
    # `0 is returned` too: a value of another length, so the one length is no rule of the field
    found = kw("- Specifies the project ID.\n- The value is a UUID containing 36 characters. If the default project is "
               "used, 0 is returned.")
    assert "minLength" not in found and "maxLength" not in found and found[AMBIGUOUS].startswith("length:")


def test_can_contain_only_n_to_m_characters() -> None:
    got = kw("Name of the scaling rule. The name can contain only 1 to 64 characters. Only letters are allowed.")
    assert (got["minLength"], got["maxLength"]) == (1, 64)


def test_only_n_to_m_characters_of_a_part_or_of_items_is_no_length() -> None:
    assert "maxLength" not in kw("Tag list. Each tag key can contain only 1 to 64 characters.")
    assert "maxLength" not in kw("Search words. The value can include only 3 to 5 words.")


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # `N to M characters long` / `in length`, whatever verb introduces the range
    ("Key password.\n\n- Must be a string and 10 to 30 characters long.\n- Must contain digits.", 10, 30),
    # `empty or N to M characters in length`: the empty string too
    ("Label value. Its value can be empty or 1 to 63 Unicode characters in length.", 0, 63),
])
def test_characters_long(text: str, lo: int, hi: int) -> None:
    got = kw(text)
    assert (got["minLength"], got["maxLength"]) == (lo, hi)


def test_characters_long_of_each_part_is_no_length() -> None:
    # the length of each part of the value, not of the value
    text = "Namespace, in the service.item format. Each part must be 3 to 32 characters long."
    assert "minLength" not in kw(text) and "maxLength" not in kw(text)


def test_a_range_labelled_inline_is_the_items_length() -> None:
    """`Range: 1 to 64 characters` after `Array length: ...` (Cloud Eye): the `**Range**` block's length range, with
    its label on the same line; the array's own length gives no item length."""
    text = "IDs of services.\n\nArray length: **1** to **100**\n\nRange: 1 to 64 characters"
    got = kw(text, kind="array", item_kind="string")
    assert (got["minLength"], got["maxLength"]) == (1, 64)
    assert "minLength" not in kw("IDs of services.\n\nArray length: **1** to **100**", kind="array",
                                 item_kind="string")


def test_the_length_of_one_of_several_items_the_value_lists_is_no_length_of_the_value() -> None:
    """Cloud Eye dimensions: `A dimension allows a maximum of 32 characters` of a value that lists several, separated
    by commas; said of the value alone, the same sentence is its length."""
    several = ("Resource dimension. A dimension allows a maximum of 32 characters. If there are multiple dimensions, "
               "use commas (,) to separate them.")
    got = kw(several, name="dimension_name")
    assert "maxLength" not in got and "part of the value" in got[AMBIGUOUS]
    assert kw("Resource dimension. A dimension allows a maximum of 32 characters.", name="dimension_name")[
        "maxLength"] == 32
    assert kw("Name of the server. A name contains 1 to 64 characters. Multiple names cannot be given.")[
        "maxLength"] == 64


@pytest.mark.parametrize("text", [
    "It is recommended that the name contain no more than 64 characters.",
    "The value can contain a maximum of 64 characters if **type** is **A**.",
])
def test_a_length_advised_or_for_one_case_is_no_bound_and_says_so(text: str) -> None:
    got = kw(text)
    assert "maxLength" not in got and "advice or for one case" in got["x-constraint-ambiguous"]


@pytest.mark.parametrize("text", [
    "The value can contain a maximum of 64 characters if specified.",
    "The value can contain a maximum of 64 characters when this parameter is specified.",
])
def test_a_length_when_the_field_is_given_is_its_length(text: str) -> None:
    assert kw(text)["maxLength"] == 64


def test_a_length_stated_by_what_fails_past_it_is_its_maximum() -> None:
    # ECS: the advice alone is no bound, the note that an import fails past it is one
    text = ("Specifies the public key. It is recommended that the length of the imported public key be less than or "
            "equal to 1024 bytes.\n\nNote:\n\nIf the length of the public key to be imported exceeds 1024 bytes, "
            "importing the public key will fail.")
    assert kw(text)["maxLength"] == 1024
    assert "maxLength" not in kw(text.split("\n\nNote:")[0])


@pytest.mark.parametrize("text", [
    "The jar_path parameter cannot be left blank if the job type is MapReduce or Spark.",
    "This parameter cannot be empty when **type** is set to **A**.",
])
def test_not_blank_for_one_case_is_no_minimum_length(text: str) -> None:
    assert "minLength" not in kw(text, name="jar_path", siblings=("type",))
    assert kw("This parameter cannot be left blank.")["minLength"] == 1


@pytest.mark.parametrize("text", [
    "If **type** is **A**, the value can contain 1 to 64 characters.",
    "For Linux, the password can contain 8 to 26 characters.",
])
def test_a_length_after_a_condition_is_no_bound_and_says_so(text: str) -> None:
    got = kw(text)
    assert "minLength" not in got and "maxLength" not in got
    assert got["x-constraint-ambiguous"] == "length: stated under a condition"


def test_a_condition_then_no_length_says_nothing_and_the_fields_own_presence_is_no_condition() -> None:
    assert kw("If the description contains more than 256 characters, the group can still be created.") == {}
    assert kw("If this parameter is specified, it can contain 1 to 64 characters.") == {"minLength": 1,
                                                                                        "maxLength": 64}


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a number followed by `or fewer`: a maximum, never a fixed length
    ("Name. The value must be 64 characters or fewer.", None, 64),
    ("Name. The value must be 8 characters or more.", 8, None),
    # the bound named before the number without `of`
    ("Name. Max. 64 characters.", None, 64),
    ("Name. Length limit: 64 characters.", None, 64),
    ("Name. The length of the name must be within 64 characters.", None, 64),
    ("Name. The name must contain at least 1 and at most 64 characters.", 1, 64),
    ("Name. The value has 1 to 64 characters.", 1, 64),
    # the whole sentence states the value's one length
    ("Name. The value contains 36 characters.", 36, 36),
    ("Name. The length is 36 characters.", 36, 36),
    # the limit stated by what happens past it, in a note
    ("Specifies the imported public key.\n\nNote: If the length of the public key to be imported exceeds 1024 bytes, "
     "the public key import to the BMS will fail.", None, 1024),
])
def test_length_paraphrases(text: str, lo: int | None, hi: int | None) -> None:
    got = kw(text)
    assert (got.get("minLength"), got.get("maxLength")) == (lo, hi)


@pytest.mark.parametrize(("text", "lo", "hi"), [
    # a block or bullet that is only the range, whatever label (or none) opens it, brackets and en dashes included
    ("Name.\n\n1–64 characters", 1, 64),
    ("Name.\n\n[1, 64] characters", 1, 64),
    ("Name.\n\n- Value: 1 to 64 characters.\n- Only letters are allowed.", 1, 64),
    ("Name.\n\n1 to 64 characters are allowed.", 1, 64),
    ("Name.\n\n**Range**\n\n1 to 64 characters, including letters and digits.", 1, 64),
    # the value's own length named without a unit
    ("Name. The length ranges from 1 to 64.", 1, 64),
    ("Name. Length range: [1, 64].", 1, 64),
    ("Name. Its length must be between 1 and 64.", 1, 64),
    ("Name. The length of the value cannot exceed 64.", None, 64),
    ("Name. The maximum length is 64.", None, 64),
    ("Name. The minimum length is 8 characters.", 8, None),
    ("Name. The length cannot be less than 8.", 8, None),
    # numbers in literals or quotes
    ("Name. The value can contain `1` to `64` characters.", 1, 64),
    ('Name. The value can contain "1" to "64" characters.', 1, 64),
    # a lower bound named before or after the number without `of`
    ("Name. Min. 8 characters.", 8, None),
    ("Name. Minimum 8 characters.", 8, None),
    ("Name. The value must be 8 characters minimum.", 8, None),
    ("Name. The value must be 64 characters maximum.", None, 64),
    # strict: `shorter than 65` is at most 64
    ("Name. The name must be shorter than 65 characters.", None, 64),
    # the limit said by the refusal past it
    ("Name. A name that exceeds 64 characters is not allowed.", None, 64),
    ("Name. Values exceeding 64 characters are rejected.", None, 64),
    ("Name. If the value exceeds 64 characters, an error is returned.", None, 64),
])
def test_length_variants(text: str, lo: int | None, hi: int | None) -> None:
    got = kw(text)
    assert (got.get("minLength"), got.get("maxLength")) == (lo, hi)


@pytest.mark.parametrize(("text", "kind"), [
    # a length without a unit of something else than the value, or of the array
    ("The mask length must be 30.", "string"),
    ("The maximum length of the array is 10.", "string"),
    ("The length of the key cannot exceed 64.", "string"),
    ("The prefix length ranges from 1 to 32.", "string"),
    ("Tags. The length ranges from 1 to 10.", "array"),
    # a total, a truncation, a condition
    ("If the total length of all names exceeds 1024 characters, an error is returned.", "string"),
    ("The first 256 characters will be automatically used.", "string"),
    ("The length must be 1 to 64 when type is A.", "string"),
])
def test_no_length_from_a_near_variant(text: str, kind: str) -> None:
    got = kw(text, kind=kind, item_kind="string" if kind == "array" else "")
    assert "minLength" not in got and "maxLength" not in got


@pytest.mark.parametrize("text", ["Name of the key. 1-64 characters.", "Key name. 1 to 64 characters are allowed."])
def test_a_sentence_that_opens_with_its_range_is_a_sentence_of_its_own(text: str) -> None:
    """A sentence ends at a full stop before a digit too: the range after the field's short description is read."""
    assert kw(text) == {"minLength": 1, "maxLength": 64}
