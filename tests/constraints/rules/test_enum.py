"""Enumeration phrasings of the wide services (issue 10): each class with a test that fails without its rule."""

from __future__ import annotations

from typing import Any

import pytest

from generator.constraints.rules import AMBIGUOUS
from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "values"), [
    # the inline list as a bullet of its own
    ("- Specifies an authentication algorithm.\n- The value can be **sha2-256**, **sha1**, or **md5**.", "string",
     ["sha2-256", "sha1", "md5"]),
    # `<what it is>, which can be ...`, the values explained in brackets
    ("Alarm severity, which can be **1** (critical), **2** (major), or **3** (minor). The default value is **2**.",
     "integer", [1, 2, 3]),
    ("There are two value options: **asc** (ascending order) and **desc** (descending order).", "string",
     ["asc", "desc"]),
    # the values indented under a `- Value range:` bullet, one marked as not supported
    ("- Specifies the peer ID type.\n- Value range:\n\n  - **ip**\n  - **any**\n  - **fqdn** (currently not "
     "supported)\n- The default value is **ip**.", "string", ["ip", "any", "fqdn"]),
    ("- Specifies the flavor.\n- Value range:\n\n  - V1G\n  - Basic\n  - Professional1-NonFixedIP (not yet "
     "supported)", "string", ["V1G", "Basic", "Professional1-NonFixedIP"]),
    # the default marked inside the bold value
    ("Relationship.\n\nEnumerated values:\n\n- **AND (default value)**\n- **OR**", "string", ["AND", "OR"]),
    # coded values and their meaning
    ("Job type code\n\n- 1: MapReduce\n- 2: Spark\n- 5: DistCp, importing data. For details, see Table 3.",
     "integer", [1, 2, 5]),
    # one value, the field named in words or the opening phrase
    ("Tracker name. Only one tracker is allowed for each tenant. The tracker name is **system**.", "string",
     ["system"]),
    ("Backup type, which is **backup**.", "string", ["backup"]),
])
def test_enum_classes(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind, name="tracker_name")["enum"] == values


def test_a_value_the_named_field_is_given_under_another_name_is_no_enum() -> None:
    assert "enum" not in kw("The region name is **eu-de**.", name="tracker_name")


def test_a_which_clause_about_something_else_with_open_words_is_no_enum() -> None:
    assert "enum" not in kw("Specifies the resource ID, which can be **Endpoint Service ID** or **Endpoint ID**.")


def test_a_list_that_contradicts_the_enumerated_values_gives_no_enum() -> None:
    text = ("Tracker status. The value can be **enabled**, **disabled**, or **error**.\n\nEnumerated values:\n\n"
            "- **enabled**\n- **disabled**")
    got = kw(text)
    assert "enum" not in got and got[AMBIGUOUS].startswith("enum:")


def test_the_enumerated_values_completing_a_partial_list_win() -> None:
    text = ("Whether to delete. Value options:\n\n- **delete-true** or **delete-block** (deleted)\n- **delete-false** "
            "(kept)\n\nEnumeration values:\n\n- **delete-true**\n- **delete-block**\n- **delete-false**")
    assert kw(text)["enum"] == ["delete-true", "delete-block", "delete-false"]


def test_the_values_of_sub_fields_are_not_the_fields_values() -> None:
    text = ("Pass at least one of the following filter parameters:\n\n**namespace**: organization name.\n\n"
            "**category**: repository type. The value can be **linux** or **windows**.\n\n"
            "**order_type**: sorting order. The value can be **desc** or **asc**.")
    assert "enum" not in kw(text)


def test_one_explained_value_of_a_boolean_is_no_enum() -> None:
    # precision audit: `**true**: ...` alone explains one of the two values, it does not allow only that one
    found = kw("Whether the pre-check items are passed. **true**: indicates that the pre-check is passed.", "boolean")
    assert "enum" not in found and found[AMBIGUOUS].startswith("enum:")
    # both values listed as the allowed ones still give the enum
    assert kw("Whether it is enabled. The value can be **true** or **false**.", "boolean")["enum"] == [True, False]


def test_a_bold_value_with_an_asterisk_inside_is_one_value() -> None:
    # the reader renders a strong node as `**inner**`: a `*` inside it is part of the value, not its end
    assert kw("Mode.\n\nValue:\n\n- **{{7*7}}**\n- **plain**")["enum"] == ["{{7*7}}", "plain"]


def test_value_options_label_lists_the_values() -> None:
    # `Value options:` then the bold values inline, after bullets that say what each value does
    text = ("Attachment status.\n\n- If this parameter is set to **All**, all versions are included.\n\n"
            "Value options: **pending**, **available**, or **freezed**.")
    assert kw(text)["enum"] == ["pending", "available", "freezed"]


