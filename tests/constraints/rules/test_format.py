"""The format rule (generator/constraints/rules/format.py) on the layout and UUID phrasings of the wide services."""

from __future__ import annotations

import re
from typing import Any

import pytest

from generator.constraints.rules import Cell, rule_format
from tests.constraints.rules.helpers import kw


def found(text: str, kind: str = "string", item_kind: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in rule_format(Cell(name="x", kind=kind, text=text, item_kind=item_kind)):
        out.setdefault(f.keyword, f.value)
    return out


@pytest.mark.parametrize(("text", "good", "bad"), [
    # no seconds: RFC 3339 would reject every value, so a pattern and never `date-time`
    ("The time format is **YYYY-MM-DDThh:mmZ**.", ["2015-07-24T20:30Z"], ["2015-07-24T20:30:00Z", "2015-07-24 20:30"]),
    # the layout given by an example after `ISO 8601`, without an offset: the example is one value of the standard,
    # so another number of fraction digits, none, or a zone designator are valid too (no `date-time`: RFC 3339 needs
    # the offset the example leaves out)
    ("The timestamp format is ISO 8601, for example, **2019-05-22T04:23:59.000000**.", ["2020-01-01T00:00:00.123456",
     "2019-05-22T04:23:59", "2019-05-22T04:23:59Z", "2019-05-22T04:23:59.681+08:00"],
     ["2019-05-22 04:23:59.000000", "22.05.2019", "2019-05-22T04:23"]),
    ("The value is in the format of **hour:minute**, from 0:00 to 23:59.", ["0:00", "09:30", "23:59"],
     ["24:00", "12:60", "1230"]),
    ("Time zone of the user. The format is UTC+01:00.", ["UTC+01:00", "UTC-05:00"], ["+01:00", "UTC+1"]),
    # the `T` may be written `t` (RFC 3339, 5.6): elastic-volume-service's snapshot examples write
    # `2013-02-25t04:13:17.000000` beside the layout `YYYY-MM-DDTHH:MM:SS.XXXXXX`
    ("Time format: UTC YYYY-MM-DDTHH:MM:SS.XXXXXX", ["2013-02-25T04:13:17.000000", "2013-02-25t04:13:17.000000"],
     ["2013-02-25x04:13:17.000000", "2013-02-25 04:13:17.000000"]),
    ("The format is 2019-05-22T03:23:59.000000.", ["2013-02-25t04:13:17.000000"], ["2013-02-25 04:13:17.000000"]),
])
def test_layouts_become_patterns(text: str, good: list[str], bad: list[str]) -> None:
    got = found(text)
    assert "format" not in got
    rx = re.compile(got["pattern"])
    assert all(rx.search(v) for v in good) and not any(rx.search(v) for v in bad), got["pattern"]


def test_an_iso_8601_example_is_named_iso_8601_not_by_the_example() -> None:
    assert found("The timestamp format is ISO 8601, for example, **2019-05-22T04:23:59.000000**.")["x-format"] == \
        "ISO 8601"
    assert found('Creation time, in the format of "2019-05-22T03:23:59.000000".')["x-format"] == \
        "2019-05-22T03:23:59.000000"


def test_percent_layout_is_rfc3339() -> None:
    assert found("Start time, in %YYYY-%mm-%ddT%HH:%MM:%SSZ format.")["format"] == "date-time"


def test_uuid_on_array_items() -> None:
    assert found("The values must comply with the UUID rule.", kind="array", item_kind="string")["format"] == "uuid"


@pytest.mark.parametrize("text", [
    "The value is a UUID containing 36 characters. If the default enterprise project is used, 0 is returned.",
    "The value is a UUID containing 36 characters or an IPv4 address in dotted decimal notation.",
    # a description's copied sentence, beside the generated maximum it contradicts
    "Description. The value contains a maximum of 36 characters in UUID format with hyphens (-).\n\nMinimum: **0**"
    "\n\nMaximum: **255**",
])
def test_no_uuid_when_another_value_is_allowed(text: str) -> None:
    assert "format" not in found(text)


@pytest.mark.parametrize("text", ["The value is a timestamp, in milliseconds.",
                                  "UTC millisecond timestamp of the query start time."])
def test_millisecond_timestamps(text: str) -> None:
    assert found(text, kind="integer")["x-format"] == "unix-ms"
    assert found(text, kind="string")["x-format"] == "unix-ms"  # a String field holding the digits


@pytest.mark.parametrize(("text", "name"), [
    ("Creation time in the format of yyyy-mm-dd hh:mm:ss.", "yyyy-mm-dd hh:mm:ss"),
    ("The time format is **YYYY-MM-DDThh:mmZ**.", "YYYY-MM-DDThh:mmZ"),
    ("The maintenance window is in the format of hh:mm-HH:MM.", "hh:mm-HH:MM"),
    ("The value is in the format of **hour:minute**, from 0:00 to 23:59.", "hour:minute"),
    ('Creation time, in the format of "2019-05-22T03:23:59.000000".', "2019-05-22T03:23:59.000000"),
])
def test_a_layout_pattern_is_named_in_x_format(text: str, name: str) -> None:
    """Issue 10 item 3: a layout RFC 3339 would reject becomes a pattern, with `x-format` naming it as written."""
    got = found(text)
    assert got["x-format"] == name and "pattern" in got and "format" not in got


def test_rfc3339_layouts_are_not_named() -> None:
    got = found("Creation time in the format of yyyy-mm-ddThh:mm:ssZ.")
    assert got == {"format": "date-time"}


@pytest.mark.parametrize("text", [
    # precision audit: the value may be empty, which no UUID is
    "Specifies the UUID of the kernel image when an AMI image is used. In other cases, leave this parameter blank.",
    "Marker of the next page. The value is the resource UUID. If the value is empty, the resource is on the last page.",
    "The value is a UUID or an empty string.",
])
def test_no_uuid_when_the_value_may_be_empty(text: str) -> None:
    assert "format" not in found(text)


@pytest.mark.parametrize("text", [
    "The time is a UNIX timestamp (ms), for example, 1602501480905.",
    "Specifies when the event occurred, which is a UNIX timestamp (ms).",
])
def test_unix_timestamp_in_ms_written_short(text: str) -> None:
    assert found(text, "integer")["x-format"] == "unix-ms"


@pytest.mark.parametrize(("text", "good", "bad"), [
    # layouts spelled with letters and no separators
    ("The time is in the YYYYMMDDHHMMSS format.", ["20240131235959"], ["2024-01-31 23:59:59", "20241331000000"]),
    ("The date format is yyyyMMdd.", ["20240131"], ["2024-01-31", "20240132", "2024013"]),
    # a clock with seconds
    ("The format is HH:mm:ss.", ["00:00:00", "23:59:59"], ["24:00:00", "12:00", "12:00:00.5"]),
])
def test_layouts_spelled_with_letters(text: str, good: list[str], bad: list[str]) -> None:
    rx = re.compile(found(text)["pattern"])
    assert all(rx.search(v) for v in good) and not any(rx.search(v) for v in bad)


@pytest.mark.parametrize("text", [
    "Files named YYYYMMDD are kept.",  # not the format of the value
    "The time format is EEE, dd MMM yyyy HH:mm:ss z.",  # the clock is a part of a longer layout
])
def test_no_layout_pattern(text: str) -> None:
    assert "pattern" not in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ('Start time in the "yyyy-mm-ddThh:mm:ssZ" format. **T** separates the date and the time. **Z** indicates the '
     'time zone offset.', "yyyy-mm-ddThh:mm:ssZ"),
    ("Update time, in yyyy-MM-ddTHH:mm:ssZ format, where Z is the time zone offset.", "yyyy-MM-ddTHH:mm:ssZ"),
    # the layout joined by inline markup (RDS `*yyyy*\ **-**\ *mm*...`)
    ("Start time in UTC. The format is *yyyy*\\ **-**\\ *mm*\\ **-**\\ *ddThh*\\ **:**\\ *mm*\\ **:**\\ *ssZ*. "
     "**Z** indicates the time zone offset. For example, in the Central European time zone, the offset is **+0100**.",
     "yyyy-mm-ddThh:mm:ssZ"),
])
def test_z_as_offset_is_a_pattern(text: str, name: str) -> None:
    """Issue 10 item 3: `Z` named a time zone offset, the docs' examples writing `+0800` (RFC 3339 rejects it): a
    pattern admitting `Z`, `+hh:mm` and `+hhmm`, the layout named in `x-format`, never `date-time`."""
    got = found(text)
    assert "format" not in got and got["x-format"] == name
    rx = re.compile(got["pattern"])
    assert all(rx.search(v) for v in ["2018-08-06T10:41:14+0800", "2018-08-06T10:41:14+08:00",
                                      "2018-08-06T10:41:14Z", "2018-08-06T10:41:14-0500"])
    assert not any(rx.search(v) for v in ["2018-08-06 10:41:14", "2018-08-06T10:41:14", "2018-08-06",
                                          "2018-08-06T10:41:14+8"])


