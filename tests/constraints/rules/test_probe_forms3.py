"""The rules on the phrasings of the fourth probe set (tests/constraints/probes4.yaml): gateway, function, queue and
workflow services; compute, container, storage and backup; identity, billing, monitoring, audit and web firewall.
Each test fails on the rules before them."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "keyword", "siblings"), [
    # one default per case, a prefix of a value made later
    ("Maximum execution duration, in seconds.\n\nIf this parameter is omitted, **3** is used for event functions and "
     "**60** for HTTP functions.", "integer", "default", ()),
    ("Name of the dead letter topic.\n\nThe default is **DLQ_** followed by the consumer group name.", "string",
     "default", ()),
    # a count's special values explained
    ("Maximum number of instances the function can run at the same time.\n\n- **-1**: no limit.\n- **0**: the "
     "function is disabled.", "integer", "enum", ()),
    # the same when the count is a quantity or a `... count` (subjects.opens_with_a_count, as the unit rule reads it)
    ("Quantity of retries.\n\n- **0**: the request is not retried.\n- **-1**: it is retried until it expires.",
     "integer", "enum", ()),
    ("The retry count.\n\n- **0**: the request is not retried.\n- **-1**: it is retried until it expires.",
     "integer", "enum", ()),
    # a sibling's values under a label naming it
    ("ID of the VPC channel.\n\nValues of **vpc_channel_status**:\n\n- **1**: a VPC channel is used.\n- **2**: no VPC "
     "channel is used.", "string", "enum", ("vpc_channel_status",)),
    # another API deprecated
    ("Type of the disk.\n\nNote:\n\nThe **/v1/cloudvolumes** API, which also accepts this parameter, is deprecated. "
     "Use this API instead.", "string", "deprecated", ()),
    # a list of CIDR blocks in one string
    ("IPv4 ranges from which the console may be accessed, written in CIDR notation such as **192.168.0.0/24** and "
     "separated by semicolons (;).", "string", "x-format", ()),
    # a maximum per flavor
    ("Number of proxy nodes. At least 2 nodes are required; the maximum is 16 for the **large** flavors and 32 for "
     "the **xlarge** ones.", "integer", "maximum", ()),
])
def test_no_keyword_of_a_case_a_part_or_another_thing(text: str, kind: str, keyword: str,
                                                     siblings: tuple[str, ...]) -> None:
    assert keyword not in kw(text, kind, siblings=siblings)


@pytest.mark.parametrize(("text", "kind", "keywords"), [
    ("ID of the request, a 36-character UUID.", "string", {"format": "uuid"}),
    ("Number of partitions.\n\nLower limit: **1**; upper limit: **200**.", "integer", {"minimum": 1, "maximum": 200}),
    ("Name of the node pool.\n\nNote:\n\nThe names **default** and **system** are reserved by the platform and cannot "
     "be used.", "string", {"not": {"enum": ["default", "system"]}}),
    ("Name.\n\n**RELEASE** is reserved for the default environment and cannot be used as a name.", "string",
     {"not": {"enum": ["RELEASE"]}}),
    ("Number of days after which objects expire.\n\nThe value must be greater than **0** and cannot exceed **36500** "
     "(100 years).", "integer", {"exclusiveMinimum": 0, "maximum": 36500}),
])
def test_stated_in_the_fourth_probe_sets_words(text: str, kind: str, keywords: dict[str, object]) -> None:
    got = kw(text, kind)
    assert {k: got.get(k) for k in keywords} == keywords


def test_a_condition_that_says_the_field_must_be_given() -> None:
    got = kw("Billing cycle. It must be given when **statistic_type** is **2** and is ignored otherwise.",
             siblings=("statistic_type",))
    assert got["if"]["field"] == "statistic_type"
