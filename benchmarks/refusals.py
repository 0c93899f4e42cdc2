"""Refusals: the documented request examples the generated client would refuse, and where each failing rule came from.

    python -m benchmarks.refusals [CORPUS_DIR] [--only svc,svc] [--jobs N] [--list] [--sample]

CORPUS_DIR (default `../shared/corpus` beside the project) holds one folder per service. Each service is built, and
every documented request example (the request bodies of the spec, JSON, and XML read as the client reads it; per
variant of a merged operation) is checked by the client's own request validation: the runtime module the generated
client ships (`generator/client/runtime_validation.py`, a fresh copy per service) on the `_request_schemas.json`
document `generate` writes, so the verdict (refused or not) is the one `validate_request` gives, with the same
validator class and format checking. The query values of the concrete request lines the pages write are examples
too (benchmarks/request_lines.py reads them from the doctree; the build reads none): each is given as its declared
type and checked as the client checks its query parameters. Path values are not checked by the client.

For a refused example each failing rule is attributed: a rule of the tables (the Type and Mandatory columns: `type`,
`required`, undocumented fields, a `String(8)` length) or of the prose (a keyword the constraint rules read from a
description cell, with its `x-constraint-source`: the rule's file:line and sentence). Under `oneOf`/`anyOf` the
alternatives that fail on the fewest rules of the tables (the variants the example is shaped like) are attributed.
A prose keyword that fails only because the value has the wrong type (`0` against the enum `"0"`, `"1"`) is the
type's refusal, not the prose's.

Per service one line: documented request examples, how many the client refuses, how many of those a prose rule
refuses (`prose-ex`), the distinct prose refusals (example, keyword, rule) and how the committed classification
(`tests/constraints/refusals.yaml`: read from the docs, "defect" when the example breaks what the prose clearly
states, "false" when the prose does not state that constraint) classes them; then subtotals for the six deep
services and the wide ones, and a total. `--list` prints every prose refusal (example file:line, keyword, rule
file:line, class, the value and the sentence); `--sample` prints the sample of wide-service prose refusals drawn with
the fixed seed (`SAMPLE_SEED`) for classification. A script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from jsonschema.exceptions import ValidationError

from benchmarks import SERVICES
from benchmarks.request_lines import query_examples
from benchmarks.sweep import DEFAULT_CORPUS, ROOT, crash_text, list_services
from generator.client.postprocess import request_schemas as _request_schemas
from generator.client.runtime_wire import from_xml
from generator.client.view import HTTP_METHODS, XML, generation_view
from generator.pipeline import DocsError, build, docs_root
from generator.writer import load_yaml

CLASSIFICATION = ROOT / "tests" / "constraints" / "refusals.yaml"
CLASSES = ("defect", "false")
SAMPLE_SEED = 10
SAMPLE_SIZE = 60
_SOURCE = re.compile(r"^(?P<rule>.+?:\d+): (?P<sentence>.*)$", re.DOTALL)
_TABLE_KEYWORDS = ("type", "required", "additionalProperties", "unevaluatedProperties", "const")

JSON = dict[str, Any]
Key = tuple[str, str, str, str]  # service, example file:line, keyword, rule file:line


@dataclass(frozen=True)
class Refusal:
    """One prose rule that refuses one documented request example."""

    service: str
    example: str  # file:line of the example
    operation: str  # operationId of the client function
    keyword: str  # the failing keyword (`if/then` for a conditional mandatory field)
    rule: str  # file:line of the sentence the keyword was read from
    sentence: str
    pointer: str  # where in the example (the first place, when the rule fails at several)
    value: str  # the failing value, repr, shortened

    @property
    def key(self) -> Key:
        return self.service, self.example, self.keyword, self.rule


@dataclass(frozen=True)
class ServiceAudit:
    service: str
    examples: int = 0
    refused: int = 0
    by_prose: int = 0  # refused examples with at least one prose rule failing
    prose: tuple[Refusal, ...] = ()  # distinct (example, keyword, rule)
    crash: str = ""


# -- the client's verdict ----------------------------------------------------------------------------------------------


def client_runtime(document: JSON) -> ModuleType:
    """A fresh instance of the validation module the generated client ships, reading `document` (what `generate`
    writes as `_request_schemas.json`) instead of the file beside it."""
    found = importlib.util.find_spec("generator.client.runtime_validation")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    module.__dict__["_document"] = lambda: document  # read through the module's globals by `_registry`
    return module


def refused_by_client(runtime: ModuleType, operation: str, body: Any, where: str = "json") -> bool:
    """The client's verdict: `validate_request` raises before anything is sent (`where`: `json` a body, `params` the
    query values)."""
    runtime.set_validation(True)
    try:
        runtime.validate_request(operation, {where: body})
    except runtime.RequestValidationError:
        return True
    return False


# -- which rule failed -------------------------------------------------------------------------------------------------


def _leaves(error: ValidationError, is_table: Callable[[ValidationError], bool]) -> list[ValidationError]:
    """The most specific errors. Under `oneOf`/`anyOf`, those of the alternatives that fail on the fewest rules of
    the tables (the variants the example is shaped like); when several tie, all of theirs."""
    if not error.context:
        return [error]
    if error.validator not in ("oneOf", "anyOf"):
        return [leaf for sub in error.context for leaf in _leaves(sub, is_table)]
    groups: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        groups.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    alternatives = [[leaf for sub in subs for leaf in _leaves(sub, is_table)] for subs in groups.values()]
    fewest = min(sum(map(is_table, leaves)) for leaves in alternatives)
    return [leaf for leaves in alternatives if sum(map(is_table, leaves)) == fewest for leaf in leaves]


def _deref(node: Any, components: JSON) -> Any:
    for _ in range(32):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        node = components.get(str(node["$ref"]).rpartition("/")[2], {})
    return node


def _walk(root: JSON, components: JSON, path: Sequence[Any]) -> list[Any]:
    """The schema nodes along an error's absolute schema path (which does not name the `$ref`s it went through):
    `nodes[i]` is where `path[:i]` leads, its `$ref` followed when the next key is not beside it."""
    nodes: list[Any] = []
    node: Any = root
    for key in path:
        if isinstance(node, dict) and key not in node:
            node = _deref(node, components)
        nodes.append(node)
        node = node[key] if isinstance(node, dict | list) and _has(node, key) else {}
    nodes.append(node)
    return nodes


def _has(node: dict[str, Any] | list[Any], key: Any) -> bool:
    return key in node if isinstance(node, dict) else isinstance(key, int) and 0 <= key < len(node)


def _sources(node: Any, keyword: str) -> list[str]:
    if not isinstance(node, dict):
        return []
    return [str(s).split(": ", 1)[1] for s in node.get("x-constraint-source", [])
            if str(s).startswith(f"{keyword}: ")]


def prose_source(error: ValidationError, root: JSON, components: JSON) -> tuple[str, str] | None:
    """(keyword, `file:line: sentence`) when the failing rule was read from prose, None when it is the tables'."""
    keyword = str(error.validator)
    if keyword in ("type", "additionalProperties", "unevaluatedProperties", "const"):
        return None
    path = list(error.absolute_schema_path)
    nodes = _walk(root, components, path)
    if keyword == "required":
        if "then" not in path:
            return None  # the Mandatory column
        parent = nodes[path.index("then") - 2] if path.index("then") >= 2 else {}  # the object holding allOf[i]
        missing = re.findall(r"'([^']*)' is a required property", error.message)
        props = parent.get("properties", {}) if isinstance(parent, dict) else {}
        for name in missing:
            found = _sources(_deref(props.get(name), components), "if/then")
            if found:
                return "if/then", found[0]
        return None
    found = _sources(error.schema, keyword)
    if not found and keyword == "pattern" and len(path) >= 3 and path[-3] == "allOf":
        # a second pattern of one field sits in its `allOf`; its sources are the field's, in order
        owner, index = _deref(nodes[-4], components), path[-2]
        patterns = _sources(owner, "pattern")
        found = patterns[index + 1: index + 2] if isinstance(index, int) else []
    return (keyword, found[0]) if found else None


