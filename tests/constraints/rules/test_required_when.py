"""Conditionally-mandatory phrasings of the wide services (issue 10): each class with a test that fails without its
rule, and the sentences that make something else required (no condition on this field)."""

from __future__ import annotations

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize("text", [
    # `cannot be left empty` under a condition
    "Time zone. If any of the parameters of yearly, monthly, weekly, or daily backup is selected, this parameter "
    "cannot be left empty.",
    # two parameters named as used together
    "UTC millisecond timestamp of the query start time. The parameters **from** and **to** should be used together.",
    # either this field or another one
    "User token. You need to specify either this parameter or the token ID in the request body.",
    # this field named among the others
    "Number of instances. Either **from** or **instance_percentage** is required.",
    "At least one of **from** and **to** must be specified.",
    "At least one of the four parameters in this table must be specified.",
])
def test_conditions_kept_as_text(text: str) -> None:
    assert "x-required-when" in kw(text, name="from")


@pytest.mark.parametrize("text", [
    # something else is required
    "Specifies the tag information.\n\nConstraints:\n\n- URL encoding is required for special characters.",
    "Tracker status. If the value is set to **error**, the **detail** field is required for specifying the source.",
    "If **key** is not empty, the parameter **value** cannot be empty, either.",
    "If you set **alarm_action_enabled** to **true**, you must specify either **alarm_actions** or **ok_actions**.",
    # `required` as a participle: what the field is for
    "Information required for creating organization permissions.",
    "Data nodes required for creating a schema. The data nodes must be in the same VPC, either.",
    # two other parameters used together
    "**limit**: number of records. Parameters **offset** and **limit** should always be used together.",
    # alternatives that do not hold this field: the object's own keys, named before `them` or after `of`
    "Specifies the restore information, including **backupRef** and **restoreTime**. At least one of them must be "
    "specified.",
    "At least one of **backupRef** and **restoreTime** must be specified.",
])
def test_no_condition_on_this_field(text: str) -> None:
    got = kw(text, name="key")
    assert "x-required-when" not in got and "if" not in got


@pytest.mark.parametrize("text", [
    "New storage space after scaling up. This parameter is mandatory for scaling up storage.",
    "Destination database information. This parameter is mandatory for calling the API after the connection test.",
])
def test_mandatory_for_an_action_is_a_condition(text: str) -> None:
    assert "x-required-when" in kw(text)


@pytest.mark.parametrize("text", [
    # `used (together) with` another field, without `must`
    "Specifies the ID of the project. This parameter needs to be used together with **all_tenants**.",
    # the condition first, then this field named in bold
    "Specifies the metric dimension list. When **resource_group_id** is not used, **dimensions** is mandatory.",
])
def test_used_with_and_named_after_the_condition(text: str) -> None:
    assert "x-required-when" in kw(text, name="dimensions")


@pytest.mark.parametrize("text", [
    # `required` qualifies a noun: nothing is made mandatory
    "Additional information required for fault locating after a request error.",
    # `can be used with` allows, it does not require; `is used together with` describes (no `must`, `needs to`)
    "Specifies the ID of the project. This parameter can be used with **all_tenants**.",
    "The encryption CMK ID. This parameter is used together with **__system__encrypted** for encryption.",
])
def test_no_condition_from_a_participle_or_a_permission(text: str) -> None:
    assert "x-required-when" not in kw(text, name="location_info")


def test_mandatory_after_a_conjunction_is_a_condition() -> None:
    text = "It is optional for the PUT operation and mandatory for the operation of loading XML files."
    assert "x-required-when" in kw(text, name="Content-Length")


def test_a_key_bullet_states_the_keys_condition_not_the_fields() -> None:
    """A map field's bullet `- **key**: This field is required when ...` makes that key required, not the field."""
    text = ("Extra settings of the volume. The keys are:\n\n"
            "-  **vol/snapshotID**: This field is required when the volume is restored from a snapshot.\n"
            "-  **vol/tier**: Storage tier of the volume.")
    assert "x-required-when" not in kw(text, kind="map", name="extras") and "if" not in kw(text, name="extras")


@pytest.mark.parametrize(("text", "name"), [
    # an imperative `Specify either`, this field named among the two
    ("IPv4 ranges from which access is allowed. Specify either **allow_ranges** or **allow_masks**.", "allow_ranges"),
    ("Project name. Specify either this parameter or the **id** parameter.", "name"),
    # `Either ... must be specified` after a sentence on something else
    ("- Specifies the router ID.\n- Either **router_id** or **network_id** must be specified.", "router_id"),
    # under a condition on another field, `either this parameter or ...`
    ("List of plans. When **scaling** is set to **true**, either this parameter or **rules** must be configured.",
     "plans"),
])
def test_either_this_or_another_must_be_given(text: str, name: str) -> None:
    assert "x-required-when" in kw(text, name=name)