def test_a_value_followed_by_more_values_is_not_the_only_one() -> None:
    """`The value is **a**, **b**, or **c**, which ...`: three values, not `a` alone."""
    got = kw("Disk tier. The value is **hot**, **warm**, or **cold**, which keep data one, seven and thirty days.")
    assert got["enum"] == ["hot", "warm", "cold"]


def test_a_value_label_naming_where_the_value_comes_from_is_no_enum() -> None:
    """`Valid value: value of **marker** in ...`: the value is the marker's value, not the word `marker`."""
    assert "enum" not in kw("Page marker. Valid value: value of **next_marker** in the previous page's response.")


@pytest.mark.parametrize(("text", "name"), [
    # the field's own name explained
    ("**zone.id**: ID of the zone the volume is in.", "zone_id"),
    # one term explained beside a plain list of more values that no phrase states to be the values
    ("Node kind. If this parameter is **ALL**, all kinds are queried. **GW**: gateway nodes\n\n-  ALL\n-  GW\n-  WK",
     "x"),
])
def test_one_explained_term_is_no_enum(text: str, name: str) -> None:
    got = kw(text, name=name)
    assert "enum" not in got and got[AMBIGUOUS].startswith("enum:")


def test_one_explained_term_beside_a_value_list_gives_the_list() -> None:
    # the `Value:` list states the values whole; the term explained before it is one of them (`parameter` in an
    # earlier sentence of the intro line does not make the list one of parameters)
    text = ("Node kind. If this parameter is **ALL** (default value), all kinds are queried. **GW**: gateway nodes "
            "Value:\n\n-  ALL\n-  GW\n-  WK")
    assert kw(text, name="x")["enum"] == ["ALL", "GW", "WK"]


def test_an_id_whose_cell_explains_some_values_has_no_enum() -> None:
    # what two IDs stand for, not the only IDs there are (the ID comes from another API)
    found = kw("Scope ID, which you can obtain from the scope query API. Note that the value **0** indicates the ID "
               "of the global scope, and the value **1** indicates the ID of the project scope.", name="scope_id")
    assert "enum" not in found and "an ID" in found[AMBIGUOUS]
    # the same sentences on a field that is not an ID list its values
    assert kw("Scope of the rule. The value **0** indicates the global scope, and the value **1** indicates the "
              "project scope.", name="scope")["enum"] == ["0", "1"]
    # an ID whose values the cell introduces as the ones it takes keeps them
    assert kw("Provider ID, which tells the objects apart. The value can be as follows: **p1** indicates servers; "
              "**p2** indicates disks.", name="provider_id")["enum"] == ["p1", "p2"]



def test_an_id_whose_bullets_explain_the_kinds_it_names_has_no_enum() -> None:
    # the kinds of task whose IDs the field takes, each explained: a real task ID (a UUID) is none of them
    text = ("Task ID. Currently, the following tasks are supported:\n\n-  **CreateInstance**: Creating an instance\n"
            "-  **DeleteInstance**: Deleting an instance")
    found = kw(text, name="id")
    assert "enum" not in found and "an ID" in found[AMBIGUOUS]
    # the same bullets on a field whose cell says what it is without calling it an ID, or says they are its values,
    # or on a field that is not an ID, list its values
    assert kw(text.replace("Task ID.", "Task type."), name="id")["enum"] == ["CreateInstance", "DeleteInstance"]
    assert kw(text.replace("Currently, the following tasks are supported:", "The value can be:"),
              name="id")["enum"] == ["CreateInstance", "DeleteInstance"]
    assert kw(text, name="task")["enum"] == ["CreateInstance", "DeleteInstance"]

def test_bold_values_after_a_sentence_that_ends_in_examples_are_no_enum() -> None:
    # mapreduce-service, a sort field (emitted audit, seed 20261211): query strings as examples, not the values
    text = ("Sort field. A hyphen (-) before the sort field indicates to sort in descending order. Examples:\n\n"
            "-  **sort_by=name** indicates to sort by **name** in ascending order.\n"
            "-  **sort_by=-name** indicates to sort by name in descending order.")
    assert "enum" not in kw(text)
    assert kw(text.replace("Examples:", "Options:"))["enum"] == ["sort_by=name", "sort_by=-name"]


def test_a_list_with_a_templated_name_is_no_enum() -> None:
    # mapreduce-service, a node group's name: `node_group{x}` stands for any number of names the list does not give
    text = ("Node group name. The rules for configuring node groups are as follows:\n\n"
            "- **master_node_default_group**: Master node group.\n- **core_node_analysis_group**: Core node group.\n"
            "- **node_group{x}**: node group of the customized cluster. You can add multiple node groups.")
    found = kw(text)
    assert "enum" not in found and "template" in found[AMBIGUOUS]
    assert kw(text.replace("- **node_group{x}**: node group of the customized cluster. You can add multiple node "
                           "groups.", ""))["enum"] == ["master_node_default_group", "core_node_analysis_group"]


