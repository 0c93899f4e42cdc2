"""`diff` on real history: ../shared/corpus-history read in place, each docs tree built once per session."""

from __future__ import annotations

import functools

import pytest

from generator.diff import Change, DiffResult, diff_specs
from tests.conftest import CORPUS, SHARED
from tests.corpus.catalogue import cached_build
from tests.diff.spec import JSON

# ---------------------------------------------------------------------------------------------------------------
# history: real docs, each tree built once per session


@functools.cache
def _built(folder: str) -> JSON:
    root = SHARED / folder
    if not root.is_dir():
        pytest.fail(f"the docs history is expected at {root} (../shared beside the project)")
    spec: JSON = cached_build(root).spec  # through the tests' build cache (tests/corpus/catalogue.py)
    return spec


@functools.cache
def _history_diff(old: str, new: str) -> DiffResult:
    return diff_specs(_built(old), _built(new), old_label=old, new_label=new)


GAUSS_OLD = "corpus-history/gaussdb-opengauss/2024-11-04"
GAUSS_MID = "corpus-history/gaussdb-opengauss/2025-03-19"
GAUSS_NOW = f"{CORPUS.name}/gaussdb-opengauss"
CCE_OLD = "corpus-history/cloud-container-engine/2025-11-07"
CCE_NEW = "corpus-history/cloud-container-engine/2025-12-01"


def _find(result: DiffResult, kind: str, operation_id: str | None = None) -> list[Change]:
    return [c for c in result.changes
            if c.kind == kind and (operation_id is None or c.operation.operation_id == operation_id)]


def test_gaussdb_paths_moved_from_opengauss_v3_to_v3() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    moves = _find(result, "operation-moved")
    moved = {(c.operation.method.upper(), c.operation.path, c.breaking) for c in moves}
    assert moved == {
        # the old path is gone: breaking
        ("GET", "/v3/{project_id}/instances", True),
        ("POST", "/v3/{project_id}/instances", True),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/backups/policy", True),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/name", True),
        ("POST", "/v3/{project_id}/instances/{instance_id}/password", True),
        # the page moved to /v3/, a historical page still documents the /opengauss/v3/ path: not breaking
        ("DELETE", "/v3/{project_id}/instances/{instance_id}", False),
        ("POST", "/v3/{project_id}/instances/{instance_id}/action", False),
        ("PUT", "/v3/{project_id}/instances/{instance_id}/configurations", False),
    }
    for c in moves:
        assert f"from {c.operation.method.upper()} /opengauss/v3/{{project_id}}/" in c.message
        assert c.old_source and c.old_source.startswith("api/")
        assert c.new_source and c.new_source.startswith("apis_recommended/")
    assert not _find(result, "operation-removed")
    # the nine pages now documenting a moved path: one per moved operation, plus restore-to-new-instance, a new
    # page merged into the moved create-instance operation (a new variant, not a move)
    variants = _find(result, "variant-added")
    assert {str(c.operation) for c in variants} == {
        "POST /v3/{project_id}/instances (restore_data_to_new_db_instance)"}
    assert len(moves) + 1 == 9


def test_gaussdb_list_instances_response_fields() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    removed = {c.pointer: c for c in _find(result, "response-property-removed", "query_db_instances")}
    assert set(removed) == {f"/responses/200/instances/[]/{n}" for n in ("public_ips", "related_instance",
                                                                           "switch_strategy")}
    assert all(c.breaking for c in removed.values())
    assert removed["/responses/200/instances/[]/public_ips"].old_source == (
        "api/db_instance_management/querying_details_about_db_instances.rst:125")
    added = {c.pointer for c in _find(result, "response-property-added", "query_db_instances")}
    assert {"/responses/200/instances/[]/backup_used_space", "/responses/200/instances/[]/disk_encryption_id"} <= added
    assert not any(c.breaking for c in _find(result, "response-property-added"))


def test_gaussdb_datastore_version_made_optional_and_no_false_new_required() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    version = [c for c in _find(result, "request-property-made-optional", "create_db_instance")
               if c.pointer == "/requestBody/datastore/version"]
    assert len(version) == 1 and not version[0].breaking
    assert version[0].old_source == "api/db_instance_management/creating_a_db_instance.rst:131"
    assert version[0].new_source == "apis_recommended/instance_management/creating_a_db_instance.rst:141"
    assert _find(result, "request-property-added-required") == []
    assert _find(result, "operation-removed") == []


