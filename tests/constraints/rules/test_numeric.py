"""Numeric ranges on String fields that hold a number (issue 10)."""

from __future__ import annotations

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
