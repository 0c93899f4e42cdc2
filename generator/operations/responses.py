"""The Operation of one METHOD+path: its path and query parameters, the examples placed on the request or a
response, a response per documented status (bodies, error statuses, response headers), the page info and tag."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import PurePosixPath

from generator.diagnostics import Loc
from generator.model import Example, Operation, PageInfo, Parameter, RawBlock, RawPage, Response, Schema, UriLine
from generator.operations.elements import is_xml_document
from generator.operations.examples import block_target, example_status
from generator.operations.state import PageBuild, diag
from generator.rst.uri import normalise_path, path_placeholders

__all__ = ["build_operation", "page_statuses", "tag_of"]


def tag_of(path: str) -> str:
    """The tag of a page: the folder it sits in (`default` at the top of the docs tree)."""
    parent = PurePosixPath(path).parent
    return parent.name if parent.name else "default"


def _page_info(page: RawPage) -> PageInfo:
    return PageInfo(path=page.path, loc=page.loc, title=page.title, original_name=page.original_name,
                    tag=tag_of(page.path), deprecated=page.deprecated, description=page.description)


def page_statuses(page: RawPage) -> list[tuple[str, str, Loc]]:
    """The page's documented statuses (code, description, where), each code once, in page order."""
    out: list[tuple[str, str, Loc]] = []
    for s in page.statuses:
        m = re.match(r"^\s*([1-5]\d\d)\b", s.code)
        if not m:
            continue
        if all(code != m.group(1) for code, _, _ in out):
            out.append((m.group(1), s.description, s.loc))
    return out


def build_operation(b: PageBuild, page: RawPage, uri: UriLine, params: list[Parameter],
                    request: Schema | None, by_status: dict[str | None, Schema],
                    statuses: list[tuple[str, str, Loc]], auth: bool,
                    response_headers: dict[str | None, tuple[Parameter, ...]]) -> Operation:
    """The Operation of one METHOD+path of the page: its parameters, the examples that are its own, and a response
    per documented status (bodies, examples and headers placed on them)."""
    placeholders = path_placeholders(uri.path)
    op_params: list[Parameter] = []
    for p in params:
        if p.location == "path" and p.name not in placeholders:
            continue
        if p.location == "query" and p.name in uri.subresources:
            continue  # `?acl`: part of the operation's address, not a value the caller gives
        op_params.append(p)
    documented = {p.name for p in op_params if p.location == "path"}
    for ph in placeholders:
        if ph not in documented:
            b.diagnostics.append(diag(uri.loc, "path-param-undocumented",
                                      f"`{{{ph}}}` in {uri.method} {uri.path} has no parameter row"))
            op_params.append(Parameter(name=ph, location="path", required=True,
                                       schema=Schema(kind="string", loc=uri.loc, name_hint=ph), loc=uri.loc))
    for q in uri.query:
        if q not in uri.subresources and not any(p.name == q and p.location == "query" for p in op_params):
            # a raw HTTP request line shows what is sent: a key it holds is required
            op_params.append(Parameter(name=q, location="query", required=uri.http,
                                       schema=Schema(kind="string", loc=uri.loc, name_hint=q), loc=uri.loc))
    # the required keys of a raw request line tell operations on one path apart (`DELETE /{ObjectName}?uploadId=`)
    discriminators = tuple(q for q in uri.query if uri.http and q not in uri.subresources and any(
        p.name == q and p.location == "query" and p.required for p in op_params))
    req_examples, resp_examples = _place_examples(b, page, uri)
    # responses
    success = [s for s in statuses if s[0][0] in "123"]
    errors = [s for s in statuses if s[0][0] in "45"]
    default_ok = success[0][0] if success else "200"
    responses: dict[str, Response] = {}
    for code, desc, loc in success:
        responses[code] = Response(status=code, description=desc or "Normal response", loc=loc)
    if default_ok not in responses:
        responses[default_ok] = Response(status=default_ok, description="Normal response (status not documented)",
                                         loc=uri.loc, assumed=True)
    for status_key, body in by_status.items():
        if status_key == "error":
            continue
        code = status_key or default_ok
        prev = responses.get(code) or Response(status=code, description="Response", loc=body.loc or uri.loc)
        responses[code] = replace(prev, schema=body)
    for code, desc, loc in errors:
        tabled = responses.get(code)
        responses[code] = Response(status=code, description=desc or "Error", loc=loc, is_error=True,
                                   schema=tabled.schema if tabled is not None else None)
    if not errors and page.status_refs:
        responses["default"] = Response(status="default", description="Abnormal response: see the Status Codes page",
                                        loc=uri.loc, is_error=True)
    for st, exs in resp_examples.items():
        if not st:
            code = default_ok
        elif st == "error":
            code = "default" if "default" in responses else (errors[0][0] if errors else "default")
        else:
            code = st
        if code not in responses:
            is_error = code == "default" or code[0] in "45"
            responses[code] = Response(status=code, description="Error response" if is_error else "Response",
                                       loc=exs[0].loc, is_error=is_error)
        r = responses[code]
        responses[code] = replace(r, examples=(*r.examples, *exs))
    for status_key, heads in response_headers.items():
        code = status_key if status_key and status_key in responses else default_ok
        responses[code] = replace(responses[code], headers=(*responses[code].headers, *heads))
    return Operation(method=uri.method, path=uri.path, loc=uri.loc, page=_page_info(page),
                     parameters=tuple(op_params), request=request, request_examples=tuple(req_examples),
                     responses=tuple(responses[k] for k in sorted(responses)), auth_token=auth,
                     subresources=uri.subresources, discriminators=discriminators,
                     signature_auth=page.signature_auth)