@pytest.mark.parametrize(("text", "name"), [
    # a choice allowed, nothing required
    ("You can specify either **id** or **name**. **id** is recommended.", "name"),
    ("Either **password** or **key_name** can be set.", "password"),
    # two other fields
    ("Specify either **allow_ranges** or **allow_masks**.", "deny_ranges"),
])
def test_either_without_a_mandate_or_about_others_is_no_condition(text: str, name: str) -> None:
    assert "x-required-when" not in kw(text, name=name)


@pytest.mark.parametrize("text", [
    "Specifies the tenant ID. This parameter is used together with **all_tenants**.",
    "Marker of the page. This parameter must be used with **limit**.",
])
def test_used_together_with_a_named_field_is_a_condition_in_words(text: str) -> None:
    assert "x-required-when" in kw(text, siblings=("all_tenants", "limit"))


def test_used_with_something_that_is_no_field_is_no_condition() -> None:
    assert "x-required-when" not in kw("Marker. This parameter is used with the marker of the last page.")


def test_a_sibling_named_in_words_is_the_conditions_field() -> None:
    text = "When the cluster type is **CUSTOM**, this parameter is mandatory."
    got = kw(text, kind="array", name="assigned_roles", siblings=("cluster_type",))
    assert got["if"] == {"field": "cluster_type", "value": "CUSTOM", "required": ["assigned_roles"]}
    # words that name no sibling: the condition stays text
    assert "if" not in kw(text, kind="array", name="assigned_roles", siblings=("type",))


@pytest.mark.parametrize(("text", "name"), [
    # header names (hyphens), two of them, and `field` as the subject (eleventh round: OBS, CCE)
    ("This header must be used with **x-obs-key-md5** and **x-obs-key-algorithm**.", "x-obs-key"),
    ("- This header is a Base64-encoded key. It must be used with **x-obs-key-md5**, **x-obs-key-algorithm**.",
     "x-obs-key"),
    ("CMK ID. This field is used with **encrypted**.", "cmk_id"),
])
def test_used_with_named_headers_or_fields_is_a_condition_in_words(text: str, name: str) -> None:
    assert kw(text, name=name)["x-required-when"]


def test_can_be_used_with_is_no_condition() -> None:
    assert "x-required-when" not in kw("This header can be used with **x-obs-if-match** but not other conditional "
                                       "headers.", name="x-obs-if-none-match")


# Second mining pass (issue 10): the field named after the condition in more ways, `together` in other words.

@pytest.mark.parametrize(("text", "name", "field", "value"), [
    # an admonition's label before the condition (RDS: restore type, EIP binding)
    ("Point in time to restore to.\n\nNOTICE: When **mode** is **pitr**, **point** is mandatory.", "point", "mode",
     "pitr"),
    ("Address to bind. Note: If **bind** is set to **true**, **address** is mandatory.", "address", "bind", True),
    # `cannot be left blank` said of the field named in bold (Cloud Eye)
    ("List of receivers. When **kind** is set to **mail**, **receivers** cannot be left blank.", "receivers", "kind",
     "mail"),
])
def test_the_field_named_after_a_condition_on_a_sibling(text: str, name: str, field: str, value: object) -> None:
    assert kw(text, name=name, siblings=(field,))["if"] == {"field": field, "value": value, "required": [name]}


@pytest.mark.parametrize(("text", "name"), [
    # `the value of **x**` and `the **x** parameter` after a condition in words (MRS jobs, RDS restore)
    ("Program path. If the task kind is Batch or Stream, the value of **entry** must not be empty.", "entry"),
    ("Source ID. If **ref** is not given and **stamp** is given, the **source_id** parameter is mandatory.",
     "source_id"),
    # `simultaneously`, `in conjunction with` (CCE, IAM), names written plainly (ECS)
    ("Number of addresses. NOTICE: The **amount** and **address** parameters must be set simultaneously.", "amount"),
    ("Whether to include children. This parameter must be specified in conjunction with **scope_id**.", "subtree"),
    ("Page marker. Parameters cursor and size must be used together.", "cursor"),
    # the optional case first, then `and is mandatory` (OBS)
    ("Signature. This header is optional for anonymous requests and is mandatory for other requests.", "Signature"),
])
def test_conditions_in_other_words_kept_as_text(text: str, name: str) -> None:
    assert "x-required-when" in kw(text, name=name)