def test_bold_values_under_examples_are_no_enum() -> None:
    text = ("Period to query.\n\nExamples:\n\n- **0.60** indicates the last 60 minutes.\n- **5.10** indicates the "
            "10 minutes from minute 5.\n\nFormat: start.duration")
    assert "enum" not in kw(text)
    assert kw("Period to query.\n\nOptions:\n\n- **0.60** indicates the last 60 minutes.\n- **5.10** indicates the "
              "10 minutes from minute 5.")["enum"] == ["0.60", "5.10"]


def test_a_list_of_variables_inside_the_value_is_no_enum() -> None:
    text = ("Message body. A name after a dollar sign ($) can only be one of the following variables:\n\n"
            "- Host: ${host_name};\n- Level: ${level};\n\nEach variable ends with a semicolon (;).")
    assert "enum" not in kw(text)


def test_numbers_listed_for_an_untyped_field_are_an_annotation() -> None:
    text = "Action to take. The value can be:\n\n- 0: block the request.\n- 1: allow the request."
    found = kw(text, kind="any")
    assert "enum" not in found and found["x-enum-untyped"] == ["0", "1"] and "no stated type" in found[AMBIGUOUS]
    assert kw(text, kind="integer")["enum"] == [0, 1]
    assert kw("Action to take. The value can be:\n\n- block: block it.\n- allow: allow it.", kind="any")["enum"] == [
        "block", "allow"]


@pytest.mark.parametrize(("text", "values"), [
    # the values in a paragraph under `- Value range:`, joined by `and`
    ("- Specifies the tunnel protocol version.\n- Value range:\n\n  **p1** and **p2**\n- Default value:\n\n  p2",
     ["p1", "p2"]),
    # paragraphs that each define one value, under the intro
    ("- Specifies how the rule is billed.\n- Value range:\n\n  **hourly**: billed by the hour\n\n  **monthly**: "
     "billed by the month\n- The default value is **hourly**.", ["hourly", "monthly"]),
    # one value defined under `Value:`: the only one the cell allows
    ("Specifies how hosts are restarted.\n\nValue:\n\n**FORCE**: forcible restart", ["FORCE"]),
])
def test_values_in_paragraphs_under_an_intro(text: str, values: list[str]) -> None:
    assert kw(text)["enum"] == values


def test_a_paragraph_under_an_intro_that_is_a_sentence_is_no_enum() -> None:
    # the paragraph names a value inside running text: what the value is, not a list of values
    assert "enum" not in kw("Specifies the mode.\n\nValue range:\n\nThe value of **mode** in the previous response.")
    assert "enum" not in kw("Specifies the mode.\n\nValue range:\n\n**hourly** unless the plan is a monthly one")


def test_quoted_string_values_lose_their_quotes() -> None:
    # `- **"on"**`: the string on, written with the quotes of a JSON string
    assert kw("Whether it is on.\n\nEnumeration values:\n\n- **\"on\"**\n- **\"off\"**")["enum"] == ["on", "off"]
    assert kw("Whether it is kept.\n\n- **'0'**: not kept\n- **'1'**: kept")["enum"] == ["0", "1"]
    # one quoted value among plain ones: quotes that are part of that value, kept as written
    assert kw("Whether it is kept.\n\n- **'0'**: not kept\n- **1**: kept")["enum"] == ["'0'", "1"]


@pytest.mark.parametrize(("text", "kind", "values"), [
    # the noun the cell opens with, as the subject of the list
    ("Field to sort by. The field can be **id**, **name**, or **size**. By default, **id** is used.", "string",
     ["id", "name", "size"]),
    ("Image manifest version. The version can be **1** or **2**.", "integer", [1, 2]),
    # `The value of this parameter can be ...`
    ("Specifies the address family. The value of this parameter can be **4** or **6**.", "integer", [4, 6]),
    # the list closed by a participle clause that explains the values, or by the default
    ("Read mode. The value can be **fast** or **safe**, indicating fast reads and safe reads, respectively.",
     "string", ["fast", "safe"]),
    ("Sort order. The value can be **up** or **down**, and is **up** by default.", "string", ["up", "down"]),
])
def test_inline_lists_with_other_subjects_and_endings(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind)["enum"] == values


@pytest.mark.parametrize("text", [
    # a noun the opening phrase does not name: a part or another thing
    "Resource path. The region segment can be **eu-1** or **eu-2**.",
    # the opening is a sentence, not the name of the property
    "The disk is created by the API. The disk can be **a1** or **b1**.",
    # an open list
    "Name of the disk. The name can be **a1**, **b1**, or any name you like.",
])
def test_other_subjects_give_no_enum(text: str) -> None:
    assert "enum" not in kw(text)


