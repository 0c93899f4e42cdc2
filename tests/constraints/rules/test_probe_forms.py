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
