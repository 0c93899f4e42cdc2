"""Revisions of a cell's findings by its other sentences (issue 10, refusals audited): each class with a test that
fails without it, and the cells it must leave alone."""

from __future__ import annotations

import re

import pytest

from generator.constraints.rules import AMBIGUOUS, Cell, constrain_cell
from tests.constraints.rules.helpers import kw


def _ambiguous(text: str, required: bool = False, name: str = "x") -> list[str]:
    return [f.value for f in constrain_cell(Cell(name=name, kind="string", text=text, required=required))
            if f.keyword == AMBIGUOUS]


# -- the value may be empty --------------------------------------------------------------------------------------------


# mapreduce-service adding_a_job_and_executing_the_job.rst:337 (`input: ""`)
def test_pattern_admits_the_empty_value_the_cell_allows() -> None:
    got = kw("Folder for the results, which must start with **/** or **obs://**. It holds at most 200 characters "
             "and can be left blank.")
    assert re.search(got["pattern"], "") is not None
    assert re.search(got["pattern"], "obs://bucket/out") is not None
    assert re.search(got["pattern"], "bucket/out") is None  # the stated start still holds for a value
    assert got["maxLength"] == 200


def test_values_listed_beside_an_empty_value_stay() -> None:
    # labelled so (wide2): the empty value explained is the field left out, the listed value the only one sent
    text = "Check mode. If the value is empty, the tables are given in **table_list**.\n\nValue:\n\n- **fast_check**"
    assert kw(text)["enum"] == ["fast_check"]


def test_length_minimum_beside_an_empty_value_gives_no_min_length() -> None:
    got = kw("Label of the volume. It contains 1 to 40 characters. The value can also be empty.")
    assert "minLength" not in got
    assert got["maxLength"] == 40


def test_a_relative_clause_that_may_be_blank_gives_no_min_length() -> None:
    # `<what it is>, which can be left blank`: the field's own value (issue 10's held refusals, log-tank-service)
    got = kw("Keyword to filter by, which can be left blank.\n\nMinimum: **1**\n\nMaximum: **128**")
    assert "minLength" not in got and got["maxLength"] == 128
    assert "may be empty" in got[AMBIGUOUS]


@pytest.mark.parametrize("text", [
    # cloud-backup-recovery adding_a_tag_to_an_associated_resource.rst:59, mapreduce-service creating_clusters.rst:380
    "Tag value. It can contain a maximum of 43 characters and can be left blank.",
    "Specifies the tag value. Each value contains a maximum of 43 Unicode characters and can be an empty string.",
    "Data input path. The value can be left empty.",
])
def test_a_value_that_can_be_blank_gets_min_length_0(text: str) -> None:
    """Issue 10: vacuous for validation, but the cell states the empty string valid."""
    assert kw(text)["minLength"] == 0


@pytest.mark.parametrize(("text", "kind"), [
    ("Marker. If the value is empty, the resource is on the last page.", "string"),  # a case, not stated allowed
    ("Tag values. It can be left blank.", "array"),  # not a String field
    ("Whether the item can be empty.", "boolean"),
])
def test_no_min_length_0_unless_a_string_value_is_stated_may_be_blank(text: str, kind: str) -> None:
    assert "minLength" not in kw(text, kind)


def test_something_else_that_may_be_empty_keeps_the_minimum() -> None:
    # the subject is a thing the field names, not the field's own value
    assert kw("Remark on the mount. The mount point can be empty. The remark contains 1 to 20 characters.")[
        "minLength"] == 1


def test_a_value_that_cannot_be_blank_keeps_its_minimum() -> None:
    assert kw("Label of the volume. It contains 1 to 40 characters and cannot be left blank.")["minLength"] == 1


# -- a mandatory field's blank value explained -------------------------------------------------------------------------


# object-storage-service configuring_cross-region_replication_for_a_bucket.rst:194 (`<Prefix></Prefix>`)
def test_blank_value_of_a_mandatory_field_gives_no_min_length() -> None:
    text = "Key prefix of the rule. If the **Prefix** is left blank, the rule covers the whole store.\n\n" \
           "The prefix is a string of 1 to 512 characters."
    got = {f.keyword: f.value for f in constrain_cell(Cell(name="Prefix", kind="string", text=text, required=True))}
    assert "minLength" not in got
    assert got["maxLength"] == 512
    assert "minLength: the cell states what a blank value means" in _ambiguous(text, required=True, name="Prefix")


def test_blank_value_of_an_optional_field_is_the_field_left_out() -> None:
    text = "Name of the pool. It contains 1 to 64 characters. If this parameter is left blank, a name is generated."
    assert kw(text)["minLength"] == 1