_EXAMPLE_SECTIONS = ("request-example", "response-example", "example")
_SAMPLE_WORDS = re.compile(r"\b(example|sample)s?\b", re.IGNORECASE)


def _is_sample(block: RawBlock) -> bool:
    """A documented example (a "Sample Request" section, an "Example response" bullet), not the request or response
    syntax, whose XML is a template with placeholders."""
    if "syntax" in block.section_title.lower():
        return False
    return block.section in _EXAMPLE_SECTIONS or bool(_SAMPLE_WORDS.search(f"{block.section_title} {block.context}"))


def _same_endpoint(method: str, url: str, uri: UriLine, key: str) -> bool:
    if method.upper() != uri.method:
        return False
    segs = [s for s in key.split("/") if s and s != "{}"]
    return all(s in url for s in segs[:2])


def _place_examples(b: PageBuild, page: RawPage, uri: UriLine) -> tuple[list[Example], dict[str, list[Example]]]:
    """The page's JSON examples that belong to this METHOD+path: request examples, and response examples by status
    (`""`: the success status, `"error"`: an error whose status is not stated)."""
    req_examples: list[Example] = []
    resp_examples: dict[str, list[Example]] = {}
    key = normalise_path(uri.path)
    for block, sniffed in b.sniffed:
        if sniffed.kind in ("empty",):
            continue
        target = block_target(block)
        if sniffed.request_line is not None:
            target = "request"
            method, url = sniffed.request_line
            if len(page.uris) > 1 and not _same_endpoint(method, url, uri, key):
                continue
        if sniffed.xml is not None and _is_sample(block) and is_xml_document(sniffed.xml):
            # an XML sample: kept as its text (`application/xml`), never loaded as JSON
            example = Example(loc=block.loc, value=sniffed.xml, summary=block.context[:120],
                              media_type="application/xml")
            if target == "request":
                req_examples.append(example)
            elif target == "response":
                st = example_status(block, sniffed.status) or ""
                resp_examples.setdefault(st, []).append(replace(example, status=st or None))
            continue
        if not sniffed.has_json:
            if sniffed.kind == "json" and sniffed.error:
                b.diagnostics.append(diag(block.loc, "example-invalid", f"example not loadable: {sniffed.error}"))
            continue
        if sniffed.repairs:
            b.diagnostics.append(diag(block.loc, "example-repaired", "example is not valid JSON "
                                      f"({', '.join(sniffed.repairs)}); loaded after repair"))
        summary = block.context[:120]
        if target == "request":
            req_examples.append(Example(loc=block.loc, value=sniffed.value, summary=summary, repairs=sniffed.repairs))
        elif target == "response":
            st = example_status(block, sniffed.status) or ""
            resp_examples.setdefault(st, []).append(
                Example(loc=block.loc, value=sniffed.value, summary=summary, repairs=sniffed.repairs,
                        status=st or None))
        else:
            b.diagnostics.append(diag(block.loc, "example-unplaced", "JSON example outside request/response"))
    return req_examples, resp_examples