def test_z_as_offset_keeps_the_fraction_the_layout_writes() -> None:
    text = 'Time in the "yyyy-mm-ddThh:mm:ss.SSSZ" format. Z indicates the time zone offset.'
    rx = re.compile(found(text)["pattern"])
    assert rx.search("2018-08-06T10:41:14.123+0800") and not rx.search("2018-08-06T10:41:14+0800")


def test_literal_z_stays_rfc3339() -> None:
    assert found('Creation time in the "yyyy-mm-ddThh:mm:ssZ" format (UTC).')["format"] == "date-time"


def test_a_range_for_some_engines_only_gives_no_pattern() -> None:
    """`If this parameter is specified for <engine>, ...` is a condition (the other engines take other values), not
    the field's own presence."""
    text = ("Time zone.\n\n- If this parameter is specified for the Alpha engine, the value range is from UTC-12:00 to "
            "UTC+12:00 on the hour.\n- For the Beta engine, use a zone name.")
    assert "pattern" not in found(text)
    assert found(text.replace(" for the Alpha engine", ""))["pattern"].startswith("^UTC")


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("Creation time, which is a 13-bit timestamp.", "integer", "unix-ms"),
    ("Update time of the job, which is a 13-digit timestamp.", "integer", "unix-ms"),
    ("Cluster creation time, which is a 10-bit timestamp.", "string", "unix-s"),
])
def test_a_timestamp_by_its_digits(text: str, kind: str, name: str) -> None:
    """13 digits are milliseconds since the epoch, 10 digits seconds."""
    assert found(text, kind)["x-format"] == name


