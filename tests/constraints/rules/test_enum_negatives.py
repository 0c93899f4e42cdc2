"""Enumeration, an adversarial battery (issue 10, precision on services nobody read): sentences that look like a list
of the field's values but are not its whole list under LABELLING.md (examples, another field's or an item's values,
one variant's, values the response returns in some cases, values named to explain another, open lists), and the
near positive forms beside them. The cases marked `new` failed before their rule; the others guard the rules' reading
of the same wordings."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "name"), [
    # examples
    ("Instance flavor. Possible values such as **s2.small**, **s2.large**.", "string", "x"),
    ("Instance flavor, for example, **s2.small** or **s2.large**.", "string", "x"),
    ("Engine name, e.g. **MySQL** or **PostgreSQL**.", "string", "x"),
    ("Engine name. The value can be a name like **MySQL** or **PostgreSQL**.", "string", "x"),
    ("Engine name. For example:\n\n- MySQL\n- PostgreSQL", "string", "x"),
    ("Mode. Example values:\n\n- **a**\n- **b**", "string", "x"),  # new
    ("Mode. The following are examples:\n\n- **a**\n- **b**", "string", "x"),  # new
    ("Mode. Typical values:\n\n- **a**\n- **b**", "string", "x"),  # new
    ("Mode. Recommended values: **a**, **b**.", "string", "x"),
    # open lists
    ("Engine name. Values include **MySQL**, **PostgreSQL**, etc.", "string", "x"),
    ("Engine name. The value can be **MySQL**, **PostgreSQL**, and so on.", "string", "x"),
    ("Engine name. The value can be **MySQL**, **PostgreSQL**, ...", "string", "x"),
    ("Engine name. Supported values include but are not limited to **MySQL** and **PostgreSQL**.", "string", "x"),
    ("Engine name. Options include:\n\n- MySQL\n- PostgreSQL\n- ...", "string", "x"),
    ("Mode. The value can be **a**, **b**, or a user-defined value.", "string", "x"),
    ("Region. Available regions include eu-de and eu-nl.", "string", "region"),  # new: some of them
    ("Engine. Supported engines include **MySQL** and **PostgreSQL**.", "string", "engine"),  # new
    # the list is said to grow: what is supported now, not the values there are
    ("Engine. Currently, only **MySQL** is supported. More engines will be supported in later versions.", "string",
     "x"),  # new
    ("Engine. Currently, **MySQL** and **PostgreSQL** are supported. Other engines will be available soon.", "string",
     "x"),  # new
    # another field's values, an item's, a key's
    ("Volume ID. The **type** can be **SSD** or **SAS**.", "string", "volume_id"),
    ("Rule. The **action** field of each rule can be **allow** or **deny**.", "string", "rule"),
    ("Tags. The key can be **env** or **owner**.", "string", "tags"),
    ("Mode. The value of each key can be **a** or **b**.", "string", "x"),
    ("Mode. Set **type** to **a** or **b**.", "string", "x"),
    # one variant's or version's values
    ("Engine version. For MySQL, the value can be **5.7** or **8.0**.", "string", "version"),
    ("Mode. When **type** is **cluster**, the value can be **ha** or **single**.", "string", "mode"),
    ("Mode. The value can be **a** or **b** when the instance is a cluster.", "string", "x"),
    ("Mode. Supported values vary with the region:\n\n- eu-de: **a**, **b**\n- eu-nl: **a**", "string", "x"),  # new
    ("Mode. The value depends on the engine:\n\n- MySQL: **a** or **b**\n- PostgreSQL: **c**", "string", "x"),  # new
    # values the response returns in some case, values that explain or that are excluded
    ("Status. The value **ERROR** is returned if the creation fails.", "string", "status"),
    ("Status. If the task fails, **FAILED** is returned.", "string", "status"),
    ("Name. The name cannot be **default** or **admin**.", "string", "name"),
    ("Mode. Unlike **a** and **b**, this mode is synchronous.", "string", "x"),
    ("Flavor. For details about values, see **Flavors**.", "string", "flavor"),
    ("Source. Either **ip** or **group_id** must be specified.", "string", "source"),
])
def test_no_enum(text: str, kind: str, name: str) -> None:
    assert "enum" not in kw(text, kind, name=name)


@pytest.mark.parametrize(("text", "values"), [
    # a note in brackets after a value names another value (of an earlier version): not one of the list (new)
    ("Mode. The value can be **a** (same as **c** in earlier versions) or **b**.", ["a", "b"]),
    # `The options are` and plain words of code (new)
    ("Mode. The options are a and b.", ["a", "b"]),
    ("Mode. The options are **a** and **b**.", ["a", "b"]),
    ("Mode. Value options:\n\n- **a**: one\n- **b**: two", ["a", "b"]),
    ("Mode. Enumerated values: a, b", ["a", "b"]),
    ("Mode. The value is either a or b.", ["a", "b"]),
    ("Mode. Currently, only **a** is supported.", ["a"]),
])
def test_enum_beside_the_negatives(text: str, values: list[Any]) -> None:
    assert kw(text).get("enum") == values


def test_recommended_values_under_a_line_are_no_enum() -> None:
    assert "enum" not in kw("Mode. Recommended values:\n\n- **a**: fast\n- **b**: safe")  # new


@pytest.mark.parametrize("text", [
    # `only **a** is supported` scoped to one variant, before or after it (new)
    "Mode. Only **a** is supported for MySQL.",
    "Mode. For PostgreSQL, only **a** is supported.",
    "Mode. In version 1.0, only **a** is supported.",
    "Mode. Only **a** is supported in the current region.",
])
def test_only_one_value_of_one_variant_is_no_enum(text: str) -> None:
    assert "enum" not in kw(text, name="mode")


def test_only_one_value_in_the_current_version_is_the_enum() -> None:
    assert kw("Mode. Only **a** is supported in the current version.", name="mode")["enum"] == ["a"]


@pytest.mark.parametrize("text", [
    # the cell says other values are taken too (new)
    "Mode. Options:\n\n- **a**: one\n- **b**: two\n- Other values: custom",
    "Mode. The value can be **a** or **b**. Other values are also accepted.",
    "Mode. The value can be **a** or **b**. You can also enter a custom value.",
    "Mode. The value can be **a** or **b**. The value can also be a user-defined mode.",
    # a list introduced for one variant (new)
    "Mode. Possible values for MySQL:\n\n- **a**\n- **b**",
    "Mode. Possible values (in cluster mode):\n\n- **a**\n- **b**",
])
def test_an_open_or_one_variants_list_is_no_enum(text: str) -> None:
    assert "enum" not in kw(text)


def test_values_for_this_parameter_are_the_enum() -> None:
    assert kw("Mode. Possible values for this parameter:\n\n- **a**\n- **b**")["enum"] == ["a", "b"]
