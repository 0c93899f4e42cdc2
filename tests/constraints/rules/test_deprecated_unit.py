"""Deprecation and unit phrasings of the wide services (issue 10): each class with a test that fails without it."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize("text", [
    "(To be discarded) Specifies the ID of the cluster associated with the VPC endpoint.",
    "Reserved field.",
    "ID of the route policy. This parameter is not supported for now.",
    "Main ID of a job\n\nThis parameter is not used in the current version, but is retained for compatibility.",
    # what the field does, not supported as a whole sentence
    "The ID of the source snapshot. If it is set, the volume is copied from it. This function is currently not "
    "supported.",
    "Name of the node group. This function is not available in the current version.",
    # the one word, as a whole cell, like `Reserved.`
    "Discarded",
    # a reserved field or parameter after the subject, and `unused` / `not in use` of the field itself
    "Specifies the NIC driver type, which is **virtio** by default. This parameter is a reserved field.",
    "Tag key. This field is a reserved parameter.",
    "Logo URL. This field is unused.",
    "Logo URL. This parameter is currently not in use.",
])
def test_deprecated(text: str) -> None:
    assert kw(text)["deprecated"] is True


@pytest.mark.parametrize("text", [
    # what the service does with the value's spaces, not the field
    "Key\n\nIt can contain a maximum of 36 characters.\n\nSpaces before and after a key will be discarded.",
    # what the parameter is not for
    "The expiration time of a cached web page.\n\nCAUTION: This parameter is not used to set the object expiration.",
    # the function is not supported in one case only
    "Name of the node group. This function is not supported for BMSs.",
    # one listed value is deprecated or not supported, not the field
    "Version status.\n\n- **CURRENT**: The version is the current one.\n- **OLD**: The version is deprecated.",
    "Target type.\n\n- **volume**: a volume.\n- **local**: a local file, which has not been supported.",
    # reserved in one case only
    "Used quota. When **type** is set to **policy**, this parameter is reserved and **-1** is returned.",
    # another field, or something else than the field, is discarded
    "Shared disk.\n\nThe **share_flag** parameter is discarded. Use this parameter instead.",
    "Rule type. If it is left blank, a rule is still created. However, this way of creating rules has been discarded.",
    # the word inside a sentence about something else
    "Spaces before and after the name are discarded.",
    # unused for one purpose or in one case, or another field unused
    "Tag value. This parameter is unused for system tags.",
    "Port. This parameter is currently unused when **type** is **vpc**.",
    "Shared disk. The **share_flag** parameter is unused.",
])
def test_not_deprecated(text: str) -> None:
    assert "deprecated" not in kw(text)


def test_unit_per_second() -> None:
    assert kw("Speed. The value ranges from 1 to 9,999, in MB/s.", "integer")["x-unit"] == "MB/s"


@pytest.mark.parametrize(("text", "unit"), [
    # a period stated with the bounds or the default
    ("The retention period ranges from 1 to 732 days.", "day"),
    ("Value range: 1-7 days.", "day"),
    ("The value ranges from 30 to 604800 seconds.", "s"),
    ("Timeout. The default value is 30 minutes.", "min"),
    ("The value ranges from 1 to 24 hours. Default: 2", "h"),
    # the default named by what it is, and a unit spelled out after `in`
    ("Specifies the probe timeout. The default timeout is **60** seconds.", "s"),
    ("Retention period, in years. The value is from **1** to **10**.", "year"),
    # the unit in a labelled block of its own
    ("**Range**\n\n1 to 732\n\n**Unit**\n\nday", "day"),
])
def test_unit_of_a_period(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


@pytest.mark.parametrize("text", [
    "The value ranges from 1 to 24 hours, or from 1 to 30 days for a weekly policy.",  # two units: which one?
    "If the backup is daily, the value ranges from 1 to 7 days.",  # under a condition
    # the default of something else, in another unit than this value's
    "Number of retries. The default interval between retries is 30 seconds and 2 retries are made by default.",
])
def test_no_unit_of_a_period(text: str) -> None:
    assert "x-unit" not in kw(text, "integer")


def test_a_discarded_value_is_no_deprecated_field() -> None:
    text = ("Specifies the resource type.\n\n- **LB**: indicates a load balancer.\n- **VIP**: indicates a virtual IP "
            "address. (This value has been discarded. The LB type is recommended.)")
    assert "deprecated" not in kw(text)


def test_the_unit_of_an_option_bullet_is_not_the_values() -> None:
    """A bullet that explains one option names that option's unit: the value (a mode) has none."""
    text = ("Storage billing mode. If it is not set, the rate is flat.\n\n"
            "-  Flat rate: A fixed monthly price.\n"
            "-  Usage-based: The price follows the stored data (in TB) of each hour.")
    assert "x-unit" not in kw(text)


