"""The rules on phrasings none of the 30 services shows, from the probe cells of tests/constraints/probes.yaml
(written in the docs' style by people who never read the rules): first the sentences that must give no keyword, or
fewer than a quick reading takes, then the statements they state plainly."""

from __future__ import annotations

import re

import pytest

from tests.constraints.rules.helpers import kw

# a keyword the sentence does not state for every value: the client would refuse a valid request


def test_a_bound_a_named_value_lies_beyond_is_no_bound() -> None:
    # -1 is documented valid (it stands for "never"), so a minimum of 1 would refuse it
    text = ("Idle time, in seconds.\n\nValue range: 1 to 86400. The value **-1** indicates that the session never "
            "expires.")
    assert "minimum" not in kw(text, "integer")
    assert kw(text, "integer")["maximum"] == 86400
    assert "minimum" not in kw("The value ranges from 1 to 100.\n\n- **-1**: unlimited", "integer")
    assert "minimum" not in kw("The value ranges from 1 to 100. 0 means no limit.", "integer")
    # a value inside the range changes nothing
    assert kw("The value ranges from 0 to 100. 0 means no limit.", "integer")["minimum"] == 0
    assert kw("The value ranges from 1 to 100. A larger value indicates a higher priority.", "integer")["minimum"] == 1


def test_a_range_per_case_keeps_only_the_bound_every_case_shares() -> None:
    got = kw("The value ranges from 0 to 100 in the eu-de region and from 0 to 50 in other regions.", "integer")
    assert got.get("minimum") == 0 and "maximum" not in got
    got = kw("The value ranges from 1 to 9 when **period_type** is **2** (month) and from 1 to 3 when it is **3** "
             "(year).", "integer", siblings=("period_type",))
    assert got.get("minimum") == 1 and "maximum" not in got


def test_a_unit_per_case_is_no_unit() -> None:
    assert "x-unit" not in kw("Interval for collecting data. When **granularity** is **fine**, the value is in "
                              "seconds; otherwise it is in minutes.", "integer", siblings=("granularity",))
    assert "x-unit" not in kw("Interval, in seconds or minutes depending on **granularity**.", "integer")
    assert kw("Interval for collecting data, in seconds.", "integer")["x-unit"] == "s"


def test_a_z_named_an_offset_from_utc_is_no_rfc_3339_date_time() -> None:
    text = ("Time when the certificate was uploaded.\n\nFormat: yyyy-mm-ddThh:mm:ssZ. **T** separates the date and "
            "the time, and **Z** is the offset from UTC, for example, **2023-02-14T09:30:00+0800**.")
    got = kw(text)
    assert "format" not in got
    rx = re.compile(got["pattern"])
    assert rx.search("2023-02-14T09:30:00+0800") and rx.search("2023-02-14T09:30:00+08:00")
    assert not rx.search("2023-02-14 09:30:00")


def test_an_id_or_a_name_is_no_uuid() -> None:
    assert "format" not in kw("Specifies the load balancer ID (UUID) or the load balancer name.")
    assert kw("Specifies the load balancer ID in UUID format.")["format"] == "uuid"


def test_a_default_per_api_version_is_no_default() -> None:
    assert "default" not in kw("Whether to use HTTPS.\n\nThe default value is **false** in API v2 and **true** in "
                               "API v3.", "boolean")
    assert kw("Whether to use HTTPS.\n\nThe default value is **false**.", "boolean")["default"] is False


def test_values_a_sibling_cannot_take_are_not_excluded_here() -> None:
    text = "Display name of the topic.\n\nNote that the topic **name** cannot be **default**."
    assert "not" not in kw(text, name="display_name", siblings=("name",))
    assert kw("Name of the topic. The **name** cannot be **default**.", name="name",
              siblings=("display_name",))["not"] == {"enum": ["default"]}


@pytest.mark.parametrize("text", [
    # one variant's characters, first characters and complexity: not every value's
    "Specifies the database name.\n\n- MySQL: 1 to 64 characters. Only letters, digits, hyphens (-), underscores (_), "
    "and dollar signs ($) are allowed.\n- PostgreSQL: 1 to 63 characters. It must start with a letter or an underscore "
    "(_).\n- Microsoft SQL Server: 2 to 64 characters. It cannot start with **rdsadmin**.",
    "Specifies the password of the instance.\n\n- For Redis 3.0 instances: 6 to 32 characters.\n- For Redis 4.0 and "
    "later: 8 to 64 characters, containing at least three of the following: uppercase letters, lowercase letters, "
    "digits, and special characters.",
    "Specifies the host name of the instance.\n\n- Linux: up to 64 characters.\n- Windows: up to 15 characters. The "
    "name cannot consist of digits only.",
    # the other half of a tag's pair, after a note's label
    "Specifies the tag value.\n\nNote: The key of the same tag cannot contain commas (,) or equal signs (=).",
])
def test_no_pattern_of_one_variant_or_of_another_thing(text: str) -> None:
    assert "pattern" not in kw(text, name="value")


def test_neither_begin_nor_end_is_a_negation() -> None:
    # read as "must end with a hyphen or a period", this refused every valid name
    text = ("The name contains 4 to 32 characters. Lowercase letters, digits, hyphens (-), and periods (.) are "
            "allowed, but the name can neither begin nor end with a hyphen or a period.")
    rx = re.compile(kw(text)["pattern"])
    assert rx.search("prod-cluster.01")
    assert not any(rx.search(v) for v in ("-prodcluster", "prodcluster.", "Prod-Cluster"))
    rx = re.compile(kw("The name must neither start nor end with a hyphen (-).")["pattern"])
    assert rx.search("a-b") and not rx.search("-ab") and not rx.search("ab-")


