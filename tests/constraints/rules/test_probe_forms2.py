"""The rules on the phrasings of the second and third probe sets (tests/constraints/probes2.yaml, probes3.yaml): what
a list API returns, the request bodies of security and network products, database and log services. Each test
fails on the rules before them."""

from __future__ import annotations

import re

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "keyword", "siblings"), [
    # a quota the account can have raised, read as the count's maximum
    ("Total number of alarm rules of the account.\n\nBy default, each account can create up to **1,000** alarm rules. "
     "To increase the quota, submit a service ticket.", "integer", "maximum", ()),
    # what a value beyond a number does, not a bound
    ("Number of records displayed on each page.\n\nThe recommended value is **50**. A value greater than **200** may "
     "slow down the query.", "integer", "exclusiveMinimum", ()),
    # a limit of another resource, in another unit
    ("Validity period of the private certificate, in days.\n\nThe period cannot exceed the remaining validity of the "
     "issuing CA. A CA itself can be valid for at most 30 years.", "integer", "maximum", ()),
    # a total the instance supports, existing replicas included
    ("Number of read replicas to create in this request. A primary instance supports up to 5 read replicas in total, "
     "existing ones included.", "integer", "maximum", ()),
    # `reserved for` whom the field is, not an unused field; a value deprecated
    ("ID of the enterprise project.\n\nThe value **0** indicates the default enterprise project. This parameter is "
     "reserved for users who have enabled enterprise projects.", "string", "deprecated", ()),
    ("Lowest level of the logs.\n\nValue:\n\n- **DEBUG**\n- **INFO**\n\n**TRACE**, which older agent versions used, is "
     "deprecated and no longer accepted.", "string", "deprecated", ()),
    # another field's absence and its default
    ("Number of records displayed on each page.\n\nIf **page_no** is not specified, it defaults to **1**.", "integer",
     "default", ("page_no",)),
    # a sibling's unit, a sibling's values
    ("Number of requests within **period** that triggers the action.\n\n**period** can range from 1 to 3600 seconds.",
     "integer", "x-unit", ("period",)),
    ("Content to be matched. How it is interpreted depends on **logic**:\n\n- **contain**: The field contains the "
     "value.\n- **prefix**: The field starts with the value.", "string", "enum", ("logic",)),
    # features of one edition, not values
    ("Edition of the firewall.\n\nThe professional edition additionally supports:\n\n- **IPS**\n- **Antivirus**",
     "string", "enum", ()),
    # a part of the value is a non-negative integer, not the value
    ("Add-on version. It must be in **major.minor.patch** form, where each part is a non-negative integer.",
     "string", "minimum", ()),
])
def test_no_keyword_the_sentence_does_not_state_of_the_value(text: str, kind: str, keyword: str,
                                                            siblings: tuple[str, ...]) -> None:
    assert keyword not in kw(text, kind, siblings=siblings)


def test_a_length_in_one_variants_bullet_is_no_length() -> None:
    text = ("Values of the record set. The value format depends on **type**:\n\n- **A**: IPv4 address\n- **CNAME**: "
            "domain name\n- **TXT**: up to 255 characters per string")
    assert "maxLength" not in kw(text, "array", siblings=("type",), item_kind="string")


def test_the_formats_of_what_each_value_stands_for_are_not_the_fields() -> None:
    text = ("Format of the time fields in the response. The value can be **iso8601** or **epoch**.\n\n- **iso8601**: "
            "The time is returned as yyyy-MM-ddTHH:mm:ssZ.\n- **epoch**: The time is returned as a UNIX timestamp in "
            "milliseconds.")
    got = kw(text, name="time_format")
    assert got.get("enum") == ["iso8601", "epoch"]
    assert "format" not in got and "x-format" not in got


@pytest.mark.parametrize(("text", "name"), [
    ("Pattern used to extract the time from each log line. For example, for a line such as **2024-01-15 08:30:12 "
     "ERROR disk is full**, set **YYYY-MM-DD hh:mm:ss**.", "time_pattern"),
    ("Format used to parse the time in each log line, for example **yyyy-MM-dd HH:mm:ss.SSS**.", "parse_rule"),
])
def test_a_value_that_is_itself_a_layout_gets_no_date_pattern(text: str, name: str) -> None:
    got = kw(text, name=name)
    assert "pattern" not in got and "format" not in got


def test_a_date_layout_of_the_value_stays() -> None:
    rx = re.compile(kw("Start time, in the format of yyyy-MM-dd HH:mm:ss.", name="start_time")["pattern"])
    assert rx.search("2024-01-15 08:30:12") and not rx.search("2024-01-15")


@pytest.mark.parametrize(("text", "kind", "keywords"), [
    ("How many days the automated backups are kept.", "integer", {"x-unit": "day"}),
    ("Days to keep the logs of this stream.", "integer", {"x-unit": "day"}),
    ("Format of the image file.\n\nValue options:\n\n- **vhd**\n- **raw**\n\nIf not specified, **vhd** is taken.",
     "string", {"default": "vhd"}),
    ("Database port given as a string. Ports from **1** to **65535** are allowed, except for **12017** and **33071**, "
     "which the system uses internally.", "string", {"not": {"enum": ["12017", "33071"]}}),
])
def test_stated_in_the_third_probe_sets_words(text: str, kind: str, keywords: dict[str, object]) -> None:
    got = kw(text, kind)
    assert {k: got.get(k) for k in keywords} == keywords


def test_a_quota_that_can_be_increased_has_no_maximum() -> None:
    got = kw("Total quota of this resource type. It can be at most **50**, and it can be increased through a service "
             "ticket.", "integer")
    assert "maximum" not in got


def test_where_and_a_plain_article_is_no_part_of_the_value() -> None:
    # `where X, Y, and Z are ...` names the parts of a layout; `where a disk is attached` is no such part
    assert kw("The size of the volume where a disk is attached must be at least 10.", "integer")["minimum"] == 10