def test_blank_value_of_another_field_keeps_the_minimum() -> None:
    text = "Alias of the disk. It contains 1 to 30 characters. If **label** is left blank, the alias is shown instead."
    got = {f.keyword: f.value for f in constrain_cell(Cell(name="alias", kind="string", text=text, required=True))}
    assert got["minLength"] == 1


def test_a_mandatory_field_needed_in_some_cases_only_admits_the_empty_value() -> None:
    # always sent, needed by two kinds of job only: the other jobs send it empty, so its rules refuse no empty value
    text = ("Script path.\n\nThis parameter is needed by Shell and Python jobs only, and must meet the following "
            "requirements:\n\n-  Contains 1 to 255 characters.\n-  The path must start with **/** or **obs://**.")
    got = {f.keyword: f.value for f in constrain_cell(Cell(name="script_path", kind="string", text=text,
                                                           required=True))}
    assert "minLength" not in got and got["maxLength"] == 255
    assert "minLength: the field is needed in some cases only" in got[AMBIGUOUS]
    assert re.search(got["pattern"], "") and re.search(got["pattern"], "/bin/run.sh")
    assert not re.search(got["pattern"], "bin/run.sh")
    # an optional field needed in some cases is left out in the others: its rules hold whenever it is sent
    optional = {f.keyword: f.value for f in constrain_cell(Cell(name="script_path", kind="string", text=text))}
    assert optional["minLength"] == 1 and not re.search(optional["pattern"], "")
    # a mandatory field whose cell names no such case keeps its minimum
    always = text.replace("This parameter is needed by Shell and Python jobs only, and must",
                          "This parameter must")
    kept = {f.keyword: f.value for f in constrain_cell(Cell(name="script_path", kind="string", text=always,
                                                            required=True))}
    assert kept["minLength"] == 1


# -- a Base64-encoded value --------------------------------------------------------------------------------------------


# bare-metal-server creating_bmss.rst:452 (`user_data`: the root password's rules in the cell)
def test_rules_of_the_content_before_base64_encoding_give_no_keyword() -> None:
    text = ("Boot script run on the host. The script must be encoded with Base64.\n\nRequirements on the root password "
            "it sets:\n\n- Contains 10 to 30 characters.\n- Contains at least three of the following character types: "
            "uppercase letters, lowercase letters, digits, and special characters `#%+`")
    got = kw(text)
    assert got["format"] == "byte"
    assert not {"minLength", "maxLength", "pattern", "x-password-complexity"} & set(got)
    assert any(v.startswith("pattern: stated of the content before Base64 encoding") for v in _ambiguous(text))


def test_rules_of_a_plain_value_stay() -> None:
    got = kw("Root password.\n\n- Contains 10 to 30 characters.\n- Contains at least three of the following character "
             "types: uppercase letters, lowercase letters, digits, and special characters `#%+`")
    assert (got["minLength"], got["maxLength"]) == (10, 30)
    assert "pattern" in got


def test_a_length_of_the_encoded_value_itself_stays() -> None:
    got = kw("Checksum of the part, Base64-encoded.\n\nThe value must contain 44 characters.")
    assert got["format"] == "byte"
    assert (got["minLength"], got["maxLength"]) == (44, 44)


@pytest.mark.parametrize("text", [
    "If the API supports microversions, this parameter is the latest microversion. If microversions are not "
    "supported, this parameter is an empty string.",
    "A value contains a maximum of 255 Unicode characters. If the value is an empty string or **resource_id**, exact "
    "match is used.",
])
def test_a_value_stated_to_be_an_empty_string_gets_min_length_zero(text: str) -> None:
    assert kw(text)["minLength"] == 0


def test_an_empty_value_as_a_case_without_the_string_gives_no_min_length() -> None:
    # `If the value is empty` may be the field left out: nothing stated about the empty string
    assert "minLength" not in kw("Tag value. If the value is empty, all values match.")
    # a field the string is, not this one's value
    assert "minLength" not in kw("Returned when the name of the marker is an empty string.")


def test_a_value_stated_to_be_empty_in_some_state_admits_the_empty_string() -> None:
    # relational-database-service, an instance's creation time (emitted audit, seed 20261212)
    text = ('Indicates the creation time in the "yyyy-mm-ddThh:mm:ssZ" format. **Z** indicates the time zone offset.'
            "\n\nThe value is empty when the DB instance is being created.")
    pattern = kw(text)["pattern"]
    assert re.search(pattern, "") and re.search(pattern, "2018-08-06T12:43:14+0800")
    assert not re.search(kw(text.split("\n\n")[0])["pattern"], "")  # without the sentence


# -- a bound the cell says can be raised, or a value it names beyond a bound -------------------------------------------


