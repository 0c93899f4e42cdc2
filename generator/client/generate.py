"""Run the pinned openapi-python-client on the generation view, finish the package and check what came out.

Steps: the view (`view.generation_view`) is written to a temporary folder with a config naming the package; the
generator runs as a subprocess with `--fail-on-warning`; the result is post-processed (variant operations get their
real path back; properties the view renamed get their wire name back; a FormData boolean is sent as `true`/`false`;
every endpoint validates its request before sending; secret fields, the token and headers are left out of reprs
(`redact.py`); `_validation.py`, `_formats.py` (the project's format checker, `generator/formats.py`, as it is),
`_secrets.py` (`generator/openapi/secrets.py`) and `_request_schemas.json` are shipped; `jsonschema` and the format
checker's libraries become dependencies) and then checked: every operation of the view has a module with its
functions, every schema property a typed attribute of its model and every enum of the view an enum class with all
its values (the model files are parsed with `ast`). Findings are returned as diagnostics, never printed.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.client.contract import SuiteResult, write_suite
from generator.client.defects import load_defects
from generator.client.install import FAILED, MARKER, own_files, user_entries, write_marker
from generator.client.naming import generator_identifier, python_string
from generator.client.redact import client_repr, hide_secret, redact_additional, sort_imports
from generator.client.view import (
    DUP_MARK,
    HTTP_METHODS,
    PROP_MARK,
    VARIANT_MARK,
    XML,
    GenerationView,
    generation_view,
    transport_header,
)
from generator.diagnostics import CODES, Diagnostic, Loc
from generator.writer import WriteError, discard_tree, ensure_writable_dir, fill_tree, replace_tree, stage_tree

__all__ = ["FAILED", "GENERATOR_VERSION", "MARKER", "GenerateResult", "check_output", "generate_client", "own_files"]

GENERATOR_VERSION = "0.29.1"
_RUNTIME = Path(__file__).with_name("runtime_validation.py")
_WIRE = Path(__file__).with_name("runtime_wire.py")
_FORMATS = Path(__file__).parents[1] / "formats.py"
_SECRETS = Path(__file__).parents[1] / "openapi" / "secrets.py"
_SECRETS_IMPORT = ("\nfrom generator.openapi.secrets import is_secret_field\n",
                   "\nfrom ._secrets import is_secret_field\n")
# `_validation.py` takes the format checker from the copy of `generator/formats.py` shipped beside it: the one line
# of runtime_validation.py that differs in the client
_FORMATS_IMPORT = ("\nfrom generator.formats import FORMAT_CHECKER\n", "\nfrom ._formats import FORMAT_CHECKER\n")
# what the shipped runtime imports (jsonschema; the format checker's libraries, see generator/formats.py)
CLIENT_REQUIREMENTS = ('"jsonschema >= 4.18"', '"rfc3339-validator >= 0.1.4"', '"rfc3986-validator >= 0.1.1"',
                       '"email-validator >= 2.2"')
_SPEC_LOC = Loc("<spec>", 0)


@dataclass
class GenerateResult:
    package_dir: Path | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    operations: int = 0  # operations of the view (a merged operation counts once per variant)
    functions: int = 0  # endpoint modules found in the generated package
    models: int = 0  # model classes in the generated package
    properties: int = 0  # schema properties checked for a typed attribute
    seconds: float = 0.0  # generation (subprocess) time
    view: GenerationView | None = None
    suite: SuiteResult | None = None  # the contract-test suite written to OUTDIR/tests
    kept: bool = False  # the client failed its checks and the existing OUTDIR was left as it was (no `force`)

    @property
    def ok(self) -> bool:
        return not any(d.code in _FATAL for d in self.diagnostics)


_FATAL = {"client-generator-failed", "client-generator-warning", "client-operation-missing",
          "client-property-untyped", "client-model-missing", "client-postprocess-failed", "client-lint-failed",
          "client-enum-incomplete"}


def _diag(code: str, message: str, source: object = None) -> Diagnostic:
    loc = _SPEC_LOC
    if isinstance(source, str) and ":" in source:
        path, _, line = source.rpartition(":")
        if line.isdigit():
            loc = Loc(path, int(line))
    return Diagnostic(loc, code, CODES[code][0], message)


def _generator_command() -> list[str]:
    return [sys.executable, "-m", "openapi_python_client"]


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())


def generate_client(spec: dict[str, Any], out_dir: Path, package_name: str, force: bool = False,
                    defects: Mapping[str, Any] | None = None, accept_defects: bool = False) -> GenerateResult:
    """Generate the client package of `spec` into `out_dir` (a project folder: setup.py, README, the package).

    The contract suite's doc-defect list is the reviewed list `defects`, by default the one `out_dir` holds
    (`tests/doc_defects.yaml`; none: empty); a candidate it does not hold as found is a `contract-defect-*` warning
    (`contract.write_suite`), and with `accept_defects` the list written is the candidates.

    The project is built and checked in a folder beside `out_dir` and swapped in only when its checks pass, when
    `out_dir` does not exist yet or with `force`; otherwise `out_dir` is left as it was (`kept`). Raises
    `writer.WriteError` when `out_dir` cannot be written (checked before the generator runs).
    """
    view = generation_view(spec)
    result = GenerateResult(package_dir=None, view=view)
    ensure_writable_dir(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not (out_dir / MARKER).exists():
        result.diagnostics.append(_diag("client-generator-failed", f"{out_dir} exists and was not written by generate"))
        return result
    with tempfile.TemporaryDirectory(prefix="rst2openapi-client-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "view.json").write_text(json.dumps(view.spec), encoding="utf-8")
        config = {"package_name_override": package_name, "project_name_override": package_name.replace("_", "-")}
        (tmp / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
        env = dict(os.environ)
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")  # ruff post-hooks
        started = time.perf_counter()
        proc = subprocess.run(
            [*_generator_command(), "generate", "--path", str(tmp / "view.json"), "--config", str(tmp / "config.yaml"),
             "--meta", "setup", "--output-path", str(tmp / "out"), "--fail-on-warning"],
            capture_output=True, text=True, env=env, check=False,
        )
        result.seconds = time.perf_counter() - started
        output = (proc.stdout + proc.stderr).strip()
        if proc.returncode != 0 or "warning" in output.lower():
            code = "client-generator-failed" if not (tmp / "out").is_dir() else "client-generator-warning"
            result.diagnostics.append(_diag(code, f"openapi-python-client exit {proc.returncode}: {output[-2000:]}"))
            if not (tmp / "out").is_dir():
                return result
        package = tmp / "out" / package_name
        result.diagnostics.extend(_postprocess(spec, view, package, tmp / "out"))
        shutil.rmtree(tmp / "out" / ".ruff_cache", ignore_errors=True)  # left by the generator's ruff post-hooks
        reviewed = defects if defects is not None else _reviewed_defects(out_dir)
        result.suite = write_suite(spec, view, tmp / "out", package_name, reviewed, accept_defects)
        result.diagnostics.extend(result.suite.diagnostics)
        _install(tmp / "out", out_dir, package_name, view, result, force)
    return result


def _reviewed_defects(out_dir: Path) -> dict[str, Any] | None:
    """The doc-defect list of the suite `out_dir` holds (what a person reviewed and committed), or None."""
    path = out_dir / "tests" / "doc_defects.yaml"
    return load_defects(path.read_text(encoding="utf-8")) if path.is_file() else None


def _install(project: Path, out_dir: Path, package_name: str, view: GenerationView, result: GenerateResult,
             force: bool) -> None:
    """Copy `project` beside `out_dir`, check it there, and swap it in unless it fails and `out_dir` exists.

    What is in `out_dir` and not in the manifest of the client that is there (`MARKER`: the files generate wrote)
    is the user's (notes, a virtualenv, own tests): it is moved into the new folder before the swap, and back when
    the swap fails. A client that fails its checks and is written anyway (`force`, or no earlier folder) says so in
    `CHECKS_FAILED.txt` and in its marker."""
    stage = stage_tree(out_dir)
    moved: list[str] = []
    try:
        fill_tree(project, stage, out_dir)
        check_output(view, stage / package_name, result)
        lint = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "-q", package_name],
                              cwd=stage, capture_output=True, text=True, check=False)
        if lint.returncode != 0:
            result.diagnostics.append(_diag("client-lint-failed", f"ruff check on the client: {lint.stdout[-2000:]}"))
        user = user_entries(out_dir)
        clash = sorted(rel for rel in user if (stage / rel).exists() or (stage / rel).is_symlink())
        if clash:
            result.diagnostics.append(_diag("client-generator-failed", f"{out_dir / clash[0]} is not generate's (not "
                                            f"in {MARKER}) and the new client writes a file there: move it away"))
        if not clash and (result.ok or force or not out_dir.exists()):
            write_marker(stage, GENERATOR_VERSION, [str(d) for d in result.diagnostics if d.code in _FATAL])
            for rel in user:
                (stage / rel).parent.mkdir(parents=True, exist_ok=True)
                os.rename(out_dir / rel, stage / rel)
                moved.append(rel)
            replace_tree(stage, out_dir)
            moved = []
            result.package_dir = out_dir / package_name
        else:
            result.kept = True
    except OSError as exc:
        raise WriteError(out_dir, str(exc)) from exc
    finally:
        for rel in moved:  # the swap failed: the user's files go back where they were
            os.rename(stage / rel, out_dir / rel)
        discard_tree(stage)  # gone already when it was swapped in


# --- post-processing ------------------------------------------------------------------------------------------------


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                found.append((path, method, op))
    return found


def _endpoint_modules(package: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((package / "api").glob("*/*.py")) if p.stem != "__init__"}


def _request_schemas(spec: dict[str, Any], view: GenerationView) -> dict[str, Any]:
    """Per view operation: the original request body schema and the query/header parameter schemas."""
    original = {str(op.get("operationId")): op for _, _, op in _operations(spec)}
    operations: dict[str, Any] = {}
    xml_bodies: dict[str, Any] = {}
    for _, _, vop in _operations(view.spec):
        op_id = str(vop["operationId"])
        op = original.get(view.origin.get(op_id, op_id), {})
        entry: dict[str, Any] = {"query": {}, "header": {}}
        for param in op.get("parameters", []):
            if isinstance(param, dict) and param.get("in") in ("query", "header") and "schema" in param \
                    and not transport_header(param):  # Content-Type/Accept: set by the client, not the caller
                entry[param["in"]][param["name"]] = param["schema"]
        names = (op_id, _unrenamed(view, op_id))
        variant = next((v for v in op.get("x-variants", []) if v.get("operationId") in names), None)
        if variant is not None and "requestBody" in variant:
            entry["body"] = variant["requestBody"]
        elif isinstance(op.get("requestBody"), dict):
            content = op["requestBody"].get("content", {})
            media: dict[str, Any] = content.get("application/json") or next(iter(content.values()), {})
            if "schema" in media:
                entry["body"] = media["schema"]
        operations[op_id] = entry
        if op_id in view.wire_requests or op_id in view.xml_responses:
            xml = _xml_schemas(op, variant)
            if xml:
                xml_bodies[op_id] = xml
    document: dict[str, Any] = {"operations": operations,
                                "components": {"schemas": spec.get("components", {}).get("schemas", {})}}
    if xml_bodies:
        document["xml"] = xml_bodies
    return document


def _xml_schemas(op: dict[str, Any], variant: dict[str, Any] | None) -> dict[str, Any]:
    """The spec schemas of an operation's XML bodies (its variant's, for a merged one): `request`, `responses`."""
    out: dict[str, Any] = {}
    body: dict[str, Any] = op["requestBody"] if isinstance(op.get("requestBody"), dict) else {}
    if XML in body.get("content", {}):
        schema = variant.get("requestBody") if variant is not None else body["content"][XML].get("schema")
        if schema is not None:
            out["request"] = schema
    for status, response in op.get("responses", {}).items():
        media = response.get("content", {}).get(XML) if isinstance(response, dict) else None
        if not isinstance(media, dict):
            continue
        schema = (variant.get("responses") or {}).get(status) if variant is not None else None
        schema = schema or media.get("schema")
        if schema is not None:
            out.setdefault("responses", {})[status] = schema
    return out


def _unrenamed(view: GenerationView, op_id: str) -> str:
    return next((old for old, new in view.renamed.items() if new == op_id), op_id)


def _postprocess(spec: dict[str, Any], view: GenerationView, package: Path, project: Path) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    modules = _endpoint_modules(package)
    for _, _, op in _operations(view.spec):
        op_id = str(op["operationId"])
        module = modules.get(view.modules.get(op_id, ""))
        if module is None:
            continue  # reported by check_output
        text = module.read_text(encoding="utf-8")
        if op_id in view.variant_paths:
            mark = f"{VARIANT_MARK}{op_id}"
            if text.count(mark) != 1:
                diagnostics.append(_diag("client-postprocess-failed", f"{module.name}: variant path not found once",
                                         op.get("x-doc-source")))
                continue
            text = text.replace(mark, "")
        text = re.sub(DUP_MARK + r"(\w+)", r"{\1}", text)
        for new_name, wire_name in view.renamed_parameters.get(op_id, {}).items():
            # `params["NAME"] = ...`, wrapped by the generator's formatter when the line is long
            key = re.compile(r'\b(params|headers|cookies)\[(\s*)"' + re.escape(new_name) + r'"(\s*)\]')
            literal = python_string(wire_name).replace("\\", "\\\\")
            text = key.sub(rf"\1[\2{literal}\3]", text)
        anchor = "\n    return _kwargs\n"
        if text.count(anchor) != 1:
            diagnostics.append(_diag("client-postprocess-failed", f"{module.name}: no single `return _kwargs`",
                                     op.get("x-doc-source")))
            continue
        quoted = json.dumps(op_id)
        prepare = f"    _kwargs = prepare_request({quoted}, _kwargs)\n" if op_id in view.wire_requests else ""
        text = text.replace(anchor, f"\n    validate_request({quoted}, _kwargs)\n{prepare}    return _kwargs\n")
        if op_id in view.xml_responses:
            text = text.replace("response.json()", f"read_xml({quoted}, response)")
        wire = [n for n, used in (("prepare_request", bool(prepare)), ("read_xml", "read_xml(" in text)) if used]
        import_line = "\nfrom ..._validation import validate_request\nfrom ...client import"
        if wire:
            import_line = f"\nfrom ..._validation import validate_request\nfrom ..._wire import {', '.join(wire)}" \
                          "\nfrom ...client import"
        text = text.replace("\nfrom ...client import", import_line, 1)
        module.write_text(text, encoding="utf-8")
    for model in sorted((package / "models").glob("*.py")):
        text = model.read_text(encoding="utf-8")
        new = _wire_properties(text, view)
        new = re.sub(r"(?m)^(    (\w+): ([^=\n]+?))( = UNSET)?$", lambda m: hide_secret(m, view.secret_attributes), new)
        new = redact_additional(new)
        if "\n    additional_properties: dict[" in new and "repr=redacted_repr" not in new:
            diagnostics.append(_diag("client-postprocess-failed", f"{model.name}: `additional_properties` not found "
                                     "as expected (its repr would show undeclared secret fields)"))
        new = _form_booleans(new)
        if new != text:
            model.write_text(new, encoding="utf-8")
    runtime = _RUNTIME.read_text(encoding="utf-8")
    if runtime.count(_FORMATS_IMPORT[0]) != 1:
        diagnostics.append(_diag("client-postprocess-failed", "runtime_validation.py: the format checker import not "
                                 "found once"))
    if runtime.count(_SECRETS_IMPORT[0]) != 1:
        diagnostics.append(_diag("client-postprocess-failed", "runtime_validation.py: the secrets import not found "
                                 "once"))
    (package / "_validation.py").write_text(runtime.replace(*_FORMATS_IMPORT).replace(*_SECRETS_IMPORT),
                                            encoding="utf-8")
    shutil.copyfile(_FORMATS, package / "_formats.py")
    shutil.copyfile(_SECRETS, package / "_secrets.py")
    client = package / "client.py"
    hidden = client_repr(client.read_text(encoding="utf-8")) if client.exists() else None
    if hidden is None:
        diagnostics.append(_diag("client-postprocess-failed", "client.py: the token and header fields not found as "
                                 "expected (their repr would show the token)"))
    else:
        client.write_text(hidden, encoding="utf-8")
    if view.wire_requests or view.xml_responses:  # only the clients that need it: the others stay as they were
        shutil.copyfile(_WIRE, package / "_wire.py")
    (package / "_request_schemas.json").write_text(
        json.dumps(_request_schemas(spec, view), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    sort_imports(package, project)
    setup = project / "setup.py"
    if setup.exists():
        text = setup.read_text(encoding="utf-8")
        text = text.replace('"attrs >= 22.2.0"]', f'"attrs >= 22.2.0", {", ".join(CLIENT_REQUIREMENTS)}]')
        text = text.replace('["py.typed"]', '["py.typed", "_request_schemas.json"]')
        setup.write_text(text, encoding="utf-8")
    return diagnostics


def _wire_properties(text: str, view: GenerationView) -> str:
    """A renamed property's view key (`IDENT~~`, in `to_dict`/`from_dict`/`to_multipart`) back to its wire name."""
    if PROP_MARK not in text:
        return text
    keys = sorted(view.wire_properties, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(json.dumps(k)) for k in keys))
    return pattern.sub(lambda m: python_string(view.wire_properties[json.loads(m.group(0))]), text) if keys else text


