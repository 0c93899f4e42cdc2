"""The renderers: text, markdown (a pull-request comment) and JSON agree and are deterministic."""

from __future__ import annotations

import copy
import json

from generator.diff import diff_specs, render_json, render_markdown
from tests.diff.spec import (
    W,
    base_spec,
    m_doc_text,
    m_enum_widened,
    m_excluded_value,
    m_made_optional,
    m_max_length_narrowed,
    m_object_to_array,
    m_object_to_string_map,
    m_operation_added,
    m_query_optional_added,
    m_required_added,
    m_response_property_removed,
    m_type_changed,
    pair,
    schemas,
)


def test_output_is_deterministic_and_renderers_agree() -> None:
    old, new = base_spec(), base_spec()
    for mutation in (m_required_added, m_made_optional, m_response_property_removed, m_type_changed,
                     m_enum_widened, m_max_length_narrowed, m_excluded_value, m_query_optional_added, m_doc_text,
                     m_object_to_array, m_object_to_string_map, m_operation_added):
        mutation(new)
    first, second = diff_specs(old, new), diff_specs(copy.deepcopy(old), copy.deepcopy(new))
    assert first == second
    data = json.loads(render_json(first))
    assert data["summary"]["changes"] == len(first.changes)
    assert data["summary"]["breaking"] == len(first.breaking)
    assert [c["kind"] for c in data["changes"]] == [c.kind for c in first.changes]
    md = render_markdown(first)
    assert md.index("#### Breaking changes") < md.index("#### Non-breaking changes")
    assert f"**{len(first.changes)} changes: {len(first.breaking)} breaking" in md


def test_markdown_is_a_pull_request_comment() -> None:
    old, new = pair(m_required_added)
    m_doc_text(new)
    m_optional_added_elsewhere = schemas(new)["Widget"]["properties"]
    m_optional_added_elsewhere["created"] = {"type": "string", "x-doc-source": f"{W}/creating_a_widget.rst:98"}
    md = render_markdown(diff_specs(old, new, old_label="v1", new_label="v2"))
    lines = md.splitlines()
    assert lines[0] == "### API diff: v1 → v2"
    assert "**3 changes: 1 breaking, 2 non-breaking** :warning:" in md
    row = "| request-property-added-required | `POST /v1/{project_id}/widgets` (create_widget) | `/requestBody/owner` |"
    assert row in md
    assert f"`{W}/creating_a_widget.rst:40` | `{W}/creating_a_widget.rst:58` |" in md  # path:line on both sides
    assert "<details><summary>Doc text only (1)</summary>" in md
    assert md.index("request-property-added-required") < md.index("response-property-added")