def test_other_digit_counts_name_no_timestamp_format() -> None:
    assert "x-format" not in found("The value is a 64-bit integer, for example a timestamp.", "integer")
    assert "x-format" not in found("Task ID, a 13-digit number.", "integer")


@pytest.mark.parametrize("text", [
    "Certificate content, which is encrypted using Base64.",
    "The private key, encrypted with BASE64 after the key is created.",
])
def test_encrypted_using_base64_is_byte(text: str) -> None:
    assert found(text)["format"] == "byte"


@pytest.mark.parametrize("text", [
    "Base64-encoded certificate content or a file path.",
    "The user data, encoded using Base64 or the name of a stored script.",
])
def test_base64_or_another_form_of_the_value_is_no_format(text: str) -> None:
    """Precision first: the value may be something other than Base64; `... Base64 or an empty string` stays byte."""
    assert "format" not in found(text)
    assert found("The value is encoded using Base64 or an empty string.")["format"] == "byte"
    assert found("The value is encoded using Base64 or is an empty string.")["format"] == "byte"


def test_base64_named_alone_is_no_format() -> None:
    assert "format" not in found("The signature is computed with HMAC and then sent in the header. See Base64.")


@pytest.mark.parametrize("text", [
    "- The value must be a UTC time that complies with the ISO 8601 standard. Example: **2024-03-01T08:00:00Z**",
    "The value is in ISO8601 format, such as **2013-06-09T06:42:18Z**.",
])
def test_iso8601_with_a_z_example_is_date_time(text: str) -> None:
    assert found(text)["format"] == "date-time"


@pytest.mark.parametrize("text", [
    # an example with `Z` but no ISO 8601 named: the example alone does not state the format
    "Expiry time. Example: **2024-03-01T08:00:00Z**",
    # ISO 8601, the example after an unrelated sentence
    "The time complies with ISO 8601. The job runs daily. Example: **2024-03-01T08:00:00Z**",
    # ISO 8601 whose Z is an offset the docs write as +0800
    "The time complies with ISO 8601, for example **2024-03-01T08:00:00Z**. Z indicates the time zone offset.",
])
def test_no_date_time_from_these_examples(text: str) -> None:
    assert found(text).get("format") != "date-time"


@pytest.mark.parametrize("text", [
    "Start time to run a job. Unit: milliseconds",
    "End time, expressed in milliseconds. The data type is Long.",
    "Specifies the creation time, in milliseconds.",
    # the unit abbreviated, and the point named by what happens at it
    "End time to run a job. Unit: ms.",
    "Time when a job is submitted. Unit: milliseconds",
    "- Time at which the backup was created. Unit: ms",
])
def test_a_time_point_in_milliseconds_is_a_timestamp(text: str) -> None:
    assert found(text, "integer")["x-format"] == "unix-ms"


