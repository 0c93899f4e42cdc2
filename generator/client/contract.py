"""The contract-test suite `generate` writes next to the client (`OUTDIR/tests/`), rendered from jinja2 templates.

Per operation of the generation view (a variant of a merged operation counts as its own operation) the suite checks:

1. every documented example (request and response, `x-doc-source`) validates against the spec schema of its
   operation/variant, or is listed in the reviewed `doc_defects.yaml` (`defects.py`) and breaks exactly the rules at
   the places listed (a new defect fails, and so does a listed one that is fixed or broken otherwise); an example
   must also put every field where a table declares it (what `lint` reports as `example-undocumented-field`);
2. the client, called with every documented request example (a listed defect: its corrected form), with its
   validation on, accepts it and sends a request with the spec's method and path and the example as body, which
   openapi-core accepts against the spec (captured with `httpx.MockTransport`): an example no listed defect names is
   presumed valid, and the client refusing it is a failure of the suite, never a new entry;
3. each documented response example, parsed by the client, gives back the example with `to_dict()`, with no spec
   property left in `additional_properties` but the undocumented fields its listed defect names;
4. per constraint keyword (minLength/maxLength/minimum/maximum/exclusive*/enum/pattern) on a scalar request property
   that a valid request example (of any variant, the first that has the field) sends, a value just inside is accepted
   and one just outside rejected by the client's validation, naming field and rule;
5. per JSON request body, property-based (hypothesis-jsonschema, derandomized): bodies generated from the schema the
   client validates with pass its validation, are sent unchanged and openapi-core accepts them; bodies made invalid
   (one keyword of the schema broken at one place of a generated body) fail the client's validation and openapi-core
   rejects them.

Every check of a `format` (the doc defects listed here, the suite's example checks, the client's validation and
openapi-core, through its `extra_format_validators`) uses the one format checker, `generator/formats.py`, shipped in
the client as `_formats.py`: a value gets one verdict wherever it is checked.

The cases are data (`cases.json`, the spec as `spec.json`); the test modules (one per tag) only name case ids, always
through `repr()`, so no doc text is interpolated into Python source. Everything written is a pure function of the
spec: generating twice gives identical files.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import jinja2
from referencing import Registry

from generator.client.defects import breaks, dump_defects, review, spec_registry, spec_validator
from generator.client.live import live_cases
from generator.client.runtime_wire import from_xml
from generator.client.view import (
    HTTP_METHODS,
    IGNORED_HEADERS,
    XML,
    GenerationView,
    python_name,
    transport_header,
    wire_path,
)
from generator.diagnostics import Diagnostic
from generator.lint import closed_components, undocumented_fields

__all__ = ["SuiteResult", "build_cases", "write_suite"]

_TEMPLATES = Path(__file__).with_name("templates")
_SCALAR = ("string", "integer", "number", "boolean")
_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum", "pattern")


class SuiteResult:
    def __init__(self) -> None:
        self.modules = 0
        self.examples = 0
        self.requests = 0
        self.responses = 0
        self.boundaries = 0
        self.properties = 0  # request bodies with a property-based test (valid bodies accepted, invalid rejected)
        self.defects = 0  # entries of the doc-defect list written
        self.candidates = 0  # documented examples that break their schema
        self.diagnostics: list[Diagnostic] = []  # candidates the reviewed list does not hold as found

    @property
    def tests(self) -> int:
        return self.examples + self.requests + self.responses + 2 * self.boundaries + self.properties


def _first_error(spec: dict[str, Any], schema: Any, value: Any) -> str | None:
    errors = sorted(spec_validator(spec, schema).iter_errors(value), key=lambda e: (list(map(str, e.absolute_path)),
                                                                                 str(e.validator)))
    if not errors:
        return None
    e = errors[0]
    where = "/".join(map(str, e.absolute_path)) or "(root)"
    return f"{where}: {e.validator}: {e.message}"[:300]


def _breaks(spec: dict[str, Any], schema: Any, ex: dict[str, Any], registry: Registry[Any]) -> list[dict[str, str]]:
    """What a documented example breaks, undocumented fields included (`defects.breaks`, closed objects, `registry`
    from `spec_registry`); an XML document that is not well-formed breaks its whole schema, and says why."""
    if schema is None:
        return []
    found = breaks(spec, schema, ex["value"], True, registry)
    if "xml_error" in ex:
        found = [{**b, "kind": "example-invalid", "error": str(ex["xml_error"])[:200]} for b in found]
    return found


def _resolve(spec: dict[str, Any], schema: Any) -> Any:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 20:
        ref = schema["$ref"]
        if not ref.startswith("#/"):
            return {}
        node: Any = spec
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        schema, seen = node, seen + 1
    return schema


def _media(content: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(content, dict) or not content:
        return "application/json", {}
    media_type = "application/json" if "application/json" in content else next(iter(content))
    media = content[media_type]
    return media_type, media if isinstance(media, dict) else {}


def _examples(media: dict[str, Any], variant: str | None) -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name, ex in (media.get("examples") or {}).items():
        if isinstance(ex, dict) and "value" in ex and (variant is None or ex.get("x-variant") in (None, variant)):
            found.append((str(name), ex))
    return found


def _boundaries(spec: dict[str, Any], schema: Any, example: Any, path: list[str]) -> list[dict[str, Any]]:
    """(field path, keyword, inside value, outside value) for every constraint on a scalar property of the body."""
    found: list[dict[str, Any]] = []
    schema = _resolve(spec, schema)
    if not isinstance(schema, dict) or not isinstance(example, dict) or len(path) > 4:
        return found
    for name, sub in (schema.get("properties") or {}).items():
        sub = _resolve(spec, sub)
        if not isinstance(sub, dict):
            continue
        if sub.get("type") == "object" or "properties" in sub:
            if isinstance(example.get(name), dict):
                found.extend(_boundaries(spec, sub, example[name], [*path, name]))
            continue
        if sub.get("type") not in _SCALAR:
            continue
        for keyword in _KEYWORDS:
            if keyword not in sub:
                continue
            pair = _pair(sub, keyword, example.get(name))
            if pair is None:
                continue
            inside, outside = pair
            check = spec_validator(spec, sub)
            if not check.is_valid(inside) or [e.validator for e in check.iter_errors(outside)] != [keyword]:
                continue  # another keyword of the property interferes: no clean boundary
            found.append({"field": [*path, name], "keyword": keyword, "inside": inside, "outside": outside})
    return found


def _pair(sub: dict[str, Any], keyword: str, current: Any) -> tuple[Any, Any] | None:
    value = sub[keyword]
    integer = sub.get("type") == "integer"
    step = 1 if integer else 0.5
    if keyword in ("minLength", "maxLength") and isinstance(value, int):
        fill = current[0] if isinstance(current, str) and current else "a"
        if keyword == "minLength":
            return (fill * value, fill * (value - 1)) if value > 0 else None
        return fill * value, fill * (value + 1)
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum") and isinstance(value, int | float) \
            and not isinstance(value, bool) and sub.get("type") in ("integer", "number"):
        if keyword == "minimum":
            return value, value - step
        if keyword == "maximum":
            return value, value + step
        if keyword == "exclusiveMinimum":
            return value + step, value
        return value - step, value
    if keyword == "enum" and isinstance(value, list) and value:
        inside = value[0]
        if isinstance(inside, str):
            return inside, inside + "-not-in-enum"
        if isinstance(inside, int) and not isinstance(inside, bool):
            return inside, max(v for v in value if isinstance(v, int)) + 1
        return None
    if keyword == "pattern" and isinstance(value, str) and isinstance(current, str):
        try:
            compiled = re.compile(value)
        except re.error:
            return None
        if compiled.search(current) is None:
            return None
        for outside in ("!" + current[1:], current + "!", "!", ""):
            if compiled.search(outside) is None:
                return current, outside
    return None


def _with(body: Any, field: list[str], value: Any) -> Any:
    body = copy.deepcopy(body)
    node = body
    for name in field[:-1]:
        node = node[name]
    node[field[-1]] = value
    return body


def _clean_in_body(spec: dict[str, Any], schema: Any, body: Any, boundary: dict[str, Any]) -> bool:
    """The inside value keeps the whole body valid and the outside value breaks it only by the boundary's rule."""
    check = spec_validator(spec, schema)
    if not check.is_valid(_with(body, boundary["field"], boundary["inside"])):
        return False
    errors = list(check.iter_errors(_with(body, boundary["field"], boundary["outside"])))
    return bool(errors)