def test_paragraphs_under_an_intro_keep_every_value_they_define() -> None:
    # several definitions in one paragraph under `The value can be:`
    text = "Job state. The value can be:\n\n**Queued**: waiting. **Done**: finished. **Lost**: failed."
    assert kw(text)["enum"] == ["Queued", "Done", "Lost"]
    # one value explained with `, indicating ...`, the others defined after it: all of them
    text = ("Release state.\n\nThe value is **LIVE**, indicating that the release is out.\n\n**OLD**: still served."
            "\n\n**GONE**: to be removed.")
    assert kw(text)["enum"] == ["LIVE", "OLD", "GONE"]
    # `can only be **x**, indicating ...`: the one value
    assert kw("Address family.\n\nThe value can only be **6**, indicating IPv6.", "integer")["enum"] == [6]


def test_only_value_x_is_supported() -> None:
    assert kw("Whether to list the details. Only value **true** is supported currently.")["enum"] == ["true"]
    # the value named as one of several that work, not the only one
    assert "enum" not in kw("Whether to list the details. The value **true** is supported currently.")


@pytest.mark.parametrize(("text", "values"), [
    # `Possible values are ...` / `Valid values are ...` without a colon, the values explained in brackets
    ("Specifies the operation identifier. Possible values are **add** and **remove**. Use **add** to attach tags.",
     ["add", "remove"]),
    ("Replication state. Valid values are **active** (running), **error** (failed), and **syncing**.",
     ["active", "error", "syncing"]),
    # `The parameter value can only be ...`: one value
    ("Specifies the key to match.\n\nNote:\n\nThe parameter value can only be **host_name**, which is the host name.",
     ["host_name"]),
])
def test_possible_values_are_and_parameter_value_can_only_be(text: str, values: list[str]) -> None:
    assert kw(text)["enum"] == values


def test_possible_values_of_something_else_are_no_enum() -> None:
    # the values of another field, named before the list: not this field's
    assert "enum" not in kw("Possible values of **type** are **a** and **b**. This field is the name of the rule.")
    # a value allowed in a parameter, said of the parameter's own name in a sentence that is not its value
    assert "enum" not in kw("The parameter value can only be **resource_name** or a name given by the user.")


def test_a_media_type_with_its_parameter_written_with_a_space_is_one_value() -> None:
    text = "Message body type. The value can be **text/plain** or **charset=utf-8 text/plain**."
    assert kw(text)["enum"] == ["text/plain", "charset=utf-8 text/plain"]


def test_bold_words_with_spaces_are_still_no_values() -> None:
    assert "enum" not in kw("Message body type. The value can be **text/plain** or **plain text in UTF-8**.")


def test_the_field_can_be_then_bullets_lists_the_fields_values() -> None:
    # the subject is the field itself, not `the following fields:` (a list of sub-fields)
    text = ("Specifies the sorting field of the list. The field can be:\n\n- **created_at**: sorted by creation time."
            "\n- **updated_at**: sorted by update time.\n\nThe default field is **created_at**.")
    assert kw(text)["enum"] == ["created_at", "updated_at"]
    assert "enum" not in kw("Contains the following fields:\n\n- **created_at**: creation time.\n- **updated_at**: "
                            "update time.")


def test_possible_values_closing_a_bullet_introduce_the_bullets_that_follow() -> None:
    text = ("Whether to go on after a script fails. Notes:\n\n- You are advised to set this parameter to **continue** "
            "while testing.\n- The scale-in cannot be undone. **fail_action** must be set to **continue** after "
            "scale-in. Possible values:\n- **continue**: Continue to execute subsequent scripts.\n- **errorout**: "
            "Stop the action.")
    assert kw(text, name="fail_action")["enum"] == ["continue", "errorout"]
    # a bullet that only names a label, its own level's bullets after it: a label among them, not an intro
    assert "enum" not in kw("Notes:\n\n- Values:\n- **a** is advised.\n- **b** is advised too.")


def test_currently_a_b_and_c_are_supported_lists_the_values() -> None:
    assert kw("Data disk storage type. Currently, SATA, SAS and SSD are supported.")["enum"] == ["SATA", "SAS", "SSD"]
    # a charset said to be supported, and a list not opened by `Currently,`: no values
    assert "enum" not in kw("Currently, letters and digits are supported.")
    assert "enum" not in kw("English and Chinese are supported.")


def test_values_listed_for_one_variant_are_no_enum_of_the_field() -> None:
    text = ("Specifies the synchronize model.\n\nFor MySQL, the value can be any of the following:\n\n- **async**: "
            "asynchronous\n- **semisync**: semi-synchronous\n\nFor PostgreSQL, the value can be any of the following:"
            "\n\n- **async**: asynchronous\n- **sync**: synchronous")
    got = kw(text)
    assert "enum" not in got and got[AMBIGUOUS].startswith("enum: the values are listed for one variant")
    # the same list for the field as a whole stays an enum
    assert kw("Mode.\n\nThe value can be any of the following:\n\n- **async**: asynchronous\n- **sync**: "
              "synchronous")["enum"] == ["async", "sync"]