@pytest.mark.parametrize(("text", "kind"), [
    ("Execution time of the job. Unit: milliseconds", "integer"),  # a duration
    ("Timeout period. Unit: milliseconds", "integer"),
    ("Start time to run a job. Unit: milliseconds", "string"),  # a string may be a layout; not read here
    ("Start time offset of the window. Unit: ms", "integer"),  # an offset from the start: a duration
])
def test_a_duration_in_milliseconds_is_no_timestamp(text: str, kind: str) -> None:
    assert "x-format" not in found(text, kind)


def test_a_layout_in_italics_with_bold_separators() -> None:
    """`*hh*\\ **:**\\ *mm*` as the reader leaves it: the layout once the markup is gone."""
    rx = re.compile(found("Start time (in the *hh***:***mm***:***ss* format, for example, **08:00:00**).")["pattern"])
    assert rx.search("23:59:59") and not rx.search("23:59")
    got = found("The format is *yyyy***-***mm***-***ddThh***:***mm***:***ssZ*. **Z** indicates the time zone offset.")
    assert "format" not in got and re.search(got["pattern"], "2020-01-01T10:00:00+0100")
    assert "pattern" not in found("The *name*-*value* pairs are separated by commas.")


@pytest.mark.parametrize("text", [
    # the UUID names the attribute a listed value stands for, not the value
    "Sort attribute, which can be the server UUID (**uuid**), server name (**display_name**), or status "
    "(**vm_state**).",
    # what the value usually is, not what it always is
    "Resource identifier. Generally, the value is a UUID.",
])
def test_no_uuid_format(text: str) -> None:
    assert "format" not in kw(text)


@pytest.mark.parametrize(("text", "kind"), [
    # a timestamp counted in milliseconds, in other words than `millisecond timestamp`
    ("Recovery timestamp, accurate to milliseconds.", "integer"),
    ("Query end time in timestamp format, in milliseconds.", "integer"),
    ("Job start time. The timestamp is accurate to milliseconds, for example, 1608188903063.", "string"),
])
def test_a_timestamp_accurate_to_milliseconds(text: str, kind: str) -> None:
    assert kw(text, kind)["x-format"] == "unix-ms"


@pytest.mark.parametrize("text", [
    # a duration's precision, no timestamp
    "Time for a query to run, accurate to milliseconds.",
    # one form of the value among others: no format of the value
    "Retention end. The value can be a timestamp or in the ISO format. A timestamp must be accurate to milliseconds, "
    "in Unix time.",
])
def test_no_millisecond_timestamp(text: str) -> None:
    assert "x-format" not in kw(text)


@pytest.mark.parametrize(("text", "want"), [
    # a literal given as the format between `in the` and `format`, as the layouts are written (cloud-eye), and an
    # example after `complies with ISO 8601` (bare-metal-server) as after `is ISO 8601`
    ("Update time. The value is in the 2010-03-04T05:06:07.000Z format.", {"format": "date-time"}),
    ('Deletion time, in the "2020-11-12 08:09:10" format.', {"x-format": "2020-11-12 08:09:10"}),
    ("The time format complies with ISO 8601, for example, **2021-06-07T08:09:10.000000**.", {"x-format": "ISO 8601"}),
])
def test_a_literal_named_as_the_format(text: str, want: dict[str, str]) -> None:
    got = found(text)
    assert {k: got.get(k) for k in want} == want


def test_a_literal_that_only_shows_a_value_is_no_format() -> None:
    assert found("Update time, for example, 2010-03-04T05:06:07.000Z or later.") == {}
    assert found("The value is shown in the same format as 2010-03-04T05:06:07.") == {}


@pytest.mark.parametrize("text", [
    # the cell opens by naming the value a CIDR block and shows one in CIDR notation (identity-access-management,
    # virtual-private-network)
    "IPv4 CIDR block, for example, **10.20.0.0/16**.",
    "Specifies a peer CIDR block.\n\nAn example IPv4 CIDR block is 172.16.8.0/22.",
])
def test_a_cidr_block_shown_in_cidr_notation(text: str) -> None:
    assert found(text)["x-format"] == "cidr"
    assert found(text, kind="array", item_kind="string")["x-format"] == "cidr"


@pytest.mark.parametrize("text", [
    "IPv4 address or CIDR block, for example, **10.20.0.0/16**.",  # an address alone is valid too
    "CIDR block of the subnet. The value can also be an IP address, for example, 10.0.0.1 or 10.0.0.0/24.",
    "Container CIDR block. Recommended: 10.0.0.0/12-19 or 172.16.0.0/16-19.",  # ranges of masks, no block shown
    "Specifies a peer CIDR block.",  # none shown
    "Specifies the tunnel address of the gateway, for example, 169.254.1.1/30.",  # an address, not a CIDR block
    "If **type** is **cidr**, the CIDR block, for example, 10.0.0.0/24.",  # one variant's value
])
def test_no_cidr_block(text: str) -> None:
    assert "x-format" not in found(text)