def _coerced(value: Any, declared: Any) -> tuple[bool, Any]:
    """The value read as its field's declared type (`8000` as `"8000"`, `"3"` as 3, `"False"` as false), when that
    reading exists."""
    if declared == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return True, str(value)
    if declared in ("integer", "number") and isinstance(value, str):
        try:
            number = float(value) if declared == "number" else int(value)
        except ValueError:
            return False, None
        return True, number
    if declared == "boolean" and isinstance(value, str) and value.lower() in ("true", "false"):
        return True, value.lower() == "true"
    return False, None


def _only_the_type(error: ValidationError, runtime: ModuleType) -> bool:
    """A prose keyword that fails only because the value has the wrong type: it accepts the value read as the
    field's type (the enum `"0"`, `"1"` and the number 0)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    ok, value = _coerced(error.instance, schema.get("type"))
    if not ok:
        return False
    keyword = str(error.validator)
    return bool(runtime._validator({keyword: schema[keyword]}).is_valid(value)) if keyword in schema else False


def attribute(errors: Sequence[ValidationError], root: JSON, components: JSON,
              runtime: ModuleType) -> list[tuple[ValidationError, str, str]]:
    """The prose rules among the failing ones: (error, keyword, `file:line: sentence`)."""
    leaves = [leaf for e in errors for leaf in _leaves(e, lambda x: prose_source(x, root, components) is None)]
    wrong_type = {tuple(leaf.absolute_path) for leaf in leaves if leaf.validator == "type"}
    out = []
    for leaf in leaves:
        found = prose_source(leaf, root, components)
        if found is None:
            continue
        if tuple(leaf.absolute_path) in wrong_type and _only_the_type(leaf, runtime):
            continue
        out.append((leaf, *found))
    return out


# -- one service -------------------------------------------------------------------------------------------------------


def _request_examples(spec: JSON, renamed: dict[str, str]) -> Iterator[tuple[str, str, Any]]:
    """(client operationId, example file:line, value) for every documented request example, per variant; an XML
    example read into the value its schema describes (as the client reads XML)."""
    components = spec.get("components", {}).get("schemas", {})
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict) or not isinstance(op.get("requestBody"), dict):
                continue
            content = op["requestBody"].get("content", {})
            media_type = "application/json" if "application/json" in content else next(iter(content), "")
            media = content.get(media_type, {})
            variants = op.get("x-variants") if isinstance(op.get("x-variants"), list) else None
            for variant in variants or [op]:
                op_id = str(variant.get("operationId"))
                for ex in (media.get("examples") or {}).values():
                    if not isinstance(ex, dict) or "value" not in ex or "x-doc-source" not in ex:
                        continue
                    if variants and ex.get("x-variant") not in (None, op_id):
                        continue
                    value = ex["value"]
                    if media_type == XML and isinstance(value, str):
                        schema = variant.get("requestBody") if variants else media.get("schema")
                        try:
                            value = from_xml(schema or {}, value, components)
                        except Exception:  # not well-formed XML: no body the client could be given
                            continue
                    yield renamed.get(op_id, op_id), str(ex["x-doc-source"]), value


def _query_values(values: dict[str, str], declared: JSON) -> dict[str, Any]:
    """The values of a request line the operation's query declares, each read as the client is given it: the
    declared type (`limit=10` as 10), an array's items split at commas."""
    out: dict[str, Any] = {}
    for name, schema in declared.items():
        if name not in values:
            continue
        kind = schema.get("type") if isinstance(schema, dict) else None
        if kind == "array":
            item_kind = schema.get("items", {}).get("type") if isinstance(schema.get("items"), dict) else None
            out[name] = [_as_declared(v, item_kind) for v in values[name].split(",")]
        else:
            out[name] = _as_declared(values[name], kind)
    return out