def test_a_name_listed_in_bold_has_no_unit() -> None:
    """`in the unit of month` on a field whose values are month names: the value is a name, not a quantity."""
    text = "Billing month, in the unit of month. Options:\n\n-  **Jan**\n-  **Feb**\n-  **Mar**"
    assert "x-unit" not in kw(text)


def test_an_amount_in_a_condition_on_something_else_is_not_the_unit() -> None:
    """`If the free memory falls below this level or 2 GB, ...`: 2 GB is another quantity; the level has no unit."""
    text = "Level that starts the cleanup. If the free memory falls below this level or 2 GB, the cleanup starts."
    assert "x-unit" not in kw(text, kind="integer")
    assert kw("Memory. For example, if this parameter is set to **8**, 8 GB is reserved.", kind="integer")["x-unit"] \
        == "GB"
    # the amount in the main clause, after the condition, is the field's
    assert kw("Memory. When a cluster is created, set it to a multiple of (nodes x 4 GB).", kind="integer")["x-unit"] \
        == "GB"


@pytest.mark.parametrize(("text", "kind", "fmt"), [
    # cloud-eye querying_dashboards.rst create_time, distributed-database-middleware slow query logs endDate
    ("Time when the dashboard was created. The value is a timestamp, in milliseconds.", "integer", "unix-ms"),
    ("End time. The format is UNIX timestamp, in milliseconds.", "string", "unix-ms"),
    ("Start time in the UNIX timestamp format. The unit is millisecond and the time zone is UTC.", "integer",
     "unix-ms"),
    ("When the URL expires, measured as a Unix timestamp (how many seconds elapsed since 00:00:00 on January 1, "
     "1970).", "string", "unix-s"),
])
def test_a_timestamp_has_a_format_and_no_unit(text: str, kind: str, fmt: str) -> None:
    """Issue 10: the unit of a timestamp is a part of its format (`x-format: unix-ms`), not an `x-unit`."""
    got = kw(text, kind)
    assert got["x-format"] == fmt and "x-unit" not in got


@pytest.mark.parametrize("text", ["Timeout of the request, in milliseconds.",
                                  "Interval between two checks. The unit is millisecond."])
def test_a_duration_in_ms_keeps_its_unit(text: str) -> None:
    assert kw(text, "integer")["x-unit"] == "ms"


def test_a_rate_named_after_the_quantity_is_its_unit() -> None:
    assert kw("Specifies the egress bandwidth (Mbit/s). The value ranges from 1 to 2,000.", "integer")["x-unit"] == \
        "Mbit/s"


def test_a_rate_of_one_variant_is_no_unit() -> None:
    text = "- If **resource_type** is set to **BANDWIDTH**, this parameter is the bandwidth (Mbit/s)."
    assert "x-unit" not in kw(text, "integer")


@pytest.mark.parametrize(("text", "kind", "unit"), [
    # a time unit abbreviated in brackets right after a noun naming a span of time
    ("Specifies the warm-up period (s). The value ranges from 0 to 3600.", "integer", "s"),
    ("Average response time (ms) of the queries.", "string", "ms"),
    ("Grace period (min) before the node is drained.", "integer", "min"),
])
def test_an_abbreviated_time_unit_after_a_span(text: str, kind: str, unit: str) -> None:
    assert kw(text, kind)["x-unit"] == unit


def test_a_bracketed_s_after_another_noun_is_a_plural() -> None:
    assert "x-unit" not in kw("Specifies the server name (s) to query.", "string")


