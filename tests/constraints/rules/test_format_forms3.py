"""Format, precision (issue 10, generalisation): a format keyword only where the sentence states the form of the value
itself. A UUID named beside the value (of another thing, as an option, a default, a source), a layout of a part, of a
sibling, of a range's ends or one of several forms, Base64 said of another thing, a CIDR block as one form and a
regular expression the value must not be give none; the plain statements are still read."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize("text", [
    # a UUID mentioned, not stated as the value's form
    "Instance name. You can obtain the instance UUID by calling the API for querying instances.",
    "Name of the instance. It cannot be the same as the UUID of another instance.",
    "Instance ID or name. The UUID format is recommended.",
    "The UUID/name of the instance.",
    "Project ID. Obtain it from the UUID field in the response.",
    "Image ID. The value is in UUID format. You can also use the image name.",
    "Domain name of the instance, which is generated from the instance UUID.",
    "Tag key. The key can be a UUID.",
    "Host name of the server. The default value is the server UUID.",
    "UUIDs of the servers, separated by commas.",
])
def test_uuid_only_when_stated_of_the_value(text: str) -> None:
    assert "format" not in kw(text)


@pytest.mark.parametrize("text", [
    "Instance ID (UUID).",
    "Instance ID. Format: UUID",
    "The ID is in the format of a UUID.",
    "The value must be a valid UUID.",
    "Specifies the instance UUID.",
    "UUID of the instance.",
    "The ID conforms to the UUID format.",
    "It is a 36-character UUID.",
    "Instance ID. Only UUID is supported.",
    "**Definition**\n\nInstance ID.\n\n**Range**\n\nThe value is in UUID format.",
    "**Definition**\n\nResponse body for querying task details.\n\n**Range**\n\nRandomly generated UUID.",
])
def test_uuid_stated(text: str) -> None:
    assert kw(text).get("format") == "uuid"


@pytest.mark.parametrize("text", [
    # a layout of a part of a composite value, inside a longer layout, of a sibling field
    "Expiry filter in the format *operator*:*timestamp*. The *timestamp* format is YYYY-MM-DDTHH:mm:ssZ.",
    "Password expiration time. The format is **password_expires_at=***operator***:***timestamp*.\n\n"
    "- The **timestamp** format is **YYYY-MM-DDTHH:mm:ssZ**.",
    "Filter by creation time. The format is **created_at=gt:yyyy-mm-ddThh:mm:ssZ**.",
    "End time. It must be later than **start_time**, which is in yyyy-mm-ddThh:mm:ssZ format.",
    # a range's two ends, or one of several forms
    "Time range in the format of yyyy-mm-ddThh:mm:ssZ/yyyy-mm-ddThh:mm:ssZ.",
    "Time range. The format is yyyy-mm-ddThh:mm:ssZ,yyyy-mm-ddThh:mm:ssZ.",
    "Date range, in the format yyyy-mm-dd~yyyy-mm-dd.",
    "Time. The value can be in yyyy-mm-ddThh:mm:ssZ format or a timestamp.",
    "Time. The value can be in yyyy-mm-ddThh:mm:ssZ or yyyy-mm-dd format.",
    "Date. The format is yyyy-mm-dd or yyyymmdd.",
    "Object name. The format is prefix-yyyy-mm-dd.",
    # Base64 of another thing, or one form of two
    "Signature. The content to be signed must be Base64-encoded before signing.",
    "User data. The value can be plaintext or Base64-encoded.",
    "Certificate content. The private key must be Base64-encoded.",
    # a CIDR block of another thing, or one form of two
    "Subnet ID. The subnet CIDR block is in the format x.x.x.x/x.",
    "Remote IP address range. The value can be in CIDR format or IP address range format.",
    "Remote IP, in CIDR format or IP address format.",
    # a regular expression refused
    "Name. The name cannot be a regular expression.",
])
def test_no_format_of_another_thing(text: str) -> None:
    got = kw(text)
    assert "format" not in got and "x-format" not in got


def test_zone_after_layout_written_as_gmt_offset() -> None:
    # `yyyy-mm-dd hh:mm:ss GMT+08:00`: the zone follows the layout; the pattern must admit it
    got = kw("Time in the format yyyy-mm-dd hh:mm:ss GMT+08:00.")
    assert got.get("pattern", "").endswith(".+$")


@pytest.mark.parametrize(("text", "value"), [
    ("End time. The end time must be in yyyy-mm-ddThh:mm:ssZ format.", "date-time"),
    ("Specifies the creation time. The UTC time format is used: YYYY-MM-DDTHH:MM:SSZ.", "date-time"),
    ("Certificate content, which is encoded using Base64.", "byte"),
    ("User data. The content of **x** must be encoded with base64.", "byte"),
])
def test_format_of_the_value_still_read(text: str, value: str) -> None:
    assert kw(text).get("format") == value


def test_space_separated_layout_with_zone_is_a_pattern() -> None:
    # `yyyy-mm-dd hh:mm:ssZ`: a space for the `T`, which a `date-time` checker rejects
    got = kw("Time. The format is yyyy-mm-dd hh:mm:ssZ.")
    assert "format" not in got
    assert got["pattern"] == "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z$"


@pytest.mark.parametrize(("text", "kind"), [
    # one case of another field's value: the timestamp is that case's form, not the value's
    ("Start of the query interval.\n\n- If **time_format** is **timestamp**, enter a UNIX timestamp in seconds, for "
     "example, **1717200000**.\n- If **time_format** is **iso8601**, enter the time in ISO 8601 format.", "string"),
    ("Start. If **time_format** is **timestamp**, the value is a UNIX timestamp in milliseconds.", "string"),
    # a sibling's timestamp in a which-clause
    ("Time elapsed since the last heartbeat, in seconds.\n\nIt is calculated as the current UNIX time minus "
     "**last_heartbeat**, which is a UNIX timestamp in seconds.", "integer"),
])
def test_no_timestamp_of_one_case_or_of_a_sibling(text: str, kind: str) -> None:
    assert "x-format" not in kw(text, kind)


@pytest.mark.parametrize(("text", "stamp"), [
    # `when` that opens what the value marks is no condition
    ("Specifies when the event occurred, which is a UNIX timestamp (ms).", "unix-ms"),
    ("Start. The value is a UNIX timestamp.", "unix-s"),
])
def test_the_values_own_timestamp_is_read(text: str, stamp: str) -> None:
    assert kw(text, "integer")["x-format"] == stamp
