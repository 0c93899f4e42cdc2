"""generator.operations.linking: a child table found by its title when the row has no link: the field's dotted path
(IAM `role_assignments.user`), exactly the structure's name (SFS `Statement`), the singular of a plural name
(SFS `Array of matches` -> "the **match** field"), the structure's own name before the field's."""

from __future__ import annotations

from tests.operations.pages import build, codes, only_operation, page, shape, table

P = ["Parameter", "Type", "Description"]


def _response(*tables: str) -> object:
    text = page("Querying Assignments", {"Function": "Queries assignments.", "URI": "GET /v3.0/assignments",
                                         "Response Parameters": "\n".join(tables)})
    model = build(p=text)
    op = only_operation(model)
    assert "orphan-table" not in codes(model) and "unlinked-object" not in codes(model)
    return shape(op.responses[0].schema)


def test_a_table_titled_with_the_fields_dotted_path() -> None:
    got = _response(
        table([P, ["total", "Long", "Total."], ["assignments", "Array of AssignmentBody objects",
                                                 "Assignments, see Table 2."]], "**Table 1** Response body"),
        table([P, ["user", "RoleUserAssignmentId object", "User."], ["scope", "RoleAssignmentScope object", "Scope."]],
              "**Table 2** assignments"),
        table([P, ["id", "String", "User ID."]], "**Table 3** assignments.user"),
        table([P, ["project", "RoleProjectAssignmentId object", "Project."]], "**Table 4** assignments.scope"),
        table([P, ["id", "String", "Project ID."]], "**Table 5** assignments.scope.project"),
    )
    assert got == {"total": "integer", "assignments": [{"user": {"id": "string"},
                                                        "scope": {"project": {"id": "string"}}}]}


def test_a_table_titled_exactly_after_the_structure_named_like_the_field() -> None:
    got = _response(table([P, ["Statement", "Array of Statement objects", "Rules."]], "**Table 1** Response body"),
                    table([P, ["Effect", "String", "allow or deny."]], "**Table 2** Statement"))
    assert got == {"Statement": [{"Effect": "string"}]}


def test_the_structures_name_wins_over_the_fields_name() -> None:
    got = _response(
        table([P, ["tags", "Array of tags", "Tag filters."], ["tag", "Resource_tag", "One tag."]],
              "**Table 1** Response body"),
        "-  Description of the **tag** field\n\n" + table([P, ["key", "String", "Key."], ["values", "Array of strings",
                                                                                           "Values."]], indent=3),
        "-  Description of field **resource_tag**\n\n" + table([P, ["key", "String", "Key."],
                                                                ["value", "String", "Value."]], indent=3),
    )
    assert got == {"tags": [{"key": "string", "values": ["string"]}], "tag": {"key": "string", "value": "string"}}