def _xml_examples(spec: dict[str, Any], schema: Any,
                  found: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    """XML examples (their value is the document's text) read into the value the schema describes, as the client
    reads them; the text is kept (`xml`). A document that is not well-formed XML keeps no value and names why."""
    components = spec.get("components", {}).get("schemas", {})
    out = []
    for name, ex in found:
        entry = dict(ex)
        if isinstance(ex["value"], str):
            entry["xml"] = ex["value"]
            try:
                entry["value"] = from_xml(schema or {}, ex["value"], components)
            except ElementTree.ParseError as error:
                entry["value"], entry["xml_error"] = None, f"(root): not well-formed XML: {error}"
        out.append((name, entry))
    return out


def build_cases(spec: dict[str, Any], view: GenerationView) -> tuple[dict[str, Any], dict[str, Any]]:
    """The cases of the suite (by tag module) and the doc defects: documented examples that break their schema."""
    renamed = view.renamed
    modules: dict[str, dict[str, list[Any]]] = {}
    defects: dict[str, Any] = {}
    closed = closed_components(spec.get("components", {}))
    closed_registry = spec_registry(spec, closed_objects=True)
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            variants = op.get("x-variants") if isinstance(op.get("x-variants"), list) else None
            body_type, body_media = _media((op.get("requestBody") or {}).get("content"))
            # a sub-resource (`x-subresource`) is no argument: the client sends it as the literal query of the path
            params = [p for p in op.get("parameters", []) if isinstance(p, dict) and p.get("in") != "cookie"
                      and not p.get("x-subresource")]
            literal = wire_path(path, op).partition("#")[0].partition("?")[2]
            tag = python_name(str((op.get("tags") or ["default"])[0]))
            mod = modules.setdefault(tag, {"examples": [], "requests": [], "responses": [], "boundaries": [],
                                           "properties": []})
            for variant in variants or [op]:
                op_id = str(variant.get("operationId"))
                view_id = renamed.get(op_id, op_id)
                mark = op_id if variants else None
                body_schema = variant.get("requestBody") if variants else body_media.get("schema")
                valid_requests = []
                found = _examples(body_media, mark)
                if body_type == XML:
                    found = _xml_examples(spec, body_schema, found)
                for name, ex in found:
                    case_id = f"{view_id}/request/{name}"
                    # closed: a field no table declares where it is sent is a doc defect too (what `lint` says)
                    mod["examples"].append({"id": case_id, "schema": body_schema, "value": ex["value"],
                                            "source": ex.get("x-doc-source", ""), "closed": True})
                    broken = _breaks(spec, body_schema, ex, closed_registry)
                    if broken:
                        defects[case_id] = {"source": ex.get("x-doc-source", ""), "breaks": broken}
                    if "xml_error" not in ex and (not broken or _first_error(spec, body_schema, ex["value"]) is None):
                        valid_requests.append(ex["value"])  # valid but for undocumented fields: still a boundary
                    if "xml_error" not in ex:  # every request example is sent: a listed one in its corrected form
                        mod["requests"].append({"id": case_id, "operation": view_id, "method": method, "path": path,
                                                "literal": literal,
                                                "parameters": copy.deepcopy(params), "body": ex["value"],
                                                **({"xml_schema": body_schema} if body_type == XML else {})})
                for valid in valid_requests if body_schema is not None else []:  # every valid example's boundaries
                    for b in _boundaries(spec, body_schema, valid, []):
                        if not _clean_in_body(spec, body_schema, valid, b):
                            continue  # another rule of the body (if/then, oneOf, ...) reacts to the value
                        b.update(id=f"{view_id}/{'.'.join(b['field'])}/{b['keyword']}", operation=view_id, body=valid)
                        mod["boundaries"].append(b)  # the first example that gives a boundary keeps it (dedup below)
                if body_schema is not None and "json" in body_type:
                    mod["properties"].append({"id": view_id, "operation": view_id, "method": method, "path": path,
                                              "literal": literal,
                                              "parameters": copy.deepcopy(params),
                                              "spec_schema": body_media.get("schema") if variants else None})
                for status, response in (op.get("responses") or {}).items():
                    if not isinstance(response, dict):
                        continue
                    response_type, media = _media(response.get("content"))
                    schema = (variant.get("responses") or {}).get(status) if variants else media.get("schema")
                    found = _examples(media, mark)
                    if response_type == XML:
                        found = _xml_examples(spec, schema, found)
                    for name, ex in found:
                        case_id = f"{view_id}/response/{status}/{name}"
                        mod["examples"].append({"id": case_id, "schema": schema, "value": ex["value"],
                                                "source": ex.get("x-doc-source", ""), "closed": True})
                        broken = _breaks(spec, schema, ex, closed_registry)
                        if not broken:
                            extra: list[str] = []
                        elif schema is None or "xml_error" in ex or _first_error(spec, schema, ex["value"]):
                            defects[case_id] = {"source": ex.get("x-doc-source", ""), "breaks": broken}
                            continue  # broken beyond undocumented fields: the client need not read it
                        else:
                            extra = undocumented_fields(closed, schema, ex["value"])
                            defects[case_id] = {"source": ex.get("x-doc-source", ""), "breaks": broken,
                                                **({"undocumented": extra} if extra else {})}
                            if not extra:  # valid only where a table does not declare a field, and broken otherwise
                                continue  # where it does (an `anyOf` of bodies): what the suite's closed check sees
                        if status.isdigit() and schema is not None:  # no schema: nothing for the client to parse
                            mod["responses"].append({"id": case_id, "operation": view_id, "status": int(status),
                                                     "schema": schema, "value": ex["value"],
                                                     **({"undocumented": extra} if extra else {}),
                                                     **({"xml": ex["xml"]} if "xml" in ex else {})})
    for mod in modules.values():
        seen: set[str] = set()
        for key in ("examples", "requests", "responses", "boundaries", "properties"):
            unique = []
            for case in mod[key]:
                if case["id"] not in seen:
                    seen.add(case["id"])
                    unique.append(case)
            mod[key] = unique
            seen = set()
    return dict(sorted(modules.items())), dict(sorted(defects.items()))


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=False,
                              keep_trailing_newline=True, undefined=jinja2.StrictUndefined)