@pytest.mark.parametrize("text", [
    # relational-database-service, keep_days (emitted audit, seed 20261206)
    "Indicates the number of days to retain the generated backup files.\n\nThe value range is from 0 to 732. If the "
    "value is **0**, the automated backup policy is not configured or has been disabled. To extend the retention "
    "period, contact customer service. Automated backups can be retained for up to 2562 days.",
    "Number of APIs. The value ranges from 1 to 1000. Contact technical support to increase the quota.",
    "Number of Core nodes. Value range: 1 to 500. If more than 500 Core nodes are required, contact technical support.",
    # a range of the default quota (auto-scaling's instance count, merge audit 2026-12-07)
    "Number of instances. The value range is as follows for a default quota:\n\n- If **operation** is set to **SET**, "
    "the value ranges from 1 to 200.\n- If **operation** is set to **ADD**, the value ranges from 1 to 200.",
    "Number of listeners. The value ranges from 1 to 50 under the default quota.",
])
def test_a_maximum_the_cell_says_can_be_raised_is_a_note(text: str) -> None:
    got = kw(text, kind="integer")
    assert "maximum" not in got and got["minimum"] in (0, 1)
    assert any("can be raised" in note for note in _notes(text))


@pytest.mark.parametrize(("text", "kept"), [
    # cloud-container-engine, a node pool's count (emitted audit, seed 20261206): a value it can be set to
    ("Number of nodes to be created in a batch. The value must be a positive integer greater than or equal to 1 and "
     "less than or equal to the defined limit.\n\n.. note::\n\n   This fielder can be set to **0** for a node pool.",
     {}),
    # elastic-cloud-server, a system disk's size (emitted audit, seed 20261210): a value it gives a meaning to
    ("Specifies the system disk size, in GiB.\n\n- If this parameter is not specified or is set to **0**, the default "
     "system disk size is the minimum value of the system disk in the image.\n\nValue range: 1 to 1024",
     {"maximum": 1024}),
    ("Validity period. Minimum: 1. Maximum: 1825. If this parameter is set to -1, the validity period is 1,825 days.",
     {"maximum": 1825}),
    ("Number of records. The value ranges from 1 to 1000. If the value is set to 0, the number is not limited.",
     {"maximum": 1000}),
])
def test_a_value_the_cell_names_beyond_a_bound_lifts_it(text: str, kept: dict[str, int]) -> None:
    got = kw(text, kind="integer")
    assert {k: got[k] for k in ("minimum", "maximum") if k in got} == kept
    assert any("a value beyond it" in note for note in _notes(text))


@pytest.mark.parametrize(("text", "bounds"), [
    ("The value ranges from 1 to 100. It can be set to **50** for a test cluster.", {"minimum": 1, "maximum": 100}),
    # a meaning given to a value within the bounds, or to another field's value
    ("The value ranges from 0 to 100. If this parameter is set to **0**, the default is used.",
     {"minimum": 0, "maximum": 100}),
    ("The value ranges from 1 to 100. If **type** is set to **0**, this parameter is ignored.",
     {"minimum": 1, "maximum": 100}),
    ("The value ranges from 1 to 100. It can be set to **1** to **36500** days.", {"minimum": 1, "maximum": 100}),
    ("The value ranges from 1 to 100. If the quota is insufficient, contact customer service.",
     {"minimum": 1, "maximum": 100}),
    ("The value ranges from 1 to 100. Contact technical support to increase the quota.", {"minimum": 1}),
])
def test_a_settable_value_within_the_bounds_or_support_without_a_raise_leaves_them(text: str,
                                                                                 bounds: dict[str, int]) -> None:
    got = kw(text, kind="integer")
    assert {k: got[k] for k in ("minimum", "maximum") if k in got} == bounds


def _notes(text: str) -> list[str]:
    return [f.value for f in constrain_cell(Cell(name="x", kind="integer", text=text)) if f.keyword == AMBIGUOUS]


@pytest.mark.parametrize("text", [
    # software-repository-container querying_all_api_versions.rst `version`, dedicated-host querying_api_versions.rst
    "Maximum microversion. If microversions are not supported, the value is empty.",
    "Specifies the microversion. If the microversion is not supported, leave this parameter blank.",
])
def test_an_empty_value_stated_for_a_case_gets_min_length_0(text: str) -> None:
    assert kw(text)["minLength"] == 0


@pytest.mark.parametrize("text", [
    "Marker. If the value is empty, the resource is on the last page.",  # a case, not the value stated
    "Description. The list is empty when no tag is added.",  # another thing is empty
    "Name. Do not leave the name blank.",  # not this field, and negated
])
def test_empty_said_of_something_else_or_as_a_condition_gives_no_min_length_0(text: str) -> None:
    assert kw(text).get("minLength") != 0
