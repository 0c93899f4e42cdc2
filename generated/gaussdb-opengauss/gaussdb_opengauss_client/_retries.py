"""Retries of idempotent requests, shipped in every generated client as `_retries.py` (httpx-retries).

Every `Client`/`AuthenticatedClient` has a `retry` attribute, `default_retry()` unless given: the httpx client it
builds sends through `httpx_retries.RetryTransport` wrapped around its own transport (the one `httpx_args` names, or
one made with the client's `verify_ssl` and the `cert`/`http1`/`http2`/`limits`/`trust_env` of `httpx_args`, as httpx
makes it). The defaults:

- methods: GET, HEAD, PUT, DELETE, OPTIONS (idempotent). POST and PATCH are never retried: a second POST may create
  a second instance;
- on: connection errors (`httpx.ConnectError`, `httpx.ConnectTimeout`, `httpx.RemoteProtocolError`: the request did
  not reach the service or the connection broke before an answer) and the statuses 429 and 503;
- at most 3 retries; the wait is the response's `Retry-After` (seconds or an HTTP date) when it has one, else
  exponential backoff 0.5 s, 1 s, 2 s with full jitter; no wait longer than 30 s, and at most 60 s of waiting in all;
- timeouts are httpx's (5 s per connect, read, write and pool wait) unless the client's `timeout` says otherwise;
  they apply to each attempt.

`Client(..., retry=Retry(total=5, ...))` (`from httpx_retries import Retry`) overrides them, `retry=None` turns
retries off.
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

__all__ = ["IDEMPOTENT_METHODS", "RETRY_STATUSES", "Retry", "default_retry", "with_retries"]

IDEMPOTENT_METHODS = ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
RETRY_STATUSES = (429, 503)
RETRY_EXCEPTIONS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError)
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "trust_env")


def default_retry() -> Retry:
    """The documented default retry policy (see the module docstring)."""
    return Retry(total=3, allowed_methods=IDEMPOTENT_METHODS, status_forcelist=RETRY_STATUSES,
                 retry_on_exceptions=RETRY_EXCEPTIONS, backoff_factor=0.5, max_backoff_wait=30.0,
                 total_timeout=60.0)


def with_retries(httpx_args: dict[str, Any], retry: Retry | None, verify: str | bool | ssl.SSLContext,
                 asynchronous: bool) -> dict[str, Any]:
    """The arguments of the httpx client to build: `httpx_args` with its transport wrapped in a `RetryTransport`."""
    if retry is None:
        return httpx_args
    args = dict(httpx_args)
    inner = args.pop("transport", None)
    if inner is None:
        options = {k: args[k] for k in _TRANSPORT_ARGS if k in args}
        inner = httpx.AsyncHTTPTransport(verify=verify, **options) if asynchronous \
            else httpx.HTTPTransport(verify=verify, **options)
    args["transport"] = RetryTransport(transport=inner, retry=retry)
    return args