def _form_booleans(text: str) -> str:
    """A boolean field of a multipart (FormData) body is sent as `true`/`false`, as JSON spells it, not as Python's
    `str(True)` (`True`), which the generator writes and no server parses as a boolean."""
    if "def to_multipart(" not in text:
        return text
    for name in re.findall(r"(?m)^    (\w+): bool(?: \| Unset)?(?: = .*)?$", text):
        text = text.replace(f"str(self.{name}).encode()", f'(b"true" if self.{name} else b"false")')
    return text


# --- checks ---------------------------------------------------------------------------------------------------------


_PARSE_LOCK = threading.Lock()


def _parse(path: Path) -> ast.Module:
    """`ast.parse` of a generated file, one at a time: CPython 3.11 is not thread-safe there ("AST constructor
    recursion depth mismatch" when two clients are checked at once, as tests/client/test_six_services.py does)."""
    text = path.read_text(encoding="utf-8")
    with _PARSE_LOCK:
        return ast.parse(text)


def _model_classes(package: Path) -> dict[str, dict[str, str]]:
    """Model class name -> attribute -> annotation source, from the generated model files."""
    classes: dict[str, dict[str, str]] = {}
    for path in sorted((package / "models").glob("*.py")):
        tree = _parse(path)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                attrs = {
                    stmt.target.id: ast.unparse(stmt.annotation)
                    for stmt in node.body
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                }
                classes[node.name] = attrs
    return classes


