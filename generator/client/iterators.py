"""Writing `iterate_<operation>(...)` into the endpoint module of each paged list operation (`paging.Scheme`).

The function takes the arguments of the module's `sync_detailed` but the cursor, fetches page after page through
`sync_detailed` and yields the items with the shipped `_paging` runtime (`runtime_paging.py`). Names are read from
the generated code, not guessed: the cursor and size arguments from `_get_kwargs` (`params["offset"] = offset`), the
page model from `_parse_response`, its attributes from the model's `to_dict` (`field_dict["total_count"] = ...`).
When the code is not as expected, the operation gets no iterator and a `client-paging-ambiguous` note says why.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from generator.client.naming import python_string
from generator.client.paging import Scheme
from generator.client.pyast import literal, parse
from generator.client.result import diag
from generator.diagnostics import Diagnostic

_BUILTINS = {"str", "int", "float", "bool"}
_RUNTIME = {"offset": "by_offset", "page": "by_page", "marker": "by_marker"}


def _models(package: Path) -> dict[str, Path]:
    """Model class name -> its file."""
    found: dict[str, Path] = {}
    for path in sorted((package / "models").glob("*.py")):
        for name in re.findall(r"(?m)^class (\w+)\b", path.read_text(encoding="utf-8")):
            found[name] = path
    return found


def _attributes(path: Path, cls: str) -> dict[str, tuple[str, str]]:
    """Wire name -> (attribute, annotation) of a generated model, read from its `to_dict` and class body."""
    text = path.read_text(encoding="utf-8")
    body = text.split(f"\nclass {cls}", 1)[1] if f"\nclass {cls}" in text else ""
    annotations = dict(re.findall(r"(?m)^    (\w+): (.+?)(?: = UNSET)?$", body.split("\n    def ", 1)[0]))
    wire: dict[str, tuple[str, str]] = {}
    for quoted, attr in re.findall(r'field_dict\[("(?:[^"\\]|\\.)*")\] = (\w+)', body) + \
            re.findall(r'^\s+("(?:[^"\\]|\\.)*"): (\w+),$', body, flags=re.MULTILINE):
        key = str(literal(quoted))
        if attr in annotations:
            wire.setdefault(key, (attr, annotations[attr]))
    return wire


def _signature(function: ast.FunctionDef, cursor: str) -> tuple[list[str], list[str]]:
    """The parameter lines of `function` without `cursor`, and the arguments that pass them on."""
    lines: list[str] = []
    calls: list[str] = []
    args = function.args
    defaults = [None] * (len(args.args) - len(args.defaults)) + list(args.defaults)
    for arg, default in zip(args.args, defaults, strict=True):
        if arg.arg != cursor:
            lines.append(_param(arg, default))
            calls.append(arg.arg)
    if args.kwonlyargs:
        lines.append("*")
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        if arg.arg != cursor:
            lines.append(_param(arg, kw_default))
            calls.append(f"{arg.arg}={arg.arg}")
    return lines, calls


def _param(arg: ast.arg, default: ast.expr | None) -> str:
    text = f"{arg.arg}: {ast.unparse(arg.annotation)}" if arg.annotation is not None else arg.arg
    return f"{text} = {ast.unparse(default)}" if default is not None else text


def add_iterator(scheme: Scheme, module: Path, package: Path) -> str | None:
    """Append `iterate_<operation>` to `module`; the reason when it cannot be written."""
    text = module.read_text(encoding="utf-8")
    tree = parse(text)
    sync = next((n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "sync_detailed"), None)
    if sync is None:
        return "no sync_detailed"
    params = dict((str(literal(k)), v) for k, v in
                  re.findall(r'params\[("(?:[^"\\]|\\.)*")\] = (\w+)\n', text))
    cursor, size = params.get(scheme.cursor), params.get(scheme.size)
    arguments = {a.arg: a for a in sync.args.args + sync.args.kwonlyargs}
    if cursor not in arguments or size not in arguments:
        return f"the `{scheme.cursor}`/`{scheme.size}` arguments not found in sync_detailed"
    annotation = arguments[cursor].annotation
    cursor_type = ast.unparse(annotation) if annotation is not None else ""
    as_text = cursor_type.startswith("str")  # a number the docs type String is sent as its digits
    if not (as_text or (cursor_type.startswith("int") and scheme.kind != "marker")):
        return f"`{scheme.cursor}` is typed {cursor_type or 'nothing'}"
    found = re.search(r"response_2\d\d = (\w+)\.from_dict\(", text)
    models = _models(package)
    if found is None or found.group(1) not in models:
        return "no page model in _parse_response"
    page_cls = found.group(1)
    attrs = _attributes(models[page_cls], page_cls)
    if scheme.items not in attrs:
        return f"`{scheme.items}` not found in {page_cls}"
    items_attr, items_ann = attrs[scheme.items]
    element = re.fullmatch(r"list\[(\w+)\](?: \| Unset)?(?: \| None)?", items_ann)
    elem = element.group(1) if element else "Any"
    imports = ["from collections.abc import Iterator"]
    if elem in models and models[elem] != module:
        imports.append(f"from ...models.{models[elem].stem} import {elem}")
    elif elem not in models and elem not in _BUILTINS:
        elem = "Any"
    if elem == "Any" and not re.search(r"(?m)^from typing import .*\bAny\b", text):
        imports.append("from typing import Any")
    runtime = [_RUNTIME[scheme.kind], "expect_page"]
    if scheme.kind == "marker":
        second_type = "str | None"
        if scheme.links is not None:
            if scheme.links not in attrs:
                return f"`{scheme.links}` not found in {page_cls}"
            helper = "marker_of_links" if "list[" in attrs[scheme.links][1] else "marker_of_url"
            second = f"{helper}(_page.{attrs[scheme.links][0]})"
        else:
            ident = _attributes(models[elem], elem).get("id") if elem in models else None
            if ident is None:
                return f"no `id` attribute in the items ({elem})"
            helper, second = "last_id", f"last_id(_page.{items_attr}, {python_string(ident[0])})"
        runtime.append(helper)
    else:
        second_type = "int | Unset | None"
        second = "None"
        if scheme.total is not None:
            if scheme.total not in attrs or not attrs[scheme.total][1].startswith("int"):
                return f"the total `{scheme.total}` is no integer attribute of {page_cls}"
            second = f"_page.{attrs[scheme.total][0]}"
    imports.append(f"from ..._paging import {', '.join(sorted(runtime))}")
    if not re.search(r"(?m)^from \.\.\.types import .*\bUnset\b", text):
        imports.append("from ...types import Unset")
    lines, calls = _signature(sync, cursor)
    calls.append(f"{cursor}=str({cursor})" if as_text and scheme.kind != "marker" else f"{cursor}={cursor}")
    cursor_param = f"{cursor}: str | Unset" if scheme.kind == "marker" else f"{cursor}: int"
    run = f"{_RUNTIME[scheme.kind]}(_fetch_page, {scheme.first})" if scheme.kind == "page" else \
        f"{_RUNTIME[scheme.kind]}(_fetch_page)"
    stops = {"offset": "an empty page" + (f" or `{_doc(scheme.total)}` items" if scheme.total else ""),
             "page": f"`{_doc(scheme.total or '')}` items or an empty page",
             "marker": "an empty page" + (" or no next link" if scheme.links else "")}[scheme.kind]
    params_text = "".join(f"    {line},\n" for line in lines)
    call_text = ", ".join(calls)
    function = (
        f"\n\ndef iterate_{module.stem}(\n{params_text}) -> Iterator[{elem}]:\n"
        f'    """Every item of `{_doc(scheme.items)}` across the pages ({scheme.kind} paging).\n\n'
        f"    `{_doc(scheme.cursor)}` is moved by the iterator, `{_doc(scheme.size)}` items a page;\n"
        f"    stops at {stops}.\n\n"
        "    Raises:\n        _paging.PageError: a page request answered with something else than a page.\n"
        '    """\n\n'
        f"    def _fetch_page({cursor_param}) -> tuple[list[{elem}] | Unset, {second_type}]:\n"
        f"        _page = expect_page(sync_detailed({call_text}), {page_cls})\n"
        f"        return _page.{items_attr}, {second}\n\n"
        f"    return {run}\n"
    )
    anchor = "\nfrom ...client import"
    if anchor not in text:
        return "no client import"
    text = text.replace(anchor, "\n" + "\n".join(imports) + anchor, 1)
    module.write_text(text.rstrip("\n") + "\n" + function, encoding="utf-8")
    return None


def _doc(name: str) -> str:
    """A wire name as docstring text: no backslash or quote can end the docstring or escape."""
    return name.replace("\\", "\\\\").replace('"', '\\"')


def add_iterators(schemes: list[Scheme], modules: dict[str, Path], package: Path) -> tuple[dict[str, str],
                                                                                             list[Diagnostic]]:
    """Write the iterators of `schemes` (view operation -> module path); their kinds by operation, and a note for
    each that could not be written. The `_paging` runtime is copied by the caller when any was written."""
    written: dict[str, str] = {}
    notes: list[Diagnostic] = []
    for scheme in schemes:
        module = modules.get(scheme.operation)
        why = "no endpoint module" if module is None else add_iterator(scheme, module, package)
        if why is None:
            written[scheme.operation] = scheme.kind
        else:
            notes.append(diag("client-paging-ambiguous", f"{scheme.operation}: {scheme.kind} paging, but {why}: no "
                              f"iterate_{scheme.operation}", scheme.source))
    return written, notes
