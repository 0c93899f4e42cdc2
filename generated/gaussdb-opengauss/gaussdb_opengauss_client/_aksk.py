"""AK/SK request signing (SDK-HMAC-SHA256), shipped in every generated client as `_aksk.py`.

The docs' alternative to a token: every request carries `X-Sdk-Date` (UTC, `20240416T095341Z`) and
`Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>`, the signature an HMAC-SHA256 with
the secret key (SK) over a string to sign made from the canonical request (method, path, sorted query, the signed
headers, the SHA-256 of the body as sent). The signing itself is huaweicloudsdkcore's `Signer` (the cloud's own
Python SDK core), imported when the first request is signed: it is the client's `aksk` extra
(`pip install 'CLIENT[aksk]'`), because it brings dependencies of its own (pymongo among them) a token user does not
need.

`AkSkAuth` is an `httpx.Auth`: httpx calls it for every request the client sends, after the body is final, so the
body signed is the body sent. A retry of the retry policy (`_retries.py`) resends the signed request as it is (the
same `X-Sdk-Date`: the policy waits at most 60 s in all). Signed are `Host`, `X-Sdk-Date`, `Content-Type`,
`X-Project-Id` (sent when a project is given) and every other header of the request but those a proxy or the
transport may change (`Accept-Encoding`, `Connection`, `Content-Length`, `User-Agent`, ...); the body is always
signed, whatever its media type. The SK shows in no repr and no log line.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Generator
from typing import Any
from urllib.parse import parse_qsl

import httpx

__all__ = ["UNSIGNED_HEADERS", "AkSkAuth", "signer"]

# headers left out of the signature: set or changed by the transport or a proxy on the way, or the signature itself
UNSIGNED_HEADERS = frozenset({"accept-encoding", "authorization", "connection", "content-length", "expect",
                              "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer",
                              "transfer-encoding", "upgrade", "user-agent"})
_DATE = "%Y%m%dT%H%M%SZ"


def signer(ak: str, sk: str) -> Any:
    """huaweicloudsdkcore's SDK-HMAC-SHA256 signer for the key pair; ImportError naming the extra without it."""
    try:
        module = importlib.import_module("huaweicloudsdkcore.signer.signer")
    except ImportError as error:
        raise ImportError("AK/SK signing needs huaweicloudsdkcore: install the client's `aksk` extra "
                          "(pip install 'CLIENT[aksk]')") from error

    class _Keys:
        def __init__(self) -> None:
            self.ak, self.sk = ak, sk

        def __repr__(self) -> str:
            return "_Keys()"

    return module.Signer(_Keys())


class AkSkAuth(httpx.Auth):
    """Signs every request with the access key `ak` and the secret key `sk`; `project_id` goes as `X-Project-Id`."""

    requires_request_body = True  # the body is read before signing: the signature covers the body as sent

    def __init__(self, ak: str, sk: str, project_id: str | None = None) -> None:
        if not ak or not sk:
            raise ValueError("AK/SK signing needs both the access key (AK) and the secret key (SK)")
        self._ak = ak
        self._signer = signer(ak, sk)
        self.project_id = project_id or ""

    def __repr__(self) -> str:
        return "AkSkAuth()"

    def sign(self, request: httpx.Request, now: datetime.datetime | None = None) -> None:
        """Add `X-Sdk-Date`, `X-Project-Id` and the `Authorization` signature to `request`."""
        stamp = (now or datetime.datetime.now(datetime.UTC)).strftime(_DATE)
        for name in ("Authorization", "X-Sdk-Date"):  # a request signed before is signed anew
            request.headers.pop(name, None)
        request.headers["X-Sdk-Date"] = stamp
        if self.project_id:
            request.headers["X-Project-Id"] = self.project_id
        headers = {name: value for name, value in request.headers.items() if name.lower() not in UNSIGNED_HEADERS}
        sdk_request = importlib.import_module("huaweicloudsdkcore.sdk_request").SdkRequest(
            method=request.method, schema=request.url.scheme, host=request.url.netloc.decode("ascii"),
            resource_path=request.url.raw_path.partition(b"?")[0].decode("ascii") or "/",
            query_params=parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True),
            header_params=headers, body=request.content)
        request.headers["Authorization"] = self._signer.sign(sdk_request).header_params["Authorization"]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