@pytest.mark.parametrize(("text", "unit"), [
    # a unit in brackets in the singular, and a span noun opening the sentence (capitalised)
    ("Specifies the largest size (byte) of a script.", "byte"),
    ("Retention period (day) of the logs.", "day"),
    ("Interval (min) between two checks.", "min"),
])
def test_a_unit_in_brackets(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


def test_a_unit_stated_under_a_condition_is_one_variants() -> None:
    # `is not **SET**` names a value of another field: the sentence still opens with a condition
    text = ("Specifies the limit. If **resource_type** is set to **BANDWIDTH** and **action** is not **SET**, this "
            "parameter takes effect and the unit is Mbit/s.")
    assert "x-unit" not in kw(text, "integer")
    assert kw("Specifies the limit, in Mbit/s. If **action** is not **SET**, this parameter takes effect.",
              "integer")["x-unit"] == "Mbit/s"


def test_a_count_gets_no_size_unit_from_an_amount_it_mentions() -> None:
    assert "x-unit" not in kw("Number of disks. Each disk is 100 GB.", kind="integer")
    assert kw("Number of days to retain backups. Value range: 1 to 732 days.", kind="integer")["x-unit"] == "day"


@pytest.mark.parametrize(("text", "kind"), [
    ("Start time to run a job. Unit: ms.", "integer"),
    ("Time when a job is submitted. Unit: milliseconds", "integer"),
    ("Start time, expressed in milliseconds. The data type is Long.", "string"),
    ("End time of the query. Unit: seconds", "string"),
    ("- Creation time of the task. Unit: ms", "number"),
])
def test_a_point_in_time_has_no_time_unit(text: str, kind: str) -> None:
    """A timestamp's unit is a part of its format (`x-format: unix-ms`), never an `x-unit`."""
    assert "x-unit" not in kw(text, kind)


@pytest.mark.parametrize(("text", "unit"), [
    ("Processing time on the server\n\nUnit: ms", "ms"),
    ("Maximum waiting time, in seconds.", "s"),
    ("Execution time of the job. Unit: milliseconds", "ms"),
    ("Start time offset of the window. Unit: s", "s"),
])
def test_a_span_of_time_keeps_its_unit(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


@pytest.mark.parametrize("text", [
    "Incoming traffic in bytes per second",
    "Read throughput, in KB per second.",
    "Upload speed in MB/min.",
    "Traffic is billed in GB.",
    "Billing mode. The bandwidth is charged in GB of traffic.",
])
def test_a_rate_or_a_billing_unit_is_no_unit_of_the_value(text: str) -> None:
    assert "x-unit" not in kw(text, "integer")


@pytest.mark.parametrize(("text", "unit"), [
    ("Disk size, in GB.", "GB"),
    ("The value ranges from 1 to 9,999, in MB/s.", "MB/s"),
    ("Bandwidth size, in Mbit/s.", "Mbit/s"),
])
def test_a_unit_of_the_value_beside_those(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


@pytest.mark.parametrize(("text", "name"), [
    # the deprecation of another thing than this field: an API version, a value, a mode, a feature, a flavor
    ("Version of the API. The v1 API is deprecated, use v2 instead.", "version"),
    ("API version. The **v1** API has been deprecated. Use **v2**.", "version"),
    ("Type. The value **old** is deprecated.", "x"),
    ("Mode. The **legacy** mode is no longer supported.", "x"),
    ("Feature flag. The IPv6 feature is no longer used in this region.", "x"),
    ("Flavor. Old-generation flavors are no longer supported.", "x"),
    ("Flavor. Flavor s1 is deprecated; use s2.", "x"),
    ("Shared disk. The **shareable** parameter is obsolete.", "multiattach"),
    # in one case only, the case after the statement
    ("Options. This parameter is no longer used when **mode** is **auto**.", "x"),
    ("Description. This field is reserved for the system when **type** is **sys**.", "x"),
    # a section's title marked deprecated, not the field
    ("Status of the pair. For details, see Replication Pair Status (Deprecated).", "status"),
])
def test_deprecation_of_something_else(text: str, name: str) -> None:
    assert "deprecated" not in kw(text, name=name)


@pytest.mark.parametrize(("text", "name"), [
    ("Mode. The parameter is obsolete.", "x"),
    ("Mode. This parameter is to be deprecated.", "x"),
    ("Mode. Not used.", "x"),
    ("Mode. This field is currently unused.", "x"),
    ("Mode. Reserved attribute, which is not used now.", "x"),
    ("Mode of the node (deprecated).", "x"),
    ("Shared disk. The **shareable** parameter is obsolete.", "shareable"),
    ("Extended reinstallation parameter, which is discarded.", "x"),
    ("Therefore, this field has been discarded.", "x"),
])
def test_deprecation_of_this_field_in_more_words(text: str, name: str) -> None:
    assert kw(text, name=name)["deprecated"] is True


@pytest.mark.parametrize(("text", "kind", "name"), [
    # an ID is a name, not a quantity: the unit is of the thing it names
    ("Bandwidth ID. The bandwidth size is in Mbit/s.", "string", "bandwidth_id"),
    # a count named by its opening phrase: the amount is of each thing counted
    ("Instance count. Each instance has 8 GB of memory.", "integer", "x"),
    # a unit in brackets after another noun than the field's, in a later sentence
    ("Maximum connections. The memory (GB) of the node determines it.", "integer", "max_connections"),
])
def test_a_unit_of_another_quantity(text: str, kind: str, name: str) -> None:
    assert "x-unit" not in kw(text, kind, name=name)


def test_a_unit_in_brackets_after_the_fields_noun_in_a_later_sentence() -> None:
    text = "**Definition**\n\nSpecifies the memory size (MiB) in the ECS flavor.\n\n**Range**\n\nN/A"
    assert kw(text, "integer", name="ram")["x-unit"] == "MiB"
    assert kw("Flavor memory. The memory size (MiB) of the flavor.", "integer", name="ram")["x-unit"] == "MiB"


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a later sentence whose subject is another quantity, named by a noun the opening phrase does not hold
    ("Image name. The image size is measured in GB.", "string", "name"),
    ("Disk quantity. The size of each disk is in GB.", "integer", "x"),
    ("Number of vCPUs. The memory is in the unit of GB.", "integer", "vcpus"),
    ("Retry count. The interval between retries ranges from 1 to 60 seconds.", "integer", "retries"),
])
def test_a_unit_stated_of_another_subject(text: str, kind: str, name: str) -> None:
    assert "x-unit" not in kw(text, kind, name=name)


@pytest.mark.parametrize(("text", "unit"), [
    ("Disk size. The size is in GB.", "GB"),
    ("Specifies the backup retention period. The retention period ranges from 1 to 732 days.", "day"),
    ("Cooldown period. The value ranges from 0 to 86400 seconds.", "s"),
    ("Timeout of the probe. The default timeout is 30 seconds.", "s"),
])
def test_a_unit_stated_of_the_fields_own_noun(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


@pytest.mark.parametrize("text", [
    # what this field replaces is deprecated, or a version of the API
    "Mode. This parameter replaces the **old_mode** parameter, which has been deprecated.",
    "Mode. This parameter replaces **old_mode**, which is deprecated.",
    "Mode. The previous version of this API has been deprecated.",
])
def test_deprecation_of_what_the_field_replaces(text: str) -> None:
    assert "deprecated" not in kw(text, name="mode")


# -- seventeenth session: wide12's misses, and what they must leave alone ---------------------------------------------


@pytest.mark.parametrize("text", [
    "URL of the repository logo (not in use).",
    "Reserved address of the subnet (currently unused).",
    "Description of the policy. This parameter is not in use.",
])
def test_not_in_use_marks_the_field(text: str) -> None:
    assert kw(text)["deprecated"] is True


@pytest.mark.parametrize("text", [
    # a value named, then what it means
    "Disk status: available (not in use)",
    "Status of the disk, **available** (not in use).",
    # another thing is not in use
    "The disk is not in use.",
    "Whether the volume is not in use.",
    # the field is not used for something
    "This parameter is not in use for yearly/monthly resources.",
])
def test_not_in_use_of_something_else_is_no_deprecation(text: str) -> None:
    assert "deprecated" not in kw(text)


@pytest.mark.parametrize(("text", "unit"), [
    ("Number of remaining bytes.", "byte"),
    ("Number of transferred bytes in the task.", "byte"),
    ("Number of elapsed seconds since the task started.", "s"),
])
def test_a_number_of_units_is_the_unit(text: str, unit: str) -> None:
    assert kw(text, "integer")["x-unit"] == unit


@pytest.mark.parametrize("text", [
    "Number of remaining disks.",
    "Number of files. Each file holds up to 100 bytes.",
])
def test_a_number_of_things_is_no_unit(text: str) -> None:
    assert "x-unit" not in kw(text, "integer")


@pytest.mark.parametrize("text", [
    "Number of bytes read from the disk per second",
    "This metric is used to show the number of bytes read from the monitored object per second (byte/s).",
])
def test_a_number_of_bytes_per_second_is_a_rate_not_bytes(text: str) -> None:
    assert kw(text, "integer").get("x-unit") != "byte"