def _as_declared(value: str, declared: Any) -> Any:
    """`value` read as its declared type where that reading exists (`_coerced`), else as written."""
    ok, typed = _coerced(value, declared)
    return typed if ok else value


def _prose_refusals(service: str, source: str, operation: str, found: list[tuple[ValidationError, str, str]],
                    prefix: str = "") -> Iterator[Refusal]:
    for error, keyword, origin in found:
        m = _SOURCE.match(origin)
        rule, sentence = (m["rule"], m["sentence"]) if m else (origin, "")
        path = "/".join(map(str, error.absolute_path))
        pointer = f"{prefix}/{path}" if path or not prefix else prefix  # a body's root is `/`, a query value `?name`
        yield Refusal(service, source, operation, keyword, rule, " ".join(sentence.split()), pointer,
                      repr(error.instance)[:80])


def audit_spec(service: str, spec: JSON, root: Path | None = None) -> ServiceAudit:
    """The documented request examples of one spec through the client's validation, prose refusals attributed: the
    request bodies, and with the docs folder `root` the query values of the request lines its pages write
    (benchmarks/request_lines.py)."""
    view = generation_view(spec)
    document = _request_schemas(spec, view)
    runtime = client_runtime(document)
    components = document["components"]["schemas"]
    examples = refused = by_prose = 0
    prose: dict[Key, Refusal] = {}
    for operation, source, value in _request_examples(spec, view.renamed):
        examples += 1
        if not refused_by_client(runtime, operation, value):
            continue
        refused += 1
        body = document["operations"][operation]["body"]
        found = attribute(list(runtime._validator(body).iter_errors(value)), body, components, runtime)
        by_prose += bool(found)
        for refusal in _prose_refusals(service, source, operation, found):
            prose.setdefault(refusal.key, refusal)
    for operation, source, written in query_examples(spec, root, view.renamed) if root is not None else ():
        declared = document["operations"].get(operation, {}).get("query", {})
        params = _query_values(written, declared)
        if not params:
            continue  # a line whose query names no parameter the operation declares: nothing the client checks
        examples += 1
        if not refused_by_client(runtime, operation, params, "params"):
            continue
        refused += 1
        found_any = False
        for name, value in params.items():
            found = attribute(list(runtime._validator(declared[name]).iter_errors(value)), declared[name],
                              components, runtime)
            found_any = found_any or bool(found)
            for refusal in _prose_refusals(service, source, operation, found, f"?{name}"):
                prose.setdefault(refusal.key, refusal)
        by_prose += found_any
    return ServiceAudit(service, examples, refused, by_prose, tuple(sorted(prose.values(), key=lambda r: r.key)))