def test_the_values_of_an_http_list_header_are_those_of_one_element() -> None:
    # `Access-Control-Allow-Methods: GET, PUT` is one value of the header (a comma-separated list, Fetch standard)
    text = ("**Definition**:\n\nThe methods in the rule are returned.\n\n**Range**:\n\n"
            "-  GET\n-  PUT\n-  HEAD\n-  POST\n-  DELETE")
    listed = kw(text, name="Access-Control-Allow-Methods")
    assert "enum" not in listed and "one item" in str(listed[AMBIGUOUS])
    # a body field named like a list header (`allow`) keeps its enum
    assert kw("Policy. The value can be **deny** or **permit**.", name="allow")["enum"] == ["deny", "permit"]
    assert "enum" not in kw("The value can be **gzip** or **br**.", name="Accept-Encoding")
    # a header of one value keeps its enum
    assert kw(text, name="x-obs-storage-class")["enum"] == ["GET", "PUT", "HEAD", "POST", "DELETE"]


def test_one_value_named_like_an_id_field_is_which_id_not_an_enum() -> None:
    # a marker that holds a request ID (`req-ee56...`): the bold word names the ID, it is not the only value
    got = kw("Specifies the marker that points to the server action. The value is **request_id**.", name="marker")
    assert "enum" not in got and "names which ID" in got[AMBIGUOUS]
    # a literal value that is not named like an ID stays the one value
    assert kw("The value is **request**.", name="marker")["enum"] == ["request"]


def test_a_value_written_in_another_case_elsewhere_in_the_cell_gives_no_enum() -> None:
    # `DESC` and `ASC` listed, the default written `desc`: which case the server takes, the cell does not tell
    got = kw("Sorting order.\n\n-  **DESC**: descending order\n-  **ASC**: ascending order\n"
             "-  Default value: **desc**", name="order")
    assert "enum" not in got and "'desc' in another case" in got[AMBIGUOUS] and got["default"] == "desc"
    # the same list with the default in the listed case is the enum
    assert kw("Sorting order.\n\n-  **DESC**: descending order\n-  **ASC**: ascending order\n"
              "-  Default value: **DESC**", name="order")["enum"] == ["DESC", "ASC"]
    # a cell that says the values are case-insensitive keeps its pattern of any case
    assert "pattern" in kw("Engine. Currently, MySQL and PostgreSQL are supported. The value is case-insensitive, "
                           "for example **mysql**.", name="engine")


# Mined from every cell of the 22 non-held services (issue 10, eleventh round): each class seen in two services or more.
@pytest.mark.parametrize(("text", "kind", "values"), [
    # a word that labels a note (`warning`) among two or more values of a sentence
    ("Alert level. The value can be **info**, **warning**, or **critical**.", "string",
     ["info", "warning", "critical"]),
    # the list closed by `only` / `now`
    ("Operation type. The value can be set to **add** or **remove** only.", "string", ["add", "remove"]),
    ("Storage mode. It can only be set to **STANDARD** now.", "string", ["STANDARD"]),
    ("It can be set to **3** only, indicating that version 3 of the protocol is used.", "integer", [3]),
    # `Only **a** and **b** are supported.` as the sentence, with or without `currently`
    ("Disk type. Currently, only **hdd** (hard disks) and **ssd** (solid-state disks) are supported.", "string",
     ["hdd", "ssd"]),
    ("Protocol. Only **tcp** and **udp** are supported currently.", "string", ["tcp", "udp"]),
    # a value named `default`, explained in prose like the others
    ("Scheduling policy.\n\n- **default**: balanced placement\n- **spread**: across nodes\n- **pack**: on few nodes",
     "string", ["default", "spread", "pack"]),
    # a listed value that is a word of a bold field name, not a segment of an example value
    ("Principal type. The value can be **user** or **group**. This parameter is exclusive with "
     "**principal.user_id** and **principal.group_id**.", "string", ["user", "group"]),
    # one bold value per paragraph
    ("Property type.\n\nPossible values are:\n\n**STATUS**\n\n**TEXT**", "string", ["STATUS", "TEXT"]),
    # a labelled range whose first item has bullets of its own
    ("Whether to check the request.\n\n**Range**\n\n- **true**: Check the request only.\n\n  - If the check fails, "
     "an error is returned.\n  - If it passes, 202 is returned.\n- **false**: Check and create.", "boolean",
     [True, False]),
])
def test_enum_classes_of_the_eleventh_round(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind)["enum"] == values


@pytest.mark.parametrize(("text", "kind"), [
    ("**Warning**: the value cannot be changed after creation.", "string"),  # a note's label, alone
    ("This parameter can be set to **0** only when **mode** is **SET**.", "integer"),  # a condition, not `only`
    ("For shared pools, only **hdd** and **ssd** are supported.", "string"),  # one variant's values
    # the parts of an example value explained one by one
    ("Flavor code. Use **db.mysql.large** as an example. **db** indicates the product and **mysql** indicates the "
     "engine.", "string"),
    # the values began in a paragraph and go on in bullets: neither holds them all
    ("Sub-status.\n\nPossible values are:\n\n**NORMAL**\n\n- **READONLY**\n- **DEGRADED**", "string"),
])
def test_near_phrasings_of_the_eleventh_round_give_no_enum(text: str, kind: str) -> None:
    assert "enum" not in kw(text, kind)


