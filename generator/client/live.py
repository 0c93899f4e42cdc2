"""The live contract mode of the generated suite (`OUTDIR/tests/live_contract.py`, data in `live.json`).

The mock-transport suite (`contract.py`) checks docs, spec and client against each other; the live mode sends the
client's requests to a real endpoint (`RST2OPENAPI_LIVE_URL`, `RST2OPENAPI_LIVE_TOKEN`) and validates every response
-- status, headers and body -- against the spec. What it may send is data written here, a pure function of the spec:

- every GET operation (a variant of a merged operation counts as its own operation), in a deterministic order: by
  the depth of its path, then path, so a list (`/v3/{project_id}/instances`) runs before the operations on one of
  its items (`/v3/{project_id}/instances/{instance_id}/...`), whose path parameter it can fill;
- every mutating operation (POST/PUT/PATCH/DELETE), with the id of its first documented request example; the live
  module sends one only when its operation id is listed in `RST2OPENAPI_LIVE_ALLOW_MUTATING` (by default none is
  even collected).

Per operation the parameters it must fill: required path, query and header ones (not a sub-resource, not the
transport headers the client sets itself).
"""

from __future__ import annotations

from typing import Any

from generator.client.view import IGNORED_HEADERS, GenerationView, transport_header, wire_path

__all__ = ["live_cases"]

_SENT = ("get", "put", "post", "patch", "delete")  # HEAD, OPTIONS and TRACE are never sent


def _parameters(op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for param in [*item.get("parameters", []), *op.get("parameters", [])]:
        if isinstance(param, dict) and "name" in param:
            merged[(str(param.get("in")), str(param["name"]))] = param
    kept = []
    for param in merged.values():
        if param.get("in") not in ("path", "query", "header") or param.get("x-subresource"):
            continue
        if transport_header(param, IGNORED_HEADERS):
            continue
        if param.get("in") == "path" or param.get("required"):
            kept.append({"name": param["name"], "in": param["in"], "required": True,
                         "schema": param.get("schema") or {}})
    return kept


def live_cases(spec: dict[str, Any], view: GenerationView, first_requests: dict[str, str]) -> dict[str, Any]:
    """The operations the live module may send, in the order it sends them. `first_requests`: view operation id ->
    the case id of its first documented request example (contract.py's request cases)."""
    operations = []
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in _SENT:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            variants = op.get("x-variants") if isinstance(op.get("x-variants"), list) else None
            for variant in variants or [op]:
                op_id = str(variant.get("operationId"))
                view_id = view.renamed.get(op_id, op_id)
                operations.append({
                    "id": view_id, "method": method, "path": path,
                    "literal": wire_path(path, op).partition("#")[0].partition("?")[2],
                    "parameters": _parameters(op, item), "mutating": method != "get",
                    "request": first_requests.get(view_id)})
    depth = {op["id"]: len([s for s in op["path"].partition("#")[0].split("/") if s]) for op in operations}
    operations.sort(key=lambda op: (op["mutating"], depth[op["id"]], op["path"], op["method"], op["id"]))
    return {"operations": operations}
