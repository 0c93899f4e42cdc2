"""The generated client's README (a jinja2 template, `templates/README.md.j2`) and its models' reprs without `Unset`.

The README replaces openapi-python-client's stock text (`Authorization: Bearer`, `api.example.com`, a made-up
`get_my_data_model`): how to install the client, how this platform authenticates (the IAM token in `X-Auth-Token`, or
the AK/SK signature the spec declares), the service's endpoint (the spec's `endpoint` server variable), one real
operation of the service as the example, request validation and how to turn it off, and how to run the contract suite.
Each part is a `##` section of its own, so another feature adds its section without touching these.

The example is chosen deterministically: the first GET (in path order) that needs no request body and no argument
but plain text path parameters, so the block runs as written against any server that answers.

"Connecting to your cloud" shows `from_cloud` (clouds.yaml, the `cloud` extra), AK/SK signing (`from_aksk`, the
`aksk` extra), the retry and timeout defaults and, when the client has one, an `iterate_*` function: the first paged
operation in path order whose required arguments are plain text path parameters, `project_id` given as the
client's `project_id` (the token's project). It is rendered after the iterators are written (`generate.py`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.client.view import GenerationView

__all__ = ["ReadmeExample", "example_iterator", "example_operation", "render_readme", "unset_free_reprs"]

_TEMPLATES = Path(__file__).with_name("templates")
_PLAIN_TEXT = {"type": "string"}
_REGION = re.compile(r"[a-z]{2}-[a-z]+\d*")  # a region's label in the documented endpoint host (`eu-de`, `eu-ch2`)


@dataclass(frozen=True)
class ReadmeExample:
    """The operation the README calls: where its function lives and the arguments it is given."""

    tag: str  # the folder of `api/` holding its module
    module: str
    summary: str
    method: str
    path: str  # the path sent, the example's values in place
    arguments: tuple[tuple[str, str], ...]  # Python argument -> the value passed (a string)
    source: str  # the doc page (file:line)


def _plain_path_parameter(param: Any) -> bool:
    if not isinstance(param, dict) or param.get("in") != "path":
        return False
    schema = {k: v for k, v in (param.get("schema") or {}).items() if not k.startswith("x-") and k != "description"}
    return schema == _PLAIN_TEXT


def _value(name: str) -> str:
    return "my-" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def example_operation(view: GenerationView, package: Path) -> ReadmeExample | None:
    """The first GET in path order whose required arguments are plain text path parameters and that sends no body."""
    modules = {p.stem: p.parent.name for p in sorted((package / "api").glob("*/*.py")) if p.stem != "__init__"}
    for path, item in sorted(view.spec.get("paths", {}).items()):
        op = item.get("get") if isinstance(item, dict) else None
        if not isinstance(op, dict) or op.get("deprecated") or (op.get("requestBody") or {}).get("required"):
            continue
        params = [p for p in op.get("parameters", []) if isinstance(p, dict)]
        required = [p for p in params if p.get("required") or p.get("in") == "path"]
        if not all(_plain_path_parameter(p) for p in required):
            continue
        op_id = str(op.get("operationId"))
        module = view.modules.get(op_id, "")
        if module not in modules:
            continue
        names = view.arguments.get(op_id, {})
        arguments = tuple((names.get(f"path:{p['name']}", str(p["name"])), _value(str(p["name"]))) for p in required)
        sent = view.variant_paths.get(op_id, path).partition("#")[0]
        for p in required:
            sent = sent.replace("{" + str(p["name"]) + "}", _value(str(p["name"])))
        return ReadmeExample(tag=modules[module], module=module, summary=str(op.get("summary") or op_id),
                             method="GET", path=sent, arguments=arguments, source=str(op.get("x-doc-source", "")))
    return None


@dataclass(frozen=True)
class IteratorExample:
    """The `iterate_*` function the README calls: its module and the arguments it is given (Python expressions)."""

    tag: str
    module: str
    function: str
    arguments: tuple[tuple[str, str], ...]
    scheme: str  # offset, marker or page


def example_iterator(view: GenerationView, package: Path, iterators: dict[str, str]) -> IteratorExample | None:
    """The first operation in path order with an iterator whose required arguments are plain text path parameters."""
    modules = {p.stem: p.parent.name for p in sorted((package / "api").glob("*/*.py")) if p.stem != "__init__"}
    for _, item in sorted(view.spec.get("paths", {}).items()):
        op = item.get("get") if isinstance(item, dict) else None
        op_id = str(op.get("operationId")) if isinstance(op, dict) else ""
        module = view.modules.get(op_id, "")
        if not isinstance(op, dict) or op_id not in iterators or module not in modules:
            continue
        required = [p for p in op.get("parameters", []) if isinstance(p, dict) and (p.get("required")
                                                                                     or p.get("in") == "path")]
        if not all(_plain_path_parameter(p) for p in required):
            continue
        names = view.arguments.get(op_id, {})
        arguments = tuple((names.get(f"path:{p['name']}", str(p["name"])),
                           "client.project_id" if p["name"] == "project_id" else json.dumps(_value(str(p["name"]))))
                          for p in required)
        return IteratorExample(tag=modules[module], module=module, function=f"iterate_{op_id}", arguments=arguments,
                               scheme=iterators[op_id])
    return None


def _auth(spec: dict[str, Any]) -> str:
    """`token` (X-Auth-Token), `signature` (AK/SK only) or `none`."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    used = {name for requirement in spec.get("security", []) for name in requirement}
    if any(schemes.get(n, {}).get("name") == "X-Auth-Token" for n in used) or (
            not used and any(s.get("name") == "X-Auth-Token" for s in schemes.values())):
        return "token"
    return "signature" if schemes else "none"