def test_a_label_default_holding_a_value_is_not_a_listed_value() -> None:
    got = kw("Scheduling policy.\n\n- **spread**: across nodes\n- **pack**: on few nodes\n- **Default**: **spread**")
    assert got["enum"] == ["spread", "pack"]


def test_a_value_with_an_optional_part_in_brackets_is_a_layout_not_a_value() -> None:
    got = kw("Server address. The value is **host[:port]**. If no port is given, 443 is used.", name="Host")
    assert "enum" not in got and "template" in got[AMBIGUOUS]
    assert kw("Server address. The value is **localhost**.", name="Host")["enum"] == ["localhost"]


# second mining pass of the 22 non-held services (issue 10)
@pytest.mark.parametrize(("text", "values"), [
    # one status of upper-case words written with spaces, among the bullets of a list (RDS, DWS)
    ("Job status.\n\n- **RUNNING**: The job is running.\n- **PARTLY DONE**: Some steps are done.\n- **DONE**: The job "
     "is done.", ["RUNNING", "PARTLY DONE", "DONE"]),
    ("State of the pool. The value can be one of the following:\n\n- **IDLE**\n- **BUSY | LOCKED**\n- **BUSY**",
     ["IDLE", "BUSY | LOCKED", "BUSY"]),
    # under `Value:`, a paragraph per value: `If the value is **X**, ...` (GaussDB, RDS)
    ("Pool status.\n\nValue:\n\nIf the value is **READY**, the pool can be used.\n\nIf the value is **SCALING UP**, "
     "nodes are being added.\n\nIf the value is **ERROR**, the pool is abnormal.", ["READY", "SCALING UP", "ERROR"]),
    # under `Possible values:`, a value in plain text per paragraph, maybe explained (MRS, SWR, GaussDB)
    ("Transfer mode. Possible values are as follows:\n\nFull: full transfer\n\nDelta: changes only", ["Full", "Delta"]),
    ("Body format. Possible values:\n\ntext/plain\n\ntext/csv", ["text/plain", "text/csv"]),
    ("Storage engine. Value:\n\nInnoDB", ["InnoDB"]),
])
def test_enum_classes_of_the_thirteenth_round(text: str, values: list[str]) -> None:
    assert kw(text)["enum"] == values


@pytest.mark.parametrize("text", [
    # a sentence of words in bold, not a status in upper case
    "Job status.\n\n- **RUNNING**: running.\n- **Partly done**: some steps are done.\n- **DONE**: done.",
    # a plain paragraph that may be one more value in other words: the list is not read whole
    "Lease state. Value range:\n\nactive\n\nabout to expire\n\nexpired",
    # plain paragraphs under a default or an `include` line, a range under `Value range:`
    "Lease length.\n\nDefault value:\n\nmonthly",
    "The name can include:\n\nletters",
    "Page size. Value range:\n\n1-500",
])
def test_near_phrasings_of_the_thirteenth_round_give_no_enum(text: str) -> None:
    assert "enum" not in kw(text)


def test_a_list_closed_by_and_is_case_insensitive_is_case_insensitive() -> None:
    got = kw("Replication mode. The value can be **sync** or **async** and is case-insensitive.")
    assert got["x-enum-case-insensitive"] == ["sync", "async"] and "enum" not in got
    got = kw("Engine. The value is case-insensitive and can be:\n\nMySQL.")
    assert got["x-enum-case-insensitive"] == ["MySQL"]


@pytest.mark.parametrize(("text", "why"), [
    # the cell sends the reader elsewhere for the values: the bullets are some of them
    ("Disk type. For details about possible values, see the description of **volume_type** in the disk API.\n\n"
     "- **SAS**: high I/O\n- **SSD**: ultra-high I/O", "refers elsewhere"),
    # a note glued inside the bold of a listed value the cell also writes alone
    ("Disk type. The value can be **SSD**, **SAS**, or **SATA(Discontinued)**.\n\n- **SSD**: ultra-high I/O\n"
     "- **SAS**: high I/O\n- **SATA**: common I/O", "note in brackets"),
])
def test_a_list_that_is_not_the_values_as_written_is_no_enum(text: str, why: str) -> None:
    got = kw(text)
    assert "enum" not in got and why in got[AMBIGUOUS]
    assert kw(text.replace("For details about possible values, see the description of **volume_type** in the disk "
                           "API.", "").replace("(Discontinued)", ""))["enum"]