def _enum_classes(package: Path) -> set[frozenset[Any]]:
    """The value sets of the generated enum classes (`class X(StrEnum)` / `(IntEnum)`), from the model files."""
    found: set[frozenset[Any]] = set()
    for path in sorted((package / "models").glob("*.py")):
        for node in _parse(path).body:
            if isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id in ("StrEnum", "IntEnum")
                                                      for b in node.bases):
                found.add(frozenset(ast.literal_eval(stmt.value) for stmt in node.body  # `-1` is no Constant
                                    if isinstance(stmt, ast.Assign)))
    return found


def _enums(node: Any, where: str, names: bool = False) -> list[tuple[str, frozenset[Any], Any]]:
    """(where, value set, doc source) of every string or integer enum of a parameter or a body in the view, which the
    generator makes a class.
    `names`: `node` maps names to schemas (`properties`), so no key of it is a keyword."""
    found: list[tuple[str, frozenset[Any], Any]] = []
    if isinstance(node, dict) and names:
        for key, value in node.items():
            found.extend(_enums(value, f"{where}/{key}"))
    elif isinstance(node, dict):
        values = [v for v in node.get("enum", []) if v is not None] if isinstance(node.get("enum"), list) else []
        if values and (all(isinstance(v, str) for v in values)
                       or all(isinstance(v, int) and not isinstance(v, bool) for v in values)):
            found.append((where, frozenset(values), node.get("x-doc-source")))
        for key, value in node.items():  # response `headers`: the client reads none (the generator makes no class)
            if key not in ("examples", "example", "default", "enum", "const", "headers"):
                found.extend(_enums(value, f"{where}/{key}", key in ("properties", "patternProperties", "schemas",
                                                                      "paths", "responses", "content")))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_enums(value, f"{where}/{index}"))
    return found


