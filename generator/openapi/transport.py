"""How an operation travels: its key under `paths` (with the S3-style sub-resources and discriminating query keys),
the media type of its bodies (JSON, XML, multipart, raw data) and the AK/SK signature scheme of signed pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.model import Operation, Schema

__all__ = ["JSON_MEDIA", "OCTET", "SIGNATURE", "TEXT", "XML", "is_bare", "is_binary", "path_key", "request_media",
           "response_media", "signature_scheme", "subresource_parameter"]

JSON = dict[str, Any]
SIGNATURE = "AccessKeySignature"


def signature_scheme(schemes: Sequence[str]) -> JSON:
    """The AK/SK signature the pages document (`Authorization: OBS AK:signature` in their requests): an apiKey in the
    Authorization header, because OpenAPI has no type for a per-request signature; the description says what to
    compute."""
    shown = " or ".join(f"`Authorization: {s} <AK>:<signature>`" for s in schemes)
    return {"type": "apiKey", "in": "header", "name": "Authorization",
            "description": f"Access key signature (AK/SK), not a token: every request carries {shown}, where the "
                           "signature is computed for that request (method, headers such as Date and Content-MD5, "
                           "the resource and its sub-resources) with the secret access key, as the signature "
                           "authentication pages of the docs describe. A client sets it per request (an httpx "
                           "auth hook, for instance); a fixed value does not authenticate.",
            "x-signature-scheme": schemes[0] if len(schemes) == 1 else list(schemes)}


def path_key(op: Operation) -> str:
    """The key of an operation under `paths`: its path template, then a `#` label naming the query keys that make
    it another operation on that path: its sub-resources (`/{ObjectName}#acl`: `?acl`, sent with no value), then the
    required keys that tell it apart (`/{ObjectName}#uploadId`). The label is never sent; each key is also a required
    query parameter of the operation (`subresource_parameter`). OpenAPI path keys hold no query (`/?acl` is not a
    path); documents derived from S3 key such operations with a fragment of their required query keys the same way
    (APIs.guru's aws2openapi)."""
    key = op.path
    label = [*op.subresources, *(d for d in op.discriminators if d not in op.subresources)]
    if label:
        key += "#" + "&".join(label)
    return key


def subresource_parameter(name: str, source: str) -> JSON:
    """A sub-resource (`?acl`) as the required query parameter it is on the wire: present, with an empty value."""
    return {"name": name, "in": "query", "required": True, "allowEmptyValue": True,
            "schema": {"type": "string", "enum": [""]},
            "description": f"Sub-resource: the key is sent with no value (`?{name}`).",
            "x-subresource": True, "x-doc-source": source}


JSON_MEDIA, XML, OCTET, TEXT = "application/json", "application/xml", "application/octet-stream", "text/plain"


def is_xml(s: Schema | None) -> bool:
    return s is not None and any(part.xml_name for part in (s.one_of or (s,)))


def is_binary(s: Schema) -> bool:
    return s.kind == "string" and s.format == "binary"


def is_bare(s: Schema) -> bool:
    """A body that is one value, not a file (the docs' one-row `-` | String table)."""
    return (s.kind in ("string", "integer", "number", "boolean") and not s.one_of and not s.xml_name
            and not is_binary(s))


def _bare_media(examples_media: Sequence[str]) -> str:
    """A bare value is JSON where the page's examples show it as JSON, else text (`text/plain`)."""
    return JSON_MEDIA if JSON_MEDIA in examples_media else TEXT


def request_media(group: Sequence[Operation]) -> str:
    """A body with a File field (`format: binary`, the docs' FormData tables) is multipart/form-data: JSON cannot
    carry a file. A body from XML element tables is XML, the raw data of an object (`<object Content>`) is
    octet-stream; with no body table, the documented examples tell (XML or JSON)."""
    for o in group:
        if o.request is not None and any(p.schema.format == "binary" for p in o.request.properties):
            return "multipart/form-data"
        if is_xml(o.request):
            return XML
        if o.request is not None and is_binary(o.request):
            return OCTET
        if o.request is not None and is_bare(o.request):
            return _bare_media([ex.media_type for ex in o.request_examples])
    if all(o.request is None for o in group):
        media = [ex.media_type for o in group for ex in o.request_examples]
        if media and all(m == XML for m in media):
            return XML
    return JSON_MEDIA


def response_media(group: Sequence[Operation], status: str) -> str:
    schemas = [r.schema for o in group for r in o.responses if r.status == status and r.schema is not None]
    if any(is_xml(s) for s in schemas):
        return XML
    if schemas and is_bare(schemas[0]):
        return _bare_media([ex.media_type for o in group for r in o.responses if r.status == status
                            for ex in r.examples])
    if not schemas:
        media = [ex.media_type for o in group for r in o.responses if r.status == status for ex in r.examples]
        if media and all(m == XML for m in media):
            return XML
    return JSON_MEDIA