def audit_one(corpus: Path, service: str) -> ServiceAudit:
    """Build and audit one service; an exception becomes the audit's `crash`, never propagates."""
    try:
        root = docs_root(corpus / service)
        return audit_spec(service, build(root).spec, root)
    except DocsError as exc:
        return ServiceAudit(service, crash=str(exc))
    except Exception as exc:
        return ServiceAudit(service, crash=crash_text(exc))


# -- classification and sample -----------------------------------------------------------------------------------------


def load_classification(path: Path) -> dict[Key, dict[str, Any]]:
    """The committed classification: (service, example, keyword, rule) -> its entry (`class`, `reason`, `sample`)."""
    if not path.exists():
        return {}
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    out: dict[Key, dict[str, Any]] = {}
    for entry in data.get("refusals", []):
        key = (str(entry["service"]), str(entry["example"]), str(entry["keyword"]), str(entry["rule"]))
        if entry.get("class") not in CLASSES:
            raise ValueError(f"{path}: {key}: class must be one of {CLASSES}, not {entry.get('class')!r}")
        out[key] = entry
    return out


def draw_sample(refusals: Sequence[Refusal], size: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED) -> list[Refusal]:
    """A reproducible sample of the prose refusals of the wide services (those not among the six): the same
    refusals and seed give the same sample."""
    pool = sorted((r for r in refusals if r.service not in SERVICES), key=lambda r: r.key)
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))), key=lambda r: r.key)


# -- printing ----------------------------------------------------------------------------------------------------------


def _columns() -> str:
    return (f"{'service':34} {'examples':>8} {'refused':>7} {'prose-ex':>8} {'prose':>5} {'defect':>6} {'false':>5} "
            f"{'unclass':>7}")