# stated plainly, in words the 30 services do not use


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Port on which the database listens.\n\nEnter a value from **1024** to **65535**, excluding **12017** and "
     "**33071**, which are occupied by the management processes.", "string", ["12017", "33071"]),
    ("Port on which the proxy listens.\n\nValue range: 1024 to 65535, except **5432**, **8080**, and **12017**, which "
     "are occupied by the system.", "integer", [5432, 8080, 12017]),
    ("Priority. The value ranges from **-100** to **100**, but **0** cannot be used.", "integer", [0]),
    ("Name of the account. The names **root**, **admin**, and **rdsProxy** are reserved by the system and cannot be "
     "used.", "string", ["root", "admin", "rdsProxy"]),
])
def test_excluded_values_beside_a_range_or_reserved(text: str, kind: str, values: list[object]) -> None:
    assert kw(text, kind)["not"] == {"enum": values}


@pytest.mark.parametrize(("text", "kind", "values"), [
    ("Type of the certificate. The only value supported is **x509**.", "string", ["x509"]),
    ("The only supported value is **x509**.", "string", ["x509"]),
    ("API version of the job object. This field always takes the value **batch/v1**.", "string", ["batch/v1"]),
])
def test_one_value_stated_as_the_only_one(text: str, kind: str, values: list[object]) -> None:
    assert kw(text, kind)["enum"] == values


def test_the_values_each_element_of_an_array_can_be() -> None:
    got = kw("HTTP methods. Each element can be **GET**, **POST**, or **PUT**.", "array", item_kind="string")
    assert got["enum"] == ["GET", "POST", "PUT"]


@pytest.mark.parametrize(("text", "value"), [
    ("Log level. Options: **DEBUG**, **INFO**, **WARN**, and **ERROR**. If omitted, **INFO** applies.", "INFO"),
    ("Compression algorithm. If you leave this parameter unset, the service uses **gzip**.", "gzip"),
])
def test_a_default_the_field_left_out_takes(text: str, value: str) -> None:
    assert kw(text)["default"] == value


def test_to_be_discarded_after_a_note_label() -> None:
    assert kw("Name of the enterprise project.\n\nNote: This parameter will be discarded in later versions. Use "
              "**enterprise_project_id** instead.")["deprecated"] is True


@pytest.mark.parametrize(("text", "kind", "keywords"), [
    ("Time of the trigger.\n\nNote: The value is the number of milliseconds elapsed since the UNIX epoch "
     "(1970-01-01T00:00:00Z).", "integer", {"x-format": "unix-ms"}),
    ("Time when the key was created. The value is a timestamp expressed in seconds elapsed since 00:00:00, January 1, "
     "1970 (UTC).", "integer", {"x-format": "unix-s"}),
    ("Proportion of the vCPUs reserved.\n\nValid values: (0, 0.5]", "number", {"exclusiveMinimum": 0, "maximum": 0.5}),
    ("Number of decimal places. Allowed values lie in the closed interval **[0, 6]**.", "integer",
     {"minimum": 0, "maximum": 6}),
    ("The key length is fixed to 32 bytes.", "string", {"minLength": 32, "maxLength": 32}),
    ("Display name. The length must be greater than 0 and less than 33 characters.", "string",
     {"minLength": 1, "maxLength": 32}),
    ("Timeout for connecting to the backend, in ms. Range: [100, 60000].", "integer", {"x-unit": "ms"}),
    ("Specifies the ID of the CMK.\n\nYou must specify this parameter if **encrypted** is **true**.", "string",
     {"if": {"field": "encrypted", "value": True, "required": ["x"]}}),
])
def test_stated_in_words_the_services_do_not_use(text: str, kind: str, keywords: dict[str, object]) -> None:
    got = kw(text, kind, siblings=("encrypted",))
    assert {k: got.get(k) for k in keywords} == keywords


def test_the_siblings_timestamps_leave_this_durations_unit() -> None:
    text = ("Interval between two returned data points, in seconds. **from** and **to** are UNIX timestamps in "
            "milliseconds.")
    assert kw(text, "integer", siblings=("from", "to"))["x-unit"] == "s"


@pytest.mark.parametrize(("text", "kind", "keyword", "siblings"), [
    # a count's bound of a size the service bills, not of the count
    ("Number of objects in the bucket.\n\nNote: An object smaller than 64 KB is billed as 64 KB.", "integer",
     "exclusiveMaximum", ()),
    # the memory of an instance class beside a maximum number of connections
    ("Maximum number of connections. The upper limit depends on the instance class: **2,000** for 2 vCPUs and 4 GB, "
     "and **10,000** for 8 vCPUs and 32 GB.", "integer", "x-unit", ()),
    # PEM text is no Base64 string
    ("Body of the certificate, in PEM format. The PEM body is Base64-encoded DER data.", "string", "format", ()),
    # a sibling's format
    ("ID of the VPC.\n\nNote: **subnet_id** is the network ID of the subnet (in UUID format).", "string", "format",
     ("subnet_id",)),
    # a line of a file, a length per kind of character
    ("Delimiter that separates the fields in each line of the imported CSV file.\n\nThe CSV file can contain only "
     "UTF-8 characters, and each line of the file cannot exceed 8,192 bytes.", "string", "maxLength", ()),
    ("Name of the user group.\n\nThe name can contain a maximum of 64 Chinese characters or 128 English characters.",
     "string", "maxLength", ()),
    # mandatory said of tag keys, hedged
    ("Tags to add.\n\nIf your organization enforces a tag policy, some tag keys, such as **CostCenter**, may be "
     "mandatory. Contact your administrator for the keys required in your account.", "array", "x-required-when", ()),
])
def test_no_keyword_of_another_thing(text: str, kind: str, keyword: str, siblings: tuple[str, ...]) -> None:
    assert keyword not in kw(text, kind, siblings=siblings)
