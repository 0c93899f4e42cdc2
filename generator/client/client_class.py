"""Finishing the generated `client.py`: both client classes get a `retry` attribute (`_retries.default_retry()`
unless given; `None` turns retries off) and build their httpx clients through `_retries.with_retries`, which wraps
the transport in httpx-retries' `RetryTransport` (runtime: `runtime_retries.py`)."""

from __future__ import annotations

import re

_FIELD_ANCHOR = '    _httpx_args: dict[str, Any] = field(repr=False, factory=dict, kw_only=True, alias="httpx_args")\n'
_RETRY_FIELD = ("    retry: Retry | None = field(factory=default_retry, kw_only=True)\n"
                "    \"\"\"Retries of idempotent requests (see `_retries`); None: no retry\"\"\"\n")
_BUILD = re.compile(r"(httpx\.(Async)?Client\((?:(?!\n        \)).)*?)\*\*self\._httpx_args,", re.DOTALL)
_IMPORT = "from ._retries import Retry, default_retry, with_retries\n"


def add_retries(text: str) -> str | None:
    """`client.py` with retries, or None when it is not as expected (two classes, each building two httpx
    clients from `self._httpx_args`)."""
    if text.count(_FIELD_ANCHOR) != 2 or len(_BUILD.findall(text)) != 4 or "\nimport httpx\n" not in text:
        return None
    text = text.replace(_FIELD_ANCHOR, _FIELD_ANCHOR + _RETRY_FIELD)
    text = _BUILD.sub(lambda m: m.group(1) + "**with_retries(self._httpx_args, self.retry, self._verify_ssl, "
                      f"asynchronous={bool(m.group(2))}),", text)
    return text.replace("\nimport httpx\n", "\nimport httpx\n" + "\n" + _IMPORT, 1)