@pytest.mark.parametrize(("text", "good"), [
    # the layout writes an offset without a colon, which RFC 3339 rejects: a pattern, never `date-time`
    ("The value is in the format of yyyy-MM-ddTHH:mm:ss.SSS+0800.", ["2020-01-01T08:00:00.000+0800"]),
    ("The time in yyyy-mm-ddThh:mm:ss+hhmm format.", ["2020-01-01T08:00:00+0800", "2020-01-01T08:00:00+08:00"]),
])
def test_a_layout_with_an_offset_rfc_3339_rejects_is_a_pattern(text: str, good: list[str]) -> None:
    got = kw(text)
    assert "format" not in got
    assert all(re.search(got["pattern"], v) for v in good)
    assert not re.search(got["pattern"], "2020-01-01 08:00:00")


def test_a_layout_with_a_colon_offset_is_rfc_3339() -> None:
    assert kw("The time in yyyy-mm-ddThh:mm:ss+hh:mm format.")["format"] == "date-time"


@pytest.mark.parametrize("text", [
    "The value is a string of 32 characters in the format of a UUID without hyphens.",
    "Project ID, a UUID with hyphens removed.",
])
def test_a_uuid_written_without_hyphens_is_no_uuid_format(text: str) -> None:
    assert "format" not in kw(text)  # `format: uuid` wants the hyphenated 36 characters: it would refuse them all


@pytest.mark.parametrize("text", [
    "The value is in UUID format when **type** is **A**.",
    "The value is a UUID if **type** is set to **id**.",
    "The value is in the format of yyyy-mm-ddThh:mm:ssZ when **type** is **A**.",
])
def test_a_format_stated_for_one_case_is_no_format(text: str) -> None:
    assert "format" not in kw(text)
    assert kw("The value is in UUID format.")["format"] == "uuid"


@pytest.mark.parametrize(("text", "kind", "want"), [
    # what the timestamp marks comes between it and its unit; a timestamp in milliseconds written `(ms)`
    ("UTC timestamp after which a job is submitted, in milliseconds. For example, 1562032041362.", "string",
     "unix-ms"),
    ("Start time of the query. The value is a timestamp (ms).", "integer", "unix-ms"),
    # a timestamp in seconds said without `Unix`, or as the seconds since the epoch
    ("Start time, which is a timestamp in seconds.", "integer", "unix-s"),
    ("The number of seconds that have elapsed since 00:00:00 on January 1, 1970 (UTC).", "integer", "unix-s"),
])
def test_timestamps_by_their_unit(text: str, kind: str, want: str) -> None:
    assert kw(text, kind=kind).get("x-format") == want
    assert "x-unit" not in kw(text, kind=kind)


@pytest.mark.parametrize("text", ["Validity period of the timestamp, in seconds.",
                                  "Interval between two timestamps, in milliseconds."])
def test_a_quantity_about_a_timestamp_is_no_timestamp(text: str) -> None:
    assert "x-format" not in kw(text, kind="integer")


def test_compact_layout_with_literal_t_and_z() -> None:
    got = found("Time when the request is sent. The time is in **YYYYMMDD'T'HHMMSS'Z'** format.")
    rx = re.compile(got["pattern"])
    assert rx.search("20190307T101459Z") and not rx.search("20190307101459") and not rx.search("2019-03-07T10:14:59Z")
    assert got["x-format"] == "YYYYMMDD'T'HHMMSS'Z'" and "format" not in got


@pytest.mark.parametrize("text", [
    "Specifies valid CIDR blocks of a tenant.\n\nThe format is *<net_address > / < prefix >*.",
    "Specifies the peer subnet. The format is x.x.x.x/x.",
    "IPv4 subnet in the x.x.x.x/x format.",
])
def test_cidr_layout_given_as_the_format(text: str) -> None:
    assert found(text)["x-format"] == "cidr"


def test_a_valid_regular_expression() -> None:
    assert found("The value must be a valid regular expression.")["format"] == "regex"


def test_uuid_of_at_most_36_characters() -> None:
    assert found("VPC subnet ID. The value contains a maximum of 36 characters in UUID format with hyphens (-).")[
        "format"] == "uuid"
