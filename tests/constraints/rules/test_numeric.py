"""Numeric ranges on String fields that hold a number (issue 10)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


def test_a_string_period_named_in_days_holds_a_number() -> None:
    found = kw("The task is stopped after a period. The unit is day. The value ranges from 14 to 100.", "string",
               name="expired_days")
    assert (found["minimum"], found["maximum"]) == (14, 100)


def test_a_string_without_a_quantity_name_gets_no_range() -> None:
    assert "minimum" not in kw("The value ranges from 14 to 100.", "string", name="expired_on")


def test_the_minimum_parameter_value() -> None:
    found = kw("Specifies the start line number. The default value is **0**. The minimum parameter value is **0**.",
               "integer", name="start_number")
    assert found["minimum"] == 0


def test_a_range_up_to_another_quantity_gives_its_lower_bound() -> None:
    got = kw("Startup order of the servers. The value ranges from **1** to the number of servers in the batch.",
             "integer")
    assert got["minimum"] == 1 and "maximum" not in got


def test_a_range_up_to_another_quantity_under_a_condition_or_of_a_total_gives_nothing() -> None:
    assert "minimum" not in kw("If the group is sharded, the value ranges from 2 to the number of shards.", "integer")
    assert "minimum" not in kw("The total of all nodes ranges from 3 to the number of hosts.", "integer")


@pytest.mark.parametrize("text", [
    # `For <case>, ...` opens a condition whatever the case's words: each range holds for its case only
    "Number of nodes.\n\nFor a cluster, the value is from **3** to **64**. For a standalone (single-node) instance, "
    "the value is **1**.",
    "Capacity, in GiB.\n\n- For a 20 MB/s/TiB file system with **type=\"hpc\"** configured under **metadata**, the "
    "capacity ranges from **3686** to **1048576**.\n- For other file systems, see the product documentation.",
])
def test_a_range_for_one_case_is_no_bound(text: str) -> None:
    got = kw(text, "integer")
    assert not {"minimum", "maximum"} & set(got)


def test_for_details_opens_no_condition() -> None:
    # `For details, ...` and `For example, ...` name no case: the range beside them holds
    got = kw("Port. For details, see the port list. The value ranges from 1 to 65535.", "integer")
    assert (got["minimum"], got["maximum"]) == (1, 65535)


@pytest.mark.parametrize("text", [
    # OBS: a byte count bounded in terabytes; a size in MB bounded in GB; bounds in two units
    "Object size in bytes.\n\nRange:\n\nThe value ranges from 0 TB to 48.8 TB, in bytes.",
    "Size in MB. The value ranges from 1 GB to 10 GB.",
    "Volume size. The value ranges from 1 GB to 1 TB.",
])
def test_no_range_whose_bounds_are_sizes_in_another_unit_than_the_value(text: str) -> None:
    got = kw(text, kind="integer")
    assert "maximum" not in got and got.get("minimum") in (None, 0)  # zero is zero in any unit


def test_a_range_in_the_values_own_size_unit_is_its_range() -> None:
    got = kw("Disk size, in GB. The value ranges from 10 GB to 32768 GB.", kind="integer")
    assert (got["minimum"], got["maximum"]) == (10, 32768)


@pytest.mark.parametrize(("text", "want"), [
    ("The value must be in the range of 1 to 100.", {"minimum": 1, "maximum": 100}),
    ("The value is within the range of 1-100.", {"minimum": 1, "maximum": 100}),
    # `(included)` / `(excluded)` as `(inclusive)` / `(exclusive)`
    ("The value ranges from 1 (included) to 100 (excluded).", {"minimum": 1, "exclusiveMaximum": 100}),
])
def test_range_phrasings(text: str, want: dict[str, int]) -> None:
    got = kw(text, "integer")
    assert {k: got[k] for k in want if k in got} == want


@pytest.mark.parametrize("text", [
    # Enterprise Router: a union of two ranges; the first alone refused every ASN of the second
    "Specify a dedicated ASN in the range of 64512-65534 or 4200000000-4294967294.",
    "The value ranges from 1 to 10 or from 20 to 30.",
    "The value ranges from 1 to 10, 20 to 30.",
])
def test_a_union_of_ranges_is_no_bound_and_says_so(text: str) -> None:
    got = kw(text, "integer")
    assert not {"minimum", "maximum"} & set(got)
    assert "several ranges" in got["x-constraint-ambiguous"]


def test_a_range_then_another_clause_is_still_the_range() -> None:
    got = kw("The value ranges from 1 to 10, and the default value is 5.", "integer")
    assert (got["minimum"], got["maximum"], got["default"]) == (1, 10, 5)


def test_a_range_block_in_brackets_is_the_range() -> None:
    # a `**Range**` block that is only `[1, 65535]`, as the inline `Range: [1, 100]` already was
    got = kw("**Definition**\n\nPort.\n\n**Range**\n\n[1, 65535]", "integer")
    assert (got["minimum"], got["maximum"]) == (1, 65535)


def test_a_range_in_a_named_mode_is_one_cases() -> None:
    assert "minimum" not in kw("The value ranges from 1 to 10 in cluster mode.", kind="integer")
    assert kw("The value ranges from 1 to 10.", kind="integer") == {"minimum": 1, "maximum": 10}


@pytest.mark.parametrize(("text", "want"), [
    # `(minimum)` / `(maximum)` after the bounds
    ("The value ranges from 1 (minimum) to 65535 (maximum).", {"minimum": 1, "maximum": 65535}),
    # the value itself said to be the range
    ("The value is 1 to 100.", {"minimum": 1, "maximum": 100}),
    ("The value can be 1 to 100.", {"minimum": 1, "maximum": 100}),
    # the bound after the number
    ("The value must be 1 or greater.", {"minimum": 1}),
    ("The value must be 100 or less.", {"maximum": 100}),
    # zero or a positive number: non-negative
    ("Start index. The value must be **0** or a positive number.", {"minimum": 0}),
    ("Offset, a positive integer or 0.", {"minimum": 0}),
    # `Value range:` on its own line, the range in the paragraph under it
    ("Port.\n\nValue range:\n\n1-100", {"minimum": 1, "maximum": 100}),
    # numbers in literals or quotes
    ("The value ranges from `1` to `65535`.", {"minimum": 1, "maximum": 65535}),
    ('The value ranges from "1" to "65535".', {"minimum": 1, "maximum": 65535}),
    # one negation over two comparatives
    ("The value cannot be less than 1 or greater than 100.", {"minimum": 1, "maximum": 100}),
    ("The value must not be greater than 100 or less than 1.", {"minimum": 1, "maximum": 100}),
])
def test_range_variants(text: str, want: dict[str, int]) -> None:
    got = kw(text, "integer")
    assert {k: got[k] for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in got} == want


@pytest.mark.parametrize("text", [
    # values listed, not a range: `,` joins bounds only in brackets, `and` only after `between`
    "The value can be 1, 2, or 4.",
    "The value can be 1 and 2.",
    "Value: 1, 2, 4",
    # `positive` alone: these docs say it of offsets whose default is 0, so no bound is clear
    "The value must be a positive integer.",
])
def test_no_range_from_listed_values(text: str) -> None:
    got = kw(text, "integer")
    assert not {"minimum", "maximum"} & set(got)


def test_the_maximum_number_of_what_the_field_counts() -> None:
    text = ("Number of returned records. If this parameter is not specified, 100 records are returned by default. The "
            "maximum number of records that can be returned is 1,000.")
    assert kw(text, "string", name="limit")["maximum"] == 1000
    # of what another field counts, or a bound that depends on another quantity: nothing
    assert "maximum" not in kw("Offset. The maximum number of records that can be returned is 1,000.", "integer")
    assert "maximum" not in kw("Number of nodes to be added.\n\n- The maximum number of nodes to be added is 500 minus "
                               "the number of Core and Task nodes.", "integer")


@pytest.mark.parametrize(("text", "want"), [
    ("Value range: 1—65535", {"minimum": 1, "maximum": 65535}),
    ("Value range: 1～100", {"minimum": 1, "maximum": 100}),
    ("The value ranges from 1 through 100.", {"minimum": 1, "maximum": 100}),
    ("[1, 65535]", {"minimum": 1, "maximum": 65535}),
    ("The value must be ≥ 1.", {"minimum": 1}),
    ("The value must be <= 100.", {"maximum": 100}),
    ("Value range: ≥ 1", {"minimum": 1}),
    ("1 ≤ value ≤ 100", {"minimum": 1, "maximum": 100}),
    ("Value range: 0 < x ≤ 100", {"exclusiveMinimum": 0, "maximum": 100}),
])
def test_range_symbols_and_dashes(text: str, want: dict[str, int]) -> None:
    got = kw(f"Port.\n\n{text}", "integer", name="port")
    assert {k: got[k] for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in got} == want


@pytest.mark.parametrize("text", [
    "The value ranges from 1 to 100 for MySQL and from 1 to 50 for PostgreSQL.",
    "Only DCS Redis 4.0 supports values from 1 to 100.",
    "The value of this parameter plus **offset** cannot exceed 100.",
    "The value of **to_port** must be greater than or equal to 1.",
    "If the protocol is ICMP, the value ranges from 0 to 255.",
    "Length ≤ 64",
])
def test_no_range_of_a_variant_or_another_quantity(text: str) -> None:
    got = kw(f"Port. {text}", "integer", name="port")
    assert not {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"} & set(got)


@pytest.mark.parametrize(("name", "text"), [
    ("used_percent", "Backups are filtered based on the occupied capacity. The value ranges from **1** to **100**."),
    ("speed", "Speed. The value ranges from 1 to 9,999, in MB/s."),
    ("order", "Task priority. An integer ranging from 1 to 100."),
])
def test_a_string_percentage_speed_or_priority_holds_a_number(name: str, text: str) -> None:
    got = kw(text, "string", name=name)
    assert (got.get("minimum"), got.get("maximum")) in ((1, 100), (1, 9999))


@pytest.mark.parametrize(("text", "want"), [
    ("The value range is (0,100] and the default value is **100**.", {"exclusiveMinimum": 0, "maximum": 100}),
    ("Value range: [1, 100)", {"minimum": 1, "exclusiveMaximum": 100}),
    ("The value must be in (0, 1).", {"exclusiveMinimum": 0, "exclusiveMaximum": 1}),
])
def test_an_interval_with_an_open_end(text: str, want: dict[str, int]) -> None:
    got = kw(f"Maximum number of records. {text}", "integer", name="limit")
    assert {k: got[k] for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in got} == want


def test_values_in_parentheses_are_no_interval() -> None:
    assert not {"exclusiveMinimum", "exclusiveMaximum"} & set(kw("Port. Values: (1, 2)", "integer", name="port"))


def test_a_string_in_a_stated_unit_holds_a_number() -> None:
    got = kw("Specifies the lifetime value of the SA. The default unit is **seconds**. Supported range: 60 to 604800",
             "string", name="value")
    assert (got.get("minimum"), got.get("maximum")) == (60, 604800)


@pytest.mark.parametrize(("text", "want"), [
    ("The upper limit is 100.", {"maximum": 100}),
    ("The lower limit is 1.", {"minimum": 1}),
    ("Max value: 100", {"maximum": 100}),
    ("Min. value: 1", {"minimum": 1}),
    ("The value is an integer in [1, 100].", {"minimum": 1, "maximum": 100}),
    # the base of a power is no bound
    ("Value range: 1 to 2^31-1", {}),
])
def test_bounds_named_otherwise(text: str, want: dict[str, int]) -> None:
    got = kw(f"Port.\n\n{text}", "integer", name="port")
    assert {k: got[k] for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in got} == want


def test_a_period_of_one_value_is_no_range() -> None:
    text = ("Retrieval speed tier.\n\n**Range**:\n\n- **Expedited** indicates that objects can be quickly restored "
            "within 1 to 5 minutes.\n- **Standard** indicates that objects can be restored within 3 to 5 hours.")
    assert not {"minimum", "maximum"} & set(kw(text, "string", name="Tier"))


def test_ranges_per_variant_without_from() -> None:
    got = kw("Port.\n\nValue range: 1—100 for MySQL and 1—50 for PostgreSQL.", "integer", name="port")
    assert not {"minimum", "maximum"} & set(got)


@pytest.mark.parametrize(("text", "want"), [
    ("**Value range**: 1 to 100", {"minimum": 1, "maximum": 100}),
    ("**Maximum value**: 100", {"maximum": 100}),
    ("The value ranges from 1 (default) to 100.", {"minimum": 1, "maximum": 100}),
])
def test_a_bold_label_and_a_marked_default_bound(text: str, want: dict[str, int]) -> None:
    got = kw(f"Port.\n\n{text}", "integer", name="port")
    assert {k: got[k] for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") if k in got} == want


def test_the_bound_every_case_shares() -> None:
    text = ("Percentage of instances. If **operation** is set to **ADD**, the value is an integer from 1 to 20000. If "
            "**operation** is set to **SET**, the value is an integer from 0 to 20000.")
    got = kw(text, "integer", name="percentage")
    assert got.get("maximum") == 20000 and "minimum" not in got
    # one case only, or cases of another field: nothing
    assert "maximum" not in kw("Port. If the protocol is ICMP, the value ranges from 0 to 255.", "integer")
    assert "maximum" not in kw("Size. If **a** is 1, **b** ranges from 1 to 10. If **a** is 2, **b** ranges from 0 to "
                               "10.", "integer", name="size", siblings=("a", "b"))


def test_a_minimum_size_is_the_minimum_and_the_tighter_bound_wins() -> None:
    """vpc-endpoint querying_resources_by_tag.rst `limit`: `the minimum size is **1**` beside `cannot be a negative
    number` gives minimum 1, not 0."""
    got = kw("Sets the page size. The maximum value is **1000**, and the minimum size is **1**. The size cannot be a "
             "negative number.", "string", "limit")
    assert (got["minimum"], got["maximum"]) == (1, 1000)
    assert kw("Volume size. The minimum size is 10 GB.", "integer")["minimum"] == 10
    # the size of something else than a number: a length, read by the length rule
    assert "minimum" not in kw("Name. The minimum size is 2 characters.")