def test_a_phrase_naming_the_field_then_bullets_of_one_word_each_lists_the_values() -> None:
    # as `- **x**` bullets are read (AS, MRS, RDS write them plain)
    assert kw("Specifies the callback action.\n\n- PROCEED\n- ROLLBACK")["enum"] == ["PROCEED", "ROLLBACK"]
    # not names of the sibling fields, nor under a phrase that introduces them, nor beside more prose
    assert "enum" not in kw("Specifies the callback action.\n\n- PROCEED\n- ROLLBACK", siblings=("PROCEED",))
    assert "enum" not in kw("The body contains:\n\n- PROCEED\n- ROLLBACK")
    assert "enum" not in kw("Specifies the callback action.\n\n- PROCEED\n- ROLLBACK\n\nOther actions are added later.")


# Ninth round (issue 10, wide6): values written plainly, joined by commas, `and` or bars.

@pytest.mark.parametrize(("text", "values"), [
    # a `- Value range:` bullet, then the list indented under it (VPN), and `Value range:` on its line
    ("- Specifies an authentication algorithm.\n- Value range:\n\n  sha2-512, sha2-384, sha2-256, sha1, md5\n\n"
     "  Exercise caution when using **sha1** and **md5** as they have low security.", ["sha2-512", "sha2-384",
                                                                                       "sha2-256", "sha1", "md5"]),
    ("- Specifies the IKE version.\n- Value range:\n\n  v1 and v2", ["v1", "v2"]),
    ("Action to be taken.\n\nValue range:\n\ncreate, delete, stop, or start", ["create", "delete", "stop", "start"]),
    # inline after the label, joined by bars (SFS)
    ("Whether the connection is kept.\n\nValid values: keep-alive | close", ["keep-alive", "close"]),
    ("Connection kind.\n\nValid values: keep-alive, close", ["keep-alive", "close"]),  # or joined by commas
])
def test_a_plain_list_under_a_value_label_is_the_enum(text: str, values: list[str]) -> None:
    assert kw(text)["enum"] == values


@pytest.mark.parametrize("text", [
    "Name of the server.\n\nValue range:\n\nletters, digits, and hyphens",  # a charset in words
    "Port.\n\nValue range:\n\n1-1024, 8080",  # a range among the values
    "Split size in GB.\n\nValue range: **0**`-`**1024**",  # a range written with a hyphen in backquotes
    "Name.\n\nValue range:\n\nN/A, none",
    "Marker. Values: pass the value of the last page, or leave it out",  # words, not words of code joined
    "- Specifies upgrade information.\n- Value range:\n\n  ready\n\n  expiring soon\n\n  unready",
])
def test_no_enum_from_plain_words_that_are_no_list_of_values(text: str) -> None:
    assert "enum" not in kw(text)


@pytest.mark.parametrize(("text", "values"), [
    # a label of the values, then the bold values inline (BMS, CCE, RDS write `Enumerated values: **a** and **b**`)
    ("EIP type. Enumerated values: **5_bgp** and **5_sbgp**", ["5_bgp", "5_sbgp"]),
    ("Possible values: **ACTIVE**, **DOWN**, and **ERROR**.", ["ACTIVE", "DOWN", "ERROR"]),
    ("Supported values: **json** and **xml**.", ["json", "xml"]),
    ("Available values: **json** and **xml**.", ["json", "xml"]),
    # `The options are/include ...` (IAM)
    ("Verification method. The options are **mobile** and **email**.", ["mobile", "email"]),
    ("Login authentication method. The options include **sms**, **email**, and **vmfa**.", ["sms", "email", "vmfa"]),
    ("The value can be either **json** or **xml**.", ["json", "xml"]),
    ("The value can be any of the following: **json**, **xml**.", ["json", "xml"]),
])
def test_values_labelled_inline(text: str, values: list[str]) -> None:
    assert kw(text)["enum"] == values


@pytest.mark.parametrize("text", [
    "The options are as follows: adding and removing.",  # words, not values of code
    "Possible values: letters and digits.",
])
def test_no_enum_from_a_label_of_plain_words(text: str) -> None:
    assert "enum" not in kw(text)


@pytest.mark.parametrize(("text", "kind", "values"), [
    # a phrase naming the field, closed by a colon, then bullets of one word each
    ("Replication status:\n\n- normal\n- abnormal", "string", ["normal", "abnormal"]),
    # ... and a remark after the bullets that lists no more values
    ("Whether the data source is public\n\n- true\n- false\n\nThe current version does not support this function.",
     "boolean", [True, False]),
    # negative codes and their meaning
    ("Job status code\n\n- -1: Terminated\n- 2: Running\n- 3: Completed", "integer", [-1, 2, 3]),
    # one value in plain capitals, maybe explained in brackets, maybe as a bullet
    ("Message topic type. Only SMN is supported.", "string", ["SMN"]),
    ("WORM mode.\n\n- Currently, only COMPLIANCE (compliance mode) is supported.\n- Use it with **until**.", "string",
     ["COMPLIANCE"]),
    # `The value options are **x** and **y**.`
    ("Verification method. The value options are **mobile** and **email**.", "string", ["mobile", "email"]),
    # words of code in plain text after `The value can be`
    ("Route table status. The value can be pending, available, deleting, deleted, or failed.", "string",
     ["pending", "available", "deleting", "deleted", "failed"]),
    # an upper-case word that labels notes elsewhere (`NOTE`), among upper-case values under `Valid value:`
    ("Log level. Valid value:\n\n- ALL\n- INFO\n- WARNING\n- NOTE", "string", ["ALL", "INFO", "WARNING", "NOTE"]),
])
def test_enum_plain_forms(text: str, kind: str, values: list[Any]) -> None:
    assert kw(text, kind)["enum"] == values