def _counts(audit: ServiceAudit, classes: dict[Key, dict[str, Any]]) -> tuple[int, int, int]:
    found = [classes.get(r.key, {}).get("class") for r in audit.prose]
    return found.count("defect"), found.count("false"), sum(1 for c in found if c is None)


def format_line(name: str, audits: Sequence[ServiceAudit], classes: dict[Key, dict[str, Any]]) -> str:
    if len(audits) == 1 and audits[0].crash:
        return f"{name:34} CRASH {audits[0].crash}"
    counted = [_counts(a, classes) for a in audits]
    return (f"{name:34} {sum(a.examples for a in audits):8d} {sum(a.refused for a in audits):7d} "
            f"{sum(a.by_prose for a in audits):8d} {sum(len(a.prose) for a in audits):5d} "
            f"{sum(c[0] for c in counted):6d} {sum(c[1] for c in counted):5d} {sum(c[2] for c in counted):7d}")


def format_refusal(r: Refusal, classes: dict[Key, dict[str, Any]]) -> list[str]:
    """Two lines: the example, keyword, rule, class, where and what; then the sentence the rule was read from."""
    entry = classes.get(r.key, {})
    label = entry.get("class", "unclassified") + (" (sample)" if entry.get("sample") else "")
    return [f"{r.service}: {r.example}: {r.keyword} from {r.rule} [{label}] {r.pointer} = {r.value}",
            f"    {r.sentence}"]


def run(corpus: Path, services: Sequence[str], jobs: int, show: str = "",
        emit: Callable[[str], None] | None = None, classification: Path | None = None) -> list[ServiceAudit]:
    """Audit `services`, emitting the header, one line per service, the subtotals, the total and (`show`: `list` or
    `sample`) the prose refusals or the drawn sample."""
    if emit is None:
        def emit(line: str) -> None:
            print(line, flush=True)
    classes = load_classification(classification or CLASSIFICATION)
    started = time.perf_counter()
    emit(_columns())
    audits: list[ServiceAudit] = []
    for audit in _audits(corpus, services, jobs):
        emit(format_line(audit.service, [audit], classes))
        audits.append(audit)
    done = [a for a in audits if not a.crash]
    emit(format_line("six services", [a for a in done if a.service in SERVICES], classes))
    emit(format_line("wide services", [a for a in done if a.service not in SERVICES], classes))
    emit(format_line("total", done, classes))
    crashed = len(audits) - len(done)
    emit(f"{len(audits)} services ({crashed} crashed); wall {time.perf_counter() - started:.1f} s")
    refusals = [r for a in done for r in a.prose]
    if show == "list":
        emit("")
        for r in refusals:
            for line in format_refusal(r, classes):
                emit(line)
    elif show == "sample":
        emit("")
        emit(f"sample of the wide services' prose refusals (seed {SAMPLE_SEED}, {SAMPLE_SIZE}):")
        for r in draw_sample(refusals):
            for line in format_refusal(r, classes):
                emit(line)
    return audits


def _audits(corpus: Path, services: Sequence[str], jobs: int) -> Iterator[ServiceAudit]:
    if jobs <= 1:
        for service in services:
            yield audit_one(corpus, service)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(audit_one, corpus, service) for service in services]
        for service, future in zip(services, futures, strict=True):
            try:
                yield future.result()
            except Exception as exc:  # the worker process died (memory, a signal): still one line
                yield ServiceAudit(service, crash=f"worker: {crash_text(exc)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS,
                        help="folder of service folders (default: ../shared/corpus beside the project)")
    parser.add_argument("--only", default="", help="comma-separated service folders to audit (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="services audited at a time (default: 1)")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--list", action="store_true", help="print every prose refusal with its class")
    shown.add_argument("--sample", action="store_true", help="print the sample of wide-service prose refusals")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"{args.corpus}: not a folder")
    services = list_services(args.corpus, [s.strip() for s in args.only.split(",") if s.strip()])
    if not services:
        parser.error(f"{args.corpus}: no service folders")
    audits = run(args.corpus, services, args.jobs, "list" if args.list else "sample" if args.sample else "")
    return 1 if any(a.crash for a in audits) else 0


if __name__ == "__main__":
    sys.exit(main())
