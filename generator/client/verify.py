"""Checking what openapi-python-client wrote against the view: every operation a module with its functions, every
schema property a typed model attribute, every enum an enum class with all its values (model files read with `ast`).
The generator can lose endpoints or types silently: this is where that is caught."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

from generator.client.naming import generator_identifier
from generator.client.open_enums import strict_parses
from generator.client.postprocess import endpoint_modules as _endpoint_modules
from generator.client.postprocess import spec_operations as _operations
from generator.client.pyast import parse
from generator.client.result import GenerateResult
from generator.client.result import diag as _diag
from generator.client.view import GenerationView


def _norm(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.lower())





def _trees(package: Path, result: GenerateResult) -> dict[Path, ast.Module]:
    """Every generated module parsed once (`pyast`: one at a time). A module that is not valid Python is a
    `client-module-invalid` error with its line, and an empty module here, so the checks go on."""
    trees: dict[Path, ast.Module] = {}
    for path in sorted(package.rglob("*.py")):
        try:
            trees[path] = parse(path.read_text(encoding="utf-8"))
        except SyntaxError as err:
            where = f"{path.relative_to(package.parent).as_posix()}:{err.lineno}"
            result.diagnostics.append(_diag("client-module-invalid", f"{where}: {err.msg}"))
            trees[path] = ast.Module(body=[], type_ignores=[])
    return trees


def _models(trees: dict[Path, ast.Module], package: Path) -> list[ast.Module]:
    return [tree for path, tree in trees.items() if path.parent == package / "models"]


def _model_classes(models: list[ast.Module]) -> dict[str, dict[str, str]]:
    """Model class name -> attribute -> annotation source, from the generated model files."""
    classes: dict[str, dict[str, str]] = {}
    for tree in models:
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                attrs = {
                    stmt.target.id: ast.unparse(stmt.annotation)
                    for stmt in node.body
                    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name)
                }
                classes[node.name] = attrs
    return classes


def _enum_classes(models: list[ast.Module]) -> set[frozenset[Any]]:
    """The value sets of the generated enum classes (`class X(StrEnum)` / `(IntEnum)`), from the model files."""
    found: set[frozenset[Any]] = set()
    for tree in models:
        for node in tree.body:
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
    trees = _trees(package, result)
    models = _models(trees, package)
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
        names = {n.name for n in trees[module].body
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        missing = {"sync_detailed", "asyncio_detailed"} - names
        if missing:
            result.diagnostics.append(_diag("client-operation-missing",
                                            f"{where}: {module.name} lacks {', '.join(sorted(missing))}",
                                            op.get("x-doc-source")))
    enum_classes = _enum_classes(models)
    for where, values, source in _enums({"paths": view.spec.get("paths", {}),
                                         "components": view.spec.get("components", {})}, "#"):
        if values not in enum_classes:
            listed = ", ".join(sorted(map(repr, values)))[:300]
            result.diagnostics.append(_diag("client-enum-incomplete", f"{where}: no enum class has the values "
                                            f"{listed}", source))
    strict = strict_parses(package)
    if strict or (enum_classes and not (package / "_enums.py").is_file()):
        where = ", ".join(strict[:5]) + (f" (+{len(strict) - 5})" if len(strict) > 5 else "") if strict else "_enums.py"
        result.diagnostics.append(_diag("client-enum-strict", f"enums parsed strictly: {where}"))
    exact = _model_classes(models)
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