def test_gaussdb_march_to_current() -> None:
    result = _history_diff(GAUSS_MID, GAUSS_NOW)
    assert not result.has_breaking
    assert {str(c.operation) for c in _find(result, "operation-added")} == {
        "GET / (query_api_versions)", "GET /{version} (query_version_information_of_api)"}


def test_cce_rename_taints_k8s_tags_user_tags() -> None:
    result = _history_diff(CCE_OLD, CCE_NEW)
    removed = _find(result, "request-property-removed", "create_node")
    assert [(c.pointer, c.breaking) for c in removed] == [("/requestBody/spec/extendParam/dockerBaseSize", True)]
    assert "renamed to `containerBaseSize`" in removed[0].message
    added = _find(result, "request-property-added-optional", "create_node")
    assert [c.pointer for c in added] == ["/requestBody/spec/extendParam/containerBaseSize"]
    renamed_in = {c.operation.operation_id for c in result.changes if c.pointer.endswith("/dockerBaseSize")}
    assert renamed_in == {"accept_node", "create_node", "delete_node", "list_all_nodes_in_cluster",
                          "read_specified_node", "reset_node"}

    update = "update_specified_node_pool"
    taints = [c for c in _find(result, "type-changed", update) if c.pointer.endswith("/taints")]
    assert len(taints) == 1 and taints[0].breaking
    assert taints[0].message.startswith("type object (free-form) -> array of object")
    k8s = [c for c in _find(result, "type-refined", update) if c.pointer.endswith("/k8sTags")]
    assert len(k8s) == 1 and not k8s[0].breaking and k8s[0].message.endswith("-> map of string")
    user = [c for c in _find(result, "request-property-added-optional", update) if c.pointer.endswith("/userTags")]
    assert len(user) == 1 and not user[0].breaking
    assert _find(result, "request-property-added-required") == []


def test_cce_node_template_fields_sit_under_spec_node_template() -> None:
    result = _history_diff(CCE_OLD, CCE_NEW)
    pointers = {c.pointer for c in result.changes if c.operation.operation_id == "update_specified_node_pool"}
    assert {"/requestBody/spec/nodeTemplate/taints", "/requestBody/spec/nodeTemplate/k8sTags",
            "/requestBody/spec/nodeTemplate/userTags"} <= pointers


NARROWING = frozenset({"enum-narrowed", "range-narrowed", "format-added", "pattern-added", "excluded-value-added",
                       "alternative-removed"})


def test_gaussdb_direction_response_narrowing_and_parameter_format_removal_do_not_break() -> None:
    result = _history_diff(GAUSS_OLD, GAUSS_MID)
    narrowed = [c for c in result.changes if c.side == "response" and c.kind in NARROWING]
    assert {c.kind for c in narrowed} == {"enum-narrowed", "range-narrowed", "pattern-added"}
    assert not any(c.breaking for c in narrowed)
    # the same narrowing in the request still breaks: `ha.replication_mode` limited to "sync" on both sides
    mode = {(c.side, c.breaking) for c in _find(result, "enum-narrowed", "create_db_instance")
            if c.pointer.endswith("/ha/replication_mode")}
    assert mode == {("request", True), ("response", False)}
    uuid = [c for c in _find(result, "format-removed") if c.side == "parameter"]
    assert {c.pointer for c in uuid} == {"/parameters/path/instance_id"} and len(uuid) == 5
    assert not any(c.breaking for c in uuid)
    # a response value no longer limited to one enum value, and the instance statuses listed `If the value is
    # **BUILD**, ...` one paragraph per value, seven more in the newer docs: open enums read the new values, no break
    # (`created`'s layout names Z a time zone offset, so neither version makes it a date-time: no format removed)
    widened = [c for c in result.changes if c.side == "response" and c.kind in ("enum-widened", "format-removed")]
    assert {(c.kind, c.pointer.rsplit("/", 1)[-1], c.breaking) for c in widened} == {
        ("enum-widened", "type", False), ("enum-widened", "status", False)}