@pytest.mark.parametrize(("text", "name"), [
    # the condition names this field, another one is made mandatory
    ("Start point. NOTICE: If **start** is empty, **stamp** is mandatory.", "start"),
    ("Point in time.\n\nNOTICE: When **mode** is **pitr**, **point** is mandatory.", "backup"),
    ("If the task kind is Batch, the value of **entry** must not be empty.", "libs"),
    # another pair set simultaneously; a word of the name that is no name
    ("NOTICE: The **amount** and **address** parameters must be set simultaneously.", "bandwidth"),
    ("Parameters cursor and size must be used together.", "offset"),
    # forbidden together, not needed together
    ("This parameter cannot be specified in conjunction with **scope_id**.", "subtree"),
    ("The **amount** and **address** parameters cannot be set at the same time.", "amount"),
])
def test_no_condition_on_this_field_in_those_words(text: str, name: str) -> None:
    got = kw(text, name=name)
    assert "x-required-when" not in got and "if" not in got


# Ninth round (issue 10, wide6): the condition ends where the other case begins.

@pytest.mark.parametrize(("text", "name", "field", "value"), [
    # BMS bandwidth, VPC endpoint whitelist: the optional case after `and`
    ("Bandwidth. This parameter is mandatory when **sharetype** is set to **PER** and is optional when **sharetype** "
     "is set to **WHOLE** with an ID specified.", "size", "sharetype", "PER"),
    ("Whitelist records. This parameter is mandatory when **action** is set to **create** and optional when "
     "**action** is set to **delete**.", "permissions", "action", "create"),
])
def test_the_other_case_after_and_is_no_part_of_the_condition(text: str, name: str, field: str, value: str) -> None:
    assert kw(text, name=name, siblings=(field,))["if"] == {"field": field, "value": value, "required": [name]}


def test_a_second_condition_after_and_keeps_the_condition_as_text() -> None:
    text = ("Bandwidth. This parameter is mandatory when **sharetype** is set to **PER** and **type** is set to "
            "**5_bgp**.")
    assert "if" not in kw(text, name="size", siblings=("sharetype", "type"))


@pytest.mark.parametrize("text", [
    "This parameter cannot be left blank when **type** is set to **A**.",
    "The value cannot be empty if **type** is **A**.",
    "If **type** is **A**, you must specify this parameter.",
])
def test_not_blank_or_to_be_specified_under_a_condition_is_required_when(text: str) -> None:
    got = kw(text, name="jar_path", siblings=("type",))
    assert got["if"] == {"field": "type", "value": "A", "required": ["jar_path"]}
    assert "minLength" not in got  # not a length every value has


@pytest.mark.parametrize("text", [
    # which token the field carries in each case, not whether the field is given
    "A token with **Security Administrator** permissions is required if the administrator is requesting to query "
    "the details of a user.",
    "The user token (no special permission requirements) of an IAM user is required if the user is requesting to "
    "delete one of their access keys.",
    "A key with write permissions is mandatory when the bucket is encrypted.",
])
def test_a_requirement_on_what_the_value_holds_is_no_condition(text: str) -> None:
    assert kw(text, name="X-Auth-Token") == {}


@pytest.mark.parametrize("text", [
    "If token-based authentication is used, this parameter is mandatory and must be set to a user token.",
    "The token is required if the API is called with token authentication.",
    "This parameter is mandatory when the disk is encrypted.",
])
def test_the_field_s_own_requirement_stays_a_condition(text: str) -> None:
    assert kw(text, name="X-Auth-Token")["x-required-when"]


@pytest.mark.parametrize("text", [
    # `required` after a noun, with no verb: what the value describes, not a requirement on it
    "Information required when the task is created.",
    "Parameters required if the job is a Spark job.",
    # a flag that says whether another parameter is required
    "Whether the parameter is mandatory. If the value is true, the parameter must be specified when the API is "
    "called.",
    "Indicates whether the header is required.\n\n- **true**: The header must be specified when the API is called.",
])
def test_no_condition_from_a_description_or_a_flag(text: str) -> None:
    got = kw(text, name="x", siblings=("type",))
    assert "x-required-when" not in got and "if" not in got


@pytest.mark.parametrize("text", [
    "This parameter is mandatory for a request.",
    "This parameter is mandatory in the request but can be empty.",
    "This header is required for all API requests.",
])
def test_mandatory_for_every_request_states_no_condition(text: str) -> None:
    """The field is always needed (its Mandatory column says so): no condition to keep."""
    assert "x-required-when" not in kw(text)
    assert "x-required-when" in kw("This parameter is mandatory for requests that create a cluster.")
