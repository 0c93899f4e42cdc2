"""The page model: frozen dataclasses, each node with its source location.

Two layers live here:
- the *read* layer (`RawPage`, `RawTable`, `RawRow`, `RawBlock`, ...): what a page says, close to the doctree;
- the *operation* layer (`Operation`, `Schema`, `Parameter`, ...): what the API is, after nested tables are
  linked. The constraint stage and the OpenAPI builder only see this layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.diagnostics import Loc

__all__ = [
    "Example",
    "Loc",
    "Operation",
    "PageInfo",
    "PageResult",
    "Parameter",
    "Property",
    "RawBlock",
    "RawPage",
    "RawRow",
    "RawStatus",
    "RawTable",
    "Response",
    "Schema",
    "TypeInfo",
    "TypeKind",
    "UriLine",
]

TypeKind = Literal["string", "integer", "number", "boolean", "object", "array", "map", "any", "unknown"]


@dataclass(frozen=True)
class TypeInfo:
    """A Type cell, read. `unknown` means the spelling is not in the vocabulary (a diagnostic, not a guess)."""

    kind: TypeKind
    format: str | None = None
    max_length: int | None = None
    items: TypeInfo | None = None
    values: TypeInfo | None = None
    named: str | None = None  # name of a referenced structure ("PageInfo", "Table 3", "resource_tag")
    raw: str = ""


# ---------------------------------------------------------------------------------------------------------------
# read layer


@dataclass(frozen=True)
class RawRow:
    loc: Loc
    name: str
    type_text: str | None
    mandatory_text: str | None
    description: str
    name_refs: tuple[str, ...] = ()
    type_refs: tuple[str, ...] = ()
    desc_refs: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()  # other columns by header: Default Value, Constraint, Remarks, IN
    # XML element tables (S3 style): the `Parent:` and `Child:` lines of the description cell, taken out of it
    parent_text: str = ""
    child_text: str = ""
    type_in_description: bool = False  # `type_text` came from a `Type:` line of the description cell


@dataclass(frozen=True)
class RawTable:
    loc: Loc
    labels: tuple[str, ...]
    title: str  # the table caption, without "Table N"
    number: str | None  # "Table 3" -> "3"
    context: str  # the nearest text before the table in its section (bullet label, intro paragraph)
    section: str  # section kind: uri, request, response, status, query, path, header, other
    section_title: str
    status: str | None  # an HTTP status stated before the table (**Status code: 200**)
    headers: tuple[str, ...]
    kind: Literal["param", "status", "other"]
    rows: tuple[RawRow, ...]
    index: int  # position among the page's tables


@dataclass(frozen=True)
class RawBlock:
    """A code block, with what the page says around it."""

    loc: Loc
    text: str
    section: str
    section_title: str
    context: str
    status: str | None


@dataclass(frozen=True)
class RawStatus:
    loc: Loc
    code: str  # "200", "4xx", "default"
    description: str


@dataclass(frozen=True)
class UriLine:
    loc: Loc
    method: str
    path: str  # path template, host stripped, query string removed
    query: tuple[str, ...]  # query parameter names from the template
    raw: str
    subresources: tuple[str, ...] = ()  # query keys written with no value (`?acl`): part of the operation's address
    http: bool = False  # a raw HTTP request line (`PUT /?acl HTTP/1.1`, S3 style)


@dataclass(frozen=True)
class RawPage:
    path: str  # relative to the docs root
    loc: Loc
    title: str
    original_name: str | None
    labels: tuple[tuple[str, int | None], ...]  # every label on the page -> index of the first table at/after it
    uris: tuple[UriLine, ...]
    states_uri: bool  # the page has a URI section or a METHOD+path line
    uri_source: str  # "uri-section", "fallback" (a METHOD+path line elsewhere on the page) or ""
    example_uris: int  # METHOD+path lines only inside example code blocks outside a URI section
    tables: tuple[RawTable, ...]
    blocks: tuple[RawBlock, ...]
    statuses: tuple[RawStatus, ...]
    status_refs: tuple[str, ...]  # labels the status section points to (shared Status Codes page)
    description: str
    deprecated: bool
    error_body_page: bool  # an appendix page that defines the error body (error_code / error_msg)
    hosts: tuple[str, ...] = ()  # concrete hosts named in URI examples
    mentions_auth_token: bool = False
    # the scheme word of `Authorization: OBS AK:signature` lines in request blocks; `?` when a raw HTTP request
    # shows only `Authorization: authorization string` (signed, the scheme is stated on other pages)
    signature_auth: str = ""
    # the dates of a change history table (`Release Date | Description`), as written (`2024-11-20`), where
    release_dates: tuple[tuple[str, Loc], ...] = ()


# ---------------------------------------------------------------------------------------------------------------
# operation layer


@dataclass(frozen=True)
class Schema:
    kind: TypeKind
    loc: Loc | None = None
    description: str = ""
    format: str | None = None
    max_length: int | None = None
    properties: tuple[Property, ...] = ()
    items: Schema | None = None
    values: Schema | None = None  # map values (additionalProperties)
    name_hint: str | None = None  # for a component name: the field or table it came from
    table: Loc | None = None  # the table an object's properties came from
    table_title: str = ""
    raw_type: str = ""
    one_of: tuple[Schema, ...] = ()  # alternative bodies documented on one page
    keywords: tuple[tuple[str, Any], ...] = ()  # JSON Schema keywords added by the constraint stage
    object_keywords: tuple[tuple[str, Any], ...] = ()  # keywords on the object itself (if/then between fields)
    sources: tuple[tuple[str, str], ...] = ()  # (keyword, "path:line: sentence") provenance
    xml_name: str | None = None  # an XML body: the name of its root element (element tables)


@dataclass(frozen=True)
class Property:
    name: str
    required: bool
    schema: Schema
    loc: Loc
    required_when: str = ""  # a Mandatory cell that states a condition ("Yes (If ...)")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: Literal["path", "query", "header"]
    required: bool
    schema: Schema
    loc: Loc
    required_when: str = ""


@dataclass(frozen=True)
class Example:
    loc: Loc
    value: Any  # the loaded JSON value
    summary: str
    repairs: tuple[str, ...] = ()  # what had to be repaired, empty when json.loads took it as is
    status: str | None = None
    media_type: str = "application/json"  # `application/xml`: `value` is the XML text, never loaded as JSON


@dataclass(frozen=True)
class Response:
    status: str
    description: str
    loc: Loc
    schema: Schema | None = None
    examples: tuple[Example, ...] = ()
    is_error: bool = False
    headers: tuple[Parameter, ...] = ()  # documented response headers
    assumed: bool = False  # the page states no success status: 200 is assumed


@dataclass(frozen=True)
class PageInfo:
    path: str
    loc: Loc
    title: str
    original_name: str | None
    tag: str
    deprecated: bool
    description: str


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    loc: Loc
    page: PageInfo
    parameters: tuple[Parameter, ...]
    request: Schema | None
    request_examples: tuple[Example, ...]
    responses: tuple[Response, ...]
    auth_token: bool  # the page documents X-Auth-Token
    subresources: tuple[str, ...] = ()  # `?acl`: query keys with no value that address the operation (S3 style)
    discriminators: tuple[str, ...] = ()  # required query keys of a raw request line that tell operations apart
    signature_auth: str = ""  # the page signs requests with an access key (`Authorization: OBS AK:signature`)


@dataclass(frozen=True)
class PageResult:
    """What reading one page gave: its status for the report and its operations."""

    path: str
    status: Literal["operation", "non-operation", "failed"]
    reason: str
    operations: tuple[Operation, ...] = ()
    parameter_rows: int = 0
    rows_as_properties: int = 0
    rows_as_diagnostics: int = 0
    extra: dict[str, int] = field(default_factory=dict)
