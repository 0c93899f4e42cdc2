"""A stand-in API gateway for AK/SK-signed requests (test_aksk.py, test_live.py): it verifies every signature with an
implementation of its own (`reference_signature`, written here from the algorithm the signing guide describes, not
from the client's signer) and answers 401 on a mismatch.

The algorithm (SDK-HMAC-SHA256): CanonicalRequest = method, canonical URI (each path segment URI-encoded, a `/` at
the end), canonical query string (parameters sorted, name and value URI-encoded, `name=value` joined by `&`),
canonical headers (`name:value` of each signed header, names lower case, values trimmed, sorted, each ending in a
newline), signed header names (`;`-joined), and the hex SHA-256 of the body, joined by newlines;
StringToSign = `SDK-HMAC-SHA256`, the `X-Sdk-Date` value and the hex SHA-256 of the canonical request, joined by
newlines; Signature = hex HMAC-SHA256(SK, StringToSign); `Authorization: SDK-HMAC-SHA256 Access=AK,
SignedHeaders=..., Signature=...`.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, quote, unquote

from tests.client.loopback import Answer, Received

AK = "HPUAQ0EXAMPLE4KQ1XZV"
SK = "sk-9Zq2-NEVER-SHOWN-w3cXbH1tYk7rV0pL"
PROJECT = "0123456789abcdef0123456789abcdef"
AUTHORIZATION = re.compile(r"SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})")


def _encode(text: str) -> str:
    return quote(text, safe="-_.~")


def reference_signature(method: str, target: str, headers: dict[str, str], signed: list[str], body: bytes,
                        sk: str) -> str:
    """The signature of a request as it arrived (`target`: the path and query as sent), computed from the signing
    guide's description."""
    raw_path, _, raw_query = target.partition("?")
    uri = "/".join(_encode(unquote(segment)) for segment in raw_path.split("/"))
    uri = uri if uri.endswith("/") else uri + "/"
    query = "&".join(f"{_encode(k)}={_encode(v)}"
                     for k, v in sorted(parse_qsl(raw_query, keep_blank_values=True)))
    lower = {name.lower(): value for name, value in headers.items()}
    canonical_headers = "".join(f"{name}:{lower[name].strip()}\n" for name in signed)
    canonical = "\n".join([method, uri, query, canonical_headers, ";".join(signed), hashlib.sha256(body).hexdigest()])
    to_sign = "\n".join(["SDK-HMAC-SHA256", lower["x-sdk-date"], hashlib.sha256(canonical.encode()).hexdigest()])
    return hmac.new(sk.encode(), to_sign.encode(), hashlib.sha256).hexdigest()


class Gateway:
    """Checks each request's signature (401 when it does not match, the date is stale or a header is unsigned that
    must be), then answers with `answer`."""

    def __init__(self, answer: Callable[[Received], Answer]) -> None:
        self.answer = answer
        self.verified: list[Received] = []
        self.refused: list[str] = []

    def __call__(self, got: Received) -> Answer:
        problem = self.problem(got)
        if problem:
            self.refused.append(problem)
            return 401, {}, {"error_code": "APIGW.0301", "error_msg": f"Incorrect app authentication: {problem}"}
        self.verified.append(got)
        return self.answer(got)

    @staticmethod
    def problem(got: Received) -> str:
        headers = {name.lower(): value for name, value in got.headers.items()}  # names are case-insensitive
        match = AUTHORIZATION.fullmatch(headers.get("authorization", ""))
        if match is None:
            return "no SDK-HMAC-SHA256 Authorization"
        access, names, signature = match.groups()
        signed = names.split(";")
        if access != AK:
            return "unknown access key"
        if not {"host", "x-sdk-date"} <= set(signed) or signed != sorted(signed):
            return "host and x-sdk-date must be signed, the names sorted"
        if "x-project-id" in headers and "x-project-id" not in signed:
            return "X-Project-Id not signed"
        stamp = datetime.datetime.strptime(headers["x-sdk-date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
        if abs((datetime.datetime.now(datetime.UTC) - stamp).total_seconds()) > 900:
            return "stale X-Sdk-Date"
        expected = reference_signature(got.method, got.path, got.headers, signed, got.body, SK)
        return "" if hmac.compare_digest(expected, signature) else "signature mismatch"
