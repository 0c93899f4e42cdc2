"""Which fields hold a secret (`x-secret: true` on their schema): by the field's name and by its description.

The generated client keeps the values of such fields (and of `format: password` and `writeOnly` ones) out of its
reprs and error messages. A name is split into words (`adminPass` -> admin, pass; `db_user_pwd` -> db, user, pwd); it
is secret when its last word is a secret word (`password`, `pwd`, `pass`, `passcode`, `secret`, `token`,
`credential`, ...; not a paging `ContinuationToken`) or its last two words a secret pair (`private key`, `signing
key`, `auth key`, `encrypted key`, `plain text`, ...): `password_expires_at` or `pwd_strength` are about a secret,
not one. A description is read only in its first sentence, which must say what the field is: "Password of the
database user.", "The new password.", "Private key of the certificate." (not "Time when the token expires.").
Only text fields are secret (a boolean `password_reset` or an integer `token_ttl` hides nothing).

The module imports nothing of the project: the generated client ships it as `_secrets.py` (its request validation
and its models' reprs use it for fields the spec does not mark). The client's package also installs `SecretQueryFilter`
on httpx's logger when it is imported: httpx logs every request's URL at INFO, and a secret sent as a query parameter
(`?new_password=...`) would be in that line.
"""

from __future__ import annotations

import logging
import re
from typing import Any
from urllib.parse import unquote_plus

__all__ = ["SecretQueryFilter", "install_log_filter", "is_secret_field", "redacted_repr", "redacted_url"]

_WORDS = frozenset({"password", "passwd", "pwd", "passcode", "passphrase", "secret", "secrets", "token", "credential",
                    "credentials", "plaintext", "privatekey", "secretkey"})
_PAIRS = frozenset({("private", "key"), ("secret", "key"), ("access", "key"), ("signing", "key"), ("auth", "key"),
                    ("encrypted", "key"), ("encryption", "key"), ("api", "key"), ("plain", "text"), ("sign", "key")})
_NOT_AFTER = frozenset({"continuation", "page", "next", "max", "min"})  # `ContinuationToken` pages, `max_token` counts
# the first sentence says what the field is: "Password of the user.", "The new password.", "Private key content."; not
# "Time when the token expires.", "Token ID.", "Password policy."
_DESCRIBED = re.compile(
    r"^(?:(?:the|a|an|specifies|indicates|new|old|original|initial|current|plaintext|encrypted|user|database|db|"
    r"admin|administrator|login|root|instance|account|security|session|temporary|access|auth|authentication)"
    r"\s+){0,3}"
    r"(?:passwords?|passphrase|secret\s+(?:access\s+)?keys?|private\s+keys?|tokens?)\b"
    r"(?!\s+(?:ids?|types?|expir\w*|valid\w*|polic\w*|strength|length|status|rules?|regex|format|names?|times?|"
    r"count|mode|complexity|requirements?)\b)",
    re.IGNORECASE)


def _words(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name))
    return [w.lower() for w in re.split(r"[^0-9A-Za-z]+", spaced) if w]


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0]


def is_secret_field(name: str, description: str = "") -> bool:
    """A field of this name (and description) holds a secret."""
    words = _words(name)
    if not words:
        return False
    if words[-1] in _WORDS and (len(words) < 2 or words[-2] not in _NOT_AFTER):
        return True
    if words[-1] == "pass" or (len(words) >= 2 and (words[-2], words[-1]) in _PAIRS):
        return True
    return bool(description) and bool(_DESCRIBED.match(_first_sentence(description)))


def redacted_repr(value: Any) -> str:
    """`repr` of a mapping (a model's `additional_properties`: fields no table declares) with the values of secret
    fields, at any depth, shown as `'***'`. Shipped in the generated client as `_secrets.py`."""
    return repr(_redacted(value))


def _redacted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: "***" if isinstance(k, str) and is_secret_field(k) else _redacted(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return value


_URL = re.compile(r"https?://[^\s\"'<>]+")


def redacted_url(url: str) -> str:
    """`url` with the value of every secret-named query parameter shown as `***` (`?new_password=***&limit=10`)."""
    head, sep, rest = url.partition("?")
    if not sep:
        return url
    query, hash_sep, fragment = rest.partition("#")
    items = []
    for item in query.split("&"):
        key, eq, _value = item.partition("=")
        items.append(f"{key}=***" if eq and is_secret_field(unquote_plus(key)) else item)
    return f"{head}?{'&'.join(items)}{hash_sep}{fragment}"


def _redact_urls(text: str) -> str:
    return _URL.sub(lambda m: redacted_url(m.group(0)), text)


class SecretQueryFilter(logging.Filter):
    """Masks secret query values in the URLs of a log record's message and arguments (httpx logs each request as
    `HTTP Request: GET https://...?... "HTTP/1.1 200 OK"`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = _redact_urls(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redact_url_arg(a) for a in record.args)
        return True


def _redact_url_arg(arg: object) -> object:
    """A log argument with a URL in it (httpx passes an `httpx.URL`) as its redacted text; any other as it was."""
    text = str(arg)
    return _redact_urls(text) if "://" in text else arg


def install_log_filter(logger_name: str = "httpx") -> None:
    """Add `SecretQueryFilter` to the logger once (importing the client twice adds nothing)."""
    logger = logging.getLogger(logger_name)
    if not any(type(f).__name__ == SecretQueryFilter.__name__ for f in logger.filters):
        logger.addFilter(SecretQueryFilter())