def _as_validated(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec the suite validates requests with:

    - OpenAPI 3.1 says header parameters named Accept, Content-Type or Authorization SHALL be ignored (the media type
      and the security scheme say those), but openapi-core checks them, so a documented
      `Content-Type: application/json;charset=utf8` would reject the client's `application/json`;
    - a multipart (FormData) body: openapi-core reads every part as text and does not cast it, so a boolean or number
      field gets the encoding `contentType: application/json` (the client sends `true`, `8`, which is JSON), and a
      file field (`type: string, format: binary`) becomes `contentMediaType: application/octet-stream` without a
      type, OpenAPI 3.1's way to say binary (openapi-core's 3.1 validator rejects bytes as a `string`)."""
    out = copy.deepcopy(spec)
    for item in out.get("paths", {}).values():
        for holder in (item, *(item.get(method) for method in HTTP_METHODS)):  # path-level and per-operation
            if isinstance(holder, dict) and isinstance(holder.get("parameters"), list):
                holder["parameters"] = [p for p in holder["parameters"] if not transport_header(p, IGNORED_HEADERS)]
            body = holder.get("requestBody") if isinstance(holder, dict) else None
            media = body.get("content", {}).get("multipart/form-data") if isinstance(body, dict) else None
            if isinstance(media, dict):
                _as_validated_form(out, media)
            # openapi-core reads an XML body into an Element, which no object schema accepts: the suite gives it the
            # body the client's XML reads back to, as JSON, against the same schema
            if isinstance(body, dict) and isinstance(body.get("content"), dict) and XML in body["content"]:
                body["content"] = {("application/json" if k == XML else k): v for k, v in body["content"].items()}
    return out


def _as_validated_form(spec: dict[str, Any], media: dict[str, Any]) -> None:
    schema = _resolve(spec, media.get("schema"))
    for name, sub in (schema.get("properties") or {}).items() if isinstance(schema, dict) else ():
        sub = _resolve(spec, sub)
        if not isinstance(sub, dict):
            continue
        if sub.get("type") in ("boolean", "integer", "number"):
            media.setdefault("encoding", {}).setdefault(name, {"contentType": "application/json"})
        elif sub.get("type") == "string" and sub.get("format") == "binary":
            del sub["type"], sub["format"]
            sub["contentMediaType"] = "application/octet-stream"


def write_suite(spec: dict[str, Any], view: GenerationView, project: Path, package: str,
                reviewed: Mapping[str, Any] | None = None, accept_defects: bool = False) -> SuiteResult:
    """Write `project/tests/` (conftest, helper, one module per tag, cases, spec, doc_defects.yaml).

    `doc_defects.yaml` is the `reviewed` list as it was (None: empty), with a diagnostic per candidate defect it
    does not hold as found (`defects.review`); with `accept_defects` it is the candidates."""
    result = SuiteResult()
    modules, defects = build_cases(spec, view)
    tests = project / "tests"
    tests.mkdir(parents=True, exist_ok=True)
    env = _env()
    helper = f"_contract_{package}"
    (tests / "conftest.py").write_text(env.get_template("conftest.py.j2").render(), encoding="utf-8")
    (tests / f"{helper}.py").write_text(env.get_template("contract_helper.py.j2").render(package=repr(package)),
                                        encoding="utf-8")
    (tests / "spec.json").write_text(json.dumps(_as_validated(spec), indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    cases = {key: {c["id"]: c for mod in modules.values() for c in mod[key]}
             for key in ("examples", "requests", "responses", "boundaries", "properties")}
    # what the client calls things (generator/client/naming.py): the module of each operation, the argument of each
    # parameter; the suite looks them up here instead of guessing
    cases["names"] = {"modules": view.modules, "arguments": view.arguments}
    (tests / "cases.json").write_text(json.dumps(cases, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # the live contract mode: run explicitly (`pytest tests/live_contract.py`), never collected by a plain `pytest`
    first_requests: dict[str, str] = {}
    for case in cases["requests"].values():
        first_requests.setdefault(case["operation"], case["id"])
    (tests / "live.json").write_text(json.dumps(live_cases(spec, view, first_requests), indent=1,
                                                ensure_ascii=False) + "\n", encoding="utf-8")
    (tests / "live_contract.py").write_text(env.get_template("live_contract.py.j2").render(helper=helper),
                                            encoding="utf-8")
    listed, result.diagnostics = review(defects, reviewed, accept_defects)
    (tests / "doc_defects.yaml").write_text(dump_defects(listed), encoding="utf-8")
    template = env.get_template("test_tag.py.j2")
    for tag, mod in modules.items():
        ids = {key: [repr(c["id"]) for c in mod[key]] for key in mod}
        (tests / f"test_contract_{tag}.py").write_text(
            template.render(tag=repr(tag), helper=helper, ids=ids), encoding="utf-8")
        result.modules += 1
        result.examples += len(mod["examples"])
        result.requests += len(mod["requests"])
        result.responses += len(mod["responses"])
        result.boundaries += len(mod["boundaries"])
        result.properties += len(mod["properties"])
    result.defects = len(listed)
    result.candidates = len(defects)
    return result
