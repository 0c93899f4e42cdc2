"""Finishing the package openapi-python-client wrote: variant operations get their real path back, renamed properties
their wire name, FormData booleans are sent as `true`/`false`, every endpoint validates its request before sending,
secret fields, the token and headers are left out of reprs (`redact.py`), and the runtime the client needs is shipped
(`_validation.py`, `_formats.py`, `_secrets.py`, `_wire.py`, `_enums.py`: open enums on parsed data, see
`open_enums.py`; `_retries.py`, see `client_class.py`; `_cloud.py` and `_aksk.py`: clouds.yaml, tokens, AK/SK signing;
`_request_schemas.json`, and their dependencies)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from generator.client.client_class import add_retries
from generator.client.naming import python_string
from generator.client.open_enums import enum_classes, open_models
from generator.client.readme import unset_free_reprs
from generator.client.redact import client_repr, hide_secret, redact_additional, sort_imports
from generator.client.result import diag as _diag
from generator.client.view import (
    DUP_MARK,
    HTTP_METHODS,
    PROP_MARK,
    VARIANT_MARK,
    XML,
    GenerationView,
    transport_header,
)
from generator.diagnostics import Diagnostic

_RUNTIME = Path(__file__).with_name("runtime_validation.py")
_WIRE = Path(__file__).with_name("runtime_wire.py")
_ENUMS = Path(__file__).with_name("runtime_enums.py")
_RETRIES = Path(__file__).with_name("runtime_retries.py")
_CLOUD = Path(__file__).with_name("runtime_cloud.py")
_AKSK = Path(__file__).with_name("runtime_aksk.py")
_SERVICE_TYPE = '\nSERVICE_TYPE = ""\nENDPOINT = ""\n'
# the `cloud` extra of the client (`_cloud.from_cloud`: clouds.yaml, keystoneauth1 tokens, the catalog's endpoint)
CLOUD_REQUIREMENTS = ('"keystoneauth1 >= 5.0"', '"openstacksdk >= 3.0"')
# the `aksk` extra (`_aksk.AkSkAuth`: SDK-HMAC-SHA256 request signing with huaweicloudsdkcore's signer); an extra of
# its own: huaweicloudsdkcore pins dependencies (pymongo, simplejson, ...) that a token user does not need
AKSK_REQUIREMENTS = ('"huaweicloudsdkcore >= 3.1"',)
_FORMATS = Path(__file__).parents[1] / "formats.py"
_SECRETS = Path(__file__).parents[1] / "openapi" / "secrets.py"
_INIT_ANCHOR = "from .client import"
_INIT_LOG_FILTER = "from ._secrets import install_log_filter as _install_log_filter\n"
_SECRETS_IMPORT = ("\nfrom generator.openapi.secrets import is_secret_field\n",
                   "\nfrom ._secrets import is_secret_field\n")
# `_validation.py` takes the format checker from the copy of `generator/formats.py` shipped beside it: the one line
# of runtime_validation.py that differs in the client
_FORMATS_IMPORT = ("\nfrom generator.formats import FORMAT_CHECKER, FORMATS\n",
                   "\nfrom ._formats import FORMAT_CHECKER, FORMATS\n")
# jsonschema-rs, the compiled validator `_validation.py` uses when it can import it, is a dependency where PyPI has a
# wheel of it for every Python the client supports (abi3 wheels: CPython on x86-64 and 64-bit ARM, Linux, macOS and
# Windows); elsewhere it is not installed (no build from source, which needs Rust) and jsonschema validates alone.
_COMPILED = ('"jsonschema-rs >= 0.61; platform_python_implementation == \'CPython\' and (platform_machine == '
             '\'x86_64\' or platform_machine == \'AMD64\' or platform_machine == \'arm64\' or platform_machine == '
             '\'aarch64\')"')
# what the shipped runtime imports (jsonschema; the format checker's libraries, see generator/formats.py)
# and httpx-retries (`_retries.py`: retries of idempotent requests)
CLIENT_REQUIREMENTS = ('"jsonschema >= 4.18"', '"rfc3339-validator >= 0.1.4"', '"rfc3986-validator >= 0.1.1"',
                       '"email-validator >= 2.2"', _COMPILED, '"httpx-retries >= 0.6"')




def spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                found.append((path, method, op))
    return found


def endpoint_modules(package: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((package / "api").glob("*/*.py")) if p.stem != "__init__"}


def request_schemas(spec: dict[str, Any], view: GenerationView) -> dict[str, Any]:
    """Per view operation: the original request body schema and the query/header parameter schemas."""
    original = {str(op.get("operationId")): op for _, _, op in spec_operations(spec)}
    operations: dict[str, Any] = {}
    xml_bodies: dict[str, Any] = {}
    for _, _, vop in spec_operations(view.spec):
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


def postprocess(spec: dict[str, Any], view: GenerationView, package: Path, project: Path) -> list[Diagnostic]:
    diagnostics: list[Diagnostic] = []
    modules = endpoint_modules(package)
    for _, _, op in spec_operations(view.spec):
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
    enums = enum_classes(package)
    for module in modules.values():  # a response that is an enum itself
        text = module.read_text(encoding="utf-8")
        new = open_models(text, enums, "...")
        if new != text:
            module.write_text(new, encoding="utf-8")
    for model in sorted((package / "models").glob("*.py")):
        text = model.read_text(encoding="utf-8")
        new = open_models(_wire_properties(text, view), enums, "..")
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
    shutil.copyfile(_ENUMS, package / "_enums.py")
    init = package / "__init__.py"
    text = init.read_text(encoding="utf-8") if init.exists() else ""
    if _INIT_ANCHOR not in text:
        diagnostics.append(_diag("client-postprocess-failed", "__init__.py: the client import not found (httpx's "
                                 "request log lines would show secret query values)"))
    else:
        text = text.replace('    "Client",\n)', '    "Client",\n    "from_aksk",\n    "from_cloud",\n)', 1)
        init.write_text(text.replace(_INIT_ANCHOR, _INIT_LOG_FILTER + "from ._cloud import from_aksk, from_cloud\n"
                                     + _INIT_ANCHOR, 1)
                        + "\n_install_log_filter()  # httpx logs request URLs: secret query values are masked\n",
                        encoding="utf-8")
    client = package / "client.py"
    hidden = client_repr(client.read_text(encoding="utf-8")) if client.exists() else None
    if hidden is None:
        diagnostics.append(_diag("client-postprocess-failed", "client.py: the token and header fields not found as "
                                 "expected (their repr would show the token)"))
    else:
        retrying = add_retries(hidden)
        if retrying is None:
            diagnostics.append(_diag("client-postprocess-failed", "client.py: the httpx client construction not found "
                                     "as expected (no retries)"))
        client.write_text(retrying or hidden, encoding="utf-8")
    shutil.copyfile(_RETRIES, package / "_retries.py")
    cloud = _CLOUD.read_text(encoding="utf-8")
    if cloud.count(_SERVICE_TYPE) != 1:
        diagnostics.append(_diag("client-postprocess-failed", "runtime_cloud.py: `SERVICE_TYPE` and `ENDPOINT` not "
                                 "found once"))
    constants = (f"\nSERVICE_TYPE = {python_string(service_type(spec))}"
                 f"\nENDPOINT = {python_string(documented_host(spec))}\n")
    (package / "_cloud.py").write_text(cloud.replace(_SERVICE_TYPE, constants), encoding="utf-8")
    shutil.copyfile(_AKSK, package / "_aksk.py")
    if view.wire_requests or view.xml_responses:  # only the clients that need it: the others stay as they were
        shutil.copyfile(_WIRE, package / "_wire.py")
    (package / "_request_schemas.json").write_text(
        json.dumps(request_schemas(spec, view), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if not unset_free_reprs(package):
        diagnostics.append(_diag("client-postprocess-failed", "types.py: `UNSET` not found as expected (models would "
                                 "print every unset field)"))
    sort_imports(package, project)
    setup = project / "setup.py"
    if setup.exists():
        text = setup.read_text(encoding="utf-8")
        text = text.replace('"attrs >= 22.2.0"]', f'"attrs >= 22.2.0", {", ".join(CLIENT_REQUIREMENTS)}]')
        text = text.replace('["py.typed"]', '["py.typed", "_request_schemas.json"]')
        extras = (f'\n    extras_require={{"cloud": [{", ".join(CLOUD_REQUIREMENTS)}], '
                  f'"aksk": [{", ".join(AKSK_REQUIREMENTS)}]}},')
        text = text.replace("\n    package_data=", extras + "\n    package_data=", 1)
        setup.write_text(text, encoding="utf-8")
    return diagnostics


def documented_host(spec: dict[str, Any]) -> str:
    """The documented endpoint host (the `endpoint` server variable's default), "" without one."""
    for server in spec.get("servers", []) if isinstance(spec.get("servers"), list) else []:
        variables = server.get("variables", {}) if isinstance(server, dict) else {}
        host = str(variables.get("endpoint", {}).get("default", "")) if isinstance(variables, dict) else ""
        if "." in host:
            return host
    return ""


def service_type(spec: dict[str, Any]) -> str:
    """The catalog's service type as the docs give it: the first label of the documented endpoint host
    (`gaussdb` of `gaussdb.eu-de.otc.t-systems.com`), else the service's name (`info.title`)."""
    label = documented_host(spec).split(".", 1)[0]
    if label and re.fullmatch(r"[a-z][a-z0-9-]*", label):
        return label
    return str(spec.get("info", {}).get("title", ""))


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


