"""Default phrasings of the wide services (issue 10): each class with a test that fails without its rule."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "name", "value"), [
    # the default marked inside the bold value of a list
    ("Relationship.\n\nEnumerated values:\n\n- **AND (default value)**\n- **OR**", "string", "x", "AND"),
    # `which is the default option` on a value's bullet
    ("Permission.\n\n- **rw**: read and write, which is the default option\n- **ro**: read-only", "string", "x", "rw"),
    # `and is N by default` / `which is **x** by default`
    ("The value ranges from 0 to 86400 and is 300 by default.", "integer", "x", 300),
    ("Vault specification, which is **crash_consistent** by default (crash consistent backup)", "string", "x",
     "crash_consistent"),
    # `The default number is **10**.`
    ("The number ranges from **0** to **1000**. The default number is **10**.", "integer", "x", 10),
    # `If this parameter is not specified, ... is used / obtained`
    ("Maximum records.\n\nIf the parameter value is not specified, 10 records are obtained by default.", "integer",
     "x", 10),
    ("Mode. If this parameter is not specified, the offline read-only mode is used by default.\n\n"
     "- **read-only**: offline mode\n- **insert**: online mode", "string", "x", "read-only"),
    # the default unit, on a field that is the unit
    ("Specifies the lifecycle unit. The default unit is **seconds**.", "string", "units", "seconds"),
])
def test_default_phrasings(text: str, kind: str, name: str, value: Any) -> None:
    assert kw(text, kind, name)["default"] == value


@pytest.mark.parametrize(("text", "kind", "name"), [
    # a default stated under a condition, after a bracketed sentence (`(... **count**.) If ...`)
    ("Query count. (This parameter is not displayed when **action** is set to **count**.) If action is set to "
     "**filter**, the value defaults to **1000**.", "string", "limit"),
    # the default unit is not the default of the value it measures
    ("Specifies the lifetime value. The default unit is **seconds**.", "string", "lifetime"),
    # the phrase names two of the values: no default
    ("If this parameter is not specified, the read-only or insert mode is used.\n\n- **read-only**: a\n- **insert**: b",
     "string", "x"),
])
def test_no_default(text: str, kind: str, name: str) -> None:
    assert "default" not in kw(text, kind, name)


def test_default_column_not_applicable() -> None:
    from generator.constraints.rules import Cell, constrain_cell
    found = constrain_cell(Cell(name="x", kind="string", text="Name.", extra=(("Default Value", "N/A"),)))
    assert not [f for f in found if f.keyword == "default"]


def test_a_bold_default_with_an_asterisk_inside_is_read_whole() -> None:
    # `**{{ 7*7 }}**` is one strong node: read up to its closing `**`, not up to the first `*`
    assert kw("The default value is **{{ 7*7 }}**.")["default"] == "{{ 7*7 }}"
    assert kw("The value cannot be **a*b** or **c**.")["not"] == {"enum": ["a*b", "c"]}


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("If this parameter is left blank, **all** is used.", "string", "all"),
    ("If you do not specify this parameter, the value **asc** is used.", "string", "asc"),
    ("If this parameter is not specified, the system uses **asc**.", "string", "asc"),
    ("If not specified, **asc** is used.", "string", "asc"),
    ("If this parameter is not transferred, **50** is used.", "integer", 50),
])
def test_the_value_used_when_unset_is_the_default(text: str, kind: str, value: object) -> None:
    assert kw(text, kind)["default"] == value


def test_another_fields_value_used_when_unset_is_no_default() -> None:
    assert "default" not in kw("If this parameter is not specified, the value of **project_id** is used.")


@pytest.mark.parametrize(("text", "kind", "name", "value"), [
    # `The default <what the cell names> is **v**`: the noun is in the field name or the opening sentence
    ("Specifies the DPD action, which can be **clear**, **hold**, or **restart**. The default action is **hold**.",
     "string", "dpd_action", "hold"),
    ("Specifies the DPD interval in seconds. The default interval is **30** seconds.", "integer", "interval", 30),
])
def test_the_default_of_the_named_thing(text: str, kind: str, name: str, value: Any) -> None:
    assert kw(text, kind, name=name)["default"] == value


@pytest.mark.parametrize("text", [
    # the default of something else than what the cell names
    "Specifies the listener port. The default HTTP port is **80**.",
    "Specifies the time. The default unit is **seconds**.",
])
def test_the_default_of_another_thing_is_not_the_fields(text: str) -> None:
    assert "default" not in kw(text, "string", name="port_value")


def test_a_default_stated_for_one_case_named_before_a_colon_is_no_default() -> None:
    text = ("Query images shared by others: whether the shared images have expired. Query images shared by yourself: "
            "The default value is **false**, which is meaningless.")
    assert "default" not in kw(text, "boolean")
    # a label, not a case: the default stands
    assert kw("Default value: The default value is **10**.", "integer")["default"] == 10


@pytest.mark.parametrize(("text", "kind", "name", "value"), [
    # the value a relative clause names the default, outside a bullet too
    ("Index of the first record. The smallest value is **0**, which is also the default value.", "integer", "start",
     0),
    ("Page size. It ranges from 1 to 500, with **100**, which is the default.", "integer", "size", 100),
    # the field as the subject of `is V by default`: `the parameter value`, `the value of this parameter`, or a noun
    # the cell opens with, before or after its own absence
    ("Page number. The parameter value is **1** by default if it is not specified.", "string", "page", "1"),
    ("Page number. The value of this parameter is **2** by default.", "integer", "page", 2),
    ("First index to return. If this parameter is not specified, the first index is **0** by default.", "integer",
     "marker", 0),
    # a count of what the field counts, in more than one word
    ("Page size. If the parameter value is not specified, 20 backup policies are queried by default.", "integer",
     "limit", 20),
    # a listed value whose explanation ends with `(default)`
    ("Restart type.\n\n- **SOFT**: normal restart\n- **HARD**: forcible restart (default)", "string", "type", "HARD"),
])
def test_default_phrasings_of_the_second_mining(text: str, kind: str, name: str, value: Any) -> None:
    assert kw(text, kind, name)["default"] == value


@pytest.mark.parametrize(("text", "kind", "name"), [
    # the relative clause follows another value than a literal of this field (not a bold value or a number)
    ("Start index. The smallest index is the first one, which is also the default.", "integer", "start"),
    # a noun that is not what the cell names
    ("First index to return. If this parameter is not specified, the page size is **10** by default.", "integer",
     "marker"),
    # the value is the field's only in one case named after it
    ("Number of nodes. The value ranges from 1 to 32. The default value is **3** for a sharded cluster.", "integer",
     "node_count"),
    ("Page size. The default value is **500** when **mode** is set to **list**.", "string", "limit"),
    ("Base size of a container, in GB. The default value is **20** in OverlayFS mode.", "integer", "size"),
    # the default of one variant the sentence names
    ("Database port. The value ranges from 1024 to 65535.\n\n- The default value of PostgreSQL is 5432.", "integer",
     "port"),
    # the case before it stated, `Otherwise,` is the other case
    ("Check method. When a load balancer is bound, the default value is **LB**. Otherwise, the default value is "
     "**VM**.", "string", "method"),
    # an elided value (the docs cut an example token short)
    ("User token.\n\nDefault: **eyJhbGciOiJSUzI1NiJ9XXXX...**", "string", "X-Auth-Token"),
    # `(default)` inside the explanation, not ending it
    ("Restart type.\n\n- **SOFT**: normal restart\n- **HARD**: forcible restart (default for stuck servers), slower",
     "string", "type"),
])
def test_no_default_of_the_second_mining(text: str, kind: str, name: str) -> None:
    assert "default" not in kw(text, kind, name)


@pytest.mark.parametrize("text", [
    "Page size. The default value is **500** when **mode** is set to **list**.",
    "Page size.\n\n- For list queries, the default value is **500**.",
    "Page size. The default value of list queries is **500**.",
    "Page size. The default value is **500**. The default value is **1000** for exports.",
])
def test_a_default_stated_for_a_case_is_said_ambiguous(text: str) -> None:
    assert kw(text, "string", "limit")["x-constraint-ambiguous"].startswith("default:")


def test_defaults_that_differ_are_said_ambiguous() -> None:
    found = kw("Page size. The default value is **500**. By default, the value is **1000**.", "integer", "limit")
    assert "default" not in found
    assert found["x-constraint-ambiguous"] == "default: the cell states more than one default"


@pytest.mark.parametrize(("text", "value"), [
    # the quotes write a string; the default is what they hold
    ('Paths to mount.\n\nDefault value: **"bin,lib64"**', "bin,lib64"),
    ("Zone of the records. The default value is **'.'**.", "."),
])
def test_a_quoted_default_loses_its_quotes(text: str, value: str) -> None:
    assert kw(text)["default"] == value


@pytest.mark.parametrize(("text", "value"), [
    # a `- Default value:` bullet, then the value alone indented under it (VPN), or a label line then the value
    ("- Specifies the IKE version.\n- Value range:\n\n  v1 and v2\n- Default value:\n\n  v2", "v2"),
    ("Authentication algorithm.\n\nDefault value:\n\n**sha2-256**", "sha2-256"),
])
def test_a_default_label_then_its_value_alone_in_the_next_paragraph(text: str, value: str) -> None:
    assert kw(text)["default"] == value


@pytest.mark.parametrize("text", [
    "Version.\n\n- Default value:\n\n  If this parameter is not set, the latest version is used by the system.",
    "Version.\n\nDefault value:\n\nN/A",
])
def test_a_default_label_then_a_sentence_or_na_is_no_default_value(text: str) -> None:
    assert "default" not in kw(text)


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("If this parameter is not specified, the default value 10 is used.", "integer", 10),
    ("If this parameter is not specified, the default value 0.5 is used.", "number", 0.5),
])
def test_a_plain_number_named_as_the_default_used(text: str, kind: str, value: float) -> None:
    assert kw(text, kind=kind)["default"] == value


def test_a_default_then_the_fields_own_absence_is_its_default() -> None:
    assert kw("The value defaults to **10** if not specified.", kind="integer")["default"] == 10
    # a case after the absence is still a case
    assert "default" not in kw("The default value is **2** if not specified for MySQL.", kind="integer")


def test_a_default_written_as_a_literal_is_its_text() -> None:
    # ``admin`` reaches the rules as `admin` (the reader's literal markers), as "admin" in quotes already did
    assert kw("The default value is `admin`.")["default"] == "admin"


@pytest.mark.parametrize(("text", "value"), [
    ("The default is 10.", 10),
    ("Default value is 10.", 10),
    ("The system default value is 10.", 10),
    ("(Default: 10)", 10),
    ("Value range: 1 to 100 (default: 10)", 10),
    ("If this parameter is not passed, the default value is 10.", 10),
    ("If not specified, the value is 10.", 10),
    ("If this parameter is not specified, the value 10 is used.", 10),
])
def test_more_ways_to_state_the_default(text: str, value: int) -> None:
    assert kw(text, kind="integer")["default"] == value


def test_the_fields_absence_then_the_value_it_is() -> None:
    assert kw("If not specified, the value is **asc**.")["default"] == "asc"
    # a bare word, a value with a unit, a value for a case: no default
    assert "default" not in kw("If not specified, the value is unlimited.")
    assert "default" not in kw("If this parameter is not specified, the value is 15 minutes.", kind="integer")
    assert "default" not in kw("If this parameter is not specified, the default value is **1** for MySQL.",
                               kind="integer")


@pytest.mark.parametrize("text", [
    "The default is to use the primary instance.",
    "The default is the same as the source instance.",
    "The default is whether the instance is billed.",
])
def test_the_default_described_in_words_is_no_value(text: str) -> None:
    assert "default" not in kw(text)


def test_a_value_named_no_marked_default_is_the_default() -> None:
    assert kw("Options:\n\n-  **no** (default): The instance will not be deleted.\n-  **yes**: It is deleted.")[
        "default"] == "no"


@pytest.mark.parametrize(("text", "kind", "name", "value"), [
    # a name the cell lists in bold, stated plain and in another case
    ("Compression type. The value can be JSON or GZIP. The default format is GZIP.\n\nEnumerated values:\n\n"
     "- **gzip**\n- **json**", "string", "compress_type", "gzip"),
    # a word that is no default elsewhere (`none`) when the cell lists it as a value
    ("Policy. The value can be **none** or **static**. The default value is **none**.", "string", "x", "none"),
    # `The default value **X** is recommended.` / `The default value **0** indicates ...`, in bold or italics
    ("Type of the message body. The default value **application/json** is recommended.", "string", "x",
     "application/json"),
    ("Type of a message body. The default value *application/json* is recommended.", "string", "x", "application/json"),
    ("Enterprise project. The default value **0** indicates enterprise project **default**.", "string", "x", "0"),
    # a bracketed absence after the values; an element/header that is absent or omitted
    ("Keyword.\n\nValue options: **Enabled** and **Disabled** (If this element is absent from the request, "
     "**Disabled** is applied by default.)", "string", "x", "Disabled"),
    ("Page size. If no value is specified, the default value is **10**.", "integer", "x", 10),
    ("Timeout. If left blank, 30 is used.", "integer", "x", 30),
    # `By default, **id** is used.` / `**10** is used by default.`
    ("Keyword for sorting. The keyword can be **id** or **name**. By default, **id** is used.", "string", "x", "id"),
    ("Page size. **10** is used by default.", "integer", "x", 10),
    # a bold amount: the literal of a string field, the number of a field in the stated unit
    ("Collection period. The default value is **15s**.", "string", "x", "15s"),
    ("CPU size limit (unit: m)\n\nDefault value: **250m**", "string", "x", "250m"),
    ("System disk size (GB). Its default value is **40 GB**.", "integer", "x", 40),
])
def test_default_phrasings_round10(text: str, kind: str, name: str, value: Any) -> None:
    got = kw(text, kind, name)["default"]
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(("text", "kind", "name"), [
    # the default of a part of the value (`<key>:<direction>`), not of the value
    ("Sort keys, in the format of <key>[:<direction>], where direction is **asc** or **desc**. If a direction is not "
     "specified, the default sorting direction is **desc**.", "string", "sort"),
    # a plain name that the cell does not list, or null
    ("Protocol. The default protocol is HTTP.", "string", "x"),
    ("Duration. The value can be **null** or **ONEDAY**. The default value is null.", "string", "x"),
    # a value used when another field (the object holding this one) is empty: a default under a condition
    ("Retention days.\n\nIf **backup_strategy** in the request body is empty, **7** is returned for **keep_days** by "
     "default.", "integer", "keep_days"),
    # an amount in another unit than the field's
    ("Validity period (seconds). The default value is **15min**.", "integer", "x"),
    ("Size (GB). The default value is **40 MB**.", "integer", "x"),
])
def test_no_default_round10(text: str, kind: str, name: str) -> None:
    assert "default" not in kw(text, kind, name)


@pytest.mark.parametrize("text", [
    # a paragraph that opens with a condition on another field's value: its later sentences state that case
    "Resource value.\n\nIf **resource_name** is **cpu**, the value is from 1 to 99.\n\nIf **resource_name** is "
    "**weight**, the value is an integer from **1** to **100**. The default value is **-1**.",
    "- When **mode** is set to **fast**, the value is a count of threads. It defaults to **4**.",
    "Size of the operation.\n\n- If **type** is set to **A**, this is a count. The default value is **1**.\n"
    "- If **type** is set to **B**, this is a rate. The default value is **5**.",
    # the cell's own default, and another one in one case
    "Size of the operation. The default value is **1**.\n\n- If **type** is **B**, the value is a rate. The "
    "default value is **5**.",
])
def test_a_default_in_a_paragraph_of_one_case_is_not_the_field_s(text: str) -> None:
    assert "default" not in kw(text, "integer", name="size")


@pytest.mark.parametrize("text", [
    # the same default stated for the field and again in each case
    "Size of the operation. The default value is **1**.\n\n- If **type** is set to **A**, this is a count. The "
    "default value is **1**.",
    # a condition on the field's own value explains it; the default is the field's
    "If **size** is set to *N*, N items are returned. The value is **1** by default.",
    # the condition's paragraph ends; the default is stated on its own
    "If **type** is **A**, the value is a count.\n\nThe default value is **1**.",
])
def test_the_field_s_own_default_beside_cases(text: str) -> None:
    assert kw(text, "integer", name="size")["default"] == 1


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Default value: `10`", "integer", 10),
    ("The default value is `10`.", "integer", 10),
    ('The default value is "5".', "integer", 5),
    ("Default: `true`", "boolean", True),
])
def test_a_number_or_boolean_default_written_as_a_literal_or_in_quotes(text: str, kind: str, value: object) -> None:
    """The literal (the reader leaves ``10`` as `10`) or the quotes are how the docs write the value, not part of it."""
    assert kw(text, kind)["default"] == value