def _is_free_form(schema: dict[str, Any]) -> bool:
    return not any(k in schema for k in ("type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const"))


def _free_form_or_list_of(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if _is_free_form(schema):
        return True
    return schema.get("type") == "array" and _free_form_or_list_of(schema.get("items"))


def check_output(view: GenerationView, package: Path, result: GenerateResult) -> None:
    """Every view operation has a module with its functions; every schema property a typed model attribute."""
    modules = _endpoint_modules(package)
    result.functions = len(modules)
    for path, method, op in _operations(view.spec):
        result.operations += 1
        op_id = str(op["operationId"])
        module = modules.get(view.modules.get(op_id, ""))
        where = f"{method.upper()} {view.variant_paths.get(op_id, path)} ({op_id})"
        if module is None:
            result.diagnostics.append(_diag("client-operation-missing", f"{where}: no module in the client",
                                            op.get("x-doc-source")))
            continue
        names = {n.name for n in _parse(module).body
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        missing = {"sync_detailed", "asyncio_detailed"} - names
        if missing:
            result.diagnostics.append(_diag("client-operation-missing",
                                            f"{where}: {module.name} lacks {', '.join(sorted(missing))}",
                                            op.get("x-doc-source")))
    enum_classes = _enum_classes(package)
    for where, values, source in _enums({"paths": view.spec.get("paths", {}),
                                         "components": view.spec.get("components", {})}, "#"):
        if values not in enum_classes:
            listed = ", ".join(sorted(map(repr, values)))[:300]
            result.diagnostics.append(_diag("client-enum-incomplete", f"{where}: no enum class has the values "
                                            f"{listed}", source))
    exact = _model_classes(package)
    classes = {_norm(name): attrs for name, attrs in exact.items()}
    result.models = len(exact)
    for name, schema in view.spec.get("components", {}).get("schemas", {}).items():
        if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
            continue
        attrs = exact.get(name) if name in exact else classes.get(_norm(name))
        if attrs is None:
            result.diagnostics.append(_diag("client-model-missing", f"schema {name} has no model class",
                                            schema.get("x-doc-source")))
            continue
        by_norm = {_norm(a): ann for a, ann in attrs.items()}
        for prop, sub in schema["properties"].items():
            result.properties += 1
            annotation = attrs.get(generator_identifier(prop)) or by_norm.get(_norm(prop))
            if annotation is None:
                result.diagnostics.append(_diag("client-property-untyped", f"{name}.{prop}: no attribute in the model",
                                                sub.get("x-doc-source") if isinstance(sub, dict) else None))
            elif re.search(r"\bAny\b", annotation) and not _free_form_or_list_of(sub):
                result.diagnostics.append(_diag("client-property-untyped",
                                                f"{name}.{prop}: typed `{annotation}` although the schema has a type",
                                                sub.get("x-doc-source") if isinstance(sub, dict) else None))
