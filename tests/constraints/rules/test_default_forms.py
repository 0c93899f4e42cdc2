"""Default: natural variants of the stated-default forms (issue 10, generalisation): literals, bold labels, `*`
bullets, a plain marked value, a value alone `by default`, the field's own absence before `defaults to`."""

from __future__ import annotations

from typing import Any

import pytest

from tests.constraints.rules.helpers import kw


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a literal (``x`` in the docs, `x` as the reader leaves it) marks the value as bold does
    ("If this parameter is not specified, the default value `abc` is used.", "string", "abc"),
    ("If this parameter is not specified, `abc` is used by default.", "string", "abc"),
    ("Mode.\n\n- `fast` (default)\n- `slow`", "string", "fast"),
    # the value alone, by default: a sentence of its own, or after a comma
    ("**abc** by default.", "string", "abc"),
    ("Limit. 10 by default.", "integer", 10),
    ("Limit. Value range: 1-1000, 10 by default.", "integer", 10),
    # the field's own absence is no condition of another case
    ("If omitted, defaults to **abc**.", "string", "abc"),
    ("Limit. Value range: 1-1000. If not specified, default is 1000.", "integer", 1000),
    # a listed value marked as the default: `*` bullets, a plain value, the mark as a sentence
    ("Mode.\n\n* **fast**: first (default)\n* **slow**: second", "string", "fast"),
    ("Mode.\n\n- fast (default)\n- slow", "string", "fast"),
    ("Mode.\n\n- fast: first (default)\n- slow: second", "string", "fast"),
    ("Mode.\n\n- **fast**: first. Default value.\n- **slow**: second", "string", "fast"),
    # a bold label with its colon, the value on its line or in a single bullet under it
    ("Mode.\n\n**Default value**: 10", "integer", 10),
    ("Mode.\n\n**Default Value:** 10", "integer", 10),
    ("Mode.\n\n**Default value:** **abc**", "string", "abc"),
    ("Mode.\n\n**Default value:**\n\n10", "integer", 10),
    ("Mode.\n\nDefault value:\n\n- abc", "string", "abc"),
])
def test_default_variants(text: str, kind: str, value: Any) -> None:
    assert kw(text, kind)["default"] == value


@pytest.mark.parametrize(("text", "kind"), [
    # a listed value named `default` is no label
    ("Policy.\n\n**Range**\n\n- **default**: default policy\n- **small**: small tables first", "string"),
    ("Access type.\n\n- **default**: both. This option is the default access type.\n- **programmatic**: API",
     "string"),
    # several bullets under the label: one value per case, no default
    ("Port.\n\nDefault value:\n\n- 3306\n- 5432", "integer"),
    # per-case defaults, blanks, versions, recommendations and examples
    ("Mode. The default value is **fast** for MySQL and **slow** for PostgreSQL.", "string"),
    ("Mode. In cluster mode, the default value is **fast**.", "string"),
    ("Mode. This parameter is left blank by default.", "string"),
    ("Version. If left blank, the latest version is used.", "string"),
    ("Mode. The recommended value is **fast**.", "string"),
    ("Mode. For example, **fast**.", "string"),
    ("Mode. If not specified, the default value is **fast** for MySQL.", "string"),
    ("There has been a system tag **__type** by default.", "string"),
])
def test_no_default_variants(text: str, kind: str) -> None:
    assert "default" not in kw(text, kind)


@pytest.mark.parametrize(("text", "kind", "value"), [
    # thirteenth round (precision and paraphrases): a plain value after `the default value ... is used`
    ("If you do not set this parameter, the default value vpc is used.", "string", "vpc"),
    # a plain literal with its unit on a string field; a number with the field's own unit
    ("Interval. Default: 60s", "string", "60s"),
    ("Retention. Unit: day. 30 days by default.", "integer", 30),
    # a plain value marked `(default)` in a list, or a number alone
    ("Mode. The value can be vpc (default) or eni.", "string", "vpc"),
    ("Limit. 10 (default)", "integer", 10),
    # a bullet's value, a dash before its meaning
    ("Mode.\n\n- **vpc** - VPC network (default)\n- **eni** - ENI", "string", "vpc"),
    # the field's own absence: empty, or left by you
    ("Limit. If this parameter is empty, 10 is used.", "integer", 10),
    ("Mode. If you leave this parameter blank, **vpc** is used.", "string", "vpc"),
    ("Timeout. If you leave it empty, **5000** is used.", "integer", 5000),
    ("Timeout. If you do not specify it, **5000** is used.", "integer", 5000),
    ("Mode. The system sets it to **vpc** by default.", "string", "vpc"),
    ("Limit. The default value for this parameter is 10.", "integer", 10),
])
def test_default_paraphrases(text: str, kind: str, value: Any) -> None:
    assert kw(text, kind)["default"] == value


@pytest.mark.parametrize(("text", "kind"), [
    # an example, not the default
    ("Limit. For example, the default value is 10.", "integer"),
    ("Limit.\n\nExample: Default: 10", "integer"),
    # another field's default
    ("Mode. The value of **y** defaults to **vpc**.", "string"),
    ("Mode. **y** defaults to **vpc**.", "string"),
    # one case's default: an architecture, a value per named case, a case after `for`
    ("Limit. The default value is 10 in the x86 architecture.", "integer"),
    ("Port. Default value: 3306 (MySQL), 5432 (PostgreSQL)", "integer"),
    ("Method. The default value for federated authentication is **mapped**.", "string"),
    # the field's own absence under a further condition, or for one variant
    ("Limit. If this parameter is not specified and **type** is **a**, **10** is used.", "integer"),
    ("Limit. If this parameter is not specified for MySQL instances, **10** is used.", "integer"),
    # a template the caller fills in is no literal
    ("JDBC URL.\n\n**Default Value**\n\njdbc:postgresql://<connect_info>/<YOUR_DATABASE_NAME>", "string"),
    ("Backup name. The default value is **<instance_name>-backup**.", "string"),
    ("Path. Default value: ${name}", "string"),
    # a plain word before `(default)` that explains, not a listed value
    ("Specifies whether the ECS is created on a DeH or in a shared pool (default).", "string"),
])
def test_no_default_paraphrases(text: str, kind: str) -> None:
    assert "default" not in kw(text, kind)


@pytest.mark.parametrize(("text", "kind", "value"), [
    # the field's own absence, then a product as the subject of `uses`, a plain value with a capital or a digit
    ("Time zone.\n\n- If this parameter is not specified, GaussDB uses UTC by default.", "string", "UTC"),
    ("Port. If this parameter is not specified, RDS uses 3306.", "integer", 3306),
])
def test_product_uses_by_default(text: str, kind: str, value: Any) -> None:
    assert kw(text, kind)["default"] == value


def test_system_uses_a_phrase_is_no_default() -> None:
    assert "default" not in kw("Group. If this parameter is not specified, the system uses the default group.")


@pytest.mark.parametrize("text", [
    "Size. Currently, only DCS Redis 4.0 uses 10 by default.",
    "Size. Only the cluster edition uses **10** by default.",
    # still none (the earlier rounds' guards)
    "Offset. The default value of **limit** is 10.",
    "Size. The default value is 10 for MySQL and 20 for PostgreSQL.",
    "Size. The default quota is 10.",
    "Size. The default value is 10 if **type** is set to **A**.",
])
def test_no_default_of_one_product_or_another_field(text: str) -> None:
    assert "default" not in kw(text, "integer")