def render_readme(spec: dict[str, Any], view: GenerationView, package: Path, package_name: str,
                  iterators: dict[str, str], service_type: str) -> str:
    """The README of the client; `iterators` (operation -> paging scheme) are its `iterate_*` functions,
    `service_type` the catalog's type of the service."""
    info = spec.get("info", {})
    servers = spec.get("servers") or [{}]
    endpoint = str(((servers[0].get("variables") or {}).get("endpoint") or {}).get("default", "localhost"))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=False,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["py"] = lambda value: json.dumps(str(value), ensure_ascii=False)  # a Python string literal
    return env.get_template("README.md.j2").render(
        title=str(info.get("title", package_name)), version=str(info.get("version", "")),
        docs_url=str(docs.get("url", "")) if isinstance(docs := spec.get("externalDocs"), dict) else "",
        package=package_name, project=package_name.replace("_", "-"),
        endpoint=endpoint, auth=_auth(spec), example=example_operation(view, package),
        iterator=example_iterator(view, package, iterators), iterators=len(iterators), service_type=service_type,
        region=next((label for label in endpoint.split(".") if _REGION.fullmatch(label)), ""),
        operations=sum(1 for item in view.spec.get("paths", {}).values() if isinstance(item, dict)
                       for op in item.values() if isinstance(op, dict) and "operationId" in op))


_UNSET_REPR = '''

def unset_free_repr(cls: _T) -> _T:
    """A model's repr with the fields that hold a value: an `UNSET` one (not sent, not received) is left out, and so
    are no undeclared fields (`additional_properties={}`) and a field marked `repr=False` (a secret); one with a repr
    function of its own is shown through it."""
    import attrs

    def __repr__(self: attrs.AttrsInstance) -> str:
        shown = []
        for a in attrs.fields(type(self)):
            value = getattr(self, a.name)
            if a.repr is False or isinstance(value, Unset) or (a.name == "additional_properties" and not value):
                continue
            shown.append(f"{a.name}={a.repr(value) if callable(a.repr) else repr(value)}")
        return f"{type(self).__name__}({', '.join(shown)})"

    cls.__repr__ = __repr__  # type: ignore[assignment]
    return cls
'''


def unset_free_reprs(package: Path) -> bool:
    """Every model prints without `Unset` noise (`unset_free_repr` added to `types.py`, applied to each model
    class); False when `types.py` is not as expected."""
    types = package / "types.py"
    text = types.read_text(encoding="utf-8") if types.exists() else ""
    if "\nUNSET: Unset = Unset()\n" not in text or "from typing import " not in text:
        return False
    text = re.sub(r"(?m)^from typing import (.*)$", lambda m: f"from typing import {m.group(1)}, TypeVar as _TypeVar",
                  text, count=1)
    text = text.replace("\nUNSET: Unset = Unset()\n", "\nUNSET: Unset = Unset()\n_T = _TypeVar(\"_T\", bound=type)\n"
                        + _UNSET_REPR, 1)
    types.write_text(text, encoding="utf-8")
    anchor = "\nfrom attrs import define as _attrs_define\n"
    for model in sorted((package / "models").glob("*.py")):
        source = model.read_text(encoding="utf-8")
        if anchor not in source:
            continue
        new = source.replace(anchor, anchor + "from ..types import unset_free_repr\n", 1)
        new = new.replace("\n@_attrs_define\nclass ", "\n@unset_free_repr\n@_attrs_define\nclass ")
        model.write_text(new, encoding="utf-8")
    return True