@pytest.mark.parametrize(("text", "kind"), [
    ("ID of the vault. Only UUID is supported.", "string"),  # a format, not a value
    ("Disk type. Only SSDs are supported.", "string"),  # a kind of thing, not a value
    ("Maximum number. The value can be -1 or 1-99999.", "integer"),  # a value and a range
    ("Tag value. The value can be empty or null.", "string"),
    ("Currently, the following DB engines are supported:\n\n- MySQL\n- PostgreSQL", "string"),  # not the field named
    ("Status:\n\n- normal\n- abnormal\n\nOther values may be returned in later versions.", "string"),
    ("Level.\n\n- info\n- Note", "string"),  # `Note` labels, in another case than the value
])
def test_enum_plain_forms_refused(text: str, kind: str) -> None:
    assert "enum" not in kw(text, kind)


def test_a_phrase_naming_the_field_then_a_paragraph_of_bold_values_lists_the_values() -> None:
    # DWS `**Range**` blocks, normalised (`Redistribution mode.` then the values with a full stop)
    assert kw("Redistribution mode.\n\n**online** or **offline**.")["enum"] == ["online", "offline"]
    assert kw("**Definition**\n\nStatus.\n\n**Range**\n\n**PREPARE**, **RUNNING**, or **FAIL**.")["enum"] == [
        "PREPARE", "RUNNING", "FAIL"]
    assert "enum" not in kw("Status.\n\n**PREPARE**, **RUNNING**, or **FAIL**.\n\nOther values may appear.")
    assert "enum" not in kw("The body contains:\n\n**PREPARE** and **RUNNING**.")


def test_the_sentence_that_introduces_the_list_is_read_not_the_ones_before_it() -> None:
    # `parameter` in an earlier sentence of the line does not make the list one of parameters
    text = ("Effective day. If this parameter is left blank, the plan takes effect every day. The options are as "
            "follows:\n\n**MONDAY**, **TUESDAY**, and **SUNDAY**")
    assert kw(text)["enum"] == ["MONDAY", "TUESDAY", "SUNDAY"]
    assert "enum" not in kw("Effective day. The following parameters are available:\n\n**MONDAY**, **TUESDAY**")


_LABELLED = "**Definition**:\n\n{what}\n\n**Range**:\n\n{range}\n\n**Default value**:\n\nNone"


@pytest.mark.parametrize(("range_text", "kind", "values"), [
    # a `**Range**` block of one plain value or a plain list: the values, typed per field
    ("requester", "string", ["requester"]),
    ("AES256", "string", ["AES256"]),
    ("false or true", "boolean", [False, True]),
    ("true/false", "boolean", [True, False]),
    ("true|false", "boolean", [True, False]),
    ("`true` or `false`", "boolean", [True, False]),
    ("Linux or Windows", "string", ["Linux", "Windows"]),
    ("32 or 64", "string", ["32", "64"]),
    ("32 or 64", "integer", [32, 64]),
    # bold values closed by a full stop, after an opening longer than a short phrase naming the field
    ("**online** or **offline**.", "string", ["online", "offline"]),
])
def test_enum_plain_range_block(range_text: str, kind: str, values: list[Any]) -> None:
    text = _LABELLED.format(what="The mode that the service applies to the request when it is handled by the server.",
                            range=range_text)
    assert kw(text, kind)["enum"] == values


@pytest.mark.parametrize("range_text", [
    "URL", "UUID", "String", "DomainId", "xxx", "x.x.x.x", "vX.Y", "yyyy-MM-dd", "HH:mm", "N/A", "None", "1-100",
    "0 to 65535", "42", "true",  # one of a boolean's values alone
    "Quota, permission, version, and status",  # nouns of a sentence: which case the values take is not told
    "application/json and other words here",
    "The value can contain 1 to 1,024 characters.",
])
def test_enum_plain_range_block_not_a_value(range_text: str) -> None:
    assert "enum" not in kw(_LABELLED.format(what="Something.", range=range_text), "string")


def test_enum_plain_range_block_not_alone() -> None:
    # more paragraphs in the block than the value: it may be one of several, explained
    text = "**Definition**\n\nAlgorithm.\n\n**Range**\n\nAES256\n\nOther algorithms apply in some regions."
    assert "enum" not in kw(text, "string")
