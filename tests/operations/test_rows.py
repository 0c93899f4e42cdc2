"""generator.operations.rows: a Type cell outside the vocabulary that names a structure (`Trigger`,
`Array of matches`) is that structure when a child table is linked to the row or titled after the name; without
one it stays unknown, with a diagnostic (never a guess)."""

from __future__ import annotations

from tests.operations.pages import build, diagnostics_of, only_operation, page, result, shape, table

PM = ["Parameter", "Mandatory", "Type", "Description"]


def _create(body: str) -> tuple[object, list[str], tuple[int, int]]:
    text = page("Configuring a Rule", {"Function": "Configures a rule.", "URI": "POST /v2/rules",
                                       "Request Parameters": body, "Response": "None"})
    model = build(p=text)
    r = result(model, "p")
    unknown = [d.message.split("`")[1] for d in diagnostics_of(model, "unknown-type")]
    return shape(only_operation(model).request), unknown, (r.parameter_rows, r.rows_as_properties)


def test_a_bare_name_with_a_table_titled_after_it_is_that_structure() -> None:
    got, unknown, (rows, typed) = _create(
        table([PM, ["trigger", "Yes", "Trigger", "When to scale."], ["root_volume", "No", "Volume", "Disk."],
               ["matches", "No", "Array of matches", "Match fields."]], "**Table 1** Request body parameters")
        + "\n" + table([PM, ["metric", "Yes", "String", "Metric."]], "**Table 2** **trigger** parameter description")
        + "\n" + table([PM, ["size", "Yes", "Integer", "GB."]], "**Table 3** Volume field data structure description")
        + "\n-  Description of the **match** field\n\n" + table([PM, ["key", "Yes", "String", "Key."]], indent=3))
    assert got == {"trigger": {"metric": "string"}, "root_volume": {"size": "integer"}, "matches": [{"key": "string"}]}
    assert unknown == [] and rows == typed == 6


def test_a_bare_name_without_a_table_stays_unknown() -> None:
    got, unknown, (rows, typed) = _create(
        table([PM, ["master_eip", "No", "master_eip", "First EIP."], ["name", "Yes", "String", "Name."]],
              "**Table 1** Request body parameters"))
    assert got == {"master_eip": "any", "name": "string"}
    assert unknown == ["master_eip"] and (rows, typed) == (2, 1)


def test_a_plural_type_word_is_not_a_structure_name_even_with_its_table_linked() -> None:
    # Cloud Eye `version | Objects`: the example shows one object, the word a list
    _shape, unknown, (rows, typed) = _create(
        table([PM, ["version", "No", "Objects", "Versions, see Table 2."]], "**Table 1** Request body parameters")
        + "\n" + table([PM, ["id", "Yes", "String", "ID."]], "**Table 2** **versions** data structure description"))
    assert unknown == ["version"] and (rows, typed) == (2, 1)
